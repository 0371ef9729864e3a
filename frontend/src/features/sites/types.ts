/** care-home-service as the coordinators' screens use it. */

export const ACTIVITY_KINDS = ['LECTURE', 'FREE_CLINIC', 'OUTING', 'FESTIVAL', 'CANTEEN_MEAL'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

export interface Site {
  id: string;
  name: string;
  districtCode: string;
  districtName: string;
  street: string;
  address: string;
  openingHours: string;
  featuredPractice: string | null;
  demonstrationLevel: 'NONE' | 'STREET' | 'DISTRICT';
  latitude: number | null;
  longitude: number | null;
  openedAt: string;
}

export type Shortfall = 'REGULAR_VOLUNTEERS' | 'PARTNER_ORGANISATIONS' | 'ACTIVITIES';

export interface Compliance {
  siteId: string;
  siteName: string;
  districtCode: string;
  districtName: string;
  regularVolunteers: number;
  minRegularVolunteers: number;
  partnerOrganisations: number;
  minPartnerOrganisations: number;
  activities: number;
  minActivitiesPerMonth: number;
  activitiesMonth: string;
  compliant: boolean;
  shortfalls: Shortfall[];
  lastMetAt: string | null;
}

export interface DoubleHundred {
  year: number;
  lectureGoal: number;
  clinicGoal: number;
  lectures: number;
  clinics: number;
  districts: { districtCode: string; districtName: string; lectures: number; clinics: number }[];
}

export interface Activity {
  id: string;
  siteId: string;
  districtCode: string;
  kind: ActivityKind;
  title: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  status: 'SCHEDULED' | 'HELD' | 'CANCELLED';
  registered: number;
  waitlisted: number;
  attended: number;
  walkIns: number;
  volunteers: number;
  mealsServed: number | null;
  satisfaction: number | null;
  heldAt: string | null;
}

export interface Registration {
  familyId: string;
  status: 'REGISTERED' | 'WAITLISTED' | 'WALK_IN' | 'CANCELLED';
  waitlistPosition: number | null;
  registeredAt: string;
  attendedAt: string | null;
  satisfaction: number | null;
  feedback: string | null;
}

export interface ScheduleActivityRequest {
  siteId: string;
  kind: ActivityKind;
  title: string;
  /** ISO-8601 with Xiamen's offset, e.g. 2026-12-05T09:30:00+08:00. */
  startsAt: string;
  endsAt: string;
  capacity: number;
  /** Free clinics only: experts from volunteer-service's health expert pool. */
  expertIds?: string[];
}
