import type { LabPanel, QualitativeValue } from '../labs/lab-observation.ts';

/**
 * Patient-facing wording for lab explanations — clinical knowledge as data, reviewed like code.
 *
 * Sources:
 * - Plain-language names: written for Yizhu by the project after the public-domain test descriptions
 *   of MedlinePlus "Lab Tests" (U.S. National Library of Medicine, https://medlineplus.gov/lab-tests/)
 *   and the Chinese test names of 《全国临床检验操作规程》(第4版) used by `labs/lab-tests-data.ts`.
 * - Safety lines: the project's own wording of DESIGN.md's rules (never a diagnosis, never treatment
 *   advice; the doctor interprets the result and approves this text before the patient sees it).
 * Status: not yet reviewed by a clinician; changes here go through code review like rules do.
 * Sentences carry no numbers of their own: every number shown comes from the observation (tested).
 */
export const LAB_EXPLAIN_WORDING_SOURCE =
  'Yizhu project wording after MedlinePlus Lab Tests (NLM, public domain) and 《全国临床检验操作规程》(第4版); pending clinical review';

export interface LayName {
  zh: string;
  en: string;
}

/** Plain-language names by lab lexicon id; tests not listed use the lexicon's own name. */
export const LAY_NAMES: Readonly<Record<string, LayName>> = {
  wbc: { zh: '白细胞（身体抵抗感染的细胞）', en: 'white blood cells (the cells that fight infection)' },
  neut_pct: {
    zh: '中性粒细胞比例（一类白细胞所占的比例）',
    en: 'neutrophil percentage (share of one kind of white blood cell)',
  },
  lymph_pct: {
    zh: '淋巴细胞比例（一类白细胞所占的比例）',
    en: 'lymphocyte percentage (share of one kind of white blood cell)',
  },
  neut_abs: {
    zh: '中性粒细胞数（一类白细胞的数量）',
    en: 'neutrophil count (amount of one kind of white blood cell)',
  },
  lymph_abs: {
    zh: '淋巴细胞数（一类白细胞的数量）',
    en: 'lymphocyte count (amount of one kind of white blood cell)',
  },
  rbc: { zh: '红细胞（运送氧气的细胞）', en: 'red blood cells (the cells that carry oxygen)' },
  hgb: {
    zh: '血红蛋白（红细胞里运送氧气的蛋白）',
    en: 'haemoglobin (the protein in red blood cells that carries oxygen)',
  },
  hct: {
    zh: '红细胞压积（血液中红细胞所占的比例）',
    en: 'haematocrit (share of the blood made of red blood cells)',
  },
  mcv: {
    zh: '平均红细胞体积（红细胞的平均大小）',
    en: 'mean cell volume (the average size of red blood cells)',
  },
  plt: { zh: '血小板（帮助止血的细胞）', en: 'platelets (the cells that help blood clot)' },
  alt: { zh: '谷丙转氨酶（反映肝脏情况的一种酶）', en: 'ALT (an enzyme that reflects the liver)' },
  ast: {
    zh: '谷草转氨酶（反映肝脏等器官情况的一种酶）',
    en: 'AST (an enzyme that reflects the liver and other organs)',
  },
  ggt: {
    zh: 'γ-谷氨酰转移酶（反映肝脏和胆道情况的一种酶）',
    en: 'GGT (an enzyme that reflects the liver and bile ducts)',
  },
  alp: {
    zh: '碱性磷酸酶（与肝脏和骨骼有关的一种酶）',
    en: 'alkaline phosphatase (an enzyme linked to the liver and bones)',
  },
  tbil: {
    zh: '总胆红素（红细胞分解后经肝脏处理的色素）',
    en: 'total bilirubin (a pigment the liver clears from the blood)',
  },
  tp: { zh: '总蛋白（血液中蛋白质的总量）', en: 'total protein (the amount of protein in the blood)' },
  alb: { zh: '白蛋白（肝脏制造的一种主要血液蛋白）', en: 'albumin (a main blood protein made by the liver)' },
  urea: { zh: '尿素（反映肾脏排出废物情况的指标）', en: 'urea (a waste product the kidneys remove)' },
  crea: { zh: '肌酐（反映肾脏功能的指标）', en: 'creatinine (a marker of how the kidneys work)' },
  ua: { zh: '尿酸（体内的一种代谢产物）', en: 'uric acid (a waste product of the body)' },
  egfr: {
    zh: '估算肾小球滤过率（估计肾脏过滤血液的能力）',
    en: 'eGFR (an estimate of how well the kidneys filter blood)',
  },
  tc: { zh: '总胆固醇（血液中的一种脂肪）', en: 'total cholesterol (a fat in the blood)' },
  tg: { zh: '甘油三酯（血液中的一种脂肪）', en: 'triglycerides (a fat in the blood)' },
  hdl_c: {
    zh: '高密度脂蛋白胆固醇（常说的“好胆固醇”）',
    en: 'HDL cholesterol (often called "good" cholesterol)',
  },
  ldl_c: {
    zh: '低密度脂蛋白胆固醇（常说的“坏胆固醇”）',
    en: 'LDL cholesterol (often called "bad" cholesterol)',
  },
  glu: { zh: '血糖（血液中的糖）', en: 'blood sugar (glucose)' },
  fbg: { zh: '空腹血糖（空腹时血液中的糖）', en: 'fasting blood sugar (glucose before eating)' },
  hba1c: {
    zh: '糖化血红蛋白（反映近几个月平均血糖）',
    en: 'HbA1c (reflects average blood sugar over recent months)',
  },
  u_pro: { zh: '尿蛋白（尿液中的蛋白质）', en: 'protein in the urine' },
  u_glu: { zh: '尿糖（尿液中的糖）', en: 'sugar in the urine' },
  u_bld: { zh: '尿潜血（尿液中的血）', en: 'blood in the urine' },
  u_leu: {
    zh: '尿白细胞酯酶（尿液中白细胞的迹象）',
    en: 'leukocyte esterase in the urine (a sign of white blood cells)',
  },
  u_ket: { zh: '尿酮体（身体分解脂肪的产物）', en: 'ketones in the urine (made when the body burns fat)' },
};

