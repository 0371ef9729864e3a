import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Caller } from '@/lib/auth';
import { json, mockFetch, problem, renderRoutes } from '@/testing/test-utils';
import type { Contact, FamilyDetail, SupportPlan } from '../../types';
import { FamilyPage } from './family-page';

const ID = '7b0c4f0e-0000-4000-8000-000000000001';
const BASE = `/api/family/families/${ID}`;

const FAMILY: FamilyDetail = {
  id: ID,
  category: 'BEREAVED',
  districtCode: '350203',
  districtName: '思明区',
  street: '鼓浪屿街道',
  community: '龙头社区',
  address: '龙头路 12 号 3 室',
  status: 'ACTIVE',
  riskLevel: 'HIGH',
  registeredAt: '2026-03-02T10:00:00+08:00',
  closedAt: null,
  closureReason: null,
  members: [
    {
      id: 'm1',
      name: '王秀英',
      relation: 'MOTHER',
      idNumberMasked: '350203********0027',
      phoneMasked: '139****2345',
      birthDate: '1949-12-31',
      sex: 'FEMALE',
      livingAlone: true,
    },
  ],
};

const PLAN: SupportPlan = {
  familyId: ID,
  emotionalComfort: 'ACTIVE',
  homeVisits: 'ACTIVE',
  volunteerService: 'PAUSED',
  insuranceCover: 'NOT_STARTED',
  familyDoctor: null,
  greenChannel: true,
  coverage: { liaisons: false, familyDoctor: false, greenChannel: true, missing: ['LIAISONS', 'FAMILY_DOCTOR'] },
  updatedAt: null,
  updatedBy: null,
};

const VISIT: Contact = {
  id: 'c1',
  kind: 'HOME_VISIT',
  contactedAt: '2026-11-28T09:02:00+08:00',
  contactedBy: '张敏',
  location: '家中',
  durationMinutes: 75,
  wellbeing: 4,
  needsObserved: ['MEDICAL'],
  notes: '老人提到膝盖疼',
  followUp: '联系社区医生上门看膝盖',
  followUpDue: '2026-12-05',
  followUpDoneAt: null,
  source: 'VOLUNTEER',
};

const coordinator: Caller = { name: '陈', roles: ['district-coordinator'], district: '350203' };

function renderPage(handlers: Parameters<typeof mockFetch>[0] = {}, caller = coordinator) {
  const fetchMock = mockFetch({
    [`GET ${BASE}`]: () => json(FAMILY),
    [`GET ${BASE}/assessments`]: () =>
      json([
        {
          id: 'a1',
          assessedAt: '2026-11-01T10:00:00+08:00',
          assessedBy: 'siming',
          riskLevel: 'HIGH',
          riskReasons: ['ALONE_ADVANCED_AGE_CHRONIC'],
          needs: [
            { area: 'MEDICAL', severity: 'HIGH' },
            { area: 'PSYCHOLOGICAL', severity: 'MEDIUM' },
          ],
          notes: null,
        },
      ]),
    [`GET ${BASE}/support-plan`]: () => json(PLAN),
    [`GET ${BASE}/liaisons`]: () =>
      json([{ familyId: ID, role: 'COMMUNITY_WORKER', name: '李红', phoneMasked: '138****0001', assignedAt: '2026-03-02T10:00:00+08:00', assignedBy: 'siming' }]),
    [`GET ${BASE}/contacts`]: () => json([VISIT]),
    [`GET ${BASE}/guardians`]: () => json([{ id: 'g1', name: '王建国', relationship: 'RELATIVE', phoneMasked: '137****8888', maySign: true, priority: 1 }]),
    'GET /api/family/areas': () => json([{ code: '350203', name: '思明区', streets: ['鼓浪屿街道', '厦港街道'] }]),
    [`GET /api/insurance/families/${ID}/insurance`]: () =>
      json({ familyId: ID, policyYear: 2026, enrolled: false, reason: 'NO_INSURED_MEMBER', category: 'BEREAVED', greenChannel: true, approvedTotal: '0.00', paidTotal: '0.00', members: [] }),
    [`GET /api/care-home/families/${ID}/sites`]: () => json({ familyId: ID, districtCode: '350203', sites: [] }),
    ...handlers,
  });
  const rendered = renderRoutes(
    [
      { path: '/families/:familyId', element: <FamilyPage /> },
      { path: '/families', element: <p>list</p> },
    ],
    `/families/${ID}`,
    { caller },
  );
  return { ...rendered, fetchMock };
}

