import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, type FieldIssue } from '../api/api-error.ts';
import { LanguageSwitch } from '../layout/LanguageSwitch.tsx';
import { getCheckinForm, submitCheckin, type CheckinForm } from './followup-api.ts';
import './followup.css';

export const CHECKIN_PATH = '/checkin';

type Result = { status: 'recorded' | 'duplicate'; urgent: boolean; flags: string[] };
const num = (s: string) => (s.trim() === '' ? undefined : Number(s));

/**
 * The patient's home check-in, reached by a link (/checkin#token). Phone first, no login. Readings
 * the server calls implausible come back for checking; the patient may re-check and confirm.
 */
export function CheckinApp() {
  const { t, i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  const token = window.location.hash.slice(1);
  const [form, setForm] = useState<CheckinForm | null>(null);
  const [loadError, setLoadError] = useState(false);
  const [v, setV] = useState({
    sys: '',
    dia: '',
    glu: '',
    unit: 'mmol/L',
    weight: '',
    adherence: '',
    sideEffect: false,
  });
  const [symptoms, setSymptoms] = useState<string[]>([]);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [confirm, setConfirm] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState(false);

  useEffect(() => {
    if (!token) return setLoadError(true);
    getCheckinForm(token).then(setForm, () => setLoadError(true));
  }, [token]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!form) return;
    setBusy(true);
    setError(false);
    const sys = num(v.sys);
    const dia = num(v.dia);
    const glu = num(v.glu);
    try {
      const r = await submitCheckin({
        token,
        measuredOn: form.today,
        clientTime: new Date().toISOString(),
        ...(sys !== undefined || dia !== undefined
          ? { bp: { systolic: sys ?? NaN, diastolic: dia ?? NaN } }
          : {}),
        ...(glu !== undefined ? { fastingGlucose: { value: glu, unit: v.unit } } : {}),
        ...(num(v.weight) !== undefined ? { weightKg: num(v.weight) } : {}),
        symptoms,
        ...(v.adherence ? { adherence: v.adherence } : {}),
        sideEffect: { reported: v.sideEffect },
        ...(confirm ? { confirmImplausible: true } : {}),
      });
      setResult(r);
    } catch (err) {
      if (isApiError(err) && err.status === 400 && err.issues.length) setIssues(err.issues);
      else setError(true);
    } finally {
      setBusy(false);
    }
  };

  const header = (
    <header className="ci-header">
      <strong>{t('checkin.title')}</strong>
      <LanguageSwitch />
    </header>
  );
  if (loadError) {
    return (
      <main id="main" className="ci-root">
        {header}
        <p className="alert alert-error" role="alert">
          {t('checkin.badLink')}
        </p>
      </main>
    );
  }
  if (result) {
    return (
      <main id="main" className="ci-root">
        {header}
        {result.urgent ? (
          <p className="alert alert-error" role="alert" data-testid="checkin-urgent">
            {t('checkin.urgent')}
          </p>
        ) : (
          <p className="alert alert-info" role="status" data-testid="checkin-done">
            {result.status === 'duplicate' ? t('checkin.duplicate') : t('checkin.thanks')}
          </p>
        )}
      </main>
    );
  }
  const issueFor = (prefix: string) => issues.filter((i) => i.path.startsWith(prefix));
  return (
    <main id="main" className="ci-root">
      {header}
      {!form && <p>{t('app.loading')}</p>}
      {form && (
        <form onSubmit={(e) => void submit(e)} className="ci-form" noValidate>
          <p className="ci-date">{t('checkin.date', { date: form.today })}</p>
          <fieldset>
            <legend>{t('checkin.bp')}</legend>
            <label>
              {t('checkin.systolic')}
              <input
                name="systolic"
                inputMode="numeric"
                value={v.sys}
                onChange={(e) => setV({ ...v, sys: e.target.value })}
              />
            </label>
            <label>
              {t('checkin.diastolic')}
              <input
                name="diastolic"
                inputMode="numeric"
                value={v.dia}
                onChange={(e) => setV({ ...v, dia: e.target.value })}
              />
            </label>
            {issueFor('bp').length > 0 && (
              <p className="ci-issue" role="alert">
                {t('checkin.checkBp')}
              </p>
            )}
          </fieldset>
          <fieldset>
            <legend>{t('checkin.glucose')}</legend>
            <label>
              {t('checkin.glucoseValue')}
              <input
                name="glucose"
                inputMode="decimal"
                value={v.glu}
                onChange={(e) => setV({ ...v, glu: e.target.value })}
              />
            </label>
            <label>
              {t('checkin.unit')}
              <select name="unit" value={v.unit} onChange={(e) => setV({ ...v, unit: e.target.value })}>
                <option value="mmol/L">mmol/L</option>
                <option value="mg/dL">mg/dL</option>
              </select>
            </label>
            {issueFor('fastingGlucose').length > 0 && (
              <p className="ci-issue" role="alert">
                {t('checkin.checkGlucose')}
              </p>
            )}
          </fieldset>
          <label>
            {t('checkin.weight')}
            <input
              name="weight"
              inputMode="decimal"
              value={v.weight}
              onChange={(e) => setV({ ...v, weight: e.target.value })}
            />
          </label>
          <fieldset>
            <legend>{t('checkin.symptoms')}</legend>
            {form.symptoms.map((s) => (
              <label key={s.code} className="ci-check">
                <input
                  type="checkbox"
                  name="symptom"
                  value={s.code}
                  checked={symptoms.includes(s.code)}
                  onChange={(e) =>
                    setSymptoms(
                      e.target.checked ? [...symptoms, s.code] : symptoms.filter((x) => x !== s.code),
                    )
                  }
                />
                {zh ? s.zh : s.en}
              </label>
            ))}
          </fieldset>
          <label>
            {t('checkin.adherence')}
            <select
              name="adherence"
              value={v.adherence}
              onChange={(e) => setV({ ...v, adherence: e.target.value })}
            >
              <option value="">—</option>
              <option value="regular">{t('checkin.adh.regular')}</option>
              <option value="intermittent">{t('checkin.adh.intermittent')}</option>
              <option value="not_taking">{t('checkin.adh.not_taking')}</option>
            </select>
          </label>
          <label className="ci-check">
            <input
              type="checkbox"
              name="sideEffect"
              checked={v.sideEffect}
              onChange={(e) => setV({ ...v, sideEffect: e.target.checked })}
            />
            {t('checkin.sideEffect')}
          </label>
          {issues.length > 0 && (
            <label className="ci-check ci-confirm">
              <input
                type="checkbox"
                name="confirm"
                checked={confirm}
                onChange={(e) => setConfirm(e.target.checked)}
              />
              {t('checkin.confirm')}
            </label>
          )}
          {error && (
            <p className="alert alert-error" role="alert">
              {t('checkin.failed')}
            </p>
          )}
          <button
            type="submit"
            className="button button-primary button-block"
            disabled={busy}
            data-testid="checkin-submit"
          >
            {t('checkin.submit')}
          </button>
        </form>
      )}
    </main>
  );
}
