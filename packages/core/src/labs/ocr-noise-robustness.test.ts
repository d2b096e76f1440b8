import { describe, expect, it } from 'vitest';
import { tableBoxes, textBox } from './lab-test-fixtures.ts';
import type { LabObservation } from './lab-observation.ts';
import { fitLabUnit, normaliseLabUnit } from './normalise-lab-unit.ts';
import { parseLabValue } from './parse-lab-value.ts';
import { parseOcrLabReport } from './parse-ocr-lab-report.ts';
import { parseReferenceRange } from './parse-reference-range.ts';
import { reconstructLabTables, type OcrTextBox } from './reconstruct-lab-table.ts';

/**
 * The OCR faults found by `npm run eval -- labs --diagnose` on degraded phone photos, one test per
 * cause: each either is repaired to the printed truth or ends up marked for review — never a
 * confidently wrong field.
 */

const WITH_FLAGS = { header: ['项目', '结果', '提示', '单位', '参考范围'], colX: [0, 160, 215, 245, 320] };
const INLINE = { header: ['项目', '结果', '单位', '参考范围'], colX: [0, 160, 245, 320] };

function read(layout: { header: string[]; colX: number[] }, rows: string[][]): LabObservation[] {
  const boxes: OcrTextBox[] = [
    textBox('某某医院检验报告单', 120, 10),
    ...tableBoxes({ x: 20, y: 60, ...layout, rows }),
  ];
  return parseOcrLabReport([{ page: 1, boxes }], { sourceId: 's' }).observations;
}

const byId = (obs: LabObservation[], id: string) => obs.find((o) => o.testId === id);

describe('confidently wrong causes (eval diagnostics)', () => {
  it('reviews a trailing 1 that may be an inline arrow read as a digit ("69↓" → 691)', () => {
    const obs = read(INLINE, [
      ['血小板计数', '691', '10^9/L', '125-350'],
      ['白蛋白', '64.21', 'g/L', '40-55'],
      ['嗜酸性粒细胞百分比', '0.21', '%', '0.4-8.0'],
      ['白细胞计数', '12.5 ↑', '10^9/L', '3.5-9.5'],
    ]);
    for (const id of ['plt', 'alb', 'eo_pct']) {
      const o = byId(obs, id);
      expect(o?.needsReview, id).toBe(true);
      expect(o?.reviewReasons, id).toContain('value_arrow_suspected');
    }
    // A value with its arrow read is not suspected.
    expect(byId(obs, 'wbc')?.reviewReasons).not.toContain('value_arrow_suspected');
  });

  it('does not suspect a trailing 1 when dropping it leaves a normal value, or where arrows have a column', () => {
    const inline = read(INLINE, [['白细胞计数', '5.51', '10^9/L', '3.5-9.5']]);
    expect(byId(inline, 'wbc')?.needsReview).toBe(false);
    const column = read(WITH_FLAGS, [['血小板计数', '691', '↑', '10^9/L', '125-350']]);
    expect(byId(column, 'plt')?.reviewReasons).not.toContain('value_arrow_suspected');
  });
});

describe('merged boxes', () => {
  it('splits a name and value the detector merged into one name-column box', () => {
    const boxes = [
      ...tableBoxes({ x: 20, y: 60, ...WITH_FLAGS, rows: [['白细胞计数', '6.5', '', '10^9/L', '3.5-9.5']] }),
      textBox('平均红细胞血红蛋白浓度176', 20, 60 + 2 * 24),
      textBox('↓', 20 + 215, 60 + 2 * 24),
      textBox('g/L', 20 + 245, 60 + 2 * 24),
      textBox('316-354', 20 + 320, 60 + 2 * 24),
    ];
    const [t] = reconstructLabTables([{ page: 1, boxes }], 's');
    expect(t?.rows[1]?.cells.name?.text).toBe('平均红细胞血红蛋白浓度');
    expect(t?.rows[1]?.cells.value?.text).toBe('176');
    const mchc = byId(parseOcrLabReport([{ page: 1, boxes }], { sourceId: 's' }).observations, 'mchc');
    expect(mchc).toMatchObject({ value: 176, unit: 'g/L', flag: { value: 'L' }, needsReview: false });
  });

  it('moves English name words that spilled into the result column back to the name', () => {
    const [t] = reconstructLabTables(
      [
        {
          page: 1,
          boxes: tableBoxes({
            x: 0,
            y: 0,
            colX: [0, 130, 260, 330],
            header: ['Test', 'Result', 'Unit', 'Reference range'],
            rows: [['Gamma-glutamyl', 'transferase56', 'U/L', '10-60']],
          }),
        },
      ],
      's',
    );
    expect(t?.rows[0]?.cells.name?.text).toBe('Gamma-glutamyl transferase');
    expect(t?.rows[0]?.cells.value?.text).toBe('56');
  });

  it('splits header words merged into one box ("提示单位")', () => {
    const boxes = [
      textBox('项目', 20, 60),
      textBox('结果', 180, 60),
      { text: '提示单位', box: [235, 60, 91, 16] as [number, number, number, number], score: 1 },
      textBox('参考范围', 340, 60),
      ...tableBoxes({
        x: 20,
        y: 60,
        ...WITH_FLAGS,
        header: [],
        rows: [[], ['白细胞计数', '6.5', '', '10^9/L', '3.5-9.5']],
      }),
    ];
    const [t] = reconstructLabTables([{ page: 1, boxes }], 's');
    expect(t?.columns.map((c) => c.role)).toEqual(['name', 'value', 'flag', 'unit', 'range']);
    expect(t?.rows[0]?.cells.unit?.text).toBe('10^9/L');
  });

  it('splits a unit cell that swallowed the range, and a range cell that starts with the unit', () => {
    const obs = read(INLINE, [
      ['淋巴细胞百分比', '36.1', '620.0-50.0', ''],
      ['白细胞计数', '8.93', '', '10^9/L 3.50-9.50'],
      ['中性粒细胞绝对值', '3.86', '10^9/L1.80-6.30', ''],
    ]);
    expect(byId(obs, 'lymph_pct')).toMatchObject({ unit: '%', referenceRange: { low: 20, high: 50 } });
    expect(byId(obs, 'wbc')).toMatchObject({ unit: '10^9/L', referenceRange: { low: 3.5, high: 9.5 } });
    expect(byId(obs, 'neut_abs')).toMatchObject({ unit: '10^9/L', referenceRange: { low: 1.8, high: 6.3 } });
  });

  it('moves a garbled unit out of the range cell, where the test decides what it was (harsh photos)', () => {
    const obs = read(INLINE, [
      ['平均红细胞体积', '88.1', '', 'L. 82.0-100.0'],
      ['白细胞计数', '6.1', '', '男 3.5-9.5'],
    ]);
    // The range reads again, and "L." is fitted to the test's only unit, below the review line.
    expect(byId(obs, 'mcv')).toMatchObject({ unit: 'fL', referenceRange: { low: 82, high: 100 } });
    // A sex label is not a unit.
    expect(byId(obs, 'wbc')?.referenceRange?.text).toBe('男 3.5-9.5');
  });
});

