import { useTranslation } from 'react-i18next';
import { ActivityCalendar } from './activity-calendar';

/** 活动日历: every site's activities the caller may see, a month at a time. */
export function ActivitiesCalendarPage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="activities-title">
      <h1 id="activities-title">{t('activities.title')}</h1>
      <ActivityCalendar />
    </section>
  );
}
