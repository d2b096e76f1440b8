/**
 * The full concept lexicon, compiled once into regular expressions. Compilation is eager so a bad
 * pattern in a data file fails at import (and in the unit tests), not in front of a patient.
 */
import type { ConceptDef } from './concept-def.ts';
import { LEXICON_ABDOMEN_GU_OBGYN } from './lexicon-abdomen-gu-obgyn.data.ts';
import { LEXICON_CARDIORESPIRATORY } from './lexicon-cardiorespiratory.data.ts';
import { LEXICON_NEURO_GENERAL } from './lexicon-neuro-general.data.ts';
import { LEXICON_SKIN_EENT_MSK } from './lexicon-skin-eent-msk.data.ts';

export const SYMPTOM_LEXICON: readonly ConceptDef[] = [
  ...LEXICON_CARDIORESPIRATORY,
  ...LEXICON_NEURO_GENERAL,
  ...LEXICON_ABDOMEN_GU_OBGYN,
  ...LEXICON_SKIN_EENT_MSK,
];

export interface CompiledConcept {
  def: ConceptDef;
  en: RegExp; // global, case-insensitive
  zh: RegExp | null;
}

const compile = (def: ConceptDef): CompiledConcept => ({
  def,
  // A word start before English patterns stops "cough" matching inside "hiccough"-like words and
  // "fall" inside "rainfall"; suffixes stay open so "vomit" covers vomiting/vomited.
  en: new RegExp(def.en.map((p) => `\\b(?:${p})`).join('|'), 'gi'),
  zh: def.zh.length ? new RegExp(def.zh.map((p) => `(?:${p})`).join('|'), 'g') : null,
});

export const COMPILED_LEXICON: readonly CompiledConcept[] = SYMPTOM_LEXICON.map(compile);

const byId = new Map(SYMPTOM_LEXICON.map((d) => [d.id, d]));

export function conceptDef(id: string): ConceptDef | undefined {
  return byId.get(id);
}

export const CONCEPT_IDS: ReadonlySet<string> = new Set(byId.keys());
