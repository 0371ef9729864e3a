import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, type RouteObject } from 'react-router';
import { AppLayout, type NavItem } from '@/components/layouts/app-layout';
import { OverdueWorklist } from '@/features/contacts/components/overdue-worklist';
import { FamiliesList } from '@/features/families/components/families-list';
import { FamilyPage } from '@/features/families/components/family-page/family-page';
import { RegisterFamilyForm } from '@/features/families/components/register-family-form';
import { Dashboard } from '@/features/supervision/components/dashboard';
import { AlertsPage } from '@/features/supervision/components/alerts-page';
import { TargetsPage } from '@/features/supervision/components/targets-page';
import { ClaimsQueue } from '@/features/insurance/components/claims-queue';
import { InsuranceOverview } from '@/features/insurance/components/insurance-overview';
import { PaymentBatches } from '@/features/insurance/components/payment-batches';
import { ActivitiesCalendarPage } from '@/features/sites/components/activities-calendar-page';
import { ActivityPage } from '@/features/sites/components/activity-page';
import { ScheduleActivityForm } from '@/features/sites/components/schedule-activity-form';
import { SitePage } from '@/features/sites/components/site-page';
import { SitesList } from '@/features/sites/components/sites-list';
import { Campaigns } from '@/features/volunteers/components/campaigns';
import { CreateCampaignForm } from '@/features/volunteers/components/create-campaign-form';
import { CreateTaskForm } from '@/features/volunteers/components/create-task-form';
import { HoursApprovals } from '@/features/volunteers/components/hours-approvals';
import { RegisterVolunteerForm } from '@/features/volunteers/components/register-volunteer-form';
import { TaskBoard } from '@/features/volunteers/components/task-board';
import { VolunteerDirectory } from '@/features/volunteers/components/volunteer-directory';
import { VolunteerPage } from '@/features/volunteers/components/volunteer-page';
import { CallQueue } from '@/features/volunteer-mobile/components/call-queue';
import { MobileLayout } from '@/features/volunteer-mobile/components/mobile-layout';
import { MyActivities } from '@/features/volunteer-mobile/components/my-activities';
import { MyHours } from '@/features/volunteer-mobile/components/my-hours';
import { MyTasks } from '@/features/volunteer-mobile/components/my-tasks';
import { TaskPage } from '@/features/volunteer-mobile/components/task-page';
import { can, type Caller, type Permission } from '@/lib/auth';

