/**
 * The full concept lexicon, compiled once into regular expressions. Compilation is eager so a bad
 * pattern in a data file fails at import (and in the unit tests), not in front of a patient.
 */
import type { ConceptDef } from './concept-def.ts';
import { LEXICON_ABDOMEN_GU_OBGYN } from './lexicon-abdomen-gu-obgyn.data.ts';
import { LEXICON_CARDIORESPIRATORY } from './lexicon-cardiorespiratory.data.ts';
import { LEXICON_NEURO_GENERAL } from './lexicon-neuro-general.data.ts';
import { LEXICON_SKIN_EENT_MSK } from './lexicon-skin-eent-msk.data.ts';
import {
  ZH_FILLERS,
  ZH_GAP_MAX,
  ZH_GAP_STOP,
  ZH_SENTENCE_GAP_MAX,
  ZH_SENTENCE_GAP_STOP,
  ZH_WORD_CLASSES,
} from './zh-wording.data.ts';

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

const CJK_CHAR = /^[\u3400-\u9fff]$/;

/**
 * The filler alternation, factored so the regex engine compiles it quickly: it is inlined at every
 * `~` of every pattern, and a flat list of ~50 words repeated {0,3} made the first triage call take
 * seconds. Single characters become one class; words sharing a first character share a prefix
 * (有(?:点儿?|一点儿?|些)). It matches exactly the same strings as the flat list.
 */
export function factorFillers(words: readonly string[]): string {
  const singles: string[] = [];
  const byFirst = new Map<string, string[]>();
  const others: string[] = [];
  for (const w of words) {
    const first = w[0] ?? '';
    if (CJK_CHAR.test(w)) singles.push(w);
    else if (CJK_CHAR.test(first)) byFirst.set(first, [...(byFirst.get(first) ?? []), w.slice(1)]);
    else others.push(w);
  }
  const parts = [...byFirst].map(([first, rests]) => {
    if (singles.includes(first)) rests = [...rests, ''];
    const alt = rests.filter((r) => r !== '');
    const optional = rests.length !== alt.length;
    return `${first}(?:${alt.join('|')})${optional ? '?' : ''}`;
  });
  const classChars = singles.filter((c) => !byFirst.has(c));
  if (classChars.length) parts.push(`[${classChars.join('')}]`);
  return `(?:${[...parts, ...others].join('|')})`;
}

const ZH_FILLER_RE = `${factorFillers(ZH_FILLERS)}{0,3}`;
const ZH_GAP_RE = `[^${ZH_GAP_STOP}]{0,${ZH_GAP_MAX}}?`;
// 差不多 (about) and 不少 (quite a few) hold a 不 that denies nothing.
const ZH_SENTENCE_GAP_RE = `(?:差不多|不少|[^${ZH_SENTENCE_GAP_STOP}]){0,${ZH_SENTENCE_GAP_MAX}}?`;

/**
 * Expands the tolerant notation of zh patterns (see zh-wording.data.ts): `{class}` → its wordings,
 * `~` → optional fillers (有点, 着, 得…), `…` → a short same-clause gap without negation, `⋯` → a longer
 * same-sentence gap that may cross commas, also without negation. Classes are
 * expanded first so a class member may itself use `~`. An unknown class name throws at import.
 */
export function expandZhPattern(p: string): string {
  return p
    .replace(/\{([a-z_]+)\}/g, (_, name: string) => {
      const words = ZH_WORD_CLASSES[name];
      if (!words) throw new Error(`unknown zh word class {${name}} in lexicon pattern ${p}`);
      return `(?:${words.join('|')})`;
    })
    .replace(/~/g, ZH_FILLER_RE)
    .replace(/…/g, ZH_GAP_RE)
    .replace(/⋯/g, ZH_SENTENCE_GAP_RE);
}

const compile = (def: ConceptDef): CompiledConcept => ({
  def,
  // A word start before English patterns stops "cough" matching inside "hiccough"-like words and
  // "fall" inside "rainfall"; suffixes stay open so "vomit" covers vomiting/vomited.
  en: new RegExp(def.en.map((p) => `\\b(?:${p})`).join('|'), 'gi'),
  zh: def.zh.length ? new RegExp(def.zh.map((p) => `(?:${expandZhPattern(p)})`).join('|'), 'g') : null,
});

export const COMPILED_LEXICON: readonly CompiledConcept[] = SYMPTOM_LEXICON.map(compile);

const byId = new Map(SYMPTOM_LEXICON.map((d) => [d.id, d]));

export function conceptDef(id: string): ConceptDef | undefined {
  return byId.get(id);
}

export const CONCEPT_IDS: ReadonlySet<string> = new Set(byId.keys());
