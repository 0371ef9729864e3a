import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Caller } from '@/lib/auth';
import { json, mockFetch, problem, renderRoutes } from '@/testing/test-utils';
import type { Task, VisitCard } from '../types';
import { MobileLayout } from './mobile-layout';
import { TaskPage } from './task-page';

const volunteer: Caller = { name: '张敏', roles: ['volunteer'] };
const FAMILY = '6b1f3a52-9c0e-4f7b-8d21-3e5a7c9b1d02';

export const TASK: Task = {
  id: 't1',
  familyId: FAMILY,
  districtCode: '350203',
  kind: 'HOME_VISIT',
  priority: 'NORMAL',
  windowStart: '2026-11-29T09:00:00+08:00',
  windowEnd: '2026-11-29T11:00:00+08:00',
  status: 'ACCEPTED',
  volunteerId: 'v1',
  volunteerName: '张敏',
  place: '莲前街道前埔社区',
  instructions: '老人独居，耳背，请大声说话',
  latitude: 24.4486,
  longitude: 118.1327,
  preferredDialect: '闽南话',
  verification: 'CODE_OR_POSITION',
  checkedInAt: null,
  checkInMethod: null,
  checkedOutAt: null,
  completedAt: null,
  version: 2,
};

const CARD: VisitCard = {
  familyId: FAMILY,
  taskId: 't1',
  taskKind: 'HOME_VISIT',
  windowStart: TASK.windowStart,
  windowEnd: TASK.windowEnd,
  districtName: '思明区',
  street: '莲前街道',
  community: '前埔社区',
  address: '前埔一里 12 号 402 室',
  people: [{ name: '陈美华', relation: 'MOTHER', age: 78, livingAlone: true, phone: '13806001234' }],
  needs: ['MEDICAL'],
};

const CHECKED_IN: Task = { ...TASK, status: 'CHECKED_IN', checkedInAt: '2026-11-29T09:02:00+08:00', checkInMethod: 'CODE' };

function renderTask(handlers: Parameters<typeof mockFetch>[0]) {
  const fetchMock = mockFetch({ [`GET /api/family/families/${FAMILY}/visit-card`]: () => json(CARD), ...handlers });
  const rendered = renderRoutes(
    [{ path: '/m', element: <MobileLayout />, children: [{ path: 'tasks/:taskId', element: <TaskPage /> }] }],
    '/m/tasks/t1',
    { caller: volunteer },
  );
  return { ...rendered, fetchMock };
}

const bodyOf = (fetchMock: ReturnType<typeof mockFetch>, path: string) =>
  JSON.parse(String((fetchMock.mock.calls.find(([url]) => String(url).startsWith(path))![1] as RequestInit).body));

