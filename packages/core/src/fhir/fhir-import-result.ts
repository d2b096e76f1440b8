import type { Fact } from '../types/fact.ts';

/** Why (part of) an EMR entry could not be used. Codes only: never patient data. */
export type FhirIssueReason =
  | 'not_an_object'
  | 'no_resource'
  | 'unsupported_type'
  | 'duplicate'
  | 'broken_reference'
  | 'other_patient'
  | 'entered_in_error'
  | 'refuted'
  | 'no_code'
  | 'no_value'
  | 'entry_not_array'
  | 'too_many_entries';

export interface FhirIssue {
  reason: FhirIssueReason;
  /** JSON path of the entry (entry[12].resource) or of the broken field. */
  path: string;
  resourceType?: string;
  reference?: string;
  /** skipped: nothing of the resource was used; warning: used, but something in it was not. */
  effect: 'skipped' | 'warning';
}

export interface PatientSummary {
  reference: string;
  gender?: 'male' | 'female' | 'other' | 'unknown';
  birthDate?: string;
}

export interface EncounterSummary {
  reference: string;
  start?: string;
  /** Encounter.class code (AMB, EMER, IMP …). */
  class?: string;
  type?: string;
  reason?: string;
}

export interface FhirImportResult {
  facts: Fact[];
  patient?: PatientSummary;
  encounters: EncounterSummary[];
  issues: FhirIssue[];
  counts: { entries: number; used: number; skipped: number };
}
