import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../layout/LanguageSwitch.tsx';
import { CodeEntryPage } from './CodeEntryPage.tsx';
import { PrecheckPage } from './PrecheckPage.tsx';
import { tokenFromPath } from './precheck-paths.ts';
import './precheck.css';

// A display preference, not patient data: remembered on the device like the language.
const LARGE_KEY = 'yizhu.largeText';
const storedLarge = () => {
  try {
    return localStorage.getItem(LARGE_KEY) === '1';
  } catch {
    return false;
  }
};

/** The patient's side: no login, no staff navigation; language and large-text switches always in reach. */
export function PrecheckApp({ path }: { path: string }) {
  const { t } = useTranslation();
  const [large, setLarge] = useState(storedLarge);
  const token = tokenFromPath(path);
  const toggleLarge = () => {
    const next = !large;
    setLarge(next);
    try {
      if (next) localStorage.setItem(LARGE_KEY, '1');
      else localStorage.removeItem(LARGE_KEY);
    } catch {
      // not remembered; still applies now
    }
  };
  return (
    <div className={`pc-root${large ? ' pc-large' : ''}`}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="pc-topbar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            医
          </span>
          <span className="brand-name">{t('app.name')}</span>
        </div>
        <div className="pc-tools">
          <button
            type="button"
            className="button button-ghost"
            aria-pressed={large}
            onClick={toggleLarge}
            data-testid="large-text"
          >
            {large ? t('precheck.normalText') : t('precheck.largeText')}
          </button>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="pc-main" tabIndex={-1}>
        {token ? (
          <PrecheckPage key={token} token={token} />
        ) : path === '/p' || path === '/p/' ? (
          <CodeEntryPage />
        ) : (
          <p className="alert alert-error" role="alert" data-testid="precheck-invalid">
            {t('precheck.invalidLink')}
          </p>
        )}
      </main>
    </div>
  );
}
