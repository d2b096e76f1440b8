/**
 * The adaptive engine: given a tree and the answers so far, which question comes next, and how far
 * along the patient is. Pure and cheap (a linear pass), so it runs per keystroke on a phone or per
 * request on the server; resuming after the page was closed is just calling it with stored answers.
 */
import { PAEDIATRIC_AGE_LIMIT_YEARS } from '../triage/departments.data.ts';
import type { Bilingual } from '../types/evidence.ts';
import type {
  PrecheckAnswers,
  EnableWhen,
  PrecheckContext,
  Question,
  QuestionTree,
} from './question-tree-types.ts';

export interface NextQuestion {
  question: (Question & { display: Bilingual }) | null;
  progress: { answered: number; total: number; percent: number };
  done: boolean;
}

function contextHolds(
  c: 'child' | 'adult' | 'female' | 'male' | 'childbearing',
  ctx: PrecheckContext,
): boolean {
  const age = ctx.ageYears;
  const child = ctx.respondent === 'guardian' || (age !== undefined && age < PAEDIATRIC_AGE_LIMIT_YEARS);
  switch (c) {
    case 'child':
      return child;
    case 'adult':
      return !child;
    case 'female':
      return ctx.sex === 'F';
    case 'male':
      return ctx.sex === 'M';
    case 'childbearing':
      // Unknown age or sex: ask rather than miss a pregnancy.
      return ctx.sex !== 'M' && (age === undefined || (age >= 12 && age < 56));
  }
}

function conditionHolds(c: EnableWhen, answers: PrecheckAnswers, ctx: PrecheckContext): boolean {
  if ('context' in c) return contextHolds(c.context, ctx);
  const v = answers[c.linkId]?.value;
  if (v === undefined || v === null) return false;
  if ('equals' in c) return v === c.equals;
  if ('includes' in c) return Array.isArray(v) && v.includes(c.includes);
  return typeof v === 'number' && v >= c.atLeast;
}

export function isEnabled(q: Question, answers: PrecheckAnswers, ctx: PrecheckContext): boolean {
  return (q.enableWhen ?? []).every((c) => conditionHolds(c, answers, ctx));
}

/** Questions that apply given the answers so far; answers to questions no longer enabled are ignored. */
export function enabledQuestions(
  tree: QuestionTree,
  answers: PrecheckAnswers,
  ctx: PrecheckContext,
): Question[] {
  return tree.questions.filter((q) => isEnabled(q, answers, ctx));
}

export function nextQuestion(
  tree: QuestionTree,
  answers: PrecheckAnswers,
  ctx: PrecheckContext,
): NextQuestion {
  const enabled = enabledQuestions(tree, answers, ctx);
  const answered = enabled.filter((q) => answers[q.linkId] !== undefined).length;
  const total = enabled.length;
  const next = enabled.find((q) => answers[q.linkId] === undefined) ?? null;
  const progress = { answered, total, percent: total ? Math.round((100 * answered) / total) : 100 };
  if (!next) return { question: null, progress, done: true };
  const display = ctx.respondent === 'guardian' && next.guardianText ? next.guardianText : next.text;
  return { question: { ...next, display }, progress, done: false };
}
