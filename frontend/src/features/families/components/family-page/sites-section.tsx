import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiClient } from '@/lib/api-client';
import { useAsync } from '@/lib/use-async';
import { getFamilySites } from '../../api/families-api';
import { dateFormat, dateTimeFormat } from '../../format';
import type { FamilyActivity, FamilySite } from '../../family-page-types';
import { Section } from './section';

/** 暖心家园: the site that serves the family and the sites it goes to, with its coming places and last visits. */
export function SitesSection({ familyId }: { familyId: string }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const sites = useAsync(() => getFamilySites(client, familyId), [client, familyId]);

  return (
    <Section
      id="family-sites"
      title={t('familyPage.sites.title')}
      state={sites}
      isEmpty={(data) => data.sites.length === 0}
      empty={t('familyPage.sites.none')}
    >
      {(data) => (
        <ul className="family-sites">
          {data.sites.map((site) => (
            <SiteItem key={site.siteId} site={site} />
          ))}
        </ul>
      )}
    </Section>
  );
}

function SiteItem({ site }: { site: FamilySite }) {
  const { t, i18n } = useTranslation();
  const standard =
    site.meetsStandard === null ? 'unmeasured' : site.meetsStandard ? 'met' : 'notMet';
  return (
    <li aria-labelledby={`family-site-${site.siteId}`}>
      <h3 id={`family-site-${site.siteId}`}>
        <Link to={`/sites/${site.siteId}`}>{site.name}</Link>
        {site.servesFamily && <span className="tag">{t('familyPage.sites.serving')}</span>}
      </h3>
      <p>
        {t(`districts.${site.districtCode}`, { defaultValue: site.districtName })} · {site.street} ·{' '}
        <span className={site.meetsStandard ? 'coverage coverage--ok' : 'coverage coverage--missing'}>
          {t(`familyPage.sites.standard.${standard}`)}
        </span>
        {site.servedSince && (
          <span className="muted">
            {' '}
            · {t('familyPage.sites.servedSince', { date: dateFormat(i18n.language).format(new Date(site.servedSince)) })}
          </span>
        )}
      </p>
      <Activities title={t('familyPage.sites.upcoming')} none={t('familyPage.sites.noUpcoming')} activities={site.upcoming} />
      <Activities title={t('familyPage.sites.lastAttended')} none={t('familyPage.sites.noAttendance')} activities={site.lastAttended} attended />
    </li>
  );
}

function Activities({ title, none, activities, attended = false }: { title: string; none: string; activities: FamilyActivity[]; attended?: boolean }) {
  const { t, i18n } = useTranslation();
  const when = dateTimeFormat(i18n.language);
  return (
    <>
      <h4>{title}</h4>
      {activities.length === 0 ? (
        <p className="muted">{none}</p>
      ) : (
        <ul aria-label={title}>
          {activities.map((activity) => (
            <li key={activity.activityId}>
              {when.format(new Date(attended && activity.attendedAt ? activity.attendedAt : activity.startsAt))} ·{' '}
              {t(`activityKinds.${activity.kind}`)} · <Link to={`/activities/${activity.activityId}`}>{activity.title}</Link>
              {' · '}
              {activity.registration === 'WAITLISTED' && activity.waitlistPosition !== null
                ? t('familyPage.sites.waitlisted', { position: activity.waitlistPosition })
                : t(`registrationStatus.${activity.registration}`)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
