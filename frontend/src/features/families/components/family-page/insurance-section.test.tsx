import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch, problem, renderWithProviders } from '@/testing/test-utils';
import type { FamilyInsurance, InsuredMember } from '../../family-page-types';
import { formatYuan, InsuranceSection } from './insurance-section';

const ID = '7b0c4f0e-0000-4000-8000-000000000001';
const URL_PATH = `/api/insurance/families/${ID}/insurance`;

const MOTHER: InsuredMember = {
  personId: 'p1',
  memberId: 'm1',
  relation: 'MOTHER',
  name: '王**',
  source: 'COORDINATOR',
  coveredFrom: '2022-01-01',
  coveredUntil: null,
  insuredThisYear: true,
  subsidyCap: '90000.00',
  subsidyUsed: '4680.50',
  subsidyLeft: '85319.50',
  nursingDaysMax: 365,
  nursingDaysUsed: 10,
  nursingDaysLeft: 355,
  claims: { count: 4, byStatus: { PAID: 2, APPROVED: 1, REJECTED: 1 }, approved: '4680.50', paid: '1680.50' },
};

const FATHER: InsuredMember = {
  ...MOTHER,
  personId: 'p2',
  memberId: 'm2',
  relation: 'FATHER',
  name: null,
  source: 'FAMILY_EVENT',
  coveredFrom: '2026-02-10',
  coveredUntil: '2026-09-01',
  insuredThisYear: false,
  subsidyUsed: '0.00',
  subsidyLeft: '90000.00',
  nursingDaysUsed: 0,
  claims: { count: 0, byStatus: {}, approved: '0.00', paid: '0.00' },
};

const INSURED: FamilyInsurance = {
  familyId: ID,
  policyYear: 2026,
  enrolled: true,
  reason: null,
  category: 'BEREAVED',
  greenChannel: true,
  approvedTotal: '4680.50',
  paidTotal: '1680.50',
  members: [MOTHER, FATHER],
};

function renderSection(answer: () => Response, language: 'zh-CN' | 'en' = 'zh-CN') {
  const fetchMock = mockFetch({ [`GET ${URL_PATH}`]: answer });
  renderWithProviders(<InsuranceSection familyId={ID} />, { language });
  return fetchMock;
}

describe('InsuranceSection', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shouldShowEachInsuredMembersCoverLimitsAndClaimsInYuan', async () => {
    renderSection(() => json(INSURED));
    const section = await screen.findByRole('region', { name: '综合医疗保险' });
    expect(await within(section).findByTestId('insurance-status')).toHaveTextContent('已参保');
    expect(within(section).getByText('2026 年度已批准给付').nextSibling).toHaveTextContent('¥4,680.50');
    expect(within(section).getByText('2026 年度已支付').nextSibling).toHaveTextContent('¥1,680.50');

    const mother = within(section).getByRole('row', { name: /王\*\*（母亲）/ });
    expect(mother).toHaveTextContent('已用 ¥4,680.50 / ¥90,000.00');
    expect(mother).toHaveTextContent('剩余 ¥85,319.50');
    expect(mother).toHaveTextContent('10 / 365 天');
    expect(mother).toHaveTextContent('已批准 1 件 · 已支付 2 件 · 已拒付 1 件');
    expect(mother).toHaveTextContent('2022/01/01 起');

    // a parent enrolled from family events has no name here: the relation stands for them
    const father = within(section).getByRole('row', { name: /^父亲/ });
    expect(father).toHaveTextContent('2026/02/10 至 2026/09/01');
    expect(father).toHaveTextContent('2026 年度未参保');
    expect(father).toHaveTextContent('无理赔');
  });

  it('shouldSayWhyAFamilyIsNotInsured', async () => {
    renderSection(() => json({ ...INSURED, enrolled: false, reason: 'NOT_BEREAVED', category: 'DISABLED_CHILD', members: [], approvedTotal: '0.00', paidTotal: '0.00' }));
    const status = await screen.findByTestId('insurance-status');
    expect(status).toHaveTextContent('未参保：综合医疗保险只保障失独家庭成员');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shouldShowTheServiceProblemAndRetry', async () => {
    let calls = 0;
    renderSection(() => (++calls === 1 ? problem({ status: 503, detail: '保险服务暂不可用' }) : json(INSURED)));
    expect(await screen.findByText('保险服务暂不可用')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findByTestId('insurance-status')).toHaveTextContent('已参保');
  });

  it('shouldSpeakEnglishWithTheSameYuanFormat', async () => {
    renderSection(() => json(INSURED), 'en');
    const section = await screen.findByRole('region', { name: 'Medical insurance' });
    expect(await within(section).findByText('Paid in 2026')).toBeInTheDocument();
    expect(within(section).getByRole('row', { name: /王\*\*（Mother）/ })).toHaveTextContent('¥4,680.50 of ¥90,000.00 used');
  });

  it('shouldFormatYuanWithTwoDecimalsAndThousands', () => {
    expect(formatYuan('zh-CN', '1234.5')).toBe('¥1,234.50');
    expect(formatYuan('en', '90000.00')).toBe('¥90,000.00');
  });
});
