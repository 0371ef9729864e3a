import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch, renderWithProviders } from '@/testing/test-utils';
import type { OverdueFamily } from '../types';
import { OverdueWorklist } from './overdue-worklist';

const NEVER: OverdueFamily = {
  familyId: 'f1',
  districtCode: '350213',
  districtName: '翔安区',
  street: '马巷街道',
  community: '东渡社区',
  headName: '洪金水',
  riskLevel: 'HIGH',
  lastContactAt: null,
  lastVisitAt: null,
  daysSinceContact: null,
  daysSinceVisit: null,
  overdue: ['NO_CONTACT', 'NO_VISIT'],
};

const CALLED: OverdueFamily = {
  ...NEVER,
  familyId: 'f2',
  headName: '许桂芳',
  riskLevel: 'LOW',
  lastContactAt: '2026-11-27T10:00:00Z',
  daysSinceContact: 2,
  daysSinceVisit: 40,
  lastVisitAt: '2026-10-20T10:00:00Z',
  overdue: ['NO_VISIT'],
};

describe('OverdueWorklist', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shouldShowWhyEachFamilyIsOverdue', async () => {
    mockFetch({ 'GET /api/family/contacts/overdue': () => json({ items: [NEVER, CALLED], page: 0, size: 20, total: 2 }) });
    renderWithProviders(<OverdueWorklist />);

    const never = await screen.findByRole('row', { name: /洪金水/ });
    expect(within(never).getAllByText('从未联系')).toHaveLength(2);
    expect(within(never).getByText('超过一周未联系')).toBeInTheDocument();
    expect(within(never).getByText('超过一月未走访')).toBeInTheDocument();
    expect(within(never).getByText('高风险')).toBeInTheDocument();

    const called = screen.getByRole('row', { name: /许桂芳/ });
    expect(within(called).getByText('2 天前')).toBeInTheDocument();
    expect(within(called).queryByText('超过一周未联系')).not.toBeInTheDocument();
  });

  it('shouldPageThroughALongWorklist', async () => {
    const fetchMock = mockFetch({
      'GET /api/family/contacts/overdue': (url) =>
        json({ items: [NEVER], page: Number(url.searchParams.get('page')), size: 20, total: 45 }),
    });
    const user = userEvent.setup();
    renderWithProviders(<OverdueWorklist />);
    await screen.findByText('第 1 / 3 页，共 45 户');
    await user.click(screen.getByRole('button', { name: '下一页' }));
    await screen.findByText('第 2 / 3 页，共 45 户');
    expect(String(fetchMock.mock.calls.at(-1)![0])).toBe('/api/family/contacts/overdue?page=1&size=20');
  });

  it('shouldSayWhenEveryFamilyIsInTouch', async () => {
    mockFetch({ 'GET /api/family/contacts/overdue': () => json({ items: [], page: 0, size: 20, total: 0 }) });
    renderWithProviders(<OverdueWorklist />);
    expect(await screen.findByText('所有家庭都在联系频次之内')).toBeInTheDocument();
  });
});
