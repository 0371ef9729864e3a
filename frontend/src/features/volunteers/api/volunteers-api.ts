import type { ApiClient } from '@/lib/api-client';
import type { Campaign, Candidate, Correction, CreateTaskRequest, Page, Task, TaskStatus, Volunteer, VolunteerSearch } from '../types';

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
