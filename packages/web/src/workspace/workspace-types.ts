// Shapes of the visit workspace API (packages/server/src/routes/{source,draft,record}-routes.ts and
// core's record/draft types), kept by hand: web talks to the server over HTTP only.

export interface Bilingual {
  zh: string;
  en: string;
}

export type Locator =
  | { kind: 'transcript'; turn: number; charStart: number; charEnd: number; tStartMs?: number }
  | { kind: 'questionnaire'; linkId: string }
  | { kind: 'image'; page: number; box: [number, number, number, number] }
  | { kind: 'text'; charStart: number; charEnd: number }
  | { kind: 'fhir'; reference: string; path: string };

export interface Evidence {
  sourceId: string;
  locator: Locator;
}

export type SourceKind = 'questionnaire' | 'transcript' | 'lab_report' | 'emr' | 'followup' | 'text';

export interface DraftSentence {
  text: string;
  evidence: Evidence[];
  factIds: string[];
  doctorTyped?: boolean;
  conflicts?: string[];
}

export interface DraftSection {
  id: string;
  title: string;
  role: string;
  sentences: DraftSentence[];
}

export interface FusedFact {
  id: string;
  kind: string;
  display: Bilingual;
  value?: number | string;
  unit?: string;
  status: string;
  effective?: string;
  sourceKinds: SourceKind[];
  sourceIds: string[];
  evidence: Evidence[];
}

export interface ContradictionSide {
  sourceId: string;
  sourceKind: SourceKind;
  statement: Bilingual;
  evidence: Evidence[];
}

export interface Contradiction {
  id: string;
  type: string;
  severity: 'high' | 'medium' | 'low';
  sides: ContradictionSide[];
  explanation: Bilingual;
  question: Bilingual;
  evidence: Evidence[];
}

export interface VisitDraft {
  aiGenerated: true;
  label: Bilingual;
  visitType: 'first' | 'followup';
  visitDate?: string;
  zh: DraftSection[];
  en: DraftSection[];
  soap: { zh: DraftSection[]; en: DraftSection[] };
  facts: FusedFact[];
  contradictions: Contradiction[];
  sources: { sourceId: string; kind: SourceKind; factCount: number }[];
  missingSources: SourceKind[];
  unusable: { sourceId: string; reason: string; path?: string }[];
  notes: Bilingual[];
}

export interface QcFinding {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  section?: string;
  message: Bilingual;
  evidence: Evidence[];
  gapQuestion?: Bilingual;
  deduction: number;
}

export interface Turn {
  index: number;
  speaker: 'doctor' | 'patient' | 'family' | 'unknown';
  text: string;
  tStartMs?: number;
  label?: string;
}

/** A doctor's resolution of a conflict or QC finding, stored with the draft (issue 6). */
export interface ReviewEntry {
  id: string;
  item: 'conflict' | 'qc';
  label: Bilingual;
  resolution: 'side_taken' | 'dismissed';
  sideIndex: number | null;
  reason: string | null;
  draftVersion: number;
  byName: string;
  at: string;
  /** Where the item sits in this version; null once an edit made it go away. */
  target: ReviewTarget | null;
}
export type ReviewTarget = { kind: 'conflict'; id: string } | { kind: 'qc'; index: number };

export interface DraftVersion {
  version: number;
  aiGenerated: boolean;
  createdAt: string;
  createdBy: string | null;
  draft: VisitDraft;
  qc: { findings: QcFinding[]; score: number };
  violations: unknown[];
  turns: Record<string, Turn[]>;
  review?: ReviewEntry[];
}

export interface LabObservation {
  testId?: string;
  display: Bilingual;
  sourceName?: string;
  valueText?: string;
  value?: number | string;
  unit?: string;
  flag?: { code?: string };
  referenceRange?: { text?: string };
  needsReview?: boolean;
  evidence: Evidence[];
}

export interface VisitSource {
  id: string;
  kind: SourceKind | string;
  /** Stored content; its shape depends on the kind (see source-routes.ts). */
  content: Record<string, unknown>;
  hasMedia: boolean;
  createdAt: string;
}

export interface RecordSection {
  id: string;
  title: string;
  text: string;
}

export interface RecordVersion {
  id: string;
  version: number;
  content: { zh: RecordSection[]; en: RecordSection[]; draftVersion: number; unresolvedConflicts: number };
  signedAt: string;
  signedBy: string;
  amendmentReason: string | null;
  intact: boolean;
}

export interface Capabilities {
  asr?: { enabled: boolean; reason?: string };
  llm?: { enabled: boolean; reason?: string };
}

export type Lang = 'zh' | 'en';
export type TranscriptFormat = 'text' | 'json' | 'vtt' | 'srt';
