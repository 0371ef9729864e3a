import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch, problem, renderRoutes, renderWithProviders } from '@/testing/test-utils';
import type { Activity, Compliance, Site } from '../types';
import { ActivityCalendar } from './activity-calendar';
import { ActivityPage } from './activity-page';
import { SitePage } from './site-page';
import { SitesList } from './sites-list';

const SITE: Site = {
  id: 's1', name: '鼓浪屿暖心家园', districtCode: '350203', districtName: '思明区', street: '鼓浪屿街道', address: '龙头路 28 号',
  openingHours: '周一至周五 8:30-17:30', featuredPractice: '三三制', demonstrationLevel: 'STREET', latitude: null, longitude: null, openedAt: '2021-06-01T00:00:00+08:00',
};
const SHORT: Compliance = {
  siteId: 's1', siteName: SITE.name, districtCode: '350203', districtName: '思明区', regularVolunteers: 8, minRegularVolunteers: 10,
  partnerOrganisations: 5, minPartnerOrganisations: 5, activities: 3, minActivitiesPerMonth: 2, activitiesMonth: '2026-10', compliant: false,
  shortfalls: ['REGULAR_VOLUNTEERS'], lastMetAt: '2026-09-30T08:00:00+08:00',
};
const LECTURE: Activity = {
  id: 'a1', siteId: 's1', districtCode: '350203', kind: 'LECTURE', title: '冬季养生讲座', startsAt: '2026-11-30T09:30:00+08:00', endsAt: '2026-11-30T11:00:00+08:00',
  capacity: 2, status: 'SCHEDULED', registered: 2, waitlisted: 1, attended: 0, walkIns: 0, volunteers: 3, mealsServed: null, satisfaction: null, heldAt: null,
};
const NOW = new Date('2026-11-29T01:00:00Z');

describe('SitesList', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shouldShowEachSiteAgainstTheStandardAndTheDoubleHundred', async () => {
    mockFetch({
      'GET /api/care-home/sites': () => json({ items: [SITE], page: 0, size: 100, total: 1 }),
      'GET /api/care-home/site-compliance': () => json([SHORT]),
      'GET /api/care-home/double-hundred': () => json({ year: 2026, lectureGoal: 100, clinicGoal: 100, lectures: 87, clinics: 64, districts: [] }),
    });
    renderWithProviders(<SitesList now={() => NOW} />);
    const row = await screen.findByRole('row', { name: /鼓浪屿暖心家园/ });
    expect(within(row).getByRole('link', { name: '鼓浪屿暖心家园' })).toHaveAttribute('href', '/sites/s1');
    expect(await within(row).findByText('8 / 10')).toHaveClass('warn');
    expect(within(row).getByText('5 / 5')).not.toHaveClass('warn');
    expect(within(row).getByText('常驻志愿者不足')).toBeInTheDocument();
    expect(within(row).getByText('街道示范点')).toBeInTheDocument();
    expect(await screen.findByText('87 / 100')).toBeInTheDocument();
    expect(screen.getByTestId('sites-compliant')).toHaveTextContent('0 / 1');
  });
});

describe('ActivityCalendar', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shouldPutEachActivityOnItsDayInXiamenAndTurnTheMonth', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch({
      'GET /api/care-home/activities': (url) =>
        json({ items: url.searchParams.get('from')!.startsWith('2026-11') ? [LECTURE] : [], page: 0, size: 100, total: 1 }),
    });
    renderWithProviders(<ActivityCalendar siteId="s1" now={() => NOW} />);
    const link = await screen.findByRole('link', { name: /冬季养生讲座/ });
    expect(link).toHaveAttribute('href', '/activities/a1');
    expect(link).toHaveTextContent('09:30 暖心大学堂：冬季养生讲座');
    expect(link.closest('td')).toHaveTextContent(/^30/);
    const first = new URL(String(fetchMock.mock.calls[0][0]), 'http://localhost');
    expect(first.searchParams.get('siteId')).toBe('s1');
    expect(first.searchParams.get('to')).toBe('2026-12-01T00:00:00+08:00');

    await user.click(screen.getByRole('button', { name: '下个月 ›' }));
    expect(await screen.findByText('本月没有活动。')).toBeInTheDocument();
    expect(new URL(String(fetchMock.mock.calls.at(-1)![0]), 'http://localhost').searchParams.get('from')).toBe('2026-12-01T00:00:00+08:00');
  });
});

