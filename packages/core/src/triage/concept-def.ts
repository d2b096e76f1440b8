/**
 * A clinical concept the free-text reader recognises, with lay and clinical wordings in both
 * languages. `en` entries are regular-expression sources matched case-insensitively from a word
 * start; `zh` entries are regular-expression sources matched anywhere (Chinese has no spaces).
 */
import type { Bilingual } from '../types/evidence.ts';
import type { DepartmentCode } from './triage-types.ts';

/**
 * symptom: something the patient has now (drives "only minor symptoms" checks and departments);
 * modifier: a feature of a symptom (sudden, severe, radiating…);
 * context: background that also counts when historical (pregnancy, anticoagulants, heart disease).
 */
export type ConceptKind = 'symptom' | 'modifier' | 'context';

export interface ConceptDef {
  id: string;
  kind: ConceptKind;
  label: Bilingual;
  en: readonly string[];
  zh: readonly string[];
  /**
   * Symptoms this concept says are over ("烧退了", "the bleeding has stopped"): when it is present,
   * they count as past history, not as a current complaint. Rules that must still act on a past
   * symptom (a fever in a young infant) name this concept themselves.
   */
  resolves?: readonly string[];
  /** Department affinity weights; summed over present concepts to rank departments. */
  dept?: Partial<Record<DepartmentCode, number>>;
}
