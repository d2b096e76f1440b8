import { useEffect, useState } from 'react';
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

/** The page an observation was read from (PDFs have several). */
const pageOf = (evidence: readonly Evidence[]): number | undefined =>
  evidence.flatMap((e) => (e.locator.kind === 'image' ? [e.locator.page] : []))[0];

/**
 * A lab photo with every read value outlined. The SVG's viewBox is the photo's own pixel size, so
 * the boxes (in photo pixels) stay on their words at any display width. A PDF shows one page at a
 * time, rendered by the server; its boxes and viewBox are in page units (points).
 */
export function LabPhoto({ visitId, source, focus, onFocus }: Props) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  const observations = (source.content.observations as LabObservation[] | undefined) ?? [];
  const pages = (source.content.pages as { width: number; height: number }[] | undefined) ?? [];
  const isPdf = source.content.format === 'pdf';
  const [pageNo, setPageNo] = useState(1);
  // Evidence focused elsewhere (a draft sentence, a row) turns to the page it is on.
  const focusedPage = focus ? pageOf(focus.evidence.filter((e) => e.sourceId === source.id)) : undefined;
  useEffect(() => {
    if (focusedPage) setPageNo(focusedPage);
  }, [focusedPage]);
  const page = pages[pageNo - 1];
  const active = focusedBoxes(focus, source.id, pageNo);
  const allBoxes = observations.flatMap((o) =>
    o.evidence.flatMap((e) =>
      e.locator.kind === 'image' && e.locator.page === pageNo ? [e.locator.box] : [],
    ),
  );
  const href = sourceMediaUrl(visitId, source.id, isPdf ? pageNo : undefined);
  const pad = isPdf ? 2 : 4; // a page is ~600 points wide, a photo 1000–2000 pixels
  return (
    <figure className="ws-lab" data-testid="lab-photo" data-focused={active.length > 0 || undefined}>
      {pages.length > 1 && (
        <nav className="ws-lab-pages" aria-label={t('workspace.sources.pages')}>
          {pages.map((_, i) => (
            <button
              key={i}
              type="button"
              className="button button-secondary button-small"
              aria-pressed={pageNo === i + 1}
              onClick={() => setPageNo(i + 1)}
              data-testid="lab-page"
            >
              {t('workspace.sources.page', { n: i + 1 })}
            </button>
          ))}
        </nav>
      )}
      {page && source.hasMedia ? (
        <svg
          viewBox={`0 0 ${page.width} ${page.height}`}
          className={isPdf ? 'ws-lab-svg is-pdf' : 'ws-lab-svg'}
          role="img"
          aria-label={t('workspace.sources.labPhoto')}
        >
          <image href={href} width={page.width} height={page.height} />
          {allBoxes.map(([x, y, w, h], i) => (
            <rect key={`b${i}`} x={x} y={y} width={w} height={h} className="ws-box" />
          ))}
          {active.map(([x, y, w, h], i) => (
            <rect
              key={`a${i}`}
              x={x - pad}
              y={y - pad}
              width={w + 2 * pad}
              height={h + 2 * pad}
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
              const on = pages.length > 1 ? pageOf(o.evidence) : undefined;
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
                  {pages.length > 1 && (
                    <td className="muted">{on ? t('workspace.sources.pageShort', { n: on }) : ''}</td>
                  )}
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
