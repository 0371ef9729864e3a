import { useTranslation } from 'react-i18next';
import { formatIndicator, indicator } from '../indicators';
import type { IndicatorKey, SupervisionSnapshot } from '../types';

/** The money of the programme is only formatted (yuan, decimal strings), never computed with. */
function yuan(amount: string | null | undefined, language: string): string | undefined {
  if (amount === null || amount === undefined) return undefined;
  const n = Number(amount);
  return Number.isFinite(n)
    ? new Intl.NumberFormat(language, { style: 'currency', currency: 'CNY', maximumFractionDigits: 0 }).format(n)
    : amount;
}

interface KpiProps {
  label: string;
  value: string;
  testId: string;
  detail?: string;
  /** A figure that should be zero and is not. */
  warn?: boolean;
}

export function Kpi({ label, value, testId, detail, warn }: KpiProps) {
  return (
    <div className={`kpi card${warn ? ' kpi--warn' : ''}`}>
      <p className="kpi__label">{label}</p>
      <p className="kpi__value" data-testid={testId}>
        {value}
      </p>
      {detail && <p className="kpi__detail">{detail}</p>}
    </div>
  );
}

/** 指标卡: the headline figures of the caller's area, from the live snapshot. */
export function KpiCards({ snapshot }: { snapshot: SupervisionSnapshot | undefined }) {
  const { t, i18n } = useTranslation();
  const districts = snapshot?.byDistrict ?? [];
  const number = (value: number | undefined) => (value === undefined ? '—' : new Intl.NumberFormat(i18n.language).format(value));
  const sum = (figure: (d: (typeof districts)[number]) => number | undefined) =>
    snapshot ? districts.reduce((total, d) => total + (figure(d) ?? 0), 0) : undefined;
  const value = (key: IndicatorKey) => {
    if (!snapshot) return '—';
    const definition = indicator(key);
    return formatIndicator(definition.value(districts), definition.share, i18n.language);
  };
  const indicatorKpi = (key: IndicatorKey, testId: string) => {
    const definition = indicator(key);
    const current = snapshot ? definition.value(districts) : undefined;
    return (
      <Kpi
        key={key}
        label={t(`indicators.names.${key}`)}
        value={value(key)}
        testId={testId}
        warn={!definition.higherIsBetter && (current ?? 0) > 0}
      />
    );
  };

  const programme = snapshot?.programme ?? undefined;
  const sites = sum((d) => d.sites?.sites);
  const meeting = sum((d) => d.sites?.meetingStandard);
  const target = programme?.doubleHundredTarget ?? 100;
  const lectures = programme?.lecturesThisYear ?? sum((d) => d.sites?.lecturesThisYear);
  const clinics = programme?.clinicsThisYear ?? sum((d) => d.sites?.clinicsThisYear);
  const towards = (done: number | undefined) => (done === undefined ? '—' : `${number(done)} / ${number(target)}`);

  return (
    <div className="kpis" data-testid="kpis">
      <Kpi label={t('dashboard.kpi.total')} value={number(snapshot?.totalFamilies)} testId="total-families" />
      <Kpi label={t('dashboard.kpi.bereaved')} value={number(sum((d) => d.bereaved))} testId="bereaved-families" />
      <Kpi label={t('dashboard.kpi.disabledChild')} value={number(sum((d) => d.disabledChild))} testId="disabled-child-families" />
      {indicatorKpi('LIAISON_COVERAGE', 'liaison-coverage')}
      {indicatorKpi('FAMILY_DOCTOR_COVERAGE', 'family-doctor-coverage')}
      {indicatorKpi('GREEN_CHANNEL_COVERAGE', 'green-channel-coverage')}
      {indicatorKpi('CONTACTED_WITHIN_CADENCE', 'contacted-within-cadence')}
      {indicatorKpi('VISITS_THIS_MONTH', 'visits-this-month')}
      {indicatorKpi('OVERDUE_FOLLOW_UPS', 'overdue-follow-ups')}
      {indicatorKpi('ACTIVE_VOLUNTEERS', 'active-volunteers')}
      {indicatorKpi('VOLUNTEER_HOURS_THIS_MONTH', 'volunteer-hours')}
      {indicatorKpi('ENROLMENT_RATE', 'enrolment-rate')}
      {indicatorKpi('CLAIMS_PENDING_REVIEW', 'claims-pending-review')}
      <Kpi
        label={t('dashboard.kpi.sitesMeetingStandard')}
        value={sites === undefined ? '—' : `${number(meeting)} / ${number(sites)}`}
        testId="sites-meeting-standard"
        warn={sites !== undefined && (meeting ?? 0) < sites}
      />
      <Kpi label={t('dashboard.kpi.lectures')} value={towards(lectures)} testId="double-hundred-lectures" />
      <Kpi label={t('dashboard.kpi.clinics')} value={towards(clinics)} testId="double-hundred-clinics" />
      {programme && (
        <Kpi
          label={t('dashboard.kpi.budgetLeft', { year: programme.year })}
          value={yuan(programme.budgetLeft, i18n.language) ?? t('dashboard.kpi.noBudget')}
          testId="budget-left"
          detail={t('dashboard.kpi.premiumsDue', { amount: yuan(programme.premiumsDue, i18n.language) })}
          warn={programme.budgetLeft !== null && Number(programme.budgetLeft) < 0}
        />
      )}
    </div>
  );
}
