import type { Evidence } from '../types/evidence.ts';

/** The raw text of one visit source, as far as the model adapter needs it. */
export type SourceText =
  | { sourceId: string; kind: 'turns'; turns: readonly { text: string }[] }
  | { sourceId: string; kind: 'text'; text: string }
  | { sourceId: string; kind: 'answers'; answers: Readonly<Record<string, string>> }
  | {
      sourceId: string;
      kind: 'boxes';
      lines: readonly { page: number; box: readonly number[]; text: string }[];
    }
  /** EMR: the display text of each resource, by the reference its `fhir` locators carry. */
  | { sourceId: string; kind: 'fhir'; resources: Readonly<Record<string, string>> };

export interface EvidenceText {
  /** Exactly what the evidence points at (a transcript span, an answer, an OCR line). */
  span(e: Evidence): string | undefined;
  /** The span with a little surrounding text, bounded, for the model to reword from. */
  context(e: Evidence): string | undefined;
}

const CONTEXT_CHARS = 160;

function around(text: string, start: number, end: number): string {
  const a = Math.max(0, start - CONTEXT_CHARS);
  const b = Math.min(text.length, end + CONTEXT_CHARS);
  return text.slice(a, b);
}

/**
 * Resolves evidence locators to source text. Pure: the caller loads the sources. Only what a
 * sentence cites is ever resolved, which is what keeps outbound text minimal.
 */
export function evidenceText(sources: readonly SourceText[]): EvidenceText {
  const byId = new Map(sources.map((s) => [s.sourceId, s]));
  const resolve = (e: Evidence, wide: boolean): string | undefined => {
    const s = byId.get(e.sourceId);
    if (!s) return undefined;
    const l = e.locator;
    if (l.kind === 'transcript' && s.kind === 'turns') {
      const turn = s.turns[l.turn];
      if (!turn) return undefined;
      return wide ? around(turn.text, l.charStart, l.charEnd) : turn.text.slice(l.charStart, l.charEnd);
    }
    if (l.kind === 'text' && s.kind === 'text')
      return wide ? around(s.text, l.charStart, l.charEnd) : s.text.slice(l.charStart, l.charEnd);
    if (l.kind === 'questionnaire' && s.kind === 'answers') return s.answers[l.linkId];
    if (l.kind === 'image' && s.kind === 'boxes') {
      const line = s.lines.find(
        (x) => x.page === l.page && x.box.length === 4 && x.box.every((v, i) => v === l.box[i]),
      );
      return line?.text;
    }
    if (l.kind === 'fhir' && s.kind === 'fhir')
      return Object.hasOwn(s.resources, l.reference) ? s.resources[l.reference] : undefined;
    return undefined;
  };
  return { span: (e) => resolve(e, false), context: (e) => resolve(e, true) };
}
