import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch, problem, renderWithProviders } from '@/testing/test-utils';
import type { Claim } from '../types';
import { ClaimsQueue } from './claims-queue';
import { InsuranceOverview } from './insurance-overview';
import { PaymentBatches } from './payment-batches';

const CLAIM: Claim = {
  id: 'c1',
  hospitalId: 'H-XIANYUE',
  insuredPersonId: 'p1',
  status: 'PENDING_REVIEW',
  admissionDate: '2026-11-02',
  dischargeDate: '2026-11-11',
  claimedAmount: '61830.50',
  benefitAmount: '63680.50',
  submittedAt: '2026-11-12T10:00:00+08:00',
  setting: 'INPATIENT',
  inpatientDays: 10,
  diagnosisCodes: ['I63.9'],
  policyYear: 2026,
  eligibleAmount: '61680.50',
  medicalBenefit: '60680.50',
  nursingDaysPaid: 10,
  nursingAllowance: '3000.00',
  duplicateOf: null,
  items: [
    { lineNo: 1, code: 'SURG', description: '取栓手术', category: 'SURGERY', submitted: '61680.50', eligible: '61680.50', benefit: '60680.50', rule: 'CAPPED_AT_REMAINING_SUBSIDY', explanation: '本年度剩余补助 60680.50 元，按剩余额度给付' },
    { lineNo: 2, code: 'MEAL', description: '膳食', category: 'NON_MEDICAL', submitted: '150.00', eligible: '0.00', benefit: '0.00', rule: 'NOT_COVERED_NON_MEDICAL', explanation: '非医疗费用不在保障范围' },
  ],
  nursing: [{ policyYear: 2026, daysClaimed: 10, daysPaid: 10, allowance: '3000.00' }],
  explanations: [{ rule: 'ABOVE_REVIEW_THRESHOLD', message: '给付超过 50000.00 元，需人工审核' }],
};

function renderQueue(handlers: Parameters<typeof mockFetch>[0] = {}, caller?: Parameters<typeof renderWithProviders>[1]) {
  const fetchMock = mockFetch({
    'GET /api/insurance/claims': () => json({ items: [CLAIM], page: 0, size: 20, total: 1 }),
    'GET /api/insurance/claims/c1': () => json(CLAIM),
    'GET /api/insurance/claims/c1/history': () => json([{ at: '2026-11-12T10:00:00+08:00', actor: 'H-XIANYUE', fromStatus: null, toStatus: 'PENDING_REVIEW', reason: null }]),
    ...handlers,
  });
  renderWithProviders(<ClaimsQueue />, caller);
  return fetchMock;
}

describe('ClaimsQueue', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shouldOpenAClaimWithEachItemsRuleAndExplanation', async () => {
    const user = userEvent.setup();
    const fetchMock = renderQueue();
    const row = await screen.findByRole('row', { name: /仙岳医院/ });
    expect(within(row).getByText('待审核')).toBeInTheDocument();
    expect(String(fetchMock.mock.calls[0][0])).toBe('/api/insurance/claims?status=PENDING_REVIEW&page=0&size=20');
    await user.click(within(row).getByRole('button', { name: '查看' }));

    const surgery = await screen.findByRole('row', { name: /取栓手术/ });
    expect(within(surgery).getByText('以剩余额度为限')).toBeInTheDocument();
    expect(within(surgery).getByText('本年度剩余补助 60680.50 元，按剩余额度给付')).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /膳食/ })).getByText('非医疗费用')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: '整单规则' })).toHaveTextContent('金额超过审核线：给付超过 50000.00 元，需人工审核');
    expect(await screen.findByText(/H-XIANYUE · 待审核/)).toBeInTheDocument();
  });

  it('shouldAdjustWithAReasonAndNoMoreThanAdjudicated', async () => {
    const user = userEvent.setup();
    const fetchMock = renderQueue({ 'POST /api/insurance/claims/c1/reviews': () => json({ ...CLAIM, status: 'PARTIALLY_APPROVED' }) });
    await user.click(await screen.findByRole('button', { name: '查看' }));
    await user.click(await screen.findByLabelText('调整金额'));
    const amount = screen.getByLabelText(/调整后的医疗补助/);
    await user.clear(amount);
    await user.type(amount, '70000');
    await user.click(screen.getByRole('button', { name: '提交决定' }));
    expect(screen.getByText('不能高于 ¥60,680.50')).toBeInTheDocument();
    expect(screen.getByText('调整或拒付须写明理由')).toBeInTheDocument();

    await user.clear(amount);
    await user.type(amount, '50000.00');
    await user.type(screen.getByLabelText(/理由/), '部分耗材不在目录内');
    await user.click(screen.getByRole('button', { name: '提交决定' }));
    await vi.waitFor(() => expect(fetchMock.mock.calls.some(([u]) => String(u).endsWith('/reviews'))).toBe(true));
    const call = fetchMock.mock.calls.find(([u]) => String(u).endsWith('/reviews'))!;
    expect(JSON.parse(String((call[1] as RequestInit).body))).toEqual({ decision: 'ADJUST', medicalBenefit: '50000.00', reason: '部分耗材不在目录内' });
  });

  it('shouldSayWhenTheSecondApprovalMustComeFromSomeoneElse', async () => {
    const user = userEvent.setup();
    renderQueue({
      'GET /api/insurance/claims/c1': () => json({ ...CLAIM, status: 'AWAITING_SECOND_APPROVAL' }),
      'POST /api/insurance/claims/c1/reviews': () => problem({ status: 409, detail: '复核须由另一位协调员完成' }),
    });
    await user.click(await screen.findByRole('button', { name: '查看' }));
    expect(await screen.findByRole('heading', { name: '复核' })).toBeInTheDocument();
    expect(screen.queryByLabelText('调整金额')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '提交决定' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('复核须由另一位协调员完成');
  });

  it('shouldLetAnAuditorReadButNotDecide', async () => {
    const user = userEvent.setup();
    renderQueue({}, { caller: { name: 'a', roles: ['auditor'] } });
    await user.click(await screen.findByRole('button', { name: '查看' }));
    await screen.findByRole('row', { name: /取栓手术/ });
    expect(screen.queryByRole('button', { name: '提交决定' })).not.toBeInTheDocument();
  });

  it('shouldSayWhenNothingWaits', async () => {
    renderQueue({ 'GET /api/insurance/claims': () => json({ items: [], page: 0, size: 20, total: 0 }) });
    expect(await screen.findByText('没有这种状态的理赔。')).toBeInTheDocument();
  });
});

