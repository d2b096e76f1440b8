import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error.ts';
import { reauthenticate } from './workspace-api.ts';

interface Props {
  title: string;
  /** Shown above the credential: what is about to happen (and open conflicts, if any). */
  children?: React.ReactNode;
  totpEnabled: boolean;
  confirmLabel: string;
  /** Runs after a successful re-authentication; its error message (if any) is shown in the dialog. */
  action: () => Promise<string | null>;
  onClose: () => void;
}

/**
 * Signing is a legal act: the doctor confirms it with their password (or one-time code) every time,
 * not only when the 5-minute window has passed. The button stays disabled while a request is out,
 * so a double click signs once.
 */
export function SignDialog({ title, children, totpEnabled, confirmLabel, action, onClose }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const [method, setMethod] = useState<'password' | 'totp'>('password');
  const [secret, setSecret] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);

  const submit = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await reauthenticate(method === 'password' ? { password: secret } : { totp: secret.trim() });
    } catch (err) {
      setBusy(false);
      setError(
        isApiError(err) && err.status === 401 ? t('workspace.sign.wrongCredential') : t('errors.generic'),
      );
      return;
    }
    const problem = await action();
    setBusy(false);
    if (problem) setError(problem);
  };

  return (
    <dialog
      ref={ref}
      className="ws-dialog"
      aria-labelledby="ws-sign-title"
      onCancel={onClose}
      data-testid="sign-dialog"
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h2 id="ws-sign-title">{title}</h2>
        {children}
        {totpEnabled && (
          <div className="ws-row" role="radiogroup" aria-label={t('workspace.sign.method')}>
            <label>
              <input type="radio" checked={method === 'password'} onChange={() => setMethod('password')} />{' '}
              {t('workspace.sign.password')}
            </label>
            <label>
              <input type="radio" checked={method === 'totp'} onChange={() => setMethod('totp')} />{' '}
              {t('workspace.sign.totp')}
            </label>
          </div>
        )}
        <div className="field">
          <label htmlFor="ws-sign-secret">
            {method === 'password' ? t('workspace.sign.password') : t('workspace.sign.totp')}
          </label>
          <input
            id="ws-sign-secret"
            type={method === 'password' ? 'password' : 'text'}
            inputMode={method === 'totp' ? 'numeric' : undefined}
            autoComplete={method === 'password' ? 'current-password' : 'one-time-code'}
            value={secret}
            onChange={(e) => setSecret(e.target.value)}
            autoFocus
            required
            data-testid="sign-secret"
          />
          <p className="hint">{t('workspace.sign.why')}</p>
        </div>
        {error && (
          <p className="alert alert-error" role="alert" data-testid="sign-error">
            {error}
          </p>
        )}
        <div className="ws-row ws-dialog-actions">
          <button type="button" className="button button-secondary" onClick={onClose} disabled={busy}>
            {t('workspace.sign.cancel')}
          </button>
          <button
            type="submit"
            className="button button-primary"
            disabled={busy || !secret}
            data-testid="sign-confirm"
          >
            {busy ? t('workspace.sign.signing') : confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
