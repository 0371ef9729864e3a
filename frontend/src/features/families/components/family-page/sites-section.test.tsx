import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch, renderWithProviders } from '@/testing/test-utils';
import type { FamilySites } from '../../family-page-types';
import { SitesSection } from './sites-section';

const ID = '7b0c4f0e-0000-4000-8000-000000000001';
const URL_PATH = `/api/care-home/families/${ID}/sites`;

const SITES: FamilySites = {
  familyId: ID,
  districtCode: '350203',
  sites: [
    {
      siteId: 's1',
      name: '鼓浪屿暖心家园',
      districtCode: '350203',
      districtName: '思明区',
      street: '鼓浪屿街道',
      servesFamily: true,
      servedSince: '2026-03-01T01:30:00Z',
      meetsStandard: true,
      lastMetAt: '2026-11-01T01:05:00Z',
      upcoming: [
        {
          activityId: 'a1',
          kind: 'LECTURE',
          title: '冬季养生讲座',
          startsAt: '2026-12-05T01:30:00Z',
          endsAt: '2026-12-05T03:30:00Z',
          registration: 'REGISTERED',
          waitlistPosition: null,
          attendedAt: null,
        },
      ],
      lastAttended: [],
    },
    {
      siteId: 's2',
      name: '厦港暖心家园',
      districtCode: '350203',
      districtName: '思明区',
      street: '厦港街道',
      servesFamily: false,
      servedSince: null,
      meetsStandard: false,
      lastMetAt: null,
      upcoming: [
        {
          activityId: 'a2',
          kind: 'FESTIVAL',
          title: '冬至包饺子',
          startsAt: '2026-12-21T06:00:00Z',
          endsAt: '2026-12-21T08:00:00Z',
          registration: 'WAITLISTED',
          waitlistPosition: 2,
          attendedAt: null,
        },
      ],
      lastAttended: [
        {
          activityId: 'a3',
          kind: 'FREE_CLINIC',
          title: '社区义诊',
          startsAt: '2026-11-20T01:00:00Z',
          endsAt: '2026-11-20T03:00:00Z',
          registration: 'WALK_IN',
          waitlistPosition: null,
          attendedAt: '2026-11-20T01:12:00Z',
        },
      ],
    },
  ],
};

function renderSection(answer: () => Response) {
  mockFetch({ [`GET ${URL_PATH}`]: answer });
  renderWithProviders(<SitesSection familyId={ID} />);
}

describe('SitesSection', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shouldShowTheServingSiteAndTheFamilysComingPlacesAndLastAttendances', async () => {
    renderSection(() => json(SITES));
    const serving = await screen.findByRole('listitem', { name: /鼓浪屿暖心家园/ });
    expect(within(serving).getByRole('link', { name: '鼓浪屿暖心家园' })).toHaveAttribute('href', '/sites/s1');
    expect(within(serving).getByText('服务站点')).toBeInTheDocument();
    expect(within(serving).getByText('达标')).toBeInTheDocument();
    expect(within(serving).getByText(/2026\/03\/01 起服务本家庭/)).toBeInTheDocument();
    const coming = within(serving).getByRole('list', { name: '即将参加的活动' });
    expect(coming).toHaveTextContent('2026/12/05 09:30 · 暖心大学堂 · 冬季养生讲座 · 已报名');
    expect(within(coming).getByRole('link', { name: '冬季养生讲座' })).toHaveAttribute('href', '/activities/a1');
    expect(within(serving).getByText('还没有参加过活动。')).toBeInTheDocument();

    const other = screen.getByRole('listitem', { name: /厦港暖心家园/ });
    expect(within(other).queryByText('服务站点')).not.toBeInTheDocument();
    expect(within(other).getByText('未达标')).toBeInTheDocument();
    expect(within(other).getByRole('list', { name: '即将参加的活动' })).toHaveTextContent('冬至包饺子 · 候补第 2 位');
    // an attendance is dated by the roll call, in Xiamen time
    expect(within(other).getByRole('list', { name: '最近参加' })).toHaveTextContent('2026/11/20 09:12 · 义诊 · 社区义诊 · 现场参加');
  });

  it('shouldSayWhenNoSiteServesTheFamily', async () => {
    renderSection(() => json({ familyId: ID, districtCode: '350203', sites: [] }));
    expect(await screen.findByText('该家庭尚未由暖心家园服务，也没有活动报名。')).toBeInTheDocument();
  });
});
