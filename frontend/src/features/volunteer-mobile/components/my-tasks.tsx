import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Banner } from '@/components/ui/banner';
import { problemMessage } from '@/components/ui/problem-message';
import { useApiClient } from '@/lib/api-client';
import { useAsync } from '@/lib/use-async';
import { listMyTasks } from '../api/volunteer-api';
import { useReportOutbox } from '../offline/use-report-outbox';
import { dayFormat, isXiamenToday, timeFormat, xiamenDays } from '../time';
import type { Task } from '../types';

/** Days ahead shown under today's tasks. */
const DAYS_AHEAD = 7;
const FINISHED = ['COMPLETED', 'CANCELLED'];

/** 我的任务: today's tasks first and large, then the coming week. */
export function MyTasks({ now = () => new Date() }: { now?: () => Date }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const [range] = useState(() => xiamenDays(now(), DAYS_AHEAD + 1));
  const result = useAsync(() => listMyTasks(client, range), [client, range]);
  const today = now();
  const tasks = result.data?.items ?? [];
  const todays = tasks.filter((task) => isXiamenToday(task.windowStart, today));
  const coming = tasks.filter((task) => !isXiamenToday(task.windowStart, today) && !FINISHED.includes(task.status));

  return (
    <section aria-labelledby="my-tasks-title">
      <h1 id="my-tasks-title">{t('mobile.tasks.today')}</h1>
      {result.error !== undefined && (
        <Banner kind="error">
          <p>{problemMessage(t, result.error)}</p>
          <button type="button" className="button button--secondary" onClick={result.reload}>
            {t('common.retry')}
          </button>
        </Banner>
      )}
      {result.loading && !result.data && <p className="muted">{t('common.loading')}</p>}
      {result.data && todays.length === 0 && <p className="empty">{t('mobile.tasks.noneToday')}</p>}
      <TaskCards tasks={todays} />
      {coming.length > 0 && (
        <>
          <h2>{t('mobile.tasks.coming')}</h2>
          <TaskCards tasks={coming} withDay />
        </>
      )}
    </section>
  );
}

function TaskCards({ tasks, withDay = false }: { tasks: Task[]; withDay?: boolean }) {
  const { t, i18n } = useTranslation();
  const { entries } = useReportOutbox();
  const time = timeFormat(i18n.language);
  const day = dayFormat(i18n.language);
  return (
    <ul className="task-cards">
      {tasks.map((task) => {
        const waiting = entries.some((e) => e.taskId === task.id);
        return (
          <li key={task.id}>
            <Link to={`/m/tasks/${task.id}`} className="task-card">
              <span className="task-card__time">
                {withDay && `${day.format(new Date(task.windowStart))} `}
                {time.format(new Date(task.windowStart))}–{time.format(new Date(task.windowEnd))}
              </span>
              <span className="task-card__kind">{t(`taskKinds.${task.kind}`)}</span>
              {task.place && <span className="task-card__place">{task.place}</span>}
              <span className={`status status--${task.status.toLowerCase()}`}>
                {waiting ? t('mobile.outbox.pendingShort') : t(`taskStatus.${task.status}`)}
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
