/** Shapes of volunteer-service and family-service as the volunteer's phone uses them. */

export const TASK_KINDS = [
  'HOME_VISIT',
  'PHONE_CONTACT',
  'ACCOMPANY_TO_HOSPITAL',
  'ERRAND',
  'PSYCHOLOGICAL_SUPPORT',
  'EVENT_SUPPORT',
] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export const TASK_STATUSES = ['OPEN', 'ASSIGNED', 'ACCEPTED', 'CHECKED_IN', 'COMPLETED', 'CANCELLED'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const NEED_AREAS = ['MEDICAL', 'PSYCHOLOGICAL', 'DAILY_CARE', 'FINANCIAL', 'SOCIAL', 'HOUSING', 'LEGAL'] as const;
export type NeedArea = (typeof NEED_AREAS)[number];

export const CALL_OUTCOMES = ['REACHED', 'NO_ANSWER', 'NEEDS_FOLLOW_UP', 'REFUSED', 'WRONG_NUMBER'] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

/** `GET /api/volunteer/tasks/{id}`; place, instructions and coordinates are null outside the task window. */
export interface Task {
  id: string;
  familyId: string;
  districtCode: string;
  kind: TaskKind;
  priority: string;
  windowStart: string;
  windowEnd: string;
  status: TaskStatus;
  volunteerId: string | null;
  volunteerName: string | null;
  place: string | null;
  instructions: string | null;
  latitude: number | null;
  longitude: number | null;
  preferredDialect: string | null;
  verification: 'CODE' | 'POSITION' | 'CODE_OR_POSITION';
  checkedInAt: string | null;
  checkInMethod: 'CODE' | 'POSITION' | null;
  checkedOutAt: string | null;
  completedAt: string | null;
  version: number;
}

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

/** `GET /api/family/families/{id}/visit-card`: only for the volunteer holding a task, around its window. */
export interface VisitCard {
  familyId: string;
  taskId: string;
  taskKind: string;
  windowStart: string;
  windowEnd: string;
  districtName: string;
  street: string;
  community: string;
  address: string;
  people: { name: string; relation: string; age: number; livingAlone: boolean; phone: string | null }[];
  needs: NeedArea[];
}

export interface Position {
  latitude: number;
  longitude: number;
}

export interface CheckInRequest {
  code?: string;
  position?: Position;
}

/** The body of `POST /api/volunteer/tasks/{id}/completion`: the visit report of a visit or call. */
export interface VisitReportRequest {
  wellbeing?: number;
  needsObserved?: NeedArea[];
  notes?: string;
  followUp?: string;
  followUpDue?: string;
  location?: string;
  durationMinutes?: number;
  /** When the volunteer finished, as the phone saw it (set by the report outbox). */
  checkedOutAt?: string;
}

export interface ServiceHours {
  volunteerId: string;
  name: string;
  totalMinutes: number;
  totalHours: string;
  starLevel: number;
  starName: string;
  nextStarAtHours: number | null;
  services: number;
  entries: {
    id: string;
    source: 'CHECK_IN' | 'CORRECTION';
    taskId: string | null;
    taskKind: TaskKind | null;
    startedAt: string | null;
    endedAt: string | null;
    minutes: number;
    creditedAt: string;
  }[];
}

export interface CallEntry {
  id: string;
  campaignId: string;
  familyId: string | null;
  volunteerId: string | null;
  districtCode: string;
  status: string;
  attempts: number;
  lastOutcome: CallOutcome | null;
  nextAttemptAt: string | null;
  needsFollowUp: boolean;
}

/** Tasks a report goes with: the contact kinds family-service records. */
export const REPORTED_KINDS: readonly TaskKind[] = ['HOME_VISIT', 'PHONE_CONTACT'];

export const ACTIVITY_KINDS = ['LECTURE', 'FREE_CLINIC', 'OUTING', 'FESTIVAL', 'CANTEEN_MEAL'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** An activity of a warm-home site (care-home-service), as a volunteer may help at it. */
export interface SiteActivity {
  id: string;
  siteId: string;
  districtCode: string;
  kind: ActivityKind;
  title: string;
  startsAt: string;
  endsAt: string;
  status: 'SCHEDULED' | 'HELD' | 'CANCELLED';
  volunteers?: number;
}

/** `GET /api/care-home/volunteer-signups`: the caller's own sign-ups. */
export interface SignUp {
  activityId: string;
  siteId: string;
  districtCode: string;
  kind: ActivityKind;
  title: string;
  startsAt: string;
  endsAt: string;
  status: SiteActivity['status'];
  signedUpAt: string;
}
