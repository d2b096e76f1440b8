import { PAEDIATRIC_AGE_LIMIT_YEARS } from '@yizhu/core/triage/departments.data.ts';
import {
  CHIEF_COMPLAINT_QUESTION,
  type Bilingual,
  type PrecheckAnswer,
  type Question,
  type TriageResult,
} from '@yizhu/core';
import { ageOn } from '../routes/visit-list.ts';
import { evaluate, sessionFlags, summaries, type Evaluated, type PrecheckRow } from './precheck-evaluate.ts';
import type { PrecheckLlmFields } from './precheck-model-read.ts';

/** A question as the patient's screen needs it: wording already chosen for self or guardian. */
export interface QuestionView {
  linkId: string;
  type: Question['type'];
  text: Bilingual;
  options?: { code: string; text: Bilingual }[];
  min?: number;
  max?: number;
  required?: boolean;
}

/** Triage as the patient sees it: what to do, where, and why — never a diagnosis. */
export interface PatientTriageView {
  disposition: TriageResult['disposition'];
  level?: TriageResult['level'];
  departments: { code: string; name: Bilingual }[];
  redFlags: { id: string; label: Bilingual }[];
  reasons: Bilingual[];
  advice: Bilingual;
}

function questionView(q: Question, guardian: boolean): QuestionView {
  return {
    linkId: q.linkId,
    type: q.type,
    text: guardian && q.guardianText ? q.guardianText : q.text,
    ...(q.options ? { options: q.options.map((o) => ({ code: o.code, text: o.text })) } : {}),
    ...(q.min !== undefined ? { min: q.min } : {}),
    ...(q.max !== undefined ? { max: q.max } : {}),
    ...(q.required ? { required: true } : {}),
  };
}

export function patientTriageView(t: TriageResult): PatientTriageView {
  return {
    disposition: t.disposition,
    ...(t.level ? { level: t.level } : {}),
    departments: t.departments.map((d) => ({ code: d.code, name: d.name })),
    redFlags: t.redFlags.map((r) => ({ id: r.id, label: r.label })),
    reasons: t.reasons,
    advice: t.advice,
  };
}

const answerView = (a: PrecheckAnswer) => ({
  value: a.value,
  ...(a.raw !== undefined ? { raw: a.raw } : {}),
  ...(a.flags?.length ? { flags: a.flags } : {}),
});

/**
 * The patient's screen state. No name or record number: the link may be forwarded or seen over a
 * shoulder, so it only names the department and time of the visit.
 */
export function patientState(
  row: PrecheckRow,
  visit: { scheduledAt: Date; department: { nameZh: string; nameEn: string } },
  expiresAt: Date,
  now: Date,
) {
  const ev = evaluate(row, now);
  const guardian = row.respondent === 'guardian';
  const answered =
    ev?.tree.questions
      .filter((q) => row.answers[q.linkId] !== undefined && ev.enabled.has(q.linkId))
      .map((q) => ({ question: questionView(q, guardian), answer: answerView(row.answers[q.linkId]!) })) ??
    [];
  const finished = row.status === 'finished';
  const emergencyNow = ev && !finished && ev.triage.disposition === 'emergency';
  return {
    status: row.status,
    expiresAt: expiresAt.toISOString(),
    visit: { scheduledAt: visit.scheduledAt.toISOString(), department: visit.department },
    respondent: row.respondent,
    child: ageOn(row.patient.birthDate, now) < PAEDIATRIC_AGE_LIMIT_YEARS,
    chiefComplaint: row.chiefComplaint,
    family: row.family,
    next:
      ev && !finished
        ? {
            question: ev.next.question ? questionView(ev.next.question, guardian) : null,
            progress: ev.next.progress,
            done: ev.next.done,
          }
        : null,
    progress: ev?.next.progress ?? null,
    answered,
    // An emergency found mid-way is shown at once; the patient should not answer twenty more questions first.
    alert: emergencyNow ? patientTriageView(ev.triage) : null,
    result: finished && row.triage ? patientTriageView(row.triage) : null,
  };
}

/**
 * What the model read, for the doctor: each verified finding marked as the model's, with the
 * patient's quoted words and the question they answered; the notice when the model was not (fully)
 * used; and whether its findings raised the triage above the rules' own result.
 */
function modelView(llm: PrecheckLlmFields, ev: Evaluated | null) {
  const question = (linkId: string): Bilingual =>
    ev?.tree.questions.find((q) => q.linkId === linkId)?.text ?? CHIEF_COMPLAINT_QUESTION;
  return {
    used: llm.used,
    model: llm.model,
    notice: llm.notice ?? null,
    raised: llm.raised,
    deterministicDisposition: llm.deterministic?.disposition ?? null,
    stats: {
      offered: llm.stats.offered,
      returned: llm.stats.returned,
      accepted: llm.stats.accepted,
      rejected: llm.stats.rejected,
    },
    findings: llm.findings.map((f) => ({ ...f, question: question(f.linkId) })),
  };
}

/** The doctor's view: summary in both languages, triage, and every flag. */
export function staffView(
  row: PrecheckRow,
  meta: {
    createdAt: Date;
    expiresAt: Date;
    updatedAt: Date;
    finishedAt: Date | null;
    sourceId: string | null;
  },
  now: Date,
) {
  const ev = evaluate(row, now);
  return {
    id: row.id,
    status: row.status,
    createdAt: meta.createdAt.toISOString(),
    expiresAt: meta.expiresAt.toISOString(),
    updatedAt: meta.updatedAt.toISOString(),
    finishedAt: meta.finishedAt ? meta.finishedAt.toISOString() : null,
    expired: row.status !== 'finished' && meta.expiresAt <= now,
    respondent: row.respondent,
    chiefComplaint: row.chiefComplaint,
    family: row.family,
    progress: ev?.next.progress ?? null,
    triage: row.triage ?? ev?.triage ?? null,
    summary: ev ? summaries(row, ev) : null,
    flags: sessionFlags(row, ev),
    sourceId: meta.sourceId,
    llm: row.llm ? modelView(row.llm, ev) : null,
  };
}
