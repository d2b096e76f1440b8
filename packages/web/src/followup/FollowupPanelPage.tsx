import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { useApiData } from '../common/use-api-data.ts';
import { getKpis, getNotifications, getPanel, markNotificationRead } from './followup-api.ts';
import type { KpiLine, PanelFilter } from './followup-types.ts';
import { PatientFollowupView } from './PatientFollowupView.tsx';
import './followup.css';

const FILTERS: PanelFilter[] = ['all', 'due_week', 'overdue', 'uncontrolled', 'high_risk'];
const pct = (r: number | null) => (r === null ? '—' : `${Math.round(r * 1000) / 10}%`);

/** The family doctor's follow-up panel: alerts, KPIs, contracted residents with filters, trends. */
export function FollowupPanelPage() {
  const { t, i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  const [filter, setFilter] = useState<PanelFilter>('all');
  const [open, setOpen] = useState<string | null>(null);
  const loadPanel = useCallback(() => getPanel(filter), [filter]);
  const [panel, reloadPanel] = useApiData(loadPanel);
  const [kpis] = useApiData(getKpis);
  const [notes, reloadNotes] = useApiData(getNotifications);

  if (open) return <PatientFollowupView patientId={open} onBack={() => setOpen(null)} />;

  const unread = notes.state === 'ready' ? notes.data.notifications.filter((n) => !n.read) : [];
  return (
    <section aria-labelledby="page-title" className="page followup">
      <header className="page-header page-header-row">
        <div>
          <h1 id="page-title">{t('followup.title')}</h1>
          {panel.state === 'ready' && <p className="page-subtitle">{panel.data.today}</p>}
        </div>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => (reloadPanel(), reloadNotes())}
        >
          {t('followup.refresh')}
        </button>
      </header>

      {unread.length > 0 && (
        <ul className="fu-notes" aria-label={t('followup.notifications')} data-testid="notifications">
          {unread.slice(0, 8).map((n) => (
            <li key={n.id} className={`fu-note fu-note-${n.severity}`} data-testid={`note-${n.severity}`}>
              <span>{zh ? n.zh : n.en}</span>
              <span className="fu-note-actions">
                {n.patientId && (
                  <button
                    type="button"
                    className="button button-small button-secondary"
                    onClick={() => setOpen(n.patientId)}
                  >
                    {t('followup.open')}
                  </button>
                )}
                <button
                  type="button"
                  className="button button-small button-ghost"
                  onClick={() => void markNotificationRead(n.id).then(reloadNotes)}
                >
                  {t('followup.markRead')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}

      {kpis.state === 'ready' && <KpiTable lines={kpis.data.kpis} />}

      <div className="fu-filters" role="group" aria-label={t('followup.filter')}>
        {FILTERS.map((f) => (
          <button
            key={f}
            type="button"
            className={`button button-small ${f === filter ? 'button-primary' : 'button-secondary'}`}
            aria-pressed={f === filter}
            data-testid={`filter-${f}`}
            onClick={() => setFilter(f)}
          >
            {t(`followup.filters.${f}`)}
          </button>
        ))}
      </div>

      {panel.state === 'loading' && <p className="loading">{t('app.loading')}</p>}
      {panel.state === 'error' && <ErrorMessage error={panel.error} onRetry={reloadPanel} />}
      {panel.state === 'ready' && (
        <div className="table-wrap">
          <table className="table" data-testid="panel-table" data-filter={panel.data.filter}>
            <thead>
              <tr>
                <th scope="col">{t('followup.col.patient')}</th>
                <th scope="col">{t('followup.col.programme')}</th>
                <th scope="col">{t('followup.col.due')}</th>
                <th scope="col">{t('followup.col.control')}</th>
                <th scope="col">{t('followup.col.risk')}</th>
              </tr>
            </thead>
            <tbody>
              {panel.data.rows.length === 0 && (
                <tr>
                  <td colSpan={5}>{t('followup.empty')}</td>
                </tr>
              )}
              {panel.data.rows.map((r) => (
                <tr key={r.enrolmentId} data-testid="panel-row" data-state={r.task?.state ?? 'none'}>
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => setOpen(r.patient.id)}
                      data-testid="panel-patient"
                    >
                      {r.patient.name}
                    </button>
                  </th>
                  <td>{t(`followup.programme.${r.programme}`)}</td>
                  <td className={r.task ? `fu-task-${r.task.state}` : ''}>
                    {r.task ? `${r.task.dueDate} · ${t(`followup.taskState.${r.task.state}`)}` : '—'}
                    {r.task && r.task.escalationLevel > 0 && (
                      <span className="fu-badge">
                        {t('followup.escalated', { level: r.task.escalationLevel })}
                      </span>
                    )}
                  </td>
                  <td>{t(`followup.control.${r.controlStatus}`)}</td>
                  <td>{r.riskBand ? t(`followup.band.${r.riskBand}`) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function KpiTable({ lines }: { lines: KpiLine[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table fu-kpis" data-testid="kpis">
        <caption>{t('followup.kpiCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('followup.kpi.scope')}</th>
            <th scope="col">{t('followup.col.programme')}</th>
            <th scope="col">{t('followup.kpi.managed')}</th>
            <th scope="col">{t('followup.kpi.standard')}</th>
            <th scope="col">{t('followup.kpi.control')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((k) => (
            <tr key={`${k.scope}-${k.doctorId ?? 'all'}-${k.programme}`}>
              <th scope="row">{k.scope === 'clinic' ? t('followup.kpi.clinic') : k.doctorName}</th>
              <td>{t(`followup.programme.${k.programme}`)}</td>
              <td>{k.managed}</td>
              <td>{pct(k.standardManagementRate)}</td>
              <td>{pct(k.controlRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
