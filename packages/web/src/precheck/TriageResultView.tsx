import { useTranslation } from 'react-i18next';
import { pick } from './bilingual.ts';
import { EmergencyAlert } from './EmergencyAlert.tsx';
import type { PatientTriage } from './precheck-types.ts';

/** What the patient sees after sending: what to do, where, why, advice — and that it is not a diagnosis. */
export function TriageResultView({ triage }: { triage: PatientTriage }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return (
    <section className="pc-result" aria-labelledby="pc-result-title" data-testid="precheck-result">
      {triage.disposition === 'emergency' && <EmergencyAlert triage={triage} />}
      <h2 id="pc-result-title">{t('precheck.result.title')}</h2>
      <p>{t('precheck.result.thanks')}</p>
      <div className={`pc-disposition pc-disposition-${triage.disposition}`} data-testid="disposition">
        <span className="pc-label">{t('precheck.result.dispositionLabel')}</span>
        <strong>{t(`precheck.result.disposition.${triage.disposition}`)}</strong>
      </div>
      {triage.departments.length > 0 && (
        <>
          <h3>{t('precheck.result.departments')}</h3>
          <p data-testid="departments">{triage.departments.map((d) => pick(d.name, lng)).join(' / ')}</p>
        </>
      )}
      {triage.reasons.length > 0 && (
        <>
          <h3>{t('precheck.result.reasons')}</h3>
          <ul className="pc-reasons">
            {triage.reasons.map((r, i) => (
              <li key={i}>{pick(r, lng)}</li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('precheck.result.advice')}</h3>
      <p data-testid="advice">{pick(triage.advice, lng)}</p>
      <p className="fine-print">{t('precheck.result.notDiagnosis')}</p>
    </section>
  );
}
