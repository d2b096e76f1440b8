/**
 * Unit conversions per test: `to = from × scale + offset`, converting an accepted alternative unit into
 * the test's default (China SI) unit.
 * Sources: factors follow from molar masses (glucose 180.16, cholesterol 386.65, triolein 885.4,
 * creatinine 113.12, bilirubin 584.66, uric acid 168.11 g/mol; urea nitrogen 28.014 g/mol per urea)
 * as tabulated in the AMA Manual of Style SI conversion table; HbA1c by the IFCC–NGSP master equation
 * (NGSP% = 0.09148 × IFCC + 2.152, Hoelzel et al., Clin Chem 2004).
 */
export interface UnitConversion {
  tests: readonly string[];
  from: string;
  to: string;
  scale: number;
  offset?: number;
}

export const UNIT_CONVERSIONS: readonly UnitConversion[] = [
  { tests: ['glu', 'fbg'], from: 'mg/dL', to: 'mmol/L', scale: 1 / 18.016 },
  { tests: ['tc', 'hdl_c', 'ldl_c'], from: 'mg/dL', to: 'mmol/L', scale: 1 / 38.67 },
  { tests: ['tg'], from: 'mg/dL', to: 'mmol/L', scale: 1 / 88.57 },
  { tests: ['crea'], from: 'mg/dL', to: 'μmol/L', scale: 88.42 },
  { tests: ['tbil', 'dbil', 'ibil'], from: 'mg/dL', to: 'μmol/L', scale: 17.1 },
  { tests: ['ua'], from: 'mg/dL', to: 'μmol/L', scale: 59.48 },
  // BUN mg/dL (as nitrogen) → urea mmol/L.
  { tests: ['urea'], from: 'mg/dL', to: 'mmol/L', scale: 0.357 },
  { tests: ['hgb', 'mchc', 'tp', 'alb', 'glb'], from: 'g/dL', to: 'g/L', scale: 10 },
  { tests: ['hct'], from: 'L/L', to: '%', scale: 100 },
  // IFCC mmol/mol → NGSP %.
  { tests: ['hba1c'], from: 'mmol/mol', to: '%', scale: 0.09148, offset: 2.152 },
];
