import { useTranslation } from 'react-i18next';
import { navigate } from '../routing/navigation.ts';
import { PrecheckLinkButton } from './PrecheckLinkButton.tsx';

/** On a staff visit card: create the pre-consultation link/code, or open the visit to read the summary. */
export function VisitPrecheckActions({ visitId }: { visitId: string }) {
  const { t } = useTranslation();
  const href = `/visits/${visitId}`;
  return (
    <div className="visit-actions">
      <PrecheckLinkButton visitId={visitId} />
      <a
        href={href}
        className="button button-ghost button-small"
        data-testid="visit-open"
        onClick={(e) => {
          if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
          e.preventDefault();
          navigate(href);
        }}
      >
        {t('precheck.staff.view')}
      </a>
    </div>
  );
}
