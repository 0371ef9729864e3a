import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '@/components/ui/banner';
import { Pagination } from '@/components/ui/pagination';
import { problemMessage } from '@/components/ui/problem-message';
import { useApiClient } from '@/lib/api-client';
import { useAsync } from '@/lib/use-async';
import { listClaims } from '../api/insurance-api';
import { formatYuan } from '../money';
import type { ClaimStatus } from '../types';
import { ClaimReview } from './claim-review';

const PAGE_SIZE = 20;
/** The queue's tabs: what waits for a coordinator first, then everything. */
const TABS: (ClaimStatus | '')[] = ['PENDING_REVIEW', 'AWAITING_SECOND_APPROVAL', ''];

/** 理赔审核: claims the rules sent to a human, each opened with every item's rule and explanation. */
export function ClaimsQueue() {
  const { t, i18n } = useTranslation();
  const client = useApiClient();
  const [status, setStatus] = useState<ClaimStatus | ''>('PENDING_REVIEW');
  const [page, setPage] = useState(0);
  const [generation, setGeneration] = useState(0);
  const claims = useAsync(() => listClaims(client, { status, page, size: PAGE_SIZE }), [client, status, page, generation]);
  const [selected, setSelected] = useState<string>();
  // Plain ISO dates: formatted in UTC so no time zone moves them a day.
  const day = new Intl.DateTimeFormat(i18n.language, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' });
  const shortDay = new Intl.DateTimeFormat(i18n.language, { month: '2-digit', day: '2-digit', timeZone: 'UTC' });

  return (
    <section aria-labelledby="claims-title">
      <h1 id="claims-title">{t('claims.title')}</h1>
      <div className="tabs" role="group" aria-label={t('claims.filter')}>
        {TABS.map((tab) => (
          <button
            key={tab || 'all'}
            type="button"
            className="button button--secondary"
            aria-pressed={status === tab}
            onClick={() => {
              setStatus(tab);
              setPage(0);
              setSelected(undefined);
            }}
          >
            {tab ? t(`claimStatus.${tab}`) : t('claims.all')}
          </button>
        ))}
      </div>
      {claims.error !== undefined && <Banner kind="error">{problemMessage(t, claims.error)}</Banner>}
      <div className={`board${selected ? ' board--with-review' : ''}`}>
        <div className="card" aria-busy={claims.loading}>
          <table className="table">
            <caption className="visually-hidden">{t('claims.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('claims.columns.hospital')}</th>
                <th scope="col">{t('claims.columns.stay')}</th>
                <th scope="col" className="num claims__optional">
                  {t('claims.columns.claimed')}
                </th>
                <th scope="col" className="num">
                  {t('claims.columns.benefit')}
                </th>
                <th scope="col" className="claims__optional">
                  {t('claims.columns.status')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('claims.open')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {claims.data?.items.map((claim) => (
                <tr key={claim.id} aria-selected={selected === claim.id}>
                  <th scope="row">{t(`hospitals.${claim.hospitalId}`, { defaultValue: claim.hospitalId })}</th>
                  <td>
                    <span className="nowrap">{day.format(new Date(claim.admissionDate))}</span>–
                    <span className="nowrap">{shortDay.format(new Date(claim.dischargeDate))}</span>
                  </td>
                  <td className="num claims__optional">{formatYuan(i18n.language, claim.claimedAmount)}</td>
                  <td className="num">{formatYuan(i18n.language, claim.benefitAmount)}</td>
                  <td className="claims__optional">{t(`claimStatus.${claim.status}`)}</td>
                  <td>
                    <button type="button" className="button button--secondary" onClick={() => setSelected(claim.id)}>
                      {t('claims.open')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {claims.data && claims.data.items.length === 0 && <p className="empty">{t('claims.empty')}</p>}
          {claims.loading && !claims.data && <p className="muted">{t('common.loading')}</p>}
          {claims.data && (
            <Pagination page={claims.data.page} size={claims.data.size} total={claims.data.total} onPage={setPage} statusKey="claims.pageStatus" />
          )}
        </div>
        {selected && (
          <ClaimReview
            key={selected}
            claimId={selected}
            onClose={() => setSelected(undefined)}
            onDecided={() => setGeneration((g) => g + 1)}
          />
        )}
      </div>
    </section>
  );
}
