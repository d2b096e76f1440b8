/**
 * Question blocks shared by every complaint family: the history-taking frame of a Chinese
 * outpatient record (起病、病程、性质、程度、伴随症状、既往史、用药、过敏史、月经婚育史).
 * Source: project-authored from the 门诊病历 structure; licence: project.
 */
import type { Question } from './question-tree-types.ts';

export const ONSET_BLOCK: readonly Question[] = [
  {
    linkId: 'onset',
    text: { zh: '症状是怎么开始的？', en: 'How did it start?' },
    guardianText: { zh: '孩子的症状是怎么开始的？', en: "How did your child's symptoms start?" },
    type: 'choice',
    required: true,
    options: [
      {
        code: 'sudden',
        text: { zh: '突然开始（几秒到几分钟内）', en: 'Suddenly (within seconds or minutes)' },
        concept: 'sudden_onset',
      },
      { code: 'gradual', text: { zh: '逐渐出现', en: 'Gradually' } },
      { code: 'unsure', text: { zh: '说不清', en: 'Not sure' } },
    ],
  },
  {
    linkId: 'duration',
    text: {
      zh: '这次不舒服有多久了？（例如：3小时、2天、1个月）',
      en: 'How long has this been going on? (e.g. 3 hours, 2 days, 1 month)',
    },
    type: 'duration',
    required: true,
  },
  {
    linkId: 'severity',
    text: {
      zh: '现在有多难受/多痛？0分=完全不痛，10分=能想象到的最痛',
      en: 'How bad is it now? 0 = none, 10 = worst imaginable',
    },
    guardianText: { zh: '您觉得孩子现在有多难受？0–10分', en: 'How unwell does your child seem now? 0–10' },
    type: 'scale',
    min: 0,
    max: 10,
    required: true,
  },
];

export const HISTORY_BLOCK: readonly Question[] = [
  {
    linkId: 'history.conditions',
    text: { zh: '您有哪些长期疾病？', en: 'Which long-term conditions do you have?' },
    guardianText: {
      zh: '孩子有哪些长期疾病或出生时的问题？',
      en: 'Does your child have any long-term conditions or problems from birth?',
    },
    type: 'multi',
    options: [
      { code: 'hypertension', text: { zh: '高血压', en: 'High blood pressure' }, concept: 'cardiac_history' },
      { code: 'heart', text: { zh: '心脏病', en: 'Heart disease' }, concept: 'cardiac_history' },
      { code: 'diabetes', text: { zh: '糖尿病', en: 'Diabetes' }, concept: 'diabetes_context' },
      { code: 'lung', text: { zh: '慢性肺病/哮喘', en: 'Chronic lung disease or asthma' } },
      { code: 'kidney', text: { zh: '肾病', en: 'Kidney disease' } },
      {
        code: 'cancer_treatment',
        text: { zh: '正在化疗或免疫抑制治疗', en: 'On chemotherapy or immune-suppressing treatment' },
        concept: 'immunosuppressed',
      },
      { code: 'none', text: { zh: '没有', en: 'None' } },
    ],
  },
  {
    linkId: 'history.medicines',
    text: {
      zh: '目前在吃哪些药？（包括中药、保健品）',
      en: 'Which medicines do you take now? (include herbal and supplements)',
    },
    guardianText: { zh: '孩子目前在用哪些药？', en: 'Which medicines does your child take now?' },
    type: 'text',
  },
  {
    linkId: 'history.anticoagulant',
    text: {
      zh: '是否在吃抗凝/抗血小板药（如华法林、阿司匹林、氯吡格雷）？',
      en: 'Do you take blood thinners (warfarin, aspirin, clopidogrel…)?',
    },
    type: 'boolean',
    concept: 'anticoagulant',
    enableWhen: [{ context: 'adult' }],
  },
  {
    linkId: 'history.allergies',
    text: {
      zh: '有没有药物或食物过敏？如有，请写明过敏物和反应',
      en: 'Any drug or food allergies? If yes, what and what happened?',
    },
    type: 'text',
  },
];

export const PREGNANCY_BLOCK: readonly Question[] = [
  {
    linkId: 'pregnancy.status',
    text: { zh: '目前是否怀孕或可能怀孕？', en: 'Are you pregnant, or could you be?' },
    type: 'choice',
    enableWhen: [{ context: 'childbearing' }],
    options: [
      { code: 'yes', text: { zh: '是', en: 'Yes' }, concept: 'pregnant' },
      { code: 'possible', text: { zh: '可能', en: 'Possibly' }, concept: 'missed_period' },
      { code: 'no', text: { zh: '否', en: 'No' } },
    ],
  },
  {
    linkId: 'pregnancy.weeks',
    text: { zh: '怀孕几周了？', en: 'How many weeks pregnant?' },
    type: 'integer',
    min: 1,
    max: 44,
    enableWhen: [{ linkId: 'pregnancy.status', equals: 'yes' }],
  },
];

export const CHILD_BLOCK: readonly Question[] = [
  {
    linkId: 'child.feeding',
    text: {
      zh: '孩子吃奶/喝水是否明显减少？',
      en: 'Is your child feeding or drinking much less than usual?',
    },
    type: 'boolean',
    concept: 'dehydration',
    redFlag: true,
    enableWhen: [{ context: 'child' }],
  },
  {
    linkId: 'child.alertness',
    text: {
      zh: '孩子是否精神很差、软绵绵、叫不醒或哭声异常？',
      en: 'Is your child very sleepy, floppy, hard to wake, or crying in an unusual way?',
    },
    type: 'boolean',
    concept: 'infant_danger_signs',
    redFlag: true,
    enableWhen: [{ context: 'child' }],
  },
];

export const FREE_TEXT_END: Question = {
  linkId: 'other',
  text: { zh: '还有什么想告诉医生的？', en: 'Anything else you want the doctor to know?' },
  type: 'text',
};
