import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { can, type Caller } from '@/lib/auth';
import { json, mockFetch, renderRoutes } from '@/testing/test-utils';
import { routesFor } from './routes';

vi.mock('@/features/supervision/components/charts', () => ({
  DistrictMap: () => <div data-testid="map" />,
  TrendChart: () => <div data-testid="trend" />,
  Sparkline: () => null,
}));

const EMPTY_SNAPSHOT = { totalFamilies: 0, byDistrict: [], updatedAt: '2026-11-29T10:00:00+08:00' };

async function renderApp(caller: Caller, path = '/') {
  mockFetch({
    'GET /api/supervision/snapshot': () => json(EMPTY_SNAPSHOT),
    'GET /api/supervision/stream': () => new Response(new ReadableStream(), { headers: { 'Content-Type': 'text/event-stream' } }),
    'GET /api/supervision/targets': () => json([]),
    'GET /api/supervision/alerts': () => json({ items: [], page: 0, size: 50, total: 0 }),
    'GET /api/supervision/indicators/LIAISON_COVERAGE': () =>
      json({ indicator: 'LIAISON_COVERAGE', unit: '%', higherIsBetter: true, scope: 'city', value: 0, trend: [] }),
    'GET /api/family/areas': () => json([]),
    'GET /api/family/families': () => json({ items: [], page: 0, size: 20, total: 0 }),
  });
  const rendered = renderRoutes(routesFor(caller), path, { caller });
  // Let the page's first requests settle, so each test asserts on a quiet screen.
  if (path === '/' && can(caller, 'supervision:view')) {
    await waitFor(() => expect(screen.getByTestId('live-indicator')).toHaveAttribute('data-state', 'open'));
    await waitFor(() => expect(screen.getByTestId('total-families')).toHaveTextContent('0'));
  }
  if (path === '/families' && can(caller, 'families:view')) {
    await screen.findByText('没有符合条件的家庭。');
  }
  return rendered;
}

const COORDINATOR_MENU = ['监管大屏', '家庭', '登记家庭', '待联系家庭', '志愿者', '登记志愿者', '任务调度', '电话活动', '时长审批', '保险概况', '理赔审核', '暖心家园', '活动日历'];

const menuEntries = () =>
  within(screen.getByRole('navigation', { name: '主菜单' }))
    .queryAllByRole('link')
    .map((link) => link.textContent);

