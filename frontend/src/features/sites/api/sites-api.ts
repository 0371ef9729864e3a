import type { ApiClient } from '@/lib/api-client';
import type { Activity, Compliance, DoubleHundred, Page, Registration, ScheduleActivityRequest, Site } from '../types';

/** care-home-service, behind the gateway. */
const BASE = '/api/care-home';

/** Ten sites today; a page of 100 holds every one a coordinator may see. */
export function listSites(client: ApiClient): Promise<Page<Site>> {
  return client.get<Page<Site>>(`${BASE}/sites`, { page: 0, size: 100 });
}

export function getSite(client: ApiClient, id: string): Promise<Site> {
  return client.get<Site>(`${BASE}/sites/${id}`);
}

export function listCompliance(client: ApiClient): Promise<Compliance[]> {
  return client.get<Compliance[]>(`${BASE}/site-compliance`);
}

export function getCompliance(client: ApiClient, siteId: string): Promise<Compliance> {
  return client.get<Compliance>(`${BASE}/site-compliance/${siteId}`);
}

export function getDoubleHundred(client: ApiClient, year: number): Promise<DoubleHundred> {
  return client.get<DoubleHundred>(`${BASE}/double-hundred`, { year });
}

export function listActivities(client: ApiClient, query: { siteId?: string; from: string; to: string }): Promise<Page<Activity>> {
  return client.get<Page<Activity>>(`${BASE}/activities`, { ...query, page: 0, size: 100 });
}

export function scheduleActivity(client: ApiClient, request: ScheduleActivityRequest): Promise<Activity> {
  return client.post<Activity>(`${BASE}/activities`, request);
}

export function getActivity(client: ApiClient, id: string): Promise<Activity> {
  return client.get<Activity>(`${BASE}/activities/${id}`);
}

export function listRegistrations(client: ApiClient, activityId: string): Promise<Registration[]> {
  return client.get<Registration[]>(`${BASE}/activities/${activityId}/registrations`);
}

export function register(client: ApiClient, activityId: string, familyId: string): Promise<Registration> {
  return client.put<Registration>(`${BASE}/activities/${activityId}/registrations/${familyId}`, undefined);
}

export function cancelRegistration(client: ApiClient, activityId: string, familyId: string): Promise<void> {
  return client.delete(`${BASE}/activities/${activityId}/registrations/${familyId}`);
}

export function recordAttendance(client: ApiClient, activityId: string, familyId: string, walkIn: boolean): Promise<Registration> {
  return client.post<Registration>(`${BASE}/activities/${activityId}/attendance`, { familyId, walkIn });
}

export function markHeld(client: ApiClient, activityId: string, mealsServed?: number): Promise<Activity> {
  return client.post<Activity>(`${BASE}/activities/${activityId}/held`, mealsServed === undefined ? {} : { mealsServed });
}
