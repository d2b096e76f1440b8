import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { getVisitPrecheck } from '../api/endpoints.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { formatDateTime } from '../common/format.ts';
import { useApiData } from '../common/use-api-data.ts';
import { langOf, pick } from './bilingual.ts';
import { ModelFindings } from './ModelFindings.tsx';

/**
 * The doctor's one-screen view of a visit's pre-consultation: triage, the summary lines, and every
 * flag (unfinished, doubtful answers kept as typed). Self-contained, so the visit workspace can
 * embed it as is.
 */
export function PrecheckSummary({ visitId }: { visitId: string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const load = useCallback(() => getVisitPrecheck(visitId), [visitId]);
  const [result, reload] = useApiData(load);

  return (
    <section
      className="card precheck-summary"
      aria-labelledby="precheck-summary-title"
      data-testid="precheck-summary"
    >
      <header className="page-header-row">
        <h2 id="precheck-summary-title">{t('precheck.staff.summaryTitle')}</h2>
        <button type="button" className="button button-ghost button-small" onClick={reload}>
          {t('precheck.staff.refresh')}
        </button>
      </header>
      {result.state === 'loading' && <p className="loading">{t('app.loading')}</p>}
      {result.state === 'error' && <ErrorMessage error={result.error} onRetry={reload} />}
      {result.state === 'ready' && !result.data.precheck && (
        <p className="muted">{t('precheck.staff.none')}</p>
      )}
      {result.state === 'ready' &&
        result.data.precheck &&
        (() => {
          const p = result.data.precheck;
          const summary = p.summary?.[langOf(lng)];
          return (
            <>
              <p className="hint" data-testid="precheck-status">
                {t(`precheck.staff.status.${p.status}`)}
                {p.expired && ` · ${t('precheck.staff.expired')}`}
                {p.progress &&
                  ` · ${t('precheck.staff.progress', { answered: p.progress.answered, total: p.progress.total })}`}
                {p.finishedAt && ` · ${formatDateTime(p.finishedAt, lng)}`}
              </p>
              {p.triage && (
                <p
                  className={`precheck-triage precheck-triage-${p.triage.disposition}`}
                  data-testid="precheck-disposition"
                >
                  {t(`precheck.staff.disposition.${p.triage.disposition}`)}
                  {p.triage.departments.length > 0 &&
                    ` · ${p.triage.departments.map((d) => pick(d.name, lng)).join(' / ')}`}
                </p>
              )}
              {!summary && <p className="muted">{t('precheck.staff.notStarted')}</p>}
              {summary && (
                <ul data-testid="precheck-lines">
                  {summary.lines.map((l, i) => (
                    <li key={i}>{l}</li>
                  ))}
                </ul>
              )}
              {p.llm && (
                <ModelFindings read={p.llm} {...(p.triage ? { disposition: p.triage.disposition } : {})} />
              )}
              {(p.flags.length > 0 || (summary?.flagged.length ?? 0) > 0) && (
                <div className="precheck-flags" data-testid="precheck-flags">
                  <strong>{t('precheck.staff.flags')}</strong>
                  <ul>
                    {p.flags.map((f) => (
                      <li key={f.code}>{pick(f.message, lng)}</li>
                    ))}
                  </ul>
                  {summary && summary.flagged.length > 0 && (
                    <>
                      <strong>{t('precheck.staff.flagged')}</strong>
                      <ul>
                        {summary.flagged.map((f, i) => (
                          <li key={i}>{f}</li>
                        ))}
                      </ul>
                    </>
                  )}
                </div>
              )}
            </>
          );
        })()}
    </section>
  );
}
