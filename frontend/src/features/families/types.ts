export const CATEGORIES = ['BEREAVED', 'DISABLED_CHILD'] as const;
export type Category = (typeof CATEGORIES)[number];

export const RELATIONS = ['MOTHER', 'FATHER', 'OTHER'] as const;
export type Relation = (typeof RELATIONS)[number];

/** A district with its streets/towns, from `GET /api/family/areas`. */
export interface Area {
  code: string;
  name: string;
  streets: string[];
}

export interface FamilySummary {
  id: string;
  category: Category;
  districtCode: string;
  districtName: string;
  street: string;
  community: string;
  status: string;
  headName: string;
  headIdNumberMasked: string;
  headPhoneMasked: string | null;
  memberCount: number;
  registeredAt: string;
}

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

export interface FamilySearch {
  q?: string;
  districtCode?: string;
  category?: Category | '';
  risk?: RiskLevel | '';
  page: number;
  size: number;
}

export interface NewMember {
  name: string;
  relation: Relation;
  idNumber: string;
  phone?: string;
  livingAlone: boolean;
}

export interface RegisterFamilyRequest {
  category: Category;
  districtCode: string;
  street: string;
  community: string;
  address: string;
  members: NewMember[];
}

export interface Member {
  id: string;
  name: string;
  relation: Relation;
  idNumberMasked: string;
  phoneMasked: string | null;
  birthDate: string;
  sex: string;
  livingAlone: boolean;
}

export interface Family {
  id: string;
  category: Category;
  districtCode: string;
  districtName: string;
  street: string;
  community: string;
  address: string;
  status: string;
  registeredAt: string;
  members: Member[];
}

export const RISK_LEVELS = ['UNASSESSED', 'LOW', 'MEDIUM', 'HIGH'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const NEED_AREAS = ['MEDICAL', 'PSYCHOLOGICAL', 'DAILY_CARE', 'FINANCIAL', 'SOCIAL', 'HOUSING', 'LEGAL'] as const;
export type NeedArea = (typeof NEED_AREAS)[number];

export const SEVERITIES = ['NONE', 'LOW', 'MEDIUM', 'HIGH'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SERVICE_STATES = ['NOT_STARTED', 'ACTIVE', 'PAUSED'] as const;
export type ServiceState = (typeof SERVICE_STATES)[number];

/** The four services (四项服务) of a support plan, in the order the association names them. */
export const SERVICES = ['emotionalComfort', 'homeVisits', 'volunteerService', 'insuranceCover'] as const;
export type Service = (typeof SERVICES)[number];

export const LIAISON_ROLES = ['COMMUNITY_WORKER', 'BRANCH_WORKER'] as const;
export type LiaisonRole = (typeof LIAISON_ROLES)[number];

export const GUARDIAN_RELATIONSHIPS = ['RELATIVE', 'NEIGHBOUR', 'ASSOCIATION_REPRESENTATIVE', 'COMMUNITY_COMMITTEE', 'OTHER'] as const;
export type GuardianRelationship = (typeof GUARDIAN_RELATIONSHIPS)[number];

/** `GET /api/family/families/{id}`: the family with members masked and its risk level. */
export interface FamilyDetail extends Family {
  riskLevel: RiskLevel;
  closedAt: string | null;
  closureReason: string | null;
}

export interface UpdateFamilyRequest {
  category: Category;
  street: string;
  community: string;
  address: string;
}

export interface Rating {
  area: NeedArea;
  severity: Severity;
}

export interface Assessment {
  id: string;
  assessedAt: string;
  assessedBy: string | null;
  riskLevel: RiskLevel;
  riskReasons: string[];
  needs: Rating[];
  notes: string | null;
}

export interface FamilyDoctor {
  doctorName: string;
  institution: string;
  signedOn: string;
  expiresOn: string;
}

export interface SupportPlan {
  familyId: string;
  emotionalComfort: ServiceState;
  homeVisits: ServiceState;
  volunteerService: ServiceState;
  insuranceCover: ServiceState;
  familyDoctor: FamilyDoctor | null;
  greenChannel: boolean;
  coverage: { liaisons: boolean; familyDoctor: boolean; greenChannel: boolean; missing: string[] };
  updatedAt: string | null;
  updatedBy: string | null;
}

export type UpdateSupportPlanRequest = Omit<SupportPlan, 'familyId' | 'coverage' | 'updatedAt' | 'updatedBy'>;

export interface Liaison {
  familyId: string;
  role: LiaisonRole;
  name: string;
  phoneMasked: string | null;
  assignedAt: string;
  assignedBy: string | null;
}

export interface Guardian {
  id: string;
  name: string;
  relationship: GuardianRelationship;
  phoneMasked: string | null;
  maySign: boolean;
  priority: number;
}

export interface AddGuardianRequest {
  name: string;
  relationship: GuardianRelationship;
  phone: string;
  maySign: boolean;
  priority: number;
}

export interface Contact {
  id: string;
  kind: 'PHONE_CALL' | 'HOME_VISIT';
  contactedAt: string;
  contactedBy: string | null;
  location: string | null;
  durationMinutes: number;
  wellbeing: number | null;
  needsObserved: NeedArea[];
  notes: string | null;
  followUp: string | null;
  followUpDue: string | null;
  followUpDoneAt: string | null;
  source: 'LIAISON' | 'VOLUNTEER';
}

/** `GET /api/family/families/{id}/full?purpose=`: everything in clear; the read is audited with its purpose. */
export interface FullRecord {
  id: string;
  members: {
    id: string;
    name: string;
    relation: Relation;
    idNumber: string;
    phone: string | null;
    birthDate: string;
    sex: string;
    livingAlone: boolean;
    healthConditions: string[];
    disabilityLevel: string | null;
  }[];
  guardians: { name: string; relationship: GuardianRelationship; phone: string | null; maySign: boolean; priority: number }[];
}

/** `POST /api/family/families/{id}/contacts`: a liaison's call or visit. */
export interface RecordContactRequest {
  kind: Contact['kind'];
  contactedAt: string;
  contactedBy: string;
  location?: string;
  durationMinutes: number;
  wellbeing?: number;
  needsObserved: NeedArea[];
  notes?: string;
  followUp?: string;
  followUpDue?: string;
}

export const CLOSURE_STATUSES = ['MOVED_AWAY', 'CLOSED', 'DECEASED_HOUSEHOLD'] as const;
export type ClosureStatus = (typeof CLOSURE_STATUSES)[number];
