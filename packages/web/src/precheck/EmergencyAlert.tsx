import { useTranslation } from 'react-i18next';
import { pick } from './bilingual.ts';
import type { PatientTriage } from './precheck-types.ts';

/**
 * Shown the moment an emergency is recognised, above everything else, as an alert a screen reader
 * announces at once. The call button is a tel: link, so one tap dials on a phone.
 */
export function EmergencyAlert({ triage, onContinue }: { triage: PatientTriage; onContinue?: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <section
      className="pc-emergency"
      role="alert"
      aria-labelledby="pc-emergency-title"
      data-testid="emergency"
    >
      <h2 id="pc-emergency-title">{t('precheck.emergency.title')}</h2>
      <p className="pc-emergency-call">{t('precheck.emergency.call')}</p>
      <a className="pc-call-button" href="tel:120" data-testid="call-120">
        {t('precheck.emergency.callButton')}
      </a>
      {triage.reasons.length > 0 && (
        <ul className="pc-reasons">
          {triage.reasons.map((r, i) => (
            <li key={i}>{pick(r, i18n.language)}</li>
          ))}
        </ul>
      )}
      {onContinue && (
        <button type="button" className="button button-secondary" onClick={onContinue}>
          {t('precheck.emergency.keepGoing')}
        </button>
      )}
    </section>
  );
}
