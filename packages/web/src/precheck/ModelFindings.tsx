import { useTranslation } from 'react-i18next';
import { pick } from './bilingual.ts';
import type { Disposition, ModelFinding, PrecheckModelRead } from './precheck-types.ts';

/**
 * In the doctor's pre-consultation summary: what the language model read from the patient's free
 * text. Every finding is marked as the model's and shows the patient's own words it rests on (the
 * server verified the quote); a notice says when the model was not (fully) used.
 */
export function ModelFindings({ read, disposition }: { read: PrecheckModelRead; disposition?: Disposition }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const describe = (f: ModelFinding): string => {
    if (f.type === 'duration')
      return t('precheck.staff.model.duration', {
        value: f.value ?? '',
        unit: t(`precheck.staff.model.unit.${f.unit ?? 'day'}`),
      });
    if (f.type === 'severity') return t('precheck.staff.model.severity', { value: f.value ?? '' });
    const label = f.label ? pick(f.label, lng) : (f.concept ?? '');
    return f.present === false ? t('precheck.staff.model.denied', { label }) : label;
  };
  return (
    <div className="precheck-model" data-testid="precheck-model">
      {read.notice && (
        <p className="alert alert-info" role="note" data-testid="precheck-model-notice">
          {pick(read.notice, lng)}
        </p>
      )}
      {read.raised && read.deterministicDisposition && disposition && (
        <p className="precheck-model-raised" data-testid="precheck-model-raised">
          {t('precheck.staff.model.raised', {
            from: t(`precheck.staff.disposition.${read.deterministicDisposition}`),
            to: t(`precheck.staff.disposition.${disposition}`),
          })}
        </p>
      )}
      {read.findings.length > 0 && (
        <>
          <strong>{t('precheck.staff.model.title', { model: read.model })}</strong>
          <ul>
            {read.findings.map((f, i) => (
              <li key={i} data-testid="precheck-model-finding">
                <span className="badge precheck-model-badge">{t('precheck.staff.model.badge')}</span>{' '}
                {describe(f)} ← <span className="precheck-model-quote">“{f.quote}”</span>{' '}
                <span className="muted">({pick(f.question, lng)})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {read.used && read.findings.length === 0 && (
        <p className="hint">{t('precheck.staff.model.none', { model: read.model })}</p>
      )}
    </div>
  );
}