const bodyOf = (fetchMock: ReturnType<typeof mockFetch>, method: string, path: string) => {
  const call = fetchMock.mock.calls.find(([url, init]) => String(url).startsWith(path) && (init?.method ?? 'GET') === method);
  return JSON.parse(String((call![1] as RequestInit).body));
};

describe('FamilyPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shouldShowEveryPartOfTheRecordWithMaskedIdentifiers', async () => {
    renderPage();
    expect(await screen.findByRole('heading', { level: 1, name: /王秀英家/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '安排志愿者任务' })).toHaveAttribute('href', `/tasks/new?familyId=${ID}`);
    const member = screen.getByRole('row', { name: /王秀英/ });
    expect(within(member).getByText('350203********0027')).toBeInTheDocument();
    expect(within(member).getByText('139****2345')).toBeInTheDocument();

    const needs = await screen.findByRole('region', { name: '需求与风险' });
    expect(await within(needs).findByText('独居、高龄且患慢性病')).toBeInTheDocument();
    expect(within(needs).getByText('医疗').nextSibling).toHaveTextContent('高');

    const plan = screen.getByRole('region', { name: '帮扶计划与三项覆盖' });
    const coverages = await within(plan).findByRole('list', { name: '三项覆盖' });
    expect(within(coverages).getByText(/双岗联系人/)).toHaveTextContent('未覆盖');
    expect(within(coverages).getByText(/绿色就医通道/)).toHaveTextContent('已覆盖');
    expect(within(plan).getByText('志愿服务').nextSibling).toHaveTextContent('暂停');

    const liaisons = screen.getByRole('region', { name: '双岗联系人' });
    expect(await within(liaisons).findByText('李红')).toBeInTheDocument();
    expect(within(liaisons).getByText('空缺')).toBeInTheDocument();

    const timeline = await screen.findByTestId('contact-timeline');
    expect(within(timeline).getByText(/入户走访 · 志愿者 · 张敏 · 75 分钟 · 家中/)).toBeInTheDocument();
    expect(within(timeline).getByText('老人提到膝盖疼')).toBeInTheDocument();

    const guardians = screen.getByRole('region', { name: '监护人与紧急联系人' });
    expect(await within(guardians).findByText('王建国')).toBeInTheDocument();
    expect(within(guardians).getByText(/137\*\*\*\*8888/)).toBeInTheDocument();

    const insurance = screen.getByRole('region', { name: '综合医疗保险' });
    expect(await within(insurance).findByText(/未参保：家庭成员中没有可参保的父母/)).toBeInTheDocument();
    const sites = screen.getByRole('region', { name: '暖心家园' });
    expect(await within(sites).findByText('该家庭尚未由暖心家园服务，也没有活动报名。')).toBeInTheDocument();
  });

  it('shouldShowTheFullRecordOnlyWithAPurposeWhichIsSentForTheAudit', async () => {
    const user = userEvent.setup();
    const { fetchMock } = renderPage({
      [`GET ${BASE}/full`]: () =>
        json({
          id: ID,
          members: [{ ...FAMILY.members[0], idNumber: '11010519491231002X', phone: '13959212345', healthConditions: ['高血压'], disabilityLevel: null }],
          guardians: [{ name: '王建国', relationship: 'RELATIVE', phone: '13700008888', maySign: true, priority: 1 }],
        }),
    });
    await user.click(await screen.findByRole('button', { name: '查看完整档案' }));
    await user.click(screen.getByRole('button', { name: '查阅' }));
    expect(screen.getByText('请写明事由（至少 4 个字）')).toBeInTheDocument();
    expect(fetchMock.mock.calls.some(([url]) => String(url).includes('/full'))).toBe(false);

    await user.type(screen.getByLabelText(/查阅事由/), '核对医保报销材料');
    await user.click(screen.getByRole('button', { name: '查阅' }));
    const member = await screen.findByRole('row', { name: /11010519491231002X/ });
    expect(within(member).getByText('13959212345')).toBeInTheDocument();
    expect(within(member).getByText('高血压')).toBeInTheDocument();
    expect(screen.getByText('13700008888')).toBeInTheDocument();
    const url = new URL(String(fetchMock.mock.calls.find(([u]) => String(u).includes('/full'))![0]), 'http://localhost');
    expect(url.searchParams.get('purpose')).toBe('核对医保报销材料');
  });

  it('shouldNotOfferTheFullRecordOrEditsToAnAuditor', async () => {
    renderPage({}, { name: 'a', roles: ['auditor'] });
    await screen.findByRole('heading', { level: 1, name: /王秀英家/ });
    expect(screen.queryByRole('button', { name: '查看完整档案' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '修改地址与类别' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '安排志愿者任务' })).not.toBeInTheDocument();
    await screen.findByText('王建国');
    expect(screen.queryByRole('button', { name: '添加联系人' })).not.toBeInTheDocument();
  });

  it('shouldShowTheServersViolationNextToTheFieldWhenEditing', async () => {
    const user = userEvent.setup();
    renderPage({
      [`PUT ${BASE}`]: () =>
        problem({ status: 400, detail: '请求有 1 处错误', violations: [{ field: 'community', message: '社区不属于该街道' }] }),
    });
    await user.click(await screen.findByRole('button', { name: '修改地址与类别' }));
    const community = screen.getByLabelText(/社区\/村/);
    await user.clear(community);
    await user.type(community, '不存在社区');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('社区不属于该街道')).toBeInTheDocument();
    expect(screen.getByLabelText(/社区\/村/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('请求有 1 处错误');
  });

  it('shouldSaveTheCorrectedAddressAndShowIt', async () => {
    const user = userEvent.setup();
    let current = FAMILY;
    const { fetchMock } = renderPage({
      [`GET ${BASE}`]: () => json(current),
      [`PUT ${BASE}`]: (_url, init) => {
        current = { ...FAMILY, ...JSON.parse(String(init!.body)) };
        return json(current);
      },
    });
    await user.click(await screen.findByRole('button', { name: '修改地址与类别' }));
    await user.selectOptions(screen.getByLabelText(/街道\/镇/), '厦港街道');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText(/厦港街道 · 龙头社区/)).toBeInTheDocument();
    expect(bodyOf(fetchMock, 'PUT', BASE)).toEqual({ category: 'BEREAVED', street: '厦港街道', community: '龙头社区', address: '龙头路 12 号 3 室' });
  });

  it('shouldPutATakenCallingOrderNextToTheOrderField', async () => {
    const user = userEvent.setup();
    renderPage({
      [`POST ${BASE}/guardians`]: () =>
        problem({ status: 409, detail: '联系顺序已被占用', violations: [{ field: 'priority', message: '顺序 2 已有联系人' }] }),
    });
    await user.click(await screen.findByRole('button', { name: '添加联系人' }));
    const form = screen.getByRole('form', { name: '添加联系人' });
    await user.type(within(form).getByLabelText(/姓名/), '林阿姨');
    await user.selectOptions(within(form).getByLabelText(/关系/), 'NEIGHBOUR');
    await user.type(within(form).getByLabelText(/手机号/), '13600001111');
    await user.click(within(form).getByRole('button', { name: '保存联系人' }));
    expect(await within(form).findByText('顺序 2 已有联系人')).toBeInTheDocument();
    expect(within(form).getByLabelText(/联系顺序/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('shouldAssignTheVacantLiaison', async () => {
    const user = userEvent.setup();
    const { fetchMock } = renderPage({
      [`PUT ${BASE}/liaisons/BRANCH_WORKER`]: () =>
        json({ familyId: ID, role: 'BRANCH_WORKER', name: '周强', phoneMasked: '135****2222', assignedAt: '2026-11-29T10:00:00+08:00', assignedBy: 'siming' }),
    });
    await user.click(await screen.findByRole('button', { name: '指定联系人' }));
    const form = screen.getByRole('form', { name: '计生协工作人员' });
    await user.type(within(form).getByLabelText(/姓名/), '周强');
    await user.type(within(form).getByLabelText(/手机号/), '1350000');
    await user.click(within(form).getByRole('button', { name: '保存联系人' }));
    expect(within(form).getByText('手机号须为 1 开头的 11 位数字')).toBeInTheDocument();
    await user.type(within(form).getByLabelText(/手机号/), '2222');
    await user.click(within(form).getByRole('button', { name: '保存联系人' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: '计生协工作人员' })).not.toBeInTheDocument());
    expect(bodyOf(fetchMock, 'PUT', `${BASE}/liaisons/BRANCH_WORKER`)).toEqual({ name: '周强', phone: '13500002222' });
  });

  it('shouldMarkAFollowUpDone', async () => {
    const user = userEvent.setup();
    let done = false;
    const { fetchMock } = renderPage({
      [`GET ${BASE}/contacts`]: () => json([{ ...VISIT, followUpDoneAt: done ? '2026-11-29T10:00:00+08:00' : null }]),
      [`POST ${BASE}/contacts/c1/follow-up-completion`]: () => {
        done = true;
        return json({ ...VISIT, followUpDoneAt: '2026-11-29T10:00:00+08:00' });
      },
    });
    await user.click(await screen.findByRole('button', { name: '标记跟进完成' }));
    expect(await within(screen.getByTestId('contact-timeline')).findByText('已完成')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '标记跟进完成' })).not.toBeInTheDocument();
    expect(fetchMock.mock.calls.filter(([url]) => String(url).endsWith('/follow-up-completion'))).toHaveLength(1);
  });

  it('shouldSendANewAssessmentOfEveryNeed', async () => {
    const user = userEvent.setup();
    const { fetchMock } = renderPage({
      [`POST ${BASE}/assessments`]: () => json({ id: 'a2', assessedAt: '2026-11-29T10:00:00+08:00', riskLevel: 'HIGH', riskReasons: [], needs: [], notes: null }),
    });
    await user.click(await screen.findByRole('button', { name: '新的需求评估' }));
    await user.selectOptions(screen.getByLabelText('生活照料'), 'HIGH');
    await user.click(screen.getByRole('button', { name: '保存评估' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: '保存评估' })).not.toBeInTheDocument());
    const body = bodyOf(fetchMock, 'POST', `${BASE}/assessments`);
    expect(body.needs).toHaveLength(7);
    expect(body.needs).toContainEqual({ area: 'MEDICAL', severity: 'HIGH' });
    expect(body.needs).toContainEqual({ area: 'DAILY_CARE', severity: 'HIGH' });
    expect(body.needs).toContainEqual({ area: 'LEGAL', severity: 'NONE' });
  });

  it('shouldSendThePlanWithTheDoctorsContract', async () => {
    const user = userEvent.setup();
    const { fetchMock } = renderPage({ [`PUT ${BASE}/support-plan`]: () => json(PLAN) });
    await user.click(await screen.findByRole('button', { name: '修改帮扶计划' }));
    await user.click(screen.getByLabelText('已签约家庭医生'));
    await user.click(screen.getByRole('button', { name: '保存计划' }));
    expect(screen.getAllByText('请填写此项')).toHaveLength(4);
    await user.type(screen.getByLabelText(/医生姓名/), '黄医生');
    await user.type(screen.getByLabelText(/医疗机构/), '鼓浪屿社区卫生服务中心');
    await user.type(screen.getByLabelText(/签约日期/), '2026-01-01');
    await user.type(screen.getByLabelText(/到期日期/), '2026-12-31');
    await user.click(screen.getByRole('button', { name: '保存计划' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: '保存计划' })).not.toBeInTheDocument());
    expect(bodyOf(fetchMock, 'PUT', `${BASE}/support-plan`)).toMatchObject({
      volunteerService: 'PAUSED',
      greenChannel: true,
      familyDoctor: { doctorName: '黄医生', institution: '鼓浪屿社区卫生服务中心', signedOn: '2026-01-01', expiresOn: '2026-12-31' },
    });
  });

  it('shouldRecordALiaisonsCallInXiamenTime', async () => {
    const user = userEvent.setup();
    let recorded: Contact[] = [];
    const { fetchMock } = renderPage({
      [`GET ${BASE}/contacts`]: () => json([...recorded, VISIT]),
      [`POST ${BASE}/contacts`]: (_url, init) => {
        const body = JSON.parse(String(init!.body));
        recorded = [{ ...VISIT, id: 'c9', ...body, followUpDoneAt: null, source: 'LIAISON', notes: body.notes ?? null }];
        return json(recorded[0], { status: 201 });
      },
    });
    await user.click(await screen.findByRole('button', { name: '记录联系' }));
    const form = screen.getByRole('form', { name: '记录联系' });
    expect(within(form).getByLabelText(/联系人/)).toHaveValue('陈');
    const when = within(form).getByLabelText(/联系时间/);
    await user.clear(when);
    await user.type(when, '2025-11-28T15:30');
    await user.click(within(form).getByRole('button', { name: '保存记录' }));
    expect(within(form).getByText('请填写 1–600 分钟')).toBeInTheDocument();
    await user.type(within(form).getByLabelText(/时长/), '12');
    await user.type(within(form).getByLabelText(/情况记录/), '天冷提醒添衣');
    await user.click(within(form).getByRole('button', { name: '保存记录' }));
    expect(await within(screen.getByTestId('contact-timeline')).findByText('天冷提醒添衣')).toBeInTheDocument();
    expect(bodyOf(fetchMock, 'POST', `${BASE}/contacts`)).toEqual({
      kind: 'PHONE_CALL',
      contactedAt: '2025-11-28T15:30:00+08:00',
      contactedBy: '陈',
      durationMinutes: 12,
      needsObserved: [],
      notes: '天冷提醒添衣',
    });
  });

  it('shouldCloseTheRecordWithAReasonAndThenOfferNoMoreEdits', async () => {
    const user = userEvent.setup();
    let current = FAMILY;
    const { fetchMock } = renderPage({
      [`GET ${BASE}`]: () => json(current),
      [`POST ${BASE}/closure`]: () => {
        current = { ...FAMILY, status: 'MOVED_AWAY', closureReason: '随亲属迁居福州', closedAt: '2026-11-29T10:00:00+08:00' };
        return json(current);
      },
    });
    await user.click(await screen.findByRole('button', { name: '结案或迁出' }));
    await user.click(screen.getByRole('button', { name: '确认结案' }));
    expect(screen.getAllByText('请填写此项')).toHaveLength(2);
    expect(fetchMock.mock.calls.some(([u]) => String(u).endsWith('/closure'))).toBe(false);
    await user.selectOptions(screen.getByLabelText(/结案类型/), 'MOVED_AWAY');
    await user.type(screen.getByLabelText(/^原因/), '随亲属迁居福州');
    await user.click(screen.getByRole('button', { name: '确认结案' }));
    expect(await screen.findByText('档案状态：已迁出（随亲属迁居福州）。已关闭的档案不能再修改。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '修改地址与类别' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '结案或迁出' })).not.toBeInTheDocument();
    expect(bodyOf(fetchMock, 'POST', `${BASE}/closure`)).toEqual({ status: 'MOVED_AWAY', reason: '随亲属迁居福州' });
  });

  it('shouldSayWhenTheFamilyIsNotInTheCallersArea', async () => {
    renderPage({ [`GET ${BASE}`]: () => problem({ status: 404, detail: '没有找到家庭' }) });
    expect(await screen.findByRole('heading', { name: '找不到这户家庭' })).toBeInTheDocument();
    expect(screen.getByText('这户家庭不存在，或不在您负责的区域。')).toBeInTheDocument();
  });

  it('shouldKeepThePageWhenOnePartFails', async () => {
    renderPage({ [`GET ${BASE}/guardians`]: () => problem({ status: 503, detail: '服务暂不可用' }) });
    const guardians = await screen.findByRole('region', { name: '监护人与紧急联系人' });
    expect(await within(guardians).findByText('服务暂不可用')).toBeInTheDocument();
    expect(await screen.findByText('李红')).toBeInTheDocument();
  });
});
