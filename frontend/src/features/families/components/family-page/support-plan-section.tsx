import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/ui/field';
import { FormBanner } from '@/components/ui/form-banner';
import { useToast } from '@/components/ui/toast';
import { useProblemForm } from '@/components/ui/use-problem-form';
import { useApiClient } from '@/lib/api-client';
import { useAsync } from '@/lib/use-async';
import { getSupportPlan, updateSupportPlan } from '../../api/families-api';
import { formatIsoDate } from '../../format';
import { SERVICE_STATES, SERVICES, type ServiceState, type SupportPlan, type UpdateSupportPlanRequest } from '../../types';
import { Section } from './section';

const COVERAGES = ['liaisons', 'familyDoctor', 'greenChannel'] as const;
const DOCTOR_FIELDS = ['doctorName', 'institution', 'signedOn', 'expiresOn'] as const;

/** 帮扶计划: the four services, the family-doctor contract, the green channel, and the three coverages they give. */
export function SupportPlanSection({ familyId, editable }: { familyId: string; editable: boolean }) {
  const { t, i18n } = useTranslation();
  const client = useApiClient();
  const plan = useAsync(() => getSupportPlan(client, familyId), [client, familyId]);
  const [editing, setEditing] = useState(false);

  return (
    <Section
      id="family-plan"
      title={t('familyPage.plan.title')}
      state={plan}
      actions={
        editable &&
        !editing &&
        plan.data && (
          <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
            {t('familyPage.plan.edit')}
          </button>
        )
      }
    >
      {(data) =>
        editing ? (
          <PlanForm
            plan={data}
            onDone={(saved) => {
              setEditing(false);
              if (saved) plan.reload();
            }}
          />
        ) : (
          <>
            <ul className="coverages" aria-label={t('familyPage.plan.coverages')}>
              {COVERAGES.map((c) => (
                <li key={c} className={data.coverage[c] ? 'coverage coverage--ok' : 'coverage coverage--missing'}>
                  {data.coverage[c] ? '✓ ' : '✗ '}
                  {t(`familyPage.plan.coverage.${c}`)}
                  <span className="visually-hidden">{data.coverage[c] ? t('familyPage.plan.covered') : t('familyPage.plan.missing')}</span>
                </li>
              ))}
            </ul>
            <dl className="ratings">
              {SERVICES.map((s) => (
                <div key={s}>
                  <dt>{t(`familyPage.plan.services.${s}`)}</dt>
                  <dd className={`service-state service-state--${data[s].toLowerCase()}`}>{t(`serviceStates.${data[s]}`)}</dd>
                </div>
              ))}
            </dl>
            <p>
              <strong>{t('familyPage.plan.familyDoctor')}</strong>
              {data.familyDoctor
                ? t('familyPage.plan.doctorContract', {
                    doctor: data.familyDoctor.doctorName,
                    institution: data.familyDoctor.institution,
                    until: formatIsoDate(i18n.language, data.familyDoctor.expiresOn),
                  })
                : t('familyPage.plan.noDoctor')}
            </p>
            <p>
              <strong>{t('familyPage.plan.greenChannel')}</strong>
              {data.greenChannel ? t('familyPage.yes') : t('familyPage.no')}
            </p>
          </>
        )
      }
    </Section>
  );
}

function PlanForm({ plan, onDone }: { plan: SupportPlan; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const { showToast } = useToast();
  const form = useProblemForm([...SERVICES, 'greenChannel', ...DOCTOR_FIELDS.map((f) => `familyDoctor.${f}`)]);
  const [draft, setDraft] = useState<UpdateSupportPlanRequest>({
    emotionalComfort: plan.emotionalComfort,
    homeVisits: plan.homeVisits,
    volunteerService: plan.volunteerService,
    insuranceCover: plan.insuranceCover,
    familyDoctor: plan.familyDoctor,
    greenChannel: plan.greenChannel,
  });
  const [hasDoctor, setHasDoctor] = useState(!!plan.familyDoctor);
  const doctor = draft.familyDoctor ?? { doctorName: '', institution: '', signedOn: '', expiresOn: '' };
  const [missing, setMissing] = useState<Record<string, string>>({});
  const errorFor = (path: string) => missing[path] || form.errors[path];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const empty: Record<string, string> = {};
    if (hasDoctor) {
      DOCTOR_FIELDS.forEach((f) => {
        if (!doctor[f].trim()) empty[`familyDoctor.${f}`] = t('familyPage.form.required');
      });
      if (doctor.signedOn && doctor.expiresOn && doctor.expiresOn < doctor.signedOn) {
        empty['familyDoctor.expiresOn'] = t('familyPage.plan.expiresBeforeSigned');
      }
    }
    setMissing(empty);
    if (Object.keys(empty).length > 0) return;
    const request = { ...draft, familyDoctor: hasDoctor ? doctor : null };
    if (await form.submit(() => updateSupportPlan(client, plan.familyId, request))) {
      showToast(t('familyPage.plan.saved'));
      onDone(true);
    }
  };
  const setDoctor = (field: (typeof DOCTOR_FIELDS)[number], value: string) => {
    setDraft((d) => ({ ...d, familyDoctor: { ...doctor, [field]: value } }));
    form.clear(`familyDoctor.${field}`);
    setMissing((m) => ({ ...m, [`familyDoctor.${field}`]: '' }));
  };

  return (
    <form className="form" noValidate onSubmit={submit} aria-label={t('familyPage.plan.edit')}>
      <FormBanner banner={form.banner} />
      <div className="form__row">
        {SERVICES.map((s) => (
          <Field key={s} id={`plan-${s}`} label={t(`familyPage.plan.services.${s}`)} error={errorFor(s)}>
            {(control) => (
              <select {...control} value={draft[s]} onChange={(e) => setDraft((d) => ({ ...d, [s]: e.target.value as ServiceState }))}>
                {SERVICE_STATES.map((state) => (
                  <option key={state} value={state}>
                    {t(`serviceStates.${state}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ))}
      </div>
      <div className="checkbox">
        <input id="plan-green-channel" type="checkbox" checked={draft.greenChannel} onChange={(e) => setDraft((d) => ({ ...d, greenChannel: e.target.checked }))} />
        <label htmlFor="plan-green-channel">{t('familyPage.plan.greenChannel')}</label>
      </div>
      <div className="checkbox">
        <input id="plan-has-doctor" type="checkbox" checked={hasDoctor} onChange={(e) => setHasDoctor(e.target.checked)} />
        <label htmlFor="plan-has-doctor">{t('familyPage.plan.hasDoctor')}</label>
      </div>
      {hasDoctor && (
        <div className="form__row">
          {DOCTOR_FIELDS.map((f) => (
            <Field key={f} id={`plan-doctor-${f}`} label={t(`familyPage.plan.doctor.${f}`)} error={errorFor(`familyDoctor.${f}`)} required>
              {(control) => (
                <input
                  {...control}
                  type={f === 'signedOn' || f === 'expiresOn' ? 'date' : 'text'}
                  maxLength={60}
                  value={doctor[f]}
                  onChange={(e) => setDoctor(f, e.target.value)}
                />
              )}
            </Field>
          ))}
        </div>
      )}
      <div className="form__actions">
        <span className="spacer" />
        <button type="button" className="button button--ghost" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={form.submitting}>
          {t('familyPage.plan.save')}
        </button>
      </div>
    </form>
  );
}
