import type { Page } from '@/features/families/types';

export type { Page };

export const OVERDUE_REASONS = ['NO_CONTACT', 'NO_VISIT'] as const;
export type OverdueReason = (typeof OVERDUE_REASONS)[number];

export const RISK_LEVELS = ['UNASSESSED', 'LOW', 'MEDIUM', 'HIGH'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** A row of `GET /api/family/contacts/overdue`. */
export interface OverdueFamily {
  familyId: string;
  districtCode: string;
  districtName: string;
  street: string;
  community: string;
  headName: string | null;
  riskLevel: RiskLevel;
  lastContactAt: string | null;
  lastVisitAt: string | null;
  daysSinceContact: number | null;
  daysSinceVisit: number | null;
  overdue: OverdueReason[];
}
