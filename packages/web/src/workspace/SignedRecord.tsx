import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error.ts';
import type { Visit } from '../api/types.ts';
import { departmentName, formatDateTime } from '../common/format.ts';
import { SignDialog } from './SignDialog.tsx';
import { amendRecord, exportRecord } from './workspace-api.ts';
import type { Lang, RecordVersion } from './workspace-types.ts';

interface Props {
  visit: Visit;
  versions: RecordVersion[];
  canAmend: boolean;
  totpEnabled: boolean;
  onAmended: () => void;
}

/** The signed record: read-only, every version kept, amendments with a reason, an A4 print view. */
export function SignedRecord({ visit, versions, canAmend, totpEnabled, onAmended }: Props) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const latest = versions[versions.length - 1]!;
  // null: the latest version, which an amendment changes.
  const [shown, setShown] = useState<number | null>(null);
  const [lang, setLang] = useState<Lang>('zh');
  const [amend, setAmend] = useState<{ sectionId: string; text: string; reason: string } | null>(null);
  const [signing, setSigning] = useState(false);
  const [exporting, setExporting] = useState(false);
  const v = versions.find((x) => x.version === shown) ?? latest;

  return (
    <div className="ws-pane ws-record" data-testid="signed-record">
      <header className="ws-pane-header ws-no-print">
        <h2>{t('workspace.record.title')}</h2>
        <div className="ws-row">
          <div className="ws-tabs" role="tablist">
            {(['zh', 'en'] as const).map((l) => (
              <button key={l} type="button" role="tab" aria-selected={lang === l} onClick={() => setLang(l)}>
                {t(`workspace.tabs.${l}`)}
              </button>
            ))}
          </div>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => window.print()}
            data-testid="print"
          >
            {t('workspace.record.print')}
          </button>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => setExporting(true)}
            data-testid="export"
          >
            {t('workspace.record.export')}
          </button>
        </div>
      </header>
      <p className="ws-signed-badge" data-testid="signed-badge">
        {t('workspace.record.signedBy', {
          name: v.signedBy,
          time: formatDateTime(v.signedAt, lng),
          version: v.version,
        })}
        {!v.intact && <strong className="ws-tamper"> {t('workspace.record.tampered')}</strong>}
      </p>
      {v.amendmentReason && (
        <p className="hint">{t('workspace.record.reason', { reason: v.amendmentReason })}</p>
      )}

      <article className="ws-print" data-testid="record-text">
        <header className="ws-print-head">
          <h1>{lang === 'zh' ? '门诊病历' : 'Outpatient note'}</h1>
          <p>
            {visit.patient.name} · {t(`sex.${visit.patient.sex}`)}
            {visit.patient.age !== null && ` · ${t('visits.age', { age: visit.patient.age })}`} ·{' '}
            {departmentName(visit.department, lng)} · {formatDateTime(visit.scheduledAt, lng)}
          </p>
        </header>
        {v.content[lang].map((s) => (
          <section key={s.id} className="ws-record-section">
            <h3>{s.title}</h3>
            <p>{s.text || '—'}</p>
          </section>
        ))}
        <footer className="ws-print-foot">
          {t('workspace.record.signedBy', {
            name: v.signedBy,
            time: formatDateTime(v.signedAt, lng),
            version: v.version,
          })}
          {' · '}
          {t('workspace.record.aiAssisted')}
        </footer>
      </article>

      <section className="ws-block ws-no-print" aria-labelledby="ws-history">
        <h3 id="ws-history">{t('workspace.record.history')}</h3>
        <ol className="ws-versions" data-testid="record-versions">
          {versions.map((x) => (
            <li key={x.version}>
              <button
                type="button"
                className="ws-link"
                aria-current={x.version === v.version || undefined}
                onClick={() => setShown(x.version)}
              >
                {t('workspace.record.version', { version: x.version })}
              </button>{' '}
              · {formatDateTime(x.signedAt, lng)} · {x.signedBy}
              {x.amendmentReason && ` · ${x.amendmentReason}`}
            </li>
          ))}
        </ol>
        {canAmend && !amend && (
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => {
              const first = latest.content[lang][0];
              setAmend({ sectionId: first?.id ?? '', text: first?.text ?? '', reason: '' });
            }}
            data-testid="amend"
          >
            {t('workspace.record.amend')}
          </button>
        )}
        {amend && (
          <form
            className="ws-amend"
            onSubmit={(e) => {
              e.preventDefault();
              setSigning(true);
            }}
          >
            <label htmlFor="ws-amend-section">{t('workspace.record.section')}</label>
            <select
              id="ws-amend-section"
              value={amend.sectionId}
              onChange={(e) =>
                setAmend({
                  ...amend,
                  sectionId: e.target.value,
                  text: latest.content[lang].find((s) => s.id === e.target.value)?.text ?? '',
                })
              }
            >
              {latest.content[lang].map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
            <textarea
              rows={4}
              value={amend.text}
              onChange={(e) => setAmend({ ...amend, text: e.target.value })}
              aria-label={t('workspace.record.newText')}
              data-testid="amend-text"
            />
            <label htmlFor="ws-amend-reason">{t('workspace.record.amendReason')}</label>
            <input
              id="ws-amend-reason"
              value={amend.reason}
              onChange={(e) => setAmend({ ...amend, reason: e.target.value })}
              required
              minLength={2}
              data-testid="amend-reason"
            />
            <div className="ws-row">
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => setAmend(null)}
              >
                {t('workspace.sign.cancel')}
              </button>
              <button
                type="submit"
                className="button button-primary button-small"
                disabled={amend.reason.trim().length < 2}
              >
                {t('workspace.record.amendSign')}
              </button>
            </div>
          </form>
        )}
      </section>
      {exporting && (
        <SignDialog
          title={t('workspace.record.export')}
          totpEnabled={totpEnabled}
          confirmLabel={t('workspace.record.export')}
          onClose={() => setExporting(false)}
          action={async () => {
            try {
              downloadJson(`visit-${visit.id}-record.fhir.json`, await exportRecord(visit.id));
            } catch {
              return t('errors.generic');
            }
            setExporting(false);
            return null;
          }}
        />
      )}
      {signing && amend && (
        <SignDialog
          title={t('workspace.record.amendSign')}
          totpEnabled={totpEnabled}
          confirmLabel={t('workspace.record.amendSign')}
          onClose={() => setSigning(false)}
          action={async () => {
            try {
              await amendRecord(visit.id, {
                baseVersion: latest.version,
                lang,
                sectionId: amend.sectionId,
                text: amend.text,
                reason: amend.reason.trim(),
              });
            } catch (err) {
              return isApiError(err) && err.status === 409
                ? t('workspace.record.amendStale')
                : t('errors.generic');
            }
            setSigning(false);
            setAmend(null);
            onAmended();
            return null;
          }}
        />
      )}
    </div>
  );
}

/** Saves a JSON document through the browser's download, without keeping it in page storage. */
function downloadJson(filename: string, body: unknown): void {
  const url = URL.createObjectURL(
    new Blob([JSON.stringify(body, null, 2)], { type: 'application/fhir+json' }),
  );
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
