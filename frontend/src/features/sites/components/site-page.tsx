import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Banner } from '@/components/ui/banner';
import { problemMessage } from '@/components/ui/problem-message';
import { useApiClient } from '@/lib/api-client';
import { useAsync } from '@/lib/use-async';
import { getCompliance, getSite } from '../api/sites-api';
import { ActivityCalendar } from './activity-calendar';

/** One warm-home site: where and when it is open, how it stands against the standard, and its calendar. */
export function SitePage() {
  const { t, i18n } = useTranslation();
  const { siteId = '' } = useParams();
  const client = useApiClient();
  const site = useAsync(() => getSite(client, siteId), [client, siteId]);
  const compliance = useAsync(() => getCompliance(client, siteId), [client, siteId]);

  if (site.error !== undefined && !site.data) {
    return (
      <section>
        <Banner kind="error">{problemMessage(t, site.error)}</Banner>
        <Link to="/sites">{t('sites.back')}</Link>
      </section>
    );
  }
  if (!site.data) return <p className="muted">{t('common.loading')}</p>;
  const s = site.data;
  const c = compliance.data;
  return (
    <article aria-labelledby="site-title">
      <Link to="/sites" className="back-link">
        {t('sites.back')}
      </Link>
      <h1 id="site-title">
        {s.name}
        {s.demonstrationLevel !== 'NONE' && <span className="tag">{t(`demonstrationLevels.${s.demonstrationLevel}`)}</span>}
      </h1>
      <p className="family-page__address">
        {t(`districts.${s.districtCode}`, { defaultValue: s.districtName })} · {s.street} · {s.address} · {s.openingHours}
        {s.featuredPractice && ` · ${t('sites.practice', { practice: s.featuredPractice })}`}
      </p>
      <section className="card" aria-labelledby="standard-title">
        <h2 id="standard-title">{t('sites.standardTitle')}</h2>
        {compliance.error !== undefined && <Banner kind="error">{problemMessage(t, compliance.error)}</Banner>}
        {c && (
          <>
            <ul className="coverages">
              <li className={c.regularVolunteers >= c.minRegularVolunteers ? 'coverage coverage--ok' : 'coverage coverage--missing'}>
                {t('sites.measure.volunteers', { value: c.regularVolunteers, min: c.minRegularVolunteers })}
              </li>
              <li className={c.partnerOrganisations >= c.minPartnerOrganisations ? 'coverage coverage--ok' : 'coverage coverage--missing'}>
                {t('sites.measure.partners', { value: c.partnerOrganisations, min: c.minPartnerOrganisations })}
              </li>
              <li className={c.activities >= c.minActivitiesPerMonth ? 'coverage coverage--ok' : 'coverage coverage--missing'}>
                {t('sites.measure.activities', { value: c.activities, min: c.minActivitiesPerMonth, month: c.activitiesMonth })}
              </li>
            </ul>
            <p data-testid="site-standard">
              {c.compliant ? t('sites.meetsStandard') : t('sites.missesStandard')}
              {c.lastMetAt &&
                !c.compliant &&
                ` ${t('sites.lastMet', { date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'Asia/Shanghai' }).format(new Date(c.lastMetAt)) })}`}
            </p>
          </>
        )}
      </section>
      <ActivityCalendar siteId={s.id} />
    </article>
  );
}
