import type { FactKind } from '../types/fact.ts';

/** Code systems the lexicons cite, as FHIR system URIs. */
export const CODE_SYSTEMS = {
  icd10: 'http://hl7.org/fhir/sid/icd-10',
  loinc: 'http://loinc.org',
  atc: 'http://www.whocc.no/atc',
} as const;
export type CodeSystemKey = keyof typeof CODE_SYSTEMS;

/**
 * One clinical concept. Terms are '|'-separated surface forms (colloquial ones included) and are
 * matched after normalisation, so write them lower-case and simplified. `verify` marks a fact in the
 * entry (usually the code) that a clinician should confirm before it is relied on.
 */
export interface ConceptEntry {
  id: string;
  /** 'allergen' concepts become facts only next to an allergy cue (海鲜过敏, allergic to latex). */
  kind: FactKind | 'allergen';
  zh: string;
  en: string;
  code?: string;
  system?: CodeSystemKey;
  zhT: string;
  enT: string;
  verify?: string;
}

/** Context words that change how a concept is read; they never become facts themselves. */
export type CueType =
  | 'neg_pre' // 没有 / denies: negates concepts after it in the clause
  | 'neg_near' // 不 / not: negates only a concept right after it
  | 'neg_post' // 发烧没有 / fever: none
  | 'uncertain'
  | 'hypothetical' // 如果 / if: a concept under it is not asserted
  | 'family' // 我爸 / my mother: family history when the patient speaks
  | 'other_person' // 孩子 / my wife: about someone else when the patient speaks
  | 'past'
  | 'current' // 现在 / still: overrides past
  | 'resolved' // 好了 / went away
  | 'break' // 但是 / but: ends negation scope
  | 'affirm_answer'
  | 'neg_answer'
  | 'question'
  | 'duration_question'
  | 'value_question'
  | 'allergy'
  | 'pain' // 疼 / hurts: combines with a body site into a pain concept
  | 'sev_mild'
  | 'sev_moderate'
  | 'sev_severe'
  | 'left'
  | 'right'
  | 'bilateral'
  | 'filler'
  | 'block'; // a phrase that contains a cue or term but means something else (不错, 晕车)

export interface CueEntry {
  cue: CueType;
  zh: string;
  en: string;
}

/** A body site; `pain` names the concept that "<site> hurts" maps to. */
export interface BodySiteEntry {
  id: string;
  zh: string;
  en: string;
  zhT: string;
  enT: string;
  pain?: string;
}
