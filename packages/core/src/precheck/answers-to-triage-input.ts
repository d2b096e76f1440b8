/**
 * Questionnaire answers → triage input, so triage sees exactly what the patient answered: yes/no
 * red-flag questions and chosen options become structured findings (with their linkId), the
 * severity scale and duration become numbers, and free text joins the chief complaint.
 */
import type { StructuredFinding, TriageInput } from '../triage/triage-types.ts';
import { enabledQuestions } from './next-question.ts';
import type { PrecheckAnswers, PrecheckContext, QuestionTree } from './question-tree-types.ts';

export function answersToTriageInput(
  tree: QuestionTree,
  answers: PrecheckAnswers,
  ctx: PrecheckContext,
  chiefComplaint: string,
): TriageInput {
  const findings: StructuredFinding[] = [];
  const texts = [chiefComplaint];
  let severity: number | undefined;
  let durationHours: number | undefined;
  let pregnant: boolean | undefined;
  let temperature: number | undefined;
  for (const q of enabledQuestions(tree, answers, ctx)) {
    const a = answers[q.linkId];
    if (!a || a.value === null) continue;
    const v = a.value;
    if (q.type === 'boolean' && q.concept && typeof v === 'boolean')
      findings.push({ concept: q.concept, present: v, linkId: q.linkId });
    if ((q.type === 'choice' || q.type === 'multi') && q.options) {
      const chosen = Array.isArray(v) ? v : [String(v)];
      for (const o of q.options)
        if (o.concept && chosen.includes(o.code))
          findings.push({ concept: o.concept, present: true, linkId: q.linkId });
    }
    if (q.linkId === 'severity' && typeof v === 'number') severity = v;
    if (q.linkId === 'duration' && typeof v === 'number') durationHours = v;
    if (q.linkId === 'fever.max' && typeof v === 'number') temperature = v;
    if (q.linkId === 'pregnancy.status') pregnant = v === 'yes';
    if (q.type === 'text' && typeof v === 'string' && v.trim()) texts.push(v);
  }
  return {
    text: texts.join('。\n'),
    ...(ctx.ageYears !== undefined ? { ageYears: ctx.ageYears } : {}),
    ...(ctx.sex ? { sex: ctx.sex } : {}),
    ...(pregnant !== undefined ? { pregnant } : {}),
    ...(severity !== undefined ? { severity } : {}),
    ...(durationHours !== undefined ? { durationHours } : {}),
    ...(temperature !== undefined ? { vitals: { temperatureC: temperature } } : {}),
    findings,
  };
}
