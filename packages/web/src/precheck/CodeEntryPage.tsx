import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error.ts';
import { errorMessageKey } from '../common/error-message-key.ts';
import { navigate } from '../routing/navigation.ts';
import { redeemCode } from './precheck-api.ts';

/** `/p`: type the short code from the slip; a correct code opens this device's own link. */
export function CodeEntryPage() {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { token } = await redeemCode(code);
      navigate(`/p/${token}`, { replace: true });
    } catch (err) {
      setError(
        isApiError(err) && err.status === 404
          ? t('precheck.code.wrong')
          : isApiError(err) && err.status === 429
            ? t('precheck.code.locked')
            : t(errorMessageKey(err)),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="pc-step" onSubmit={(e) => void submit(e)} noValidate>
      <h1 id="page-title">{t('precheck.code.title')}</h1>
      <label htmlFor="pc-code" className="pc-question">
        {t('precheck.code.label')}
      </label>
      <input
        id="pc-code"
        name="code"
        className="pc-input pc-code"
        autoComplete="one-time-code"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={12}
        aria-describedby="pc-code-hint"
        aria-invalid={error ? true : undefined}
        value={code}
        onChange={(e) => setCode(e.target.value)}
      />
      <p id="pc-code-hint" className="hint">
        {t('precheck.code.hint')}
      </p>
      {error && (
        <p className="alert alert-error" role="alert" data-testid="code-error">
          {error}
        </p>
      )}
      <button
        type="submit"
        className="button button-primary button-block pc-big"
        disabled={busy || !code.trim()}
      >
        {busy ? t('precheck.code.submitting') : t('precheck.code.submit')}
      </button>
    </form>
  );
}
