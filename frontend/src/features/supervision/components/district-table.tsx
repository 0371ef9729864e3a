import { useTranslation } from 'react-i18next';
import type { DistrictCount } from '../types';

/** The chart's figures as a table: readable without the chart, and by screen readers. */
export function DistrictTable({ districts }: { districts: DistrictCount[] }) {
  const { t } = useTranslation();
  return (
    <table className="table" data-testid="district-table">
      <caption>{t('dashboard.tableTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dashboard.columns.district')}</th>
          <th scope="col" className="num">
            {t('dashboard.columns.families')}
          </th>
          <th scope="col" className="num">
            {t('dashboard.columns.bereaved')}
          </th>
          <th scope="col" className="num">
            {t('dashboard.columns.disabledChild')}
          </th>
        </tr>
      </thead>
      <tbody>
        {districts.map((d) => (
          <tr key={d.districtCode} data-district={d.districtCode}>
            <th scope="row">{t(`districts.${d.districtCode}`, { defaultValue: d.districtName })}</th>
            <td className="num">{d.families}</td>
            <td className="num">{d.bereaved}</td>
            <td className="num">{d.disabledChild}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
