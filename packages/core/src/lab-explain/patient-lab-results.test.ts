import { describe, expect, it } from 'vitest';
import { explainLabReport } from './explain-lab-report.ts';
import { labExplainObservations } from './lab-explain-fixtures.ts';
import { patientLabResults } from './patient-lab-results.ts';

describe('patientLabResults', () => {
  const obs = labExplainObservations();
  const rows = patientLabResults(obs);

  it('lists every result with value, unit, usual range and flag', () => {
    expect(rows).toHaveLength(obs.length);
    expect(rows[0]).toMatchObject({
      value: { zh: '12.5', en: '12.5' },
      unit: '10^9/L',
      range: { zh: '3.5–9.5 10^9/L' },
      flag: 'high',
      toCheck: false,
    });
    expect(rows[1]).toMatchObject({ value: { zh: '128' }, unit: 'g/L', flag: 'low' });
    expect(rows[3]).toMatchObject({ value: { zh: '阴性', en: 'negative' }, unit: null, flag: 'normal' });
    expect(rows[4]).toMatchObject({ value: { en: '4.1' }, flag: 'normal' });
  });

  it('shows no number where the explanation says the doctor will check', () => {
    const checked = explainLabReport(obs)
      .sentences.filter((s) => s.kind === 'check')
      .map((s) => s.observation);
    expect(checked.length).toBeGreaterThan(0);
    for (const i of checked)
      expect(rows[i!]).toEqual(expect.objectContaining({ value: null, flag: null, toCheck: true }));
    expect(rows.filter((r) => r.toCheck)).toHaveLength(checked.length);
  });
});
