import { describe, expect, it } from 'vitest';
import { RED_FLAG_RULES } from './red-flag-rules.data.ts';
import { conceptsIn } from './rule-condition.ts';
import { SELF_CARE_RULES } from './self-care-rules.data.ts';
import { CONCEPT_IDS, SYMPTOM_LEXICON } from './symptom-lexicon.ts';
import { URGENT_RULES } from './urgency-rules.data.ts';

const RULES = [...RED_FLAG_RULES, ...URGENT_RULES, ...SELF_CARE_RULES];

describe('rule and lexicon data', () => {
  it('every rule names real concepts, a source and bilingual labels', () => {
    for (const r of RULES) {
      for (const c of conceptsIn(r.when)) expect(CONCEPT_IDS.has(c), `${r.id} → ${c}`).toBe(true);
      expect(r.source.length, r.id).toBeGreaterThan(3);
      expect(r.label.zh && r.label.en, r.id).toBeTruthy();
    }
  });

  it('ids are unique', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    expect(new Set(SYMPTOM_LEXICON.map((c) => c.id)).size).toBe(SYMPTOM_LEXICON.length);
  });

  it('red flags are emergencies and carry a China level', () => {
    for (const r of RED_FLAG_RULES) {
      expect(r.disposition).toBe('emergency');
      expect(r.cnLevel).toBeLessThanOrEqual(2);
    }
  });

  it('every concept has wording in both languages', () => {
    for (const c of SYMPTOM_LEXICON) {
      expect(c.en.length, c.id).toBeGreaterThan(0);
      expect(c.zh.length, c.id).toBeGreaterThan(0);
    }
  });
});
