import { useTranslation } from 'react-i18next';
import { Banner } from '@/components/ui/banner';
import { problemMessage } from '@/components/ui/problem-message';
import { useApiClient } from '@/lib/api-client';
import { useAsync } from '@/lib/use-async';
import { getStreets } from '../api/supervision-api';
import { percent } from './quality-table';

/**
 * 街道明细: one district's coverage and cadence street by street. Read again whenever the live figures change
 * (`version`), so it keeps up with the stream like the rest of the screen.
 */
export function StreetsTable({ districtCode, version }: { districtCode: string; version: string }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const streets = useAsync(() => getStreets(client, districtCode), [client, districtCode, version]);
  const district = t(`districts.${districtCode}`, { defaultValue: districtCode });
  const warn = (n: number) => `num${n > 0 ? ' warn' : ''}`;
  return (
    <section className="card dashboard__wide dashboard__streets" aria-labelledby="streets-title">
      <h2 id="streets-title">{t('dashboard.streets.title', { district })}</h2>
      {streets.error !== undefined && <Banner kind="error">{problemMessage(t, streets.error)}</Banner>}
      {streets.loading && !streets.data && <p className="muted">{t('common.loading')}</p>}
      {streets.data?.length === 0 && <p className="empty">{t('dashboard.streets.empty')}</p>}
      {streets.data && streets.data.length > 0 && (
        <table className="table" data-testid="streets-table">
          <caption className="visually-hidden">{t('dashboard.streets.title', { district })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.streets.street')}</th>
              <th scope="col" className="num">{t('dashboard.columns.families')}</th>
              <th scope="col" className="num">{t('dashboard.quality.liaisons')}</th>
              <th scope="col" className="num">{t('dashboard.quality.familyDoctor')}</th>
              <th scope="col" className="num">{t('dashboard.quality.greenChannel')}</th>
              <th scope="col" className="num">{t('dashboard.quality.notContacted')}</th>
              <th scope="col" className="num">{t('dashboard.quality.notVisited')}</th>
              <th scope="col" className="num">{t('dashboard.streets.highRiskNotVisited')}</th>
              <th scope="col" className="num">{t('dashboard.quality.overdueFollowUps')}</th>
            </tr>
          </thead>
          <tbody>
            {streets.data.map((s) => (
              <tr key={s.street}>
                <th scope="row">{s.street}</th>
                <td className="num">{s.families}</td>
                <td className="num">{percent(s.coverage.liaisons, s.families)}</td>
                <td className="num">{percent(s.coverage.familyDoctor, s.families)}</td>
                <td className="num">{percent(s.coverage.greenChannel, s.families)}</td>
                <td className={warn(s.notContacted)}>{s.notContacted}</td>
                <td className={warn(s.notVisited)}>{s.notVisited}</td>
                <td className={warn(s.highRiskNotVisited)}>{s.highRiskNotVisited}</td>
                <td className={warn(s.overdueFollowUps)}>{s.overdueFollowUps}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
