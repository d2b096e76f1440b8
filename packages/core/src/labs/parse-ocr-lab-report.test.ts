import { describe, expect, it } from 'vitest';
import { tableBoxes, textBox } from './lab-test-fixtures.ts';
import type { LabObservation } from './lab-observation.ts';
import { parseOcrLabReport } from './parse-ocr-lab-report.ts';
import type { OcrTextBox } from './reconstruct-lab-table.ts';

// Ground truth of a 24-item blood count printed in two columns: [name, value, unit, range, arrow, testId, flag].
type Truth = [string, string, string, string, string, string, 'H' | 'L' | 'N'];
const LEFT: Truth[] = [
  ['白细胞计数', '12.50', '10^9/L', '3.5-9.5', '↑', 'wbc', 'H'],
  ['中性粒细胞百分比', '80.1', '%', '40-75', '↑', 'neut_pct', 'H'],
  ['淋巴细胞百分比', '12.3', '%', '20-50', '↓', 'lymph_pct', 'L'],
  ['单核细胞百分比', '6.0', '%', '3-10', '', 'mono_pct', 'N'],
  ['嗜酸性粒细胞百分比', '1.2', '%', '0.4-8.0', '', 'eo_pct', 'N'],
  ['嗜碱性粒细胞百分比', '0.4', '%', '0-1', '', 'baso_pct', 'N'],
  ['中性粒细胞绝对值', '10.01', '10^9/L', '1.8-6.3', '↑', 'neut_abs', 'H'],
  ['淋巴细胞绝对值', '1.54', '10^9/L', '1.1-3.2', '', 'lymph_abs', 'N'],
  ['单核细胞绝对值', '0.75', '10^9/L', '0.1-0.6', '↑', 'mono_abs', 'H'],
  ['嗜酸性粒细胞绝对值', '0.15', '10^9/L', '0.02-0.52', '', 'eo_abs', 'N'],
  ['嗜碱性粒细胞绝对值', '0.05', '10^9/L', '0-0.06', '', 'baso_abs', 'N'],
  ['红细胞计数', '4.52', '10^12/L', '4.3-5.8', '', 'rbc', 'N'],
];
const RIGHT: Truth[] = [
  ['血红蛋白', '128', 'g/L', '130-175', '↓', 'hgb', 'L'],
  ['红细胞压积', '39.5', '%', '40-50', '↓', 'hct', 'L'],
  ['平均红细胞体积', '87.4', 'fL', '82-100', '', 'mcv', 'N'],
  ['平均红细胞血红蛋白量', '28.3', 'pg', '27-34', '', 'mch', 'N'],
  ['平均红细胞血红蛋白浓度', '324', 'g/L', '316-354', '', 'mchc', 'N'],
  ['红细胞分布宽度-CV', '13.2', '%', '11.5-14.5', '', 'rdw_cv', 'N'],
  ['红细胞分布宽度-SD', '42.1', 'fL', '39-46', '', 'rdw_sd', 'N'],
  ['血小板计数', '256', '10^9/L', '125-350', '', 'plt', 'N'],
  ['平均血小板体积', '10.2', 'fL', '7.4-12.5', '', 'mpv', 'N'],
  ['血小板分布宽度', '16.1', 'fL', '9-17', '', 'pdw', 'N'],
  ['血小板压积', '0.26', '%', '0.17-0.35', '', 'pct', 'N'],
  ['大型血小板比率', '28.4', '%', '13-43', '', 'p_lcr', 'N'],
];

const HEADER = ['项目', '结果', '提示', '单位', '参考范围'];
const COLS = [0, 160, 215, 245, 320];

function cbcPage(left: Truth[] = LEFT, right: Truth[] = RIGHT, score = 0.98): OcrTextBox[] {
  const rows = (t: Truth[]) => t.map(([n, v, u, r, a]) => [n, v, a, u, r]);
  return [
    textBox('某某市第一人民医院检验报告单', 250, 10),
    textBox('标本类型：EDTA抗凝血', 20, 50),
    textBox('采集时间：2024-03-05 08:12', 420, 50),
    ...tableBoxes({ x: 20, y: 90, colX: COLS, header: HEADER, rows: rows(left), score }),
    ...tableBoxes({ x: 460, y: 90, colX: COLS, header: HEADER, rows: rows(right), score }),
    textBox('检验者：某某', 20, 520),
    textBox('报告时间：2024-03-05 10:40', 420, 520),
  ];
}

/** A field is confidently wrong when it is not marked for review yet differs from the truth. */
function confidentlyWrong(obs: LabObservation[], truth: Truth[]): number {
  let n = 0;
  for (const o of obs) {
    if (o.needsReview) continue;
    const t = truth.find((x) => x[5] === o.testId);
    if (!t || o.value !== Number(t[1]) || o.unit !== t[2] || o.flag.value !== t[6]) n++;
  }
  return n;
}

