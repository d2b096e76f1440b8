import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize.ts';
import { DEFAULT_LEXICONS, getTerminology } from './terminology.ts';

const T = getTerminology();
const ids = (s: string) =>
  T.tokenize(normalizeText(s))
    .map((t) => t.concept?.id)
    .filter(Boolean);

describe('Terminology', () => {
  it('maps Chinese colloquial forms to concepts', () => {
    expect(ids('拉肚子')).toEqual(['diarrhea']);
    expect(ids('心慌')).toEqual(['palpitations']);
    expect(ids('头晕乎乎的')).toEqual(['dizziness']);
    expect(ids('嗓子疼')).toEqual(['sore_throat']);
    expect(ids('喘不上气')).toEqual(['dyspnea']);
    expect(ids('一直睡不着')).toEqual(['insomnia']);
  });
  it('prefers the longest phrase over a cue inside it', () => {
    const toks = T.tokenize(normalizeText('不想吃饭'));
    expect(toks).toHaveLength(1);
    expect(toks[0]!.concept?.id).toBe('poor_appetite');
  });
  it('needs word boundaries for English terms', () => {
    expect(ids('spain')).toEqual([]);
    expect(ids('Chest pain and SOB')).toEqual(['chest_pain', 'dyspnea']);
  });
  it('names a source and licence in every lexicon file and has no duplicate ids', () => {
    const seen = new Set<string>();
    for (const c of DEFAULT_LEXICONS.concepts) {
      expect(seen.has(c.id)).toBe(false);
      seen.add(c.id);
      expect(c.zhT.length + c.enT.length).toBeGreaterThan(0);
      if (c.code) expect(c.system).toBeDefined();
    }
    expect(T.termCount).toBeGreaterThan(1500);
  });
  it('recognises traditional characters through normalisation', () => {
    expect(ids('頭暈')).toEqual(['dizziness']);
  });
});
