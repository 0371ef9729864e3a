import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch, renderWithProviders } from '@/testing/test-utils';
import type { FamilySummary } from '../types';
import { FamiliesList } from './families-list';

const WANG: FamilySummary = {
  id: '7b0c4f0e-0000-4000-8000-000000000001',
  category: 'BEREAVED',
  districtCode: '350203',
  districtName: '思明区',
  street: '鼓浪屿街道',
  community: '龙头社区',
  status: 'ACTIVE',
  headName: '王秀英',
  headIdNumberMasked: '350203********0027',
  headPhoneMasked: '139****2345',
  memberCount: 2,
  registeredAt: '2026-11-29T10:00:00+08:00',
};

describe('FamiliesList', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shouldListFamiliesWithMaskedIdentifiers', async () => {
    mockFetch({
      'GET /api/family/areas': () => json([{ code: '350203', name: '思明区', streets: [] }]),
      'GET /api/family/families': () => json({ items: [WANG], page: 0, size: 20, total: 1 }),
    });
    renderWithProviders(<FamiliesList />);
    const row = await screen.findByRole('row', { name: /王秀英/ });
    expect(within(row).getByText('350203********0027')).toBeInTheDocument();
    expect(within(row).getByText('139****2345')).toBeInTheDocument();
    expect(within(row).getByText('失独家庭')).toBeInTheDocument();
    expect(screen.getByText('第 1 / 1 页，共 1 户')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: '王秀英' })).toHaveAttribute('href', `/families/${WANG.id}`);
  });

  it('shouldSearchWithTheChosenFiltersFromTheFirstPage', async () => {
    const fetchMock = mockFetch({
      'GET /api/family/areas': () => json([{ code: '350206', name: '湖里区', streets: [] }]),
      'GET /api/family/families': (url) =>
        json({ items: [WANG], page: Number(url.searchParams.get('page')), size: 20, total: 45 }),
    });
    const user = userEvent.setup();
    renderWithProviders(<FamiliesList />);
    await screen.findByText('第 1 / 3 页，共 45 户');
    await user.click(screen.getByRole('button', { name: '下一页' }));
    await screen.findByText('第 2 / 3 页，共 45 户');

    await user.type(screen.getByLabelText('搜索'), '0027');
    await user.selectOptions(screen.getByLabelText('所在区'), '350206');
    await user.selectOptions(screen.getByLabelText('家庭类别'), 'DISABLED_CHILD');
    await user.selectOptions(screen.getByLabelText('风险等级'), 'HIGH');
    await user.click(screen.getByRole('button', { name: '查询' }));
    await screen.findByText('第 1 / 3 页，共 45 户');

    const lastUrl = String(fetchMock.mock.calls.at(-1)![0]);
    expect(lastUrl).toBe('/api/family/families?page=0&size=20&districtCode=350206&category=DISABLED_CHILD&risk=HIGH&q=0027');
  });

  it('shouldSayWhenNothingMatches', async () => {
    mockFetch({
      'GET /api/family/areas': () => json([]),
      'GET /api/family/families': () => json({ items: [], page: 0, size: 20, total: 0 }),
    });
    renderWithProviders(<FamiliesList />);
    expect(await screen.findByText('没有符合条件的家庭。')).toBeInTheDocument();
  });
});
