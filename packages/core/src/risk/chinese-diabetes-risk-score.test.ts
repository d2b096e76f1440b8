import { describe, expect, it } from 'vitest';
import { chineseDiabetesRiskScore, type CdrsInput } from './chinese-diabetes-risk-score.ts';
import { YizhuError } from '../errors/index.ts';

const i = (
  sex: 'male' | 'female',
  ageYears: number,
  bmi: number,
  waistCm: number,
  systolic: number,
  familyHistoryDiabetes: boolean,
): CdrsInput => ({
  sex,
  ageYears,
  bmi,
  waistCm,
  systolic,
  familyHistoryDiabetes,
});

describe('chineseDiabetesRiskScore — spec §4.2 worked examples', () => {
  it.each([
    [
      'CDRS-1 M 52, BMI 26, waist 88, SBP 135, no FH',
      i('male', 52, 26, 88, 135, false),
      31,
      'high',
      { age: 13, bmi: 3, waist: 7, systolic: 6, familyHistory: 0, sex: 2 },
    ],
    [
      'CDRS-2 F 30, BMI 21, waist 68, SBP 105, no FH',
      i('female', 30, 21, 68, 105, false),
      4,
      'low',
      { age: 4, bmi: 0, waist: 0, systolic: 0, familyHistory: 0, sex: 0 },
    ],
    [
      'CDRS-3 F 45, BMI 24.5, waist 82, SBP 128, FH',
      i('female', 45, 24.5, 82, 128, true),
      31,
      'high',
      { age: 12, bmi: 3, waist: 7, systolic: 3, familyHistory: 6, sex: 0 },
    ],
    [
      'CDRS-4 M 38, BMI 23.5, waist 84.9, SBP 119, no FH',
      i('male', 38, 23.5, 84.9, 119, false),
      17,
      'low',
      { age: 8, bmi: 1, waist: 5, systolic: 1, familyHistory: 0, sex: 2 },
    ],
    [
      'CDRS-5 M 74, BMI 31, waist 100, SBP 165, FH',
      i('male', 74, 31, 100, 165, true),
      51,
      'high',
      { age: 18, bmi: 5, waist: 10, systolic: 10, familyHistory: 6, sex: 2 },
    ],
  ] as const)('%s → %i', (_id, input, score, band, points) => {
    const r = chineseDiabetesRiskScore(input);
    expect(r).toMatchObject({ computed: true, score, band, points });
  });
});

describe('chineseDiabetesRiskScore — edges and bad input', () => {
  it.each([
    // [age, points] at each band edge
    [20, 0],
    [24, 0],
    [25, 4],
    [34, 4],
    [35, 8],
    [39, 8],
    [40, 11],
    [45, 12],
    [50, 13],
    [55, 15],
    [60, 16],
    [64, 16],
    [65, 18],
    [74, 18],
  ])('age %i → %i points', (age, pts) => {
    const r = chineseDiabetesRiskScore(i('female', age, 20, 60, 100, false));
    expect(r.computed && r.points.age).toBe(pts);
  });

  it('BMI 23.9 vs 24.0 and waist at the sex-specific cut-offs', () => {
    const bmi = (b: number) => chineseDiabetesRiskScore(i('male', 40, b, 70, 100, false));
    expect(
      [21.99, 22, 23.9, 24, 29.9, 30].map((b) => {
        const r = bmi(b);
        return r.computed && r.points.bmi;
      }),
    ).toEqual([0, 1, 1, 3, 3, 5]);
    const w = (sex: 'male' | 'female', cm: number) => {
      const r = chineseDiabetesRiskScore(i(sex, 40, 20, cm, 100, false));
      return r.computed && r.points.waist;
    };
    expect([
      w('male', 74.9),
      w('male', 75),
      w('male', 95),
      w('female', 69.9),
      w('female', 70),
      w('female', 90),
    ]).toEqual([0, 3, 10, 0, 3, 10]);
  });

  it('24 is low, 25 is high (≥25) and high risk recommends OGTT', () => {
    // female 40 y (11) + BMI 24 (3) + waist 80 (7) + SBP 120 (3) = 24
    expect(chineseDiabetesRiskScore(i('female', 40, 24, 80, 120, false))).toMatchObject({
      score: 24,
      band: 'low',
      recommendation: null,
    });
    // same with waist 85 (8) = 25
    const r = chineseDiabetesRiskScore(i('female', 40, 24, 85, 120, false));
    expect(r).toMatchObject({ score: 25, band: 'high' });
    expect(r.computed && r.recommendation?.en).toMatch(/OGTT/);
  });

  it('missing input → not computed naming the fields; age outside 20–74 → not computed', () => {
    expect(chineseDiabetesRiskScore({ sex: 'male', ageYears: 50, bmi: 25 })).toMatchObject({
      computed: false,
      missing: ['waistCm', 'systolic', 'familyHistoryDiabetes'],
    });
    expect(chineseDiabetesRiskScore(i('male', 75, 25, 90, 130, false))).toMatchObject({
      computed: false,
      missing: [],
    });
    expect(chineseDiabetesRiskScore(i('male', 19, 25, 90, 130, false))).toMatchObject({ computed: false });
  });

  it('implausible values (BMI as weight, waist in metres, SBP 300) → YizhuError', () => {
    expect(() => chineseDiabetesRiskScore(i('male', 50, 82, 90, 130, false))).toThrow(YizhuError);
    expect(() => chineseDiabetesRiskScore(i('male', 50, 25, 0.9, 130, false))).toThrow(YizhuError);
    expect(() => chineseDiabetesRiskScore(i('male', 50, 25, 90, 300, false))).toThrow(YizhuError);
    expect(() =>
      chineseDiabetesRiskScore({ ...i('male', 50, 25, 90, 130, false), sex: 'x' as 'male' }),
    ).toThrow(YizhuError);
  });
});
