import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch, problem, renderWithProviders } from '@/testing/test-utils';
import type { Candidate, Task } from '../types';
import { TaskBoard } from './task-board';

const NOW = new Date('2026-11-29T01:00:00Z');

const OPEN_TASK: Task = {
  id: 't1',
  familyId: 'f1',
  districtCode: '350203',
  kind: 'HOME_VISIT',
  priority: 'URGENT',
  requiredSkills: ['PSYCHOLOGICAL_SUPPORT'],
  windowStart: '2026-12-01T09:00:00+08:00',
  windowEnd: '2026-12-01T11:00:00+08:00',
  status: 'OPEN',
  volunteerId: null,
  volunteerName: null,
  place: '前埔社区',
  instructions: null,
  preferredDialect: '闽南话',
  verification: 'CODE_OR_POSITION',
  version: 3,
};

const LIN: Candidate = {
  rank: 1,
  volunteerId: 'v1',
  name: '林美玲',
  score: 0.91,
  skillFit: 1,
  distanceKm: 1.2,
  distanceFit: 0.88,
  availabilityFit: 1,
  load: 1,
  loadFit: 0.8,
  dialectFit: 1,
};

function renderBoard(handlers: Parameters<typeof mockFetch>[0] = {}) {
  const fetchMock = mockFetch({
    'GET /api/volunteer/tasks': (url) => {
      const status = url.searchParams.get('status');
      const items = status === 'OPEN' ? [OPEN_TASK] : [];
      return json({ items, page: 0, size: 100, total: items.length });
    },
    'GET /api/volunteer/tasks/t1/candidates': () => json([LIN, { ...LIN, rank: 2, volunteerId: 'v2', name: '陈志强', score: 0.6, dialectFit: 0, distanceKm: null }]),
    ...handlers,
  });
  renderWithProviders(<TaskBoard now={() => NOW} />);
  return fetchMock;
}

describe('TaskBoard', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shouldShowTheWeeksTasksInAColumnPerState', async () => {
    const fetchMock = renderBoard();
    const open = await screen.findByRole('region', { name: /待分派/ });
    expect(within(open).getByRole('button', { name: /入户走访/ })).toHaveTextContent('紧急');
    expect(within(screen.getByRole('region', { name: /服务中/ })).getByText('无')).toBeInTheDocument();
    const urls = fetchMock.mock.calls.map(([url]) => new URL(String(url), 'http://localhost'));
    expect(urls.map((u) => u.searchParams.get('status'))).toEqual(['OPEN', 'ASSIGNED', 'ACCEPTED', 'CHECKED_IN']);
    expect(urls[0].searchParams.get('from')).toBe('2026-11-28T00:00:00+08:00');
    expect(urls[0].searchParams.get('to')).toBe('2026-12-06T00:00:00+08:00');
  });

  it('shouldShowWhyEachCandidateRanksAndAssignWithTheTasksVersion', async () => {
    const user = userEvent.setup();
    const fetchMock = renderBoard({
      'POST /api/volunteer/tasks/t1/assignment': () => json({ ...OPEN_TASK, status: 'ASSIGNED', volunteerId: 'v1', volunteerName: '林美玲', version: 4 }),
    });
    await user.click(await screen.findByRole('button', { name: /入户走访/ }));
    const lin = await screen.findByRole('row', { name: /林美玲/ });
    expect(within(lin).getByText('91%')).toBeInTheDocument();
    expect(within(lin).getByText('距离 88% (1.2 公里)')).toBeInTheDocument();
    expect(within(lin).getByText('负荷 80% (近期 1 项)')).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /陈志强/ })).getByText('方言 0%')).toBeInTheDocument();

    await user.click(within(lin).getByRole('button', { name: '分派给 林美玲' }));
    await waitFor(() => expect(screen.getByRole('complementary')).toHaveTextContent('林美玲'));
    const call = fetchMock.mock.calls.find(([url]) => String(url).endsWith('/assignment'))!;
    expect(JSON.parse(String((call[1] as RequestInit).body))).toEqual({ volunteerId: 'v1', version: 3 });
  });

  it('shouldExplainADoubleBookingRefusal', async () => {
    const user = userEvent.setup();
    renderBoard({
      'POST /api/volunteer/tasks/t1/assignment': () =>
        problem({ status: 409, detail: '该志愿者在此时段已有任务', violations: [{ field: 'volunteerId', message: '时间冲突' }] }),
    });
    await user.click(await screen.findByRole('button', { name: /入户走访/ }));
    await user.click(await screen.findByRole('button', { name: '分派给 林美玲' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('该志愿者在此时段已有任务');
  });

  it('shouldCancelOnlyWithAReason', async () => {
    const user = userEvent.setup();
    const fetchMock = renderBoard({
      'POST /api/volunteer/tasks/t1/cancel': () => json({ ...OPEN_TASK, status: 'CANCELLED' }),
    });
    await user.click(await screen.findByRole('button', { name: /入户走访/ }));
    await user.click(await screen.findByRole('button', { name: '取消任务' }));
    expect(screen.getByRole('button', { name: '确认取消' })).toBeDisabled();
    await user.type(screen.getByLabelText('取消原因'), '家属已陪同就医');
    await user.click(screen.getByRole('button', { name: '确认取消' }));
    await screen.findByText('已取消');
    const call = fetchMock.mock.calls.find(([url]) => String(url).endsWith('/cancel'))!;
    expect(JSON.parse(String((call[1] as RequestInit).body))).toEqual({ reason: '家属已陪同就医', version: 3 });
  });
});
