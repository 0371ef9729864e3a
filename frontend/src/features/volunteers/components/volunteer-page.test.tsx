import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Caller } from '@/lib/auth';
import { json, mockFetch, problem, renderRoutes } from '@/testing/test-utils';
import type { Volunteer } from '../types';
import { VolunteerDirectory } from './volunteer-directory';
import { VolunteerPage } from './volunteer-page';

const ID = '5c0e2f4a-7b1d-4e6f-9a3c-1d2e3f4a5b6c';
const APPLICANT: Volunteer = {
  id: ID,
  name: '林美玲',
  phoneMasked: '139****2345',
  districtCode: '350203',
  districtName: '思明区',
  kind: 'VOLUNTEER',
  skills: ['HOME_VISIT'],
  qualifications: [],
  dialects: ['闽南话'],
  status: 'APPLICANT',
  registeredAt: '2026-11-28T09:30:00+08:00',
  username: null,
};
const TRAINED = { from: 'APPLICANT', to: 'ACTIVE', reason: '完成岗前培训', changedBy: 'siming', changedAt: '2026-11-29T02:00:00Z' };

function renderPage(handlers: Parameters<typeof mockFetch>[0], caller?: Caller) {
  const fetchMock = mockFetch({ [`GET /api/volunteer/volunteers/${ID}/status-history`]: () => json([]), ...handlers });
  renderRoutes(
    [
      { path: '/volunteers/:volunteerId', element: <VolunteerPage /> },
      { path: '/volunteers', element: <VolunteerDirectory /> },
    ],
    `/volunteers/${ID}`,
    { caller },
  );
  return fetchMock;
}

const requestsTo = (fetchMock: ReturnType<typeof mockFetch>, method: string, path: string) =>
  fetchMock.mock.calls
    .filter(([input, init]) => (init?.method ?? 'GET') === method && new URL(String(input), 'http://localhost').pathname === path)
    .map(([, init]) => JSON.parse(String(init!.body)));

