import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createPrecheckLink } from '../api/endpoints.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { formatDateTime } from '../common/format.ts';
import type { PrecheckLink } from './precheck-types.ts';

/**
 * Staff create (or re-issue) the visit's pre-consultation link and code. They are shown once, here:
 * the server keeps only hashes. The short code suits a printed slip or reading aloud; the link
 * (absolute, built on this page's origin) suits a QR code or a message.
 */
export function PrecheckLinkButton({ visitId, onCreated }: { visitId: string; onCreated?: () => void }) {
  const { t, i18n } = useTranslation();
  const [link, setLink] = useState<PrecheckLink | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      setLink(await createPrecheckLink(visitId));
      onCreated?.();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const url = link ? `${window.location.origin}${link.url}` : '';
  return (
    <div className="precheck-link-box">
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() => void create()}
        disabled={busy}
        data-testid="precheck-create"
      >
        {busy
          ? t('precheck.staff.creating')
          : link
            ? t('precheck.staff.reissue')
            : t('precheck.staff.create')}
      </button>
      {error !== null && <ErrorMessage error={error} />}
      {link && (
        <div className="precheck-link" role="status" data-testid="precheck-link">
          <span>
            {t('precheck.staff.code')}:{' '}
            <span className="precheck-code" data-testid="precheck-code">
              {link.code}
            </span>
          </span>
          <span>
            {t('precheck.staff.link')}:{' '}
            <a
              className="precheck-url"
              href={url}
              target="_blank"
              rel="noreferrer"
              data-testid="precheck-url"
            >
              {url}
            </a>
          </span>
          <span className="hint">
            {t('precheck.staff.handout', { entry: `${window.location.origin}/p` })}{' '}
            {t('precheck.staff.expires', { time: formatDateTime(link.expiresAt, i18n.language) })}
          </span>
        </div>
      )}
    </div>
  );
}
