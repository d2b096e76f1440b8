/**
 * Shorthands the round-by-round triage tests share: run the engine on a phrase, read its
 * disposition, red-flag rule ids, or the concepts present after normalisation.
 */
import { normaliseChineseNumbers } from './chinese-numerals.ts';
import { findConcepts, normaliseText } from './find-concepts.ts';
import { parseQuantities } from './parse-quantities.ts';
import { triage } from './triage.ts';
import type { TriageInput } from './triage-types.ts';

type Extra = Omit<TriageInput, 'text'>;

export const run = (text: string, extra: Extra = {}) => triage({ text, ...extra });
export const dispo = (text: string, extra: Extra = {}) => run(text, extra).disposition;
export const flags = (text: string, extra: Extra = {}) => run(text, extra).redFlags.map((f) => f.id);
export const present = (text: string) => findConcepts(normaliseText(text)).present;
/** Numbers read from a phrase as the engine reads them (Chinese numerals folded first). */
export const quantities = (text: string) => parseQuantities(normaliseChineseNumbers(text));
