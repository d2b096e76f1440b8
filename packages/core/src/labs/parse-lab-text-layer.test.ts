import { describe, expect, it } from 'vitest';
import { parseLabTextLayer } from './parse-lab-text-layer.ts';

const TEXT = [
  '某某大学附属医院 检验报告单',
  '姓名：张三   性别：男   样本类型：血清',
  '采样时间：2024/03/05 07:50',
  '项目            结果     单位       参考范围',
  '丙氨酸氨基转移酶  62 ↑   U/L        9-50',
  '肌酐(Cr)        88      umol/L     57-111',
  '甘油三酯        2.10 H   mmol/L     <1.7',
  '葡萄糖          126     mg/dl      70-99',
  '备注：本结果仅对所检标本负责',
].join('\n');

describe('parseLabTextLayer (plain text)', () => {
  it('parses lines with text-span evidence that points at the printed characters', () => {
    const r = parseLabTextLayer(TEXT, { sourceId: 'pdf-1' });
    expect(r.observations.map((o) => [o.testId, o.value, o.unit, o.flag.value, o.needsReview])).toEqual([
      ['alt', 62, 'U/L', 'H', false],
      ['crea', 88, 'μmol/L', 'N', false],
      ['tg', 2.1, 'mmol/L', 'H', false],
      ['glu', 126, 'mg/dL', 'H', true], // computed H, but no printed arrow on a report that prints them
    ]);
    const alt = r.observations[0];
    const loc = alt?.fieldEvidence.value?.[0]?.locator;
    expect(loc?.kind).toBe('text');
    if (loc?.kind === 'text') expect(TEXT.slice(loc.charStart, loc.charEnd)).toBe('62');
    expect(r.observations[3]?.canonical).toEqual({ value: 6.994, unit: 'mmol/L' });
    expect(r.meta).toMatchObject({
      specimen: { zh: '血清' },
      effective: '2024-03-05T07:50:00',
      laboratory: '某某大学附属医院',
    });
  });

  it('finds nothing in empty or non-lab text', () => {
    for (const t of ['', '\n\n', '尊敬的患者：请于三日内复诊。电话 010-12345678', 'Lorem ipsum 42 dolor']) {
      const r = parseLabTextLayer(t, { sourceId: 's' });
      expect(r.observations).toEqual([]);
      expect(r.warnings.map((w) => w.code)).toEqual(['no_lab_table_found']);
    }
  });
});

describe('parseLabTextLayer (positioned items)', () => {
  it('rebuilds the table from item positions with page-box evidence', () => {
    const items = [
      { text: 'Test', page: 1, box: [50, 100, 30, 10] as [number, number, number, number] },
      { text: 'Result', page: 1, box: [250, 100, 40, 10] as [number, number, number, number] },
      { text: 'Unit', page: 1, box: [330, 100, 30, 10] as [number, number, number, number] },
      { text: 'Reference range', page: 1, box: [400, 100, 90, 10] as [number, number, number, number] },
      { text: 'HbA1c', page: 1, box: [50, 120, 40, 10] as [number, number, number, number] },
      { text: '7.2', page: 1, box: [250, 120, 20, 10] as [number, number, number, number] },
      { text: '%', page: 1, box: [330, 120, 10, 10] as [number, number, number, number] },
      { text: '4.0-6.0', page: 1, box: [400, 120, 45, 10] as [number, number, number, number] },
    ];
    const r = parseLabTextLayer(items, { sourceId: 'pdf-2' });
    expect(r.observations).toHaveLength(1);
    expect(r.observations[0]).toMatchObject({
      testId: 'hba1c',
      value: 7.2,
      unit: '%',
      flag: { value: 'H' },
      confidence: { value: 1 },
    });
    expect(r.observations[0]?.fieldEvidence.value).toEqual([
      { sourceId: 'pdf-2', locator: { kind: 'image', page: 1, box: [250, 120, 20, 10] } },
    ]);
  });
});
