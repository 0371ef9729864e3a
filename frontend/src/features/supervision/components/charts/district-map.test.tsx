import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { district } from '../../testing/fixtures';
import DistrictMap from './district-map';

interface Option {
  visualMap: { text: string[] };
  series: { data: { name: string; value: number | string }[]; label: { formatter: (p: { name: string }) => string } }[];
}

// jsdom cannot draw (charts.test.ts draws the options to SVG); the stand-in shows what the map was handed and
// lets the test click a district the way ECharts reports a click.
vi.mock('echarts-for-react/esm/core', () => ({
  default: ({ option, onEvents, opts }: { option: Option; onEvents?: { click: (p: { name: string }) => void }; opts: { locale: string } }) => (
    <div data-testid="echarts" data-locale={opts.locale}>
      <span data-testid="legend">{option.visualMap.text.join('/')}</span>
      {option.series[0].data.map((d) => (
        <button key={d.name} type="button" onClick={() => onEvents?.click({ name: d.name })}>
          {option.series[0].label.formatter({ name: d.name }).replace('\n', ' ')}
        </button>
      ))}
    </div>
  ),
}));

const districts = [
  district('350203', '思明区', { families: 10, cadence: { notContacted: 0, notVisited: 0, visitsThisWeek: 0, visitsThisMonth: 0, overdueFollowUps: 0 } }),
  district('350206', '湖里区', { families: 4, cadence: { notContacted: 0, notVisited: 0, visitsThisWeek: 0, visitsThisMonth: 0, overdueFollowUps: 3 } }),
];

describe('DistrictMap', () => {
  it('shouldLabelEachDistrictWithItsNameAndValueInTheScreensLanguage', () => {
    renderWithProviders(<DistrictMap districts={districts} indicatorKey="LIAISON_COVERAGE" />, { language: 'en' });
    expect(screen.getByRole('button', { name: 'Siming 100%' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Huli 100%' })).toBeInTheDocument();
    expect(screen.getByTestId('legend')).toHaveTextContent('Better/Worse');
    expect(screen.getByTestId('echarts')).toHaveAttribute('data-locale', 'EN');
  });

  it('shouldPutWorseOnTopOfTheLegendWhereLessIsBetter', () => {
    renderWithProviders(<DistrictMap districts={districts} indicatorKey="OVERDUE_FOLLOW_UPS" />);
    expect(screen.getByRole('button', { name: '湖里区 3' })).toBeInTheDocument();
    expect(screen.getByTestId('legend')).toHaveTextContent('较差/较好');
  });

  it('shouldReportTheClickedDistrictByItsCode', async () => {
    const onSelect = vi.fn();
    renderWithProviders(<DistrictMap districts={districts} indicatorKey="FAMILIES" onSelect={onSelect} />);
    await userEvent.setup().click(screen.getByRole('button', { name: '湖里区 4' }));
    expect(onSelect).toHaveBeenCalledWith('350206');
  });
});
