import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { formatDate } from '../common/format.ts';
import { useApiData } from '../common/use-api-data.ts';
import { getMyLabExplanations, type Bilingual, type PatientLabExplanation } from './lab-results-api.ts';
import './lab-results.css';

const pick = (b: Bilingual, lng: string) => (lng.startsWith('zh') ? b.zh : b.en);

/**
 * The patient's lab results in plain language, as their doctor approved them (issue 9). Phone
 * first, large type, one card per report: the explanation, then each result with its value, unit
 * and whether it is high or low. Never a diagnosis; the page says so and points to the doctor.
 */
export function MyLabResultsPage() {
  const { t } = useTranslation();
  const [result, reload] = useApiData(getMyLabExplanations);
  return (
    <section aria-labelledby="page-title" className="page lab-results-page">
      <header className="page-header">
        <h1 id="page-title">{t('labResults.title')}</h1>
        <p className="page-subtitle">{t('labResults.intro')}</p>
      </header>
      <p className="lab-results-note" role="note" data-testid="lab-results-note">
        {t('labResults.notDiagnosis')}
      </p>
      {result.state === 'loading' && <p className="loading">{t('app.loading')}</p>}
      {result.state === 'error' && <ErrorMessage error={result.error} onRetry={reload} />}
      {result.state === 'ready' && result.data.explanations.length === 0 && (
        <p className="lab-results-empty" data-testid="lab-results-empty">
          {t('labResults.empty')}
        </p>
      )}
      {result.state === 'ready' &&
        result.data.explanations.map((x) => <ExplanationCard key={x.id} explanation={x} />)}
    </section>
  );
}

function ExplanationCard({ explanation: x }: { explanation: PatientLabExplanation }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return (
    <article
      className="card lab-results-card"
      data-testid="lab-explanation"
      data-id={x.id}
      aria-labelledby={`lab-${x.id}`}
    >
      <h2 id={`lab-${x.id}`} className="lab-results-date">
        {t('labResults.visitDate', { date: formatDate(x.visitDate, lng) })}
      </h2>
      <p className="hint">{t('labResults.approvedAt', { date: formatDate(x.approvedAt, lng) })}</p>
      <div className="lab-results-text" data-testid="lab-explanation-text">
        {x.sentences.map((s, i) => (
          <p key={i} className={`lab-sentence lab-sentence-${s.kind}`}>
            {pick(s, lng)}
          </p>
        ))}
      </div>
      {x.results.length > 0 && (
        <>
          <h3 className="lab-results-heading">{t('labResults.results')}</h3>
          <ul className="lab-results-list" data-testid="lab-results">
            {x.results.map((r, i) => (
              <li key={i} className="lab-result" data-testid="lab-result">
                <span className="lab-result-name">{pick(r.name, lng)}</span>
                {r.value ? (
                  <span className="lab-result-value">
                    {pick(r.value, lng)}
                    {r.unit && <span className="lab-result-unit"> {r.unit}</span>}
                  </span>
                ) : (
                  <span className="lab-result-check">{t('labResults.check')}</span>
                )}
                {r.flag && (
                  <span className={`lab-flag lab-flag-${r.flag}`} data-testid="lab-result-flag">
                    {t(`labResults.flag.${r.flag}`)}
                  </span>
                )}
                {r.range && (
                  <span className="lab-result-range">
                    {t('labResults.range', { range: pick(r.range, lng) })}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
