import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Caller } from '@/lib/auth';
import { json, mockFetch, problem, renderRoutes } from '@/testing/test-utils';
import { Campaigns } from './campaigns';
import { CreateCampaignForm } from './create-campaign-form';

const SIMING: Caller = { name: '陈', roles: ['district-coordinator'], district: '350203' };
const family = (n: number, extra: Record<string, unknown> = {}) => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  category: 'BEREAVED',
  districtCode: '350203',
  districtName: '思明区',
  street: '嘉莲街道',
  community: '莲花五村社区',
  status: 'ACTIVE',
  headName: `户主${n}`,
  memberCount: 2,
  riskLevel: 'HIGH',
  ...extra,
});
const CAMPAIGN = {
  id: 'c0ffee00-0000-4000-8000-000000000001',
  name: '寒潮关怀电话',
  purpose: 'WELFARE_CHECK',
  districtCode: '350203',
  status: 'OPEN',
  maxAttempts: 3,
  createdAt: '2026-11-29T10:00:00+08:00',
  progress: { total: 2, pending: 2, claimed: 0, done: 0, unreached: 0, needsFollowUp: 0, calls: 0 },
  callers: [],
};

function renderForm(handlers: Parameters<typeof mockFetch>[0], caller: Caller = SIMING) {
  const fetchMock = mockFetch({ 'GET /api/volunteer/campaigns': () => json([CAMPAIGN]), ...handlers });
  const rendered = renderRoutes(
    [
      { path: '/campaigns/new', element: <CreateCampaignForm /> },
      { path: '/campaigns', element: <Campaigns /> },
    ],
    '/campaigns/new',
    { caller },
  );
  return { fetchMock, ...rendered };
}

const calls = (fetchMock: ReturnType<typeof mockFetch>, method: string, path: string) =>
  fetchMock.mock.calls
    .filter(([input, init]) => (init?.method ?? 'GET') === method && new URL(String(input), 'http://localhost').pathname === path)
    .map(([input, init]) => ({ url: new URL(String(input), 'http://localhost'), body: init?.body ? JSON.parse(String(init.body)) : undefined }));

