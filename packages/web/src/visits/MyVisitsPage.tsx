import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { getMyVisits } from '../api/endpoints.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { useApiData } from '../common/use-api-data.ts';
import { VisitList } from './VisitList.tsx';
import { navigate } from '../routing/navigation.ts';
import { LAB_RESULTS } from '../routing/nav-items.ts';
import '../lab-results/lab-results.css';

export function MyVisitsPage() {
  const { t } = useTranslation();
  const [result, reload] = useApiData(getMyVisits);
  // Most recent first: a patient usually looks for the upcoming or latest visit.
  const visits = useMemo(
    () =>
      result.state === 'ready'
        ? [...result.data.visits].sort((a, b) => b.scheduledAt.localeCompare(a.scheduledAt))
        : [],
    [result],
  );

  return (
    <section aria-labelledby="page-title" className="page">
      <header className="page-header">
        <h1 id="page-title">{t('visits.myTitle')}</h1>
      </header>
      <a
        className="card lab-results-link"
        href={LAB_RESULTS.path}
        data-testid="lab-results-link"
        onClick={(e) => {
          // A plain link keeps open-in-new-tab working; an ordinary click stays in the app.
          if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
          e.preventDefault();
          navigate(LAB_RESULTS.path);
        }}
      >
        {t('labResults.link')} →
      </a>
      {result.state === 'loading' && <p className="loading">{t('app.loading')}</p>}
      {result.state === 'error' && <ErrorMessage error={result.error} onRetry={reload} />}
      {result.state === 'ready' && (
        <VisitList visits={visits} audience="patient" showDoctor emptyText={t('visits.emptyMine')} />
      )}
    </section>
  );
}
