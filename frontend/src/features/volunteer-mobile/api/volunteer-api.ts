import type { ApiClient } from '@/lib/api-client';
import type { CallEntry, CallOutcome, CheckInRequest, Page, ServiceHours, SignUp, SiteActivity, Task, VisitCard, VisitReportRequest } from '../types';

/** volunteer-service and family-service, behind the gateway. */
const VOLUNTEER = '/api/volunteer';
const FAMILY = '/api/family';
const CARE_HOME = '/api/care-home';

export function listMyTasks(client: ApiClient, range: { from: string; to: string }): Promise<Page<Task>> {
  return client.get<Page<Task>>(`${VOLUNTEER}/tasks`, { from: range.from, to: range.to, page: 0, size: 50 });
}

export function getTask(client: ApiClient, id: string): Promise<Task> {
  return client.get<Task>(`${VOLUNTEER}/tasks/${id}`);
}

export function acceptTask(client: ApiClient, task: Task): Promise<Task> {
  return client.post<Task>(`${VOLUNTEER}/tasks/${task.id}/accept?version=${task.version}`);
}

export function declineTask(client: ApiClient, id: string, reason: string): Promise<Task> {
  return client.post<Task>(`${VOLUNTEER}/tasks/${id}/decline`, { reason: reason.trim() || undefined });
}

export function checkIn(client: ApiClient, id: string, request: CheckInRequest): Promise<Task> {
  return client.post<Task>(`${VOLUNTEER}/tasks/${id}/check-in`, request);
}

export function checkOut(client: ApiClient, id: string): Promise<Task> {
  return client.post<Task>(`${VOLUNTEER}/tasks/${id}/check-out`);
}

/** Completes the task; for a visit or call the body is its report. One report per task: a second answers 409. */
export function completeTask(client: ApiClient, id: string, report: VisitReportRequest): Promise<Task> {
  return client.post<Task>(`${VOLUNTEER}/tasks/${id}/completion`, report);
}

/** The report the service holds for a task (404 when none): how a resend learns the first one arrived. */
export function getVisitReport(client: ApiClient, taskId: string): Promise<{ id: string; taskId: string }> {
  return client.get(`${VOLUNTEER}/tasks/${taskId}/report`);
}

export function getVisitCard(client: ApiClient, familyId: string): Promise<VisitCard> {
  return client.get<VisitCard>(`${FAMILY}/families/${familyId}/visit-card`);
}

export function getMyHours(client: ApiClient): Promise<ServiceHours> {
  return client.get<ServiceHours>(`${VOLUNTEER}/service-hours/me`);
}

/** The caller's next call of a campaign; undefined (204) when nothing is due. */
export function nextCall(client: ApiClient, campaignId: string): Promise<CallEntry | undefined> {
  return client.post<CallEntry | undefined>(`${VOLUNTEER}/campaigns/${campaignId}/next-call`);
}

export function recordCallOutcome(
  client: ApiClient,
  campaignId: string,
  entryId: string,
  outcome: CallOutcome,
): Promise<CallEntry> {
  return client.post<CallEntry>(`${VOLUNTEER}/campaigns/${campaignId}/calls/${entryId}/outcome`, { outcome });
}

/** The warm-home sites' coming activities, all districts (sites are public places). */
export function listComingActivities(client: ApiClient, range: { from: string; to: string }): Promise<Page<SiteActivity>> {
  return client.get<Page<SiteActivity>>(`${CARE_HOME}/activities`, { ...range, page: 0, size: 50 });
}

export function listMySignUps(client: ApiClient, from: string): Promise<Page<SignUp>> {
  return client.get<Page<SignUp>>(`${CARE_HOME}/volunteer-signups`, { from, page: 0, size: 50 });
}

/** Signs the caller up to help; a second sign-up changes nothing (204). */
export function signUpToHelp(client: ApiClient, activityId: string): Promise<void> {
  return client.put(`${CARE_HOME}/activities/${activityId}/volunteers/me`, undefined);
}

export function withdrawFromActivity(client: ApiClient, activityId: string): Promise<void> {
  return client.delete(`${CARE_HOME}/activities/${activityId}/volunteers/me`);
}
