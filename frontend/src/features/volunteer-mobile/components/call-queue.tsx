import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Banner } from '@/components/ui/banner';
import { problemMessage } from '@/components/ui/problem-message';
import { useApiClient } from '@/lib/api-client';
import { nextCall, recordCallOutcome } from '../api/volunteer-api';
import { CALL_OUTCOMES, type CallEntry, type CallOutcome } from '../types';

/**
 * 电话队列: one call at a time from a campaign. Tap for the next family, call, then one tap for what came of it —
 * and the next call is fetched at once.
 */
export function CallQueue() {
  const { t } = useTranslation();
  const { campaignId = '' } = useParams();
  const client = useApiClient();
  const [entry, setEntry] = useState<CallEntry | null>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState(0);

  const fetchNext = async () => {
    setBusy(true);
    setError(undefined);
    try {
      setEntry((await nextCall(client, campaignId)) ?? null);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const record = async (outcome: CallOutcome) => {
    if (!entry) return;
    setBusy(true);
    setError(undefined);
    try {
      await recordCallOutcome(client, campaignId, entry.id, outcome);
      setDone((n) => n + 1);
      setEntry(undefined);
      setBusy(false);
      await fetchNext();
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="calls-title">
      <h1 id="calls-title">{t('mobile.calls.title')}</h1>
      <p className="muted" role="status">
        {t('mobile.calls.doneCount', { count: done })}
      </p>
      {error !== undefined && <Banner kind="error">{problemMessage(t, error)}</Banner>}
      {entry === null && <p className="empty">{t('mobile.calls.nothingDue')}</p>}
      {entry ? (
        <div className="card" data-testid="call-entry">
          <p>{t('mobile.calls.attempt', { number: entry.attempts + 1 })}</p>
          {entry.lastOutcome && <p className="muted">{t('mobile.calls.last', { outcome: t(`callOutcomes.${entry.lastOutcome}`) })}</p>}
          <p className="muted">{t('mobile.calls.phoneHint')}</p>
          <fieldset className="choice">
            <legend>{t('mobile.calls.outcome')}</legend>
            <div className="outcomes">
              {CALL_OUTCOMES.map((outcome) => (
                <button key={outcome} type="button" className="button button--secondary button--big" disabled={busy} onClick={() => void record(outcome)}>
                  {t(`callOutcomes.${outcome}`)}
                </button>
              ))}
            </div>
          </fieldset>
        </div>
      ) : (
        <button type="button" className="button button--primary button--big" disabled={busy} onClick={() => void fetchNext()}>
          {t('mobile.calls.next')}
        </button>
      )}
    </section>
  );
}
