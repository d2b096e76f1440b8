import { useTranslation } from 'react-i18next';
import type { Visit } from '../api/types.ts';
import { VisitCard } from './VisitCard.tsx';

interface Props {
  visits: readonly Visit[];
  audience: 'staff' | 'patient';
  showDoctor: boolean;
  emptyText: string;
}

export function VisitList({ visits, audience, showDoctor, emptyText }: Props) {
  const { t } = useTranslation();
  if (visits.length === 0) {
    return (
      <p className="empty" data-testid="visits-empty">
        {emptyText}
      </p>
    );
  }
  return (
    <ol className="visit-list" aria-label={t('visits.listLabel')} data-testid="visit-list">
      {visits.map((v) => (
        <li key={v.id}>
          <VisitCard visit={v} audience={audience} showDoctor={showDoctor} />
        </li>
      ))}
    </ol>
  );
}
