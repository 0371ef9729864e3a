import { useTranslation } from 'react-i18next';
import type { Compliance } from '../types';

/** Four cells of a site's row: each measure against its minimum, then met or what is short. */
export function ComplianceCells({ compliance }: { compliance?: Compliance }) {
  const { t } = useTranslation();
  if (!compliance) {
    return (
      <>
        <td className="num">—</td>
        <td className="num">—</td>
        <td className="num">—</td>
        <td>—</td>
      </>
    );
  }
  const cell = (value: number, min: number) => (
    <td className={`num${value < min ? ' warn' : ''}`}>
      {value} / {min}
    </td>
  );
  return (
    <>
      {cell(compliance.regularVolunteers, compliance.minRegularVolunteers)}
      {cell(compliance.partnerOrganisations, compliance.minPartnerOrganisations)}
      {cell(compliance.activities, compliance.minActivitiesPerMonth)}
      <td>
        {compliance.compliant ? (
          <span className="tag tag--risk-low">{t('sites.met')}</span>
        ) : (
          compliance.shortfalls.map((s) => (
            <span key={s} className="tag tag--overdue">
              {t(`shortfalls.${s}`)}
            </span>
          ))
        )}
      </td>
    </>
  );
}
