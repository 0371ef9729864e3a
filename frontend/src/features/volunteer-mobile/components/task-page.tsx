import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Banner } from '@/components/ui/banner';
import { problemMessage } from '@/components/ui/problem-message';
import { useToast } from '@/components/ui/toast';
import { useApiClient } from '@/lib/api-client';
import { useAsync } from '@/lib/use-async';
import { acceptTask, checkOut, completeTask, declineTask, getTask } from '../api/volunteer-api';
import type { PendingReport } from '../offline/report-outbox';
import { useReportOutbox } from '../offline/use-report-outbox';
import { dayFormat, timeFormat } from '../time';
import { REPORTED_KINDS, type Task, type VisitReportRequest } from '../types';
import { CheckInForm } from './check-in-form';
import { VisitCardPanel } from './visit-card-panel';
import { VisitReportForm } from './visit-report-form';

/** One task, with what can be done next: accept or decline, go there, check in, report, check out. */
export function TaskPage() {
  const { t, i18n } = useTranslation();
  const { taskId = '' } = useParams();
  const client = useApiClient();
  const loaded = useAsync(() => getTask(client, taskId), [client, taskId]);
  const [task, setTask] = useState<Task>();
  useEffect(() => setTask(loaded.data), [loaded.data]);

  if (loaded.error !== undefined && !task) {
    return (
      <section>
        <Banner kind="error">{problemMessage(t, loaded.error)}</Banner>
        <Link to="/m" className="button button--secondary button--big">
          {t('mobile.task.back')}
        </Link>
      </section>
    );
  }
  if (!task) {
    return <p className="muted">{t('common.loading')}</p>;
  }
  const time = timeFormat(i18n.language);
  return (
    <section aria-labelledby="task-title">
      <Link to="/m" className="mobile__back">
        {t('mobile.task.back')}
      </Link>
      <h1 id="task-title">{t(`taskKinds.${task.kind}`)}</h1>
      <p className="task-when">
        {dayFormat(i18n.language).format(new Date(task.windowStart))} {time.format(new Date(task.windowStart))}–
        {time.format(new Date(task.windowEnd))}
      </p>
      <p>
        <span className={`status status--${task.status.toLowerCase()}`} data-testid="task-status">
          {t(`taskStatus.${task.status}`)}
        </span>
        {task.preferredDialect && <span className="muted"> · {t('mobile.task.dialect', { dialect: task.preferredDialect })}</span>}
      </p>
      <TaskSteps task={task} onChange={setTask} />
    </section>
  );
}