describe('app shell', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shouldGiveCoordinatorsTheDashboardAndFamilies', async () => {
    await renderApp({ name: '林晓梅', roles: ['city-coordinator'] });
    expect(menuEntries()).toEqual([...COORDINATOR_MENU.slice(0, 11), '支付批次', ...COORDINATOR_MENU.slice(11), '责任目标', '预警处理']);
    expect(screen.getByTestId('user-name')).toHaveTextContent('林晓梅');
    expect(screen.getByTestId('user-role')).toHaveTextContent('市计生协');
  });

  it('shouldGiveDistrictCoordinatorsTheSameMenu', async () => {
    await renderApp({ name: '陈', roles: ['district-coordinator'], district: '350203' });
    expect(menuEntries()).toEqual([...COORDINATOR_MENU, '责任目标', '预警处理']);
    expect(screen.getByTestId('user-role')).toHaveTextContent('区计生协');
  });

  it('shouldGiveAuditorsWhatTheyMayReadOnly', async () => {
    await renderApp({ name: 'x', roles: ['auditor'] });
    expect(menuEntries()).toEqual(['监管大屏', '家庭', '志愿者', '电话活动', '保险概况', '理赔审核', '支付批次', '暖心家园', '活动日历', '责任目标', '预警处理']);
    expect(screen.getByRole('heading', { level: 1, name: '监管大屏' })).toBeInTheDocument();
  });

  it('shouldGiveVolunteersTheDashboardAndTheirPhonePages', async () => {
    await renderApp({ name: 'x', roles: ['volunteer'] });
    expect(menuEntries()).toEqual(['监管大屏', '我的任务（手机版）']);
    expect(screen.getByRole('link', { name: '我的任务（手机版）' })).toHaveAttribute('href', '/m');
  });

  it('shouldOpenTheVolunteersPhonePagesInTheirOwnLayout', async () => {
    mockFetch({ 'GET /api/volunteer/tasks': () => json({ items: [], page: 0, size: 50, total: 0 }) });
    renderRoutes(routesFor({ name: '张敏', roles: ['volunteer'] }), '/m', { caller: { name: '张敏', roles: ['volunteer'] } });
    expect(await screen.findByText('今天没有任务。')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '服务时长' })).toHaveAttribute('href', '/m/hours');
    expect(screen.queryByRole('link', { name: '监管大屏' })).not.toBeInTheDocument();
  });

  it('shouldRefuseThePhonePagesToACoordinator', async () => {
    await renderApp({ name: 'x', roles: ['city-coordinator'] }, '/m/hours');
    expect(screen.getByRole('heading', { name: '没有权限' })).toBeInTheDocument();
  });

  it('shouldRefuseTheFamiliesPageToAVolunteerWhoTypesItsAddress', async () => {
    await renderApp({ name: 'x', roles: ['volunteer'] }, '/families');
    expect(screen.getByRole('heading', { name: '没有权限' })).toBeInTheDocument();
  });

  it.each(['/volunteers/new', '/campaigns/new', '/activities/new'])('shouldRefuseTheCoordinatorsFormAt%sToAnAuditor', async (path) => {
    await renderApp({ name: 'x', roles: ['auditor'] }, path);
    expect(screen.getByRole('heading', { name: '没有权限' })).toBeInTheDocument();
  });

  it.each([
    ['/volunteers/new', '登记志愿者'],
    ['/campaigns/new', '新建电话活动'],
    ['/activities/new', '安排活动'],
  ])('shouldOpenTheFormAt%sNotARecordCalledNew', async (path, heading) => {
    mockFetch({ 'GET /api/care-home/sites': () => json({ items: [], page: 0, size: 100, total: 0 }) });
    const caller: Caller = { name: '陈', roles: ['district-coordinator'], district: '350203' };
    renderRoutes(routesFor(caller), path, { caller });
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    expect(vi.mocked(fetch).mock.calls.map(([input]) => new URL(String(input), 'http://localhost').pathname)).not.toContain('/api/volunteer/volunteers/new');
  });

  it('shouldWelcomeAHospitalWithoutCallingTheSupervisionApi', async () => {
    await renderApp({ name: '仙岳医院', roles: ['hospital'] });
    expect(menuEntries()).toEqual([]);
    expect(screen.getByRole('heading', { name: '欢迎使用暖心平台' })).toBeInTheDocument();
    expect(vi.mocked(fetch)).not.toHaveBeenCalled();
  });

  it('shouldSwitchTheLanguageToEnglishAndBack', async () => {
    const user = userEvent.setup();
    await renderApp({ name: '林晓梅', roles: ['city-coordinator'] });
    expect(screen.getByRole('button', { name: '中文' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(within(screen.getByRole('navigation', { name: 'Main menu' })).getAllByRole('link').map((l) => l.textContent)).toEqual([
      'Supervision',
      'Families',
      'Register a family',
      'Overdue contacts',
      'Volunteers',
      'Register a volunteer',
      'Task board',
      'Call campaigns',
      'Hours approvals',
      'Insurance',
      'Claims review',
      'Payment batches',
      'Warm-home sites',
      'Activity calendar',
      'Targets',
      'Alerts',
    ]);
    expect(screen.getByRole('button', { name: 'Log out' })).toBeInTheDocument();
    expect(screen.getByText('Families supported')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');

    await user.click(screen.getByRole('button', { name: '中文' }));
    expect(screen.getByRole('button', { name: '退出登录' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('shouldNavigateWithTheMenu', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp({ name: '林晓梅', roles: ['city-coordinator'] });
    await user.click(screen.getByRole('link', { name: '家庭' }));
    expect(router.state.location.pathname).toBe('/families');
    expect(screen.getByRole('heading', { level: 1, name: '家庭' })).toBeInTheDocument();
    await screen.findByText('没有符合条件的家庭。');
    expect(screen.getByRole('link', { name: '家庭' })).toHaveAttribute('aria-current', 'page');
  });
});
