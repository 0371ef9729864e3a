import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Caller } from '@/lib/auth';
import { json, mockFetch, problem, renderRoutes } from '@/testing/test-utils';
import { RegisterVolunteerForm } from './register-volunteer-form';

const SIMING: Caller = { name: '陈', roles: ['district-coordinator'], district: '350203' };
const CREATED = {
  id: '5c0e2f4a-7b1d-4e6f-9a3c-1d2e3f4a5b6c',
  name: '林美玲',
  phoneMasked: '139****2345',
  districtCode: '350206',
  districtName: '湖里区',
  kind: 'SOCIAL_WORKER',
  skills: ['HOME_VISIT', 'PSYCHOLOGICAL_SUPPORT'],
  qualifications: ['心理咨询师'],
  dialects: ['闽南话', '普通话'],
  status: 'APPLICANT',
  registeredAt: '2026-11-29T09:30:00+08:00',
  username: null,
};

function renderForm(caller?: Caller) {
  return renderRoutes(
    [
      { path: '/volunteers/new', element: <RegisterVolunteerForm /> },
      { path: '/volunteers/:id', element: <p>volunteer page</p> },
    ],
    '/volunteers/new',
    { caller },
  );
}

const bodyOf = (fetchMock: ReturnType<typeof mockFetch>) => JSON.parse(String((fetchMock.mock.calls[0][1] as RequestInit).body));

describe('RegisterVolunteerForm', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shouldRegisterAnApplicantAndOpenTheirPage', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch({ 'POST /api/volunteer/volunteers': () => json(CREATED, { status: 201 }) });
    const { router } = renderForm();
    await user.type(screen.getByLabelText(/姓名/), ' 林美玲 ');
    await user.type(screen.getByLabelText(/手机号/), '13959212345');
    await user.selectOptions(screen.getByLabelText(/所在区/), '350206');
    await user.selectOptions(screen.getByLabelText(/所属队伍/), 'SOCIAL_WORKER');
    await user.click(screen.getByLabelText('走访慰问'));
    await user.click(screen.getByLabelText('心理疏导'));
    await user.type(screen.getByLabelText(/资质证书/), '心理咨询师');
    await user.type(screen.getByLabelText(/会说的方言/), '闽南话、普通话');
    await user.type(screen.getByLabelText(/居住位置纬度/), '24.4480');
    await user.type(screen.getByLabelText(/居住位置经度/), '118.0890');
    await user.click(screen.getByRole('button', { name: '登记' }));
    await screen.findByText('volunteer page');
    expect(router.state.location.pathname).toBe(`/volunteers/${CREATED.id}`);
    expect(bodyOf(fetchMock)).toEqual({
      name: '林美玲',
      phone: '13959212345',
      districtCode: '350206',
      kind: 'SOCIAL_WORKER',
      skills: ['HOME_VISIT', 'PSYCHOLOGICAL_SUPPORT'],
      qualifications: ['心理咨询师'],
      dialects: ['闽南话', '普通话'],
      latitude: 24.448,
      longitude: 118.089,
    });
    expect(screen.getByText('已登记 林美玲，状态为申请中')).toBeInTheDocument();
  });

  it('shouldRegisterInTheDistrictCoordinatorsOwnDistrictWithTheAccount', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch({ 'POST /api/volunteer/volunteers': () => json({ ...CREATED, districtCode: '350203' }, { status: 201 }) });
    renderForm(SIMING);
    expect(screen.getByLabelText(/所在区/)).toHaveValue('350203');
    expect(screen.getByLabelText(/所在区/)).toBeDisabled();
    await user.type(screen.getByLabelText(/姓名/), '林美玲');
    await user.type(screen.getByLabelText(/手机号/), '13959212345');
    await user.selectOptions(screen.getByLabelText(/所属队伍/), 'VOLUNTEER');
    await user.click(screen.getByLabelText('电话联络'));
    await user.type(screen.getByLabelText(/登录账号/), 'linmeiling');
    await user.click(screen.getByRole('button', { name: '登记' }));
    await screen.findByText('volunteer page');
    expect(bodyOf(fetchMock)).toMatchObject({ districtCode: '350203', kind: 'VOLUNTEER', skills: ['PHONE_CONTACT'], username: 'linmeiling', qualifications: [], dialects: [] });
    expect(bodyOf(fetchMock)).not.toHaveProperty('latitude');
  });

  it('shouldShowTheServersViolationsAtTheirFieldsAListElementAtItsList', async () => {
    const user = userEvent.setup();
    mockFetch({
      'POST /api/volunteer/volunteers': () =>
        problem({
          status: 400,
          detail: '请求有 2 处错误',
          violations: [
            { field: 'dialects[1]', message: '方言名称不超过 20 字' },
            { field: 'username', message: '账号为 2–100 位小写字母、数字或 . _ -' },
          ],
        }),
    });
    renderForm(SIMING);
    await user.type(screen.getByLabelText(/姓名/), '林美玲');
    await user.type(screen.getByLabelText(/手机号/), '13959212345');
    await user.selectOptions(screen.getByLabelText(/所属队伍/), 'VOLUNTEER');
    await user.click(screen.getByLabelText('电话联络'));
    await user.type(screen.getByLabelText(/会说的方言/), '普通话，很长很长的方言名称很长很长的方言名称很长');
    await user.click(screen.getByRole('button', { name: '登记' }));
    expect(await screen.findByText('方言名称不超过 20 字')).toBeInTheDocument();
    expect(screen.getByLabelText(/会说的方言/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/会说的方言/)).toHaveAccessibleDescription(expect.stringContaining('方言名称不超过 20 字'));
    expect(screen.getByRole('alert')).toHaveTextContent('请求有 2 处错误');
  });

  it('shouldShowAPhoneAlreadyRegisteredAtThePhone', async () => {
    const user = userEvent.setup();
    mockFetch({
      'POST /api/volunteer/volunteers': () => problem({ status: 409, detail: '该手机号已登记', violations: [{ field: 'phone', message: '该手机号已登记' }] }),
    });
    renderForm(SIMING);
    await user.type(screen.getByLabelText(/姓名/), '林美玲');
    await user.type(screen.getByLabelText(/手机号/), '13959212345');
    await user.selectOptions(screen.getByLabelText(/所属队伍/), 'VOLUNTEER');
    await user.click(screen.getByLabelText('电话联络'));
    await user.click(screen.getByRole('button', { name: '登记' }));
    await screen.findByRole('alert');
    expect(screen.getByLabelText(/手机号/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('shouldCatchMissingAndMalformedFieldsBeforeSending', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch({});
    renderForm();
    await user.type(screen.getByLabelText(/手机号/), '2395921234');
    await user.type(screen.getByLabelText(/登录账号/), 'Lin Meiling');
    await user.type(screen.getByLabelText(/居住位置纬度/), '24.4');
    await user.click(screen.getByRole('button', { name: '登记' }));
    expect(screen.getByText('请填写姓名')).toBeInTheDocument();
    expect(screen.getByText('手机号须为 1 开头的 11 位数字')).toBeInTheDocument();
    expect(screen.getByText('请选择所在区')).toBeInTheDocument();
    expect(screen.getByText('请选择所属队伍')).toBeInTheDocument();
    expect(screen.getByText('至少选择一项服务技能')).toBeInTheDocument();
    expect(screen.getByText('账号为 2–100 位小写字母、数字或 . _ -')).toBeInTheDocument();
    expect(screen.getByText('纬度和经度要一起填写')).toBeInTheDocument();
    expect(screen.getByLabelText(/居住位置经度/)).toHaveAttribute('aria-invalid', 'true');
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
