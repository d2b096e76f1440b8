import { describe, expect, it } from 'vitest';
import { LAB_REVIEW_THRESHOLD } from './build-lab-observation.ts';
import { parseLabValue } from './parse-lab-value.ts';

describe('parseLabValue', () => {
  it('reads plain numbers and comparators exactly', () => {
    expect(parseLabValue('6.52')).toEqual({ kind: 'number', value: 6.52, confidence: 1, repaired: false });
    expect(parseLabValue(' 250 ')).toMatchObject({ value: 250, confidence: 1 });
    expect(parseLabValue('<0.10')).toMatchObject({ value: 0.1, comparator: '<' });
    expect(parseLabValue('≥1000')).toMatchObject({ value: 1000, comparator: '>=' });
    expect(parseLabValue('－1.5'.normalize('NFKC'))).toMatchObject({ value: -1.5 });
  });

  it('separates a printed flag from the value', () => {
    expect(parseLabValue('12.5↑')).toMatchObject({ value: 12.5, printedFlag: 'H' });
    expect(parseLabValue('3.1 ↓')).toMatchObject({ value: 3.1, printedFlag: 'L' });
    expect(parseLabValue('↑ 12.5')).toMatchObject({ value: 12.5, printedFlag: 'H' });
    expect(parseLabValue('12.5H')).toMatchObject({ value: 12.5, printedFlag: 'H' });
    expect(parseLabValue('3.1 L')).toMatchObject({ value: 3.1, printedFlag: 'L' });
    expect(parseLabValue('3.1(L)')).toMatchObject({ value: 3.1, printedFlag: 'L' });
  });

  it('reads 阴性 as blurred, noisy photos garble it, below the review line', () => {
    for (const s of ['明性', '用性', '阴生'])
      expect(parseLabValue(s), s).toMatchObject({ kind: 'qualitative', value: 'negative', confidence: 0.6 });
    expect(parseLabValue('阳生')).toMatchObject({ value: 'positive', confidence: 0.6 });
    // 旧 is as near 阳 as 阴: not guessed.
    expect(parseLabValue('旧性')).toMatchObject({ kind: 'unparsed' });
  });

  it('reads qualitative results to canonical values', () => {
    const q = (s: string) => parseLabValue(s);
    expect(q('阴性')).toMatchObject({ kind: 'qualitative', value: 'negative' });
    expect(q('阴性(-)')).toMatchObject({ value: 'negative' });
    expect(q('−')).toMatchObject({ value: 'negative' });
    expect(q('Negative')).toMatchObject({ value: 'negative' });
    expect(q('±')).toMatchObject({ value: 'trace' });
    expect(q('微量')).toMatchObject({ value: 'trace' });
    expect(q('士')).toMatchObject({ value: 'trace' }); // ± as a Chinese-trained recogniser reads it
    expect(q('土')).toMatchObject({ value: 'trace' });
    expect(q('+')).toMatchObject({ value: '1+' });
    expect(q('++')).toMatchObject({ value: '2+' });
    expect(q('3+')).toMatchObject({ value: '3+' });
    expect(q('阳性(++)')).toMatchObject({ value: '2+' });
    expect(q('阳性')).toMatchObject({ value: 'positive' });
    expect(q('弱阳性')).toMatchObject({ value: 'weakly-positive' });
    expect(q('3+(28)')).toMatchObject({ value: '3+', confidence: 0.95 });
  });

  it('repairs OCR digit errors only below the review threshold (a decimal point is never guessed)', () => {
    for (const s of ['l2.5', '1O.5', '5,2', '1,234', 'O.8']) {
      const v = parseLabValue(s);
      expect(v?.kind, s).toBe('number');
      expect(v?.confidence, s).toBeLessThan(LAB_REVIEW_THRESHOLD);
    }
    expect(parseLabValue('1O.5')).toMatchObject({ value: 10.5, repaired: true });
    expect(parseLabValue('L.15')).toMatchObject({ value: 1.15, repaired: true });
    expect(parseLabValue('2A')).toMatchObject({ value: 24, repaired: true });
    expect(parseLabValue('SL.0')).toMatchObject({ value: 51, repaired: true });
    expect(parseLabValue('A')?.kind).toBe('unparsed'); // no digit beside it: not a number
  });

  it('reads a leading zero before a digit as a lost point after it, below the review threshold', () => {
    expect(parseLabValue('07')).toMatchObject({ kind: 'number', value: 0.7, repaired: true });
    expect(parseLabValue('012')).toMatchObject({ value: 0.12, repaired: true });
    expect(parseLabValue('<05')).toMatchObject({ value: 0.5, comparator: '<', repaired: true });
    expect(parseLabValue('07')?.confidence).toBeLessThan(LAB_REVIEW_THRESHOLD);
    // A zero on its own, or one after a point, is printed as it is.
    expect(parseLabValue('0')).toMatchObject({ value: 0, confidence: 1, repaired: false });
    expect(parseLabValue('0.07')).toMatchObject({ value: 0.07, confidence: 1, repaired: false });
  });

  it('does not join digit groups a space keeps apart into one number', () => {
    expect(parseLabValue('61.1 96')).toMatchObject({ kind: 'unparsed' }); // value and a blurred %
    expect(parseLabValue('320 o')).toMatchObject({ kind: 'unparsed' }); // not 3200
    expect(parseLabValue('< 0.5')).toMatchObject({ value: 0.5, comparator: '<', confidence: 1 });
  });

  it('returns undefined for empty input and unparsed for garbage', () => {
    expect(parseLabValue(undefined)).toBeUndefined();
    expect(parseLabValue('   ')).toBeUndefined();
    expect(parseLabValue('5..2')).toMatchObject({ kind: 'unparsed' });
    expect(parseLabValue('见附页')).toMatchObject({ kind: 'unparsed', confidence: 0.2 });
    expect(parseLabValue('2024-03-05')).toMatchObject({ kind: 'unparsed' });
  });
});
