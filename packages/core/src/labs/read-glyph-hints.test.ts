import { describe, expect, it } from 'vitest';
import type { RawLabRow } from './build-lab-observation.ts';
import { tableBoxes, textBox } from './lab-test-fixtures.ts';
import type { OcrTextBox } from './ocr-page-geometry.ts';
import { parseOcrLabReport } from './parse-ocr-lab-report.ts';
import { pointSeenBesideWholeRange, readGlyphHints } from './read-glyph-hints.ts';

const row = (value: string, range: string, arrows?: ('↑' | '↓')[], pointAt?: number): RawLabRow => ({
  name: { text: '白蛋白' },
  value: {
    text: value,
    score: 0.8,
    glyphHints: { ...(arrows ? { trailingOneArrows: arrows } : {}), ...(pointAt ? { pointAt } : {}) },
  },
  range: { text: range },
});
const readTrailingArrow = (r: RawLabRow) => readGlyphHints(r, true).row;

describe('readGlyphHints: an arrow read as a trailing 1', () => {
  it('reads the trailing 1 as the arrow the engine saw when the rest of the value lies on its side of the range', () => {
    expect(readTrailingArrow(row('64.21', '40-55', ['↑'])).value?.text).toBe('64.2↑');
    expect(readTrailingArrow(row('61', '10-60', ['↑', '↓'])).value?.text).toBe('6↓');
    expect(readTrailingArrow(row('4311', '125~350', ['↓', '↑'])).value?.text).toBe('431↑');
    expect(readTrailingArrow(row('10.5 1', '20-50', ['↓'])).value?.text).toBe('10.5↓');
  });

  it('keeps the value when any signal disagrees', () => {
    // No arrow seen by the engine.
    expect(readTrailingArrow(row('64.21', '40-55')).value?.text).toBe('64.21');
    // The engine saw ↓ but the shortened value is high.
    expect(readTrailingArrow(row('64.21', '40-55', ['↓'])).value?.text).toBe('64.21');
    // The shortened value is normal: a real 1 (5.51 in 3.5–9.5).
    expect(readTrailingArrow(row('5.51', '3.5-9.5', ['↑', '↓'])).value?.text).toBe('5.51');
    // No bounded range to decide with.
    expect(readTrailingArrow(row('64.21', '', ['↑'])).value?.text).toBe('64.21');
    expect(readTrailingArrow(row('64.21', '见备注', ['↑'])).value?.text).toBe('64.21');
    // Not a trailing 1 after a digit.
    expect(readTrailingArrow(row('阳性', '阴性', ['↑'])).value?.text).toBe('阳性');
    expect(readTrailingArrow(row('<0.1', '<0.5', ['↑'])).value?.text).toBe('<0.1');
  });
});

describe('readGlyphHints: a lost decimal point', () => {
  it('puts the point back where the engine saw it when the digits are far out of range and the result is not', () => {
    expect(readGlyphHints(row('164', '1.5-3.4', undefined, 1), false)).toEqual({
      row: row('1.64', '1.5-3.4', undefined, 1),
      pointRepaired: true,
    });
    // Then an arrow read as a trailing 1 is read too ("1.6↓" read as 161).
    expect(readGlyphHints(row('161', '3-10', ['↓'], 1), true).row.value?.text).toBe('1.6↓');
  });

  it('keeps the digits when they are plausible for the range, or the point would not help', () => {
    expect(readGlyphHints(row('61', '10-60', undefined, 1), false).pointRepaired).toBe(false);
    expect(readGlyphHints(row('5000', '1.5-3.4', undefined, 3), false).pointRepaired).toBe(false);
    expect(readGlyphHints(row('164', '1.5-3.4'), false).pointRepaired).toBe(false);
  });
});

describe('pointSeenBesideWholeRange: value and range that lost their points together', () => {
  it('doubts a whole number with a point hint beside a range without decimals', () => {
    // "39" beside "30-100" for 3.9 beside 3.0-10.0: the range cannot disagree.
    expect(pointSeenBesideWholeRange(row('39', '30-100', undefined, 1))).toBe(true);
  });

  it('leaves values without the hint, with a point, or beside a range with decimals', () => {
    expect(pointSeenBesideWholeRange(row('39', '30-100'))).toBe(false);
    expect(pointSeenBesideWholeRange(row('3.9', '30-100', undefined, 1))).toBe(false);
    expect(pointSeenBesideWholeRange(row('39', '3.0-10.0', undefined, 1))).toBe(false);
  });

  it('sends such a row to review through the OCR parser, name read right', () => {
    const boxes: OcrTextBox[] = tableBoxes({
      x: 0,
      y: 0,
      colX: [0, 150, 210, 290],
      header: ['项目', '结果', '单位', '参考范围'],
      rows: [
        ['单核细胞百分比', '39', '%', '30-100'],
        ['血红蛋白', '152', 'g/L', '130-175'],
      ],
    });
    const value = boxes.find((b) => b.text === '39');
    if (value) value.glyphHints = { pointAt: 1 };
    const obs = parseOcrLabReport([{ page: 1, boxes }], { sourceId: 's' }).observations;
    expect(obs.map((o) => [o.testId, o.value, o.needsReview])).toEqual([
      ['mono_pct', 39, true],
      ['hgb', 152, false],
    ]);
    expect(obs[0]?.reviewReasons).toContain('value_low_confidence');
  });
});

