import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/ui/field';
import { FormBanner } from '@/components/ui/form-banner';
import { useToast } from '@/components/ui/toast';
import { useProblemForm } from '@/components/ui/use-problem-form';
import { useApiClient } from '@/lib/api-client';
import { useAsync } from '@/lib/use-async';
import { assignLiaison, getLiaisons } from '../../api/families-api';
import { dateFormat } from '../../format';
import { isMobileNumber } from '../../validation';
import { LIAISON_ROLES, type LiaisonRole } from '../../types';
import { Section } from './section';

/** 双岗联系人: the community worker and the association branch worker each family must have. */
export function LiaisonsSection({ familyId, editable }: { familyId: string; editable: boolean }) {
  const { t, i18n } = useTranslation();
  const client = useApiClient();
  const liaisons = useAsync(() => getLiaisons(client, familyId), [client, familyId]);
  const [assigning, setAssigning] = useState<LiaisonRole>();

  return (
    <Section id="family-liaisons" title={t('familyPage.liaisons.title')} state={liaisons}>
      {(list) => (
        <ul className="liaisons">
          {LIAISON_ROLES.map((role) => {
            const liaison = list.find((l) => l.role === role);
            return (
              <li key={role}>
                <p>
                  <strong>{t(`familyPage.liaisons.roles.${role}`)}：</strong>
                  {liaison ? (
                    <>
                      {liaison.name} <span className="mono">{liaison.phoneMasked ?? ''}</span>{' '}
                      <span className="muted">
                        {t('familyPage.liaisons.since', { date: dateFormat(i18n.language).format(new Date(liaison.assignedAt)) })}
                      </span>
                    </>
                  ) : (
                    <span className="tag tag--overdue">{t('familyPage.liaisons.vacant')}</span>
                  )}
                </p>
                {editable && assigning !== role && (
                  <button type="button" className="button button--secondary" onClick={() => setAssigning(role)}>
                    {liaison ? t('familyPage.liaisons.replace') : t('familyPage.liaisons.assign')}
                  </button>
                )}
                {assigning === role && (
                  <AssignForm
                    familyId={familyId}
                    role={role}
                    onDone={(saved) => {
                      setAssigning(undefined);
                      if (saved) liaisons.reload();
                    }}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}

function AssignForm({ familyId, role, onDone }: { familyId: string; role: LiaisonRole; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const { showToast } = useToast();
  const form = useProblemForm(['name', 'phone']);
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (!name.trim()) errors.name = t('familyPage.form.required');
    if (!isMobileNumber(phone.trim())) errors.phone = t('validation.phoneInvalid');
    setLocal(errors);
    if (Object.keys(errors).length > 0) return;
    if (await form.submit(() => assignLiaison(client, familyId, role, { name: name.trim(), phone: phone.trim() }))) {
      showToast(t('familyPage.liaisons.saved'));
      onDone(true);
    }
  };
  const id = (f: string) => `liaison-${role}-${f}`;
  return (
    <form className="form inline-form" noValidate onSubmit={submit} aria-label={t(`familyPage.liaisons.roles.${role}`)}>
      <FormBanner banner={form.banner} />
      <div className="form__row">
        <Field id={id('name')} label={t('families.fields.name')} error={local.name || form.errors.name} required>
          {(control) => <input {...control} value={name} maxLength={40} onChange={(e) => { setName(e.target.value); form.clear('name'); }} />}
        </Field>
        <Field id={id('phone')} label={t('families.fields.phone')} error={local.phone || form.errors.phone} required>
          {(control) => (
            <input {...control} className="mono" type="tel" inputMode="numeric" maxLength={11} value={phone} onChange={(e) => { setPhone(e.target.value); form.clear('phone'); }} />
          )}
        </Field>
      </div>
      <div className="form__actions">
        <span className="spacer" />
        <button type="button" className="button button--ghost" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={form.submitting}>
          {t('familyPage.liaisons.save')}
        </button>
      </div>
    </form>
  );
}