describe('InsuranceOverview', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shouldShowTheInsuredAndThePremiumsAgainstTheBudget', async () => {
    mockFetch({
      'GET /api/insurance/benefit-rules': () =>
        json({ policyYear: 2026, annualPremiumPerPerson: '300.00', medicalSubsidyCapPerYear: '90000.00', nursingAllowancePerInpatientDay: '300.00', maxNursingDaysPerYear: 365 }),
      'GET /api/insurance/premium-budgets/2026/totals': () =>
        json({ year: 2026, insuredPersons: 4200, annualPremiumPerPerson: '300.00', premiumDue: '1260000.00', budget: '1200000.00', remaining: '0.00', overrun: '60000.00' }),
    });
    renderWithProviders(<InsuranceOverview now={() => new Date('2026-11-29T01:00:00Z')} />);
    expect(await screen.findByTestId('insured-persons')).toHaveTextContent('4,200');
    expect(screen.getByText('超出预算')).toBeInTheDocument();
    expect(screen.getByText('¥60,000.00')).toBeInTheDocument();
    expect(await screen.findByText('每天 ¥300.00，每年最多 365 天')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: '设定 2026 年保费预算（元）' })).toBeInTheDocument();
  });

  it('shouldPutTheServersAmountViolationAtTheField', async () => {
    const user = userEvent.setup();
    mockFetch({
      'GET /api/insurance/benefit-rules': () => json({ policyYear: 2026, annualPremiumPerPerson: '300.00', medicalSubsidyCapPerYear: '90000.00', nursingAllowancePerInpatientDay: '300.00', maxNursingDaysPerYear: 365 }),
      'GET /api/insurance/premium-budgets/2026/totals': () => json({ year: 2026, insuredPersons: 0, annualPremiumPerPerson: '300.00', premiumDue: '0.00', budget: null, remaining: null, overrun: null }),
      'PUT /api/insurance/premium-budgets/2026': () => problem({ status: 400, detail: '请求有 1 处错误', violations: [{ field: 'amount', message: '金额过大' }] }),
    });
    renderWithProviders(<InsuranceOverview now={() => new Date('2026-11-29T01:00:00Z')} />);
    expect(await screen.findByText('未设定')).toBeInTheDocument();
    await user.type(screen.getByLabelText(/设定 2026 年保费预算/), 'abc');
    await user.click(screen.getByRole('button', { name: '保存预算' }));
    expect(screen.getByText('请填写金额，最多两位小数')).toBeInTheDocument();
    await user.clear(screen.getByLabelText(/设定 2026 年保费预算/));
    await user.type(screen.getByLabelText(/设定 2026 年保费预算/), '999999999999.00');
    await user.click(screen.getByRole('button', { name: '保存预算' }));
    expect(await screen.findByText('金额过大')).toBeInTheDocument();
  });
});

const BATCH_ROW = { id: 'b0', hospitalId: 'H-XIANYUE', month: '2026-09', claimCount: 3, total: '1200.00', createdAt: '2026-10-08T02:00:00Z', createdBy: 'city' };
const page = (items: unknown[], total = items.length, pageNo = 0) => json({ items, page: pageNo, size: 20, total });

