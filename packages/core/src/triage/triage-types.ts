/**
 * Shared types of the triage core. Kept free of behaviour so data files, rules and the engine can
 * all import them without cycles.
 */
import type { Bilingual } from '../types/evidence.ts';

/** Ordered from most to least urgent; `DISPOSITION_RANK` gives the order numerically. */
export type Disposition = 'emergency' | 'urgent' | 'routine' | 'self_care';

export const DISPOSITION_RANK: Readonly<Record<Disposition, number>> = {
  emergency: 3,
  urgent: 2,
  routine: 1,
  self_care: 0,
};

/** China's four-level ED scale (急诊预检分诊专家共识 2018): 1 急危, 2 急重, 3 急症, 4 亚急症/非急症. */
export type CnTriageLevel = 1 | 2 | 3 | 4;

export type Sex = 'M' | 'F';

export interface Vitals {
  heartRate?: number; // /min
  systolicBp?: number; // mmHg
  diastolicBp?: number; // mmHg
  usualSystolicBp?: number; // mmHg, to detect an acute fall
  spo2?: number; // %
  respiratoryRate?: number; // /min
  temperatureC?: number; // axillary °C
  glucoseMmol?: number; // POCT glucose, mmol/L
  potassiumMmol?: number; // mmol/L
}

/** A finding stated by a structured source (a questionnaire answer), not inferred from free text. */
export interface StructuredFinding {
  concept: string;
  present: boolean;
  linkId?: string;
}

export interface TriageInput {
  text?: string;
  ageYears?: number;
  ageMonths?: number; // takes precedence over ageYears for infants
  sex?: Sex;
  pregnant?: boolean;
  vitals?: Vitals;
  findings?: readonly StructuredFinding[];
  severity?: number; // 0–10
  durationHours?: number;
}

export type InputFlagCode =
  | 'no_recognised_symptom'
  | 'text_truncated'
  | 'instruction_like'
  | 'emoji_or_symbols_only'
  | 'contradiction'
  | 'implausible_value';

/** Input the engine could not use as-is. Reaches the doctor as such, never silently guessed. */
export interface InputFlag {
  code: InputFlagCode;
  message: Bilingual;
}

export interface RedFlagHit {
  id: string;
  label: Bilingual;
}

export type DepartmentCode =
  | 'emergency'
  | 'cardiology'
  | 'respiratory'
  | 'gastroenterology'
  | 'neurology'
  | 'endocrinology'
  | 'nephrology'
  | 'haematology'
  | 'rheumatology'
  | 'infectious_disease'
  | 'general_internal'
  | 'general_surgery'
  | 'orthopaedics'
  | 'urology'
  | 'neurosurgery'
  | 'vascular_surgery'
  | 'paediatrics'
  | 'obstetrics_gynaecology'
  | 'ophthalmology'
  | 'ent'
  | 'dermatology'
  | 'stomatology'
  | 'psychiatry';

export interface DepartmentSuggestion {
  code: DepartmentCode;
  name: Bilingual;
  reasons: Bilingual[];
}

export interface TriageResult {
  disposition: Disposition;
  /** Only when vital signs were given: the China four-level grade (objective and manual indicators). */
  level?: CnTriageLevel;
  departments: DepartmentSuggestion[]; // top two
  redFlags: RedFlagHit[];
  reasons: Bilingual[];
  advice: Bilingual;
  flags: InputFlag[];
  /** Concept ids found present / explicitly absent; for the doctor's summary and for tests. */
  findings: { present: string[]; absent: string[] };
}
