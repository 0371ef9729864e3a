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

const card = (familyId: string, name: string, phone: string) => ({
  familyId,
  taskId: 'e',
  taskKind: 'CAMPAIGN_CALL',
  windowStart: '2026-12-01T09:00:00+08:00',
  windowEnd: '2026-12-01T09:30:00+08:00',
  districtName: '思明区',
  street: '嘉莲街道',
  community: '莲花五村社区',
  address: '莲花五村 12 号',
  people: [{ name, relation: 'MOTHER', age: 78, livingAlone: true, phone }],
  needs: [],
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
      'GET /api/family/families/f-e1/visit-card': () => json(card('f-e1', '陈美华', '13806001234')),
      'GET /api/family/families/f-e2/visit-card': () => json(card('f-e2', '林秀英', '13906005678')),
      'POST /api/volunteer/campaigns/c1/calls/e1/outcome': () => json({ ...entry('e1', 2), status: 'DONE' }),
      'POST /api/volunteer/campaigns/c1/calls/e2/outcome': () => json({ ...entry('e2', 1), status: 'PENDING' }),
    });
    renderRoutes([{ path: '/m/calls/:campaignId', element: <CallQueue /> }], '/m/calls/c1', {
      caller: { name: '张敏', roles: ['volunteer'] },
    });

    await user.click(screen.getByRole('button', { name: '下一个电话' }));
    expect(await screen.findByText('第 2 次拨打')).toBeInTheDocument();
    expect(screen.getByText('上次结果：无人接听')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: '打电话给陈美华' })).toHaveAttribute('href', 'tel:13806001234');
    await user.click(screen.getByRole('button', { name: '已接通' }));
    expect(await screen.findByText('第 1 次拨打')).toBeInTheDocument();
    expect(screen.getByText('本次已记录 1 个电话')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: '打电话给林秀英' })).toHaveAttribute('href', 'tel:13906005678');
    await user.click(screen.getByRole('button', { name: '无人接听' }));
    expect(await screen.findByText('目前没有需要拨打的电话。')).toBeInTheDocument();

    const outcome = fetchMock.mock.calls.find(([url]) => String(url).endsWith('/calls/e1/outcome'))!;
    expect(JSON.parse(String((outcome[1] as RequestInit).body))).toEqual({ outcome: 'REACHED' });
  });

  it('shouldWaitForTheFamilysCardToOpenAfterTheClaim', async () => {
    const user = userEvent.setup();
    let asked = 0;
    mockFetch({
      'POST /api/volunteer/campaigns/c1/next-call': () => json(entry('e1')),
      // the claim's event reaches family-service a moment later: the first answer is 404
      'GET /api/family/families/f-e1/visit-card': () =>
        ++asked === 1
          ? new Response(JSON.stringify({ status: 404, title: 'Not Found' }), { status: 404, headers: { 'Content-Type': 'application/problem+json' } })
          : json(card('f-e1', '陈美华', '13806001234')),
    });
    renderRoutes([{ path: '/m/calls/:campaignId', element: <CallQueue /> }], '/m/calls/c1', {
      caller: { name: '张敏', roles: ['volunteer'] },
    });

    await user.click(screen.getByRole('button', { name: '下一个电话' }));
    expect(screen.getByText('正在取得电话号码…')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: '打电话给陈美华' }, { timeout: 3000 })).toHaveAttribute('href', 'tel:13806001234');
    expect(asked).toBe(2);
  });
});
