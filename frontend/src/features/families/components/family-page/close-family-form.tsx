import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/ui/field';
import { FormBanner } from '@/components/ui/form-banner';
import { useToast } from '@/components/ui/toast';
import { useProblemForm } from '@/components/ui/use-problem-form';
import { useApiClient } from '@/lib/api-client';
import { closeFamily } from '../../api/families-api';
import { CLOSURE_STATUSES, type ClosureStatus } from '../../types';

/** 结案: the record stops taking changes and its open volunteer tasks are cancelled, so it asks twice. */
export function CloseFamilyForm({ familyId, onDone }: { familyId: string; onDone: (closed: boolean) => void }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const { showToast } = useToast();
  const form = useProblemForm(['status', 'reason']);
  const [status, setStatus] = useState<ClosureStatus | ''>('');
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (!status) errors.status = t('familyPage.form.required');
    if (!reason.trim()) errors.reason = t('familyPage.form.required');
    setLocal(errors);
    if (Object.keys(errors).length > 0) return;
    if (await form.submit(() => closeFamily(client, familyId, { status: status as ClosureStatus, reason: reason.trim() }))) {
      showToast(t('familyPage.closure.done'));
      onDone(true);
    }
  };

  return (
    <form className="card form closure-form" noValidate onSubmit={submit} aria-labelledby="closure-title">
      <h2 id="closure-title">{t('familyPage.closure.title')}</h2>
      <p>{t('familyPage.closure.warning')}</p>
      <FormBanner banner={form.banner} />
      <div className="form__row">
        <Field id="closure-status" label={t('familyPage.closure.status')} error={local.status || form.errors.status} required>
          {(control) => (
            <select {...control} value={status} onChange={(e) => setStatus(e.target.value as ClosureStatus)}>
              <option value="">{t('common.choose')}</option>
              {CLOSURE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`familyStatus.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="closure-reason" label={t('familyPage.closure.reason')} error={local.reason || form.errors.reason} required>
          {(control) => <input {...control} maxLength={200} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
      </div>
      <div className="form__actions">
        <span className="spacer" />
        <button type="button" className="button button--ghost" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button--danger" disabled={form.submitting}>
          {t('familyPage.closure.confirm')}
        </button>
      </div>
    </form>
  );
}
