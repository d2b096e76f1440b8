import type { Bilingual } from '../types/evidence.ts';

export interface ChinaParSexCoefficients {
  lnAge: number;
  lnTreatedSbp: number;
  lnUntreatedSbp: number;
  lnTc: number;
  lnHdl: number;
  lnWaist: number;
  smoker: number;
  diabetes: number;
  north: number;
  urban: number;
  familyHistory: number;
  lnAgeXlnTreatedSbp: number;
  lnAgeXlnUntreatedSbp: number;
  lnAgeXsmoker: number;
  lnAgeXfamilyHistory: number;
  meanXB: number;
  s10: number;
}

/**
 * China-PAR 10-year ASCVD model (Yang X et al., Circulation 2016;134:1430-1440,
 * doi 10.1161/CIRCULATIONAHA.116.022367) with the 3-decimal coefficients of T/JPMA 024—2024 附录 C/D,
 * exactly as given in specs/clinical-rules.md §4.1. Marks: [V-calc] — the spec reproduces recorded
 * official-calculator outputs to within 0.1 pp with this set; the 3-dp provenance itself is via a
 * third-party encoding, and women's S10 0.9851 is derived (the paper prints 0.99, which under-predicts
 * by about a third). Women's equation has no urban, family-history or ln(age)×smoking terms (zeros).
 * Change a number → bump `version`.
 */
export const CHINA_PAR_MODEL = {
  id: 'china-par-ascvd-10y',
  version: '2016-3dp-tjpma024-2024.1',
  verification: 'V-calc',
  source: {
    citation:
      'Yang X, Li J, Hu D, et al. Circulation 2016;134:1430-1440; coefficients T/JPMA 024—2024 附录 C/D',
    licence: 'Published model coefficients (facts); no text copied',
    specRef: 'specs/clinical-rules.md §4.1',
  },
  /** mg/dL = mmol/L / 0.0259 (the official calculator's conversion). */
  mmolToMgdlDivisor: 0.0259,
  /** Ages the official calculator accepts; the cohort was 35–74. */
  ageRange: { min: 20, max: 85 },
  derivationAgeRange: { min: 35, max: 74 },
  men: {
    lnAge: 31.967,
    lnTreatedSbp: 27.388,
    lnUntreatedSbp: 26.148,
    lnTc: 0.621,
    lnHdl: -0.695,
    lnWaist: -0.712,
    smoker: 3.955,
    diabetes: 0.357,
    north: 0.475,
    urban: -0.164,
    familyHistory: 6.221,
    lnAgeXlnTreatedSbp: -6.018,
    lnAgeXlnUntreatedSbp: -5.731,
    lnAgeXsmoker: -0.939,
    lnAgeXfamilyHistory: -1.534,
    meanXB: 140.68,
    s10: 0.9707,
  },
  women: {
    lnAge: 24.874,
    lnTreatedSbp: 20.709,
    lnUntreatedSbp: 19.982,
    lnTc: 0.058,
    lnHdl: -0.217,
    lnWaist: 1.475,
    smoker: 0.495,
    diabetes: 0.567,
    north: 0.544,
    urban: 0,
    familyHistory: 0,
    lnAgeXlnTreatedSbp: -4.528,
    lnAgeXlnUntreatedSbp: -4.36,
    lnAgeXsmoker: 0,
    lnAgeXfamilyHistory: 0,
    meanXB: 117.26,
    s10: 0.9851,
  },
  /** 中国心血管病风险评估和管理指南 2019: <5% low, 5–<10% medium, ≥10% high [S]. */
  bands: [
    { below: 5, band: 'low', label: { zh: '低危', en: 'low risk' } },
    { below: 10, band: 'medium', label: { zh: '中危', en: 'medium risk' } },
    { below: Infinity, band: 'high', label: { zh: '高危', en: 'high risk' } },
  ],
} as const satisfies {
  men: ChinaParSexCoefficients;
  women: ChinaParSexCoefficients;
  bands: readonly { below: number; band: string; label: Bilingual }[];
  [k: string]: unknown;
};
