import { describe, expect, it } from 'vitest';
import { formatIndicator, indicator, INDICATORS, share, toNumber, valuesByDistrict, withLiveToday, xiamenDay } from './indicators';
import { INDICATOR_KEYS, type DistrictCount } from './types';

const siming: DistrictCount = {
  districtCode: '350203',
  districtName: '思明区',
  families: 8,
  bereaved: 6,
  disabledChild: 2,
  coverage: { liaisons: 6, familyDoctor: 4, greenChannel: 8 },
  cadence: { notContacted: 2, notVisited: 1, visitsThisWeek: 1, visitsThisMonth: 5, overdueFollowUps: 1, highRiskNotVisited: 0 },
  volunteers: { active: 10, hoursThisMonth: '12.5', openTasks: 3, overdueTasks: 1, callsDone: 4, callsUnreached: 1, callsPending: 2 },
  insurance: {
    insurable: 12,
    enrolled: 11,
    claimsPendingReview: 2,
    claimsApproved: 1,
    claimsRejected: 0,
    claimsPaid: 1,
    approvedAmount: '100.00',
    paidAmount: '100.00',
    avgDecisionHours: 5,
  },
  sites: { sites: 2, meetingStandard: 1, bereavedReached: 3, lecturesThisYear: 7, clinicsThisYear: 4, activitiesThisMonth: 2, attendanceThisMonth: 30 },
};
const huli: DistrictCount = {
  ...siming,
  districtCode: '350206',
  districtName: '湖里区',
  families: 4,
  bereaved: 4,
  disabledChild: 0,
  coverage: { liaisons: 4, familyDoctor: 1, greenChannel: 0 },
  cadence: { ...siming.cadence!, notContacted: 0 },
  volunteers: { ...siming.volunteers!, hoursThisMonth: '0.1' },
  sites: { ...siming.sites!, sites: 0, meetingStandard: 0 },
};

describe('indicators over a snapshot', () => {
  it('shouldDefineEveryIndicatorTheGatewayKnows', () => {
    expect(INDICATORS.map((i) => i.key)).toEqual([...INDICATOR_KEYS]);
  });

  it('shouldComputeSharesOverTheDistrictsTogetherAsTheGatewayDoes', () => {
    const both = [siming, huli];
    expect(indicator('FAMILIES').value(both)).toBe(12);
    expect(indicator('LIAISON_COVERAGE').value(both)).toBe(83.3); // 10 of 12
    expect(indicator('FAMILY_DOCTOR_COVERAGE').value(both)).toBe(41.7); // 5 of 12, half up
    expect(indicator('CONTACTED_WITHIN_CADENCE').value(both)).toBe(83.3); // 12 - 2 of 12
    expect(indicator('ENROLMENT_RATE').value([siming])).toBe(91.7);
    expect(indicator('SITE_STANDARD_COMPLIANCE').value(both)).toBe(50);
    expect(indicator('SITE_REACH').value([siming])).toBe(50);
    expect(indicator('VOLUNTEER_HOURS_THIS_MONTH').value(both)).toBe(12.6);
    expect(indicator('OVERDUE_FOLLOW_UPS').value(both)).toBe(2);
  });

  it('shouldHaveNoShareOfNothing', () => {
    expect(indicator('SITE_STANDARD_COMPLIANCE').value([huli])).toBeUndefined();
    expect(share(3, 0)).toBeUndefined();
    expect(indicator('LIAISON_COVERAGE').value([{ ...siming, coverage: undefined, families: 0 }])).toBeUndefined();
  });

  it('shouldGiveEachDistrictItsOwnValue', () => {
    expect(valuesByDistrict('GREEN_CHANNEL_COVERAGE', [siming, huli])).toEqual({ '350203': 100, '350206': 0 });
  });

  it('shouldKnowWhichIndicatorsAreBetterLow', () => {
    expect(INDICATORS.filter((i) => !i.higherIsBetter).map((i) => i.key)).toEqual([
      'OVERDUE_FOLLOW_UPS',
      'OVERDUE_TASKS',
      'CLAIMS_PENDING_REVIEW',
    ]);
  });

  it('shouldWriteValuesForTheScreen', () => {
    expect(formatIndicator(96.4, true, 'zh-CN')).toBe('96.4%');
    expect(formatIndicator('1260.5', false, 'en')).toBe('1,260.5');
    expect(formatIndicator(undefined, true, 'zh-CN')).toBe('—');
    expect(toNumber('x')).toBeUndefined();
    expect(toNumber(null)).toBeUndefined();
  });

  it('shouldTakeTodaysPointFromTheLiveValueOnXiamensCalendar', () => {
    const trend = [
      { day: '2026-11-28', value: 90 },
      { day: '2026-11-29', value: 91 },
    ];
    expect(withLiveToday(trend, 93.5, '2026-11-29')).toEqual([
      { day: '2026-11-28', value: 90 },
      { day: '2026-11-29', value: 93.5 },
    ]);
    expect(withLiveToday(trend.slice(0, 1), 93.5, '2026-11-29')).toHaveLength(2);
    expect(withLiveToday(trend, undefined, '2026-11-29')).toBe(trend);
    // 23:30 UTC is already the next morning in Xiamen
    expect(xiamenDay(new Date('2026-11-29T23:30:00Z'))).toBe('2026-11-30');
    expect(xiamenDay(new Date('2026-11-29T15:59:00Z'))).toBe('2026-11-29');
  });
});
