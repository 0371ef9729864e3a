import type { ApiClient } from '@/lib/api-client';
import type {
  Campaign,
  Candidate,
  Correction,
  CreateCampaignRequest,
  CreateTaskRequest,
  FamilyChoice,
  Page,
  RegisterVolunteerRequest,
  StatusChange,
  Task,
  TaskStatus,
  Volunteer,
  VolunteerSearch,
  VolunteerStatus,
} from '../types';

/** volunteer-service, behind the gateway. */
const BASE = '/api/volunteer';

export function searchVolunteers(client: ApiClient, search: VolunteerSearch): Promise<Page<Volunteer>> {
  return client.get<Page<Volunteer>>(`${BASE}/volunteers`, {
    q: search.q.trim(),
    districtCode: search.districtCode,
    skill: search.skill,
    status: search.status,
    page: search.page,
    size: search.size,
  });
}

export function registerVolunteer(client: ApiClient, request: RegisterVolunteerRequest): Promise<Volunteer> {
  return client.post<Volunteer>(`${BASE}/volunteers`, request);
}

export function getVolunteer(client: ApiClient, id: string): Promise<Volunteer> {
  return client.get<Volunteer>(`${BASE}/volunteers/${id}`);
}

export function getStatusHistory(client: ApiClient, id: string): Promise<StatusChange[]> {
  return client.get<StatusChange[]>(`${BASE}/volunteers/${id}/status-history`);
}

export function changeVolunteerStatus(client: ApiClient, id: string, status: VolunteerStatus, reason: string): Promise<Volunteer> {
  return client.post<Volunteer>(`${BASE}/volunteers/${id}/status`, { status, reason: reason.trim() });
}

/** Links the member to a login account, or unlinks with null. */
export function linkAccount(client: ApiClient, id: string, username: string | null): Promise<Volunteer> {
  return client.put<Volunteer>(`${BASE}/volunteers/${id}/account`, { username });
}

export function listTasks(
  client: ApiClient,
  query: { status: TaskStatus; from: string; to: string; districtCode?: string; size: number },
): Promise<Page<Task>> {
  return client.get<Page<Task>>(`${BASE}/tasks`, { ...query, page: 0 });
}

export function createTask(client: ApiClient, request: CreateTaskRequest): Promise<Task> {
  return client.post<Task>(`${BASE}/tasks`, request);
}

export function getCandidates(client: ApiClient, taskId: string): Promise<Candidate[]> {
  return client.get<Candidate[]>(`${BASE}/tasks/${taskId}/candidates`, { limit: 8 });
}

export function assignTask(client: ApiClient, task: Task, volunteerId: string): Promise<Task> {
  return client.post<Task>(`${BASE}/tasks/${task.id}/assignment`, { volunteerId, version: task.version });
}

export function cancelTask(client: ApiClient, task: Task, reason: string): Promise<Task> {
  return client.post<Task>(`${BASE}/tasks/${task.id}/cancel`, { reason, version: task.version });
}

export function listCampaigns(client: ApiClient): Promise<Campaign[]> {
  return client.get<Campaign[]>(`${BASE}/campaigns`);
}

export function createCampaign(client: ApiClient, request: CreateCampaignRequest): Promise<Campaign> {
  return client.post<Campaign>(`${BASE}/campaigns`, request);
}

export interface FamilyFilter {
  districtCode?: string;
  category?: string;
  risk?: string;
  q?: string;
}

/** family-service's family list (`GET /api/family/families`), one page, as choices for a call list. */
export async function findFamilies(client: ApiClient, filter: FamilyFilter, page: number, size: number): Promise<Page<FamilyChoice>> {
  const found = await client.get<Page<FamilyChoice>>('/api/family/families', {
    districtCode: filter.districtCode || undefined,
    category: filter.category || undefined,
    risk: filter.risk || undefined,
    q: filter.q?.trim() || undefined,
    page,
    size,
  });
  return found;
}

/** family-service's overdue-contacts worklist (`GET /api/family/contacts/overdue`), one page, as choices. */
export async function findOverdueFamilies(client: ApiClient, districtCode: string | undefined, page: number, size: number): Promise<Page<FamilyChoice>> {
  const found = await client.get<Page<Omit<FamilyChoice, 'id'> & { familyId: string }>>('/api/family/contacts/overdue', {
    districtCode: districtCode || undefined,
    page,
    size,
  });
  return { ...found, items: found.items.map(({ familyId, ...rest }) => ({ ...rest, id: familyId, overdue: true })) };
}

export function closeCampaign(client: ApiClient, id: string): Promise<Campaign> {
  return client.post<Campaign>(`${BASE}/campaigns/${id}/close`);
}

export function listCorrections(client: ApiClient, status: Correction['status']): Promise<Correction[]> {
  return client.get<Correction[]>(`${BASE}/service-hours/corrections`, { status });
}

export function decideCorrection(client: ApiClient, correction: Correction, approve: boolean, reason: string): Promise<Correction> {
  return client.post<Correction>(`${BASE}/service-hours/corrections/${correction.id}/decision`, {
    approve,
    reason: reason.trim(),
    version: correction.version,
  });
}