describe('ActivityPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  function renderActivity(handlers: Parameters<typeof mockFetch>[0] = {}) {
    const fetchMock = mockFetch({
      'GET /api/care-home/activities/a1': () => json(LECTURE),
      'GET /api/care-home/activities/a1/registrations': () =>
        json([
          { familyId: '11111111-0000-4000-8000-000000000001', status: 'REGISTERED', waitlistPosition: null, registeredAt: '2026-11-20T10:00:00+08:00', attendedAt: null, satisfaction: null, feedback: null },
          { familyId: '22222222-0000-4000-8000-000000000002', status: 'WAITLISTED', waitlistPosition: 1, registeredAt: '2026-11-21T10:00:00+08:00', attendedAt: null, satisfaction: null, feedback: null },
        ]),
      ...handlers,
    });
    renderRoutes([{ path: '/activities/:activityId', element: <ActivityPage /> }], '/activities/a1');
    return fetchMock;
  }

  it('shouldShowPlacesAndWaitlistAndCheckAFamilyIn', async () => {
    const user = userEvent.setup();
    const fetchMock = renderActivity({
      'POST /api/care-home/activities/a1/attendance': () => json({ familyId: '11111111-0000-4000-8000-000000000001', status: 'REGISTERED' }),
    });
    expect(await screen.findByText('2 / 2')).toBeInTheDocument();
    expect(within(await screen.findByRole('row', { name: /22222222/ })).getByText(/候补 （第 1 位）/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '为家庭 11111111 签到' }));
    await vi.waitFor(() => expect(fetchMock.mock.calls.some(([u]) => String(u).endsWith('/attendance'))).toBe(true));
    const call = fetchMock.mock.calls.find(([u]) => String(u).endsWith('/attendance'))!;
    expect(JSON.parse(String((call[1] as RequestInit).body))).toEqual({ familyId: '11111111-0000-4000-8000-000000000001', walkIn: false });
  });

  it('shouldSayWhenAFamilyIsPutOnTheWaitlist', async () => {
    const user = userEvent.setup();
    renderActivity({
      'PUT /api/care-home/activities/a1/registrations/33333333-0000-4000-8000-000000000003': () =>
        json({ familyId: '33333333-0000-4000-8000-000000000003', status: 'WAITLISTED', waitlistPosition: 2 }),
    });
    await user.type(await screen.findByLabelText(/家庭编号/), '33333333-0000-4000-8000-000000000003');
    await user.click(screen.getByRole('button', { name: '报名' }));
    expect(await screen.findByText('名额已满，已列入候补第 2 位')).toBeInTheDocument();
  });

  it('shouldShowWhyAWalkInWasRefused', async () => {
    const user = userEvent.setup();
    renderActivity({
      'POST /api/care-home/activities/a1/attendance': () =>
        problem({ status: 400, detail: '请求有 1 处错误', violations: [{ field: 'familyId', message: '不是本区在册家庭' }] }),
    });
    await user.type(await screen.findByLabelText(/家庭编号/), '44444444-0000-4000-8000-000000000004');
    await user.click(screen.getByRole('button', { name: '现场参加（未报名）' }));
    expect(await screen.findByText('不是本区在册家庭')).toBeInTheDocument();
  });

  it('shouldNotOfferRollCallToAnAuditor', async () => {
    mockFetch({
      'GET /api/care-home/activities/a1': () => json(LECTURE),
      'GET /api/care-home/activities/a1/registrations': () => json([]),
    });
    renderRoutes([{ path: '/activities/:activityId', element: <ActivityPage /> }], '/activities/a1', { caller: { name: 'a', roles: ['auditor'] } });
    expect(await screen.findByText('还没有家庭报名。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '报名' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '结束签到，记为已举办' })).not.toBeInTheDocument();
  });
});

describe('SitePage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shouldShowTheSiteAgainstItsStandardAndItsCalendar', async () => {
    mockFetch({
      'GET /api/care-home/sites/s1': () => json(SITE),
      'GET /api/care-home/site-compliance/s1': () => json(SHORT),
      'GET /api/care-home/activities': () => json({ items: [LECTURE], page: 0, size: 100, total: 1 }),
    });
    renderRoutes([{ path: '/sites/:siteId', element: <SitePage /> }], '/sites/s1');
    expect(await screen.findByRole('heading', { level: 1, name: /鼓浪屿暖心家园/ })).toBeInTheDocument();
    expect(await screen.findByText('常驻志愿者 8 / 10')).toHaveClass('coverage--missing');
    expect(screen.getByText('2026-10 活动 3 / 2')).toHaveClass('coverage--ok');
    expect(screen.getByTestId('site-standard')).toHaveTextContent('本站点未达到建设标准。 上次达标：');
    expect(screen.getByText('特色做法：三三制', { exact: false })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '安排活动' })).toHaveAttribute('href', '/activities/new?siteId=s1');
  });

  it('shouldSayWhenTheSiteIsOutsideTheCallersDistrict', async () => {
    mockFetch({
      'GET /api/care-home/sites/s1': () => problem({ status: 404, detail: '没有找到站点' }),
      'GET /api/care-home/site-compliance/s1': () => problem({ status: 404, detail: '没有找到站点' }),
      'GET /api/care-home/activities': () => json({ items: [], page: 0, size: 100, total: 0 }),
    });
    renderRoutes([{ path: '/sites/:siteId', element: <SitePage /> }], '/sites/s1');
    expect(await screen.findByRole('alert')).toHaveTextContent('没有找到站点');
  });
});
