import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { percent, QualityTable } from './quality-table';

describe('QualityTable', () => {
  it('shouldShowCoveragesAsSharesOfTheDistrictsFamiliesAndTheCadenceCounts', () => {
    renderWithProviders(
      <QualityTable
        districts={[
          {
            districtCode: '350203',
            districtName: '思明区',
            families: 8,
            bereaved: 7,
            disabledChild: 1,
            coverage: { liaisons: 6, familyDoctor: 4, greenChannel: 8 },
            cadence: { notContacted: 2, notVisited: 0, visitsThisWeek: 1, visitsThisMonth: 5, overdueFollowUps: 1 },
          },
          { districtCode: '350213', districtName: '翔安区', families: 0, bereaved: 0, disabledChild: 0 },
        ]}
      />,
    );
    const table = screen.getByTestId('quality-table');
    const siming = within(table).getByRole('row', { name: /思明区/ });
    expect(within(siming).getAllByRole('cell').map((c) => c.textContent)).toEqual(['75%', '50%', '100%', '2', '0', '5', '1']);
    expect(within(siming).getAllByRole('cell')[3]).toHaveClass('warn');
    expect(within(siming).getAllByRole('cell')[4]).not.toHaveClass('warn');
    const xiangan = within(table).getByRole('row', { name: /翔安区/ });
    expect(within(xiangan).getAllByRole('cell').map((c) => c.textContent)).toEqual(['—', '—', '—', '—', '—', '—', '—']);
  });

  it('shouldRoundSharesToWholePercentsAndShowADashWithoutFamilies', () => {
    expect(percent(1, 3)).toBe('33%');
    expect(percent(2, 3)).toBe('67%');
    expect(percent(5, 0)).toBe('—');
    expect(percent(undefined, 10)).toBe('—');
  });
});
