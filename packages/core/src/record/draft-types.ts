import type { Bilingual, Evidence, SourceKind } from '../types/evidence.ts';
import type { Contradiction, FusedFact, SourceSummary } from '../fusion/fusion-types.ts';

/** Section ids shared by the Chinese record, the English note and the SOAP view. */
export type SectionId =
  | 'chief_complaint'
  | 'hpi'
  | 'ros'
  | 'past_history'
  | 'medications'
  | 'allergy'
  | 'personal'
  | 'family'
  | 'exam'
  | 'results'
  | 'diagnosis'
  | 'plan'
  | 'assessment_plan'
  | 'S'
  | 'O'
  | 'A'
  | 'P';

/** What a section asserts; assessment and plan may only hold what the doctor said or wrote. */
export type SectionRole = 'chief_complaint' | 'subjective' | 'objective' | 'assessment' | 'plan';

export interface DraftSentence {
  text: string;
  evidence: Evidence[];
  /** Ids of the fused facts the sentence states (for the review UI; the verifier uses evidence). */
  factIds: string[];
  /** Typed by the doctor: needs no evidence. */
  doctorTyped?: boolean;
  /** Ids of contradictions touching this sentence: it is marked 待核实 / to verify. */
  conflicts?: string[];
}

export interface DraftSection {
  id: SectionId;
  title: string;
  role: SectionRole;
  sentences: DraftSentence[];
}

export type VisitType = 'first' | 'followup';

export interface UnusableItem {
  sourceId: string;
  /** Reason code (e.g. a FhirIssueReason, 'empty_source'); never patient data. */
  reason: string;
  path?: string;
}

export interface VisitDraft {
  /** Invariant 1: everything here is AI-made until a doctor signs it. */
  aiGenerated: true;
  label: Bilingual;
  visitType: VisitType;
  visitDate?: string;
  department?: string;
  zh: DraftSection[];
  en: DraftSection[];
  soap: { zh: DraftSection[]; en: DraftSection[] };
  facts: FusedFact[];
  contradictions: Contradiction[];
  sources: SourceSummary[];
  missingSources: SourceKind[];
  unusable: UnusableItem[];
  /** Plain statements about the draft itself: which sources were missing, what could not be used. */
  notes: Bilingual[];
}
