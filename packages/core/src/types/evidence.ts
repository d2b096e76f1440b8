/**
 * Provenance (DESIGN.md): every fact, fused fact, draft sentence, conflict and QC finding points at
 * evidence — a source and a place inside it.
 */
export type Locator =
  | { kind: 'transcript'; turn: number; charStart: number; charEnd: number; tStartMs?: number }
  | { kind: 'questionnaire'; linkId: string }
  | { kind: 'image'; page: number; box: [x: number, y: number, w: number, h: number] }
  | { kind: 'text'; charStart: number; charEnd: number }
  | { kind: 'fhir'; reference: string; path: string };

export interface Evidence {
  sourceId: string;
  locator: Locator;
}

export type SourceKind = 'questionnaire' | 'transcript' | 'lab_report' | 'emr' | 'followup' | 'text';

export interface Bilingual {
  zh: string;
  en: string;
}
