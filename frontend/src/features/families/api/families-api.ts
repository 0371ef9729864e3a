import type { ApiClient } from '@/lib/api-client';
import type { Area, Family, FamilySearch, FamilySummary, Page, RegisterFamilyRequest } from '../types';

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
    q: search.q?.trim(),
  });
}

export function registerFamily(client: ApiClient, request: RegisterFamilyRequest): Promise<Family> {
  return client.post<Family>(`${BASE}/families`, request);
}
