import type { ApiClient } from '@/lib/api-client';
import type { BenefitRules, Claim, ClaimHistoryEntry, ClaimStatus, ClaimSummary, Page, PaymentBatch, PaymentBatchSummary, PremiumTotals, ReviewRequest } from '../types';

/** insurance-service, behind the gateway. */
const BASE = '/api/insurance';

export function listClaims(client: ApiClient, query: { status?: ClaimStatus | ''; page: number; size: number }): Promise<Page<ClaimSummary>> {
  return client.get<Page<ClaimSummary>>(`${BASE}/claims`, query);
}

export function getClaim(client: ApiClient, id: string): Promise<Claim> {
  return client.get<Claim>(`${BASE}/claims/${id}`);
}

export function getClaimHistory(client: ApiClient, id: string): Promise<ClaimHistoryEntry[]> {
  return client.get<ClaimHistoryEntry[]>(`${BASE}/claims/${id}/history`);
}

export function reviewClaim(client: ApiClient, id: string, request: ReviewRequest): Promise<Claim> {
  return client.post<Claim>(`${BASE}/claims/${id}/reviews`, request);
}

export function getBenefitRules(client: ApiClient): Promise<BenefitRules> {
  return client.get<BenefitRules>(`${BASE}/benefit-rules`);
}

export function getPremiumTotals(client: ApiClient, year: number): Promise<PremiumTotals> {
  return client.get<PremiumTotals>(`${BASE}/premium-budgets/${year}/totals`);
}

export function setPremiumBudget(client: ApiClient, year: number, amount: string): Promise<unknown> {
  return client.put(`${BASE}/premium-budgets/${year}`, { amount });
}

export function createPaymentBatch(client: ApiClient, hospitalId: string, month: string): Promise<PaymentBatch> {
  return client.post<PaymentBatch>(`${BASE}/payment-batches`, { hospitalId, month });
}

/** Every batch, newest first (city coordinators and auditors). */
export function listPaymentBatches(client: ApiClient, query: { page: number; size: number }): Promise<Page<PaymentBatchSummary>> {
  return client.get<Page<PaymentBatchSummary>>(`${BASE}/payment-batches`, query);
}
