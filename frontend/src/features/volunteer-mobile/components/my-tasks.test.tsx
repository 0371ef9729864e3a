import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch, problem, renderRoutes } from '@/testing/test-utils';
import type { Task } from '../types';
import { MobileLayout } from './mobile-layout';
import { MyTasks } from './my-tasks';

const NOW = new Date('2026-11-29T01:30:00Z'); // 09:30 in Xiamen

const task = (id: string, start: string, end: string, changes: Partial<Task> = {}): Task =>
  ({
    id,
    familyId: 'f-' + id,
    districtCode: '350203',
    kind: 'HOME_VISIT',
    priority: 'NORMAL',
    windowStart: start,
    windowEnd: end,
    status: 'ACCEPTED',
    place: null,
    verification: 'CODE_OR_POSITION',
    version: 0,
    ...changes,
  }) as Task;

function renderList() {
  return renderRoutes(
    [{ path: '/m', element: <MobileLayout />, children: [{ index: true, element: <MyTasks now={() => NOW} /> }] }],
    '/m',
    { caller: { name: '张敏', roles: ['volunteer'] } },
  );
}

describe('MyTasks', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    localStorage.clear();
  });

  it('shouldListTodaysTasksThenTheComingOnesAndAskForXiamensDay', async () => {
    const fetchMock = mockFetch({
      'GET /api/volunteer/tasks': () =>
        json({
          items: [
            task('a', '2026-11-29T09:00:00+08:00', '2026-11-29T11:00:00+08:00', { status: 'CHECKED_IN', place: '前埔社区' }),
            task('b', '2026-11-29T15:00:00+08:00', '2026-11-29T16:00:00+08:00', { kind: 'PHONE_CONTACT', status: 'ASSIGNED' }),
            task('c', '2026-12-01T09:00:00+08:00', '2026-12-01T10:00:00+08:00', { kind: 'ACCOMPANY_TO_HOSPITAL' }),
            task('d', '2026-12-02T09:00:00+08:00', '2026-12-02T10:00:00+08:00', { status: 'CANCELLED' }),
          ],
          page: 0,
          size: 50,
          total: 4,
        }),
    });
    renderList();
    const today = await screen.findAllByRole('link', { name: /09:00–11:00|15:00–16:00/ });
    expect(today.map((link) => link.getAttribute('href'))).toEqual(['/m/tasks/a', '/m/tasks/b']);
    expect(within(today[0]).getByText('服务中')).toBeInTheDocument();
    expect(within(today[0]).getByText('前埔社区')).toBeInTheDocument();
    expect(within(today[1]).getByText('待接受')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '接下来七天' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /陪诊/ })).toHaveAttribute('href', '/m/tasks/c');
    expect(screen.queryByRole('link', { name: /已取消/ })).not.toBeInTheDocument();
    const url = new URL(String(fetchMock.mock.calls[0][0]), 'http://localhost');
    expect(url.searchParams.get('from')).toBe('2026-11-29T00:00:00+08:00');
    expect(url.searchParams.get('to')).toBe('2026-12-07T00:00:00+08:00');
  });

  it('shouldMarkATaskWhoseReportWaitsOnThePhone', async () => {
    localStorage.setItem(
      'nuanxin.pending-reports.v1:张敏',
      JSON.stringify([{ taskId: 'a', report: { wellbeing: 3 }, savedAt: NOW.toISOString(), attempts: 1, state: 'pending' }]),
    );
    mockFetch({
      'GET /api/volunteer/tasks': () =>
        json({ items: [task('a', '2026-11-29T09:00:00+08:00', '2026-11-29T11:00:00+08:00', { status: 'CHECKED_IN' })], page: 0, size: 50, total: 1 }),
      'POST /api/volunteer/tasks/a/completion': () => {
        throw new TypeError('Failed to fetch');
      },
    });
    renderList();
    const card = await screen.findByRole('link', { name: /09:00–11:00/ });
    expect(within(card).getByText('待发送')).toBeInTheDocument();
    expect(screen.getByTestId('pending-count')).toHaveTextContent('1 份走访记录待发送');
  });

  it('shouldSayWhenThereIsNothingToday', async () => {
    mockFetch({ 'GET /api/volunteer/tasks': () => json({ items: [], page: 0, size: 50, total: 0 }) });
    renderList();
    expect(await screen.findByText('今天没有任务。')).toBeInTheDocument();
  });

  it('shouldOfferARetryWhenTheListFails', async () => {
    mockFetch({ 'GET /api/volunteer/tasks': () => problem({ status: 503, detail: '服务暂不可用' }) });
    renderList();
    expect(await screen.findByText('服务暂不可用')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '重试' })).toBeInTheDocument();
  });
});
