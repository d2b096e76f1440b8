import type { Bilingual, Evidence } from '../types/evidence.ts';

/**
 * The one output shape of every lab-report parser (OCR table, PDF text layer, HL7 v2, FHIR), so the
 * fusion stage and the doctor's review screen never care where a number came from.
 */

/** H/L: above/below range · N: within range · A: abnormal without direction (qualitative results). */
export type LabFlag = 'H' | 'L' | 'N' | 'A';

export type LabPanel = 'cbc' | 'liver' | 'kidney' | 'lipid' | 'glucose' | 'urinalysis';

/** Canonical qualitative results; the UI translates them. `trace` is the strip's ± / 微量. */
export type QualitativeValue =
  'negative' | 'trace' | 'positive' | '1+' | '2+' | '3+' | '4+' | 'normal' | 'weakly-positive';

export type LabField = 'name' | 'value' | 'unit' | 'referenceRange' | 'flag';

export type Comparator = '<' | '<=' | '>' | '>=';

/** Why a row reaches the doctor marked for checking. Codes only: never patient data. */
export type ReviewReason =
  | 'name_unknown'
  | 'name_uncertain'
  | 'name_ambiguous'
  | 'value_missing'
  | 'value_unparsed'
  | 'value_low_confidence'
  | 'value_implausible'
  | 'value_far_out_of_range'
  /** A trailing 1 that may be a misread inline arrow ("69↓" read as 691). */
  | 'value_arrow_suspected'
  | 'unit_missing'
  /** The unit cell was empty or unreadable; the test's only unit is shown for the doctor to confirm. */
  | 'unit_assumed'
  | 'unit_unknown'
  | 'unit_mismatch'
  | 'range_unparsed'
  | 'range_low_confidence'
  | 'flag_conflict'
  | 'flag_low_confidence'
  | 'source_not_final';

export interface LabReferenceRange {
  low?: number;
  high?: number;
  /** "<5.2" excludes 5.2 itself; "≤5.2" and "0-5.2" include it. */
  lowExclusive?: boolean;
  highExclusive?: boolean;
  /** For qualitative ranges such as 阴性 / Negative. */
  qualitative?: QualitativeValue;
  /** As printed (cleaned of OCR noise only), always kept so the doctor sees the source. */
  text: string;
}

export interface LabObservation {
  /** Lexicon id (e.g. `wbc`) when the name was recognised. */
  testId?: string;
  /** Absent when the test is unknown: an unknown name is shown, never coded by guess. */
  code?: { system: 'http://loinc.org'; code: string; uncertain?: boolean };
  display: Bilingual;
  /** Test name as printed in the source. */
  sourceName: string;
  /** Number, or a canonical QualitativeValue, or the raw text when it could not be parsed. */
  value: number | string;
  /** Value as printed in the source (flag symbols included). */
  valueText: string;
  comparator?: Comparator;
  /** Normalised, UCUM-ish display unit (10^9/L, μmol/L, fL); use `toUcum` for FHIR codes. */
  unit?: string;
  /** The value in the lexicon's default unit when a conversion was applied (e.g. mg/dL → mmol/L). */
  canonical?: { value: number; unit: string };
  referenceRange?: LabReferenceRange;
  flag: {
    printed?: LabFlag;
    computed?: LabFlag;
    /** What to show: the computed flag when the range allows it, else the printed one. */
    value?: LabFlag;
  };
  /** Printed and computed flags disagree (or a printed flag is missing where one was expected). */
  flagConflict: boolean;
  specimen?: Bilingual;
  /** ISO 8601 date or local date-time as printed (no time zone invented). */
  effective?: string;
  laboratory?: string;
  /** 0..1 per field; a field absent from the source gets 1 only when nothing was expected there. */
  confidence: Record<LabField, number>;
  needsReview: boolean;
  reviewReasons: ReviewReason[];
  /** Union of all field evidence. */
  evidence: Evidence[];
  fieldEvidence: Partial<Record<LabField, Evidence[]>>;
}

export interface LabReportMeta {
  specimen?: Bilingual;
  effective?: string;
  laboratory?: string;
  evidence: Evidence[];
}

export type LabWarningCode =
  'no_lab_table_found' | 'row_without_value' | 'observation_skipped' | 'header_without_rows';

export interface LabParseWarning {
  code: LabWarningCode;
  evidence: Evidence[];
}

export interface LabParseResult {
  observations: LabObservation[];
  meta: LabReportMeta;
  warnings: LabParseWarning[];
}