describe('TaskPage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    localStorage.clear();
  });

  it('shouldShowTheVisitCardWithACallLinkAndTheWayThere', async () => {
    renderTask({ 'GET /api/volunteer/tasks/t1': () => json(TASK) });
    expect(await screen.findByRole('heading', { level: 1, name: '入户走访' })).toBeInTheDocument();
    expect(await screen.findByTestId('visit-address')).toHaveTextContent('思明区 莲前街道前埔社区前埔一里 12 号 402 室');
    expect(screen.getByRole('link', { name: '打电话给陈美华' })).toHaveAttribute('href', 'tel:13806001234');
    const navigate = screen.getByRole('link', { name: '导航前往（高德地图）' });
    expect(navigate.getAttribute('href')).toContain('https://uri.amap.com/marker?position=118.1327%2C24.4486');
    expect(navigate.getAttribute('href')).toContain('coordinate=wgs84');
    expect(screen.getByRole('link', { name: '用其他地图打开' })).toHaveAttribute('href', 'geo:24.4486,118.1327?q=24.4486,118.1327');
    expect(screen.getByText('老人独居，耳背，请大声说话')).toBeInTheDocument();
    expect(screen.getByText('医疗')).toBeInTheDocument();
  });

  it('shouldSayTheVisitCardOpensOnlyAroundTheTask', async () => {
    renderTask({
      'GET /api/volunteer/tasks/t1': () => json({ ...TASK, place: null, instructions: null, latitude: null, longitude: null }),
      [`GET /api/family/families/${FAMILY}/visit-card`]: () => problem({ status: 404, detail: '没有找到' }),
    });
    expect(await screen.findByText('走访卡只在任务时间前后开放查看。')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /导航/ })).not.toBeInTheDocument();
  });

  it('shouldAcceptAnAssignedTaskWithTheVersionItRead', async () => {
    const user = userEvent.setup();
    const { fetchMock } = renderTask({
      'GET /api/volunteer/tasks/t1': () => json({ ...TASK, status: 'ASSIGNED' }),
      'POST /api/volunteer/tasks/t1/accept': () => json({ ...TASK, status: 'ACCEPTED', version: 3 }),
    });
    await user.click(await screen.findByRole('button', { name: '接受任务' }));
    await waitFor(() => expect(screen.getByTestId('task-status')).toHaveTextContent('已接受'));
    expect(fetchMock.mock.calls.some(([url]) => String(url) === '/api/volunteer/tasks/t1/accept?version=2')).toBe(true);
  });

  it('shouldDeclineWithAReason', async () => {
    const user = userEvent.setup();
    const { fetchMock } = renderTask({
      'GET /api/volunteer/tasks/t1': () => json({ ...TASK, status: 'ASSIGNED' }),
      'POST /api/volunteer/tasks/t1/decline': () => json({ ...TASK, status: 'OPEN' }),
    });
    await user.click(await screen.findByRole('button', { name: '无法前往' }));
    await user.type(screen.getByLabelText('原因（可不填）'), '当天住院复查');
    await user.click(screen.getByRole('button', { name: '确认推辞' }));
    await screen.findByText('这项任务目前没有分派给您。');
    expect(bodyOf(fetchMock, '/api/volunteer/tasks/t1/decline')).toEqual({ reason: '当天住院复查' });
  });

  it('shouldCheckInWithTheTypedCode', async () => {
    const user = userEvent.setup();
    const { fetchMock } = renderTask({
      'GET /api/volunteer/tasks/t1': () => json(TASK),
      'POST /api/volunteer/tasks/t1/check-in': () => json(CHECKED_IN),
    });
    await user.type(await screen.findByLabelText('签到码'), '482 913');
    await user.click(screen.getByRole('button', { name: '签到' }));
    await waitFor(() => expect(screen.getByTestId('task-status')).toHaveTextContent('服务中'));
    expect(bodyOf(fetchMock, '/api/volunteer/tasks/t1/check-in')).toEqual({ code: '482913' });
    expect(screen.getByRole('heading', { name: '走访记录' })).toBeInTheDocument();
  });

  it('shouldCheckInWithThePhonesPosition', async () => {
    const user = userEvent.setup();
    vi.stubGlobal('navigator', {
      ...navigator,
      onLine: true,
      geolocation: {
        getCurrentPosition: (ok: PositionCallback) =>
          ok({ coords: { latitude: 24.4487, longitude: 118.1329, accuracy: 12 } } as GeolocationPosition),
      },
    });
    const { fetchMock } = renderTask({
      'GET /api/volunteer/tasks/t1': () => json(TASK),
      'POST /api/volunteer/tasks/t1/check-in': () => json({ ...CHECKED_IN, checkInMethod: 'POSITION' }),
    });
    await user.click(await screen.findByRole('button', { name: '获取我的位置' }));
    expect(screen.getByTestId('position-state')).toHaveTextContent('已获取位置（误差约 12 米）');
    await user.click(screen.getByRole('button', { name: '签到' }));
    await waitFor(() => expect(screen.getByTestId('task-status')).toHaveTextContent('服务中'));
    expect(bodyOf(fetchMock, '/api/volunteer/tasks/t1/check-in')).toEqual({ position: { latitude: 24.4487, longitude: 118.1329 } });
  });

  it('shouldShowAWrongCodeNextToTheCodeField', async () => {
    const user = userEvent.setup();
    renderTask({
      'GET /api/volunteer/tasks/t1': () => json(TASK),
      'POST /api/volunteer/tasks/t1/check-in': () =>
        problem({ status: 422, detail: '签到未通过核验', violations: [{ field: 'code', message: '签到码错误' }] }),
    });
    await user.type(await screen.findByLabelText('签到码'), '000000');
    await user.click(screen.getByRole('button', { name: '签到' }));
    expect(await screen.findByText('签到码错误')).toBeInTheDocument();
    expect(screen.getByLabelText('签到码')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('签到未通过核验');
  });

  it('shouldAskForACodeOrPositionBeforeSending', async () => {
    const user = userEvent.setup();
    const { fetchMock } = renderTask({ 'GET /api/volunteer/tasks/t1': () => json(TASK) });
    await user.click(await screen.findByRole('button', { name: '签到' }));
    expect(screen.getByText('请输入签到码或获取定位')).toBeInTheDocument();
    expect(fetchMock.mock.calls.some(([url]) => String(url).includes('check-in'))).toBe(false);
  });

  it('shouldSendTheVisitReportAndCompleteTheTask', async () => {
    const user = userEvent.setup();
    const { fetchMock } = renderTask({
      'GET /api/volunteer/tasks/t1': () => json(CHECKED_IN),
      'POST /api/volunteer/tasks/t1/completion': () => json({ ...CHECKED_IN, status: 'COMPLETED' }),
    });
    await user.click(await screen.findByLabelText('4 较好'));
    await user.click(screen.getByLabelText('医疗'));
    await user.type(screen.getByLabelText('情况记录'), '老人情绪平稳，提到膝盖疼');
    await user.click(screen.getByRole('button', { name: '提交记录并签退' }));
    expect(await screen.findByText('任务已完成，感谢您的服务！')).toBeInTheDocument();
    expect(bodyOf(fetchMock, '/api/volunteer/tasks/t1/completion')).toEqual({
      wellbeing: 4,
      needsObserved: ['MEDICAL'],
      notes: '老人情绪平稳，提到膝盖疼',
      checkedOutAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(localStorage.length).toBe(0);
  });

  it('shouldRequireAWellbeingScoreAndAFollowUpsDueDate', async () => {
    const user = userEvent.setup();
    const { fetchMock } = renderTask({ 'GET /api/volunteer/tasks/t1': () => json(CHECKED_IN) });
    await user.type(await screen.findByLabelText(/需要跟进的事项/), '联系社区医生');
    await user.click(screen.getByRole('button', { name: '提交记录并签退' }));
    expect(screen.getByText('请为老人的状态评分（1–5）')).toBeInTheDocument();
    expect(screen.getByText('有跟进事项时须填写完成期限')).toBeInTheDocument();
    expect(fetchMock.mock.calls.some(([url]) => String(url).includes('completion'))).toBe(false);
  });

  it('shouldKeepTheReportOnThePhoneWhenOfflineAndSendItWhenBack', async () => {
    const user = userEvent.setup();
    let online = false;
    renderTask({
      'GET /api/volunteer/tasks/t1': () => json(CHECKED_IN),
      'POST /api/volunteer/tasks/t1/completion': () => {
        if (!online) throw new TypeError('Failed to fetch');
        return json({ ...CHECKED_IN, status: 'COMPLETED' });
      },
    });
    await user.click(await screen.findByLabelText('3 一般'));
    await user.click(screen.getByRole('button', { name: '提交记录并签退' }));

    const pending = await screen.findByTestId('report-pending');
    expect(within(pending).getByText('待发送')).toBeInTheDocument();
    expect(screen.getByTestId('pending-count')).toHaveTextContent('1 份走访记录待发送');
    expect(localStorage.getItem('nuanxin.pending-reports.v1:张敏')).toContain('"wellbeing":3');

    online = true;
    window.dispatchEvent(new Event('online'));
    await waitFor(() => expect(screen.queryByTestId('report-pending')).not.toBeInTheDocument());
    expect(screen.queryByTestId('pending-count')).not.toBeInTheDocument();
    expect(localStorage.getItem('nuanxin.pending-reports.v1:张敏')).toBeNull();
  });

  it('shouldShowARefusedReportWithTheReasonAndLetItBeCorrected', async () => {
    const user = userEvent.setup();
    renderTask({
      'GET /api/volunteer/tasks/t1': () => json(CHECKED_IN),
      'POST /api/volunteer/tasks/t1/completion': () =>
        problem({ status: 400, detail: '请求有 1 处错误', violations: [{ field: 'notes', message: '记录不超过 2000 字' }] }),
    });
    await user.click(await screen.findByLabelText('5 很好'));
    await user.click(screen.getByRole('button', { name: '提交记录并签退' }));
    const rejected = await screen.findByTestId('report-rejected');
    expect(within(rejected).getByText('服务器未接收这份走访记录：请求有 1 处错误')).toBeInTheDocument();
    await user.click(within(rejected).getByRole('button', { name: '修改后重新发送' }));
    expect(screen.getByLabelText('5 很好')).toBeChecked();
    expect(screen.getByText('记录不超过 2000 字')).toBeInTheDocument();
  });

  it('shouldLetAPhoneCallBeReportedWithItsLengthWithoutCheckingIn', async () => {
    const user = userEvent.setup();
    const { fetchMock } = renderTask({
      'GET /api/volunteer/tasks/t1': () => json({ ...TASK, kind: 'PHONE_CONTACT' }),
      'POST /api/volunteer/tasks/t1/completion': () => json({ ...TASK, kind: 'PHONE_CONTACT', status: 'COMPLETED' }),
    });
    expect(await screen.findByRole('heading', { level: 1, name: '电话联络' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '签到' })).not.toBeInTheDocument();
    await user.click(screen.getByLabelText('4 较好'));
    await user.type(screen.getByLabelText(/通话时长/), '15');
    await user.click(screen.getByRole('button', { name: '提交记录，完成任务' }));
    await screen.findByText('任务已完成，感谢您的服务！');
    expect(bodyOf(fetchMock, '/api/volunteer/tasks/t1/completion')).toMatchObject({ wellbeing: 4, durationMinutes: 15 });
  });

  it('shouldCheckOutAndCompleteAnErrand', async () => {
    const user = userEvent.setup();
    const errand = { ...CHECKED_IN, kind: 'ERRAND' as const };
    renderTask({
      'GET /api/volunteer/tasks/t1': () => json(errand),
      'POST /api/volunteer/tasks/t1/check-out': () => json({ ...errand, checkedOutAt: '2026-11-29T10:30:00+08:00' }),
      'POST /api/volunteer/tasks/t1/completion': () => json({ ...errand, status: 'COMPLETED' }),
    });
    await user.click(await screen.findByRole('button', { name: '签退' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: '签退' })).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: '完成任务' }));
    expect(await screen.findByText('任务已完成，感谢您的服务！')).toBeInTheDocument();
  });
});
