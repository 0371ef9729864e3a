import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Banner } from '@/components/ui/banner';
import { problemMessage } from '@/components/ui/problem-message';
import { useApiClient } from '@/lib/api-client';
import { useAsync } from '@/lib/use-async';
import { getDoubleHundred, listCompliance, listSites } from '../api/sites-api';
import type { Compliance } from '../types';
import { ComplianceCells } from './compliance';

/** 暖心家园: every site with its standard (volunteers, partner organisations, activities a month), and "双百" this year. */
export function SitesList({ now = () => new Date() }: { now?: () => Date }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const [year] = useState(() => Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Shanghai' }).format(now())));
  const sites = useAsync(() => listSites(client), [client]);
  const compliance = useAsync(() => listCompliance(client), [client]);
  const doubleHundred = useAsync(() => getDoubleHundred(client, year), [client, year]);
  const bySite = new Map<string, Compliance>((compliance.data ?? []).map((c) => [c.siteId, c]));
  const met = compliance.data?.filter((c) => c.compliant).length;

  return (
    <section aria-labelledby="sites-title">
      <div className="page-header">
        <h1 id="sites-title">{t('sites.title')}</h1>
        <Link to="/activities" className="button button--secondary">
          {t('sites.calendar')}
        </Link>
      </div>
      {doubleHundred.data && (
        <div className="kpis">
          <div className="card">
            <p className="kpi__label">{t('sites.compliant')}</p>
            <p className="kpi__value" data-testid="sites-compliant">
              {met ?? '—'} / {compliance.data?.length ?? '—'}
            </p>
          </div>
          <div className="card">
            <p className="kpi__label">{t('sites.lectures', { year })}</p>
            <p className="kpi__value">
              {doubleHundred.data.lectures} / {doubleHundred.data.lectureGoal}
            </p>
          </div>
          <div className="card">
            <p className="kpi__label">{t('sites.clinics', { year })}</p>
            <p className="kpi__value">
              {doubleHundred.data.clinics} / {doubleHundred.data.clinicGoal}
            </p>
          </div>
        </div>
      )}
      {[sites.error, compliance.error, doubleHundred.error]
        .filter((e) => e !== undefined)
        .slice(0, 1)
        .map((e) => (
          <Banner key="error" kind="error">
            {problemMessage(t, e)}
          </Banner>
        ))}
      <div className="card" aria-busy={sites.loading}>
        <table className="table">
          <caption className="visually-hidden">{t('sites.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('sites.columns.name')}</th>
              <th scope="col">{t('sites.columns.district')}</th>
              <th scope="col">{t('sites.columns.practice')}</th>
              <th scope="col" className="num">
                {t('sites.columns.volunteers')}
              </th>
              <th scope="col" className="num">
                {t('sites.columns.partners')}
              </th>
              <th scope="col" className="num">
                {t('sites.columns.activities')}
              </th>
              <th scope="col">{t('sites.columns.standard')}</th>
            </tr>
          </thead>
          <tbody>
            {sites.data?.items.map((site) => (
              <tr key={site.id}>
                <th scope="row">
                  <Link to={`/sites/${site.id}`}>{site.name}</Link>
                  {site.demonstrationLevel !== 'NONE' && <span className="tag">{t(`demonstrationLevels.${site.demonstrationLevel}`)}</span>}
                </th>
                <td>
                  {t(`districts.${site.districtCode}`, { defaultValue: site.districtName })} · {site.street}
                </td>
                <td>{site.featuredPractice ?? '—'}</td>
                <ComplianceCells compliance={bySite.get(site.id)} />
              </tr>
            ))}
          </tbody>
        </table>
        {sites.data && sites.data.items.length === 0 && <p className="empty">{t('sites.empty')}</p>}
        {sites.loading && !sites.data && <p className="muted">{t('common.loading')}</p>}
      </div>
    </section>
  );
}
