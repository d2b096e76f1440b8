import type { Evidence } from '../types/evidence.ts';
import type { FusedFact } from '../fusion/fusion-types.ts';
import { evidenceKey } from '../fusion/merge-group.ts';
import type { DraftSentence, SectionId } from './draft-types.ts';

/** A clinical statement before layout: one abstract section, Chinese and/or English wording. */
export interface Statement {
  section: SectionId;
  zh?: string;
  en?: string;
  facts: FusedFact[];
  /** Evidence of an extractive sentence (its transcript span and the facts inside it); otherwise the facts' evidence. */
  evidence?: Evidence[];
}

/** What a sentence touching a contradiction says; a review flag, not clinical content. */
export const CONFLICT_MARK = { zh: '（来源不一致，待核实）', en: ' (sources disagree; to verify)' } as const;

export function toSentence(
  text: string,
  facts: readonly FusedFact[],
  conflictsOf: (f: FusedFact) => string[],
  lang: 'zh' | 'en',
  own?: readonly Evidence[],
): DraftSentence {
  const evidence: Evidence[] = own ? [...own] : [];
  const seen = new Set<string>();
  for (const f of own ? [] : facts) {
    for (const e of f.evidence) {
      const k = evidenceKey(e);
      if (!seen.has(k)) {
        seen.add(k);
        evidence.push(e);
      }
    }
  }
  const conflicts = [...new Set(facts.flatMap(conflictsOf))];
  const s: DraftSentence = { text, evidence, factIds: facts.map((f) => f.id) };
  if (conflicts.length > 0) {
    // Never settle a contradiction silently: the sentence says it needs checking.
    s.text =
      lang === 'zh'
        ? text.replace(/。$/, `${CONFLICT_MARK.zh}。`)
        : text.replace(/\.$/, `${CONFLICT_MARK.en}.`);
    s.conflicts = conflicts;
  }
  return s;
}
