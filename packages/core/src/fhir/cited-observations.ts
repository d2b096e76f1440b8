import type { LabObservation } from '../labs/lab-observation.ts';
import type { DraftSection, SectionId } from '../record/draft-types.ts';
import type { Evidence, Locator } from '../types/evidence.ts';

/**
 * Which observations a signed record cites: a lab observation is cited by a section when a sentence's
 * evidence overlaps the observation's evidence (same source, overlapping place); an EMR observation
 * when a sentence points at it by FHIR reference. Pure; used by the document export.
 */
export interface CitedLab {
  sourceId: string;
  index: number;
  sections: SectionId[];
}
export interface CitedEmr {
  reference: string;
  sections: SectionId[];
}

function overlaps(a: Locator, b: Locator): boolean {
  if (a.kind === 'text' && b.kind === 'text') return a.charStart < b.charEnd && b.charStart < a.charEnd;
  if (a.kind === 'image' && b.kind === 'image') {
    if (a.page !== b.page) return false;
    const [ax, ay, aw, ah] = a.box;
    const [bx, by, bw, bh] = b.box;
    return ax < bx + bw && bx < ax + aw && ay < by + bh && by < ay + ah;
  }
  return JSON.stringify(a) === JSON.stringify(b);
}

const evidenceOverlaps = (a: Evidence, b: Evidence) =>
  a.sourceId === b.sourceId && overlaps(a.locator, b.locator);

export function citedObservations(
  sections: readonly DraftSection[],
  labSources: readonly { sourceId: string; observations: readonly LabObservation[] }[],
): { labs: CitedLab[]; emr: CitedEmr[] } {
  const labs = new Map<string, CitedLab>();
  const emr = new Map<string, CitedEmr>();
  const add = <T extends { sections: SectionId[] }>(
    m: Map<string, T>,
    key: string,
    make: () => T,
    s: SectionId,
  ) => {
    const item = m.get(key) ?? make();
    if (!item.sections.includes(s)) item.sections.push(s);
    m.set(key, item);
  };
  for (const section of sections) {
    const evidence = section.sentences.flatMap((x) => x.evidence);
    for (const ev of evidence) {
      if (ev.locator.kind === 'fhir' && /^Observation\/[A-Za-z0-9\-.]{1,64}$/.test(ev.locator.reference)) {
        const reference = ev.locator.reference;
        add(emr, reference, () => ({ reference, sections: [] }), section.id);
      }
    }
    for (const src of labSources)
      src.observations.forEach((obs, index) => {
        if (obs.evidence.some((o) => evidence.some((e) => evidenceOverlaps(o, e))))
          add(
            labs,
            `${src.sourceId}#${index}`,
            () => ({ sourceId: src.sourceId, index, sections: [] }),
            section.id,
          );
      });
  }
  return { labs: [...labs.values()], emr: [...emr.values()] };
}
