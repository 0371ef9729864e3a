import type { ApiClient } from '@/lib/api-client';
import type { OverdueFamily, Page } from '../types';

/** family-service, behind the gateway. */
const BASE = '/api/family';

export function getOverdueFamilies(
  client: ApiClient,
  search: { page: number; size: number; districtCode?: string },
): Promise<Page<OverdueFamily>> {
  return client.get<Page<OverdueFamily>>(`${BASE}/contacts/overdue`, {
    page: search.page,
    size: search.size,
    districtCode: search.districtCode,
  });
}
