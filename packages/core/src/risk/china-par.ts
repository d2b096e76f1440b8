import type { FieldIssue } from '../errors/index.ts';
import type { Bilingual } from '../types/evidence.ts';
import { CHINA_PAR_MODEL as M, type ChinaParSexCoefficients } from './china-par-model.ts';
import {
  missingReason,
  notComputed,
  rangeIssue,
  throwIfIssues,
  type Cholesterol,
  type RiskModelRef,
  type RiskNotComputed,
} from './risk-result.ts';

/** Inputs as recorded; any may be absent, and absent is never read as "no". */
export interface ChinaParInput {
  sex?: 'male' | 'female';
  ageYears?: number;
  /** Office systolic pressure, mmHg. */
  systolic?: number;
  onAntihypertensive?: boolean;
  totalCholesterol?: Cholesterol;
  hdlCholesterol?: Cholesterol;
  waistCm?: number;
  currentSmoker?: boolean;
  diabetes?: boolean;
  /** Lives north of the Yangtze (长江以北). */
  northChina?: boolean;
  /** Men's equation only. */
  urban?: boolean;
  /** Men's equation only: ASCVD in a first-degree relative. */
  familyHistoryAscvd?: boolean;
  /** Known ASCVD: the model is for primary prevention and is not computed. */
  establishedAscvd?: boolean;
}

export type ChinaParBand = 'low' | 'medium' | 'high';

export interface ChinaParResult {
  computed: true;
  model: RiskModelRef;
  /** 10-year ASCVD risk in percent, unrounded (the official site shows 1 decimal). */
  risk10Percent: number;
  band: ChinaParBand;
  bandLabel: Bilingual;
  /** Inputs as used by the equation, cholesterol in mg/dL, with terms the sex's equation ignores left out. */
  inputsUsed: Record<string, number | boolean | string>;
  notes: Bilingual[];
  /** Lifetime risk needs the Fine-Gray model whose coefficients are not public (spec §4.1). */
  lifetime: { computed: false; reason: Bilingual };
}

const LIMITS = {
  ageYears: [0, 120],
  systolic: [50, 280],
  waistCm: [40, 200],
  tcMgdl: [40, 800],
  hdlMgdl: [8, 200],
} as const;

const MODEL_REF: RiskModelRef = { id: M.id, version: M.version };

function cholesterolMgdl(
  c: Cholesterol,
  path: string,
  what: string,
  limits: readonly [number, number],
): { mgdl?: number; issues: FieldIssue[] } {
  if (typeof c.value !== 'number' || !Number.isFinite(c.value))
    return { issues: [{ path: `${path}.value`, message: `${what} must be a number` }] };
  if (c.unit !== 'mg/dL' && c.unit !== 'mmol/L')
    return { issues: [{ path: `${path}.unit`, message: 'unit must be mg/dL or mmol/L' }] };
  const mgdl = c.unit === 'mg/dL' ? c.value : c.value / M.mmolToMgdlDivisor;
  const ok = (v: number) => v >= limits[0] && v <= limits[1];
  if (ok(mgdl)) return { mgdl, issues: [] };
  const other = c.unit === 'mg/dL' ? c.value / M.mmolToMgdlDivisor : c.value;
  const hint = ok(other) ? `; it looks like ${c.unit === 'mg/dL' ? 'mmol/L' : 'mg/dL'} — check the unit` : '';
  return { issues: [{ path: `${path}.value`, message: `${what} is implausible in ${c.unit}${hint}` }] };
}

/**
 * China-PAR 10-year ASCVD risk: risk = 1 − S10^exp(ΣβX − mean). Missing inputs → not computed with
 * the reason; implausible values (or a unit slip) → YizhuError; out-of-scope ages → not computed.
 */
