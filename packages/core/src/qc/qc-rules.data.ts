import type { Bilingual } from '../types/evidence.ts';
import type { SectionId } from '../record/draft-types.ts';

/**
 * Outpatient record QC rules. Sources:
 *  - 《病历书写基本规范》(卫医政发〔2010〕11号) 第十三、十四条 (初诊/复诊 content) — "规范";
 *  - a typical 门诊病历质量评分标准 (anchors.md §5.2, m.jinchutou.com) — "评分表" with its deductions;
 *  - common local rules quoted in anchors.md §5.1 (主诉 ≤20字, 五有一签名) — "地方规定".
 * Deductions are the scoring sheet's (one sheet among many; hospitals tune them). Checks are named
 * here and implemented in run-qc.ts; thresholds live here.
 */
export type QcSeverity = 'error' | 'warning' | 'info';

export type QcCheck =
  | 'sections_present'
  | 'visit_date'
  | 'chief_complaint_present'
  | 'chief_complaint_duration'
  | 'chief_complaint_length'
  | 'chief_complaint_not_diagnosis'
  | 'chief_complaint_in_hpi'
  | 'allergy_recorded'
  | 'diagnosis_present'
  | 'diagnosis_supported'
  | 'medication_dose_frequency'
  | 'followup_advice'
  | 'menstrual_history'
  | 'vitals_recorded'
  | 'contradictions_resolved';

export interface QcRule {
  id: string;
  check: QcCheck;
  severity: QcSeverity;
  section?: SectionId;
  source: string;
  deduction?: number;
  message: Bilingual;
  gapQuestion?: Bilingual;
  params?: Record<string, unknown>;
}

