import { addDays, CURRENT_PROTOCOL, YizhuError, type IsoDate, type Programme } from '@yizhu/core';
import type { Executor } from '../db/executor.ts';

export interface EnrolInput {
  orgId: string;
  patientId: string;
  programme: Programme;
  doctorId: string;
  departmentId: string;
  enrolledOn: IsoDate;
  source: 'record' | 'doctor';
  recordId?: string | null;
  diagnosisCode?: string | null;
  enrolledBy?: string | null;
  /** review: proposed from a record but outside the standard's target; no tasks until a doctor confirms. */
  status: 'active' | 'review';
}

/**
 * Enrols one patient in one programme and plans the first follow-up. From a signed record the visit
 * itself was the first contact, so the next one is a routine interval away; a doctor enrolling
 * without a visit wants the first assessment within the "due soon" window.
 */
export async function enrolPatient(
  db: Executor,
  e: EnrolInput,
): Promise<{ id: string; taskId: string | null }> {
  const protocol = CURRENT_PROTOCOL[e.programme];
  const live = await db
    .selectFrom('followup_enrolments')
    .select(['id', 'status'])
    .where('patient_id', '=', e.patientId)
    .where('programme', '=', e.programme)
    .where('status', '<>', 'exited')
    .executeTakeFirst();
  if (live && !(live.status === 'review' && e.status === 'active')) {
    throw new YizhuError('conflict', 'patient is already enrolled in this programme');
  }
  let id: string;
  if (live) {
    // A doctor confirms a proposal made from a record: same row, now active.
    await db
      .updateTable('followup_enrolments')
      .set({
        status: 'active',
        doctor_id: e.doctorId,
        department_id: e.departmentId,
        enrolled_by: e.enrolledBy ?? null,
      })
      .where('id', '=', live.id)
      .execute();
    id = live.id;
  } else {
    const row = await db
      .insertInto('followup_enrolments')
      .values({
        org_id: e.orgId,
        patient_id: e.patientId,
        programme: e.programme,
        protocol_id: protocol.id,
        protocol_version: protocol.version,
        doctor_id: e.doctorId,
        department_id: e.departmentId,
        enrolled_on: e.enrolledOn,
        source: e.source,
        source_record_id: e.recordId ?? null,
        diagnosis_code: e.diagnosisCode ?? null,
        enrolled_by: e.enrolledBy ?? null,
        status: e.status,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    id = row.id;
  }
  if (e.status !== 'active') return { id, taskId: null };
  const s = protocol.schedule;
  const days = e.source === 'record' ? s.routineIntervalDays.value : s.dueSoonDays.value;
  const task = await db
    .insertInto('followup_tasks')
    .values({
      enrolment_id: id,
      kind: 'routine',
      scheduled_on: e.enrolledOn,
      due_date: addDays(e.enrolledOn, days),
      state: 'upcoming',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id, taskId: task.id };
}

/** ICD-10 codes found anywhere in a signed record's content (diagnoses as codings or plain codes). */
export function diagnosisCodesIn(content: unknown): string[] {
  const out = new Set<string>();
  const walk = (v: unknown, depth: number): void => {
    if (depth > 12 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x) => walk(x, depth + 1));
    const o = v as Record<string, unknown>;
    const system = typeof o.system === 'string' ? o.system.toLowerCase() : '';
    if (typeof o.code === 'string' && (system.includes('icd-10') || system.includes('icd10')))
      out.add(o.code);
    if (typeof o.icd10 === 'string') out.add(o.icd10);
    for (const x of Object.values(o)) walk(x, depth + 1);
  };
  walk(content, 0);
  return [...out];
}
