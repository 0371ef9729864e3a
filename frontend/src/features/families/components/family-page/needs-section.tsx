import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/ui/field';
import { FormBanner } from '@/components/ui/form-banner';
import { useToast } from '@/components/ui/toast';
import { useProblemForm } from '@/components/ui/use-problem-form';
import { useApiClient } from '@/lib/api-client';
import { useAsync } from '@/lib/use-async';
import { assessNeeds, getAssessments } from '../../api/families-api';
import { dateFormat } from '../../format';
import { NEED_AREAS, SEVERITIES, type Assessment, type NeedArea, type Severity } from '../../types';
import { Section } from './section';

/** 需求与风险: the latest rating of each need, the risk it gives and why; a new assessment replaces it. */
export function NeedsSection({ familyId, editable, onAssessed }: { familyId: string; editable: boolean; onAssessed: () => void }) {
  const { t, i18n } = useTranslation();
  const client = useApiClient();
  const assessments = useAsync(() => getAssessments(client, familyId), [client, familyId]);
  const [assessing, setAssessing] = useState(false);

  return (
    <Section
      id="family-needs"
      title={t('familyPage.needs.title')}
      state={assessments}
      isEmpty={(list) => list.length === 0 && !assessing}
      empty={t('familyPage.needs.none')}
      actions={
        editable &&
        !assessing && (
          <button type="button" className="button button--secondary" onClick={() => setAssessing(true)}>
            {t('familyPage.needs.assess')}
          </button>
        )
      }
    >
      {(list) => {
        const latest = list[0];
        return (
          <>
            {assessing && (
              <AssessForm
                familyId={familyId}
                previous={latest}
                onDone={(saved) => {
                  setAssessing(false);
                  if (saved) {
                    assessments.reload();
                    onAssessed();
                  }
                }}
              />
            )}
            {latest && !assessing && (
              <>
                <p>
                  <span className={`tag tag--risk-${latest.riskLevel.toLowerCase()}`}>{t(`risk.${latest.riskLevel}`)}</span>{' '}
                  <span className="muted">
                    {t('familyPage.needs.assessedOn', {
                      date: dateFormat(i18n.language).format(new Date(latest.assessedAt)),
                      by: latest.assessedBy ?? '—',
                    })}
                  </span>
                </p>
                {latest.riskReasons.length > 0 && (
                  <ul className="reasons">
                    {latest.riskReasons.map((reason) => (
                      <li key={reason}>{t(`riskReasons.${reason}`, { defaultValue: reason })}</li>
                    ))}
                  </ul>
                )}
                <dl className="ratings">
                  {latest.needs.map((rating) => (
                    <div key={rating.area}>
                      <dt>{t(`needs.${rating.area}`)}</dt>
                      <dd className={`severity severity--${rating.severity.toLowerCase()}`}>{t(`severities.${rating.severity}`)}</dd>
                    </div>
                  ))}
                </dl>
                {latest.notes && <p className="notes">{latest.notes}</p>}
              </>
            )}
          </>
        );
      }}
    </Section>
  );
}

function AssessForm({ familyId, previous, onDone }: { familyId: string; previous?: Assessment; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const { showToast } = useToast();
  const form = useProblemForm(['needs', 'notes']);
  const [ratings, setRatings] = useState<Record<NeedArea, Severity>>(() => {
    const start = Object.fromEntries(NEED_AREAS.map((area) => [area, 'NONE'])) as Record<NeedArea, Severity>;
    previous?.needs.forEach((r) => (start[r.area] = r.severity));
    return start;
  });
  const [notes, setNotes] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const request = { needs: NEED_AREAS.map((area) => ({ area, severity: ratings[area] })), notes: notes.trim() || undefined };
    if (await form.submit(() => assessNeeds(client, familyId, request))) {
      showToast(t('familyPage.needs.saved'));
      onDone(true);
    }
  };

  return (
    <form className="form" noValidate onSubmit={submit} aria-label={t('familyPage.needs.assess')}>
      <FormBanner banner={form.banner} />
      <div className="ratings-form">
        {NEED_AREAS.map((area) => (
          <Field key={area} id={`rating-${area}`} label={t(`needs.${area}`)}>
            {(control) => (
              <select {...control} value={ratings[area]} onChange={(e) => setRatings((r) => ({ ...r, [area]: e.target.value as Severity }))}>
                {SEVERITIES.map((s) => (
                  <option key={s} value={s}>
                    {t(`severities.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ))}
      </div>
      <Field id="assessment-notes" label={t('familyPage.needs.notes')} error={form.errors.notes}>
        {(control) => <textarea {...control} rows={3} maxLength={2000} value={notes} onChange={(e) => setNotes(e.target.value)} />}
      </Field>
      <p className="muted">{t('familyPage.needs.riskDerived')}</p>
      <div className="form__actions">
        <span className="spacer" />
        <button type="button" className="button button--ghost" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={form.submitting}>
          {t('familyPage.needs.save')}
        </button>
      </div>
    </form>
  );
}
