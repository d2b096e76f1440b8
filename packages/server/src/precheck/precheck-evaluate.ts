import {
  ANSWER_FLAG_EXTENSION,
  answersToTriageInput,
  doctorSummary,
  enabledQuestions,
  nextQuestion,
  QUESTION_TREES,
  toQuestionnaireResponse,
  triage,
  type Bilingual,
  type ComplaintFamily,
  type DoctorSummary,
  type NextQuestion,
  type PrecheckAnswers,
  type PrecheckContext,
  type QuestionnaireResponse,
  type QuestionTree,
  type TriageInput,
  type TriageResult,
} from '@yizhu/core';
import { ageInMonths, precheckContext, type PatientBasics } from './precheck-context.ts';
import type { PrecheckLlmFields } from './precheck-model-read.ts';

/** What the route layer loads for one pre-consultation session. */
export interface PrecheckRow {
  id: string;
  encounterId: string;
  patientId: string;
  status: 'open' | 'finished';
  respondent: 'self' | 'guardian';
  chiefComplaint: string | null;
  complaintTruncated: boolean;
  family: ComplaintFamily | null;
  answers: PrecheckAnswers;
  patient: PatientBasics;
  triage: TriageResult | null;
  /** Set when a language model read the free text at finish (absent when none is configured). */
  llm: PrecheckLlmFields | null;
}

export interface Evaluated {
  tree: QuestionTree;
  ctx: PrecheckContext;
  next: NextQuestion;
  /** linkIds the skip logic currently asks; answers to others are kept but not used. */
  enabled: ReadonlySet<string>;
  /** Exactly what the rules were given, so model findings can be added to the same input. */
  input: TriageInput;
  triage: TriageResult;
}

export const CHIEF_COMPLAINT_LINK_ID = 'chief-complaint';

/**
 * Walks the tree with the stored answers and triages what is known so far: the same pure core the
 * CLI and eval use. Infants get their age in months, so "fever under 3 months" can fire.
 */
export function evaluate(row: PrecheckRow, now: Date): Evaluated | null {
  if (!row.chiefComplaint || !row.family) return null;
  const tree = QUESTION_TREES[row.family];
  const ctx = precheckContext(row.patient, row.respondent, now);
  const next = nextQuestion(tree, row.answers, ctx);
  const answered = answersToTriageInput(tree, row.answers, ctx, row.chiefComplaint);
  const months = ageInMonths(row.patient.birthDate, now);
  const input = months < 24 ? { ...answered, ageMonths: months } : answered;
  const enabled = new Set(enabledQuestions(tree, row.answers, ctx).map((q) => q.linkId));
  return { tree, ctx, next, enabled, input, triage: triage(input) };
}

export type FlagView = { code: string; message: Bilingual };

/** Everything the doctor should treat with care, beyond the per-answer flags of the summary. */
export function sessionFlags(row: PrecheckRow, ev: Evaluated | null): FlagView[] {
  const flags: FlagView[] = [];
  if (row.status !== 'finished')
    flags.push({
      code: 'not_finished',
      message: { zh: '患者尚未完成预问诊', en: 'the patient has not finished the pre-consultation' },
    });
  if (ev && !ev.next.done)
    flags.push({
      code: 'incomplete',
      message: {
        zh: `还有 ${ev.next.progress.total - ev.next.progress.answered} 个问题未回答`,
        en: `${ev.next.progress.total - ev.next.progress.answered} questions not answered`,
      },
    });
  if (row.complaintTruncated)
    flags.push({
      code: 'text_truncated',
      message: { zh: '主诉过长，仅保留前段', en: 'chief complaint too long; only the start was kept' },
    });
  return flags;
}

export function summaries(row: PrecheckRow, ev: Evaluated): { zh: DoctorSummary; en: DoctorSummary } {
  const complaint = row.chiefComplaint ?? '';
  const t = row.triage ?? ev.triage;
  return {
    zh: doctorSummary(ev.tree, row.answers, ev.ctx, complaint, 'zh', t),
    en: doctorSummary(ev.tree, row.answers, ev.ctx, complaint, 'en', t),
  };
}

/** The source document of the visit: the tree's answers plus the chief complaint in the patient's words. */
export function questionnaireResponse(
  row: PrecheckRow,
  ev: Evaluated,
  opts: { id: string; authored: string; lang: 'zh' | 'en' },
): QuestionnaireResponse {
  const qr = toQuestionnaireResponse(ev.tree, row.answers, ev.ctx, {
    id: opts.id,
    subject: `Patient/${row.patientId}`,
    encounter: `Encounter/${row.encounterId}`,
    authored: opts.authored,
    lang: opts.lang,
    completed: ev.next.done,
  });
  qr.item.unshift({
    linkId: CHIEF_COMPLAINT_LINK_ID,
    text: opts.lang === 'zh' ? '主诉（患者自述）' : 'Chief complaint (patient words)',
    answer: [{ valueString: row.chiefComplaint ?? '' }],
    ...(row.complaintTruncated
      ? { extension: [{ url: ANSWER_FLAG_EXTENSION, valueCode: 'text_truncated' }] }
      : {}),
  });
  return qr;
}