describe('CreateCampaignForm', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shouldCallTheHighRiskFamiliesLivingAloneOfTheDistrictAndShowTheQueueLink', async () => {
    const user = userEvent.setup();
    const { fetchMock, router } = renderForm({
      'GET /api/family/families': () =>
        json({ items: [family(1, { memberCount: 1 }), family(2), family(3, { memberCount: 1 }), family(4, { memberCount: 1, status: 'CLOSED' })], page: 0, size: 50, total: 4 }),
      'POST /api/volunteer/campaigns': () => json(CAMPAIGN, { status: 201 }),
    });
    expect(screen.getByLabelText(/范围/)).toHaveValue('350203');
    await user.type(screen.getByLabelText(/活动名称/), '寒潮关怀电话');
    await user.selectOptions(screen.getByLabelText('类别'), 'BEREAVED');
    await user.selectOptions(screen.getByLabelText('风险等级'), 'HIGH');
    await user.click(screen.getByLabelText(/只看独居/));
    await user.click(screen.getByRole('button', { name: '查找' }));
    const results = await screen.findByRole('table', { name: '查找结果' });
    expect(within(results).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['户主1 失独家庭', '户主3 失独家庭']);
    const search = calls(fetchMock, 'GET', '/api/family/families')[0].url.searchParams;
    expect(Object.fromEntries(search)).toEqual({ districtCode: '350203', category: 'BEREAVED', risk: 'HIGH', page: '0', size: '50' });
    await user.click(screen.getByRole('button', { name: '选中本页 2 户' }));
    expect(screen.getByText('已选 2 户')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText(/重新排队间隔/), 'PT2H');
    await user.type(screen.getByLabelText(/最多拨打次数/), '3');
    await user.click(screen.getByRole('button', { name: '创建电话活动' }));
    await screen.findByRole('heading', { level: 1, name: '电话活动' });
    expect(router.state.location.pathname).toBe('/campaigns');
    expect(calls(fetchMock, 'POST', '/api/volunteer/campaigns')[0].body).toEqual({
      name: '寒潮关怀电话',
      purpose: 'WELFARE_CHECK',
      districtCode: '350203',
      familyIds: [family(1).id, family(3).id],
      redeliveryDelay: 'PT2H',
      maxAttempts: 3,
    });
    expect(screen.getByText('已创建“寒潮关怀电话”，共 2 个电话')).toBeInTheDocument();
    expect(await screen.findByText(`${window.location.origin}/m/calls/${CAMPAIGN.id}`)).toBeInTheDocument();
    expect(screen.getByText('已完成 0 / 2（0%）')).toBeInTheDocument();
  });

  it('shouldPickOverdueFamiliesOneByOneAndEveryMatchPageByPage', async () => {
    const user = userEvent.setup();
    const overdue = (n: number) => ({ ...family(n), familyId: family(n).id, id: undefined, overdue: ['NO_CONTACT'] });
    const { fetchMock } = renderForm(
      {
        'GET /api/family/contacts/overdue': (url) => {
          const page = Number(url.searchParams.get('page'));
          const size = Number(url.searchParams.get('size'));
          const all = Array.from({ length: 130 }, (_, i) => overdue(i + 1));
          return json({ items: all.slice(page * size, page * size + size), page, size, total: 130 });
        },
        'POST /api/volunteer/campaigns': () => json(CAMPAIGN, { status: 201 }),
      },
      { name: '林', roles: ['city-coordinator'] },
    );
    await user.type(screen.getByLabelText(/活动名称/), '年底回访');
    await user.selectOptions(screen.getByLabelText(/目的/), 'SURVEY');
    await user.selectOptions(screen.getByLabelText(/范围/), '350203');
    await user.selectOptions(screen.getByLabelText('从哪里选'), 'overdue');
    await user.click(screen.getByRole('button', { name: '查找' }));
    await user.click(await screen.findByRole('checkbox', { name: '选中 户主2' }));
    expect(screen.getByText('已选 1 户')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '选中全部符合条件的家庭（名单共 130 户）' }));
    expect(await screen.findByText('已选 130 户')).toBeInTheDocument();
    const pages = calls(fetchMock, 'GET', '/api/family/contacts/overdue').map((c) => [c.url.searchParams.get('districtCode'), c.url.searchParams.get('page'), c.url.searchParams.get('size')]);
    expect(pages).toEqual([
      ['350203', '0', '50'],
      ['350203', '0', '100'],
      ['350203', '1', '100'],
    ]);
    await user.click(screen.getByRole('button', { name: '创建电话活动' }));
    await screen.findByRole('heading', { level: 1, name: '电话活动' });
    const body = calls(fetchMock, 'POST', '/api/volunteer/campaigns')[0].body;
    expect(body).toMatchObject({ name: '年底回访', purpose: 'SURVEY', districtCode: '350203' });
    expect(body.familyIds).toHaveLength(130);
    expect(body.familyIds[0]).toBe(family(2).id);
    expect(body).not.toHaveProperty('maxAttempts');
    expect(body).not.toHaveProperty('redeliveryDelay');
  });

  it('shouldNameTheFamilyTheServiceRefusesAtTheFamilyList', async () => {
    const user = userEvent.setup();
    renderForm({
      'GET /api/family/families': () => json({ items: [family(1), family(2)], page: 0, size: 50, total: 2 }),
      'POST /api/volunteer/campaigns': () =>
        problem({ status: 400, detail: '请求有 1 处错误', violations: [{ field: 'familyIds[1]', message: '家庭未登记、已结案或不在本次范围内' }] }),
    });
    await user.type(screen.getByLabelText(/活动名称/), '寒潮关怀电话');
    await user.click(screen.getByRole('button', { name: '查找' }));
    await user.click(await screen.findByRole('button', { name: '选中本页 2 户' }));
    await user.click(screen.getByRole('button', { name: '创建电话活动' }));
    expect(await screen.findByText('户主2（嘉莲街道 莲花五村社区）：家庭未登记、已结案或不在本次范围内')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('请求有 1 处错误');
  });

  it('shouldShowAnAttemptsLimitTheServiceRefusesAtTheAttempts', async () => {
    const user = userEvent.setup();
    renderForm({
      'GET /api/family/families': () => json({ items: [family(1)], page: 0, size: 50, total: 1 }),
      'POST /api/volunteer/campaigns': () => problem({ status: 400, detail: '请求有 1 处错误', violations: [{ field: 'redeliveryDelay', message: '重新排队间隔须在 1 秒到 7 天之间' }] }),
    });
    await user.type(screen.getByLabelText(/活动名称/), '提醒');
    await user.click(screen.getByRole('button', { name: '查找' }));
    await user.click(await screen.findByRole('checkbox', { name: '选中 户主1' }));
    await user.click(screen.getByRole('button', { name: '创建电话活动' }));
    expect(await screen.findByText('重新排队间隔须在 1 秒到 7 天之间')).toBeInTheDocument();
    expect(screen.getByLabelText(/重新排队间隔/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('shouldSearchNotCreateWhenEnterIsPressedInTheNameSearch', async () => {
    const user = userEvent.setup();
    const { fetchMock } = renderForm({ 'GET /api/family/families': () => json({ items: [family(7)], page: 0, size: 50, total: 1 }) });
    await user.type(screen.getByLabelText(/活动名称/), '回访');
    await user.type(screen.getByLabelText('姓名或证件号后四位'), '户主7{Enter}');
    expect(await screen.findByRole('checkbox', { name: '选中 户主7' })).toBeInTheDocument();
    expect(calls(fetchMock, 'GET', '/api/family/families')[0].url.searchParams.get('q')).toBe('户主7');
    expect(calls(fetchMock, 'POST', '/api/volunteer/campaigns')).toEqual([]);
    expect(screen.queryByText('请至少选择一户家庭')).not.toBeInTheDocument();
  });

  it('shouldAskForANameAndFamiliesAndAttemptsInRangeBeforeSending', async () => {
    const user = userEvent.setup();
    const { fetchMock } = renderForm({});
    await user.type(screen.getByLabelText(/最多拨打次数/), '12');
    await user.click(screen.getByRole('button', { name: '创建电话活动' }));
    expect(screen.getByText('请填写活动名称')).toBeInTheDocument();
    expect(screen.getByText('请至少选择一户家庭')).toBeInTheDocument();
    expect(screen.getByText('请填写 1 到 10 之间的整数')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
