import { describe, expect, it } from 'vitest';
import { QUESTION_TREES } from './complaint-trees.data.ts';
import { nextQuestion } from './next-question.ts';
import { parseAnswer } from './parse-answer.ts';
import type { PrecheckAnswers, PrecheckContext, QuestionTree } from './question-tree-types.ts';

const adultMan: PrecheckContext = { ageYears: 45, sex: 'M', respondent: 'self' };
const woman: PrecheckContext = { ageYears: 30, sex: 'F', respondent: 'self' };
const guardian: PrecheckContext = { ageYears: 2, respondent: 'guardian' };

/** Answers every question with a plausible answer until done; returns the linkIds asked. */
function walk(
  tree: QuestionTree,
  ctx: PrecheckContext,
  pick: (linkId: string) => unknown = () => undefined,
): string[] {
  const answers: Record<string, ReturnType<typeof parseAnswer>> = {};
  const asked: string[] = [];
  for (let i = 0; i < 100; i++) {
    const n = nextQuestion(tree, answers, ctx);
    if (n.done || !n.question) break;
    const q = n.question;
    asked.push(q.linkId);
    const chosen = pick(q.linkId);
    const raw =
      chosen !== undefined
        ? chosen
        : q.type === 'boolean'
          ? false
          : q.type === 'scale' || q.type === 'integer'
            ? (q.min ?? 0) + 1
            : q.type === 'duration'
              ? '2天'
              : q.options
                ? q.options[0]?.code
                : 'none';
    answers[q.linkId] = parseAnswer(q, raw as string);
  }
  return asked;
}

describe('nextQuestion', () => {
  it('walks every tree to the end with unique, stable linkIds', () => {
    for (const tree of Object.values(QUESTION_TREES)) {
      const ids = tree.questions.map((q) => q.linkId);
      expect(new Set(ids).size, tree.id).toBe(ids.length);
      const asked = walk(tree, woman);
      expect(asked[0]).toBe('onset');
      expect(asked.at(-1)).toBe('other');
    }
  });

  it('skips pregnancy questions for men and asks them for women of childbearing age', () => {
    expect(walk(QUESTION_TREES.abdominal, adultMan)).not.toContain('pregnancy.status');
    expect(walk(QUESTION_TREES.abdominal, woman)).toContain('pregnancy.status');
    expect(walk(QUESTION_TREES.abdominal, { ageYears: 70, sex: 'F', respondent: 'self' })).not.toContain(
      'pregnancy.status',
    );
  });

  it('follows skip logic: weeks only after "pregnant = yes"', () => {
    expect(
      walk(QUESTION_TREES.womens_health, woman, (id) => (id === 'pregnancy.status' ? 'no' : undefined)),
    ).not.toContain('pregnancy.weeks');
    expect(
      walk(QUESTION_TREES.womens_health, woman, (id) => (id === 'pregnancy.status' ? 'yes' : undefined)),
    ).toContain('pregnancy.weeks');
  });

  it('asks child questions with guardian wording and skips adult-only ones', () => {
    const tree = QUESTION_TREES.fever;
    const asked = walk(tree, guardian);
    expect(asked).toContain('child.alertness');
    expect(asked).not.toContain('history.anticoagulant');
    const first = nextQuestion(tree, {}, guardian).question;
    expect(first?.display.zh).toContain('孩子');
  });

  it('reports progress and resumes from stored answers', () => {
    const tree = QUESTION_TREES.chest_pain;
    const start = nextQuestion(tree, {}, adultMan);
    expect(start.progress.answered).toBe(0);
    const answers: PrecheckAnswers = { onset: parseAnswer(tree.questions[0]!, 'sudden') };
    const resumed = nextQuestion(tree, answers, adultMan);
    expect(resumed.question?.linkId).toBe('duration');
    expect(resumed.progress.answered).toBe(1);
    expect(resumed.progress.percent).toBeGreaterThan(0);
  });

  it('answers the next question in well under 20 ms', () => {
    const tree = QUESTION_TREES.abdominal;
    const t0 = performance.now();
    for (let i = 0; i < 1000; i++) nextQuestion(tree, {}, woman);
    expect((performance.now() - t0) / 1000).toBeLessThan(20);
  });
});
