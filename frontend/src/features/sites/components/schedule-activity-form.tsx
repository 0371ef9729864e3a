import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { Banner } from '@/components/ui/banner';
import { Field } from '@/components/ui/field';
import { FormBanner } from '@/components/ui/form-banner';
import { problemMessage } from '@/components/ui/problem-message';
import { useToast } from '@/components/ui/toast';
import { useProblemForm } from '@/components/ui/use-problem-form';
import { ApiProblem, useApiClient } from '@/lib/api-client';
import { useAsync } from '@/lib/use-async';
import { listSites, scheduleActivity } from '../api/sites-api';
import { ACTIVITY_KINDS, type Activity, type ActivityKind, type ScheduleActivityRequest } from '../types';

const FIELDS = ['siteId', 'kind', 'title', 'startsAt', 'endsAt', 'capacity', 'expertIds'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Tomorrow in Xiamen, yyyy-mm-dd. */
function xiamenTomorrow(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000 + 86_400_000).toISOString().slice(0, 10);
}

interface Draft {
  siteId: string;
  kind: ActivityKind | '';
  title: string;
  date: string;
  start: string;
  end: string;
  capacity: string;
  expertIds: string;
}

/**
 * 安排活动: puts an activity on a site's calendar (reached from the site page and the activity calendar); times are
 * entered in Xiamen time. A free clinic needs the health expert pool's experts, by id; other kinds take none.
 * care-home-service has no change or cancellation of a scheduled activity, so neither has this screen.
 */
