import type { Decimal, DistrictCount, IndicatorKey, TrendPoint } from './types';

/**
 * The gateway's indicators (`indicators/Indicator.java`) over the districts of a snapshot, so the map and the
 * KPI cards follow every streamed snapshot without a request per district. Shares are percentages with one
 * decimal, rounded half up as the gateway rounds them; a share of nothing is `undefined` (the screen shows a dash
 * where the gateway writes 0).
 */
export interface IndicatorDefinition {
  key: IndicatorKey;
  /** A percentage (0–100) or a count. */
  share: boolean;
  /** Whether more is better (coverage) or worse (overdue items): the map's colours follow it. */
  higherIsBetter: boolean;
  value: (districts: DistrictCount[]) => number | undefined;
}

const sum = (districts: DistrictCount[], figure: (d: DistrictCount) => number | undefined) =>
  districts.reduce((total, d) => total + (figure(d) ?? 0), 0);

/** part / whole as a percentage with one decimal, half up; undefined when the whole is 0. */
export function share(part: number, whole: number): number | undefined {
  if (whole <= 0) return undefined;
  return Math.round((part * 1000) / whole) / 10;
}

const count = (key: IndicatorKey, higherIsBetter: boolean, figure: (d: DistrictCount) => number | undefined): IndicatorDefinition => ({
  key,
  share: false,
  higherIsBetter,
  value: (districts) => sum(districts, figure),
});

const ratio = (
  key: IndicatorKey,
  part: (d: DistrictCount) => number | undefined,
  whole: (d: DistrictCount) => number | undefined,
): IndicatorDefinition => ({
  key,
  share: true,
  higherIsBetter: true,
  value: (districts) => share(sum(districts, part), sum(districts, whole)),
});

/** Hours are decimal strings; their sum is rounded to one decimal so binary fractions never show. */
const hours = (d: DistrictCount) => (d.volunteers ? Number(d.volunteers.hoursThisMonth) || 0 : 0);

export const INDICATORS: readonly IndicatorDefinition[] = [
  count('FAMILIES', true, (d) => d.families),
  ratio('LIAISON_COVERAGE', (d) => d.coverage?.liaisons, (d) => d.families),
  ratio('FAMILY_DOCTOR_COVERAGE', (d) => d.coverage?.familyDoctor, (d) => d.families),
  ratio('GREEN_CHANNEL_COVERAGE', (d) => d.coverage?.greenChannel, (d) => d.families),
  ratio('CONTACTED_WITHIN_CADENCE', (d) => (d.cadence ? d.families - d.cadence.notContacted : 0), (d) => (d.cadence ? d.families : 0)),
  count('VISITS_THIS_MONTH', true, (d) => d.cadence?.visitsThisMonth),
  count('OVERDUE_FOLLOW_UPS', false, (d) => d.cadence?.overdueFollowUps),
  count('ACTIVE_VOLUNTEERS', true, (d) => d.volunteers?.active),
  {
    key: 'VOLUNTEER_HOURS_THIS_MONTH',
    share: false,
    higherIsBetter: true,
    value: (districts) => Math.round(sum(districts, hours) * 10) / 10,
  },
  count('OVERDUE_TASKS', false, (d) => d.volunteers?.overdueTasks),
  ratio('ENROLMENT_RATE', (d) => d.insurance?.enrolled, (d) => d.insurance?.insurable),
  count('CLAIMS_PENDING_REVIEW', false, (d) => d.insurance?.claimsPendingReview),
  ratio('SITE_STANDARD_COMPLIANCE', (d) => d.sites?.meetingStandard, (d) => d.sites?.sites),
  ratio('SITE_REACH', (d) => d.sites?.bereavedReached, (d) => d.bereaved),
  count('LECTURES_THIS_YEAR', true, (d) => d.sites?.lecturesThisYear),
  count('CLINICS_THIS_YEAR', true, (d) => d.sites?.clinicsThisYear),
];

export function indicator(key: IndicatorKey): IndicatorDefinition {
  return INDICATORS.find((i) => i.key === key) ?? INDICATORS[0];
}

/** The indicator in each district of the snapshot. */
export function valuesByDistrict(key: IndicatorKey, districts: DistrictCount[]): Record<string, number | undefined> {
  const definition = indicator(key);
  return Object.fromEntries(districts.map((d) => [d.districtCode, definition.value([d])]));
}

/** A decimal from the gateway (JSON number or string) as a number; undefined for anything unreadable. */
export function toNumber(value: Decimal | null | undefined): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/** An indicator's value as the screen writes it: "96.4%", "1,260.5", or a dash. */
export function formatIndicator(value: Decimal | null | undefined, isShare: boolean, language: string): string {
  const n = toNumber(value);
  if (n === undefined) return '—';
  const text = new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(n);
  return isShare ? `${text}%` : text;
}

/** Today on Xiamen's calendar (YYYY-MM-DD), the day the gateway files today's indicator values under. */
export function xiamenDay(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * The daily trend with today's point set to the live value: the gateway writes today's value hourly, the screen
 * knows it from every streamed snapshot.
 */
export function withLiveToday(trend: TrendPoint[], live: number | undefined, today: string): TrendPoint[] {
  if (live === undefined) return trend;
  const past = trend.filter((p) => p.day < today);
  return [...past, { day: today, value: live }];
}
