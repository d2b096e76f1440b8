import { useTranslation } from 'react-i18next';
import { errorMessageKey } from './error-message-key.ts';

export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="alert alert-error" role="alert">
      <span>{t(errorMessageKey(error))}</span>
      {onRetry && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      )}
    </div>
  );
}
