import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch, problem, renderRoutes } from '@/testing/test-utils';
import { RegisterFamilyForm } from './register-family-form';

const AREAS = [
  { code: '350203', name: '思明区', streets: ['鼓浪屿街道', '厦港街道'] },
  { code: '350206', name: '湖里区', streets: ['湖里街道'] },
];

function renderForm(options: Parameters<typeof renderRoutes>[2] = {}) {
  return renderRoutes(
    [
      { path: '/families/new', element: <RegisterFamilyForm /> },
      { path: '/families', element: <p>family list</p> },
    ],
    '/families/new',
    options,
  );
}

async function fillValidForm(user: ReturnType<typeof userEvent.setup>) {
  await user.selectOptions(screen.getByLabelText(/家庭类别/), 'BEREAVED');
  await user.selectOptions(await screen.findByLabelText(/所在区/), '350203');
  await user.selectOptions(screen.getByLabelText(/街道\/镇/), '鼓浪屿街道');
  await user.type(screen.getByLabelText(/社区\/村/), '龙头社区');
  await user.type(screen.getByLabelText(/详细地址/), '龙头路 12 号 3 室');
  await user.type(screen.getByLabelText(/姓名/), '王秀英');
  await user.selectOptions(screen.getByLabelText(/与家庭关系/), 'MOTHER');
  await user.type(screen.getByLabelText(/身份证号/), '11010519491231002X');
  await user.type(screen.getByLabelText(/手机号/), '13959212345');
  await user.click(screen.getByLabelText('独居'));
}

describe('RegisterFamilyForm', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shouldShowTheServersViolationNextToTheFieldItNames', async () => {
    mockFetch({
      'GET /api/family/areas': () => json(AREAS),
      'POST /api/family/families': () =>
        problem({
          title: 'Bad Request',
          status: 400,
          detail: '登记信息有误',
          violations: [{ field: 'members[0].phone', message: '该手机号已停机' }],
        }),
    });
    const user = userEvent.setup();
    renderForm();
    await fillValidForm(user);
    await user.click(screen.getByRole('button', { name: '提交登记' }));

    const phone = screen.getByLabelText(/手机号/);
    expect(await screen.findByText('该手机号已停机')).toBeInTheDocument();
    expect(phone).toHaveAttribute('aria-invalid', 'true');
    expect(phone).toHaveAccessibleDescription(expect.stringContaining('该手机号已停机'));
    expect(screen.getByLabelText(/身份证号/)).toHaveAttribute('aria-invalid', 'false');
    expect(screen.getByRole('alert')).toHaveTextContent('登记信息有误');
    expect(phone).toHaveFocus();
  });

  it('shouldClearTheServersMessageOnceTheFieldIsEdited', async () => {
    mockFetch({
      'GET /api/family/areas': () => json(AREAS),
      'POST /api/family/families': () =>
        problem({ status: 400, detail: '登记信息有误', violations: [{ field: 'community', message: '社区不在该街道' }] }),
    });
    const user = userEvent.setup();
    renderForm();
    await fillValidForm(user);
    await user.click(screen.getByRole('button', { name: '提交登记' }));
    expect(await screen.findByText('社区不在该街道')).toBeInTheDocument();

    await user.type(screen.getByLabelText(/社区\/村/), '一');
    expect(screen.queryByText('社区不在该街道')).not.toBeInTheDocument();
  });

  it('shouldPutAViolationWithoutAMatchingFieldInTheBanner', async () => {
    mockFetch({
      'GET /api/family/areas': () => json(AREAS),
      'POST /api/family/families': () =>
        problem({ status: 400, detail: '登记信息有误', violations: [{ field: 'register.request', message: '请求体不能为空' }] }),
    });
    const user = userEvent.setup();
    renderForm();
    await fillValidForm(user);
    await user.click(screen.getByRole('button', { name: '提交登记' }));
    expect(within(await screen.findByRole('alert')).getByText('请求体不能为空')).toBeInTheDocument();
  });

  it('shouldCheckTheIdentityNumberBeforeSending', async () => {
    const fetchMock = mockFetch({ 'GET /api/family/areas': () => json(AREAS) });
    const user = userEvent.setup();
    renderForm();
    await fillValidForm(user);
    const idNumber = screen.getByLabelText(/身份证号/);
    await user.clear(idNumber);
    await user.type(idNumber, '110105194912310021');
    await user.click(screen.getByRole('button', { name: '提交登记' }));

    expect(await screen.findByText('身份证号校验位错误，请核对')).toBeInTheDocument();
    expect(idNumber).toHaveFocus();
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);
  });

  it('shouldRegisterThenGoToTheListWithAToast', async () => {
    let sent: unknown;
    mockFetch({
      'GET /api/family/areas': () => json(AREAS),
      'POST /api/family/families': (_url, init) => {
        sent = JSON.parse(String(init?.body));
        return json({ id: 'f-1', members: [] }, { status: 201 });
      },
    });
    const user = userEvent.setup();
    const { router } = renderForm();
    await fillValidForm(user);
    await user.click(screen.getByRole('button', { name: '提交登记' }));

    expect(await screen.findByText('family list')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/families');
    expect(screen.getByText('已登记 王秀英 的家庭。')).toBeInTheDocument();
    expect(sent).toEqual({
      category: 'BEREAVED',
      districtCode: '350203',
      street: '鼓浪屿街道',
      community: '龙头社区',
      address: '龙头路 12 号 3 室',
      members: [{ name: '王秀英', relation: 'MOTHER', idNumber: '11010519491231002X', phone: '13959212345', livingAlone: true }],
    });
  });

  it('shouldOfferADistrictCoordinatorTheirOwnDistrictOnly', async () => {
    mockFetch({ 'GET /api/family/areas': () => json(AREAS) });
    renderForm({ caller: { name: '陈', roles: ['district-coordinator'], district: '350206' } });
    const district = await screen.findByLabelText(/所在区/);
    await screen.findByRole('option', { name: '湖里区' });
    expect(within(district).getAllByRole('option').map((o) => o.textContent)).toEqual(['湖里区']);
    expect(district).toHaveValue('350206');
  });

  it('shouldRegisterSeveralMembers', async () => {
    mockFetch({ 'GET /api/family/areas': () => json(AREAS) });
    const user = userEvent.setup();
    renderForm();
    await user.click(screen.getByRole('button', { name: '添加成员' }));
    expect(screen.getByRole('group', { name: '家庭成员 2' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '删除成员 2' }));
    expect(screen.queryByRole('group', { name: '家庭成员 2' })).not.toBeInTheDocument();
  });
});
