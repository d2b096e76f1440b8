import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getPilotMetrics } from '../api/endpoints.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { useApiData } from '../common/use-api-data.ts';
import { BarChart, DayLineChart } from './MetricsCharts.tsx';
import type { MetricAggregate, MetricsQuery, PilotMetrics } from './metrics-types.ts';
import { ModelUseTable } from './ModelUseTable.tsx';
import './metrics.css';

const minutes = (ms: number) => `${(ms / 60_000).toFixed(1)}`;
const percent = (r: number) => `${Math.round(r * 100)}%`;
const dash = <T,>(v: T | null, f: (x: T) => string) => (v === null ? '—' : f(v));

/** Pilot metrics (issue 6): what a department director shows the dean. Aggregates only, no patients. */
export function MetricsPage() {
  const { t, i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  const [query, setQuery] = useState<MetricsQuery>({});
  const load = useCallback(() => getPilotMetrics(query), [query]);
  const [result, reload] = useApiData(load);

  return (
    <section aria-labelledby="page-title" className="page metrics-page">
      <header className="page-header">
        <h1 id="page-title">{t('metrics.title')}</h1>
        <p className="page-subtitle">{t('metrics.subtitle')}</p>
      </header>
      {result.state === 'loading' && <p className="loading">{t('app.loading')}</p>}
      {result.state === 'error' && <ErrorMessage error={result.error} onRetry={reload} />}
      {result.state === 'ready' && (
        <>
          <Filters data={result.data} zh={zh} onChange={setQuery} />
          <Summary totals={result.data.totals} />
          <div className="metrics-grid">
            <DayLineChart
              title={t('metrics.chart.timeToSign')}
              testId="chart-time-to-sign"
              format={minutes}
              points={result.data.byDay
                .filter((d) => d.medianTimeToSignMs !== null)
                .map((d) => ({ date: d.date, value: d.medianTimeToSignMs! }))}
            />
            <DayLineChart
              title={t('metrics.chart.editRatio')}
              testId="chart-edit-ratio"
              format={percent}
              max={1}
              points={result.data.byDay
                .filter((d) => d.editRatio !== null)
                .map((d) => ({ date: d.date, value: d.editRatio! }))}
            />
            <DayLineChart
              title={t('metrics.chart.accepted')}
              testId="chart-accepted"
              format={percent}
              max={1}
              points={result.data.byDay
                .filter((d) => d.acceptedUnchangedRate !== null)
                .map((d) => ({ date: d.date, value: d.acceptedUnchangedRate! }))}
            />
            <DayLineChart
              title={t('metrics.chart.qc')}
              testId="chart-qc"
              format={(v) => v.toFixed(0)}
              max={100}
              points={result.data.byDay
                .filter((d) => d.meanQcScore !== null)
                .map((d) => ({ date: d.date, value: d.meanQcScore! }))}
            />
            <BarChart
              title={t('metrics.chart.byDepartment')}
              testId="chart-by-department"
              format={(v) => String(v)}
              bars={result.data.byDepartment.map((d) => {
                const dept = result.data.departments.find((x) => x.id === d.departmentId);
                return { label: dept ? (zh ? dept.nameZh : dept.nameEn) : '?', value: d.visits };
              })}
            />
            <BarChart
              title={t('metrics.chart.byDoctor')}
              testId="chart-by-doctor"
              format={minutes}
              bars={result.data.byDoctor.map((d) => ({
                label: result.data.doctors.find((x) => x.id === d.doctorId)?.displayName ?? '?',
                value: d.medianTimeToSignMs ?? 0,
              }))}
            />
          </div>
          <p className="metrics-note">{t('metrics.definitions')}</p>
          <ModelUseTable use={result.data.modelUse} />
        </>
      )}
    </section>
  );
}

function Filters({
  data,
  zh,
  onChange,
}: {
  data: PilotMetrics;
  zh: boolean;
  onChange: (q: MetricsQuery) => void;
}) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(data.from);
  const [to, setTo] = useState(data.to);
  const [department, setDepartment] = useState(data.filters.department ?? '');
  const [doctor, setDoctor] = useState(data.filters.doctor ?? '');
  return (
    <form
      className="metrics-filters"
      onSubmit={(e) => {
        e.preventDefault();
        onChange({
          from,
          to,
          ...(department ? { department } : {}),
          ...(doctor ? { doctor } : {}),
        });
      }}
    >
      <label>
        {t('metrics.from')}
        <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} required />
      </label>
      <label>
        {t('metrics.to')}
        <input type="date" value={to} onChange={(e) => setTo(e.target.value)} required />
      </label>
      <label>
        {t('metrics.department')}
        <select
          aria-label={t('metrics.department')}
          value={department}
          onChange={(e) => setDepartment(e.target.value)}
        >
          <option value="">{t('metrics.all')}</option>
          {data.departments.map((d) => (
            <option key={d.id} value={d.id}>
              {zh ? d.nameZh : d.nameEn}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('metrics.doctor')}
        <select aria-label={t('metrics.doctor')} value={doctor} onChange={(e) => setDoctor(e.target.value)}>
          <option value="">{t('metrics.all')}</option>
          {data.doctors
            .filter((d) => !department || d.departmentId === department)
            .map((d) => (
              <option key={d.id} value={d.id}>
                {d.displayName}
              </option>
            ))}
        </select>
      </label>
      <button type="submit" className="button">
        {t('metrics.apply')}
      </button>
    </form>
  );
}

function Summary({ totals }: { totals: MetricAggregate }) {
  const { t } = useTranslation();
  const tiles: [string, string][] = [
    ['visits', String(totals.visits)],
    ['medianTimeToSign', dash(totals.medianTimeToSignMs, (v) => t('metrics.minutes', { n: minutes(v) }))],
    ['acceptedUnchanged', dash(totals.acceptedUnchangedRate, percent)],
    ['editRatio', dash(totals.editRatio, percent)],
    ['meanEditDistance', dash(totals.meanEditDistance, (v) => v.toFixed(1))],
    ['conflicts', `${totals.conflictsResolved} / ${totals.conflictsFound}`],
    ['unresolved', String(totals.conflictsUnresolved)],
    ['qc', dash(totals.meanQcScore, (v) => v.toFixed(1))],
  ];
  return (
    <dl className="metrics-summary" data-testid="metrics-summary">
      {tiles.map(([key, value]) => (
        <div key={key} className="metrics-tile" data-testid={`metric-${key}`}>
          <dt>{t(`metrics.tile.${key}` as 'metrics.tile.visits')}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
