import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Banner } from '@/components/ui/banner';
import { problemMessage } from '@/components/ui/problem-message';
import { useApiClient } from '@/lib/api-client';
import { can } from '@/lib/auth';
import { useSession } from '@/lib/session';
import { useAsync } from '@/lib/use-async';
import { listActivities } from '../api/sites-api';
import type { Activity } from '../types';

const ZONE = 'Asia/Shanghai';
const OFFSET_MS = 8 * 3_600_000;

/** The yyyy-mm of `now` in Xiamen. */
function xiamenMonth(now: Date): string {
  return new Date(now.getTime() + OFFSET_MS).toISOString().slice(0, 7);
}

function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1 + by, 1)).toISOString().slice(0, 7);
}

/** The weeks of a month, Monday first, as ISO dates (null outside the month). */
function weeksOf(month: string): (string | null)[][] {
  const [y, m] = month.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1, 1));
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7;
  const cells: (string | null)[] = [...Array(lead).fill(null)];
  for (let d = 1; d <= days; d++) cells.push(`${month}-${String(d).padStart(2, '0')}`);
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
}

const dayOf = (iso: string) => new Date(new Date(iso).getTime() + OFFSET_MS).toISOString().slice(0, 10);

/** 活动日历: a month of activities, of one site or all the caller may see; each links to its registrations. */
export function ActivityCalendar({ siteId, now = () => new Date() }: { siteId?: string; now?: () => Date }) {
  const { t, i18n } = useTranslation();
  const client = useApiClient();
  const { caller } = useSession();
  const [month, setMonth] = useState(() => xiamenMonth(now()));
  const activities = useAsync(
    () => listActivities(client, { siteId, from: `${month}-01T00:00:00+08:00`, to: `${shiftMonth(month, 1)}-01T00:00:00+08:00` }),
    [client, siteId, month],
  );
  const byDay = new Map<string, Activity[]>();
  activities.data?.items.forEach((a) => byDay.set(dayOf(a.startsAt), [...(byDay.get(dayOf(a.startsAt)) ?? []), a]));
  const time = new Intl.DateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: ZONE });
  const monthName = new Intl.DateTimeFormat(i18n.language, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
  const weekdays = Array.from({ length: 7 }, (_, i) =>
    new Intl.DateTimeFormat(i18n.language, { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + i))),
  );

  return (
    <section className="card" aria-labelledby="calendar-title">
      <div className="family-section__header">
        <h2 id="calendar-title">{t('activities.calendarTitle', { month: monthName })}</h2>
        <div className="page-header__actions">
          {can(caller, 'activities:manage') && (
            <Link to={siteId ? `/activities/new?siteId=${siteId}` : '/activities/new'} className="button button--primary">
              {t('activities.schedule')}
            </Link>
          )}
          <button type="button" className="button button--secondary" onClick={() => setMonth((m) => shiftMonth(m, -1))}>
            {t('activities.previousMonth')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setMonth((m) => shiftMonth(m, 1))}>
            {t('activities.nextMonth')}
          </button>
        </div>
      </div>
      {activities.error !== undefined && <Banner kind="error">{problemMessage(t, activities.error)}</Banner>}
      {activities.data && activities.data.total > activities.data.items.length && (
        <p className="muted">{t('activities.truncated', { shown: activities.data.items.length, total: activities.data.total })}</p>
      )}
      <table className="calendar" aria-busy={activities.loading}>
        <thead>
          <tr>
            {weekdays.map((w) => (
              <th key={w} scope="col">
                {w}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeksOf(month).map((week, i) => (
            <tr key={i}>
              {week.map((day, j) => (
                <td key={day ?? `empty-${i}-${j}`} className={day ? '' : 'calendar__blank'}>
                  {day && (
                    <>
                      <span className="calendar__day">{Number(day.slice(8))}</span>
                      <ul>
                        {(byDay.get(day) ?? []).map((a) => (
                          <li key={a.id}>
                            <Link to={`/activities/${a.id}`} className={`calendar__item calendar__item--${a.kind.toLowerCase()}${a.status === 'CANCELLED' ? ' calendar__item--cancelled' : ''}`}>
                              {time.format(new Date(a.startsAt))} {t(`activityKinds.${a.kind}`)}：{a.title}
                            </Link>
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {activities.data && activities.data.items.length === 0 && <p className="empty">{t('activities.noneThisMonth')}</p>}
    </section>
  );
}
