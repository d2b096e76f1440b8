import { ageOn, enrolmentsForDiagnoses, isYizhuError, type IsoDate, type VisitDraft } from '@yizhu/core';
import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import { enrolPatient } from './enrol-patient.ts';

export interface SignEnrolment {
  programme: string;
  enrolmentId: string;
  status: 'active' | 'review';
}

/**
 * ICD-10 codes of the facts the signed record's diagnosis section states. Only sentences the composer
 * wrote keep their facts: a diagnosis the doctor typed in has no code, and enrolment is then the
 * family doctor's decision (POST /api/followup/enrolments), not a guess from free text.
 */
export function diagnosisCodesOfDraft(draft: VisitDraft): string[] {
  const ids = new Set(
    draft.zh.filter((s) => s.id === 'diagnosis').flatMap((s) => s.sentences.flatMap((x) => x.factIds)),
  );
  const codes = new Set<string>();
  for (const f of draft.facts) {
    if (!ids.has(f.id) || (f.kind !== 'diagnosis' && f.kind !== 'condition')) continue;
    if (f.status !== 'present') continue; // "高血压？" is a question, not an enrolment
    for (const m of [f, ...f.members]) if (m.code && /icd-?10/i.test(m.code.system)) codes.add(m.code.code);
  }
  return [...codes];
}

/**
 * Enrolment from a signed record (issue 8): a hypertension or type 2 diabetes diagnosis enrols the
 * patient with the signing doctor as responsible, in the signing transaction. Idempotent: a live
 * enrolment in the programme is left as it is (whoever holds it stays responsible). Outside the
 * standard's target (age, code scope) the enrolment is a proposal in `review` with no tasks.
 */
export async function enrolOnSign(
  trx: Transaction<DB>,
  e: {
    orgId: string;
    patientId: string;
    departmentId: string;
    doctorId: string;
    recordId: string;
    signedOn: IsoDate;
    draft: VisitDraft;
  },
): Promise<SignEnrolment[]> {
  const codes = diagnosisCodesOfDraft(e.draft);
  if (codes.length === 0) return [];
  const patient = await trx
    .selectFrom('patients')
    .select('birth_date')
    .where('id', '=', e.patientId)
    .executeTakeFirstOrThrow();
  let proposals;
  try {
    proposals = enrolmentsForDiagnoses(codes, { ageYears: ageOn(patient.birth_date, e.signedOn) });
  } catch (err) {
    // A malformed code in a fact must not block the signature; it simply enrols nobody.
    if (isYizhuError(err) && err.code === 'validation') return [];
    throw err;
  }
  const out: SignEnrolment[] = [];
  for (const pr of proposals) {
    const live = await trx
      .selectFrom('followup_enrolments')
      .select('id')
      .where('patient_id', '=', e.patientId)
      .where('programme', '=', pr.programme)
      .where('status', '<>', 'exited')
      .executeTakeFirst();
    if (live) continue;
    const status = pr.match === 'direct' ? 'active' : 'review';
    const r = await enrolPatient(trx, {
      orgId: e.orgId,
      patientId: e.patientId,
      programme: pr.programme,
      doctorId: e.doctorId,
      departmentId: e.departmentId,
      enrolledOn: e.signedOn,
      source: 'record',
      recordId: e.recordId,
      diagnosisCode: pr.code,
      enrolledBy: e.doctorId,
      status,
    });
    out.push({ programme: pr.programme, enrolmentId: r.id, status });
  }
  return out;
}
