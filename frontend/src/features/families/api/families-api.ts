import type { ApiClient } from '@/lib/api-client';
import type {
  AddGuardianRequest,
  ClosureStatus,
  Area,
  Assessment,
  Contact,
  Family,
  FamilyDetail,
  FamilySearch,
  FamilySummary,
  FullRecord,
  Guardian,
  Liaison,
  LiaisonRole,
  Page,
  Rating,
  RecordContactRequest,
  RegisterFamilyRequest,
  SupportPlan,
  UpdateFamilyRequest,
  UpdateSupportPlanRequest,
} from '../types';
import type { FamilyInsurance, FamilySites } from '../family-page-types';

/** family-service, behind the gateway. */
const BASE = '/api/family';

export function getAreas(client: ApiClient): Promise<Area[]> {
  return client.get<Area[]>(`${BASE}/areas`);
}

export function searchFamilies(client: ApiClient, search: FamilySearch): Promise<Page<FamilySummary>> {
  return client.get<Page<FamilySummary>>(`${BASE}/families`, {
    page: search.page,
    size: search.size,
    districtCode: search.districtCode,
    category: search.category,
    risk: search.risk,
    q: search.q?.trim(),
  });
}

export function registerFamily(client: ApiClient, request: RegisterFamilyRequest): Promise<Family> {
  return client.post<Family>(`${BASE}/families`, request);
}

export function getFamily(client: ApiClient, id: string): Promise<FamilyDetail> {
  return client.get<FamilyDetail>(`${BASE}/families/${id}`);
}

export function updateFamily(client: ApiClient, id: string, request: UpdateFamilyRequest): Promise<FamilyDetail> {
  return client.put<FamilyDetail>(`${BASE}/families/${id}`, request);
}

/** The full record in clear; family-service writes the read and its purpose to the access audit. */
export function getFullRecord(client: ApiClient, id: string, purpose: string): Promise<FullRecord> {
  return client.get<FullRecord>(`${BASE}/families/${id}/full`, { purpose: purpose.trim() });
}

export function getAssessments(client: ApiClient, id: string): Promise<Assessment[]> {
  return client.get<Assessment[]>(`${BASE}/families/${id}/assessments`);
}

export function assessNeeds(client: ApiClient, id: string, request: { needs: Rating[]; notes?: string }): Promise<Assessment> {
  return client.post<Assessment>(`${BASE}/families/${id}/assessments`, request);
}

export function getSupportPlan(client: ApiClient, id: string): Promise<SupportPlan> {
  return client.get<SupportPlan>(`${BASE}/families/${id}/support-plan`);
}

export function updateSupportPlan(client: ApiClient, id: string, request: UpdateSupportPlanRequest): Promise<SupportPlan> {
  return client.put<SupportPlan>(`${BASE}/families/${id}/support-plan`, request);
}

export function getLiaisons(client: ApiClient, id: string): Promise<Liaison[]> {
  return client.get<Liaison[]>(`${BASE}/families/${id}/liaisons`);
}

export function assignLiaison(client: ApiClient, id: string, role: LiaisonRole, request: { name: string; phone: string }): Promise<Liaison> {
  return client.put<Liaison>(`${BASE}/families/${id}/liaisons/${role}`, request);
}

export function getGuardians(client: ApiClient, id: string): Promise<Guardian[]> {
  return client.get<Guardian[]>(`${BASE}/families/${id}/guardians`);
}

export function addGuardian(client: ApiClient, id: string, request: AddGuardianRequest): Promise<Guardian> {
  return client.post<Guardian>(`${BASE}/families/${id}/guardians`, request);
}

export function removeGuardian(client: ApiClient, id: string, guardianId: string): Promise<void> {
  return client.delete(`${BASE}/families/${id}/guardians/${guardianId}`);
}

export function getContacts(client: ApiClient, id: string): Promise<Contact[]> {
  return client.get<Contact[]>(`${BASE}/families/${id}/contacts`);
}

export function completeFollowUp(client: ApiClient, id: string, contactId: string): Promise<Contact> {
  return client.post<Contact>(`${BASE}/families/${id}/contacts/${contactId}/follow-up-completion`);
}

export function recordContact(client: ApiClient, id: string, request: RecordContactRequest): Promise<Contact> {
  return client.post<Contact>(`${BASE}/families/${id}/contacts`, request);
}

/** Ends the family's active record (moved away, closed, household deceased), with a reason. */
export function closeFamily(client: ApiClient, id: string, request: { status: ClosureStatus; reason: string }): Promise<FamilyDetail> {
  return client.post<FamilyDetail>(`${BASE}/families/${id}/closure`, request);
}

/** insurance-service's summary of the family: who is insured, the year's caps and use, the year's claims. */
export function getFamilyInsurance(client: ApiClient, id: string): Promise<FamilyInsurance> {
  return client.get<FamilyInsurance>(`/api/insurance/families/${id}/insurance`);
}

/** care-home-service's sites of the family: the serving site, coming registrations, last attendances. */
export function getFamilySites(client: ApiClient, id: string): Promise<FamilySites> {
  return client.get<FamilySites>(`/api/care-home/families/${id}/sites`);
}
