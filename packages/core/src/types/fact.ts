import type { Bilingual, Evidence } from './evidence.ts';

export type FactKind =
  | 'symptom'
  | 'condition'
  | 'medication'
  | 'allergy'
  | 'vital'
  | 'lab'
  | 'finding'
  | 'social'
  | 'family'
  | 'procedure'
  | 'plan'
  | 'diagnosis';

export type FactStatus = 'present' | 'absent' | 'uncertain' | 'historical' | 'family';

export type Speaker = 'doctor' | 'patient' | 'family' | 'unknown';

/** A clinical statement extracted from one source, pointing back at its exact evidence. */
export interface Fact {
  kind: FactKind;
  code?: { system: string; code: string };
  display: Bilingual;
  value?: number | string;
  unit?: string;
  status: FactStatus;
  onset?: string; // ISO 8601 date or duration-ago
  duration?: string; // ISO 8601 duration, e.g. P3D
  severity?: string;
  laterality?: 'left' | 'right' | 'bilateral';
  bodySite?: Bilingual;
  /** Medication frequency, normalised (QD, BID, TID, QID, QHS, PRN, QW …). */
  frequency?: string;
  /** Medication route (PO, IV, SC, INH, TOP). */
  route?: string;
  speaker?: Speaker;
  /** When the observation/record was made (ISO 8601 date or date-time): lab and vital dates, EMR recorded dates. */
  effective?: string;
  confidence?: number; // 0..1
  evidence: Evidence[];
}
