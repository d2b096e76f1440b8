import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export const COMMON_FAMILIES = [
  'chest_pain',
  'breathing_cough',
  'fever',
  'abdominal',
  'headache_neuro',
  'injury_musculoskeletal',
  'skin',
  'eye',
  'ear_nose_throat',
  'urinary_genital',
  'womens_health',
  'mental_health',
  'dental',
  'general',
] as const;
export type CommonFamily = (typeof COMMON_FAMILIES)[number];

interface Props {
  initialRespondent: 'self' | 'guardian';
  initialText: string;
  busy: boolean;
  onSubmit: (v: { chiefComplaint: string; family?: CommonFamily; respondent: 'self' | 'guardian' }) => void;
}

/** The first screen: who answers, and the problem in the patient's own words or as a common choice. */
export function ComplaintStep({ initialRespondent, initialText, busy, onSubmit }: Props) {
  const { t } = useTranslation();
  const [respondent, setRespondent] = useState(initialRespondent);
  const [text, setText] = useState(initialText);
  const [empty, setEmpty] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) {
      setEmpty(true);
      return;
    }
    onSubmit({ chiefComplaint: text.trim(), respondent });
  };

  return (
    <form className="pc-step" onSubmit={submit} noValidate>
      <fieldset className="pc-fieldset">
        <legend>{t('precheck.who.legend')}</legend>
        {(['self', 'guardian'] as const).map((r) => (
          <label key={r} className="pc-option">
            <input
              type="radio"
              name="respondent"
              value={r}
              checked={respondent === r}
              onChange={() => setRespondent(r)}
            />
            <span>{t(`precheck.who.${r}`)}</span>
          </label>
        ))}
      </fieldset>
      <label className="pc-question" htmlFor="pc-complaint">
        {respondent === 'guardian' ? t('precheck.complaint.labelGuardian') : t('precheck.complaint.label')}
      </label>
      <textarea
        id="pc-complaint"
        name="chiefComplaint"
        className="pc-textarea"
        rows={3}
        maxLength={4000}
        value={text}
        placeholder={t('precheck.complaint.hint')}
        aria-describedby={empty ? 'pc-complaint-empty' : undefined}
        aria-invalid={empty || undefined}
        onChange={(e) => {
          setText(e.target.value);
          setEmpty(false);
        }}
      />
      {empty && (
        <p id="pc-complaint-empty" className="pc-flag" role="alert">
          {t('precheck.complaint.empty')}
        </p>
      )}
      <button type="submit" className="button button-primary button-block pc-big" disabled={busy}>
        {t('precheck.complaint.submit')}
      </button>
      <fieldset className="pc-fieldset">
        <legend>{t('precheck.complaint.common')}</legend>
        <div className="pc-chips">
          {COMMON_FAMILIES.map((f) => (
            <button
              key={f}
              type="button"
              className="pc-chip"
              disabled={busy}
              data-family={f}
              onClick={() =>
                onSubmit({ chiefComplaint: text.trim() || t(`precheck.family.${f}`), family: f, respondent })
              }
            >
              {t(`precheck.family.${f}`)}
            </button>
          ))}
        </div>
      </fieldset>
    </form>
  );
}