/** Every screen, the permission it needs and its menu entry: the one place to add a page. */
const PAGES: { path: string; permission: Permission; labelKey?: string; element: ReactNode }[] = [
  { path: '/', permission: 'supervision:view', labelKey: 'nav.dashboard', element: <Dashboard /> },
  { path: '/families', permission: 'families:view', labelKey: 'nav.families', element: <FamiliesList /> },
  { path: '/families/new', permission: 'families:register', labelKey: 'nav.registerFamily', element: <RegisterFamilyForm /> },
  { path: '/families/:familyId', permission: 'families:view', element: <FamilyPage /> },
  { path: '/contacts/overdue', permission: 'contacts:overdue', labelKey: 'nav.overdue', element: <OverdueWorklist /> },
  { path: '/volunteers', permission: 'volunteers:view', labelKey: 'nav.volunteers', element: <VolunteerDirectory /> },
  // Registering and status changes are the coordinators' (the same roles as task dispatch in volunteer-service).
  { path: '/volunteers/new', permission: 'tasks:manage', labelKey: 'nav.registerVolunteer', element: <RegisterVolunteerForm /> },
  { path: '/volunteers/:volunteerId', permission: 'volunteers:view', element: <VolunteerPage /> },
  { path: '/tasks', permission: 'tasks:manage', labelKey: 'nav.tasks', element: <TaskBoard /> },
  { path: '/tasks/new', permission: 'tasks:manage', element: <CreateTaskForm /> },
  { path: '/campaigns', permission: 'campaigns:view', labelKey: 'nav.campaigns', element: <Campaigns /> },
  { path: '/campaigns/new', permission: 'campaigns:manage', element: <CreateCampaignForm /> },
  { path: '/hours/corrections', permission: 'hours:approve', labelKey: 'nav.hoursApprovals', element: <HoursApprovals /> },
  { path: '/insurance', permission: 'insurance:view', labelKey: 'nav.insurance', element: <InsuranceOverview /> },
  { path: '/insurance/claims', permission: 'insurance:view', labelKey: 'nav.claims', element: <ClaimsQueue /> },
  { path: '/insurance/payments', permission: 'insurance:payments', labelKey: 'nav.payments', element: <PaymentBatches /> },
  { path: '/sites', permission: 'sites:view', labelKey: 'nav.sites', element: <SitesList /> },
  { path: '/sites/:siteId', permission: 'sites:view', element: <SitePage /> },
  { path: '/activities', permission: 'sites:view', labelKey: 'nav.activities', element: <ActivitiesCalendarPage /> },
  { path: '/activities/new', permission: 'activities:manage', element: <ScheduleActivityForm /> },
  { path: '/activities/:activityId', permission: 'sites:view', element: <ActivityPage /> },
  { path: '/targets', permission: 'targets:view', labelKey: 'targets.menu', element: <TargetsPage /> },
  { path: '/alerts', permission: 'alerts:view', labelKey: 'alerts.menu', element: <AlertsPage /> },
  // The volunteer's phone pages have their own layout (MOBILE_PAGES); this entry only puts them in the menu.
  { path: '/m', permission: 'volunteer:mobile', labelKey: 'nav.mobile', element: null },
];

/** The volunteer H5 pages under /m/, phone-first, in their own layout. */
const MOBILE_PAGES: { path: string; element: ReactNode }[] = [
  { path: '', element: <MyTasks /> },
  { path: 'tasks/:taskId', element: <TaskPage /> },
  { path: 'hours', element: <MyHours /> },
  { path: 'activities', element: <MyActivities /> },
  { path: 'calls/:campaignId', element: <CallQueue /> },
];

export function navItemsFor(caller: Caller): NavItem[] {
  return PAGES.filter((page) => page.labelKey && can(caller, page.permission)).map((page) => ({
    to: page.path,
    labelKey: page.labelKey!,
  }));
}

export function routesFor(caller: Caller): RouteObject[] {
  const guarded = (page: (typeof PAGES)[number]) => (can(caller, page.permission) ? page.element : <NotAllowed />);
  const home = PAGES[0];
  const mobile = can(caller, 'volunteer:mobile');
  return [
    {
      path: '/m',
      element: mobile ? <MobileLayout /> : <AppLayout navItems={navItemsFor(caller)} />,
      children: MOBILE_PAGES.map((page) => ({
        ...(page.path ? { path: page.path } : { index: true }),
        element: mobile ? page.element : <NotAllowed />,
      })),
    },
    {
      path: '/',
      element: <AppLayout navItems={navItemsFor(caller)} />,
      children: [
        // A role with no supervision view (partner hospitals) gets a welcome instead of a refusal.
        { index: true, element: can(caller, home.permission) ? home.element : <Welcome /> },
        ...PAGES.slice(1)
          .filter((page) => page.element !== null)
          .map((page) => ({ path: page.path.slice(1), element: guarded(page) })),
        { path: '*', element: <NotFound /> },
      ],
    },
  ];
}

function Welcome() {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('welcome.title')}</h1>
      <p>{t('welcome.noScreens')}</p>
    </section>
  );
}

function NotAllowed() {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('errors.forbiddenTitle')}</h1>
      <p>{t('errors.forbidden')}</p>
      <Link to="/">{t('common.backHome')}</Link>
    </section>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('errors.notFoundTitle')}</h1>
      <p>{t('errors.notFound')}</p>
      <Link to="/">{t('common.backHome')}</Link>
    </section>
  );
}
