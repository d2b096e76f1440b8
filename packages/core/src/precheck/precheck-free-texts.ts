/**
 * The patient's own words in a pre-consultation — the chief complaint, free-text answers, and typed
 * answers the parser could not read (kept verbatim) — for an optional model to read. Tapped choices
 * and parsed numbers are left out: the rules already have them exactly.
 */
import type { PrecheckFreeText } from '../llm/plan-precheck-read.ts';
import { enabledQuestions } from './next-question.ts';
import type { PrecheckAnswers, PrecheckContext, QuestionTree } from './question-tree-types.ts';

export const CHIEF_COMPLAINT_QUESTION = { zh: '主诉（患者自述）', en: 'Chief complaint (patient words)' };

export function precheckFreeTexts(
  tree: QuestionTree,
  answers: PrecheckAnswers,
  ctx: PrecheckContext,
  chiefComplaint: string,
  chiefComplaintLinkId: string,
): PrecheckFreeText[] {
  const out: PrecheckFreeText[] = [
    { linkId: chiefComplaintLinkId, question: CHIEF_COMPLAINT_QUESTION, text: chiefComplaint },
  ];
  for (const q of enabledQuestions(tree, answers, ctx)) {
    const a = answers[q.linkId];
    if (!a) continue;
    const text =
      q.type === 'text' && typeof a.value === 'string' ? a.value : a.value === null ? a.raw : undefined;
    if (text?.trim()) out.push({ linkId: q.linkId, question: q.text, text });
  }
  return out;
}