export const QC_RULES: readonly QcRule[] = [
  {
    id: 'QC-SEC-01',
    check: 'sections_present',
    severity: 'error',
    source: '规范 第十三/十四条; 地方规定 五有一签名',
    deduction: 5,
    message: { zh: '缺少必需的病历项目：{sections}', en: 'Required record sections are empty: {sections}' },
    params: {
      first: ['chief_complaint', 'hpi', 'past_history', 'allergy', 'exam', 'diagnosis', 'plan'],
      followup: ['chief_complaint', 'hpi', 'exam', 'diagnosis', 'plan'],
    },
  },
  {
    id: 'QC-GEN-01',
    check: 'visit_date',
    severity: 'warning',
    source: '评分表 一般项目 (就诊日期)',
    deduction: 2,
    message: { zh: '未记录就诊日期。', en: 'Visit date is not recorded.' },
  },
  {
    id: 'QC-CC-01',
    check: 'chief_complaint_present',
    severity: 'error',
    section: 'chief_complaint',
    source: '评分表 主诉 (缺 −5)',
    deduction: 5,
    message: { zh: '主诉缺失。', en: 'Chief complaint is missing.' },
    gapQuestion: {
      zh: '您这次主要是哪里不舒服？有多长时间了？',
      en: 'What is the main problem that brought you in today, and for how long?',
    },
  },
  {
    id: 'QC-CC-02',
    check: 'chief_complaint_duration',
    severity: 'warning',
    section: 'chief_complaint',
    source: '规范; 评分表 主诉 (症状+时间, 不规范 −2)',
    deduction: 2,
    message: { zh: '主诉缺少持续时间：{name}', en: 'Chief complaint lacks a duration: {name}' },
    gapQuestion: { zh: '{name}有多长时间了？', en: 'How long have you had the {name}?' },
  },
  {
    id: 'QC-CC-03',
    check: 'chief_complaint_length',
    severity: 'warning',
    section: 'chief_complaint',
    source: '地方规定 主诉≤20字',
    deduction: 2,
    params: { maxChars: 20 },
    message: { zh: '主诉超过20字（{n}字）。', en: 'Chief complaint exceeds 20 characters ({n}).' },
  },
  {
    id: 'QC-CC-04',
    check: 'chief_complaint_not_diagnosis',
    severity: 'error',
    section: 'chief_complaint',
    source: '地方规定 主诉不能用诊断或检查结果代替',
    deduction: 2,
    message: { zh: '主诉中出现诊断名称：{name}', en: 'Chief complaint contains a diagnosis: {name}' },
  },
  {
    id: 'QC-CC-05',
    check: 'chief_complaint_in_hpi',
    severity: 'warning',
    section: 'hpi',
    source: '评分表(住院) 主诉与现病史不一致 −2',
    deduction: 2,
    message: {
      zh: '主诉中的症状在现病史中未描述：{name}',
      en: 'Chief-complaint symptom not described in the HPI: {name}',
    },
  },
  {
    id: 'QC-ALG-01',
    check: 'allergy_recorded',
    severity: 'error',
    section: 'allergy',
    source: '规范 (门诊病历首页 药物过敏史); 评分表 一般项目',
    deduction: 2,
    message: { zh: '未记录药物过敏史。', en: 'Drug allergy history is not recorded.' },
    gapQuestion: { zh: '您对什么药物或食物过敏吗？', en: 'Are you allergic to any medicines or foods?' },
  },
  {
    id: 'QC-DX-01',
    check: 'diagnosis_present',
    severity: 'error',
    section: 'diagnosis',
    source: '评分表 诊断 (无诊断 −5)',
    deduction: 5,
    message: {
      zh: '未记录诊断（初步诊断须由医生填写）。',
      en: 'No diagnosis recorded (the doctor must enter it).',
    },
  },
  {
    id: 'QC-DX-02',
    check: 'diagnosis_supported',
    severity: 'warning',
    section: 'diagnosis',
    source: '规范 (诊断应有病史、体检、辅助检查依据); 依据表 diagnosis-support.data.ts',
    deduction: 3,
    message: {
      zh: '诊断“{name}”缺少支持依据（{needs}）。',
      en: 'Diagnosis "{name}" lacks supporting findings ({needs}).',
    },
    gapQuestion: { zh: '是否需要补充{needs}？', en: 'Should {needs} be recorded?' },
  },
  {
    id: 'QC-RX-01',
    check: 'medication_dose_frequency',
    severity: 'warning',
    section: 'plan',
    source: '评分表 处理 (药名/用法缺 −2/项)',
    deduction: 2,
    message: { zh: '药物“{name}”缺少{missing}。', en: 'Medication "{name}" lacks {missing}.' },
    gapQuestion: { zh: '{name}每次用多少、每天几次？', en: 'What dose of {name}, and how often?' },
  },
  {
    id: 'QC-PLAN-01',
    check: 'followup_advice',
    severity: 'warning',
    section: 'plan',
    source: '评分表 处理 (治疗计划); 规范 治疗处理意见',
    deduction: 3,
    message: { zh: '处理意见中没有复诊或随访建议。', en: 'No follow-up advice in the plan.' },
    gapQuestion: {
      zh: '需要多久后复诊？哪些情况需要提前就诊？',
      en: 'When should the patient return, and what should prompt an earlier visit?',
    },
    params: { pattern: '复诊|随诊|随访|复查|门诊随|follow[- ]?up|return|recheck|revisit' },
  },
  {
    id: 'QC-HX-01',
    check: 'menstrual_history',
    severity: 'warning',
    section: 'personal',
    source: '评分表 病史 (育龄妇女无月经史 −10)',
    deduction: 10,
    params: { minAge: 14, maxAge: 50 },
    message: {
      zh: '育龄女性未记录月经史。',
      en: 'Menstrual history not recorded for a woman of child-bearing age.',
    },
    gapQuestion: {
      zh: '您末次月经是什么时候？月经规律吗？',
      en: 'When was your last menstrual period, and are your periods regular?',
    },
  },
  {
    id: 'QC-PE-01',
    check: 'vitals_recorded',
    severity: 'info',
    section: 'exam',
    source: '评分表 其它 (急诊须 T/P/R/BP); 门诊为建议',
    deduction: 0,
    message: { zh: '体格检查未记录生命体征。', en: 'No vital signs in the examination.' },
    gapQuestion: {
      zh: '请测量体温、脉搏、呼吸、血压。',
      en: 'Please record temperature, pulse, respiratory rate and blood pressure.',
    },
  },
  {
    id: 'QC-XS-01',
    check: 'contradictions_resolved',
    severity: 'error',
    source: '评分表(住院) 首页"有过敏但选无"; Yizhu 安全不变量 7',
    deduction: 2,
    message: { zh: '来源不一致未解决：{explanation}', en: 'Unresolved contradiction: {explanation}' },
  },
];
