import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '@/components/ui/banner';
import { Field } from '@/components/ui/field';
import { FormBanner } from '@/components/ui/form-banner';
import { problemMessage } from '@/components/ui/problem-message';
import { useToast } from '@/components/ui/toast';
import { useProblemForm } from '@/components/ui/use-problem-form';
import { useApiClient } from '@/lib/api-client';
import { useAsync } from '@/lib/use-async';
import { addGuardian, getGuardians, removeGuardian } from '../../api/families-api';
import { isMobileNumber } from '../../validation';
import { GUARDIAN_RELATIONSHIPS, type AddGuardianRequest, type Guardian, type GuardianRelationship } from '../../types';
import { Section } from './section';

const PRIORITIES = [1, 2, 3, 4, 5, 6, 7, 8, 9];

/** 监护人与紧急联系人: whom to call, in order, when the elder cannot be reached or needs someone to sign. */
export function GuardiansSection({ familyId, editable }: { familyId: string; editable: boolean }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const { showToast } = useToast();
  const guardians = useAsync(() => getGuardians(client, familyId), [client, familyId]);
  const [adding, setAdding] = useState(false);
  const [removeError, setRemoveError] = useState<unknown>();

  const remove = async (guardian: Guardian) => {
    setRemoveError(undefined);
    try {
      await removeGuardian(client, familyId, guardian.id);
      showToast(t('familyPage.guardians.removed', { name: guardian.name }));
      guardians.reload();
    } catch (error) {
      setRemoveError(error);
    }
  };

  return (
    <Section
      id="family-guardians"
      title={t('familyPage.guardians.title')}
      state={guardians}
      isEmpty={(list) => list.length === 0}
      empty={t('familyPage.guardians.none')}
      actions={
        editable &&
        !adding && (
          <button type="button" className="button button--secondary" onClick={() => setAdding(true)}>
            {t('familyPage.guardians.add')}
          </button>
        )
      }
    >
      {(list) => (
        <>
          {removeError !== undefined && <Banner kind="error">{problemMessage(t, removeError)}</Banner>}
          {adding && (
            <AddGuardianForm
              familyId={familyId}
              taken={list.map((g) => g.priority)}
              onDone={(saved) => {
                setAdding(false);
                if (saved) guardians.reload();
              }}
            />
          )}
          {list.length > 0 && (
            <ol className="guardians">
              {list.map((g) => (
                <li key={g.id}>
                  <span>
                    {g.priority}. <strong>{g.name}</strong>（{t(`guardianRelationships.${g.relationship}`)}）
                    <span className="mono"> {g.phoneMasked ?? '—'}</span>
                    {g.maySign && <span className="tag">{t('familyPage.guardians.maySign')}</span>}
                  </span>
                  {editable && (
                    <button
                      type="button"
                      className="button button--ghost"
                      aria-label={t('familyPage.guardians.removeNamed', { name: g.name })}
                      onClick={() => void remove(g)}
                    >
                      {t('familyPage.guardians.remove')}
                    </button>
                  )}
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </Section>
  );
}

function AddGuardianForm({ familyId, taken, onDone }: { familyId: string; taken: number[]; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const { showToast } = useToast();
  const form = useProblemForm(['name', 'relationship', 'phone', 'maySign', 'priority']);
  const free = PRIORITIES.filter((p) => !taken.includes(p));
  const [draft, setDraft] = useState<Omit<AddGuardianRequest, 'relationship'> & { relationship: GuardianRelationship | '' }>({
    name: '',
    relationship: '',
    phone: '',
    maySign: false,
    priority: free[0] ?? 1,
  });
  const [local, setLocal] = useState<Record<string, string>>({});
  const errorFor = (f: string) => local[f] || form.errors[f];
  const set = (changes: Partial<typeof draft>) => {
    setDraft((d) => ({ ...d, ...changes }));
    Object.keys(changes).forEach((k) => {
      form.clear(k);
      setLocal((l) => ({ ...l, [k]: '' }));
    });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (!draft.name.trim()) errors.name = t('familyPage.form.required');
    if (!draft.relationship) errors.relationship = t('familyPage.form.required');
    if (!isMobileNumber(draft.phone.trim())) errors.phone = t('validation.phoneInvalid');
    setLocal(errors);
    if (Object.keys(errors).length > 0) return;
    const request = { ...draft, name: draft.name.trim(), phone: draft.phone.trim(), relationship: draft.relationship as GuardianRelationship };
    if (await form.submit(() => addGuardian(client, familyId, request))) {
      showToast(t('familyPage.guardians.added', { name: request.name }));
      onDone(true);
    }
  };

  return (
    <form className="form inline-form" noValidate onSubmit={submit} aria-label={t('familyPage.guardians.add')}>
      <FormBanner banner={form.banner} />
      <div className="form__row">
        <Field id="guardian-name" label={t('families.fields.name')} error={errorFor('name')} required>
          {(control) => <input {...control} value={draft.name} maxLength={40} onChange={(e) => set({ name: e.target.value })} />}
        </Field>
        <Field id="guardian-relationship" label={t('familyPage.guardians.relationship')} error={errorFor('relationship')} required>
          {(control) => (
            <select {...control} value={draft.relationship} onChange={(e) => set({ relationship: e.target.value as GuardianRelationship })}>
              <option value="">{t('common.choose')}</option>
              {GUARDIAN_RELATIONSHIPS.map((r) => (
                <option key={r} value={r}>
                  {t(`guardianRelationships.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="guardian-phone" label={t('families.fields.phone')} error={errorFor('phone')} required>
          {(control) => (
            <input {...control} className="mono" type="tel" inputMode="numeric" maxLength={11} value={draft.phone} onChange={(e) => set({ phone: e.target.value })} />
          )}
        </Field>
        <Field id="guardian-priority" label={t('familyPage.guardians.priority')} hint={t('familyPage.guardians.priorityHint')} error={errorFor('priority')} required>
          {(control) => (
            <select {...control} value={draft.priority} onChange={(e) => set({ priority: Number(e.target.value) })}>
              {PRIORITIES.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="checkbox">
        <input id="guardian-may-sign" type="checkbox" checked={draft.maySign} onChange={(e) => set({ maySign: e.target.checked })} />
        <label htmlFor="guardian-may-sign">{t('familyPage.guardians.maySign')}</label>
      </div>
      <div className="form__actions">
        <span className="spacer" />
        <button type="button" className="button button--ghost" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={form.submitting}>
          {t('familyPage.guardians.save')}
        </button>
      </div>
    </form>
  );
}
