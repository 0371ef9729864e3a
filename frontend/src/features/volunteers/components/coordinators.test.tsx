import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch, problem, renderWithProviders } from '@/testing/test-utils';
import type { Campaign, Correction } from '../types';
import { Campaigns } from './campaigns';
import { HoursApprovals } from './hours-approvals';
import { VolunteerDirectory } from './volunteer-directory';

describe('VolunteerDirectory', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shouldListMembersWithSkillsAndSearchBySkill', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch({
      'GET /api/volunteer/volunteers': () =>
        json({
          items: [
            {
              id: 'v1', name: '林美玲', phoneMasked: '166****1234', districtCode: '350203', districtName: '思明区', kind: 'SOCIAL_WORKER',
              skills: ['PSYCHOLOGICAL_SUPPORT', 'HOME_VISIT'], qualifications: ['社会工作师'], dialects: ['闽南话'], status: 'ACTIVE', registeredAt: '2026-01-01T00:00:00+08:00',
            },
          ],
          page: 0, size: 20, total: 1,
        }),
    });
    renderWithProviders(<VolunteerDirectory />);
    const row = await screen.findByRole('row', { name: /林美玲/ });
    expect(within(row).getByText('心理疏导')).toBeInTheDocument();
    expect(within(row).getByText('社会工作师')).toBeInTheDocument();
    expect(within(row).getByText('社工')).toBeInTheDocument();
    expect(screen.getByText('第 1 / 1 页，共 1 人')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('技能'), 'NURSING');
    await user.click(screen.getByRole('button', { name: '查询' }));
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    expect(String(fetchMock.mock.calls[1][0])).toBe('/api/volunteer/volunteers?skill=NURSING&status=ACTIVE&page=0&size=20');
  });
});

const CAMPAIGN: Campaign = {
  id: 'c1', name: '寒潮关怀电话', purpose: 'WELFARE_CHECK', districtCode: '350203', status: 'OPEN', maxAttempts: 3, createdAt: '2026-11-28T08:30:00+08:00',
  progress: { total: 120, pending: 58, claimed: 2, done: 50, unreached: 10, needsFollowUp: 5, calls: 190 },
  callers: [{ caller: 'siming', callsToday: 43, dailyTarget: 40, calls: 120, reached: 80 }],
};

describe('Campaigns', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shouldShowProgressAndCallsAgainstTheDailyTarget', async () => {
    mockFetch({ 'GET /api/volunteer/campaigns': () => json([CAMPAIGN]) });
    renderWithProviders(<Campaigns />);
    const progress = await screen.findByRole('progressbar', { name: '已完成 60 / 120（50%）' });
    expect(progress).toHaveAttribute('value', '60');
    expect(within(screen.getByRole('row', { name: /siming/ })).getByText('43 / 40')).toBeInTheDocument();
    expect(screen.getByText(/\/m\/calls\/c1/)).toBeInTheDocument();
  });

  it('shouldLetACoordinatorButNotAnAuditorCloseACampaign', async () => {
    const user = userEvent.setup();
    let closed = false;
    mockFetch({
      'GET /api/volunteer/campaigns': () => json([{ ...CAMPAIGN, status: closed ? 'CLOSED' : 'OPEN' }]),
      'POST /api/volunteer/campaigns/c1/close': () => {
        closed = true;
        return json({ ...CAMPAIGN, status: 'CLOSED' });
      },
    });
    renderWithProviders(<Campaigns />);
    await user.click(await screen.findByRole('button', { name: '结束活动' }));
    expect(await screen.findByText('已结束')).toBeInTheDocument();
    vi.unstubAllGlobals();

    mockFetch({ 'GET /api/volunteer/campaigns': () => json([CAMPAIGN]) });
    renderWithProviders(<Campaigns />, { caller: { name: 'a', roles: ['auditor'] } });
    await screen.findAllByText('寒潮关怀电话');
    expect(screen.queryAllByRole('button', { name: '结束活动' })).toHaveLength(0);
  });
});

const CORRECTION: Correction = {
  id: 'k1', volunteerId: 'v1', volunteerName: '林美玲', taskId: null, minutes: 90, reason: '忘记签退，实际服务至 11:30',
  status: 'PENDING', requestedBy: 'volunteer', requestedAt: '2026-11-28T12:00:00+08:00', decidedBy: null, decidedAt: null, decisionReason: null, version: 0,
};

describe('HoursApprovals', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shouldApproveWithAReasonAndTheVersionRead', async () => {
    const user = userEvent.setup();
    let decided = false;
    const fetchMock = mockFetch({
      'GET /api/volunteer/service-hours/corrections': () => json(decided ? [] : [CORRECTION]),
      'POST /api/volunteer/service-hours/corrections/k1/decision': () => {
        decided = true;
        return json({ ...CORRECTION, status: 'APPROVED' });
      },
    });
    renderWithProviders(<HoursApprovals />);
    const row = await screen.findByRole('row', { name: /林美玲/ });
    expect(within(row).getByText('+90')).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: '审批 林美玲 的更正' }));
    await user.click(screen.getByRole('button', { name: '批准' }));
    expect(screen.getByText('请填写审批意见')).toBeInTheDocument();
    await user.type(screen.getByLabelText(/审批意见/), '与家属电话核实，属实');
    await user.click(screen.getByRole('button', { name: '批准' }));
    expect(await screen.findByText('没有待审批的时长更正。')).toBeInTheDocument();
    const call = fetchMock.mock.calls.find(([url]) => String(url).endsWith('/decision'))!;
    expect(JSON.parse(String((call[1] as RequestInit).body))).toEqual({ approve: true, reason: '与家属电话核实，属实', version: 0 });
    expect(String(fetchMock.mock.calls[0][0])).toBe('/api/volunteer/service-hours/corrections?status=PENDING');
  });

  it('shouldShowWhyTheServiceRefusedTheDecision', async () => {
    const user = userEvent.setup();
    mockFetch({
      'GET /api/volunteer/service-hours/corrections': () => json([CORRECTION]),
      'POST /api/volunteer/service-hours/corrections/k1/decision': () => problem({ status: 409, detail: '不能审批自己提出的更正' }),
    });
    renderWithProviders(<HoursApprovals />);
    await user.click(await screen.findByRole('button', { name: '审批 林美玲 的更正' }));
    await user.type(screen.getByLabelText(/审批意见/), '同意');
    await user.click(screen.getByRole('button', { name: '驳回' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('不能审批自己提出的更正');
  });
});