describe('units tolerant of OCR noise, but only to units valid for the test', () => {
  it('repairs short units against the test’s own units', () => {
    for (const s of ['fL', 'fl', 'FL', 'fL.', 'L', 'f', 'fI'])
      expect(fitLabUnit(s, ['fL'])?.unit, s).toBe('fL');
    for (const s of ['6', '96', '0%', '%']) expect(fitLabUnit(s, ['%'])?.unit, s).toBe('%');
    expect(fitLabUnit('umol/I', ['μmol/L'])?.unit).toBe('μmol/L');
    expect(fitLabUnit('pq', ['pg'])?.unit).toBe('pg');
    expect(fitLabUnit('10^9/', ['10^9/L'])?.unit).toBe('10^9/L');
  });

  it('never produces a unit the test is not reported in, and refuses a near tie', () => {
    expect(fitLabUnit('mg/dL', ['mmol/L'])).toBeUndefined();
    expect(fitLabUnit('g/L', ['fL'])).toBeUndefined();
    expect(fitLabUnit('mg/L', ['mg/dL', 'mmol/L', 'g/L'])).toBeUndefined(); // mg/dL and g/L equally near
  });

  it('strips trailing specks from a unit', () => {
    expect(normaliseLabUnit('fL.')).toMatchObject({ unit: 'fL', known: true });
    expect(normaliseLabUnit('g/L,')).toMatchObject({ unit: 'g/L', known: true });
  });

  it('reads fL misread as "L" in a blood count row, with the unit marked repaired but not the row', () => {
    const obs = read(WITH_FLAGS, [['平均红细胞体积', '87.4', '', 'L', '82.0-100.0']]);
    expect(byId(obs, 'mcv')).toMatchObject({ unit: 'fL', needsReview: false });
    // A unit belonging to another test is not bent into this one's.
    const wrong = read(WITH_FLAGS, [['平均红细胞体积', '87.4', '', 'g/L', '82.0-100.0']]);
    expect(byId(wrong, 'mcv')?.reviewReasons).toContain('unit_mismatch');
  });
});

describe('flags: recomputed from value and range, unreadable arrows as corroboration', () => {
  it('takes an unreadable mark beside an abnormal value as corroboration, against a normal one as conflict', () => {
    expect(parseLabValue('10.5!')).toMatchObject({ kind: 'number', value: 10.5, unreadMark: true });
    const obs = read(INLINE, [
      ['淋巴细胞百分比', '10.5!', '%', '20.0-50.0'],
      ['单核细胞百分比', '6.0!', '%', '3.0-10.0'],
    ]);
    expect(byId(obs, 'lymph_pct')).toMatchObject({ value: 10.5, flag: { value: 'L' }, needsReview: false });
    expect(byId(obs, 'mono_pct')).toMatchObject({ flagConflict: true, needsReview: true });
  });

  it('treats junk in the flag column the same way', () => {
    const obs = read(WITH_FLAGS, [
      ['红细胞计数', '6.74', 'T', '10^12/L', '4.30-5.80'],
      ['血红蛋白', '150', '}', 'g/L', '130-175'],
    ]);
    expect(byId(obs, 'rbc')).toMatchObject({ flag: { value: 'H' }, needsReview: false });
    expect(byId(obs, 'hgb')?.reviewReasons).toContain('flag_conflict');
  });

  it('still reviews a printed arrow that disagrees with the value', () => {
    const obs = read(WITH_FLAGS, [['血红蛋白', '150', '↑', 'g/L', '130-175']]);
    expect(byId(obs, 'hgb')?.reviewReasons).toContain('flag_conflict');
  });
});

describe('reference ranges with a lost dash', () => {
  it('cuts where both bounds have the same decimals, below the review threshold', () => {
    expect(parseReferenceRange('0.48.0')).toMatchObject({ range: { low: 0.4, high: 8 }, bounded: true });
    expect(parseReferenceRange('7.412.5')?.range).toMatchObject({ low: 7.4, high: 12.5 });
    expect(parseReferenceRange('3.420.5')?.confidence).toBeLessThan(0.85);
    // Two equally valid cuts: not guessed.
    expect(parseReferenceRange('1.11.11.1')?.bounded).toBe(false);
  });
});
