import type { AlertView, DistrictCount, SupervisionSnapshot, TargetView } from '../types';

export const DISTRICTS = [
  ['350203', '思明区'],
  ['350205', '海沧区'],
  ['350206', '湖里区'],
  ['350211', '集美区'],
  ['350212', '同安区'],
  ['350213', '翔安区'],
] as const;

/** A district with every figure of the gateway's snapshot; `families` families, all other figures from `overrides`. */
export function district(code: string, name: string, overrides: Partial<DistrictCount> = {}): DistrictCount {
  const families = overrides.families ?? 0;
  return {
    districtCode: code,
    districtName: name,
    families,
    bereaved: families,
    disabledChild: 0,
    coverage: { liaisons: families, familyDoctor: 0, greenChannel: 0 },
    cadence: { notContacted: 0, notVisited: 0, visitsThisWeek: 0, visitsThisMonth: 0, overdueFollowUps: 0, highRiskNotVisited: 0 },
    volunteers: { active: 0, hoursThisMonth: '0.0', openTasks: 0, overdueTasks: 0, callsDone: 0, callsUnreached: 0, callsPending: 0 },
    insurance: {
      insurable: 0,
      enrolled: 0,
      claimsPendingReview: 0,
      claimsApproved: 0,
      claimsRejected: 0,
      claimsPaid: 0,
      approvedAmount: '0.00',
      paidAmount: '0.00',
      avgDecisionHours: null,
    },
    sites: { sites: 0, meetingStandard: 0, bereavedReached: 0, lecturesThisYear: 0, clinicsThisYear: 0, activitiesThisMonth: 0, attendanceThisMonth: 0 },
    ...overrides,
  };
}

export function fullSnapshot(byDistrict: DistrictCount[], programme: SupervisionSnapshot['programme'] = null): SupervisionSnapshot {
  return {
    totalFamilies: byDistrict.reduce((sum, d) => sum + d.families, 0),
    byDistrict,
    sites: [],
    programme,
    updatedAt: '2026-11-29T10:00:00+08:00',
  };
}

export function target(overrides: Partial<TargetView> = {}): TargetView {
  return {
    id: 't1',
    name: '联系人全覆盖',
    owner: '市计生协 王主任',
    indicator: 'LIAISON_COVERAGE',
    unit: '%',
    districtCode: null,
    targetValue: 100,
    baselineValue: 80,
    currentValue: 90,
    progressPercent: 50,
    status: 'ON_TRACK',
    deadline: '2026-12-31',
    createdBy: 'city',
    createdAt: '2026-06-01T08:00:00Z',
    trend: [
      { day: '2026-11-27', value: 88 },
      { day: '2026-11-28', value: 90 },
    ],
    ...overrides,
  };
}

export function alert(overrides: Partial<AlertView> = {}): AlertView {
  return {
    id: 'a1',
    kind: 'CONTACT_OVERDUE',
    severity: 'WARNING',
    districtCode: '350203',
    subjectId: 'f0000000-0000-0000-0000-000000000001',
    status: 'OPEN',
    raisedAt: '2026-11-29T01:00:00Z',
    acknowledgedBy: null,
    acknowledgedAt: null,
    resolvedBy: null,
    resolvedAt: null,
    resolution: null,
    seq: 1,
    ...overrides,
  };
}

/** The stream the test writes SSE frames into, as the gateway would. */
export function sseStream() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  const encoder = new TextEncoder();
  return {
    response: () => new Response(body, { headers: { 'Content-Type': 'text/event-stream' } }),
    send: (event: string, data: unknown, id?: number) =>
      controller.enqueue(encoder.encode(`${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)),
    end: () => controller.close(),
  };
}
