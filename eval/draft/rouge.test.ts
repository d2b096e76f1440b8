import { describe, expect, it } from 'vitest';
import { rouge, rougeLsum, tokenize } from './rouge.ts';

// Hand-checked pairs (worked out on paper; see comments).
describe('rouge (ACI-BENCH convention)', () => {
  it('tokenizes like rouge_score: lower-case, non-alphanumerics split, no stemming', () => {
    expect(tokenize("The patient's BP: 130/85, running.")).toEqual([
      'the',
      'patient',
      's',
      'bp',
      '130',
      '85',
      'running',
    ]);
  });

  it('ROUGE-1/2/L on "the cat sat on the mat" vs "the cat on the mat"', () => {
    const r = rouge('the cat sat on the mat', 'the cat on the mat');
    // unigrams: 5 of 6 reference, 5 of 5 predicted → F = 2·1·(5/6)/(1+5/6) = 10/11
    expect(r.rouge1.f).toBeCloseTo(10 / 11, 10);
    // bigrams: {the cat, on the, the mat} = 3; P = 3/4, R = 3/5 → F = 2/3
    expect(r.rouge2.precision).toBeCloseTo(0.75, 10);
    expect(r.rouge2.recall).toBeCloseTo(0.6, 10);
    expect(r.rouge2.f).toBeCloseTo(2 / 3, 10);
    // LCS = "the cat on the mat" (5) → same as ROUGE-1 here
    expect(r.rougeL.f).toBeCloseTo(10 / 11, 10);
  });

  it('rougeLsum is the union LCS over newline-split sentences', () => {
    // ref sentences [a b c], [d e]; pred [a c], [e d]
    // sentence 1: LCS with "a c" = {a, c}; with "e d" none → 2 hits
    // sentence 2: LCS with "e d" has length 1 → 1 hit; total 3: R = 3/5, P = 3/4, F = 2/3
    const s = rougeLsum('a b c\nd e', 'a c\ne d');
    expect(s.recall).toBeCloseTo(0.6, 10);
    expect(s.precision).toBeCloseTo(0.75, 10);
    expect(s.f).toBeCloseTo(2 / 3, 10);
    // Sentence order does not matter to Lsum, but it does to plain rougeL.
    expect(rougeLsum('a b\nc d', 'c d\na b').f).toBeCloseTo(1, 10);
    expect(rouge('a b\nc d', 'c d\na b').rougeL.f).toBeCloseTo(0.5, 10);
    // The union is over reference positions: three one-word sentences all hit the same "a" of
    // "a a", so 1 hit → R = 1/2, P = 1/3 (rouge_score's _union_lcs behaves the same way).
    expect(rougeLsum('a a', 'a\na\na').recall).toBeCloseTo(0.5, 10);
    expect(rougeLsum('a a', 'a\na\na').precision).toBeCloseTo(1 / 3, 10);
  });

  it('empty inputs score zero, not NaN', () => {
    expect(rouge('', 'x').rouge1.f).toBe(0);
    expect(rougeLsum('x', '').f).toBe(0);
  });
});
