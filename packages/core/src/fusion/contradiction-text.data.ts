import type { Bilingual } from '../types/evidence.ts';
import type { ContradictionType, Severity } from './fusion-types.ts';

/**
 * Wording of each contradiction: why it matters and a question the doctor can ask now.
 * Placeholders: {name} concept, {a}/{b} the two sides' statements.
 * Source: written for Yizhu from the cross-check list of issue 5 and 《病历书写基本规范》 (records must
 * be 客观、真实、准确); wording pending clinical review.
 */
export const CONTRADICTION_TEXT: Record<
  ContradictionType,
  { severity: Severity; explanation: Bilingual; question: Bilingual }
> = {
  allergy_denied_vs_recorded: {
    severity: 'high',
    explanation: {
      zh: '一处来源否认过敏，另一处记录了{name}过敏：{a}；{b}。',
      en: 'One source denies allergies, another records an allergy to {name}: {a}; {b}.',
    },
    question: {
      zh: '您以前用{name}有没有出现过皮疹、喘憋等过敏反应？',
      en: 'Have you ever had a rash, wheezing or another reaction after {name}?',
    },
  },
  medication_not_mentioned: {
    severity: 'low',
    explanation: {
      zh: '既往病历中的在用药物{name}在本次问诊中未被提及：{a}。',
      en: 'The EMR lists {name} as active but it was not mentioned at this visit: {a}.',
    },
    question: {
      zh: '您现在还在吃{name}吗？怎么吃的？',
      en: 'Are you still taking {name}? How do you take it?',
    },
  },
  medication_stopped: {
    severity: 'medium',
    explanation: {
      zh: '既往病历记录{name}在用，但本次来源提示已停用或未服用：{a}；{b}。',
      en: 'The EMR lists {name} as active, but this visit suggests it was stopped: {a}; {b}.',
    },
    question: { zh: '{name}是什么时候停的？为什么停？', en: 'When and why did you stop {name}?' },
  },
  duration_mismatch: {
    severity: 'medium',
    explanation: {
      zh: '{name}的持续时间在不同来源中不一致：{a}；{b}。',
      en: 'The duration of {name} differs between sources: {a}; {b}.',
    },
    question: { zh: '{name}到底是从什么时候开始的？', en: 'When exactly did the {name} start?' },
  },
  lab_value_mismatch: {
    severity: 'medium',
    explanation: {
      zh: '同一天的{name}结果在不同来源中不一致：{a}；{b}。',
      en: 'The same-day {name} result differs between sources: {a}; {b}.',
    },
    question: {
      zh: '{name}那天是否查过两次？请核对报告原件。',
      en: 'Was {name} measured twice that day? Please check the original report.',
    },
  },
  symptom_present_vs_denied: {
    severity: 'medium',
    explanation: {
      zh: '一处来源有{name}，另一处否认：{a}；{b}。',
      en: 'One source reports {name}, another denies it: {a}; {b}.',
    },
    question: { zh: '最近有没有{name}？', en: 'Have you had any {name} recently?' },
  },
  condition_denied_vs_recorded: {
    severity: 'medium',
    explanation: {
      zh: '一处来源否认{name}，另一处有记录：{a}；{b}。',
      en: 'One source denies {name}, another records it: {a}; {b}.',
    },
    question: {
      zh: '以前有没有医生说过您有{name}？',
      en: 'Has a doctor ever told you that you have {name}?',
    },
  },
  diagnosis_missing_from_problem_list: {
    severity: 'low',
    explanation: {
      zh: '患者自述的既往诊断{name}不在既往病历的问题列表中：{a}。',
      en: 'The patient reports {name}, which is not on the EMR problem list: {a}.',
    },
    question: {
      zh: '{name}是在哪里、什么时候诊断的？现在怎么治疗？',
      en: 'Where and when was {name} diagnosed, and how is it treated now?',
    },
  },
  implausible_vital: {
    severity: 'high',
    explanation: {
      zh: '{name}数值不符合生理范围，可能为录入、单位或语音识别错误：{a}。',
      en: 'The {name} value is outside physiological limits, likely an entry, unit or speech-recognition error: {a}.',
    },
    question: { zh: '请重新测量{name}。', en: 'Please re-measure the {name}.' },
  },
};

export function fillTemplate(t: string, vars: Record<string, string>): string {
  return t.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
}
