import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch, renderRoutes } from '@/testing/test-utils';
import { CallQueue } from './call-queue';

const entry = (id: string, attempts = 0) => ({
  id,
  campaignId: 'c1',
  familyId: 'f-' + id,
  volunteerId: null,
  districtCode: '350203',
  status: 'CLAIMED',
  attempts,
  lastOutcome: attempts ? 'NO_ANSWER' : null,
  nextAttemptAt: null,
  needsFollowUp: false,
});

describe('CallQueue', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shouldRecordAnOutcomeInOneTapAndFetchTheNextCall', async () => {
    const user = userEvent.setup();
    const queue = [entry('e1', 1), entry('e2')];
    const fetchMock = mockFetch({
      'POST /api/volunteer/campaigns/c1/next-call': () => {
        const next = queue.shift();
        return next ? json(next) : new Response(null, { status: 204 });
      },
      'POST /api/volunteer/campaigns/c1/calls/e1/outcome': () => json({ ...entry('e1', 2), status: 'DONE' }),
      'POST /api/volunteer/campaigns/c1/calls/e2/outcome': () => json({ ...entry('e2', 1), status: 'PENDING' }),
    });
    renderRoutes([{ path: '/m/calls/:campaignId', element: <CallQueue /> }], '/m/calls/c1', {
      caller: { name: '张敏', roles: ['volunteer'] },
    });

    await user.click(screen.getByRole('button', { name: '下一个电话' }));
    expect(await screen.findByText('第 2 次拨打')).toBeInTheDocument();
    expect(screen.getByText('上次结果：无人接听')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '已接通' }));
    expect(await screen.findByText('第 1 次拨打')).toBeInTheDocument();
    expect(screen.getByText('本次已记录 1 个电话')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '无人接听' }));
    expect(await screen.findByText('目前没有需要拨打的电话。')).toBeInTheDocument();

    const outcome = fetchMock.mock.calls.find(([url]) => String(url).endsWith('/calls/e1/outcome'))!;
    expect(JSON.parse(String((outcome[1] as RequestInit).body))).toEqual({ outcome: 'REACHED' });
  });
});
