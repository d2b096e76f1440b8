import { canReadEncounter, canReadPatient, notFound, type EncounterFacts, type Principal } from '@yizhu/core';
import type { Executor } from '../db/executor.ts';

/**
 * Loads what the core policy needs about a patient and asks it. Unknown and hidden look the same
 * (404), so a caller cannot probe which record ids exist.
 */
export async function assertPatientReadable(db: Executor, p: Principal, patientId: string): Promise<void> {
  const patient = await db
    .selectFrom('patients')
    .select(['id', 'org_id'])
    .where('id', '=', patientId)
    .executeTakeFirst();
  if (!patient) throw notFound('patient');
  const depts = await db
    .selectFrom('encounters')
    .select('department_id')
    .distinct()
    .where('patient_id', '=', patientId)
    .execute();
  const facts = { patientId, orgId: patient.org_id, departmentIds: depts.map((d) => d.department_id) };
  if (canReadPatient(p, facts) !== 'allow') throw notFound('patient');
}

export async function loadEncounterFacts(db: Executor, encounterId: string): Promise<EncounterFacts | null> {
  const e = await db
    .selectFrom('encounters')
    .select(['id', 'org_id', 'patient_id', 'department_id', 'doctor_id'])
    .where('id', '=', encounterId)
    .executeTakeFirst();
  return e
    ? {
        encounterId: e.id,
        orgId: e.org_id,
        patientId: e.patient_id,
        departmentId: e.department_id,
        doctorId: e.doctor_id,
      }
    : null;
}

export async function assertEncounterReadable(
  db: Executor,
  p: Principal,
  encounterId: string,
): Promise<EncounterFacts> {
  const facts = await loadEncounterFacts(db, encounterId);
  if (!facts || canReadEncounter(p, facts) !== 'allow') throw notFound('visit');
  return facts;
}
