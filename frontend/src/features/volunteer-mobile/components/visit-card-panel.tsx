import { useTranslation } from 'react-i18next';
import { Banner } from '@/components/ui/banner';
import { problemMessage } from '@/components/ui/problem-message';
import { ApiProblem, useApiClient } from '@/lib/api-client';
import { useAsync } from '@/lib/use-async';
import { getVisitCard } from '../api/volunteer-api';
import { amapMarkerUrl, amapSearchUrl, geoUri } from '../navigation';
import type { Task } from '../types';

/** 走访卡: whom to see and how to get there, readable only around the task's window (family-service decides). */
export function VisitCardPanel({ task }: { task: Task }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const card = useAsync(() => getVisitCard(client, task.familyId), [client, task.familyId]);
  const address = card.data ? `${card.data.street}${card.data.community}${card.data.address}` : task.place;
  const closed = card.error instanceof ApiProblem && card.error.status === 404;

  return (
    <section className="card" aria-labelledby="visit-card-title">
      <h2 id="visit-card-title">{t('mobile.card.title')}</h2>
      {card.loading && !card.data && <p className="muted">{t('common.loading')}</p>}
      {closed && <p className="muted">{t('mobile.card.closed')}</p>}
      {card.error !== undefined && !closed && <Banner kind="error">{problemMessage(t, card.error)}</Banner>}
      {card.data && (
        <>
          <p className="mobile__address" data-testid="visit-address">
            {card.data.districtName} {address}
          </p>
          <ul className="people">
            {card.data.people.map((person) => (
              <li key={`${person.name}-${person.relation}`}>
                <span className="people__name">
                  {person.name}（{t(`relations.${person.relation}`, { defaultValue: person.relation })}，
                  {t('mobile.card.age', { age: person.age })}
                  {person.livingAlone && `，${t('mobile.card.livingAlone')}`}）
                </span>
                {person.phone && (
                  <a className="button button--secondary button--big" href={`tel:${person.phone}`}>
                    {t('mobile.card.call', { name: person.name })}
                  </a>
                )}
              </li>
            ))}
          </ul>
          {card.data.needs.length > 0 && (
            <p>
              {t('mobile.card.needs')}
              {card.data.needs.map((need) => (
                <span key={need} className="tag">
                  {t(`needs.${need}`)}
                </span>
              ))}
            </p>
          )}
        </>
      )}
      {task.instructions && (
        <p className="mobile__instructions">
          <strong>{t('mobile.task.instructions')}</strong>
          {task.instructions}
        </p>
      )}
      {task.kind !== 'PHONE_CONTACT' && (task.latitude != null || address) && (
        <div className="mobile__actions">
          <a
            className="button button--primary button--big"
            href={
              task.latitude != null && task.longitude != null
                ? amapMarkerUrl(task.latitude, task.longitude, address ?? '')
                : amapSearchUrl(address ?? '')
            }
            target="_blank"
            rel="noreferrer"
          >
            {t('mobile.task.navigate')}
          </a>
          {task.latitude != null && task.longitude != null && (
            <a className="button button--secondary button--big" href={geoUri(task.latitude, task.longitude)}>
              {t('mobile.task.otherMapApp')}
            </a>
          )}
        </div>
      )}
    </section>
  );
}
