import { describe, expect, it } from 'vitest';
import type { Evidence } from '../types/evidence.ts';
import { buildLabObservation, LAB_REVIEW_THRESHOLD, type RawLabRow } from './build-lab-observation.ts';

const at = (x: number): Evidence[] => [
  { sourceId: 's', locator: { kind: 'image', page: 1, box: [x, 10, 40, 16] } },
];
const row = (
  name: string,
  value: string,
  unit?: string,
  range?: string,
  flag?: string,
  score = 0.98,
): RawLabRow => ({
  name: { text: name, score, evidence: at(0) },
  value: { text: value, score, evidence: at(100) },
  ...(unit !== undefined ? { unit: { text: unit, score, evidence: at(200) } } : {}),
  ...(range !== undefined ? { range: { text: range, score, evidence: at(300) } } : {}),
  ...(flag !== undefined ? { flag: { text: flag, score, evidence: at(400) } } : {}),
});

describe('buildLabObservation', () => {
  it('reviews an abnormal whole number beside a range printed with decimals (a lost point)', () => {
    // "45" for 4.5 beside 3.0-10.0: read as printed, it was flagged H with full confidence.
    const lost = buildLabObservation(row('MONO%', '45', '%', '3.0-10.0'));
    expect(lost).toMatchObject({ value: 45, flag: { value: 'H' }, needsReview: true });
    expect(lost?.reviewReasons).toContain('value_low_confidence');
    expect(buildLabObservation(row('MONO%', '4.5', '%', '3.0-10.0'))?.needsReview).toBe(false);
    expect(buildLabObservation(row('MONO%', '12.5', '%', '3.0-10.0'))?.needsReview).toBe(false);
    // Ranges printed as whole numbers say nothing about the value's point.
    expect(buildLabObservation(row('ALT', '75', 'U/L', '9-50'))?.needsReview).toBe(false);
  });

  it('builds a clean observation with code, unit, range, flag and per-field evidence', () => {
    const o = buildLabObservation(row('白细胞计数', '12.5', '10~9/L', '3.5-9.5', '↑'));
    expect(o).toMatchObject({
      testId: 'wbc',
      code: { system: 'http://loinc.org', code: '6690-2' },
      display: { zh: '白细胞计数', en: 'White blood cell count' },
      value: 12.5,
      unit: '10^9/L',
      referenceRange: { low: 3.5, high: 9.5 },
      flag: { printed: 'H', computed: 'H', value: 'H' },
      flagConflict: false,
      needsReview: false,
      reviewReasons: [],
    });
    expect(o?.fieldEvidence.value).toEqual(at(100));
    expect(o?.fieldEvidence.flag).toEqual(at(400));
    expect(o?.evidence).toHaveLength(5);
    for (const c of Object.values(o?.confidence ?? {}))
      expect(c).toBeGreaterThanOrEqual(LAB_REVIEW_THRESHOLD);
  });

  it('marks a printed/computed flag disagreement as a conflict for review', () => {
    const o = buildLabObservation(row('血小板计数', '250', '10^9/L', '125-350', '↑'));
    expect(o).toMatchObject({ flag: { printed: 'H', computed: 'N' }, flagConflict: true, needsReview: true });
    expect(o?.reviewReasons).toContain('flag_conflict');
    expect(o?.confidence.flag).toBeLessThan(LAB_REVIEW_THRESHOLD);
  });

  it('marks a low OCR score on the value for review, keeping the value visible', () => {
    const r = row('血红蛋白', '135', 'g/L', '130-175');
    r.value = { text: '135', score: 0.62, evidence: at(100) };
    const o = buildLabObservation(r);
    expect(o).toMatchObject({ value: 135, needsReview: true });
    expect(o?.confidence.value).toBe(0.62);
    expect(o?.reviewReasons).toContain('value_low_confidence');
  });

  it('catches a lost decimal point: far outside the range and, with arrows expected, a flag conflict', () => {
    const o = buildLabObservation(row('白细胞计数', '65', '10^9/L', '3.5-9.5'), { expectPrintedFlags: true });
    expect(o?.needsReview).toBe(true);
    expect(o?.reviewReasons).toEqual(expect.arrayContaining(['flag_conflict', 'value_far_out_of_range']));
    const implausible = buildLabObservation(row('平均红细胞体积', '902', 'fL', '82-100'));
    expect(implausible?.reviewReasons).toContain('value_implausible');
  });

  it('shows a missing or garbled unit as the only unit of its test, for review; a unit of another kind is a mismatch', () => {
    const missing = buildLabObservation(row('白细胞计数', '6.5', undefined, '3.5-9.5'), { panelHint: 'cbc' });
    expect(missing).toMatchObject({ unit: '10^9/L', needsReview: true });
    expect(missing?.reviewReasons).toContain('unit_assumed');
    expect(missing!.confidence.unit).toBeLessThan(LAB_REVIEW_THRESHOLD);
    const garbled = buildLabObservation(row('平均红细胞体积', '88.3', '凡', '82-100'));
    expect(garbled).toMatchObject({ unit: 'fL', needsReview: true });
    // Several valid units (mmol/L or mg/dL): nothing to go by, so nothing is filled in.
    const glucose = buildLabObservation(row('葡萄糖', '5.1', undefined, '3.9-6.1'));
    expect(glucose?.unit).toBeUndefined();
    expect(glucose?.reviewReasons).toContain('unit_missing');
    const wrong = buildLabObservation(row('白细胞计数', '6.5', '10^12/L', '3.5-9.5'));
    expect(wrong?.unit).toBe('10^12/L');
    expect(wrong?.reviewReasons).toContain('unit_mismatch');
  });

  it('converts alternative units to the default and picks the LOINC code of the reported property', () => {
    const o = buildLabObservation(row('葡萄糖', '100', 'mg/dl', '70-99'));
    expect(o).toMatchObject({
      testId: 'glu',
      unit: 'mg/dL',
      canonical: { value: 5.551, unit: 'mmol/L' },
      code: { code: '2345-7' },
    });
    const si = buildLabObservation(row('肌酐', '80', 'umol/L', '57-111'));
    expect(si).toMatchObject({ testId: 'crea', unit: 'μmol/L', code: { code: '14682-9' } });
    expect(si?.canonical).toBeUndefined();
    const uncertain = buildLabObservation(row('总胆固醇', '5.1', 'mmol/L', '<5.2'));
    expect(uncertain?.code).toMatchObject({ code: '14647-2', uncertain: true });
    expect(uncertain?.needsReview).toBe(false);
  });

  it('reads qualitative urinalysis results and computes their flag', () => {
    const o = buildLabObservation(row('尿蛋白', '++', '', '阴性'));
    expect(o).toMatchObject({ testId: 'u_pro', value: '2+', flag: { computed: 'A' }, needsReview: false });
    const leu = buildLabObservation(row('白细胞', '阴性', '', '阴性'));
    expect(leu).toMatchObject({ testId: 'u_leu', value: 'negative', flag: { computed: 'N' } });
  });

  it('does not read "-" in a count column as a negative result', () => {
    const o = buildLabObservation(row('血小板计数', '-', '10^9/L', '125-350'));
    expect(o).toMatchObject({ value: '-', needsReview: true });
    expect(o?.reviewReasons).toContain('value_unparsed');
  });

  it('keeps an unknown test name visible, uncoded, for review', () => {
    const o = buildLabObservation(row('超敏C反应蛋白', '3.2', 'mg/L', '0-5'));
    expect(o).toMatchObject({ display: { zh: '超敏C反应蛋白' }, value: 3.2, needsReview: true });
    expect(o?.code).toBeUndefined();
    expect(o?.reviewReasons).toContain('name_unknown');
  });

  it('returns undefined when there is no value at all', () => {
    expect(buildLabObservation({ name: { text: '白细胞计数' } })).toBeUndefined();
    expect(buildLabObservation({ name: { text: '白细胞计数' }, value: { text: '  ' } })).toBeUndefined();
  });

  it('keeps sex-split ranges as text without computing a flag', () => {
    const o = buildLabObservation(row('血红蛋白', '125', 'g/L', '男:130-175 女:115-150'));
    expect(o).toMatchObject({
      referenceRange: { text: '男:130-175 女:115-150' },
      flag: { computed: undefined },
      needsReview: false,
    });
  });

  it('trusts a LOINC code from a structured source over the printed name', () => {
    const o = buildLabObservation({
      name: { text: 'Leukocytes' },
      value: { text: '7.1' },
      unit: { text: '10*9/L' },
      loinc: '6690-2',
    });
    expect(o).toMatchObject({ testId: 'wbc', code: { code: '6690-2' }, unit: '10^9/L', needsReview: false });
    const unknown = buildLabObservation({
      name: { text: 'Ferritin' },
      value: { text: '80' },
      unit: { text: 'ug/L' },
      loinc: '2276-4',
    });
    expect(unknown).toMatchObject({ code: { code: '2276-4' }, display: { en: 'Ferritin' } });
    expect(unknown?.testId).toBeUndefined();
  });
});
