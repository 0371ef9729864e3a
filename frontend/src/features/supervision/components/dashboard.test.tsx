import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch, renderWithProviders } from '@/testing/test-utils';
import { alert, district, DISTRICTS, fullSnapshot, sseStream, target } from '../testing/fixtures';
import type { SupervisionSnapshot, TrendPoint } from '../types';
import { Dashboard, wallScale } from './dashboard';

// ECharts needs a canvas, which jsdom lacks (charts.test.ts draws the real options to SVG); here each chart
// shows the figures it was given.
vi.mock('./charts', () => ({
  DistrictMap: ({ districts, indicatorKey }: { districts: { districtCode: string }[]; indicatorKey: string }) => (
    <div data-testid="map">{`${indicatorKey}|${districts.map((d) => d.districtCode).join(',')}`}</div>
  ),
  TrendChart: ({ points, name }: { points: TrendPoint[]; name: string }) => (
    <div data-testid="trend-chart">{`${name}:${points.map((p) => p.value).join(',')}`}</div>
  ),
  Sparkline: ({ points }: { points: TrendPoint[] }) => <span data-testid="sparkline">{points.length}</span>,
}));

function snapshot(siming: { bereaved: number; disabledChild: number }, huliBereaved = 0): SupervisionSnapshot {
  const byDistrict = DISTRICTS.map(([districtCode, districtName]) => {
    const counts = districtCode === '350203' ? siming : { bereaved: districtCode === '350206' ? huliBereaved : 0, disabledChild: 0 };
    return { districtCode, districtName, families: counts.bereaved + counts.disabledChild, ...counts };
  });
  return {
    totalFamilies: byDistrict.reduce((sum, d) => sum + d.families, 0),
    byDistrict,
    updatedAt: '2026-11-29T10:00:00+08:00',
  };
}

const NO_TARGETS_OR_ALERTS = {
  'GET /api/supervision/targets': () => json([]),
  'GET /api/supervision/alerts': () => json({ items: [], page: 0, size: 50, total: 0 }),
};

function indicatorAnswer(url: URL) {
  const key = url.pathname.split('/').at(-1)!;
  const district = url.searchParams.get('district');
  return json({
    indicator: key,
    unit: '%',
    higherIsBetter: true,
    scope: district ?? 'city',
    value: 90,
    // days long gone: the screen adds today's point from the live snapshot
    trend: [
      { day: '2026-01-01', value: district ? 70 : 88 },
      { day: '2026-01-02', value: district ? 75 : 90 },
    ],
  });
}

/** 思明 with 10 families, 9 with a liaison; 湖里 with 4, 1 with a liaison and 3 overdue follow-ups. */
function richSnapshot() {
  return fullSnapshot(
    [
      district('350203', '思明区', {
        families: 10,
        coverage: { liaisons: 9, familyDoctor: 5, greenChannel: 10 },
        volunteers: { active: 12, hoursThisMonth: '30.5', openTasks: 1, overdueTasks: 0, callsDone: 0, callsUnreached: 0, callsPending: 0 },
        insurance: {
          insurable: 20,
          enrolled: 19,
          claimsPendingReview: 2,
          claimsApproved: 0,
          claimsRejected: 0,
          claimsPaid: 0,
          approvedAmount: '0.00',
          paidAmount: '0.00',
          avgDecisionHours: null,
        },
        sites: { sites: 2, meetingStandard: 1, bereavedReached: 6, lecturesThisYear: 40, clinicsThisYear: 30, activitiesThisMonth: 3, attendanceThisMonth: 50 },
      }),
      district('350206', '湖里区', {
        families: 4,
        coverage: { liaisons: 1, familyDoctor: 0, greenChannel: 0 },
        cadence: { notContacted: 2, notVisited: 1, visitsThisWeek: 0, visitsThisMonth: 1, overdueFollowUps: 3, highRiskNotVisited: 0 },
      }),
    ],
    { year: 2026, premiumBudget: '1200000.00', premiumsDue: '1095000.00', budgetLeft: '105000.00', lecturesThisYear: 76, clinicsThisYear: 58, doubleHundredTarget: 100 },
  );
}

