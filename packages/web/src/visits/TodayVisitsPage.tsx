import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { getTodayVisits } from '../api/endpoints.ts';
import type { SessionUser } from '../api/types.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { formatDate } from '../common/format.ts';
import { useApiData } from '../common/use-api-data.ts';
import { VisitList } from './VisitList.tsx';

const bySchedule = (a: { scheduledAt: string }, b: { scheduledAt: string }) =>
  a.scheduledAt.localeCompare(b.scheduledAt);

export function TodayVisitsPage({ user }: { user: SessionUser }) {
  const { t, i18n } = useTranslation();
  const [result, reload] = useApiData(getTodayVisits);
  const visits = useMemo(
    () => (result.state === 'ready' ? [...result.data.visits].sort(bySchedule) : []),
    [result],
  );

  return (
    <section aria-labelledby="page-title" className="page">
      <header className="page-header page-header-row">
        <div>
          <h1 id="page-title">{t('visits.todayTitle')}</h1>
          <p className="page-subtitle">
            {formatDate(new Date(), i18n.language)}
            {result.state === 'ready' && (
              <span className="count" data-testid="visit-count">
                {' · '}
                {t('visits.count', { count: visits.length })}
              </span>
            )}
          </p>
        </div>
        {/* Patients arrive all day; the list does not poll, because polling would keep an idle session alive. */}
        <button type="button" className="button button-secondary" onClick={reload} data-testid="refresh">
          {t('visits.refresh')}
        </button>
      </header>
      {result.state === 'loading' && <p className="loading">{t('app.loading')}</p>}
      {result.state === 'error' && <ErrorMessage error={result.error} onRetry={reload} />}
      {result.state === 'ready' && (
        // A nurse sees the whole department's list, so which doctor each visit is with matters.
        <VisitList
          visits={visits}
          audience="staff"
          showDoctor={user.role === 'nurse'}
          emptyText={t('visits.emptyToday')}
        />
      )}
    </section>
  );
}
