import type { FieldIssue } from '../errors/index.ts';
import type { Bilingual } from '../types/evidence.ts';
import { CDRS_MODEL as M } from './cdrs-model.ts';
import {
  missingReason,
  notComputed,
  rangeIssue,
  throwIfIssues,
  type RiskModelRef,
  type RiskNotComputed,
} from './risk-result.ts';

export interface CdrsInput {
  sex?: 'male' | 'female';
  ageYears?: number;
  /** kg/m². */
  bmi?: number;
  waistCm?: number;
  systolic?: number;
  /** Diabetes in a parent or sibling. */
  familyHistoryDiabetes?: boolean;
}

export interface CdrsResult {
  computed: true;
  model: RiskModelRef;
  score: number;
  band: 'low' | 'high';
  bandLabel: Bilingual;
  /** Points per item, so the UI can show how the total was reached. */
  points: { age: number; bmi: number; waist: number; systolic: number; familyHistory: number; sex: number };
  inputsUsed: Required<CdrsInput>;
  recommendation: Bilingual | null;
}

const MODEL_REF: RiskModelRef = { id: M.id, version: M.version };
const pointsFor = (table: readonly (readonly [number, number])[], v: number) =>
  (table.find(([upper]) => v < upper) ?? table[table.length - 1]!)[1];

/**
 * CDRS total 0–51; ≥25 is high risk (OGTT). Missing input → not computed with reason; age outside
 * 20–74 → not computed; implausible values → YizhuError. Age is taken in completed years.
 */
export function chineseDiabetesRiskScore(input: CdrsInput): CdrsResult | RiskNotComputed {
  const required: (keyof CdrsInput)[] = [
    'sex',
    'ageYears',
    'bmi',
    'waistCm',
    'systolic',
    'familyHistoryDiabetes',
  ];
  const missing = required.filter((k) => input[k] === undefined || input[k] === null);

  const issues: FieldIssue[] = [];
  if (input.sex !== undefined && input.sex !== 'male' && input.sex !== 'female') {
    issues.push({ path: 'sex', message: 'sex must be male or female' });
  }
  if (input.ageYears !== undefined) issues.push(...rangeIssue(input.ageYears, 0, 120, 'ageYears', 'age'));
  if (input.bmi !== undefined) issues.push(...rangeIssue(input.bmi, 10, 80, 'bmi', 'BMI (kg/m²)'));
  if (input.waistCm !== undefined)
    issues.push(...rangeIssue(input.waistCm, 40, 200, 'waistCm', 'waist (cm)'));
  if (input.systolic !== undefined)
    issues.push(...rangeIssue(input.systolic, 50, 280, 'systolic', 'systolic pressure (mmHg)'));
  throwIfIssues(issues);

  if (missing.length) return notComputed(MODEL_REF, missing, [missingReason(missing)]);
  const age = Math.floor(input.ageYears as number);
  if (age < M.ageRange.min || age > M.ageRange.max) {
    return notComputed(
      MODEL_REF,
      [],
      [
        {
          zh: `年龄超出评分适用范围（${M.ageRange.min}–${M.ageRange.max}岁）`,
          en: `age outside the score's range (${M.ageRange.min}–${M.ageRange.max} years)`,
        },
      ],
    );
  }
  const male = input.sex === 'male';
  const points = {
    age: pointsFor(M.age, age),
    bmi: pointsFor(M.bmi, input.bmi as number),
    waist: pointsFor(male ? M.waistMale : M.waistFemale, input.waistCm as number),
    systolic: pointsFor(M.systolic, input.systolic as number),
    familyHistory: input.familyHistoryDiabetes ? M.familyHistory : 0,
    sex: male ? M.male : 0,
  };
  const score = Object.values(points).reduce((a, b) => a + b, 0);
  const high = score >= M.highRiskFrom;
  return {
    computed: true,
    model: MODEL_REF,
    score,
    band: high ? 'high' : 'low',
    bandLabel: high
      ? { zh: '糖尿病高风险', en: 'high diabetes risk' }
      : { zh: '糖尿病低风险', en: 'low diabetes risk' },
    points,
    inputsUsed: input as Required<CdrsInput>,
    recommendation: high
      ? { zh: '建议行口服葡萄糖耐量试验（OGTT）', en: 'an oral glucose tolerance test (OGTT) is recommended' }
      : null,
  };
}