function TaskSteps({ task, onChange }: { task: Task; onChange: (task: Task) => void }) {
  const { t, i18n } = useTranslation();
  const client = useApiClient();
  const { showToast } = useToast();
  const { outbox, entries } = useReportOutbox();
  const pending = entries.find((e) => e.taskId === task.id);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [editing, setEditing] = useState(false);

  const act = async (action: () => Promise<Task>, message?: string) => {
    setBusy(true);
    setError(undefined);
    try {
      onChange(await action());
      if (message) showToast(message);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const sendReport = async (report: VisitReportRequest) => {
    const left = await outbox.submit(task.id, report);
    setEditing(false);
    if (!left) {
      showToast(t('mobile.report.sent'));
      onChange({ ...task, status: 'COMPLETED' });
    }
  };

  const errorBanner = error !== undefined && <Banner kind="error">{problemMessage(t, error)}</Banner>;
  const open = task.status === 'ASSIGNED' || task.status === 'ACCEPTED';
  const reported = REPORTED_KINDS.includes(task.kind);

  if (pending && !editing) {
    return <PendingNotice entry={pending} onRetry={() => void outbox.flush()} onEdit={() => setEditing(true)} onDiscard={() => outbox.discard(task.id)} />;
  }

  return (
    <>
      {errorBanner}
      {task.status === 'ASSIGNED' && !declining && (
        <div className="mobile__actions">
          <button type="button" className="button button--primary button--big" disabled={busy} onClick={() => void act(() => acceptTask(client, task), t('mobile.task.accepted'))}>
            {t('mobile.task.accept')}
          </button>
          <button type="button" className="button button--secondary button--big" disabled={busy} onClick={() => setDeclining(true)}>
            {t('mobile.task.decline')}
          </button>
        </div>
      )}
      {declining && (
        <form
          className="card form"
          onSubmit={(e) => {
            e.preventDefault();
            void act(() => declineTask(client, task.id, reason), t('mobile.task.declined'));
            setDeclining(false);
          }}
        >
          <label htmlFor="decline-reason" className="field__label">
            {t('mobile.task.declineReason')}
          </label>
          <textarea id="decline-reason" rows={2} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
          <div className="mobile__actions">
            <button type="submit" className="button button--primary button--big" disabled={busy}>
              {t('mobile.task.confirmDecline')}
            </button>
            <button type="button" className="button button--ghost button--big" onClick={() => setDeclining(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
      {(open || task.status === 'CHECKED_IN') && <VisitCardPanel task={task} />}
      {open && task.kind !== 'PHONE_CONTACT' && (
        <CheckInForm task={task} onCheckedIn={(checkedIn) => { onChange(checkedIn); showToast(t('mobile.checkIn.done')); }} />
      )}
      {task.status === 'CHECKED_IN' && !task.checkedOutAt && (
        <div className="card">
          <p>{t('mobile.task.checkedInAt', { time: timeFormat(i18n.language).format(new Date(task.checkedInAt ?? task.windowStart)) })}</p>
          {!reported && (
            <button type="button" className="button button--secondary button--big" disabled={busy} onClick={() => void act(() => checkOut(client, task.id), t('mobile.task.checkedOut'))}>
              {t('mobile.task.checkOut')}
            </button>
          )}
        </div>
      )}
      {reported && (task.status === 'CHECKED_IN' || (task.kind === 'PHONE_CONTACT' && open)) && (
        <VisitReportForm task={task} initial={pending?.report} violations={pending?.violations} onSubmit={sendReport} />
      )}
      {!reported && task.status === 'CHECKED_IN' && (
        <button type="button" className="button button--primary button--big" disabled={busy} onClick={() => void act(() => completeTask(client, task.id, {}), t('mobile.task.completed'))}>
          {t('mobile.task.complete')}
        </button>
      )}
      {task.status === 'COMPLETED' && <Banner kind="success">{t('mobile.task.doneThanks')}</Banner>}
      {task.status === 'CANCELLED' && <Banner kind="info">{t('mobile.task.cancelled')}</Banner>}
      {task.status === 'OPEN' && <Banner kind="info">{t('mobile.task.notYours')}</Banner>}
    </>
  );
}

/** 待发送: the report is safe on this phone; or the service refused it and the volunteer decides. */
function PendingNotice({ entry, onRetry, onEdit, onDiscard }: { entry: PendingReport; onRetry: () => void; onEdit: () => void; onDiscard: () => void }) {
  const { t, i18n } = useTranslation();
  const saved = timeFormat(i18n.language).format(new Date(entry.savedAt));
  if (entry.state === 'rejected') {
    return (
      <div className="card" data-testid="report-rejected">
        <Banner kind="error">
          <p>{t('mobile.outbox.rejected', { reason: entry.error })}</p>
          {entry.violations && entry.violations.length > 0 && (
            <ul>
              {entry.violations.map((v) => (
                <li key={v.field}>{v.message}</li>
              ))}
            </ul>
          )}
        </Banner>
        <div className="mobile__actions">
          <button type="button" className="button button--primary button--big" onClick={onEdit}>
            {t('mobile.outbox.edit')}
          </button>
          <button type="button" className="button button--ghost button--big" onClick={onDiscard}>
            {t('mobile.outbox.discard')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="card pending" data-testid="report-pending">
      <p className="pending__title">{t('mobile.outbox.pendingShort')}</p>
      <p>{t('mobile.outbox.pending', { time: saved })}</p>
      <button type="button" className="button button--primary button--big" onClick={onRetry}>
        {t('mobile.outbox.retry')}
      </button>
    </div>
  );
}
