/** A triage rule as data: when its condition holds, the disposition is at least `disposition`. */
import type { Bilingual } from '../types/evidence.ts';
import type { Cond } from './rule-condition.ts';
import type { CnTriageLevel, DepartmentCode, Disposition } from './triage-types.ts';

export interface TriageRule {
  id: string;
  disposition: Disposition;
  /** Manual-indicator grade on the China four-level scale, used when vitals are present. */
  cnLevel?: CnTriageLevel;
  /** Shown to the patient and doctor: what was noticed, never what it might be. */
  label: Bilingual;
  /** Departments this pattern points to, strongest first (added to the symptom-based ranking). */
  departments?: readonly DepartmentCode[];
  when: Cond;
  /** Where the rule comes from (document, table row) — reviewed like code. */
  source: string;
}
