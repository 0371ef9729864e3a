import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/ui/field';
import type { Violation } from '@/lib/api-client';
import { xiamenDate } from '../time';
import { NEED_AREAS, type NeedArea, type Task, type VisitReportRequest } from '../types';

const WELLBEING = [1, 2, 3, 4, 5] as const;
export const REPORT_LIMITS = { notes: 2000, followUp: 500, location: 100, durationMax: 600 };

interface Draft {
  wellbeing?: number;
  needsObserved: NeedArea[];
  notes: string;
  followUp: string;
  followUpDue: string;
  location: string;
  durationMinutes: string;
}

function draftOf(report?: VisitReportRequest): Draft {
  return {
    wellbeing: report?.wellbeing,
    needsObserved: report?.needsObserved ?? [],
    notes: report?.notes ?? '',
    followUp: report?.followUp ?? '',
    followUpDue: report?.followUpDue ?? '',
    location: report?.location ?? '',
    durationMinutes: report?.durationMinutes ? String(report.durationMinutes) : '',
  };
}

/** The rules volunteer-service applies, checked on the phone so a report does not wait offline only to be refused. */
export function validateReport(draft: Draft, needsDuration: boolean, today: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!draft.wellbeing) errors.wellbeing = 'mobile.report.errors.wellbeing';
  const hasFollowUp = draft.followUp.trim() !== '';
  if (hasFollowUp && !draft.followUpDue) errors.followUpDue = 'mobile.report.errors.followUpDue';
  if (!hasFollowUp && draft.followUpDue) errors.followUp = 'mobile.report.errors.followUp';
  if (draft.followUpDue && draft.followUpDue < today) errors.followUpDue = 'mobile.report.errors.followUpPast';
  if (needsDuration) {
    const minutes = Number(draft.durationMinutes);
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > REPORT_LIMITS.durationMax) {
      errors.durationMinutes = 'mobile.report.errors.duration';
    }
  }
  return errors;
}

function toRequest(draft: Draft, needsDuration: boolean): VisitReportRequest {
  const text = (value: string) => value.trim() || undefined;
  return {
    wellbeing: draft.wellbeing,
    needsObserved: draft.needsObserved,
    notes: text(draft.notes),
    followUp: text(draft.followUp),
    followUpDue: draft.followUpDue || undefined,
    location: text(draft.location),
    durationMinutes: needsDuration ? Number(draft.durationMinutes) : undefined,
  };
}

interface Props {
  task: Task;
  initial?: VisitReportRequest;
  /** What the service said of an earlier send, shown next to the fields it names. */
  violations?: Violation[];
  onSubmit: (report: VisitReportRequest) => void | Promise<void>;
  now?: () => Date;
}

/** 走访记录: the elder's wellbeing, needs seen, notes and a follow-up; sending it completes the task. */
export function VisitReportForm({ task, initial, violations = [], onSubmit, now = () => new Date() }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => draftOf(initial));
  const [attempted, setAttempted] = useState(false);
  const [sending, setSending] = useState(false);
  const needsDuration = !task.checkedInAt;
  const today = xiamenDate(now());
  const clientErrors = attempted ? validateReport(draft, needsDuration, today) : {};
  const server = Object.fromEntries(violations.map((v) => [v.field, v.message]));
  const errorFor = (field: string) => (clientErrors[field] ? t(clientErrors[field]) : server[field]);
  const set = (changes: Partial<Draft>) => setDraft((d) => ({ ...d, ...changes }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    const errors = validateReport(draft, needsDuration, today);
    const first = Object.keys(errors)[0];
    if (first) {
      document.getElementById(first === 'wellbeing' ? 'wellbeing-1' : `report-${first}`)?.focus();
      return;
    }
    setSending(true);
    try {
      await onSubmit(toRequest(draft, needsDuration));
    } finally {
      setSending(false);
    }
  };

  const wellbeingError = errorFor('wellbeing');
  return (
    <form className="card form" noValidate onSubmit={submit} aria-labelledby="report-title">
      <h2 id="report-title">{t('mobile.report.title')}</h2>
      <fieldset className={`choice${wellbeingError ? ' field--invalid' : ''}`} aria-describedby={wellbeingError ? 'wellbeing-error' : undefined}>
        <legend>
          {t('mobile.report.wellbeing')}
          <span className="field__required" aria-hidden="true">
            {' *'}
          </span>
        </legend>
        <div className="choice__options">
          {WELLBEING.map((score) => (
            <label key={score} className="choice__option">
              <input
                id={`wellbeing-${score}`}
                type="radio"
                name="wellbeing"
                value={score}
                checked={draft.wellbeing === score}
                onChange={() => set({ wellbeing: score })}
              />
              <span>
                {score} {t(`mobile.report.scores.${score}`)}
              </span>
            </label>
          ))}
        </div>
        {wellbeingError && (
          <p className="field__error" id="wellbeing-error">
            {wellbeingError}
          </p>
        )}
      </fieldset>

      <fieldset className="choice">
        <legend>{t('mobile.report.needsObserved')}</legend>
        <div className="choice__options">
          {NEED_AREAS.map((need) => (
            <label key={need} className="choice__option">
              <input
                type="checkbox"
                checked={draft.needsObserved.includes(need)}
                onChange={(e) =>
                  set({
                    needsObserved: e.target.checked
                      ? [...draft.needsObserved, need]
                      : draft.needsObserved.filter((n) => n !== need),
                  })
                }
              />
              <span>{t(`needs.${need}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <Field id="report-notes" label={t('mobile.report.notes')} error={errorFor('notes')}>
        {(control) => (
          <textarea {...control} rows={4} maxLength={REPORT_LIMITS.notes} value={draft.notes} onChange={(e) => set({ notes: e.target.value })} />
        )}
      </Field>
      <Field id="report-followUp" label={t('mobile.report.followUp')} hint={t('mobile.report.followUpHint')} error={errorFor('followUp')}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            maxLength={REPORT_LIMITS.followUp}
            value={draft.followUp}
            onChange={(e) => set({ followUp: e.target.value })}
          />
        )}
      </Field>
      <Field id="report-followUpDue" label={t('mobile.report.followUpDue')} error={errorFor('followUpDue')}>
        {(control) => (
          <input {...control} type="date" min={today} value={draft.followUpDue} onChange={(e) => set({ followUpDue: e.target.value })} />
        )}
      </Field>
      <Field id="report-location" label={t('mobile.report.location')} error={errorFor('location')}>
        {(control) => (
          <input
            {...control}
            maxLength={REPORT_LIMITS.location}
            placeholder={t('mobile.report.locationPlaceholder')}
            value={draft.location}
            onChange={(e) => set({ location: e.target.value })}
          />
        )}
      </Field>
      {needsDuration && (
        <Field id="report-durationMinutes" label={t('mobile.report.duration')} error={errorFor('durationMinutes')} required>
          {(control) => (
            <input
              {...control}
              type="number"
              inputMode="numeric"
              min={1}
              max={REPORT_LIMITS.durationMax}
              value={draft.durationMinutes}
              onChange={(e) => set({ durationMinutes: e.target.value })}
            />
          )}
        </Field>
      )}
      <button type="submit" className="button button--primary button--big" disabled={sending}>
        {t(task.checkedInAt ? 'mobile.report.submitAndCheckOut' : 'mobile.report.submit')}
      </button>
      <p className="field__hint">{t('mobile.report.offlineHint')}</p>
    </form>
  );
}
