import { describe, expect, it } from 'vitest';
import { enrolmentForDiagnosis, enrolmentsForDiagnoses } from './enrolment-for-diagnosis.ts';
import { YizhuError } from '../errors/index.ts';

describe('enrolmentForDiagnosis', () => {
  it.each([
    ['I10', 'hypertension', 'direct'],
    ['I10.x00x002', 'hypertension', 'direct'],
    ['i11.9', 'hypertension', 'direct'],
    ['I12.000', 'hypertension', 'direct'],
    ['I13', 'hypertension', 'direct'],
    ['I15.0', 'hypertension', 'review'],
    ['E11', 't2dm', 'direct'],
    ['E11.900', 't2dm', 'direct'],
    [' E14.9 ', 't2dm', 'review'],
  ] as const)('%s → %s (%s)', (code, programme, match) => {
    expect(enrolmentForDiagnosis(code)).toMatchObject({ programme, match });
  });

  it.each(['E10.9', 'I20.0', 'O24.4', 'J45'])('%s is not a programme diagnosis', (code) => {
    expect(enrolmentForDiagnosis(code)).toBeNull();
  });

  it('proposes review under the standard minimum age of 35, never refuses', () => {
    const p = enrolmentForDiagnosis('I10', { ageYears: 30 });
    expect(p?.match).toBe('review');
    expect(p?.reviewReasons[0]?.zh).toContain('35');
    expect(enrolmentForDiagnosis('I10', { ageYears: 35 })?.match).toBe('direct');
  });

  it('rejects strings that are not ICD-10 codes', () => {
    for (const bad of ['高血压', 'I1O', '110', ''])
      expect(() => enrolmentForDiagnosis(bad)).toThrow(YizhuError);
  });

  it('gives one proposal per programme, preferring a direct match', () => {
    const ps = enrolmentsForDiagnoses(['I15.0', 'I10', 'E11.9', 'K29.7']);
    expect(ps.map((p) => [p.programme, p.category, p.match])).toEqual([
      ['hypertension', 'I10', 'direct'],
      ['t2dm', 'E11', 'direct'],
    ]);
  });
});
