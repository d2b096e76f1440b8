import { describe, expect, it } from 'vitest';
import { tableBoxes, textBox } from './lab-test-fixtures.ts';
import { LAB_LEXICON } from './lab-lexicon.ts';
import { matchLabNameLoosely } from './match-lab-name-loosely.ts';
import { parseOcrLabReport } from './parse-ocr-lab-report.ts';

const cbc = LAB_LEXICON.tests.filter((t) => t.panel === 'cbc');
const INLINE = { header: ['项目', '结果', '单位', '参考范围'], colX: [0, 160, 245, 320] };

/** A blood count read cleanly except for the rows given, as OCR of a blurred, faint photo reads them. */
function bloodCount(garbled: string[][]) {
  const rows = [
    ['白细胞计数', '6.5', '10^9/L', '3.5-9.5'],
    ['中性粒细胞百分比', '60.1', '%', '40-75'],
    ['淋巴细胞百分比', '30.2', '%', '20-50'],
    ['单核细胞百分比', '6.0', '%', '3-10'],
    ['嗜酸性粒细胞百分比', '2.0', '%', '0.4-8.0'],
    ['中性粒细胞绝对值', '3.90', '10^9/L', '1.80-6.30'],
    ['淋巴细胞绝对值', '1.96', '10^9/L', '1.10-3.20'],
    ['嗜酸性粒细胞绝对值', '0.13', '10^9/L', '0.02-0.52'],
    ...garbled,
  ];
  const boxes = [textBox('某某医院检验报告单', 120, 10), ...tableBoxes({ x: 20, y: 60, ...INLINE, rows })];
  return parseOcrLabReport([{ page: 1, boxes }], { sourceId: 's' }).observations;
}

describe('matchLabNameLoosely', () => {
  it('takes the clearly nearest test of a short list', () => {
    const pool = cbc.filter((t) => ['baso_pct', 'mono_pct', 'hct'].includes(t.id));
    expect(matchLabNameLoosely('墙城性粒脂附百分比', pool)?.id).toBe('baso_pct');
    expect(matchLabNameLoosely('红组抱压积', pool)?.id).toBe('hct');
  });

  it('gives nothing when two tests are about as near, the name is too short or too far', () => {
    const pool = cbc.filter((t) => ['eo_pct', 'baso_pct'].includes(t.id));
    expect(matchLabNameLoosely('墙城性粒脂附百分比', pool)).toBeUndefined();
    expect(matchLabNameLoosely('红细', cbc)).toBeUndefined();
    expect(matchLabNameLoosely('标本采集时间', cbc)).toBeUndefined();
  });
});

describe('names settled by the rest of the table', () => {
  it('breaks a name tie in favour of the test no other row was read as, and has it reviewed', () => {
    // 嗜?性粒细胞绝对值 with the first glyphs lost: eosinophils or basophils; eosinophils are taken.
    const obs = bloodCount([['嗜性粒细胞绝对值', '0.03', '10^9/L', '0-0.06']]);
    const row = obs.find((o) => o.valueText === '0.03');
    expect(row?.testId).toBe('baso_abs');
    expect(row?.needsReview).toBe(true);
    expect(row?.reviewReasons).toContain('name_uncertain');
  });

  it('does not let a garbled unit cell rule every test out', () => {
    // Faint print, motion blur: name and unit garbled together. The unit says nothing then.
    const obs = bloodCount([['墙城性粒脂附百分比', '0.7', '火', '0-1']]);
    const row = obs.find((o) => o.valueText === '0.7');
    expect(row?.testId).toBe('baso_pct');
    expect(row?.needsReview).toBe(true);
  });

  it('reads a garbled name as the one fitting test of the panel still free, and has it reviewed', () => {
    const obs = bloodCount([
      ['墙城性粒脂附百分比', '0.7', '%', '0-1'],
      ['红组抱压积', '45.2', '%', '40-50'],
    ]);
    expect(obs.find((o) => o.valueText === '0.7')?.testId).toBe('baso_pct');
    const hct = obs.find((o) => o.valueText === '45.2');
    expect(hct?.testId).toBe('hct');
    expect(hct?.reviewReasons).toContain('name_uncertain');
    expect(hct?.needsReview).toBe(true);
  });

  it('leaves a garbled name unknown outside a recognised panel', () => {
    const boxes = [
      textBox('某某医院检验报告单', 120, 10),
      ...tableBoxes({ x: 20, y: 60, ...INLINE, rows: [['红组抱压积', '45.2', '%', '40-50']] }),
    ];
    const [o] = parseOcrLabReport([{ page: 1, boxes }], { sourceId: 's' }).observations;
    expect(o?.testId).toBeUndefined();
    expect(o?.reviewReasons).toContain('name_unknown');
  });
});
