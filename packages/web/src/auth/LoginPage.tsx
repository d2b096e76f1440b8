import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionEndReason } from '../api/api-client.ts';
import { isApiError } from '../api/api-error.ts';
import { login } from '../api/endpoints.ts';
import type { Session } from '../api/types.ts';
import { LanguageSwitch } from '../layout/LanguageSwitch.tsx';
import { loginErrorKey, type LoginErrorKey } from './login-error-key.ts';

export type LoginNotice = SessionEndReason | 'loggedOut' | null;

const NOTICE_KEYS = {
  idle: 'login.sessionIdle',
  expired: 'login.sessionExpired',
  ended: 'login.sessionEnded',
  loggedOut: 'login.loggedOut',
} as const;

interface Props {
  notice: LoginNotice;
  onSignedIn: (session: Session) => void;
}

export function LoginPage({ notice, onSignedIn }: Props) {
  const { t } = useTranslation();
  const ids = { username: useId(), password: useId(), totp: useId(), totpHint: useId(), error: useId() };
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [needsTotp, setNeedsTotp] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<LoginErrorKey | null>(null);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    const sentTotp = needsTotp && totp.trim() !== '';
    try {
      onSignedIn(await login(username.trim(), password, sentTotp ? totp.trim() : undefined));
    } catch (err) {
      if (isApiError(err) && err.totpRequired && !sentTotp) {
        // First factor accepted; ask for the code without calling it a failure.
        setNeedsTotp(true);
      } else {
        setError(loginErrorKey(err, sentTotp));
        setTotp('');
      }
      setBusy(false);
    }
  }

  return (
    <div className="login-layout">
      <header className="login-top">
        <LanguageSwitch />
      </header>
      <main id="main" className="login-card" aria-labelledby="login-title">
        <div className="brand brand-large">
          <span className="brand-mark" aria-hidden="true">
            医
          </span>
          <div>
            <p className="brand-name">{t('app.name')}</p>
            <p className="brand-tagline">{t('app.tagline')}</p>
          </div>
        </div>
        <h1 id="login-title">{t('login.title')}</h1>

        {notice && (
          <p className="alert alert-info" role="status" data-testid="login-notice">
            {t(NOTICE_KEYS[notice])}
          </p>
        )}

        <form onSubmit={submit} noValidate aria-describedby={error ? ids.error : undefined}>
          <div className="field">
            <label htmlFor={ids.username}>{t('login.username')}</label>
            <input
              id={ids.username}
              name="username"
              autoComplete="username"
              autoFocus
              autoCapitalize="none"
              spellCheck={false}
              required
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              aria-invalid={error === 'login.failed' || undefined}
            />
          </div>
          <div className="field">
            <label htmlFor={ids.password}>{t('login.password')}</label>
            <input
              id={ids.password}
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              aria-invalid={error === 'login.failed' || undefined}
            />
          </div>
          {needsTotp && (
            <div className="field">
              <label htmlFor={ids.totp}>{t('login.totp')}</label>
              <input
                id={ids.totp}
                name="totp"
                inputMode="numeric"
                autoComplete="one-time-code"
                pattern="[0-9]*"
                maxLength={8}
                required
                autoFocus
                value={totp}
                onChange={(e) => setTotp(e.target.value)}
                aria-describedby={ids.totpHint}
              />
              <p id={ids.totpHint} className="hint">
                {t('login.totpHint')}
              </p>
            </div>
          )}

          {error && (
            <p id={ids.error} className="alert alert-error" role="alert" data-testid="login-error">
              {t(error)}
            </p>
          )}

          <button type="submit" className="button button-primary button-block" disabled={busy}>
            {busy ? t('login.submitting') : t('login.submit')}
          </button>
        </form>
        <p className="fine-print">{t('login.privacyNote')}</p>
      </main>
    </div>
  );
}
