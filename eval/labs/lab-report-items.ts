/**
 * What the synthetic reports print: per panel, the items with the abbreviation, unit and reference
 * interval a Chinese hospital LIS prints (adult intervals from WS/T 405-2012 for the blood count and
 * common analyser package inserts otherwise — plausible, not authoritative: these are test renders).
 * `unit` is printed as given; `expectUnit` is the normalised spelling the parser must return.
 */
export type ReportPanel = 'cbc' | 'liver_kidney' | 'lipid_glucose' | 'urinalysis';

export interface QuantItem {
  id: string;
  abbr: string;
  unit: string;
  expectUnit?: string;
  low: number;
  high: number;
  dp: number;
}

export interface QualItem {
  id: string;
  abbr: string;
  qualitative: true;
}

export type ReportItem = QuantItem | QualItem;

const q = (id: string, abbr: string, unit: string, low: number, high: number, dp: number): QuantItem => ({
  id,
  abbr,
  unit,
  low,
  high,
  dp,
});

export const REPORT_ITEMS: Record<ReportPanel, readonly ReportItem[]> = {
  // 22 items, printed in two tables side by side.
  cbc: [
    q('wbc', 'WBC', '10^9/L', 3.5, 9.5, 2),
    q('neut_pct', 'NEUT%', '%', 40, 75, 1),
    q('lymph_pct', 'LYMPH%', '%', 20, 50, 1),
    q('mono_pct', 'MONO%', '%', 3, 10, 1),
    q('eo_pct', 'EO%', '%', 0.4, 8, 1),
    q('baso_pct', 'BASO%', '%', 0, 1, 1),
    q('neut_abs', 'NEUT#', '10^9/L', 1.8, 6.3, 2),
    q('lymph_abs', 'LYMPH#', '10^9/L', 1.1, 3.2, 2),
    q('mono_abs', 'MONO#', '10^9/L', 0.1, 0.6, 2),
    q('eo_abs', 'EO#', '10^9/L', 0.02, 0.52, 2),
    q('baso_abs', 'BASO#', '10^9/L', 0, 0.06, 2),
    q('rbc', 'RBC', '10^12/L', 4.3, 5.8, 2),
    q('hgb', 'HGB', 'g/L', 130, 175, 0),
    q('hct', 'HCT', '%', 40, 50, 1),
    q('mcv', 'MCV', 'fL', 82, 100, 1),
    q('mch', 'MCH', 'pg', 27, 34, 1),
    q('mchc', 'MCHC', 'g/L', 316, 354, 0),
    q('rdw_cv', 'RDW-CV', '%', 11, 16, 1),
    q('plt', 'PLT', '10^9/L', 125, 350, 0),
    q('mpv', 'MPV', 'fL', 7.4, 12.5, 1),
    q('pdw', 'PDW', '%', 9, 17, 1),
    q('pct', 'PCT', '%', 0.11, 0.28, 2),
  ],
  liver_kidney: [
    q('alt', 'ALT', 'U/L', 9, 50, 0),
    q('ast', 'AST', 'U/L', 15, 40, 0),
    q('ggt', 'GGT', 'U/L', 10, 60, 0),
    q('alp', 'ALP', 'U/L', 45, 125, 0),
    q('tbil', 'TBIL', 'μmol/L', 3.4, 20.5, 1),
    q('dbil', 'DBIL', 'μmol/L', 0, 6.8, 1),
    q('tp', 'TP', 'g/L', 65, 85, 1),
    q('alb', 'ALB', 'g/L', 40, 55, 1),
    q('urea', 'UREA', 'mmol/L', 3.1, 8.0, 2),
    q('crea', 'CREA', 'μmol/L', 57, 111, 0),
    q('ua', 'UA', 'μmol/L', 208, 428, 0),
  ],
  lipid_glucose: [
    q('tc', 'TC', 'mmol/L', 2.8, 5.2, 2),
    q('tg', 'TG', 'mmol/L', 0.56, 1.7, 2),
    q('hdl_c', 'HDL-C', 'mmol/L', 1.04, 1.55, 2),
    q('ldl_c', 'LDL-C', 'mmol/L', 1.5, 3.4, 2),
    q('glu', 'GLU', 'mmol/L', 3.9, 6.1, 2),
    q('hba1c', 'HbA1c', '%', 4, 6, 1),
  ],
  urinalysis: [
    q('u_ph', 'pH', '', 4.5, 8, 1),
    q('u_sg', 'SG', '', 1.003, 1.03, 3),
    { id: 'u_pro', abbr: 'PRO', qualitative: true },
    { id: 'u_glu', abbr: 'GLU', qualitative: true },
    { id: 'u_ket', abbr: 'KET', qualitative: true },
    { id: 'u_bld', abbr: 'BLD', qualitative: true },
    { id: 'u_bil', abbr: 'BIL', qualitative: true },
    { id: 'u_nit', abbr: 'NIT', qualitative: true },
    { id: 'u_leu', abbr: 'LEU', qualitative: true },
  ],
};

export const isQual = (i: ReportItem): i is QualItem => 'qualitative' in i;
