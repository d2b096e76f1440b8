import type { Evidence, FusedFact } from './workspace-types.ts';

/** What the doctor asked to see: the evidence of a sentence, a conflict or a QC finding. */
export interface Focus {
  key: string;
  evidence: Evidence[];
}

export interface Segment {
  text: string;
  marked: boolean;
}

/**
 * Splits a turn's text into plain and highlighted segments for the given character ranges
 * (overlapping or adjacent ranges merge; out-of-range offsets are clamped, never thrown).
 */
export function highlightSegments(text: string, ranges: readonly [number, number][]): Segment[] {
  const clamped = ranges
    .map(([a, b]) => [Math.max(0, Math.min(a, text.length)), Math.max(0, Math.min(b, text.length))] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const [a, b] of clamped) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  const out: Segment[] = [];
  let at = 0;
  for (const [a, b] of merged) {
    if (a > at) out.push({ text: text.slice(at, a), marked: false });
    out.push({ text: text.slice(a, b), marked: true });
    at = b;
  }
  if (at < text.length) out.push({ text: text.slice(at), marked: false });
  return out;
}

/** Character ranges of one transcript turn that the focused evidence points at. */
export function turnRanges(focus: Focus | null, sourceId: string, turn: number): [number, number][] {
  if (!focus) return [];
  return focus.evidence.flatMap((e) =>
    e.sourceId === sourceId && e.locator.kind === 'transcript' && e.locator.turn === turn
      ? [[e.locator.charStart, e.locator.charEnd] as [number, number]]
      : [],
  );
}

export function textRanges(focus: Focus | null, sourceId: string): [number, number][] {
  if (!focus) return [];
  return focus.evidence.flatMap((e) =>
    e.sourceId === sourceId && e.locator.kind === 'text'
      ? [[e.locator.charStart, e.locator.charEnd] as [number, number]]
      : [],
  );
}

/** Boxes on a photo's page that the focused evidence points at. */
export function focusedBoxes(
  focus: Focus | null,
  sourceId: string,
  page = 1,
): [number, number, number, number][] {
  if (!focus) return [];
  return focus.evidence.flatMap((e) =>
    e.sourceId === sourceId && e.locator.kind === 'image' && e.locator.page === page ? [e.locator.box] : [],
  );
}

export const focusedReferences = (focus: Focus | null): Set<string> =>
  new Set((focus?.evidence ?? []).flatMap((e) => (e.locator.kind === 'fhir' ? [e.locator.reference] : [])));

export const focusedLinkIds = (focus: Focus | null): Set<string> =>
  new Set(
    (focus?.evidence ?? []).flatMap((e) => (e.locator.kind === 'questionnaire' ? [e.locator.linkId] : [])),
  );

/** EMR facts (anything with FHIR evidence), newest first, undated last: the EMR timeline. */
export function emrTimeline(facts: readonly FusedFact[]): FusedFact[] {
  return facts
    .filter((f) => f.evidence.some((e) => e.locator.kind === 'fhir'))
    .sort((a, b) => (b.effective ?? '').localeCompare(a.effective ?? ''));
}

/** mm:ss for a turn's start time. */
export function formatOffset(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}
