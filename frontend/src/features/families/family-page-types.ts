/** What the family page reads from insurance-service and care-home-service about one family. */

export type ClaimStatus = 'PENDING_REVIEW' | 'AWAITING_SECOND_APPROVAL' | 'APPROVED' | 'PARTIALLY_APPROVED' | 'REJECTED' | 'PAID';

export type FamilyInsuranceReason = 'FAMILY_NOT_KNOWN' | 'NOT_BEREAVED' | 'FAMILY_CLOSED' | 'NO_INSURED_MEMBER' | 'COVER_ENDED';

/** Amounts are yuan as decimal strings ("4680.50"): shown, never summed here. */
export interface InsuredMember {
  personId: string;
  memberId: string | null;
  relation: 'MOTHER' | 'FATHER' | 'OTHER' | null;
  /** Masked (王**); null for a parent enrolled from family-service's member list. */
  name: string | null;
  source: 'COORDINATOR' | 'FAMILY_EVENT';
  coveredFrom: string;
  coveredUntil: string | null;
  insuredThisYear: boolean;
  subsidyCap: string;
  subsidyUsed: string;
  subsidyLeft: string;
  nursingDaysMax: number;
  nursingDaysUsed: number;
  nursingDaysLeft: number;
  claims: { count: number; byStatus: Partial<Record<ClaimStatus, number>>; approved: string; paid: string };
}

export interface FamilyInsurance {
  familyId: string;
  policyYear: number;
  enrolled: boolean;
  reason: FamilyInsuranceReason | null;
  category: string | null;
  greenChannel: boolean;
  approvedTotal: string;
  paidTotal: string;
  members: InsuredMember[];
}

export type ActivityKind = 'LECTURE' | 'FREE_CLINIC' | 'OUTING' | 'FESTIVAL' | 'CANTEEN_MEAL';

export interface FamilyActivity {
  activityId: string;
  kind: ActivityKind;
  title: string;
  startsAt: string;
  endsAt: string;
  registration: 'REGISTERED' | 'WAITLISTED' | 'WALK_IN';
  waitlistPosition: number | null;
  attendedAt: string | null;
}

export interface FamilySite {
  siteId: string;
  name: string;
  districtCode: string;
  districtName: string;
  street: string;
  servesFamily: boolean;
  servedSince: string | null;
  /** null: never measured against the standard. */
  meetsStandard: boolean | null;
  lastMetAt: string | null;
  upcoming: FamilyActivity[];
  lastAttended: FamilyActivity[];
}

export interface FamilySites {
  familyId: string;
  districtCode: string | null;
  sites: FamilySite[];
}
