import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { LanguageToggle } from '@/components/layouts/language-toggle';
import { useSession } from '@/lib/session';
import { ReportOutboxProvider, useOnline, useReportOutbox } from '../offline/use-report-outbox';

/** The volunteer's phone pages: a slim header, the page, and a bottom bar within thumb's reach. */
export function MobileLayout() {
  return (
    <ReportOutboxProvider>
      <MobileShell />
    </ReportOutboxProvider>
  );
}

function MobileShell() {
  const { t } = useTranslation();
  const { caller, logout } = useSession();
  const { entries } = useReportOutbox();
  const online = useOnline();
  const waiting = entries.filter((e) => e.state === 'pending').length;

  return (
    <div className="mobile">
      <a className="skip-link" href="#m-main">
        {t('layout.skipToContent')}
      </a>
      <header className="mobile__header">
        <span className="mobile__brand">{t('app.title')}</span>
        <span className="mobile__user" data-testid="user-name">
          {caller.name}
        </span>
        <LanguageToggle />
      </header>
      {!online && (
        <p className="mobile__offline" role="status">
          {t('mobile.offline')}
        </p>
      )}
      {waiting > 0 && (
        <p className="mobile__pending" role="status" data-testid="pending-count">
          {t('mobile.outbox.waiting', { count: waiting })}
        </p>
      )}
      <main id="m-main" className="mobile__main" tabIndex={-1}>
        <Outlet />
      </main>
      <nav className="mobile__nav" aria-label={t('layout.menu')}>
        <NavLink to="/m" end className="mobile__tab">
          {t('mobile.nav.tasks')}
        </NavLink>
        <NavLink to="/m/activities" className="mobile__tab">
          {t('mobile.nav.activities')}
        </NavLink>
        <NavLink to="/m/hours" className="mobile__tab">
          {t('mobile.nav.hours')}
        </NavLink>
        <button type="button" className="mobile__tab" onClick={logout}>
          {t('layout.logout')}
        </button>
      </nav>
    </div>
  );
}
