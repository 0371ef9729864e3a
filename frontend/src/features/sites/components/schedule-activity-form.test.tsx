import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Caller } from '@/lib/auth';
import { json, mockFetch, problem, renderRoutes } from '@/testing/test-utils';
import { ActivitiesCalendarPage } from './activities-calendar-page';
import { ScheduleActivityForm } from './schedule-activity-form';

const SITE = '3b6f0d0e-9a7c-4f0f-8e11-7d4c2a1b0c9d';
const EXPERT = '9d2e4c1a-7b3f-4e8a-a1c2-5f6e7d8c9b0a';
const NOW = new Date('2026-11-29T01:00:00Z');
const SITES = {
  items: [
    { id: SITE, name: '莲花暖心家园', districtCode: '350203', districtName: '思明区' },
    { id: 'other', name: '殿前暖心家园', districtCode: '350206', districtName: '湖里区' },
  ],
  page: 0,
  size: 100,
  total: 2,
};
const SCHEDULED = { id: 'a1', siteId: SITE, kind: 'FREE_CLINIC', title: '冬季义诊', status: 'SCHEDULED' };

function renderForm(handlers: Parameters<typeof mockFetch>[0], path = `/activities/new?siteId=${SITE}`, caller?: Caller) {
  const fetchMock = mockFetch({ 'GET /api/care-home/sites': () => json(SITES), ...handlers });
  const rendered = renderRoutes(
    [
      { path: '/activities/new', element: <ScheduleActivityForm now={() => NOW} /> },
      { path: '/activities/:activityId', element: <p>activity page</p> },
      { path: '/activities', element: <ActivitiesCalendarPage /> },
    ],
    path,
    { caller },
  );
  return { fetchMock, ...rendered };
}

const posted = (fetchMock: ReturnType<typeof mockFetch>) =>
  fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST').map(([, init]) => JSON.parse(String(init!.body)));

describe('ScheduleActivityForm', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shouldScheduleAFreeClinicAtTheSiteItCameFromInXiamenTime', async () => {
    const user = userEvent.setup();
    const { fetchMock, router } = renderForm({ 'POST /api/care-home/activities': () => json(SCHEDULED, { status: 201 }) });
    expect(await screen.findByRole('option', { name: '莲花暖心家园（思明区）' })).toBeInTheDocument();
    expect(screen.getByLabelText(/站点/)).toHaveValue(SITE);
    expect(screen.getByLabelText(/日期/)).toHaveValue('2026-11-30');
    await user.selectOptions(screen.getByLabelText(/活动类型/), 'FREE_CLINIC');
    await user.type(screen.getByLabelText(/活动名称/), '冬季义诊');
    await user.clear(screen.getByLabelText(/名额/));
    await user.type(screen.getByLabelText(/名额/), '40');
    await user.type(screen.getByLabelText(/义诊专家编号/), EXPERT);
    await user.click(screen.getByRole('button', { name: '安排活动' }));
    await screen.findByText('activity page');
    expect(router.state.location.pathname).toBe('/activities/a1');
    expect(posted(fetchMock)).toEqual([
      {
        siteId: SITE,
        kind: 'FREE_CLINIC',
        title: '冬季义诊',
        startsAt: '2026-11-30T09:30:00+08:00',
        endsAt: '2026-11-30T11:00:00+08:00',
        capacity: 40,
        expertIds: [EXPERT],
      },
    ]);
    expect(screen.getByText('已安排“冬季义诊”')).toBeInTheDocument();
  });

  it('shouldShowTheServicesRefusalAtTheFieldItNames', async () => {
    const user = userEvent.setup();
    renderForm({
      'POST /api/care-home/activities': () =>
        problem({ status: 400, detail: '请求有 1 处错误', violations: [{ field: 'endsAt', message: '结束时间须晚于开始时间' }] }),
    });
    await screen.findByRole('option', { name: '莲花暖心家园（思明区）' });
    await user.selectOptions(screen.getByLabelText(/活动类型/), 'LECTURE');
    await user.type(screen.getByLabelText(/活动名称/), '暖心大学堂');
    await user.click(screen.getByRole('button', { name: '安排活动' }));
    expect(await screen.findByText('结束时间须晚于开始时间')).toBeInTheDocument();
    expect(screen.getByLabelText(/结束时间/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('shouldShowAnExpertIdTheServiceCannotReadAtTheExperts', async () => {
    const user = userEvent.setup();
    renderForm({
      'POST /api/care-home/activities': () =>
        problem({ status: 400, detail: '请求有 1 处错误', violations: [{ field: 'expertIds[0]', message: '值的格式或类型不正确' }] }),
    });
    await screen.findByRole('option', { name: '莲花暖心家园（思明区）' });
    await user.selectOptions(screen.getByLabelText(/活动类型/), 'FREE_CLINIC');
    await user.type(screen.getByLabelText(/活动名称/), '义诊');
    await user.type(screen.getByLabelText(/义诊专家编号/), EXPERT);
    await user.click(screen.getByRole('button', { name: '安排活动' }));
    expect(await screen.findByText('值的格式或类型不正确')).toBeInTheDocument();
    expect(screen.getByLabelText(/义诊专家编号/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('shouldCheckTitleTimesPlacesAndExpertsBeforeSending', async () => {
    const user = userEvent.setup();
    const { fetchMock } = renderForm({}, '/activities/new');
    await screen.findByRole('option', { name: '莲花暖心家园（思明区）' });
    await user.selectOptions(screen.getByLabelText(/活动类型/), 'FREE_CLINIC');
    await user.clear(screen.getByLabelText(/结束时间/));
    await user.type(screen.getByLabelText(/结束时间/), '08:00');
    await user.clear(screen.getByLabelText(/名额/));
    await user.type(screen.getByLabelText(/名额/), '0');
    await user.click(screen.getByRole('button', { name: '安排活动' }));
    expect(screen.getByText('请选择站点')).toBeInTheDocument();
    expect(screen.getByText('请填写活动名称')).toBeInTheDocument();
    expect(screen.getByText('结束时间须晚于开始时间')).toBeInTheDocument();
    expect(screen.getByText('名额须为 1 到 1000 之间的整数')).toBeInTheDocument();
    expect(screen.getByText('义诊须至少有一位专家')).toBeInTheDocument();
    expect(posted(fetchMock)).toEqual([]);
  });

  it('shouldBeOfferedOnTheCalendarToCoordinatorsOnly', async () => {
    mockFetch({ 'GET /api/care-home/activities': () => json({ items: [], page: 0, size: 100, total: 0 }) });
    const { unmount } = renderRoutes([{ path: '/activities', element: <ActivitiesCalendarPage /> }], '/activities');
    expect(screen.getByRole('link', { name: '安排活动' })).toHaveAttribute('href', '/activities/new');
    unmount();
    renderRoutes([{ path: '/activities', element: <ActivitiesCalendarPage /> }], '/activities', { caller: { name: 'x', roles: ['auditor'] } });
    expect(await screen.findByText('本月没有活动。')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '安排活动' })).not.toBeInTheDocument();
  });
});