export function chinaPar10YearRisk(input: ChinaParInput): ChinaParResult | RiskNotComputed {
  const required: (keyof ChinaParInput)[] = [
    'sex',
    'ageYears',
    'systolic',
    'onAntihypertensive',
    'totalCholesterol',
    'hdlCholesterol',
    'waistCm',
    'currentSmoker',
    'diabetes',
    'northChina',
  ];
  if (input.sex === 'male') required.push('urban', 'familyHistoryAscvd');
  const missing = required.filter((k) => input[k] === undefined || input[k] === null);

  // Plausibility of what is present is checked even when something is missing: a typo is worth
  // reporting before the user goes looking for the missing value.
  const issues: FieldIssue[] = [];
  if (input.sex !== undefined && input.sex !== 'male' && input.sex !== 'female') {
    issues.push({ path: 'sex', message: 'sex must be male or female' });
  }
  if (input.ageYears !== undefined)
    issues.push(...rangeIssue(input.ageYears, ...LIMITS.ageYears, 'ageYears', 'age'));
  if (input.systolic !== undefined)
    issues.push(...rangeIssue(input.systolic, ...LIMITS.systolic, 'systolic', 'systolic pressure (mmHg)'));
  if (input.waistCm !== undefined)
    issues.push(...rangeIssue(input.waistCm, ...LIMITS.waistCm, 'waistCm', 'waist (cm)'));
  const tc =
    input.totalCholesterol &&
    cholesterolMgdl(input.totalCholesterol, 'totalCholesterol', 'total cholesterol', LIMITS.tcMgdl);
  const hdl =
    input.hdlCholesterol &&
    cholesterolMgdl(input.hdlCholesterol, 'hdlCholesterol', 'HDL cholesterol', LIMITS.hdlMgdl);
  issues.push(...(tc?.issues ?? []), ...(hdl?.issues ?? []));
  throwIfIssues(issues);

  if (input.establishedAscvd === true) {
    return notComputed(
      MODEL_REF,
      [],
      [
        {
          zh: '已患动脉粥样硬化性心血管病，属极高危，不适用China-PAR评估',
          en: 'established ASCVD: already very high risk; China-PAR is for primary prevention',
        },
      ],
    );
  }
  if (missing.length) return notComputed(MODEL_REF, missing, [missingReason(missing)]);

  const age = input.ageYears as number;
  if (age < M.ageRange.min || age > M.ageRange.max) {
    return notComputed(
      MODEL_REF,
      [],
      [
        {
          zh: `年龄超出模型适用范围（${M.ageRange.min}–${M.ageRange.max}岁）`,
          en: `age outside the model range (${M.ageRange.min}–${M.ageRange.max} years)`,
        },
      ],
    );
  }

  const male = input.sex === 'male';
  const c: ChinaParSexCoefficients = male ? M.men : M.women;
  const lnAge = Math.log(age);
  const lnSbp = Math.log(input.systolic as number);
  const flag = (b: boolean | undefined) => (b ? 1 : 0);
  const smoker = flag(input.currentSmoker);
  const fh = male ? flag(input.familyHistoryAscvd) : 0;
  const treated = input.onAntihypertensive === true;
  const tcMgdl = tc?.mgdl as number;
  const hdlMgdl = hdl?.mgdl as number;

  const xb =
    c.lnAge * lnAge +
    (treated
      ? c.lnTreatedSbp * lnSbp + c.lnAgeXlnTreatedSbp * lnAge * lnSbp
      : c.lnUntreatedSbp * lnSbp + c.lnAgeXlnUntreatedSbp * lnAge * lnSbp) +
    c.lnTc * Math.log(tcMgdl) +
    c.lnHdl * Math.log(hdlMgdl) +
    c.lnWaist * Math.log(input.waistCm as number) +
    c.smoker * smoker +
    c.diabetes * flag(input.diabetes) +
    c.north * flag(input.northChina) +
    c.urban * (male ? flag(input.urban) : 0) +
    c.familyHistory * fh +
    c.lnAgeXsmoker * lnAge * smoker +
    c.lnAgeXfamilyHistory * lnAge * fh;
  const risk10Percent = 100 * (1 - Math.pow(c.s10, Math.exp(xb - c.meanXB)));
  const b = M.bands.find((x) => risk10Percent < x.below) ?? M.bands[2];

  const notes: Bilingual[] = [];
  // HDL above total cholesterol is physiologically impossible, yet the official calculator accepts it
  // and the spec's vector 9 (TC 90 / HDL 100 mg/dL) is such a sample: compute, but say so loudly.
  if (hdlMgdl >= tcMgdl) {
    notes.push({
      zh: '高密度脂蛋白胆固醇不低于总胆固醇，请核对是否填反',
      en: 'HDL cholesterol is not below total cholesterol: check whether the values are swapped',
    });
  }
  if (age < M.derivationAgeRange.min || age > M.derivationAgeRange.max) {
    notes.push({
      zh: '年龄超出队列推导范围（35–74岁），结果外推',
      en: 'age outside the derivation cohort (35–74 years): extrapolated',
    });
  }
  const inputsUsed: ChinaParResult['inputsUsed'] = {
    sex: input.sex as string,
    ageYears: age,
    systolic: input.systolic as number,
    onAntihypertensive: treated,
    totalCholesterolMgdl: tcMgdl,
    hdlCholesterolMgdl: hdlMgdl,
    waistCm: input.waistCm as number,
    currentSmoker: smoker === 1,
    diabetes: input.diabetes === true,
    northChina: input.northChina === true,
  };
  if (male) Object.assign(inputsUsed, { urban: input.urban === true, familyHistoryAscvd: fh === 1 });

  return {
    computed: true,
    model: MODEL_REF,
    risk10Percent,
    band: b.band,
    bandLabel: b.label,
    inputsUsed,
    notes,
    lifetime: {
      computed: false,
      reason: {
        zh: '终生风险模型系数未公开，未计算',
        en: 'lifetime-risk coefficients are not public; not computed',
      },
    },
  };
}
