/** Active families holding each of the three coverages every family must have. */
export interface Coverage {
  liaisons: number;
  familyDoctor: number;
  greenChannel: number;
}

/** The contact cadence: who is overdue, how many visits were made, which follow-ups are late. */
export interface Cadence {
  notContacted: number;
  notVisited: number;
  visitsThisWeek: number;
  visitsThisMonth: number;
  overdueFollowUps: number;
  highRiskNotVisited?: number;
}

/** The district's volunteers; hours are a decimal string. */
export interface VolunteerFigures {
  active: number;
  hoursThisMonth: string;
  openTasks: number;
  overdueTasks: number;
  callsDone: number;
  callsUnreached: number;
  callsPending: number;
}

/** Insurance of the district's families; amounts are yuan as decimal strings. */
export interface InsuranceFigures {
  insurable: number;
  enrolled: number;
  claimsPendingReview: number;
  claimsApproved: number;
  claimsRejected: number;
  claimsPaid: number;
  approvedAmount: string;
  paidAmount: string;
  avgDecisionHours: number | null;
}

/** The district's warm-home sites, "双百" counts this year, activities this month. */
export interface SiteFigures {
  sites: number;
  meetingStandard: number;
  bereavedReached: number;
  lecturesThisYear: number;
  clinicsThisYear: number;
  activitiesThisMonth: number;
  attendanceThisMonth: number;
}

export interface DistrictCount {
  districtCode: string;
  districtName: string;
  families: number;
  bereaved: number;
  disabledChild: number;
  coverage?: Coverage;
  cadence?: Cadence;
  volunteers?: VolunteerFigures;
  insurance?: InsuranceFigures;
  sites?: SiteFigures;
}

/** A warm-home site and its standard; `meetsStandard` is null until the site has been measured. */
export interface SiteStatus {
  siteId: string;
  name: string;
  districtCode: string;
  meetsStandard: boolean | null;
  shortfalls: string[];
}

/** The city's programme figures of the policy year (city-wide callers only). */
export interface Programme {
  year: number;
  premiumBudget: string | null;
  premiumsDue: string;
  budgetLeft: string | null;
  lecturesThisYear: number;
  clinicsThisYear: number;
  doubleHundredTarget: number;
}

/** The gateway's supervision figures; a district coordinator's snapshot holds their district only. */
export interface SupervisionSnapshot {
  totalFamilies: number;
  byDistrict: DistrictCount[];
  sites?: SiteStatus[];
  /** Null (or absent) for district-level callers. */
  programme?: Programme | null;
  updatedAt: string;
}

/** `GET /api/supervision/districts/{code}/streets`: one street's (街道) families, coverage and cadence. */
export interface StreetCount {
  street: string;
  families: number;
  bereaved: number;
  disabledChild: number;
  coverage: Coverage;
  notContacted: number;
  notVisited: number;
  highRiskNotVisited: number;
  overdueFollowUps: number;
}

export const INDICATOR_KEYS = [
  'FAMILIES',
  'LIAISON_COVERAGE',
  'FAMILY_DOCTOR_COVERAGE',
  'GREEN_CHANNEL_COVERAGE',
  'CONTACTED_WITHIN_CADENCE',
  'VISITS_THIS_MONTH',
  'OVERDUE_FOLLOW_UPS',
  'ACTIVE_VOLUNTEERS',
  'VOLUNTEER_HOURS_THIS_MONTH',
  'OVERDUE_TASKS',
  'ENROLMENT_RATE',
  'CLAIMS_PENDING_REVIEW',
  'SITE_STANDARD_COMPLIANCE',
  'SITE_REACH',
  'LECTURES_THIS_YEAR',
  'CLINICS_THIS_YEAR',
] as const;
export type IndicatorKey = (typeof INDICATOR_KEYS)[number];

/** Decimal values (BigDecimal on the gateway) arrive as JSON numbers; a string is accepted too. */
export type Decimal = number | string;

export interface TrendPoint {
  /** A day on Xiamen's calendar, YYYY-MM-DD. */
  day: string;
  value: Decimal;
}

/** `GET /api/supervision/indicators[/{key}]`: one indicator in one scope ("city" or a district code). */
export interface IndicatorView {
  indicator: IndicatorKey;
  unit: string;
  higherIsBetter: boolean;
  scope: string;
  value: Decimal;
  trend: TrendPoint[];
}

export const TARGET_STATUSES = ['ACHIEVED', 'ON_TRACK', 'AT_RISK', 'MISSED'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

/** A responsibility target (责任目标) with its live progress; the stream's copies come without a trend. */
export interface TargetView {
  id: string;
  name: string;
  owner: string;
  indicator: IndicatorKey;
  unit: string;
  districtCode: string | null;
  targetValue: Decimal;
  baselineValue: Decimal;
  currentValue: Decimal;
  progressPercent: Decimal;
  status: TargetStatus;
  deadline: string;
  createdBy: string;
  createdAt: string;
  trend: TrendPoint[];
}

/** What a city coordinator sends to set or change a target. */
export interface TargetRequest {
  name: string;
  owner: string;
  indicator: IndicatorKey;
  districtCode?: string;
  targetValue: number;
  deadline: string;
}

export const ALERT_KINDS = ['CONTACT_OVERDUE', 'HIGH_RISK_NOT_VISITED', 'SITE_BELOW_STANDARD', 'CLAIM_REVIEW_OVERDUE'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];
export const ALERT_SEVERITIES = ['WARNING', 'HIGH', 'CRITICAL'] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];
export const ALERT_STATUSES = ['OPEN', 'ACKNOWLEDGED', 'RESOLVED'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

/** An alert (预警); `subjectId` is the family, site or claim it is about. */
export interface AlertView {
  id: string;
  kind: AlertKind;
  severity: AlertSeverity;
  districtCode: string;
  subjectId: string;
  status: AlertStatus;
  raisedAt: string;
  acknowledgedBy: string | null;
  acknowledgedAt: string | null;
  resolvedBy: string | null;
  resolvedAt: string | null;
  resolution: string | null;
  /** The number of the alert's latest change in the live stream. */
  seq: number;
}

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}