describe('parseOcrLabReport', () => {
  it('reads a clean two-column 24-item blood count exactly, with nothing to review', () => {
    const r = parseOcrLabReport([{ page: 1, boxes: cbcPage() }], { sourceId: 'photo-1' });
    expect(r.observations).toHaveLength(24);
    for (const [name, value, unit, range, , id, flag] of [...LEFT, ...RIGHT]) {
      const o = r.observations.find((x) => x.testId === id);
      expect(o, name).toBeDefined();
      expect(o, name).toMatchObject({
        value: Number(value),
        unit,
        referenceRange: { text: range },
        flag: { value: flag },
      });
      expect(o?.needsReview, `${name}: ${o?.reviewReasons.join(',')}`).toBe(false);
      expect(o?.evidence.every((e) => e.sourceId === 'photo-1' && e.locator.kind === 'image')).toBe(true);
    }
    expect(r.meta).toMatchObject({
      laboratory: '某某市第一人民医院',
      specimen: { zh: '全血' },
      effective: '2024-03-05T08:12:00',
    });
    expect(r.observations[0]).toMatchObject({
      specimen: { en: 'Whole blood' },
      effective: '2024-03-05T08:12:00',
    });
    expect(r.warnings).toEqual([]);
  });

  it('has no confidently wrong field under single OCR faults (the worst outcome)', () => {
    const all = [...LEFT, ...RIGHT];
    const faults: ((t: Truth) => Truth | undefined)[] = [
      // Lost and spurious decimal points.
      (t) => (t[1].includes('.') ? ([t[0], t[1].replace('.', ''), ...t.slice(2)] as Truth) : undefined),
      (t) =>
        !t[1].includes('.')
          ? ([t[0], `${t[1].slice(0, -1)}.${t[1].slice(-1)}`, ...t.slice(2)] as Truth)
          : undefined,
      // Arrow lost, arrow flipped, arrow added.
      (t) => (t[4] ? [t[0], t[1], t[2], t[3], '', t[5], t[6]] : undefined),
      (t) => (t[4] ? [t[0], t[1], t[2], t[3], t[4] === '↑' ? '↓' : '↑', t[5], t[6]] : undefined),
      (t) => (!t[4] ? [t[0], t[1], t[2], t[3], '↑', t[5], t[6]] : undefined),
      // Unit exponent misread, unit lost.
      (t) => (t[2] === '10^9/L' ? ([t[0], t[1], '10^12/L', ...t.slice(3)] as Truth) : undefined),
      (t) => [t[0], t[1], '', ...t.slice(3)] as Truth,
      // Name: a non-visual glyph error, a truncation to 4 glyphs.
      (t) => [`${t[0].slice(0, 1)}口${t[0].slice(2)}`, ...t.slice(1)] as Truth,
      (t) => [t[0].slice(0, 4), ...t.slice(1)] as Truth,
      // Letter O for a zero.
      (t) => (t[1].includes('0') ? ([t[0], t[1].replace('0', 'O'), ...t.slice(2)] as Truth) : undefined),
    ];
    let cases = 0;
    let wrong = 0;
    faults.forEach((fault) => {
      all.forEach((truth, i) => {
        const broken = fault(truth);
        if (!broken) return;
        cases++;
        const rows = all.map((t, j) => (j === i ? broken : t));
        const r = parseOcrLabReport([{ page: 1, boxes: cbcPage(rows.slice(0, 12), rows.slice(12)) }], {
          sourceId: 's',
        });
        // Compare against the *true* values: a fault must either be harmless or reach review.
        const n = confidentlyWrong(r.observations, all);
        if (n)
          console.error(
            'confidently wrong:',
            broken,
            r.observations.find((o) => !o.needsReview && o.sourceName === broken[0]),
          );
        wrong += n;
      });
    });
    expect(cases).toBeGreaterThan(140);
    expect(wrong).toBe(0);
  });

  it('reviews a value whose point after a leading zero was lost, inside a range that lost its own', () => {
    // "07" for 0.7 beside "0.0-10" for 0.0-1.0 (blur drops faint points): as 7 it reads normal.
    const rows: Truth[] = [
      ['白细胞计数', '6.5', '10^9/L', '3.5-9.5', '', 'wbc', 'N'],
      ['嗜碱性粒细胞百分比', '07', '%', '0.0-10', '', 'baso_pct', 'N'],
    ];
    const r = parseOcrLabReport([{ page: 1, boxes: cbcPage(rows, []) }], { sourceId: 's' });
    const baso = r.observations.find((o) => o.testId === 'baso_pct');
    expect(baso).toMatchObject({ value: 0.7, valueText: '07', needsReview: true });
    expect(baso?.reviewReasons).toContain('value_low_confidence');
    expect(r.observations.find((o) => o.testId === 'wbc')?.needsReview).toBe(false);
  });

  it('splits a result cell holding the value and a garbled unit instead of joining their digits', () => {
    // No unit header read: "61.1 %" came out as one box "61.1 96" in the result column (was 61.196).
    const boxes = tableBoxes({
      x: 20,
      y: 100,
      colX: [0, 160, 260],
      header: ['项目', '结果', '参考范围'],
      rows: [
        ['中性粒细胞百分比', '61.1 96', '40.0-75.0'],
        ['平均红细胞血红蛋白浓度', '320 o', '316-354'],
      ],
    });
    const r = parseOcrLabReport([{ page: 1, boxes }], { sourceId: 's' });
    expect(r.observations.map((o) => [o.testId, o.value, o.unit, o.flag.value])).toEqual([
      ['neut_pct', 61.1, '%', 'N'],
      ['mchc', 320, 'o', 'N'],
    ]);
    // "o" fits no unit of MCHC: shown as read, for review (it was the value 3200 before).
    expect(r.observations[1]?.needsReview).toBe(true);
  });

  it('marks every field of a low-score photo for review', () => {
    const r = parseOcrLabReport([{ page: 1, boxes: cbcPage(LEFT, RIGHT, 0.6) }], { sourceId: 's' });
    expect(r.observations.length).toBe(24);
    expect(r.observations.every((o) => o.needsReview)).toBe(true);
  });

  it('resolves OCR-noisy names (自细胞计数, 白细施计数) with the table context', () => {
    const rows: Truth[] = [
      ['自细胞计数', '6.5', '10^9/L', '3.5-9.5', '', 'wbc', 'N'],
      ['红细施计数', '4.5', '10^12/L', '4.3-5.8', '', 'rbc', 'N'],
      ['白细胞', '7.0', '10^9/L', '3.5-9.5', '', 'wbc', 'N'],
    ];
    const r = parseOcrLabReport([{ page: 1, boxes: cbcPage(rows, []) }], { sourceId: 's' });
    expect(r.observations.map((o) => [o.testId, o.needsReview])).toEqual([
      ['wbc', false],
      ['rbc', false],
      ['wbc', false],
    ]);
  });

  it('returns no observations and a warning for empty input, an empty page and garbage text', () => {
    for (const pages of [
      [],
      [{ page: 1, boxes: [] }],
      [
        {
          page: 1,
          boxes: [
            textBox('姓名：张三  性别：男  年龄：45岁', 0, 0),
            textBox('电话 010 12345678', 0, 30),
            textBox('#$%^&*', 0, 60),
            textBox('2024-03-05', 0, 90),
          ],
        },
      ],
    ]) {
      const r = parseOcrLabReport(pages, { sourceId: 's' });
      expect(r.observations).toEqual([]);
      expect(r.warnings.map((w) => w.code)).toContain('no_lab_table_found');
    }
  });

  it('falls back to line parsing on a page without a table header', () => {
    const boxes = [
      textBox('血红蛋白', 0, 0),
      textBox('128', 120, 0),
      textBox('g/L', 180, 0),
      textBox('130-175', 240, 0),
      textBox('谷丙转氨酶 35 U/L 9-50', 0, 30),
      textBox('门诊号 123456', 0, 60),
    ];
    const r = parseOcrLabReport([{ page: 1, boxes }], { sourceId: 's' });
    expect(r.observations.map((o) => [o.testId, o.value, o.unit, o.flag.value])).toEqual([
      ['hgb', 128, 'g/L', 'L'],
      ['alt', 35, 'U/L', 'N'],
    ]);
  });

  it('warns about a row whose value was not read, instead of dropping it silently', () => {
    const rows: Truth[] = [
      ['白细胞计数', '6.5', '10^9/L', '3.5-9.5', '', 'wbc', 'N'],
      ['血小板计数', '', '10^9/L', '125-350', '', 'plt', 'N'],
      ['红细胞计数', '4.5', '10^12/L', '4.3-5.8', '', 'rbc', 'N'],
    ];
    const r = parseOcrLabReport([{ page: 1, boxes: cbcPage(rows, []) }], { sourceId: 's' });
    expect(r.observations.map((o) => o.testId)).toEqual(['wbc', 'rbc']);
    expect(r.warnings.map((w) => w.code)).toContain('header_without_rows');
    expect(r.warnings.find((w) => w.code === 'row_without_value')?.evidence[0]?.locator.kind).toBe('image');
  });
});
