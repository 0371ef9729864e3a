import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch, problem, renderWithProviders } from '@/testing/test-utils';
import { alert } from '../testing/fixtures';
import type { AlertView } from '../types';
import { AlertsPage } from './alerts-page';

const page = (items: AlertView[], total = items.length, number = 0) => json({ items, page: number, size: 20, total });

describe('AlertsPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shouldFilterByStatusKindAndDistrict', async () => {
    const user = userEvent.setup();
    const queries: URLSearchParams[] = [];
    mockFetch({
      'GET /api/supervision/alerts': (url) => {
        queries.push(url.searchParams);
        return page(url.searchParams.get('status') === 'RESOLVED' ? [alert({ status: 'RESOLVED', resolvedBy: 'siming', resolvedAt: '2026-11-29T02:00:00Z', resolution: '已电话联系' })] : [alert()]);
      },
    });
    renderWithProviders(<AlertsPage />);
    const table = await screen.findByTestId('alerts-table');
    expect(within(table).getByRole('row', { name: /超期未联系/ })).toHaveTextContent('待处理');
    expect([...queries[0].keys()].sort()).toEqual(['page', 'size']);

    await user.selectOptions(screen.getByLabelText('状态'), 'RESOLVED');
    await waitFor(() => expect(screen.getByTestId('alert-status')).toHaveTextContent('已处理'));
    expect(screen.getByTestId('alert-status')).toHaveTextContent('siming 于');
    expect(screen.getByTestId('alert-status')).toHaveTextContent('已电话联系');
    expect(screen.queryByRole('button', { name: /处理完成/ })).not.toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('类型'), 'SITE_BELOW_STANDARD');
    await user.selectOptions(screen.getByLabelText('区'), '350206');
    await waitFor(() => expect(queries.at(-1)!.get('district')).toBe('350206'));
    expect(Object.fromEntries(queries.at(-1)!)).toEqual({ status: 'RESOLVED', kind: 'SITE_BELOW_STANDARD', district: '350206', page: '0', size: '20' });
  });

  it('shouldGiveADistrictCoordinatorNoDistrictFilter', async () => {
    mockFetch({ 'GET /api/supervision/alerts': () => page([alert()]) });
    renderWithProviders(<AlertsPage />, { caller: { name: '陈', roles: ['district-coordinator'], district: '350203' } });
    await screen.findByTestId('alerts-table');
    expect(screen.queryByLabelText('区')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '确认预警：超期未联系' })).toBeInTheDocument();
  });

  it('shouldLetAuditorsReadOnly', async () => {
    mockFetch({ 'GET /api/supervision/alerts': () => page([alert()]) });
    renderWithProviders(<AlertsPage />, { caller: { name: 'x', roles: ['auditor'] } });
    await screen.findByTestId('alerts-table');
    expect(screen.queryByRole('button', { name: /确认|处理完成/ })).not.toBeInTheDocument();
    // auditors may read the family (each read audited), not act on the alert
    expect(screen.getByRole('link', { name: '查看家庭' })).toHaveAttribute('href', '/families/f0000000-0000-0000-0000-000000000001');
  });

  it('shouldAcknowledgeAnAlert', async () => {
    const user = userEvent.setup();
    let acknowledged = false;
    mockFetch({
      'GET /api/supervision/alerts': () => page([acknowledged ? alert({ status: 'ACKNOWLEDGED', acknowledgedBy: 'city', seq: 2 }) : alert()]),
      'POST /api/supervision/alerts/a1/acknowledgement': () => {
        acknowledged = true;
        return json(alert({ status: 'ACKNOWLEDGED', acknowledgedBy: 'city', seq: 2 }));
      },
    });
    renderWithProviders(<AlertsPage />);
    await user.click(await screen.findByRole('button', { name: '确认预警：超期未联系' }));
    await waitFor(() => expect(screen.getByTestId('alert-status')).toHaveTextContent('city 已确认'));
    expect(screen.queryByRole('button', { name: '确认预警：超期未联系' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '处理完成：超期未联系' })).toBeInTheDocument();
    expect(screen.getByText('已确认预警：超期未联系')).toBeInTheDocument();
  });

  it('shouldResolveWithANoteAndShowTheServersAnswer', async () => {
    const user = userEvent.setup();
    const notes: unknown[] = [];
    mockFetch({
      'GET /api/supervision/alerts': () => page([alert()]),
      'POST /api/supervision/alerts/a1/resolution': (_url, init) => {
        notes.push(JSON.parse(String(init?.body)));
        if (notes.length === 1) {
          return problem({ status: 400, detail: '请求有误', violations: [{ field: 'resolution', message: '最多 500 字' }] });
        }
        return problem({ status: 409, detail: '该预警已处理' });
      },
    });
    renderWithProviders(<AlertsPage />);
    await user.click(await screen.findByRole('button', { name: '处理完成：超期未联系' }));
    await user.click(screen.getByRole('button', { name: '提交处理结果' }));
    expect(screen.getByLabelText(/处理情况/)).toHaveAccessibleDescription(/请写明处理情况/);
    expect(notes).toHaveLength(0);

    await user.type(screen.getByLabelText(/处理情况/), '已电话联系，下周入户');
    await user.click(screen.getByRole('button', { name: '提交处理结果' }));
    await waitFor(() => expect(screen.getByLabelText(/处理情况/)).toHaveAccessibleDescription(/最多 500 字/));
    expect(notes[0]).toEqual({ resolution: '已电话联系，下周入户' });

    await user.click(screen.getByRole('button', { name: '提交处理结果' }));
    expect(await screen.findByText('该预警已处理')).toBeInTheDocument();
  });

  it('shouldPageThroughTheAlerts', async () => {
    const user = userEvent.setup();
    mockFetch({
      'GET /api/supervision/alerts': (url) => {
        const number = Number(url.searchParams.get('page'));
        return page([alert({ id: `a${number}`, kind: number === 0 ? 'CONTACT_OVERDUE' : 'CLAIM_REVIEW_OVERDUE' })], 25, number);
      },
    });
    renderWithProviders(<AlertsPage />);
    expect(await screen.findByText('第 1 / 2 页，共 25 条')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '下一页' }));
    expect(await screen.findByText('第 2 / 2 页，共 25 条')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '查看理赔审核' })).toHaveAttribute('href', '/insurance/claims');
  });
});
