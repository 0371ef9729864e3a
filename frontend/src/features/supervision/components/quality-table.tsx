import { useTranslation } from 'react-i18next';
import type { DistrictCount } from '../types';

/** Share of a district's active families, as a whole percent; a dash for a district without families. */
export function percent(part: number | undefined, whole: number): string {
  if (part === undefined || whole === 0) return '—';
  return `${Math.round((part * 100) / whole)}%`;
}

/** 服务质量: the three coverages and the contact cadence per district. */
export function QualityTable({ districts }: { districts: DistrictCount[] }) {
  const { t } = useTranslation();
  const columns = [
    'liaisons',
    'familyDoctor',
    'greenChannel',
    'notContacted',
    'notVisited',
    'visitsThisMonth',
    'overdueFollowUps',
  ] as const;
  return (
    <table className="table" data-testid="quality-table">
      <caption>{t('dashboard.quality.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dashboard.columns.district')}</th>
          {columns.map((column) => (
            <th key={column} scope="col" className="num">
              {t(`dashboard.quality.${column}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {districts.map((d) => (
          <tr key={d.districtCode} data-district={d.districtCode}>
            <th scope="row">{t(`districts.${d.districtCode}`, { defaultValue: d.districtName })}</th>
            <td className="num">{percent(d.coverage?.liaisons, d.families)}</td>
            <td className="num">{percent(d.coverage?.familyDoctor, d.families)}</td>
            <td className="num">{percent(d.coverage?.greenChannel, d.families)}</td>
            <td className={`num${(d.cadence?.notContacted ?? 0) > 0 ? ' warn' : ''}`}>{d.cadence?.notContacted ?? '—'}</td>
            <td className={`num${(d.cadence?.notVisited ?? 0) > 0 ? ' warn' : ''}`}>{d.cadence?.notVisited ?? '—'}</td>
            <td className="num">{d.cadence?.visitsThisMonth ?? '—'}</td>
            <td className={`num${(d.cadence?.overdueFollowUps ?? 0) > 0 ? ' warn' : ''}`}>
              {d.cadence?.overdueFollowUps ?? '—'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