describe('PaymentBatches', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shouldShowAuditorsTheBatchesButNoWayToPay', async () => {
    mockFetch({ 'GET /api/insurance/payment-batches': () => page([BATCH_ROW], 1, 0) });
    renderWithProviders(<PaymentBatches />, { caller: { name: 'a', roles: ['auditor'] } });
    const table = screen.getByRole('table', { name: '历次支付批次' });
    expect(await within(table).findByRole('rowheader', { name: '2026-09' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '生成支付批次' })).not.toBeInTheDocument();
  });

  it('shouldPayAHospitalsMonthAndSayHowMuch', async () => {
    const user = userEvent.setup();
    const made = { id: 'b1', hospitalId: 'H-ZHONGSHAN', month: '2026-10', claimCount: 12, total: '48210.50', claimIds: [], createdAt: '2026-11-29T02:00:00Z', createdBy: 'city' };
    let listed = [BATCH_ROW];
    const fetchMock = mockFetch({
      'GET /api/insurance/payment-batches': () => page(listed),
      'POST /api/insurance/payment-batches': () => {
        listed = [made, BATCH_ROW];
        return json(made, { status: 201 });
      },
    });
    renderWithProviders(<PaymentBatches now={() => new Date('2026-11-29T01:00:00Z')} />);
    expect(screen.getByLabelText('出院月份')).toHaveValue('2026-10');
    await user.selectOptions(screen.getByLabelText('医院'), 'H-ZHONGSHAN');
    await user.click(screen.getByRole('button', { name: '生成支付批次' }));
    expect(await screen.findByText('中山医院 2026-10：12 笔理赔，合计 ¥48,210.50，已标记为已支付。')).toBeInTheDocument();
    const post = fetchMock.mock.calls.find(([, init]) => (init as RequestInit | undefined)?.method === 'POST')!;
    expect(JSON.parse(String((post[1] as RequestInit).body))).toEqual({ hospitalId: 'H-ZHONGSHAN', month: '2026-10' });
    // The list is read again and the new batch is on top.
    const table = screen.getByRole('table', { name: '历次支付批次' });
    await within(table).findByRole('rowheader', { name: '2026-10' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['2026-10', '2026-09']);
  });

  it('shouldListEveryBatchNewestFirstPageByPage', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch({
      'GET /api/insurance/payment-batches': (url) =>
        url.searchParams.get('page') === '1'
          ? page([{ ...BATCH_ROW, id: 'b-old', month: '2025-01' }], 21, 1)
          : page([BATCH_ROW], 21, 0),
    });
    renderWithProviders(<PaymentBatches now={() => new Date('2026-11-29T01:00:00Z')} />);
    const table = screen.getByRole('table', { name: '历次支付批次' });
    const row = (await within(table).findByRole('rowheader', { name: '2026-09' })).closest('tr')!;
    expect(within(row).getByText('仙岳医院')).toBeInTheDocument();
    expect(within(row).getByText('¥1,200.00')).toBeInTheDocument();
    expect(within(row).getByText('3')).toBeInTheDocument();
    expect(screen.getByText('第 1 / 2 页，共 21 批')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '下一页' }));
    expect(await within(table).findByRole('rowheader', { name: '2025-01' })).toBeInTheDocument();
    const urls = fetchMock.mock.calls.map(([input]) => new URL(String(input), 'http://localhost'));
    expect(urls.map((u) => [u.searchParams.get('page'), u.searchParams.get('size')])).toEqual([
      ['0', '20'],
      ['1', '20'],
    ]);
  });

  it('shouldSayWhenThereIsNothingToPay', async () => {
    const user = userEvent.setup();
    mockFetch({
      'GET /api/insurance/payment-batches': () => page([]),
      'POST /api/insurance/payment-batches': () => problem({ status: 409, detail: '该医院该月没有待支付的理赔' }),
    });
    renderWithProviders(<PaymentBatches now={() => new Date('2026-11-29T01:00:00Z')} />);
    expect(await screen.findByText('还没有支付批次。')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '生成支付批次' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('该医院该月没有待支付的理赔');
  });

  it('shouldShowAMonthTheServiceRefusesAtTheMonth', async () => {
    const user = userEvent.setup();
    mockFetch({
      'GET /api/insurance/payment-batches': () => page([]),
      'POST /api/insurance/payment-batches': () =>
        problem({ status: 400, detail: '请求有 1 处错误', violations: [{ field: 'month', message: '月份格式须为 yyyy-MM' }] }),
    });
    renderWithProviders(<PaymentBatches now={() => new Date('2026-11-29T01:00:00Z')} />);
    await user.click(screen.getByRole('button', { name: '生成支付批次' }));
    expect(await screen.findByText('月份格式须为 yyyy-MM')).toBeInTheDocument();
    expect(screen.getByLabelText('出院月份')).toHaveAttribute('aria-invalid', 'true');
  });
});
