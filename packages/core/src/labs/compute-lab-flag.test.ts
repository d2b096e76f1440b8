import { describe, expect, it } from 'vitest';
import { computeLabFlag, flagsConflict, parsePrintedFlag } from './compute-lab-flag.ts';

describe('parsePrintedFlag', () => {
  it('reads arrows, letters and words', () => {
    expect(parsePrintedFlag('↑')).toBe('H');
    expect(parsePrintedFlag('H')).toBe('H');
    expect(parsePrintedFlag('HH')).toBe('H');
    expect(parsePrintedFlag('高')).toBe('H');
    expect(parsePrintedFlag('↓')).toBe('L');
    expect(parsePrintedFlag('L')).toBe('L');
    expect(parsePrintedFlag('偏低')).toBe('L');
    expect(parsePrintedFlag('N')).toBe('N');
    expect(parsePrintedFlag('*')).toBe('A');
    expect(parsePrintedFlag('')).toBeUndefined();
    expect(parsePrintedFlag('??')).toBeNull();
  });
});

describe('computeLabFlag', () => {
  const range = { low: 3.5, high: 9.5, text: '3.5-9.5' };
  it('computes H/L/N from a numeric range, boundaries inclusive', () => {
    expect(computeLabFlag(12, range)).toBe('H');
    expect(computeLabFlag(3.4, range)).toBe('L');
    expect(computeLabFlag(3.5, range)).toBe('N');
    expect(computeLabFlag(9.5, range)).toBe('N');
  });

  it('treats "<5.2" as excluding 5.2 and "≤5.2" as including it', () => {
    expect(computeLabFlag(5.2, { high: 5.2, highExclusive: true, text: '<5.2' })).toBe('H');
    expect(computeLabFlag(5.2, { high: 5.2, text: '≤5.2' })).toBe('N');
    expect(computeLabFlag(1.0, { low: 1, lowExclusive: true, text: '>1.0' })).toBe('L');
  });

  it('computes qualitative abnormality against 阴性', () => {
    const neg = { qualitative: 'negative' as const, text: '阴性' };
    expect(computeLabFlag('negative', neg)).toBe('N');
    expect(computeLabFlag('trace', neg)).toBe('A');
    expect(computeLabFlag('2+', neg)).toBe('A');
    expect(computeLabFlag(5, neg)).toBeUndefined();
  });

  it('decides censored values only when all possible values agree', () => {
    expect(computeLabFlag(0.1, { low: 0, high: 5, text: '0-5' }, '<')).toBe('N');
    expect(computeLabFlag(0.1, { low: 1, high: 5, text: '1-5' }, '<')).toBe('L');
    expect(computeLabFlag(3, { low: 1, high: 5, text: '1-5' }, '<')).toBeUndefined();
    expect(computeLabFlag(1000, { low: 1, high: 500, text: '1-500' }, '>')).toBe('H');
  });

  it('returns undefined without a usable range', () => {
    expect(computeLabFlag(5, undefined)).toBeUndefined();
    expect(computeLabFlag(5, { text: '男:4-5 女:3-4' })).toBeUndefined();
  });
});

describe('flagsConflict', () => {
  it('flags disagreement between printed and computed', () => {
    expect(flagsConflict('H', 'L', false)).toBe(true);
    expect(flagsConflict('H', 'N', false)).toBe(true);
    expect(flagsConflict('H', 'H', false)).toBe(false);
    expect(flagsConflict('A', 'H', false)).toBe(false);
    expect(flagsConflict('A', 'N', false)).toBe(true);
  });

  it('treats a missing arrow as a conflict only where the report prints arrows', () => {
    expect(flagsConflict(undefined, 'H', true)).toBe(true);
    expect(flagsConflict(undefined, 'H', false)).toBe(false);
    expect(flagsConflict(undefined, 'N', true)).toBe(false);
    expect(flagsConflict('H', undefined, true)).toBe(false);
  });
});
