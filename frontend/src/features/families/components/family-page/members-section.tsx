import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/ui/field';
import { FormBanner } from '@/components/ui/form-banner';
import { useProblemForm } from '@/components/ui/use-problem-form';
import { useApiClient } from '@/lib/api-client';
import { can } from '@/lib/auth';
import { useSession } from '@/lib/session';
import { getFullRecord } from '../../api/families-api';
import { formatIsoDate } from '../../format';
import type { FamilyDetail, FullRecord } from '../../types';

/** A purpose long enough to mean something in the audit log. */
const MIN_PURPOSE = 4;

/** 家庭成员: masked as everyone sees them; in clear only through the audited full-record read, with a purpose. */
export function MembersSection({ family }: { family: FamilyDetail }) {
  const { t, i18n } = useTranslation();
  const { caller } = useSession();
  const [full, setFull] = useState<FullRecord>();
  const [asking, setAsking] = useState(false);
  const fullMember = (id: string) => full?.members.find((m) => m.id === id);

  return (
    <section className="card family-section family-section--wide" id="family-members" aria-labelledby="family-members-title">
      <div className="family-section__header">
        <h2 id="family-members-title">{t('familyPage.members.title')}</h2>
        {can(caller, 'families:full-record') && !full && !asking && (
          <button type="button" className="button button--secondary" onClick={() => setAsking(true)}>
            {t('familyPage.members.showFull')}
          </button>
        )}
        {full && (
          <button type="button" className="button button--secondary" onClick={() => setFull(undefined)}>
            {t('familyPage.members.hideFull')}
          </button>
        )}
      </div>
      {asking && (
        <PurposeForm
          familyId={family.id}
          onRead={(record) => {
            setFull(record);
            setAsking(false);
          }}
          onCancel={() => setAsking(false)}
        />
      )}
      {full && (
        <p className="banner banner--info" role="status">
          {t('familyPage.members.fullShown')}
        </p>
      )}
      <table className="table">
        <caption className="visually-hidden">{t('familyPage.members.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('families.fields.name')}</th>
            <th scope="col">{t('families.fields.relation')}</th>
            <th scope="col">{t('families.fields.idNumber')}</th>
            <th scope="col">{t('families.fields.phone')}</th>
            <th scope="col">{t('familyPage.members.birthDate')}</th>
            <th scope="col">{t('families.fields.livingAlone')}</th>
            {full && <th scope="col">{t('familyPage.members.health')}</th>}
          </tr>
        </thead>
        <tbody>
          {family.members.map((member) => {
            const clear = fullMember(member.id);
            return (
              <tr key={member.id}>
                <th scope="row">{member.name}</th>
                <td>{t(`relations.${member.relation}`)}</td>
                <td className="mono">{clear?.idNumber ?? member.idNumberMasked}</td>
                <td className="mono">{clear ? (clear.phone ?? '—') : (member.phoneMasked ?? '—')}</td>
                <td>{formatIsoDate(i18n.language, member.birthDate)}</td>
                <td>{member.livingAlone ? t('familyPage.yes') : t('familyPage.no')}</td>
                {full && (
                  <td>
                    {[...(clear?.healthConditions ?? []), clear?.disabilityLevel ? t('familyPage.members.disability', { level: clear.disabilityLevel }) : '']
                      .filter(Boolean)
                      .join('、') || '—'}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {full && full.guardians.length > 0 && (
        <>
          <h3>{t('familyPage.members.guardiansInClear')}</h3>
          <ul>
            {full.guardians.map((g) => (
              <li key={`${g.priority}-${g.name}`}>
                {g.priority}. {g.name}（{t(`guardianRelationships.${g.relationship}`)}）<span className="mono">{g.phone ?? '—'}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function PurposeForm({ familyId, onRead, onCancel }: { familyId: string; onRead: (record: FullRecord) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const form = useProblemForm(['purpose']);
  const [purpose, setPurpose] = useState('');
  const [tooShort, setTooShort] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (purpose.trim().length < MIN_PURPOSE) {
      setTooShort(true);
      return;
    }
    let record: FullRecord | undefined;
    if (await form.submit(async () => (record = await getFullRecord(client, familyId, purpose)))) {
      onRead(record!);
    }
  };

  return (
    <form className="form purpose-form" noValidate onSubmit={submit}>
      <p>{t('familyPage.members.auditNotice')}</p>
      <FormBanner banner={form.banner} />
      <Field
        id="full-record-purpose"
        label={t('familyPage.members.purpose')}
        hint={t('familyPage.members.purposeHint')}
        error={tooShort ? t('familyPage.members.purposeTooShort', { count: MIN_PURPOSE }) : form.errors.purpose}
        required
      >
        {(control) => (
          <input
            {...control}
            value={purpose}
            maxLength={200}
            onChange={(e) => {
              setPurpose(e.target.value);
              setTooShort(false);
              form.clear('purpose');
            }}
          />
        )}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={form.submitting}>
          {t('familyPage.members.read')}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
