import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch, problem, renderWithProviders } from '@/testing/test-utils';
import { target } from '../testing/fixtures';
import type { TargetView } from '../types';
import { TargetsPage } from './targets-page';

const districtCoordinator = { name: '陈', roles: ['district-coordinator' as const], district: '350203' };

function seven(): TargetView[] {
  return Array.from({ length: 7 }, (_, i) => target({ id: `t${i + 1}`, name: `目标${i + 1}` }));
}

describe('TargetsPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shouldListTheTargetsWithProgressStatusAndOwner', async () => {
    mockFetch({
      'GET /api/supervision/targets': () =>
        json([target(), target({ id: 't2', name: '逾期跟进清零', indicator: 'OVERDUE_FOLLOW_UPS', unit: '项', districtCode: '350206', targetValue: 0, baselineValue: 12, currentValue: 15, progressPercent: 0, status: 'MISSED' })]),
    });
    renderWithProviders(<TargetsPage />);
    const table = await screen.findByTestId('targets-table');
    const first = within(table).getByRole('row', { name: /联系人全覆盖/ });
    expect(first).toHaveTextContent('双岗联系人覆盖率');
    expect(first).toHaveTextContent('全市');
    expect(first).toHaveTextContent('基线 80');
    expect(first).toHaveTextContent('90 / 100 %');
    expect(first).toHaveTextContent('正常推进');
    expect(first).toHaveTextContent('市计生协 王主任');
    const second = within(table).getByRole('row', { name: /逾期跟进清零/ });
    expect(second).toHaveTextContent('湖里区');
    expect(second).toHaveTextContent('15 / 0 项');
    expect(within(second).getByText('未完成')).toHaveAttribute('data-status', 'MISSED');
    expect(screen.getByTestId('targets-count')).toHaveTextContent('已设 2 / 7 项');
  });

  it('shouldLetOthersReadButNotEdit', async () => {
    mockFetch({ 'GET /api/supervision/targets': () => json([target()]) });
    renderWithProviders(<TargetsPage />, { caller: districtCoordinator });
    await screen.findByTestId('targets-table');
    expect(screen.queryByRole('button', { name: '新增目标' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /修改/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /删除/ })).not.toBeInTheDocument();
  });

  it('shouldCheckTheFormBeforeSendingIt', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch({ 'GET /api/supervision/targets': () => json([]) });
    renderWithProviders(<TargetsPage />);
    await screen.findByText('尚未设定责任目标。');
    await user.click(screen.getByRole('button', { name: '新增目标' }));
    await user.click(screen.getByRole('button', { name: '新增' }));
    expect(screen.getByLabelText(/目标名称/)).toHaveAccessibleDescription(/此项必填/);
    expect(screen.getByLabelText(/监管指标/)).toHaveAccessibleDescription(/此项必填/);

    await user.type(screen.getByLabelText(/目标名称/), '参保全覆盖');
    await user.type(screen.getByLabelText(/责任人/), '王主任');
    await user.selectOptions(screen.getByLabelText(/监管指标/), 'ENROLMENT_RATE');
    await user.type(screen.getByLabelText(/目标值/), '120');
    await user.type(screen.getByLabelText(/截止日期/), '2026-12-31');
    await user.click(screen.getByRole('button', { name: '新增' }));
    expect(screen.getByLabelText(/目标值（%）/)).toHaveAccessibleDescription(/不能超过 100/);
    expect(fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST')).toHaveLength(0);
  });

  it('shouldSetATargetAndShowTheServersViolationsAtTheirFields', async () => {
    const user = userEvent.setup();
    const bodies: unknown[] = [];
    let created = false;
    mockFetch({
      'GET /api/supervision/targets': () => json(created ? [target({ id: 'new', name: '参保全覆盖' })] : []),
      'POST /api/supervision/targets': (_url, init) => {
        bodies.push(JSON.parse(String(init?.body)));
        if (bodies.length === 1) {
          return problem({
            status: 400,
            title: 'Bad Request',
            detail: '请求有误',
            violations: [
              { field: 'owner', message: '不能为空白' },
              { field: 'districtCode', message: 'is not a district of the city' },
            ],
          });
        }
        created = true;
        return json(target({ id: 'new', name: '参保全覆盖' }), { status: 201 });
      },
    });
    renderWithProviders(<TargetsPage />);
    await screen.findByText('尚未设定责任目标。');
    await user.click(screen.getByRole('button', { name: '新增目标' }));
    await user.type(screen.getByLabelText(/目标名称/), '参保全覆盖');
    await user.type(screen.getByLabelText(/责任人/), '  x');
    await user.selectOptions(screen.getByLabelText(/监管指标/), 'ENROLMENT_RATE');
    await user.selectOptions(screen.getByLabelText(/范围/), '350211');
    await user.type(screen.getByLabelText(/目标值/), '98.5');
    await user.type(screen.getByLabelText(/截止日期/), '2026-12-31');
    await user.click(screen.getByRole('button', { name: '新增' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('请求有误');
    expect(screen.getByLabelText(/责任人/)).toHaveAccessibleDescription(/不能为空白/);
    expect(screen.getByLabelText(/范围/)).toHaveAccessibleDescription(/is not a district of the city/);
    expect(bodies[0]).toEqual({
      name: '参保全覆盖',
      owner: 'x',
      indicator: 'ENROLMENT_RATE',
      districtCode: '350211',
      targetValue: 98.5,
      deadline: '2026-12-31',
    });

    await user.selectOptions(screen.getByLabelText(/范围/), '');
    await user.click(screen.getByRole('button', { name: '新增' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: '新增' })).not.toBeInTheDocument());
    expect(bodies[1]).not.toHaveProperty('districtCode');
    expect(await screen.findByText('已新增目标「参保全覆盖」')).toBeInTheDocument();
    expect(within(await screen.findByTestId('targets-table')).getByRole('row', { name: /参保全覆盖/ })).toBeInTheDocument();
  });

  it('shouldRefuseAnEighthTargetAndSayWhy', async () => {
    mockFetch({ 'GET /api/supervision/targets': () => json(seven()) });
    renderWithProviders(<TargetsPage />);
    await screen.findByTestId('targets-table');
    expect(screen.getByRole('button', { name: '新增目标' })).toBeDisabled();
    expect(screen.getByText(/已设满 7 项责任目标/)).toBeInTheDocument();
  });

  it('shouldShowTheConflictWhenTheServerAlreadyHasSeven', async () => {
    const user = userEvent.setup();
    mockFetch({
      'GET /api/supervision/targets': () => json([]),
      'POST /api/supervision/targets': () =>
        problem({ status: 409, title: 'Conflict', detail: 'The city already has its 7 responsibility targets; change or remove one first.' }),
    });
    renderWithProviders(<TargetsPage />);
    await screen.findByText('尚未设定责任目标。');
    await user.click(screen.getByRole('button', { name: '新增目标' }));
    await user.type(screen.getByLabelText(/目标名称/), 'x');
    await user.type(screen.getByLabelText(/责任人/), 'y');
    await user.selectOptions(screen.getByLabelText(/监管指标/), 'FAMILIES');
    await user.type(screen.getByLabelText(/目标值/), '10');
    await user.type(screen.getByLabelText(/截止日期/), '2026-12-31');
    await user.click(screen.getByRole('button', { name: '新增' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('already has its 7');
  });

  it('shouldChangeATargetKeepingItsIndicatorAndArea', async () => {
    const user = userEvent.setup();
    let body: Record<string, unknown> | undefined;
    mockFetch({
      'GET /api/supervision/targets': () => json([target({ districtCode: '350203', targetValue: '95.00' })]),
      'PUT /api/supervision/targets/t1': (_url, init) => {
        body = JSON.parse(String(init?.body));
        return json(target({ ...body, districtCode: '350203' } as never));
      },
    });
    renderWithProviders(<TargetsPage />);
    await user.click(await screen.findByRole('button', { name: '修改目标「联系人全覆盖」' }));
    expect(screen.getByLabelText(/监管指标/)).toBeDisabled();
    expect(screen.getByLabelText(/范围/)).toBeDisabled();
    expect(screen.getByLabelText(/目标值/)).toHaveValue(95);
    await user.clear(screen.getByLabelText(/目标值/));
    await user.type(screen.getByLabelText(/目标值/), '98');
    await user.click(screen.getByRole('button', { name: '保存' }));
    await screen.findByText('已保存目标「联系人全覆盖」');
    expect(body).toEqual({
      name: '联系人全覆盖',
      owner: '市计生协 王主任',
      indicator: 'LIAISON_COVERAGE',
      districtCode: '350203',
      targetValue: 98,
      deadline: '2026-12-31',
    });
  });

  it('shouldRemoveATargetAfterAskingOnce', async () => {
    const user = userEvent.setup();
    let removed = false;
    mockFetch({
      'GET /api/supervision/targets': () => json(removed ? [] : [target()]),
      'DELETE /api/supervision/targets/t1': () => {
        removed = true;
        return new Response(null, { status: 204 });
      },
    });
    renderWithProviders(<TargetsPage />);
    await user.click(await screen.findByRole('button', { name: '删除目标「联系人全覆盖」' }));
    expect(screen.getByText('确定删除「联系人全覆盖」？')).toBeInTheDocument();
    expect(removed).toBe(false);
    await user.click(screen.getByRole('button', { name: '删除' }));
    expect(await screen.findByText('尚未设定责任目标。')).toBeInTheDocument();
    expect(removed).toBe(true);
  });
});
