/**
 * Chinese Diabetes Risk Score (Zhou X, Qiao Q, Ji L, et al. Diabetes Care 2013;36(12):3944-3952), the
 * points table as used in 中国2型糖尿病防治指南 2017/2020 and transcribed in specs/clinical-rules.md
 * §4.2. Mark [S]: the primary table was not read; two guideline-style encodings agree. Each band is
 * `[upperBoundExclusive, points]`, read in order. Change a number → bump `version`.
 */
export const CDRS_MODEL = {
  id: 'cdrs-zhou-2013',
  version: '2013-guideline-table.1',
  verification: 'S',
  source: {
    citation: 'Zhou X et al. Diabetes Care 2013;36(12):3944-3952; 中国2型糖尿病防治指南 2017/2020',
    licence: 'Published scoring table (facts); no text copied',
    specRef: 'specs/clinical-rules.md §4.2',
  },
  ageRange: { min: 20, max: 74 },
  /** Completed years: 20–24 / 25–34 / 35–39 / 40–44 / 45–49 / 50–54 / 55–59 / 60–64 / 65–74. */
  age: [
    [25, 0],
    [35, 4],
    [40, 8],
    [45, 11],
    [50, 12],
    [55, 13],
    [60, 15],
    [65, 16],
    [75, 18],
  ],
  /** kg/m²: <22 / 22–23.9 / 24–29.9 / ≥30. */
  bmi: [
    [22, 0],
    [24, 1],
    [30, 3],
    [Infinity, 5],
  ],
  /** cm. */
  waistMale: [
    [75, 0],
    [80, 3],
    [85, 5],
    [90, 7],
    [95, 8],
    [Infinity, 10],
  ],
  waistFemale: [
    [70, 0],
    [75, 3],
    [80, 5],
    [85, 7],
    [90, 8],
    [Infinity, 10],
  ],
  /** mmHg. */
  systolic: [
    [110, 0],
    [120, 1],
    [130, 3],
    [140, 6],
    [150, 7],
    [160, 8],
    [Infinity, 10],
  ],
  familyHistory: 6,
  male: 2,
  /** ≥25 → high risk, OGTT recommended. */
  highRiskFrom: 25,
} as const;
