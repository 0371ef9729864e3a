import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch, problem, renderWithProviders } from '@/testing/test-utils';
import { MyActivities } from './my-activities';

const NOW = new Date('2026-11-29T01:00:00Z');
const LECTURE = { id: 'a1', siteId: 's1', districtCode: '350203', kind: 'LECTURE', title: '冬季养生讲座', startsAt: '2026-11-30T09:30:00+08:00', endsAt: '2026-11-30T11:00:00+08:00', status: 'SCHEDULED' };
const MEAL = { ...LECTURE, id: 'a2', kind: 'CANTEEN_MEAL', title: '敬老午餐', districtCode: '350206', startsAt: '2026-12-01T11:00:00+08:00', endsAt: '2026-12-01T13:00:00+08:00' };

describe('MyActivities', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shouldListMySignUpsAndLetMeSignUpForAnother', async () => {
    const user = userEvent.setup();
    let mine = [{ activityId: 'a1', siteId: 's1', districtCode: '350203', kind: 'LECTURE', title: '冬季养生讲座', startsAt: LECTURE.startsAt, endsAt: LECTURE.endsAt, status: 'SCHEDULED', signedUpAt: '2026-11-20T10:00:00+08:00' }];
    const fetchMock = mockFetch({
      'GET /api/care-home/volunteer-signups': () => json({ items: mine, page: 0, size: 50, total: mine.length }),
      'GET /api/care-home/activities': () => json({ items: [LECTURE, MEAL], page: 0, size: 50, total: 2 }),
      'PUT /api/care-home/activities/a2/volunteers/me': () => {
        mine = [...mine, { ...mine[0], activityId: 'a2', kind: 'CANTEEN_MEAL', title: '敬老午餐', startsAt: MEAL.startsAt, endsAt: MEAL.endsAt }];
        return new Response(null, { status: 201 });
      },
    });
    renderWithProviders(<MyActivities now={() => NOW} />, { caller: { name: '张敏', roles: ['volunteer'] } });
    const signedUp = await screen.findByText('暖心大学堂：冬季养生讲座');
    expect(within(signedUp.closest('li')!).getByRole('button', { name: '取消报名' })).toBeInTheDocument();
    const meal = (await screen.findByText('敬老餐：敬老午餐')).closest('li')!;
    expect(within(meal).getByText('湖里区')).toBeInTheDocument();
    await user.click(within(meal).getByRole('button', { name: '报名协助' }));
    expect(await screen.findByText('已报名，感谢您！')).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByRole('button', { name: '取消报名' })).toHaveLength(2));
    expect(screen.queryByRole('button', { name: '报名协助' })).not.toBeInTheDocument();
    expect(new URL(String(fetchMock.mock.calls[0][0]), 'http://localhost').searchParams.get('from')).toBe('2026-11-29T01:00:00.000Z');
  });

  it('shouldSayWhyASignUpWasRefused', async () => {
    const user = userEvent.setup();
    mockFetch({
      'GET /api/care-home/volunteer-signups': () => json({ items: [], page: 0, size: 50, total: 0 }),
      'GET /api/care-home/activities': () => json({ items: [LECTURE], page: 0, size: 50, total: 1 }),
      'PUT /api/care-home/activities/a1/volunteers/me': () => problem({ status: 409, detail: '活动已开始' }),
    });
    renderWithProviders(<MyActivities now={() => NOW} />);
    expect(await screen.findByText('还没有报名协助的活动。')).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: '报名协助' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('活动已开始');
  });
});
