import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Banner } from '@/components/ui/banner';
import { Field } from '@/components/ui/field';
import { FormBanner } from '@/components/ui/form-banner';
import { problemMessage } from '@/components/ui/problem-message';
import { useToast } from '@/components/ui/toast';
import { useProblemForm } from '@/components/ui/use-problem-form';
import { useApiClient } from '@/lib/api-client';
import { can } from '@/lib/auth';
import { useSession } from '@/lib/session';
import { useAsync } from '@/lib/use-async';
import { getActivity, listRegistrations, markHeld, recordAttendance, register } from '../api/sites-api';
import type { Activity, Registration } from '../types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** 活动: places and waitlist, roll call at the door, and closing the roll call once it is held. */
export function ActivityPage() {
  const { t, i18n } = useTranslation();
  const { activityId = '' } = useParams();
  const client = useApiClient();
  const { caller } = useSession();
  const activity = useAsync(() => getActivity(client, activityId), [client, activityId]);
  const registrations = useAsync(() => listRegistrations(client, activityId), [client, activityId]);
  const reload = () => {
    activity.reload();
    registrations.reload();
  };
  const a = activity.data;
  const manage = can(caller, 'activities:manage') && a?.status === 'SCHEDULED';
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'full', timeStyle: 'short', timeZone: 'Asia/Shanghai' });

  if (activity.error !== undefined && !a) {
    return <Banner kind="error">{problemMessage(t, activity.error)}</Banner>;
  }
  if (!a) return <p className="muted">{t('common.loading')}</p>;
  return (
    <article aria-labelledby="activity-title">
      <Link to={`/sites/${a.siteId}`} className="back-link">
        {t('activities.backToSite')}
      </Link>
      <h1 id="activity-title">
        {a.title} <span className="tag">{t(`activityKinds.${a.kind}`)}</span> <span className="tag">{t(`activityStatus.${a.status}`)}</span>
      </h1>
      <p className="family-page__address">{when.format(new Date(a.startsAt))}</p>
      <div className="kpis">
        <Figure label={t('activities.figures.places')} value={`${a.registered} / ${a.capacity}`} />
        <Figure label={t('activities.figures.waitlisted')} value={a.waitlisted} />
        <Figure label={t('activities.figures.attended')} value={`${a.attended}（${t('activities.figures.walkIns', { count: a.walkIns })}）`} />
        <Figure label={t('activities.figures.volunteers')} value={a.volunteers} />
        {a.satisfaction != null && <Figure label={t('activities.figures.satisfaction')} value={a.satisfaction.toFixed(1)} />}
        {a.mealsServed != null && <Figure label={t('activities.figures.meals')} value={a.mealsServed} />}
      </div>
      {manage && <RegisterForm activity={a} onDone={reload} />}
      <section className="card" aria-labelledby="registrations-title">
        <h2 id="registrations-title">{t('activities.registrations')}</h2>
        {registrations.error !== undefined && <Banner kind="error">{problemMessage(t, registrations.error)}</Banner>}
        {registrations.data && registrations.data.length === 0 && <p className="empty">{t('activities.noRegistrations')}</p>}
        {registrations.data && registrations.data.length > 0 && (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('activities.columns.family')}</th>
                <th scope="col">{t('activities.columns.status')}</th>
                <th scope="col">{t('activities.columns.attended')}</th>
                <th scope="col">{t('activities.columns.feedback')}</th>
              </tr>
            </thead>
            <tbody>
              {registrations.data.map((r) => (
                <RegistrationRow key={r.familyId} activity={a} registration={r} manage={!!manage} onChanged={reload} />
              ))}
            </tbody>
          </table>
        )}
      </section>
      {manage && <HeldForm activity={a} onDone={reload} />}
    </article>
  );
}

function Figure({ label, value }: { label: string; value: string | number }) {
  return (
    <div className="card">
      <p className="kpi__label">{label}</p>
      <p className="kpi__value">{value}</p>
    </div>
  );
}

