import { useTranslation } from 'react-i18next';
import { focusedBoxes, type Focus } from './evidence-focus.ts';
import { sourceMediaUrl } from './workspace-api.ts';
import type { Evidence, LabObservation, VisitSource } from './workspace-types.ts';

interface Props {
  visitId: string;
  source: VisitSource;
  focus: Focus | null;
  onFocus: (key: string, evidence: Evidence[]) => void;
}

/**
 * A lab photo with every read value outlined. The SVG's viewBox is the photo's own pixel size, so
 * the boxes (in photo pixels) stay on their words at any display width.
 */
export function LabPhoto({ visitId, source, focus, onFocus }: Props) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  const observations = (source.content.observations as LabObservation[] | undefined) ?? [];
  const page = (source.content.pages as { width: number; height: number }[] | undefined)?.[0];
  const active = focusedBoxes(focus, source.id);
  const allBoxes = observations.flatMap((o) =>
    o.evidence.flatMap((e) => (e.locator.kind === 'image' && e.locator.page === 1 ? [e.locator.box] : [])),
  );
  return (
    <figure className="ws-lab" data-testid="lab-photo" data-focused={active.length > 0 || undefined}>
      {page && source.hasMedia ? (
        <svg
          viewBox={`0 0 ${page.width} ${page.height}`}
          className="ws-lab-svg"
          role="img"
          aria-label={t('workspace.sources.labPhoto')}
        >
          <image href={sourceMediaUrl(visitId, source.id)} width={page.width} height={page.height} />
          {allBoxes.map(([x, y, w, h], i) => (
            <rect key={`b${i}`} x={x} y={y} width={w} height={h} className="ws-box" />
          ))}
          {active.map(([x, y, w, h], i) => (
            <rect
              key={`a${i}`}
              x={x - 4}
              y={y - 4}
              width={w + 8}
              height={h + 8}
              className="ws-box-focused"
              data-testid="focused-box"
            />
          ))}
        </svg>
      ) : (
        <p className="muted">{t('workspace.sources.noImage')}</p>
      )}
      <figcaption>
        <table className="ws-lab-table">
          <tbody>
            {observations.map((o, i) => {
              const key = `lab:${source.id}:${i}`;
              return (
                <tr
                  key={i}
                  className={focus?.key === key ? 'is-focused' : undefined}
                  onClick={() => onFocus(key, o.evidence)}
                >
                  <th scope="row">{zh ? o.display.zh : o.display.en}</th>
                  <td className="num">{o.valueText ?? String(o.value ?? '')}</td>
                  <td>{o.unit ?? ''}</td>
                  <td className="muted">{o.referenceRange?.text ?? ''}</td>
                  <td>
                    {o.flag?.code && <span className="ws-flag">{o.flag.code}</span>}
                    {o.needsReview && <span className="ws-review">{t('workspace.sources.needsReview')}</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </figcaption>
    </figure>
  );
}