describe('Dashboard', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shouldShowTheFiguresOfTheSnapshot', async () => {
    const stream = sseStream();
    mockFetch({
      'GET /api/supervision/snapshot': () => json(snapshot({ bereaved: 1, disabledChild: 1 }, 1)),
      'GET /api/supervision/stream': stream.response,
      'GET /api/supervision/indicators/LIAISON_COVERAGE': indicatorAnswer,
      ...NO_TARGETS_OR_ALERTS,
    });
    renderWithProviders(<Dashboard />);

    expect(await screen.findByTestId('total-families')).toHaveTextContent('3');
    expect(screen.getByTestId('bereaved-families')).toHaveTextContent('2');
    expect(screen.getByTestId('disabled-child-families')).toHaveTextContent('1');
    const table = screen.getByTestId('district-table');
    expect(within(table).getAllByRole('row')).toHaveLength(7);
    const siming = within(table).getByRole('row', { name: /思明区/ });
    expect(within(siming).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2', '1', '1']);
    expect(await screen.findByTestId('map')).toHaveTextContent('LIAISON_COVERAGE|350203,350205,350206,350211,350212,350213');
    expect(screen.getByRole('heading', { name: '各区分布 （示意图）' })).toBeInTheDocument();
    expect(screen.getByText(/不代表实际行政区划边界/)).toBeInTheDocument();
  });

  it('shouldShowTheKpisOfTheWholeAreaWithTheProgrammeFigures', async () => {
    mockFetch({
      'GET /api/supervision/snapshot': () => json(richSnapshot()),
      'GET /api/supervision/stream': sseStream().response,
      'GET /api/supervision/indicators/LIAISON_COVERAGE': indicatorAnswer,
      ...NO_TARGETS_OR_ALERTS,
    });
    renderWithProviders(<Dashboard />);

    await waitFor(() => expect(screen.getByTestId('total-families')).toHaveTextContent('14'));
    expect(screen.getByTestId('liaison-coverage')).toHaveTextContent('71.4%'); // 10 of 14
    expect(screen.getByTestId('family-doctor-coverage')).toHaveTextContent('35.7%');
    expect(screen.getByTestId('green-channel-coverage')).toHaveTextContent('71.4%');
    expect(screen.getByTestId('contacted-within-cadence')).toHaveTextContent('85.7%'); // 12 of 14
    expect(screen.getByTestId('overdue-follow-ups')).toHaveTextContent('3');
    expect(screen.getByTestId('active-volunteers')).toHaveTextContent('12');
    expect(screen.getByTestId('volunteer-hours')).toHaveTextContent('30.5');
    expect(screen.getByTestId('enrolment-rate')).toHaveTextContent('95%');
    expect(screen.getByTestId('claims-pending-review')).toHaveTextContent('2');
    expect(screen.getByTestId('sites-meeting-standard')).toHaveTextContent('1 / 2');
    expect(screen.getByTestId('double-hundred-lectures')).toHaveTextContent('76 / 100');
    expect(screen.getByTestId('double-hundred-clinics')).toHaveTextContent('58 / 100');
    expect(screen.getByTestId('budget-left')).toHaveTextContent('105,000');
    expect(screen.getByTestId('overdue-follow-ups').closest('.kpi')).toHaveClass('kpi--warn');
    expect(screen.getByTestId('active-volunteers').closest('.kpi')).not.toHaveClass('kpi--warn');
  });

  it('shouldShowNoBudgetToADistrictCoordinator', async () => {
    const own = richSnapshot();
    own.byDistrict = own.byDistrict.slice(0, 1);
    own.programme = null;
    mockFetch({
      'GET /api/supervision/districts/350203/streets': () => json([{ street: '厦港街道', families: 10, bereaved: 10, disabledChild: 0, coverage: { liaisons: 9, familyDoctor: 5, greenChannel: 10 }, notContacted: 0, notVisited: 0, highRiskNotVisited: 0, overdueFollowUps: 0 }]),
      'GET /api/supervision/snapshot': () => json(own),
      'GET /api/supervision/stream': sseStream().response,
      'GET /api/supervision/indicators/LIAISON_COVERAGE': indicatorAnswer,
      ...NO_TARGETS_OR_ALERTS,
    });
    renderWithProviders(<Dashboard />, { caller: { name: '陈', roles: ['district-coordinator'], district: '350203' } });
    await waitFor(() => expect(screen.getByTestId('double-hundred-lectures')).toHaveTextContent('40 / 100'));
    // one district: its streets without picking it
    expect(await screen.findByText('厦港街道')).toBeInTheDocument();
    expect(screen.queryByTestId('budget-left')).not.toBeInTheDocument();
    // one district: no area picker, the trend is the district's own
    expect(await screen.findByTestId('trend-chart')).toBeInTheDocument();
    expect(screen.queryByLabelText('范围')).not.toBeInTheDocument();
  });

  it('shouldColourTheMapByTheChosenIndicatorAndListTheDistrictsBestFirst', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch({
      'GET /api/supervision/snapshot': () => json(richSnapshot()),
      'GET /api/supervision/stream': sseStream().response,
      'GET /api/supervision/indicators/LIAISON_COVERAGE': indicatorAnswer,
      'GET /api/supervision/indicators/OVERDUE_FOLLOW_UPS': indicatorAnswer,
      ...NO_TARGETS_OR_ALERTS,
    });
    renderWithProviders(<Dashboard />);
    const values = await screen.findByTestId('map-values');
    expect(within(values).getAllByRole('row').map((r) => r.textContent)).toEqual(['思明区90%', '湖里区25%']);

    await user.selectOptions(screen.getByLabelText('指标'), 'OVERDUE_FOLLOW_UPS');
    expect(screen.getByTestId('map')).toHaveTextContent('OVERDUE_FOLLOW_UPS|');
    // fewer overdue items is better: 思明 (0) before 湖里 (3)
    expect(within(screen.getByTestId('map-values')).getAllByRole('row').map((r) => r.textContent)).toEqual(['思明区0', '湖里区3']);
    await waitFor(() => expect(screen.getByTestId('trend-chart')).toHaveTextContent('逾期跟进事项:88,90,3'));
    expect(fetchMock.mock.calls.some(([url]) => String(url).includes('/indicators/OVERDUE_FOLLOW_UPS?days=90'))).toBe(true);
  });

  it('shouldShowTheTrendOfTheDistrictPickedOnTheMap', async () => {
    const user = userEvent.setup();
    mockFetch({
      'GET /api/supervision/snapshot': () => json(richSnapshot()),
      'GET /api/supervision/stream': sseStream().response,
      'GET /api/supervision/indicators/LIAISON_COVERAGE': indicatorAnswer,
      ...NO_TARGETS_OR_ALERTS,
    });
    renderWithProviders(<Dashboard />);
    await waitFor(() => expect(screen.getByTestId('trend-chart')).toHaveTextContent('双岗联系人覆盖率:88,90,71.4'));
    await user.click(within(screen.getByTestId('map-values')).getByRole('button', { name: '湖里区' }));
    await waitFor(() => expect(screen.getByTestId('trend-chart')).toHaveTextContent('双岗联系人覆盖率:70,75,25'));
    expect(screen.getByRole('heading', { name: '双岗联系人覆盖率趋势（湖里区）' })).toBeInTheDocument();
    expect(screen.getByLabelText('范围')).toHaveValue('350206');
  });

  it('shouldShowThePickedDistrictStreetByStreetAndReadItAgainWithNewFigures', async () => {
    const user = userEvent.setup();
    const stream = sseStream();
    let reads = 0;
    mockFetch({
      'GET /api/supervision/snapshot': () => json(richSnapshot()),
      'GET /api/supervision/stream': stream.response,
      'GET /api/supervision/indicators/LIAISON_COVERAGE': indicatorAnswer,
      'GET /api/supervision/districts/350206/streets': () => {
        reads++;
        return json([
          {
            street: '湖里街道',
            families: 3 + reads,
            bereaved: 3,
            disabledChild: 0,
            coverage: { liaisons: 1, familyDoctor: 0, greenChannel: 4 },
            notContacted: 2,
            notVisited: 0,
            highRiskNotVisited: 1,
            overdueFollowUps: 0,
          },
        ]);
      },
      ...NO_TARGETS_OR_ALERTS,
    });
    renderWithProviders(<Dashboard />);
    await screen.findByTestId('map-values');
    expect(screen.queryByTestId('streets-table')).not.toBeInTheDocument();

    await user.click(within(screen.getByTestId('map-values')).getByRole('button', { name: '湖里区' }));
    const table = await screen.findByTestId('streets-table');
    expect(screen.getByRole('heading', { name: '湖里区各街道' })).toBeInTheDocument();
    const row = within(table).getByRole('row', { name: /湖里街道/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['4', '25%', '0%', '100%', '2', '0', '1', '0']);
    expect(within(row).getAllByRole('cell')[6]).toHaveClass('warn');

    stream.send('snapshot', { ...richSnapshot(), updatedAt: '2026-11-29T10:05:00+08:00' });
    await waitFor(() => expect(within(screen.getByTestId('streets-table')).getAllByRole('cell')[0]).toHaveTextContent('5'));
  });

  it('shouldUpdateWithoutReloadWhenANewSnapshotArrives', async () => {
    const stream = sseStream();
    const fetchMock = mockFetch({
      'GET /api/supervision/snapshot': () => json(snapshot({ bereaved: 1, disabledChild: 1 })),
      'GET /api/supervision/stream': stream.response,
      'GET /api/supervision/indicators/LIAISON_COVERAGE': indicatorAnswer,
      ...NO_TARGETS_OR_ALERTS,
    });
    renderWithProviders(<Dashboard />);
    await waitFor(() => expect(screen.getByTestId('total-families')).toHaveTextContent('2'));
    await waitFor(() => expect(screen.getByTestId('live-indicator')).toHaveAttribute('data-state', 'open'));
    expect(screen.getByTestId('live-indicator')).toHaveTextContent('实时更新中');

    stream.send('snapshot', snapshot({ bereaved: 2, disabledChild: 1 }));
    await waitFor(() => expect(screen.getByTestId('total-families')).toHaveTextContent('3'));
    expect(screen.getByTestId('bereaved-families')).toHaveTextContent('2');
    expect(screen.getByTestId('live-indicator')).toHaveTextContent(/最后更新/);

    const streamCall = fetchMock.mock.calls.find(([url]) => String(url).endsWith('/stream'))!;
    expect(streamCall[1]?.headers).toMatchObject({ Accept: 'text/event-stream', Authorization: 'Bearer test-token' });
  });

  it('shouldShowTheTargetsAndFollowTheirProgressFromTheStream', async () => {
    const stream = sseStream();
    mockFetch({
      'GET /api/supervision/snapshot': () => json(richSnapshot()),
      'GET /api/supervision/stream': stream.response,
      'GET /api/supervision/indicators/LIAISON_COVERAGE': indicatorAnswer,
      'GET /api/supervision/targets': () => json([target(), target({ id: 't2', name: '参保全覆盖', indicator: 'ENROLMENT_RATE', status: 'AT_RISK', progressPercent: 20 })]),
      'GET /api/supervision/alerts': () => json({ items: [], page: 0, size: 50, total: 0 }),
    });
    renderWithProviders(<Dashboard />);
    const panel = await screen.findByTestId('targets-panel');
    await waitFor(() => expect(within(panel).getAllByRole('listitem')).toHaveLength(2));
    const first = within(panel).getAllByRole('listitem')[0];
    expect(first).toHaveTextContent('联系人全覆盖');
    expect(first).toHaveTextContent('正常推进');
    expect(within(first).getByTestId('target-figures')).toHaveTextContent('90 / 100 %');
    expect(within(first).getByRole('progressbar', { name: '联系人全覆盖 完成进度' })).toHaveAttribute('aria-valuenow', '50');
    expect(await within(first).findByTestId('sparkline')).toHaveTextContent('2');
    expect(within(panel).getAllByRole('listitem')[1]).toHaveTextContent('有风险');

    // the stream's targets come without a trend: the figures change, the trend stays
    stream.send('targets', [{ ...target({ currentValue: 100, progressPercent: 100, status: 'ACHIEVED' }), trend: [] }], 3);
    await waitFor(() => expect(within(panel).getAllByRole('listitem')).toHaveLength(1));
    const achieved = within(panel).getByRole('listitem');
    expect(achieved).toHaveTextContent('已达标');
    expect(within(achieved).getByTestId('target-figures')).toHaveTextContent('100 / 100 %');
    expect(within(achieved).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
    expect(within(achieved).getByTestId('sparkline')).toHaveTextContent('2');
  });

  it('shouldListLiveAlertsMostSevereFirstAndFollowTheirChangesFromTheStream', async () => {
    const stream = sseStream();
    mockFetch({
      'GET /api/supervision/snapshot': () => json(richSnapshot()),
      'GET /api/supervision/stream': stream.response,
      'GET /api/supervision/indicators/LIAISON_COVERAGE': indicatorAnswer,
      'GET /api/supervision/targets': () => json([]),
      'GET /api/supervision/alerts': (url) => {
        expect(url.searchParams.get('status')).toBeNull(); // the live ones
        return json({ items: [alert()], page: 0, size: 50, total: 1 });
      },
    });
    renderWithProviders(<Dashboard />);
    const list = await screen.findByTestId('live-alerts');
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    expect(within(list).getByRole('listitem')).toHaveTextContent('超期未联系');
    expect(within(list).getByRole('link', { name: '查看家庭' })).toHaveAttribute('href', '/families/f0000000-0000-0000-0000-000000000001');

    stream.send('alert', alert({ id: 'a2', kind: 'HIGH_RISK_NOT_VISITED', severity: 'CRITICAL', seq: 2 }), 2);
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent('紧急');
    expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent('高风险家庭未走访');

    stream.send('alert', alert({ status: 'RESOLVED', resolvedBy: 'system', seq: 3 }), 3);
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    expect(within(list).getByRole('listitem')).toHaveTextContent('高风险家庭未走访');
  });

  it('shouldLetACoordinatorActOnAnAlertInPlace', async () => {
    const user = userEvent.setup();
    mockFetch({
      'GET /api/supervision/snapshot': () => json(richSnapshot()),
      'GET /api/supervision/stream': sseStream().response,
      'GET /api/supervision/indicators/LIAISON_COVERAGE': indicatorAnswer,
      'GET /api/supervision/targets': () => json([]),
      'GET /api/supervision/alerts': () => json({ items: [alert()], page: 0, size: 50, total: 1 }),
      'POST /api/supervision/alerts/a1/acknowledgement': () => json(alert({ status: 'ACKNOWLEDGED', acknowledgedBy: 'city', seq: 2 })),
      'POST /api/supervision/alerts/a1/resolution': () => json(alert({ status: 'RESOLVED', resolution: '已入户', seq: 3 })),
    });
    renderWithProviders(<Dashboard />);
    const list = await screen.findByTestId('live-alerts');
    await user.click(await within(list).findByRole('button', { name: '确认预警：超期未联系' }));
    await waitFor(() => expect(within(list).getByRole('listitem')).toHaveTextContent('city 已确认'));
    await user.click(within(list).getByRole('button', { name: '处理完成：超期未联系' }));
    await user.type(within(list).getByLabelText(/处理情况/), '已入户');
    await user.click(within(list).getByRole('button', { name: '提交处理结果' }));
    await waitFor(() => expect(list).toHaveTextContent('目前没有待处理的预警。'));
  });

  it('shouldShowAuditorsTheAlertsWithoutActions', async () => {
    mockFetch({
      'GET /api/supervision/snapshot': () => json(richSnapshot()),
      'GET /api/supervision/stream': sseStream().response,
      'GET /api/supervision/indicators/LIAISON_COVERAGE': indicatorAnswer,
      'GET /api/supervision/targets': () => json([]),
      'GET /api/supervision/alerts': () => json({ items: [alert()], page: 0, size: 50, total: 1 }),
    });
    renderWithProviders(<Dashboard />, { caller: { name: 'x', roles: ['auditor'] } });
    const list = await screen.findByTestId('live-alerts');
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    expect(within(list).queryByRole('button')).not.toBeInTheDocument();
  });

  it('shouldKeepAnAlertChangeThatArrivesBeforeTheFirstList', async () => {
    const stream = sseStream();
    let answerAlerts!: (response: Response) => void;
    mockFetch({
      'GET /api/supervision/snapshot': () => json(richSnapshot()),
      'GET /api/supervision/stream': stream.response,
      'GET /api/supervision/indicators/LIAISON_COVERAGE': indicatorAnswer,
      'GET /api/supervision/targets': () => json([]),
      'GET /api/supervision/alerts': () => new Promise<Response>((resolve) => (answerAlerts = resolve)),
    });
    renderWithProviders(<Dashboard />);
    await waitFor(() => expect(screen.getByTestId('live-indicator')).toHaveAttribute('data-state', 'open'));
    stream.send('alert', alert({ status: 'RESOLVED', seq: 5 }), 5);
    stream.send('alert', alert({ id: 'a9', severity: 'HIGH', kind: 'SITE_BELOW_STANDARD', seq: 6 }), 6);
    await new Promise((resolve) => setTimeout(resolve, 50));
    // the list read before those changes still holds the alert resolved since
    answerAlerts(json({ items: [alert({ seq: 4 })], page: 0, size: 50, total: 1 }));
    const list = await screen.findByTestId('live-alerts');
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    expect(within(list).getByRole('listitem')).toHaveTextContent('暖心家园未达标');
  });

  it('shouldResumeTheStreamWithTheLastEventIdAndApplyTheReplayedAlerts', async () => {
    const first = sseStream();
    const second = sseStream();
    let streams = 0;
    const fetchMock = mockFetch({
      'GET /api/supervision/snapshot': () => json(richSnapshot()),
      'GET /api/supervision/stream': () => (streams++ === 0 ? first.response() : second.response()),
      'GET /api/supervision/indicators/LIAISON_COVERAGE': indicatorAnswer,
      'GET /api/supervision/targets': () => json([]),
      'GET /api/supervision/alerts': () => json({ items: [alert({ seq: 6 })], page: 0, size: 50, total: 1 }),
    });
    renderWithProviders(<Dashboard />);
    const list = await screen.findByTestId('live-alerts');
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    first.send('snapshot', richSnapshot(), 7);
    first.end();

    // the gateway replays what changed after id 7: the alert was resolved meanwhile
    await waitFor(() => expect(streams).toBe(2), { timeout: 3000 });
    const resumed = fetchMock.mock.calls.filter(([url]) => String(url).endsWith('/stream'))[1];
    expect(resumed[1]?.headers).toMatchObject({ 'Last-Event-ID': '7' });
    second.send('alert', alert({ status: 'RESOLVED', seq: 8 }), 8);
    await waitFor(() => expect(within(list).queryAllByRole('listitem')).toHaveLength(0));
    expect(list).toHaveTextContent('目前没有待处理的预警。');
  });

  it('shouldGiveVolunteersTheFiguresWithoutTargetsAlertsOrTrends', async () => {
    const fetchMock = mockFetch({
      'GET /api/supervision/snapshot': () => json(richSnapshot()),
      'GET /api/supervision/stream': sseStream().response,
    });
    renderWithProviders(<Dashboard />, { caller: { name: '张敏', roles: ['volunteer'] } });
    await waitFor(() => expect(screen.getByTestId('total-families')).toHaveTextContent('14'));
    expect(await screen.findByTestId('map')).toBeInTheDocument();
    expect(screen.queryByTestId('targets-panel')).not.toBeInTheDocument();
    expect(screen.queryByTestId('live-alerts')).not.toBeInTheDocument();
    expect(fetchMock.mock.calls.map(([url]) => new URL(String(url), 'http://localhost').pathname).sort()).toEqual([
      '/api/supervision/snapshot',
      '/api/supervision/stream',
    ]);
  });

  it('shouldShowOnlyTheDistrictsInTheSnapshot', async () => {
    const own = snapshot({ bereaved: 4, disabledChild: 0 });
    own.byDistrict = own.byDistrict.filter((d) => d.districtCode === '350203');
    mockFetch({
      'GET /api/supervision/districts/350203/streets': () => json([]),
      'GET /api/supervision/snapshot': () => json(own),
      'GET /api/supervision/stream': sseStream().response,
      'GET /api/supervision/indicators/LIAISON_COVERAGE': indicatorAnswer,
      ...NO_TARGETS_OR_ALERTS,
    });
    renderWithProviders(<Dashboard />);
    await waitFor(() => expect(screen.getByTestId('total-families')).toHaveTextContent('4'));
    await waitFor(() => expect(screen.getByTestId('live-indicator')).toHaveAttribute('data-state', 'open'));
    expect(within(screen.getByTestId('district-table')).getAllByRole('row')).toHaveLength(2);
    expect(await screen.findByTestId('map')).toHaveTextContent(/\|350203$/);
  });

  it('shouldSayWhenTheFiguresCannotBeLoaded', async () => {
    mockFetch({
      'GET /api/supervision/snapshot': () =>
        new Response(JSON.stringify({ status: 503, detail: '监管数据暂不可用' }), {
          status: 503,
          headers: { 'Content-Type': 'application/problem+json' },
        }),
      'GET /api/supervision/stream': () => new Response(null, { status: 503 }),
      ...NO_TARGETS_OR_ALERTS,
    });
    renderWithProviders(<Dashboard />);
    expect(await screen.findByRole('alert')).toHaveTextContent('监管数据暂不可用');
    expect(screen.getByTestId('total-families')).toHaveTextContent('—');
  });

  describe('on a wall display', () => {
    afterEach(() => {
      Reflect.deleteProperty(document, 'fullscreenEnabled');
      Reflect.deleteProperty(document, 'fullscreenElement');
    });

    it('shouldGoFullScreenAndGrowForTheWall', async () => {
      const user = userEvent.setup();
      Object.defineProperty(document, 'fullscreenEnabled', { value: true, configurable: true });
      const requestFullscreen = vi.fn(async () => {});
      HTMLElement.prototype.requestFullscreen = requestFullscreen;
      mockFetch({
        'GET /api/supervision/snapshot': () => json(richSnapshot()),
        'GET /api/supervision/stream': sseStream().response,
        'GET /api/supervision/indicators/LIAISON_COVERAGE': indicatorAnswer,
        ...NO_TARGETS_OR_ALERTS,
      });
      renderWithProviders(<Dashboard />);
      await waitFor(() => expect(screen.getByTestId('total-families')).toHaveTextContent('14'));
      await user.click(screen.getByRole('button', { name: '全屏显示' }));
      expect(requestFullscreen).toHaveBeenCalledTimes(1);

      const dashboard = screen.getByTestId('dashboard');
      Object.defineProperty(document, 'fullscreenElement', { value: dashboard, configurable: true });
      act(() => void fireEvent(document, new Event('fullscreenchange')));
      expect(dashboard).toHaveClass('dashboard--wall');
      expect(screen.getByRole('button', { name: '退出全屏' })).toHaveAttribute('aria-pressed', 'true');
    });

    it('shouldDrawChartsLargerOnWiderWallsOnly', () => {
      expect(wallScale(false, 3840)).toBe(1);
      expect(wallScale(true, 1366)).toBe(1);
      expect(wallScale(true, 1920)).toBe(1.3);
      expect(wallScale(true, 3840)).toBe(2.5);
      expect(wallScale(true, 20000)).toBe(3);
    });
  });
});