function RegistrationRow({ activity, registration: r, manage, onChanged }: { activity: Activity; registration: Registration; manage: boolean; onChanged: () => void }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const [error, setError] = useState<unknown>();
  const short = r.familyId.slice(0, 8);
  const checkIn = async () => {
    setError(undefined);
    try {
      await recordAttendance(client, activity.id, r.familyId, false);
      onChanged();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <tr>
      <th scope="row">
        <Link to={`/families/${r.familyId}`} aria-label={t('activities.familyLink', { id: short })}>
          <span className="mono">{short}</span>
        </Link>
      </th>
      <td>
        {t(`registrationStatus.${r.status}`)}
        {r.waitlistPosition != null && ` ${t('activities.position', { position: r.waitlistPosition })}`}
      </td>
      <td>
        {r.attendedAt ? (
          '✓'
        ) : manage && r.status === 'REGISTERED' ? (
          <button type="button" className="button button--secondary" aria-label={t('activities.checkInFamily', { id: short })} onClick={() => void checkIn()}>
            {t('activities.checkIn')}
          </button>
        ) : (
          '—'
        )}
        {error !== undefined && <span className="field__error">{problemMessage(t, error)}</span>}
      </td>
      <td>{r.satisfaction != null ? `${r.satisfaction}/5 ${r.feedback ?? ''}` : '—'}</td>
    </tr>
  );
}

function RegisterForm({ activity, onDone }: { activity: Activity; onDone: () => void }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const { showToast } = useToast();
  const form = useProblemForm(['familyId']);
  const [familyId, setFamilyId] = useState('');
  const [invalid, setInvalid] = useState(false);

  const submit = async (walkIn: boolean, event?: FormEvent) => {
    event?.preventDefault();
    if (!UUID.test(familyId.trim())) {
      setInvalid(true);
      return;
    }
    let result: Registration | undefined;
    const ok = await form.submit(async () => {
      result = walkIn ? await recordAttendance(client, activity.id, familyId.trim(), true) : await register(client, activity.id, familyId.trim());
    });
    if (ok) {
      showToast(
        walkIn
          ? t('activities.walkInRecorded')
          : result?.status === 'WAITLISTED'
            ? t('activities.waitlisted', { position: result.waitlistPosition })
            : t('activities.registered'),
      );
      setFamilyId('');
      onDone();
    }
  };

  return (
    <form className="card form filters" noValidate onSubmit={(e) => void submit(false, e)}>
      <FormBanner banner={form.banner} />
      <Field id="registration-family" label={t('activities.familyId')} hint={t('activities.familyIdHint')} error={invalid ? t('activities.familyIdInvalid') : form.errors.familyId}>
        {(control) => (
          <input
            {...control}
            className="mono"
            value={familyId}
            onChange={(e) => {
              setFamilyId(e.target.value);
              setInvalid(false);
              form.clear('familyId');
            }}
          />
        )}
      </Field>
      <button type="submit" className="button button--primary" disabled={form.submitting}>
        {t('activities.register')}
      </button>
      <button type="button" className="button button--secondary" disabled={form.submitting} onClick={() => void submit(true)}>
        {t('activities.walkIn')}
      </button>
    </form>
  );
}

function HeldForm({ activity, onDone }: { activity: Activity; onDone: () => void }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const { showToast } = useToast();
  const form = useProblemForm(['mealsServed']);
  const canteen = activity.kind === 'CANTEEN_MEAL';
  const [meals, setMeals] = useState('');
  const [invalid, setInvalid] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (canteen && !/^\d+$/.test(meals.trim())) {
      setInvalid(true);
      return;
    }
    if (await form.submit(() => markHeld(client, activity.id, canteen ? Number(meals) : undefined))) {
      showToast(t('activities.heldDone'));
      onDone();
    }
  };

  return (
    <form className="card form filters" noValidate onSubmit={submit} aria-labelledby="held-title">
      <h2 id="held-title" className="visually-hidden">
        {t('activities.markHeld')}
      </h2>
      <FormBanner banner={form.banner} />
      {canteen && (
        <Field id="meals-served" label={t('activities.mealsServed')} error={invalid ? t('activities.mealsInvalid') : form.errors.mealsServed} required>
          {(control) => <input {...control} inputMode="numeric" value={meals} onChange={(e) => { setMeals(e.target.value); setInvalid(false); }} />}
        </Field>
      )}
      <p className="muted">{t('activities.heldHint')}</p>
      <button type="submit" className="button button--primary" disabled={form.submitting}>
        {t('activities.markHeld')}
      </button>
    </form>
  );
}