describe('VolunteerPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shouldActivateAnApplicantAfterTrainingWithTheReason', async () => {
    const user = userEvent.setup();
    let history: unknown[] = [];
    const fetchMock = renderPage({
      [`GET /api/volunteer/volunteers/${ID}`]: () => json(APPLICANT),
      [`GET /api/volunteer/volunteers/${ID}/status-history`]: () => json(history),
      [`POST /api/volunteer/volunteers/${ID}/status`]: () => {
        history = [TRAINED];
        return json({ ...APPLICANT, status: 'ACTIVE' });
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: /林美玲/ })).toHaveTextContent('申请中');
    expect(screen.getByText('还没有状态变更。')).toBeInTheDocument();
    const status = screen.getByLabelText(/改为/);
    expect(within(status).getAllByRole('option').map((o) => o.textContent)).toEqual(['在岗（培训合格）', '退出']);
    await user.type(screen.getByLabelText(/原因/), '完成岗前培训');
    await user.click(screen.getByRole('button', { name: '确认变更' }));
    expect(await screen.findByText('林美玲 已改为在岗')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('在岗');
    expect(requestsTo(fetchMock, 'POST', `/api/volunteer/volunteers/${ID}/status`)).toEqual([{ status: 'ACTIVE', reason: '完成岗前培训' }]);
    expect(await screen.findByText(/申请中 → 在岗，完成岗前培训（siming）/)).toBeInTheDocument();
    // Now active: the choices are suspend or leave.
    expect(within(screen.getByLabelText(/改为/)).getAllByRole('option').map((o) => o.textContent)).toEqual(['暂停', '退出']);
  });

  it('shouldShowTheRefusalOfASuspensionWithOpenTasksAtTheStatus', async () => {
    const user = userEvent.setup();
    const fetchMock = renderPage({
      [`GET /api/volunteer/volunteers/${ID}`]: () => json({ ...APPLICANT, status: 'ACTIVE' }),
      [`POST /api/volunteer/volunteers/${ID}/status`]: () =>
        problem({ status: 409, detail: '状态不能变更', violations: [{ field: 'status', message: '名下还有 2 项未完成的任务，请先改派或取消' }] }),
    });
    await screen.findByRole('heading', { level: 1, name: /林美玲/ });
    await user.selectOptions(screen.getByLabelText(/改为/), 'SUSPENDED');
    await user.type(screen.getByLabelText(/原因/), '投诉核查');
    await user.click(screen.getByRole('button', { name: '确认变更' }));
    expect(await screen.findByText('名下还有 2 项未完成的任务，请先改派或取消')).toBeInTheDocument();
    expect(screen.getByLabelText(/改为/)).toHaveAttribute('aria-invalid', 'true');
    expect(requestsTo(fetchMock, 'POST', `/api/volunteer/volunteers/${ID}/status`)).toEqual([{ status: 'SUSPENDED', reason: '投诉核查' }]);
  });

  it('shouldAskForAReasonBeforeSending', async () => {
    const user = userEvent.setup();
    const fetchMock = renderPage({ [`GET /api/volunteer/volunteers/${ID}`]: () => json(APPLICANT) });
    await screen.findByRole('heading', { level: 1, name: /林美玲/ });
    await user.click(screen.getByRole('button', { name: '确认变更' }));
    expect(screen.getByText('请填写原因')).toBeInTheDocument();
    expect(requestsTo(fetchMock, 'POST', `/api/volunteer/volunteers/${ID}/status`)).toEqual([]);
  });

  it('shouldLinkTheLoginAccountAndShowAnAccountTakenAtIt', async () => {
    const user = userEvent.setup();
    let attempt = 0;
    const fetchMock = renderPage({
      [`GET /api/volunteer/volunteers/${ID}`]: () => json(APPLICANT),
      [`PUT /api/volunteer/volunteers/${ID}/account`]: () =>
        ++attempt === 1
          ? problem({ status: 409, detail: '账号已绑定其他人员', violations: [{ field: 'username', message: '该账号已绑定其他人员' }] })
          : json({ ...APPLICANT, username: 'linmeiling' }),
    });
    await screen.findByRole('heading', { level: 1, name: /林美玲/ });
    const account = screen.getByRole('region', { name: '登录账号' });
    await user.type(within(account).getByLabelText(/登录账号/), 'volunteer');
    await user.click(within(account).getByRole('button', { name: '保存账号' }));
    expect(await within(account).findByText('该账号已绑定其他人员')).toBeInTheDocument();
    await user.clear(within(account).getByLabelText(/登录账号/));
    await user.type(within(account).getByLabelText(/登录账号/), 'linmeiling');
    await user.click(within(account).getByRole('button', { name: '保存账号' }));
    expect(await screen.findByText('已绑定账号 linmeiling')).toBeInTheDocument();
    expect(requestsTo(fetchMock, 'PUT', `/api/volunteer/volunteers/${ID}/account`)).toEqual([{ username: 'volunteer' }, { username: 'linmeiling' }]);
    expect(within(account).getByRole('button', { name: '解除绑定' })).toBeInTheDocument();
  });

  it('shouldLetAnAuditorReadButChangeNothing', async () => {
    renderPage({ [`GET /api/volunteer/volunteers/${ID}`]: () => json(APPLICANT) }, { name: 'x', roles: ['auditor'] });
    await screen.findByRole('heading', { level: 1, name: /林美玲/ });
    expect(screen.queryByRole('button', { name: '确认变更' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '保存账号' })).not.toBeInTheDocument();
  });

  it('shouldBeReachedFromTheDirectoryWhichOffersRegistration', async () => {
    const user = userEvent.setup();
    mockFetch({
      'GET /api/volunteer/volunteers': () => json({ items: [APPLICANT], page: 0, size: 20, total: 1 }),
      [`GET /api/volunteer/volunteers/${ID}`]: () => json(APPLICANT),
      [`GET /api/volunteer/volunteers/${ID}/status-history`]: () => json([]),
    });
    renderRoutes(
      [
        { path: '/volunteers/:volunteerId', element: <VolunteerPage /> },
        { path: '/volunteers', element: <VolunteerDirectory /> },
      ],
      '/volunteers',
    );
    expect(screen.getByRole('link', { name: '登记志愿者' })).toHaveAttribute('href', '/volunteers/new');
    await user.click(await screen.findByRole('link', { name: '变更 林美玲 的状态' }));
    expect(await screen.findByRole('heading', { name: '变更状态' })).toBeInTheDocument();
  });
});
