import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Banner } from '@/components/ui/banner';
import { problemMessage } from '@/components/ui/problem-message';
import { useApiClient } from '@/lib/api-client';
import { useAsync } from '@/lib/use-async';
import { listTasks } from '../api/volunteers-api';
import { xiamenDayStart, xiamenTime } from '../time';
import { BOARD_STATUSES, type Task } from '../types';
import { TaskPanel } from './task-panel';

/** Days the board looks ahead (and back, for tasks still under way). */
const DAYS_AHEAD = 7;
const COLUMN_SIZE = 100;

/** 任务调度: the week's tasks by state; pick one to see the ranked candidates and assign. */
export function TaskBoard({ now = () => new Date() }: { now?: () => Date }) {
  const { t, i18n } = useTranslation();
  const client = useApiClient();
  const [range] = useState(() => ({ from: xiamenDayStart(now(), -1), to: xiamenDayStart(now(), DAYS_AHEAD) }));
  const [generation, setGeneration] = useState(0);
  const board = useAsync(
    () => Promise.all(BOARD_STATUSES.map((status) => listTasks(client, { status, ...range, size: COLUMN_SIZE }))),
    [client, range, generation],
  );
  const [selected, setSelected] = useState<Task>();
  const time = xiamenTime(i18n.language);

  return (
    <section aria-labelledby="board-title">
      <div className="page-header">
        <h1 id="board-title">{t('tasks.title')}</h1>
        <Link to="/tasks/new" className="button button--primary">
          {t('tasks.create')}
        </Link>
      </div>
      <p className="muted">{t('tasks.range', { days: DAYS_AHEAD })}</p>
      {board.error !== undefined && <Banner kind="error">{problemMessage(t, board.error)}</Banner>}
      {board.loading && !board.data && <p className="muted">{t('common.loading')}</p>}
      <div className={`board${selected ? ' board--with-panel' : ''}`}>
        <div className="board__columns">
          {board.data &&
            BOARD_STATUSES.map((status, index) => {
              const page = board.data![index];
              return (
                <section key={status} className="board__column" aria-labelledby={`col-${status}`}>
                  <h2 id={`col-${status}`}>
                    {t(`taskStatus.${status}`)} <span className="count">{page.total}</span>
                  </h2>
                  {page.items.length === 0 && <p className="empty">{t('tasks.emptyColumn')}</p>}
                  <ul>
                    {page.items.map((task) => (
                      <li key={task.id}>
                        <button
                          type="button"
                          className={`board__task priority--${task.priority.toLowerCase()}`}
                          aria-pressed={selected?.id === task.id}
                          onClick={() => setSelected(task)}
                        >
                          <span className="board__when">{time.format(new Date(task.windowStart))}</span>
                          <span>{t(`taskKinds.${task.kind}`)}</span>
                          {task.priority !== 'NORMAL' && <span className="tag">{t(`priorities.${task.priority}`)}</span>}
                          <span className="muted">{task.volunteerName ?? t('tasks.nobody')}</span>
                        </button>
                      </li>
                    ))}
                  </ul>
                  {page.total > page.items.length && <p className="muted">{t('tasks.more', { count: page.total - page.items.length })}</p>}
                </section>
              );
            })}
        </div>
        {selected && (
          <TaskPanel
            key={selected.id}
            task={selected}
            onClose={() => setSelected(undefined)}
            onChanged={(task) => {
              setSelected(task);
              setGeneration((g) => g + 1);
            }}
          />
        )}
      </div>
    </section>
  );
}
