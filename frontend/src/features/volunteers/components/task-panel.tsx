import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Banner } from '@/components/ui/banner';
import { problemMessage } from '@/components/ui/problem-message';
import { useToast } from '@/components/ui/toast';
import { useApiClient } from '@/lib/api-client';
import { useAsync } from '@/lib/use-async';
import { assignTask, cancelTask, getCandidates } from '../api/volunteers-api';
import { xiamenTime } from '../time';
import type { Candidate, Task } from '../types';

const ASSIGNABLE = ['OPEN', 'ASSIGNED', 'ACCEPTED'];
const FITS = ['skillFit', 'distanceFit', 'availabilityFit', 'loadFit', 'dialectFit'] as const;

const percent = (value: number) => `${Math.round(value * 100)}%`;

/** One task: its details, the matching's ranked candidates with the parts of each score, assign and cancel. */
export function TaskPanel({ task, onClose, onChanged }: { task: Task; onClose: () => void; onChanged: (task: Task) => void }) {
  const { t, i18n } = useTranslation();
  const client = useApiClient();
  const { showToast } = useToast();
  const assignable = ASSIGNABLE.includes(task.status);
  const candidates = useAsync(() => (assignable ? getCandidates(client, task.id) : Promise.resolve([])), [client, task.id, assignable]);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const time = xiamenTime(i18n.language);

  const run = async (action: () => Promise<Task>, message: string) => {
    setBusy(true);
    setError(undefined);
    try {
      const changed = await action();
      showToast(message);
      onChanged(changed);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <aside className="card board__panel" aria-labelledby="panel-title">
      <div className="family-section__header">
        <h2 id="panel-title">{t(`taskKinds.${task.kind}`)}</h2>
        <button type="button" className="button button--ghost" onClick={onClose}>
          {t('tasks.panel.close')}
        </button>
      </div>
      <dl className="facts">
        <dt>{t('tasks.panel.window')}</dt>
        <dd>
          {time.format(new Date(task.windowStart))} – {time.format(new Date(task.windowEnd))}
        </dd>
        <dt>{t('tasks.panel.status')}</dt>
        <dd>{t(`taskStatus.${task.status}`)}</dd>
        <dt>{t('tasks.panel.volunteer')}</dt>
        <dd>{task.volunteerName ?? t('tasks.nobody')}</dd>
        {task.place && (
          <>
            <dt>{t('tasks.panel.place')}</dt>
            <dd>{task.place}</dd>
          </>
        )}
        {task.requiredSkills.length > 0 && (
          <>
            <dt>{t('tasks.panel.skills')}</dt>
            <dd>{task.requiredSkills.map((s) => t(`skills.${s}`)).join('、')}</dd>
          </>
        )}
        {task.preferredDialect && (
          <>
            <dt>{t('tasks.panel.dialect')}</dt>
            <dd>{task.preferredDialect}</dd>
          </>
        )}
      </dl>
      <p>
        <Link to={`/families/${task.familyId}`}>{t('tasks.panel.family')}</Link>
      </p>
      {error !== undefined && <Banner kind="error">{problemMessage(t, error)}</Banner>}

      {assignable && (
        <>
          <h3>{t('tasks.panel.candidates')}</h3>
          <p className="muted">{t('tasks.panel.candidatesHint')}</p>
          {candidates.error !== undefined && <Banner kind="error">{problemMessage(t, candidates.error)}</Banner>}
          {candidates.loading && !candidates.data && <p className="muted">{t('common.loading')}</p>}
          {candidates.data && candidates.data.length === 0 && <p className="empty">{t('tasks.panel.noCandidates')}</p>}
          {candidates.data && candidates.data.length > 0 && (
            <table className="table table--compact">
              <caption className="visually-hidden">{t('tasks.panel.candidates')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('tasks.panel.name')}</th>
                  <th scope="col" className="num">
                    {t('tasks.panel.score')}
                  </th>
                  <th scope="col">{t('tasks.panel.why')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('tasks.panel.assign')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {candidates.data.map((c) => (
                  <tr key={c.volunteerId}>
                    <th scope="row">{c.name}</th>
                    <td className="num">{percent(c.score)}</td>
                    <td>
                      <Why candidate={c} />
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button button--secondary"
                        disabled={busy || c.volunteerId === task.volunteerId}
                        aria-label={t('tasks.panel.assignTo', { name: c.name })}
                        onClick={() => void run(() => assignTask(client, task, c.volunteerId), t('tasks.panel.assigned', { name: c.name }))}
                      >
                        {t('tasks.panel.assign')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {!cancelling ? (
            <button type="button" className="button button--ghost" onClick={() => setCancelling(true)}>
              {t('tasks.panel.cancel')}
            </button>
          ) : (
            <form
              className="form"
              onSubmit={(e) => {
                e.preventDefault();
                if (reason.trim()) void run(() => cancelTask(client, task, reason.trim()), t('tasks.panel.cancelled'));
              }}
            >
              <label htmlFor="cancel-reason" className="field__label">
                {t('tasks.panel.cancelReason')}
              </label>
              <textarea id="cancel-reason" rows={2} maxLength={500} required value={reason} onChange={(e) => setReason(e.target.value)} />
              <div className="form__actions">
                <button type="submit" className="button button--primary" disabled={busy || !reason.trim()}>
                  {t('tasks.panel.confirmCancel')}
                </button>
                <button type="button" className="button button--ghost" onClick={() => setCancelling(false)}>
                  {t('common.cancel')}
                </button>
              </div>
            </form>
          )}
        </>
      )}
    </aside>
  );
}

function Why({ candidate }: { candidate: Candidate }) {
  const { t } = useTranslation();
  return (
    <ul className="fits">
      {FITS.map((fit) => (
        <li key={fit}>
          {t(`tasks.fits.${fit}`)} {percent(candidate[fit])}
          {fit === 'distanceFit' && candidate.distanceKm != null && ` (${t('tasks.fits.km', { km: candidate.distanceKm.toFixed(1) })})`}
          {fit === 'loadFit' && ` (${t('tasks.fits.load', { count: candidate.load })})`}
        </li>
      ))}
    </ul>
  );
}
