import { useTranslation } from 'react-i18next';
import { emrTimeline, focusedReferences, type Focus } from './evidence-focus.ts';
import type { FusedFact } from './workspace-types.ts';

/** The EMR history the draft used, newest first; the items the focused sentence rests on open. */
export function EmrTimeline({ facts, focus }: { facts: FusedFact[]; focus: Focus | null }) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  const refs = focusedReferences(focus);
  const items = emrTimeline(facts);
  if (items.length === 0) return <p className="muted">{t('workspace.sources.noEmr')}</p>;
  return (
    <ol className="ws-timeline" data-testid="emr-timeline">
      {items.map((f) => {
        const fhir = f.evidence.flatMap((e) => (e.locator.kind === 'fhir' ? [e.locator] : []));
        const focused = fhir.some((l) => refs.has(l.reference));
        return (
          <li key={f.id} className={focused ? 'is-focused' : undefined} data-focused={focused || undefined}>
            <details open={focused || undefined} data-testid="emr-item">
              <summary>
                <span className="ws-date">{f.effective ?? '—'}</span>
                <span className="ws-kind">{t(`workspace.factKind.${f.kind}`, { defaultValue: f.kind })}</span>
                <span>
                  {zh ? f.display.zh : f.display.en}
                  {f.value !== undefined && ` ${f.value}${f.unit ? ` ${f.unit}` : ''}`}
                </span>
              </summary>
              <ul className="ws-refs">
                {fhir.map((l, i) => (
                  <li key={i} className="mono">
                    {l.reference} · {l.path}
                  </li>
                ))}
              </ul>
            </details>
          </li>
        );
      })}
    </ol>
  );
}
