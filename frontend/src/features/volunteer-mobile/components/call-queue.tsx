import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Banner } from '@/components/ui/banner';
import { problemMessage } from '@/components/ui/problem-message';
import { ApiProblem, useApiClient, type ApiClient } from '@/lib/api-client';
import { useAsync } from '@/lib/use-async';
import { getVisitCard, nextCall, recordCallOutcome } from '../api/volunteer-api';
import { CALL_OUTCOMES, type CallEntry, type CallOutcome, type VisitCard } from '../types';

/** family-service opens the family's card when the claim's event reaches it, a moment after the claim. */
const CARD_TRIES = 8;
const CARD_RETRY_MS = 750;

async function cardOfTheCall(client: ApiClient, familyId: string, wait = (ms: number) => new Promise((r) => setTimeout(r, ms))): Promise<VisitCard | null> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await getVisitCard(client, familyId);
    } catch (error) {
      if (!(error instanceof ApiProblem && error.status === 404)) throw error;
      if (attempt >= CARD_TRIES) return null;
      await wait(CARD_RETRY_MS);
    }
  }
}

/** Whom to ask for and a button per phone number: tap to call. */
function CallContacts({ familyId }: { familyId: string }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const card = useAsync(() => cardOfTheCall(client, familyId), [client, familyId]);
  if (card.loading) return <p className="muted">{t('mobile.calls.fetchingPhones')}</p>;
  if (card.error !== undefined) return <Banner kind="error">{problemMessage(t, card.error)}</Banner>;
  const people = card.data?.people.filter((person) => person.phone) ?? [];
  if (!people.length) return <p className="muted">{t('mobile.calls.phoneHint')}</p>;
  return (
    <ul className="people" data-testid="call-contacts">
      {people.map((person) => (
        <li key={`${person.name}-${person.relation}`}>
          <span className="people__name">
            {person.name}（{t(`relations.${person.relation}`, { defaultValue: person.relation })}，{t('mobile.card.age', { age: person.age })}）
          </span>
          <a className="button button--primary button--big" href={`tel:${person.phone}`}>
            {t('mobile.card.call', { name: person.name })}
          </a>
        </li>
      ))}
    </ul>
  );
}

/**
 * 电话队列: one call at a time from a campaign. Tap for the next family, tap a name to call (the phone numbers come
 * from the family's card, open to the caller while the call is theirs), then one tap for what came of it — and the
 * next call is fetched at once.
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
          {entry.familyId ? <CallContacts familyId={entry.familyId} /> : <p className="muted">{t('mobile.calls.phoneHint')}</p>}
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
