import type { DraftSection, SectionId, SectionRole, VisitType } from './draft-types.ts';

/**
 * Section order and titles. Chinese: 《病历书写基本规范》(卫医政发〔2010〕11号) outpatient record,
 * 初诊 and 复诊 variants (anchors.md §5.1). English: the ACI-BENCH note sections (Yim et al. 2023).
 */
export const ZH_TITLES: Partial<Record<SectionId, string>> = {
  chief_complaint: '主诉',
  hpi: '现病史',
  past_history: '既往史',
  allergy: '过敏史',
  personal: '个人史',
  family: '家族史',
  exam: '体格检查',
  results: '辅助检查',
  diagnosis: '初步诊断',
  plan: '处理意见',
};

export const ZH_ORDER: Record<VisitType, SectionId[]> = {
  first: [
    'chief_complaint',
    'hpi',
    'past_history',
    'allergy',
    'personal',
    'family',
    'exam',
    'results',
    'diagnosis',
    'plan',
  ],
  // 复诊: 主诉, 病史, 必要的体格检查和辅助检查结果, 诊断, 治疗处理意见; 过敏史 stays (QC item).
  followup: ['chief_complaint', 'hpi', 'allergy', 'exam', 'results', 'diagnosis', 'plan'],
};

/** Where a section's statements go in the follow-up variant (past history folds into 病史). */
export const FOLLOWUP_FOLD: Partial<Record<SectionId, SectionId>> = {
  past_history: 'hpi',
  personal: 'hpi',
  family: 'hpi',
};

export const EN_ORDER: { id: SectionId; title: string; from: SectionId[] }[] = [
  { id: 'chief_complaint', title: 'CHIEF COMPLAINT', from: ['chief_complaint'] },
  {
    id: 'hpi',
    title: 'HISTORY OF PRESENT ILLNESS',
    from: ['hpi', 'past_history', 'medications', 'allergy', 'personal', 'family'],
  },
  { id: 'ros', title: 'REVIEW OF SYSTEMS', from: ['ros'] },
  { id: 'exam', title: 'PHYSICAL EXAMINATION', from: ['exam'] },
  { id: 'results', title: 'RESULTS', from: ['results'] },
  { id: 'assessment_plan', title: 'ASSESSMENT AND PLAN', from: ['diagnosis', 'plan'] },
];

export const SOAP_ORDER: { id: SectionId; zh: string; en: string; from: SectionId[] }[] = [
  {
    id: 'S',
    zh: 'S 主观资料',
    en: 'SUBJECTIVE',
    from: ['chief_complaint', 'hpi', 'ros', 'past_history', 'medications', 'allergy', 'personal', 'family'],
  },
  { id: 'O', zh: 'O 客观资料', en: 'OBJECTIVE', from: ['exam', 'results'] },
  { id: 'A', zh: 'A 评估', en: 'ASSESSMENT', from: ['diagnosis'] },
  { id: 'P', zh: 'P 计划', en: 'PLAN', from: ['plan'] },
];

export function roleOf(id: SectionId): SectionRole {
  if (id === 'chief_complaint') return 'chief_complaint';
  if (id === 'diagnosis' || id === 'A') return 'assessment';
  if (id === 'plan' || id === 'P' || id === 'assessment_plan') return 'plan';
  if (id === 'exam' || id === 'results' || id === 'O') return 'objective';
  return 'subjective';
}

export const emptySection = (id: SectionId, title: string): DraftSection => ({
  id,
  title,
  role: roleOf(id),
  sentences: [],
});
