import type { Bilingual, Evidence, SourceKind } from '../types/evidence.ts';
import type { Fact } from '../types/fact.ts';

/** One source of a visit and the facts extracted from it. */
export interface VisitSource {
  sourceId: string;
  kind: SourceKind;
  facts: Fact[];
}

/** A fact agreed on by one or more sources; `members` keeps every original fact. */
export interface FusedFact extends Fact {
  id: string;
  sourceKinds: SourceKind[];
  sourceIds: string[];
  members: Fact[];
}

export type ContradictionType =
  | 'allergy_denied_vs_recorded'
  | 'medication_not_mentioned'
  | 'medication_stopped'
  | 'duration_mismatch'
  | 'lab_value_mismatch'
  | 'symptom_present_vs_denied'
  | 'condition_denied_vs_recorded'
  | 'diagnosis_missing_from_problem_list'
  | 'implausible_vital';

export type Severity = 'high' | 'medium' | 'low';

export interface ContradictionSide {
  sourceId: string;
  sourceKind: SourceKind;
  /** What this source says, e.g. 预问诊：否认药物过敏. */
  statement: Bilingual;
  evidence: Evidence[];
}

export interface Contradiction {
  id: string;
  type: ContradictionType;
  severity: Severity;
  sides: ContradictionSide[];
  explanation: Bilingual;
  /** A question the doctor can ask the patient now, before they leave. */
  question: Bilingual;
  /** Union of the sides' evidence. */
  evidence: Evidence[];
}

export interface SourceSummary {
  sourceId: string;
  kind: SourceKind;
  factCount: number;
}

export interface FusionResult {
  facts: FusedFact[];
  contradictions: Contradiction[];
  sources: SourceSummary[];
  /** Source kinds a full visit has (questionnaire, transcript, lab_report, emr) that were not given. */
  missingSources: SourceKind[];
  /** Given sources that yielded no fact at all (an empty transcript, an unreadable photo). */
  emptySources: SourceSummary[];
}

export const SOURCE_LABEL: Record<SourceKind, Bilingual> = {
  questionnaire: { zh: '预问诊', en: 'Pre-visit questionnaire' },
  transcript: { zh: '问诊对话', en: 'Visit dialogue' },
  lab_report: { zh: '检验报告', en: 'Lab report' },
  emr: { zh: '既往病历', en: 'EMR history' },
  followup: { zh: '随访', en: 'Follow-up' },
  text: { zh: '医生录入', en: 'Typed note' },
};
