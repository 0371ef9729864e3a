import { NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { primaryRole } from '@/lib/auth';
import { useSession } from '@/lib/session';
import { LanguageToggle } from './language-toggle';

export interface NavItem {
  to: string;
  labelKey: string;
}

/** Header (who is logged in, language, logout), side menu and the page. */
export function AppLayout({ navItems }: { navItems: NavItem[] }) {
  const { t } = useTranslation();
  const { caller, logout } = useSession();
  const role = primaryRole(caller.roles);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <header className="shell__header">
        <div className="brand">
          <span className="brand__name">{t('app.title')}</span>
          <span className="brand__subtitle">{t('app.subtitle')}</span>
        </div>
        <div className="shell__user">
          <span className="user" data-testid="user-name">
            {caller.name}
          </span>
          {role && (
            <span className="role-badge" data-testid="user-role">
              {t(`roles.${role}`)}
            </span>
          )}
          <LanguageToggle />
          <button type="button" className="button button--ghost" onClick={logout}>
            {t('layout.logout')}
          </button>
        </div>
      </header>
      <nav className="shell__nav" aria-label={t('layout.menu')}>
        <ul>
          {navItems.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end className={({ isActive }) => `nav-link${isActive ? ' nav-link--active' : ''}`}>
                {t(item.labelKey)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="shell__main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
