import { useTranslation } from 'react-i18next';
import { Banner } from '@/components/ui/banner';
import { problemMessage } from '@/components/ui/problem-message';
import { useApiClient } from '@/lib/api-client';
import { useAsync } from '@/lib/use-async';
import { getMyHours } from '../api/volunteer-api';
import { dayFormat } from '../time';

const MAX_STARS = 5;

/** 我的服务时长: total hours, star level (星级) and how far the next star is, with the latest credited services. */
export function MyHours() {
  const { t, i18n } = useTranslation();
  const client = useApiClient();
  const hours = useAsync(() => getMyHours(client), [client]);
  const data = hours.data;
  const day = dayFormat(i18n.language);

  return (
    <section aria-labelledby="hours-title">
      <h1 id="hours-title">{t('mobile.hours.title')}</h1>
      {hours.error !== undefined && <Banner kind="error">{problemMessage(t, hours.error)}</Banner>}
      {hours.loading && !data && <p className="muted">{t('common.loading')}</p>}
      {data && (
        <>
          <div className="card hours">
            <p className="hours__total" data-testid="total-hours">
              {t('mobile.hours.total', { hours: data.totalHours })}
            </p>
            <p className="hours__stars" aria-label={data.starLevel > 0 ? t('mobile.hours.stars', { count: data.starLevel }) : t('mobile.hours.noStar')}>
              <span aria-hidden="true">{'★'.repeat(data.starLevel) + '☆'.repeat(MAX_STARS - data.starLevel)}</span>
            </p>
            <p>{data.starLevel > 0 ? t('mobile.hours.stars', { count: data.starLevel }) : t('mobile.hours.noStar')}</p>
            {data.nextStarAtHours != null && (
              <p>
                {t('mobile.hours.toNext', {
                  hours: Math.max(0, data.nextStarAtHours - Number(data.totalHours)).toFixed(1),
                  next: data.nextStarAtHours,
                })}
              </p>
            )}
            <p className="muted">{t('mobile.hours.services', { count: data.services })}</p>
          </div>
          <h2>{t('mobile.hours.latest')}</h2>
          {data.entries.length === 0 && <p className="empty">{t('mobile.hours.none')}</p>}
          <ul className="hour-entries">
            {data.entries.map((entry) => (
              <li key={entry.id}>
                <span>{day.format(new Date(entry.startedAt ?? entry.creditedAt))}</span>
                <span>{entry.taskKind ? t(`taskKinds.${entry.taskKind}`) : t(`mobile.hours.source.${entry.source}`)}</span>
                <span className="num">{t('mobile.hours.minutes', { count: entry.minutes })}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
