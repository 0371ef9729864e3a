/** volunteer-service as the coordinators' screens use it. */

export const SKILLS = [
  'HOME_VISIT',
  'PHONE_CONTACT',
  'ACCOMPANY_TO_HOSPITAL',
  'ERRAND',
  'PSYCHOLOGICAL_SUPPORT',
  'EVENT_SUPPORT',
  'NURSING',
  'LEGAL',
] as const;
export type Skill = (typeof SKILLS)[number];

export const VOLUNTEER_STATUSES = ['APPLICANT', 'ACTIVE', 'SUSPENDED', 'LEFT'] as const;
export type VolunteerStatus = (typeof VOLUNTEER_STATUSES)[number];

export const TASK_KINDS = ['HOME_VISIT', 'PHONE_CONTACT', 'ACCOMPANY_TO_HOSPITAL', 'ERRAND', 'PSYCHOLOGICAL_SUPPORT', 'EVENT_SUPPORT'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

/** The columns of the board: the states in which a task still needs someone's attention. */
export const BOARD_STATUSES = ['OPEN', 'ASSIGNED', 'ACCEPTED', 'CHECKED_IN'] as const;
export type TaskStatus = (typeof BOARD_STATUSES)[number] | 'COMPLETED' | 'CANCELLED';

export const PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const VERIFICATIONS = ['CODE_OR_POSITION', 'CODE', 'POSITION'] as const;
export type Verification = (typeof VERIFICATIONS)[number];

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

export interface Volunteer {
  id: string;
  name: string;
  phoneMasked: string | null;
  districtCode: string;
  districtName: string;
  kind: 'VOLUNTEER' | 'SOCIAL_WORKER' | 'PROJECT_STAFF';
  skills: Skill[];
  qualifications: string[];
  dialects: string[];
  status: VolunteerStatus;
  registeredAt: string;
  /** The linked login account (Keycloak preferred_username); absent until one is linked. */
  username?: string | null;
  latitude?: number | null;
  longitude?: number | null;
}

export const VOLUNTEER_KINDS = ['VOLUNTEER', 'SOCIAL_WORKER', 'PROJECT_STAFF'] as const;
export type VolunteerKind = (typeof VOLUNTEER_KINDS)[number];

/** The statuses a member may change to, as volunteer-service's VolunteerStatus.next() allows. */
export const NEXT_STATUSES: Record<VolunteerStatus, readonly VolunteerStatus[]> = {
  APPLICANT: ['ACTIVE', 'LEFT'],
  ACTIVE: ['SUSPENDED', 'LEFT'],
  SUSPENDED: ['ACTIVE', 'LEFT'],
  LEFT: [],
};

export interface RegisterVolunteerRequest {
  name: string;
  phone: string;
  districtCode: string;
  kind: VolunteerKind;
  skills: Skill[];
  qualifications: string[];
  dialects: string[];
  username?: string;
  latitude?: number;
  longitude?: number;
}

export interface StatusChange {
  from: VolunteerStatus;
  to: VolunteerStatus;
  reason: string;
  changedBy: string;
  changedAt: string;
}

export const CALL_PURPOSES = ['WELFARE_CHECK', 'REMINDER', 'SURVEY'] as const;
export type CallPurpose = (typeof CALL_PURPOSES)[number];

export interface CreateCampaignRequest {
  name: string;
  purpose: CallPurpose;
  districtCode?: string;
  familyIds: string[];
  /** ISO-8601 duration, e.g. PT2H; absent for the service's default. */
  redeliveryDelay?: string;
  maxAttempts?: number;
}

export const FAMILY_CATEGORIES = ['BEREAVED', 'DISABLED_CHILD'] as const;
export const RISK_LEVELS = ['UNASSESSED', 'LOW', 'MEDIUM', 'HIGH'] as const;

/** A family as the campaign form picks it (a row of family-service's list or of its overdue worklist). */
export interface FamilyChoice {
  id: string;
  headName: string | null;
  districtCode: string;
  street: string;
  community: string;
  category?: (typeof FAMILY_CATEGORIES)[number];
  riskLevel: (typeof RISK_LEVELS)[number];
  memberCount?: number;
  /** ACTIVE, or a closed record (not callable); the overdue worklist holds active families only. */
  status?: string;
  overdue?: boolean;
}

export interface VolunteerSearch {
  q: string;
  districtCode: string;
  skill: Skill | '';
  status: VolunteerStatus | '';
  page: number;
  size: number;
}

export interface Task {
  id: string;
  familyId: string;
  districtCode: string;
  kind: TaskKind;
  priority: Priority;
  requiredSkills: Skill[];
  windowStart: string;
  windowEnd: string;
  status: TaskStatus;
  volunteerId: string | null;
  volunteerName: string | null;
  place: string | null;
  instructions: string | null;
  preferredDialect: string | null;
  verification: Verification;
  version: number;
}

export interface CreateTaskRequest {
  familyId: string;
  kind: TaskKind;
  requiredSkills: Skill[];
  windowStart: string;
  windowEnd: string;
  priority: Priority;
  place?: string;
  instructions?: string;
  preferredDialect?: string;
  verification: Verification;
}

/** A suggested volunteer, with the parts of the score so the coordinator sees why. */
export interface Candidate {
  rank: number;
  volunteerId: string;
  name: string;
  score: number;
  skillFit: number;
  distanceKm: number | null;
  distanceFit: number;
  availabilityFit: number;
  load: number;
  loadFit: number;
  dialectFit: number;
}

export interface Campaign {
  id: string;
  name: string;
  purpose: CallPurpose;
  districtCode: string | null;
  status: 'OPEN' | 'CLOSED';
  maxAttempts: number;
  createdAt: string;
  progress: { total: number; pending: number; claimed: number; done: number; unreached: number; needsFollowUp: number; calls: number };
  callers: { caller: string; callsToday: number; dailyTarget: number; calls: number; reached: number }[];
}

export interface Correction {
  id: string;
  volunteerId: string;
  volunteerName: string;
  taskId: string | null;
  minutes: number;
  reason: string;
  status: 'PENDING' | 'APPROVED' | 'REJECTED';
  requestedBy: string;
  requestedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionReason: string | null;
  version: number;
}
