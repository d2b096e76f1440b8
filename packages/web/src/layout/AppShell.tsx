import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../api/types.ts';
import { departmentName } from '../common/format.ts';
import { navigate } from '../routing/navigation.ts';
import { NAV_ITEMS, type NavItem } from '../routing/nav-items.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';

interface Props {
  user: SessionUser;
  current: NavItem;
  onLogout: () => void;
  children: ReactNode;
}

export function AppShell({ user, current, onLogout, children }: Props) {
  const { t, i18n } = useTranslation();
  const dept = departmentName(user.department, i18n.language);
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <div className="topbar-inner">
          <div className="brand">
            <span className="brand-mark" aria-hidden="true">
              医
            </span>
            <span className="brand-name">{t('app.name')}</span>
          </div>
          <nav aria-label={t('nav.label')} className="nav">
            <ul>
              {NAV_ITEMS[user.role].map((item) => (
                <li key={item.path}>
                  <a
                    href={item.path}
                    aria-current={item.path === current.path ? 'page' : undefined}
                    onClick={(e) => {
                      // Plain links keep open-in-new-tab working; ordinary clicks stay in the app.
                      if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
                      e.preventDefault();
                      navigate(item.path);
                    }}
                  >
                    {t(item.labelKey)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <div className="topbar-user">
            <span className="user-badge" data-testid="current-user">
              <span className="visually-hidden">{t('nav.signedInAs')}</span>
              <span className="user-name">{user.displayName}</span>
              <span className="user-meta">
                {t(`roles.${user.role}`)}
                {dept && ` · ${dept}`}
              </span>
            </span>
            <LanguageSwitch />
            <button type="button" className="button button-secondary" onClick={onLogout} data-testid="logout">
              {t('nav.logout')}
            </button>
          </div>
        </div>
      </header>
      <main id="main" className="content" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
