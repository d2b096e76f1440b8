import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { useApiData } from '../common/use-api-data.ts';
import { createCheckinLink, getPatientFollowup } from './followup-api.ts';
import type { RiskOutcome } from './followup-types.ts';
import { TrendChart } from './TrendChart.tsx';

/** One resident: programmes and next task, trend charts, risk scores, recent check-ins with their flags. */
export function PatientFollowupView({ patientId, onBack }: { patientId: string; onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  const load = useCallback(() => getPatientFollowup(patientId), [patientId]);
  const [data, reload] = useApiData(load);
  const [link, setLink] = useState<string | null>(null);

  return (
    <section aria-labelledby="page-title" className="page followup">
      <header className="page-header page-header-row">
        <h1 id="page-title" data-testid="patient-title">
          {data.state === 'ready' ? data.data.patient.name : t('app.loading')}
        </h1>
        <button type="button" className="button button-secondary" onClick={onBack} data-testid="back">
          {t('followup.back')}
        </button>
      </header>
      {data.state === 'error' && <ErrorMessage error={data.error} onRetry={reload} />}
      {data.state === 'ready' && (
        <>
          <ul className="fu-enrolments">
            {data.data.enrolments.map((e) => (
              <li key={e.id}>
                <strong>{t(`followup.programme.${e.programme}`)}</strong> ·{' '}
                {t(`followup.control.${e.controlStatus}`)} ·{' '}
                {e.task ? t('followup.nextDue', { date: e.task.dueDate }) : '—'} · {e.doctorName}
              </li>
            ))}
          </ul>
          <div className="fu-charts">
            <TrendChart
              testId="trend-bp"
              title={t('followup.trend.bp')}
              unit="mmHg"
              target={140}
              series={[
                {
                  label: 'sbp',
                  className: 'series-a',
                  points: data.data.trend.bp.map((p) => ({ date: p.date, value: p.systolic })),
                },
                {
                  label: 'dbp',
                  className: 'series-b',
                  points: data.data.trend.bp.map((p) => ({ date: p.date, value: p.diastolic })),
                },
              ]}
            />
            <TrendChart
              testId="trend-glucose"
              title={t('followup.trend.glucose')}
              unit="mmol/L"
              target={7}
              series={[{ label: 'fpg', className: 'series-a', points: data.data.trend.fastingGlucose }]}
            />
            <TrendChart
              testId="trend-hba1c"
              title={t('followup.trend.hba1c')}
              unit="%"
              series={[{ label: 'a1c', className: 'series-a', points: data.data.trend.hba1c }]}
            />
            <TrendChart
              testId="trend-weight"
              title={t('followup.trend.weight')}
              unit="kg"
              series={[{ label: 'w', className: 'series-a', points: data.data.trend.weight }]}
            />
          </div>
          <h2>{t('followup.risk.title')}</h2>
          <div className="fu-risk">
            <RiskCard name="China-PAR" r={data.data.risk.chinaPar} zh={zh} testId="risk-china-par" />
            <RiskCard name="CDRS" r={data.data.risk.cdrs} zh={zh} testId="risk-cdrs" />
          </div>
          <h2>{t('followup.checkins')}</h2>
          <ul className="fu-checkins" data-testid="checkins">
            {[...data.data.trend.checkins].reverse().map((c) => (
              <li key={c.id} className={c.urgent ? 'fu-note-urgent' : ''}>
                {c.measuredOn} · {t(`followup.source.${c.source}`)}
                {c.bp && ` · ${c.bp.systolic}/${c.bp.diastolic} mmHg`}
                {c.glucose && ` · ${c.glucose.value} ${c.glucose.unit}`}
                {c.flags.map((f) => (
                  <span key={f.code} className="fu-badge">
                    {t(`followup.flag.${f.code}`, { defaultValue: f.code })}
                  </span>
                ))}
              </li>
            ))}
          </ul>
          <p>
            <button
              type="button"
              className="button button-secondary"
              data-testid="make-link"
              onClick={() =>
                void createCheckinLink(patientId).then((l) => setLink(`${window.location.origin}${l.path}`))
              }
            >
              {t('followup.makeLink')}
            </button>
            {link && (
              <code className="fu-link" data-testid="checkin-link">
                {link}
              </code>
            )}
          </p>
        </>
      )}
    </section>
  );
}

function RiskCard({ name, r, zh, testId }: { name: string; r: RiskOutcome; zh: boolean; testId: string }) {
  const { t } = useTranslation();
  return (
    <div className="card" data-testid={testId} data-computed={r.computed}>
      <h3>{name}</h3>
      {r.computed ? (
        <>
          <p>
            {r.risk10Percent !== undefined && `${Math.round(r.risk10Percent * 10) / 10}% · `}
            {r.score !== undefined && `${r.score} · `}
            {r.bandLabel ? (zh ? r.bandLabel.zh : r.bandLabel.en) : r.band}
          </p>
          <details>
            <summary>{t('followup.risk.inputs')}</summary>
            <ul>
              {Object.entries(r.inputsUsed).map(([k, v]) => (
                <li key={k}>
                  {k}: {String(v)}
                </li>
              ))}
            </ul>
          </details>
        </>
      ) : (
        <p>
          {t('followup.risk.notComputed')}: {r.reasons.map((x) => (zh ? x.zh : x.en)).join('；')}
        </p>
      )}
    </div>
  );
}
