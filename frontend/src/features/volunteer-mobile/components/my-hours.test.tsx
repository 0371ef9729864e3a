import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch, renderWithProviders } from '@/testing/test-utils';
import { MyHours } from './my-hours';

const HOURS = {
  volunteerId: 'v1',
  name: '张敏',
  totalMinutes: 12150,
  totalHours: '202.5',
  starLevel: 1,
  starName: '一星',
  nextStarAtHours: 300,
  services: 48,
  entries: [
    { id: 'e1', source: 'CHECK_IN', taskId: 't1', taskKind: 'HOME_VISIT', startedAt: '2026-11-28T09:02:00+08:00', endedAt: '2026-11-28T10:32:00+08:00', minutes: 90, creditedAt: '2026-11-28T10:32:00+08:00' },
    { id: 'e2', source: 'CORRECTION', taskId: null, taskKind: null, startedAt: null, endedAt: null, minutes: 30, creditedAt: '2026-11-20T10:00:00+08:00' },
  ],
};

describe('MyHours', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shouldShowTheTotalTheStarLevelAndHowFarTheNextStarIs', async () => {
    mockFetch({ 'GET /api/volunteer/service-hours/me': () => json(HOURS) });
    renderWithProviders(<MyHours />, { caller: { name: '张敏', roles: ['volunteer'] } });
    expect(await screen.findByTestId('total-hours')).toHaveTextContent('累计 202.5 小时');
    expect(screen.getByLabelText('1 星志愿者')).toHaveTextContent('★☆☆☆☆');
    expect(screen.getByText('再服务 97.5 小时可达下一星级（300 小时）')).toBeInTheDocument();
    expect(screen.getByText('经核验的服务 48 次')).toBeInTheDocument();
    expect(screen.getByText('入户走访')).toBeInTheDocument();
    expect(screen.getByText('90 分钟')).toBeInTheDocument();
    expect(screen.getByText('时长更正')).toBeInTheDocument();
  });

  it('shouldSayWhenNoStarIsReachedYet', async () => {
    mockFetch({ 'GET /api/volunteer/service-hours/me': () => json({ ...HOURS, starLevel: 0, totalHours: '3.0', entries: [] }) });
    renderWithProviders(<MyHours />);
    expect(await screen.findByLabelText('尚未达到一星')).toHaveTextContent('☆☆☆☆☆');
    expect(screen.getByText('还没有记录。')).toBeInTheDocument();
  });
});
