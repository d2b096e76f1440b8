import type { Bilingual } from '../types/evidence.ts';

/**
 * Follow-up protocols are data (DESIGN.md: clinical knowledge lives in reviewed data files). These
 * types are the contract the data files satisfy; the decision functions read thresholds from them
 * instead of hard-coding numbers, so a protocol revision is a data change with its own version.
 */

/**
 * How sure we are of a rule, using the marks of ../shared/specs/clinical-rules.md:
 * V read in a primary source · V-calc reproduced by computation · S secondary sources agree ·
 * U unverified (confirm before relying on it) · project = a Yizhu convention, not from the standard.
 */
export type Verification = 'V' | 'V-calc' | 'S' | 'U' | 'project';

export interface Marked<T> {
  value: T;
  verification: Verification;
  /** Why the mark is what it is, or what is still to confirm. */
  note?: string;
}

export interface ProtocolSource {
  title: Bilingual;
  citation: string;
  licence: string;
  /** Where in the project spec the rules were transcribed from. */
  specRef: string;
}

export type Programme = 'hypertension' | 't2dm';

export interface EnrolmentCode {
  /** ICD-10 three-character category, e.g. I10. */
  category: string;
  /** direct: enrol; review: propose, the doctor decides (outside the standard's stated target). */
  match: 'direct' | 'review';
  label: Bilingual;
  verification: Verification;
  note?: string;
}

export interface DangerSymptom {
  code: string;
  label: Bilingual;
  verification: Verification;
}

export interface ScheduleRules {
  minFaceToFacePerYear: Marked<number>;
  routineIntervalDays: Marked<number>;
  recheckWithinDays: Marked<number>;
  referralFollowUpWithinDays: Marked<number>;
  /** A task counts as "due" this many days before its due date (panel filter "due this week"). */
  dueSoonDays: Marked<number>;
}

export interface UrgentBpRules {
  systolicAtLeast: Marked<number>;
  diastolicAtLeast: Marked<number>;
}

interface ProtocolBase {
  id: string;
  /** Data revision of this file; bump on any change so stored decisions can name what produced them. */
  version: string;
  programme: Programme;
  name: Bilingual;
  source: ProtocolSource;
  enrolment: { codes: readonly EnrolmentCode[]; minAgeYears: Marked<number> };
  schedule: ScheduleRules;
  /** Most serious first: picks the primary classification when several apply (the form has one box). */
  classificationPriority: Marked<
    readonly ('complication' | 'adverse_reaction' | 'uncontrolled' | 'controlled')[]
  >;
  kpi: { standardManagement: Marked<string>; control: Marked<string> };
}

export interface HypertensionProtocol extends ProtocolBase {
  programme: 'hypertension';
  urgent: UrgentBpRules & {
    dangerSymptoms: readonly DangerSymptom[];
    /** Pregnant or lactating with BP "above normal"; normal read as below these values. */
    pregnancyNormalBelow: Marked<{ systolic: number; diastolic: number }>;
  };
  control: {
    general: Marked<{ systolicBelow: number; diastolicBelow: number }>;
    elderly: Marked<{ fromAgeYears: number; systolicBelow: number; diastolicBelow: number }>;
  };
}

export interface DiabetesProtocol extends ProtocolBase {
  programme: 't2dm';
  urgent: UrgentBpRules & {
    glucoseAtLeast: Marked<number>;
    glucoseAtMost: Marked<number>;
    heartRateAbovePersistent: Marked<number>;
    temperatureAbove: Marked<number>;
    dangerSymptoms: readonly DangerSymptom[];
    /** Pregnant or lactating with glucose "above normal" (mmol/L, fasting). */
    pregnancyFastingGlucoseAtLeast: Marked<number>;
  };
  control: { fastingGlucoseBelow: Marked<number> };
}

export type FollowupProtocol = HypertensionProtocol | DiabetesProtocol;
