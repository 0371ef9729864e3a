import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch, problem, renderRoutes } from '@/testing/test-utils';
import { CreateTaskForm } from './create-task-form';

const FAMILY = '6b1f3a52-9c0e-4f7b-8d21-3e5a7c9b1d02';
const NOW = new Date('2026-11-29T01:00:00Z');

function renderForm(path = `/tasks/new?familyId=${FAMILY}`) {
  return renderRoutes(
    [
      { path: '/tasks/new', element: <CreateTaskForm now={() => NOW} /> },
      { path: '/tasks', element: <p>board</p> },
    ],
    path,
  );
}

describe('CreateTaskForm', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shouldCreateATaskForTheFamilyItCameFromInXiamenTime', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch({ 'POST /api/volunteer/tasks': () => json({ id: 't1' }, { status: 201 }) });
    const { router } = renderForm();
    expect(screen.getByLabelText(/家庭编号/)).toHaveValue(FAMILY);
    await user.selectOptions(screen.getByLabelText(/任务类型/), 'HOME_VISIT');
    await user.click(screen.getByLabelText('心理疏导'));
    await user.type(screen.getByLabelText(/方言要求/), '闽南话');
    await user.click(screen.getByRole('button', { name: '创建任务' }));
    await screen.findByText('board');
    expect(router.state.location.pathname).toBe('/tasks');
    const body = JSON.parse(String((fetchMock.mock.calls[0][1] as RequestInit).body));
    expect(body).toEqual({
      familyId: FAMILY,
      kind: 'HOME_VISIT',
      requiredSkills: ['PSYCHOLOGICAL_SUPPORT'],
      windowStart: '2026-11-30T09:00:00+08:00',
      windowEnd: '2026-11-30T11:00:00+08:00',
      priority: 'NORMAL',
      preferredDialect: '闽南话',
      verification: 'CODE_OR_POSITION',
    });
  });

  it('shouldShowTheServersRefusalAtTheFieldItNames', async () => {
    const user = userEvent.setup();
    mockFetch({
      'POST /api/volunteer/tasks': () =>
        problem({ status: 400, detail: '请求有 1 处错误', violations: [{ field: 'familyId', message: '家庭不存在或已结案' }] }),
    });
    renderForm();
    await user.selectOptions(screen.getByLabelText(/任务类型/), 'ERRAND');
    await user.click(screen.getByRole('button', { name: '创建任务' }));
    expect(await screen.findByText('家庭不存在或已结案')).toBeInTheDocument();
    expect(screen.getByLabelText(/家庭编号/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('shouldCheckTheWindowAndTheFamilyBeforeSending', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch({});
    renderForm('/tasks/new');
    await user.clear(screen.getByLabelText(/结束时间/));
    await user.type(screen.getByLabelText(/结束时间/), '08:00');
    await user.click(screen.getByRole('button', { name: '创建任务' }));
    expect(screen.getByText('请填写正确的家庭编号')).toBeInTheDocument();
    expect(screen.getByText('结束时间须晚于开始时间')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
