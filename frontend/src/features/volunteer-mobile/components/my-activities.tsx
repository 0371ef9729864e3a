import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '@/components/ui/banner';
import { problemMessage } from '@/components/ui/problem-message';
import { useToast } from '@/components/ui/toast';
import { useApiClient } from '@/lib/api-client';
import { useAsync } from '@/lib/use-async';
import { listComingActivities, listMySignUps, signUpToHelp, withdrawFromActivity } from '../api/volunteer-api';
import { dayFormat, timeFormat, xiamenDays } from '../time';

/** How far ahead the list of activities to help at looks. */
const DAYS_AHEAD = 14;

/** 站点活动: the warm-home activities I help at, and the coming ones I could sign up for. */
export function MyActivities({ now = () => new Date() }: { now?: () => Date }) {
  const { t, i18n } = useTranslation();
  const client = useApiClient();
  const { showToast } = useToast();
  const [range] = useState(() => ({ ...xiamenDays(now(), DAYS_AHEAD), from: new Date(now()).toISOString() }));
  const mine = useAsync(() => listMySignUps(client, range.from), [client, range]);
  const coming = useAsync(() => listComingActivities(client, range), [client, range]);
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<unknown>();
  const day = dayFormat(i18n.language);
  const time = timeFormat(i18n.language);
  const signedUp = new Set(mine.data?.items.map((s) => s.activityId));
  const open = coming.data?.items.filter((a) => a.status === 'SCHEDULED' && !signedUp.has(a.id)) ?? [];

  const act = async (id: string, action: () => Promise<void>, message: string) => {
    setBusy(id);
    setError(undefined);
    try {
      await action();
      showToast(message);
      mine.reload();
      coming.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(undefined);
    }
  };
  const when = (startsAt: string, endsAt: string) =>
    `${day.format(new Date(startsAt))} ${time.format(new Date(startsAt))}–${time.format(new Date(endsAt))}`;

  return (
    <section aria-labelledby="my-activities-title">
      <h1 id="my-activities-title">{t('mobile.activities.title')}</h1>
      {error !== undefined && <Banner kind="error">{problemMessage(t, error)}</Banner>}
      <h2>{t('mobile.activities.mine')}</h2>
      {mine.error !== undefined && <Banner kind="error">{problemMessage(t, mine.error)}</Banner>}
      {mine.loading && !mine.data && <p className="muted">{t('common.loading')}</p>}
      {mine.data && mine.data.items.length === 0 && <p className="empty">{t('mobile.activities.noneMine')}</p>}
      <ul className="task-cards">
        {mine.data?.items.map((s) => (
          <li key={s.activityId} className="task-card">
            <span className="task-card__time">{when(s.startsAt, s.endsAt)}</span>
            <span className="task-card__kind">
              {t(`activityKinds.${s.kind}`)}：{s.title}
            </span>
            <button
              type="button"
              className="button button--ghost button--big"
              disabled={busy === s.activityId}
              onClick={() => void act(s.activityId, () => withdrawFromActivity(client, s.activityId), t('mobile.activities.withdrawn'))}
            >
              {t('mobile.activities.withdraw')}
            </button>
          </li>
        ))}
      </ul>
      <h2>{t('mobile.activities.coming', { days: DAYS_AHEAD })}</h2>
      {coming.error !== undefined && <Banner kind="error">{problemMessage(t, coming.error)}</Banner>}
      {coming.loading && !coming.data && <p className="muted">{t('common.loading')}</p>}
      {coming.data && open.length === 0 && <p className="empty">{t('mobile.activities.noneComing')}</p>}
      <ul className="task-cards">
        {open.map((a) => (
          <li key={a.id} className="task-card">
            <span className="task-card__time">{when(a.startsAt, a.endsAt)}</span>
            <span className="task-card__kind">
              {t(`activityKinds.${a.kind}`)}：{a.title}
            </span>
            <span className="task-card__place">{t(`districts.${a.districtCode}`, { defaultValue: a.districtCode })}</span>
            <button
              type="button"
              className="button button--primary button--big"
              disabled={busy === a.id}
              onClick={() => void act(a.id, () => signUpToHelp(client, a.id), t('mobile.activities.signedUp'))}
            >
              {t('mobile.activities.signUp')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
