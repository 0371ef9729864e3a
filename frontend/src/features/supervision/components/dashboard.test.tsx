import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch, renderWithProviders } from '@/testing/test-utils';
import type { SupervisionSnapshot } from '../types';
import { Dashboard } from './dashboard';

// ECharts needs a canvas, which jsdom lacks; the chart gets the same figures the table shows.
vi.mock('./district-chart', () => ({
  default: ({ districts }: { districts: { districtCode: string; families: number }[] }) => (
    <div data-testid="chart">{districts.map((d) => `${d.districtCode}:${d.families}`).join(',')}</div>
  ),
}));

const DISTRICTS = [
  ['350203', '思明区'],
  ['350205', '海沧区'],
  ['350206', '湖里区'],
  ['350211', '集美区'],
  ['350212', '同安区'],
  ['350213', '翔安区'],
] as const;

function snapshot(siming: { bereaved: number; disabledChild: number }, huliBereaved = 0): SupervisionSnapshot {
  const byDistrict = DISTRICTS.map(([districtCode, districtName]) => {
    const counts = districtCode === '350203' ? siming : { bereaved: districtCode === '350206' ? huliBereaved : 0, disabledChild: 0 };
    return { districtCode, districtName, families: counts.bereaved + counts.disabledChild, ...counts };
  });
  return {
    totalFamilies: byDistrict.reduce((sum, d) => sum + d.families, 0),
    byDistrict,
    updatedAt: '2026-11-29T10:00:00+08:00',
  };
}

/** The stream the test writes SSE frames into, as the gateway would. */
function sseStream() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  return {
    response: () => new Response(body, { headers: { 'Content-Type': 'text/event-stream' } }),
    send: (data: SupervisionSnapshot) =>
      controller.enqueue(new TextEncoder().encode(`event: snapshot\ndata: ${JSON.stringify(data)}\n\n`)),
  };
}

describe('Dashboard', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shouldShowTheFiguresOfTheSnapshot', async () => {
    const stream = sseStream();
    mockFetch({
      'GET /api/supervision/snapshot': () => json(snapshot({ bereaved: 1, disabledChild: 1 }, 1)),
      'GET /api/supervision/stream': stream.response,
    });
    renderWithProviders(<Dashboard />);

    expect(await screen.findByTestId('total-families')).toHaveTextContent('3');
    expect(screen.getByTestId('bereaved-families')).toHaveTextContent('2');
    expect(screen.getByTestId('disabled-child-families')).toHaveTextContent('1');
    const table = screen.getByTestId('district-table');
    expect(within(table).getAllByRole('row')).toHaveLength(7);
    const siming = within(table).getByRole('row', { name: /思明区/ });
    expect(within(siming).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2', '1', '1']);
    expect(await screen.findByTestId('chart')).toHaveTextContent('350203:2');
  });

  it('shouldUpdateWithoutReloadWhenANewSnapshotArrives', async () => {
    const stream = sseStream();
    const fetchMock = mockFetch({
      'GET /api/supervision/snapshot': () => json(snapshot({ bereaved: 1, disabledChild: 1 })),
      'GET /api/supervision/stream': stream.response,
    });
    renderWithProviders(<Dashboard />);
    await waitFor(() => expect(screen.getByTestId('total-families')).toHaveTextContent('2'));
    await waitFor(() => expect(screen.getByTestId('live-indicator')).toHaveAttribute('data-state', 'open'));
    expect(screen.getByTestId('live-indicator')).toHaveTextContent('实时更新中');

    stream.send(snapshot({ bereaved: 2, disabledChild: 1 }));
    await waitFor(() => expect(screen.getByTestId('total-families')).toHaveTextContent('3'));
    expect(screen.getByTestId('bereaved-families')).toHaveTextContent('2');
    expect(screen.getByTestId('live-indicator')).toHaveTextContent(/最后更新/);

    const streamCall = fetchMock.mock.calls.find(([url]) => String(url).endsWith('/stream'))!;
    expect(streamCall[1]?.headers).toMatchObject({ Accept: 'text/event-stream', Authorization: 'Bearer test-token' });
  });

  it('shouldShowOnlyTheDistrictsInTheSnapshot', async () => {
    const own = snapshot({ bereaved: 4, disabledChild: 0 });
    own.byDistrict = own.byDistrict.filter((d) => d.districtCode === '350203');
    mockFetch({ 'GET /api/supervision/snapshot': () => json(own), 'GET /api/supervision/stream': sseStream().response });
    renderWithProviders(<Dashboard />);
    await waitFor(() => expect(screen.getByTestId('total-families')).toHaveTextContent('4'));
    await waitFor(() => expect(screen.getByTestId('live-indicator')).toHaveAttribute('data-state', 'open'));
    expect(within(screen.getByTestId('district-table')).getAllByRole('row')).toHaveLength(2);
  });

  it('shouldSayWhenTheFiguresCannotBeLoaded', async () => {
    mockFetch({
      'GET /api/supervision/snapshot': () =>
        new Response(JSON.stringify({ status: 503, detail: '监管数据暂不可用' }), {
          status: 503,
          headers: { 'Content-Type': 'application/problem+json' },
        }),
      'GET /api/supervision/stream': () => new Response(null, { status: 503 }),
    });
    renderWithProviders(<Dashboard />);
    expect(await screen.findByRole('alert')).toHaveTextContent('监管数据暂不可用');
    expect(screen.getByTestId('total-families')).toHaveTextContent('—');
  });
});