export function ScheduleActivityForm({ now = () => new Date() }: { now?: () => Date }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const navigate = useNavigate();
  const { showToast } = useToast();
  const [params] = useSearchParams();
  const sites = useAsync(() => listSites(client), [client]);
  const form = useProblemForm(FIELDS);
  const [draft, setDraft] = useState<Draft>(() => ({
    siteId: params.get('siteId') ?? '',
    kind: '',
    title: '',
    date: params.get('date') ?? xiamenTomorrow(now()),
    start: '09:30',
    end: '11:00',
    capacity: '30',
    expertIds: '',
  }));
  const [local, setLocal] = useState<Record<string, string>>({});
  const set = (changes: Partial<Draft>, ...fields: string[]) => {
    setDraft((d) => ({ ...d, ...changes }));
    fields.forEach((f) => {
      form.clear(f);
      setLocal((l) => ({ ...l, [f]: '' }));
    });
  };
  const errorFor = (f: string) => local[f] || form.errors[f];
  const experts = draft.expertIds
    .split(/[\s,，、]+/)
    .map((id) => id.trim())
    .filter(Boolean);
  const back = draft.siteId ? `/sites/${draft.siteId}` : '/activities';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (!draft.siteId) errors.siteId = t('scheduleActivity.errors.site');
    if (!draft.kind) errors.kind = t('scheduleActivity.errors.kind');
    if (!draft.title.trim()) errors.title = t('scheduleActivity.errors.title');
    if (!draft.date || !draft.start) errors.startsAt = t('scheduleActivity.errors.required');
    if (!draft.end || draft.end <= draft.start) errors.endsAt = t('scheduleActivity.errors.endAfterStart');
    if (!/^\d+$/.test(draft.capacity.trim()) || Number(draft.capacity) < 1 || Number(draft.capacity) > 1000) errors.capacity = t('scheduleActivity.errors.capacity');
    if (draft.kind === 'FREE_CLINIC' && experts.length === 0) errors.expertIds = t('scheduleActivity.errors.expertsRequired');
    else if (experts.some((id) => !UUID.test(id))) errors.expertIds = t('scheduleActivity.errors.expertId');
    setLocal(errors);
    if (Object.keys(errors).length > 0) return;
    const request: ScheduleActivityRequest = {
      siteId: draft.siteId,
      kind: draft.kind as ActivityKind,
      title: draft.title.trim(),
      startsAt: `${draft.date}T${draft.start}:00+08:00`,
      endsAt: `${draft.date}T${draft.end}:00+08:00`,
      capacity: Number(draft.capacity),
      ...(draft.kind === 'FREE_CLINIC' ? { expertIds: experts } : {}),
    };
    let created: Activity | undefined;
    const ok = await form.submit(async () => {
      try {
        created = await scheduleActivity(client, request);
      } catch (error) {
        // `expertIds[1]` (an id that is no UUID) belongs at the one experts control.
        if (error instanceof ApiProblem) {
          throw new ApiProblem({ ...error.problem, violations: error.violations.map((v) => ({ ...v, field: v.field.replace(/\[\d+\].*$/, '') })) });
        }
        throw error;
      }
    });
    if (ok) {
      showToast(t('scheduleActivity.scheduled', { title: created!.title }));
      navigate(`/activities/${created!.id}`);
    }
  };

  return (
    <section aria-labelledby="schedule-activity-title">
      <h1 id="schedule-activity-title">{t('scheduleActivity.title')}</h1>
      <p className="muted">{t('scheduleActivity.intro')}</p>
      {sites.error !== undefined && <Banner kind="error">{problemMessage(t, sites.error)}</Banner>}
      <FormBanner banner={form.banner} />
      <form className="form card" noValidate onSubmit={submit}>
        <div className="form__row">
          <Field id="activity-site" label={t('scheduleActivity.site')} error={errorFor('siteId')} required>
            {(control) => (
              <select {...control} value={draft.siteId} onChange={(e) => set({ siteId: e.target.value }, 'siteId')}>
                <option value="">{sites.loading && !sites.data ? t('common.loading') : t('common.choose')}</option>
                {sites.data?.items.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}（{t(`districts.${s.districtCode}`, { defaultValue: s.districtName })}）
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="activity-kind" label={t('scheduleActivity.kind')} error={errorFor('kind')} required>
            {(control) => (
              <select {...control} value={draft.kind} onChange={(e) => set({ kind: e.target.value as ActivityKind }, 'kind', 'expertIds')}>
                <option value="">{t('common.choose')}</option>
                {ACTIVITY_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`activityKinds.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field id="activity-title" label={t('scheduleActivity.name')} error={errorFor('title')} required>
          {(control) => <input {...control} maxLength={100} placeholder={t('scheduleActivity.namePlaceholder')} value={draft.title} onChange={(e) => set({ title: e.target.value }, 'title')} />}
        </Field>
        <div className="form__row form__row--3">
          <Field id="activity-date" label={t('scheduleActivity.date')} error={errorFor('startsAt')} required>
            {(control) => <input {...control} type="date" value={draft.date} onChange={(e) => set({ date: e.target.value }, 'startsAt')} />}
          </Field>
          <Field id="activity-start" label={t('scheduleActivity.start')} required>
            {(control) => <input {...control} type="time" step={900} value={draft.start} onChange={(e) => set({ start: e.target.value }, 'startsAt', 'endsAt')} />}
          </Field>
          <Field id="activity-end" label={t('scheduleActivity.end')} error={errorFor('endsAt')} required>
            {(control) => <input {...control} type="time" step={900} value={draft.end} onChange={(e) => set({ end: e.target.value }, 'endsAt')} />}
          </Field>
        </div>
        <Field id="activity-capacity" label={t('scheduleActivity.capacity')} hint={t('scheduleActivity.capacityHint')} error={errorFor('capacity')} required>
          {(control) => <input {...control} type="number" inputMode="numeric" min={1} max={1000} value={draft.capacity} onChange={(e) => set({ capacity: e.target.value }, 'capacity')} />}
        </Field>
        {draft.kind === 'FREE_CLINIC' && (
          <Field id="activity-experts" label={t('scheduleActivity.experts')} hint={t('scheduleActivity.expertsHint')} error={errorFor('expertIds')} required>
            {(control) => <textarea {...control} rows={3} className="mono" value={draft.expertIds} onChange={(e) => set({ expertIds: e.target.value }, 'expertIds')} />}
          </Field>
        )}
        {draft.kind !== 'FREE_CLINIC' && errorFor('expertIds') && <p className="field__error">{errorFor('expertIds')}</p>}
        <div className="form__actions">
          <span className="spacer" />
          <button type="button" className="button button--ghost" onClick={() => navigate(back)}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={form.submitting}>
            {t('scheduleActivity.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
