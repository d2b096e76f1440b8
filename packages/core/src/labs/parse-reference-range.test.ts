import { describe, expect, it } from 'vitest';
import { parseReferenceRange } from './parse-reference-range.ts';

const r = (s: string) => parseReferenceRange(s)?.range;

describe('parseReferenceRange', () => {
  it('reads between-ranges with any dash or tilde', () => {
    for (const s of ['3.5-5.5', '3.5~5.5', '3.5～5.5', '3.5—5.5', '3.5 - 5.5', '3.5至5.5', '3.5–5.5'])
      expect(r(s), s).toMatchObject({ low: 3.5, high: 5.5 });
    expect(r('-3~3')).toMatchObject({ low: -3, high: 3 });
    expect(r('3.5-9.5 10^9/L')).toMatchObject({ low: 3.5, high: 9.5 });
  });

  it('reads one-sided ranges with strictness', () => {
    expect(r('<5.2')).toEqual({ high: 5.2, highExclusive: true, text: '<5.2' });
    expect(r('＜5.2')).toMatchObject({ high: 5.2, highExclusive: true });
    expect(r('≤5.2')).toEqual({ high: 5.2, text: '≤5.2' });
    expect(r('>1.0')).toEqual({ low: 1, lowExclusive: true, text: '>1.0' });
    expect(r('≥1.04')).toEqual({ low: 1.04, text: '≥1.04' });
  });

  it('reads qualitative ranges', () => {
    expect(r('阴性')).toMatchObject({ qualitative: 'negative' });
    expect(r('Negative')).toMatchObject({ qualitative: 'negative' });
    expect(r('阴性(-)')).toMatchObject({ qualitative: 'negative' });
  });

  it('keeps split and unreadable ranges as text without bounds', () => {
    const split = parseReferenceRange('男:4.3-5.8 女:3.8-5.1');
    expect(split).toMatchObject({ bounded: false, range: { text: '男:4.3-5.8 女:3.8-5.1' } });
    expect(split?.range.low).toBeUndefined();
    expect(parseReferenceRange('5.5-3.5')).toMatchObject({ bounded: false, confidence: 0.3 });
    expect(parseReferenceRange('见说明')).toMatchObject({ bounded: false });
    expect(parseReferenceRange('')).toBeUndefined();
  });

  it('repairs OCR letters in digits with lowered confidence', () => {
    expect(parseReferenceRange('O.5-1.O')).toMatchObject({ range: { low: 0.5, high: 1 }, confidence: 0.7 });
  });

  it('puts back the lost decimal point of a low bound where the high bound has it, below the review line', () => {
    expect(parseReferenceRange('110-3.20')).toMatchObject({ range: { low: 1.1, high: 3.2 }, bounded: true });
    expect(parseReferenceRange('1003-1.030')?.range).toMatchObject({ low: 1.003, high: 1.03 });
    expect(parseReferenceRange('110-3.20')?.confidence).toBeLessThan(0.85);
    // Still inverted after the repair, or nothing to repair with: no bounds.
    expect(parseReferenceRange('5000-3.20')).toMatchObject({ bounded: false });
    expect(parseReferenceRange('110-32')).toMatchObject({ bounded: false });
    expect(parseReferenceRange('5.5-3.5')).toMatchObject({ bounded: false });
  });

  it('puts back a point lost from one bound when the range still reads in order, below the review line', () => {
    // "11.0-160" for 11.0-16.0: read as printed, 16.9 would be normal with full confidence.
    expect(parseReferenceRange('11.0-160')).toMatchObject({ range: { low: 11, high: 16 }, bounded: true });
    expect(parseReferenceRange('11.0-160')?.confidence).toBeLessThan(0.85);
    expect(parseReferenceRange('04-8.0')?.range).toMatchObject({ low: 0.4, high: 8 });
    // Nothing to repair, or the repair would put the range out of order: read as printed.
    expect(parseReferenceRange('0-0.5')).toMatchObject({ range: { low: 0, high: 0.5 }, confidence: 1 });
    expect(parseReferenceRange('3.5-10')).toMatchObject({ range: { low: 3.5, high: 10 }, confidence: 1 });
    expect(parseReferenceRange('3.5-40')).toMatchObject({ range: { low: 3.5, high: 40 }, confidence: 1 });
    expect(parseReferenceRange('0.5-10')).toMatchObject({ range: { low: 0.5, high: 10 }, confidence: 1 });
    expect(parseReferenceRange('11.0-16.0')).toMatchObject({ range: { low: 11, high: 16 }, confidence: 1 });
  });

  it('reads OCR noise of harsh phone photos, below the review line', () => {
    // A colon for the point, D for 0, garbled unit glyphs before the range.
    expect(parseReferenceRange('3:10-8.00')).toMatchObject({ range: { low: 3.1, high: 8 }, bounded: true });
    expect(parseReferenceRange('3:10-8.00')?.confidence).toBeLessThan(0.85);
    expect(parseReferenceRange('0.2-1.D')).toMatchObject({ range: { low: 0.2, high: 1 }, confidence: 0.7 });
    expect(parseReferenceRange('UAL 15-40')).toMatchObject({ range: { low: 15, high: 40 }, bounded: true });
    expect(parseReferenceRange('UAL 15-40')?.confidence).toBeLessThan(0.85);
    // Titres and sex labels are not noise.
    expect(parseReferenceRange('<1:40')?.range.high).not.toBe(1.4);
    expect(parseReferenceRange('Male 4.3-5.8 Female 3.8-5.1')).toMatchObject({ bounded: false });
  });

  it('reads a comma as the decimal point only beside a bound printed with a point', () => {
    expect(parseReferenceRange('27.0-34,0')).toMatchObject({ range: { low: 27, high: 34 }, bounded: true });
    expect(parseReferenceRange('27.0-34,0')?.confidence).toBeLessThan(0.85);
    expect(parseReferenceRange('100,000-300,000')?.range.low).not.toBe(100);
  });
});