/** What to bring up with the doctor, by panel: questions, never an interpretation or advice. */
export const DISCUSS_BY_PANEL: Readonly<Record<LabPanel | 'other', LayName>> = {
  cbc: {
    zh: '可以请医生说明这项血常规结果对您意味着什么，以及是否需要复查。',
    en: 'You can ask your doctor what this blood count result means for you and whether it should be repeated.',
  },
  liver: {
    zh: '可以请医生说明这项肝功能结果对您意味着什么，以及是否需要复查。',
    en: 'You can ask your doctor what this liver test result means for you and whether it should be repeated.',
  },
  kidney: {
    zh: '可以请医生说明这项肾功能结果对您意味着什么，以及是否需要复查。',
    en: 'You can ask your doctor what this kidney test result means for you and whether it should be repeated.',
  },
  lipid: {
    zh: '可以请医生说明这项血脂结果对您意味着什么，以及是否需要复查。',
    en: 'You can ask your doctor what this blood fat result means for you and whether it should be repeated.',
  },
  glucose: {
    zh: '可以请医生说明这项血糖结果对您意味着什么，以及是否需要复查。',
    en: 'You can ask your doctor what this blood sugar result means for you and whether it should be repeated.',
  },
  urinalysis: {
    zh: '可以请医生说明这项尿检结果对您意味着什么，以及是否需要复查。',
    en: 'You can ask your doctor what this urine test result means for you and whether it should be repeated.',
  },
  other: {
    zh: '可以请医生说明这项结果对您意味着什么，以及是否需要复查。',
    en: 'You can ask your doctor what this result means for you and whether it should be repeated.',
  },
};

export const DIRECTION_WORDS = {
  high: { zh: '比通常范围高', en: 'higher than the usual range' },
  low: { zh: '比通常范围低', en: 'lower than the usual range' },
  abnormal: { zh: '与通常结果不同', en: 'different from the usual result' },
} as const;

export const QUALITATIVE_WORDS: Readonly<Record<QualitativeValue, LayName>> = {
  negative: { zh: '阴性', en: 'negative' },
  trace: { zh: '微量', en: 'trace' },
  positive: { zh: '阳性', en: 'positive' },
  '1+': { zh: '1+', en: '1+' },
  '2+': { zh: '2+', en: '2+' },
  '3+': { zh: '3+', en: '3+' },
  '4+': { zh: '4+', en: '4+' },
  normal: { zh: '正常', en: 'normal' },
  'weakly-positive': { zh: '弱阳性', en: 'weakly positive' },
};

export const FIXED_TEXT = {
  intro: {
    zh: '下面用通俗的话说明这份化验单中超出通常范围的结果。',
    en: 'Below, the results of this lab report that are outside the usual range are explained in plain words.',
  },
  allNormal: {
    zh: '这份化验单中已核对的结果都在通常范围内。',
    en: 'The checked results of this lab report are all within the usual range.',
  },
  check: {
    zh: '您的医生会核对这一结果。',
    en: 'Your doctor will check this value.',
  },
  closing: {
    zh: '这份说明只帮助您看懂化验单，不是诊断，也不是治疗建议；结果的意义要结合您的具体情况，请和医生讨论，不要据此自行开始、停止或调整任何药物。',
    en: 'This explanation only helps you read the report; it is not a diagnosis or treatment advice. What a result means depends on your situation: discuss it with your doctor, and do not start, stop or change any medicine because of it.',
  },
} as const;