describe('inline arrows read as "1" through the OCR parser', () => {
  const INLINE = { header: ['项目', '结果', '单位', '参考范围'], colX: [0, 160, 245, 320] };
  const WITH_FLAGS = { header: ['项目', '结果', '提示', '单位', '参考范围'], colX: [0, 160, 215, 245, 320] };
  const withArrows = (boxes: OcrTextBox[], text: string, arrows: ('↑' | '↓')[]) =>
    boxes.map((b) => (b.text === text ? { ...b, glyphHints: { trailingOneArrows: arrows } } : b));
  const parse = (boxes: OcrTextBox[]) =>
    parseOcrLabReport([{ page: 1, boxes: [textBox('某某医院检验报告单', 120, 10), ...boxes] }], {
      sourceId: 's',
    }).observations;

  it('reads value and flag right, with no arrow suspicion, where the table prints arrows inline', () => {
    const boxes = tableBoxes({
      x: 20,
      y: 60,
      ...INLINE,
      rows: [
        ['白蛋白', '64.21', 'g/L', '40-55'],
        ['血小板计数', '4311', '10^9/L', '125-350'],
        ['白细胞计数', '5.51', '10^9/L', '3.5-9.5'],
      ],
    });
    const obs = parse(
      withArrows(withArrows(withArrows(boxes, '64.21', ['↑']), '4311', ['↑']), '5.51', ['↑']),
    );
    const alb = obs.find((o) => o.testId === 'alb');
    expect([alb?.value, alb?.flag.value, alb?.reviewReasons]).toEqual([64.2, 'H', []]);
    const plt = obs.find((o) => o.testId === 'plt');
    expect([plt?.value, plt?.flag.value]).toEqual([431, 'H']);
    const wbc = obs.find((o) => o.testId === 'wbc');
    expect([wbc?.value, wbc?.flag.value]).toEqual([5.51, 'N']);
  });

  it('keeps the hint only on the part of a merged box that ends with the glyph', () => {
    // The detector merged value and unit into one box: "64.21 g/L" ends in "L", so no hint applies;
    // "g/L 64.21" would be nonsense. A box "白蛋白 64.21" read as a line keeps it for the value.
    const merged = [
      { ...textBox('白蛋白 64.21 g/L 40-55', 20, 60), glyphHints: { trailingOneArrows: ['↑' as const] } },
    ];
    expect(parse(merged).find((o) => o.testId === 'alb')?.value).toBe(64.21);
    const line = [
      { ...textBox('白蛋白 64.21', 20, 60), glyphHints: { trailingOneArrows: ['↑' as const] } },
      textBox('g/L', 200, 60),
      textBox('40-55', 260, 60),
    ];
    const alb = parse(line).find((o) => o.testId === 'alb');
    expect([alb?.value, alb?.flag.value]).toEqual([64.2, 'H']);
  });

  it('puts back a lost point in any OCR table, and has the value reviewed', () => {
    const boxes = tableBoxes({
      x: 20,
      y: 60,
      ...WITH_FLAGS,
      rows: [['淋巴细胞绝对值', '122', '', '10^9/L', '1.10-3.20']],
    });
    const obs = parse(boxes.map((b) => (b.text === '122' ? { ...b, glyphHints: { pointAt: 1 } } : b)));
    const lymph = obs.find((o) => o.testId === 'lymph_abs');
    expect([lymph?.value, lymph?.flag.value, lymph?.needsReview]).toEqual([1.22, 'N', true]);
    expect(lymph?.reviewReasons).toContain('value_low_confidence');
  });

  it('never applies where the report has a flag column (arrows are not inline there)', () => {
    const boxes = tableBoxes({
      x: 20,
      y: 60,
      ...WITH_FLAGS,
      rows: [['白蛋白', '64.21', '', 'g/L', '40-55']],
    });
    expect(parse(withArrows(boxes, '64.21', ['↑'])).find((o) => o.testId === 'alb')?.value).toBe(64.21);
  });
});
