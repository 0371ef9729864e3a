import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '@/components/ui/banner';
import { Pagination } from '@/components/ui/pagination';
import { problemMessage } from '@/components/ui/problem-message';
import { useApiClient } from '@/lib/api-client';
import { useAsync } from '@/lib/use-async';
import { getOverdueFamilies } from '../api/contacts-api';
import type { OverdueFamily } from '../types';

export const PAGE_SIZE = 20;

/** 待联系家庭: the families the contact cadence says are overdue, longest without contact first. */
export function OverdueWorklist() {
  const { t } = useTranslation();
  const client = useApiClient();
  const [pageNumber, setPageNumber] = useState(0);
  const result = useAsync(() => getOverdueFamilies(client, { page: pageNumber, size: PAGE_SIZE }), [client, pageNumber]);
  const page = result.data;

  return (
    <section aria-labelledby="overdue-title">
      <div className="page-header">
        <h1 id="overdue-title">{t('overdue.title')}</h1>
      </div>
      <p className="muted">{t('overdue.intro')}</p>

      {result.error !== undefined && <Banner kind="error">{problemMessage(t, result.error)}</Banner>}

      <div className="card" aria-busy={result.loading}>
        <table className="table" data-testid="overdue-table">
          <caption className="visually-hidden">{t('overdue.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('overdue.columns.head')}</th>
              <th scope="col">{t('overdue.columns.area')}</th>
              <th scope="col">{t('overdue.columns.risk')}</th>
              <th scope="col">{t('overdue.columns.lastContact')}</th>
              <th scope="col">{t('overdue.columns.lastVisit')}</th>
              <th scope="col">{t('overdue.columns.reasons')}</th>
            </tr>
          </thead>
          <tbody>
            {page?.items.map((family) => (
              <tr key={family.familyId}>
                <th scope="row">{family.headName ?? '—'}</th>
                <td>
                  {t(`districts.${family.districtCode}`, { defaultValue: family.districtName })} · {family.street} ·{' '}
                  {family.community}
                </td>
                <td>
                  <span className={`tag tag--risk-${family.riskLevel.toLowerCase()}`}>{t(`risk.${family.riskLevel}`)}</span>
                </td>
                <td>{since(t, family.daysSinceContact)}</td>
                <td>{since(t, family.daysSinceVisit)}</td>
                <td>
                  {family.overdue.map((reason) => (
                    <span key={reason} className="tag tag--overdue">
                      {t(`overdue.reasons.${reason}`)}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {page && page.items.length === 0 && <p className="empty">{t('overdue.empty')}</p>}
        {result.loading && !page && <p className="muted">{t('common.loading')}</p>}
      </div>

      {page && <Pagination page={page.page} size={page.size} total={page.total} onPage={setPageNumber} />}
    </section>
  );
}

function since(t: (key: string, options?: Record<string, unknown>) => string, days: OverdueFamily['daysSinceContact']) {
  return days === null ? t('overdue.never') : t('overdue.daysAgo', { count: days });
}
