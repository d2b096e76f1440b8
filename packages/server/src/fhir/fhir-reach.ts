import type { Principal } from '@yizhu/core';
import type { Executor } from '../db/executor.ts';

/**
 * What a caller may see through /fhir, as query narrowing (security.md AC-10), with the same rules as
 * core access/policy.ts:
 * - patient-level data (Patient, EMR history): patients seen in the clinician's department, or the
 *   patient themself;
 * - visit-level data (Encounter, sources, signed records): visits of the clinician's department, or
 *   the patient's own visits;
 * - AuditEvent: doctors for their department's patients; a patient for themself ("who looked at my
 *   record"); nurses and admins none (there is no audit role yet; admins read no clinical content).
 */
export interface FhirReach {
  orgId: string;
  patientIds: string[];
  visits: { departmentId: string } | { patientId: string } | null;
  auditPatientIds: string[];
}

export async function fhirReach(db: Executor, p: Principal): Promise<FhirReach> {
  if (p.role === 'patient' && p.patientId) {
    const own = await db
      .selectFrom('patients')
      .select('id')
      .where('id', '=', p.patientId)
      .where('org_id', '=', p.orgId)
      .executeTakeFirst();
    const ids = own ? [own.id] : [];
    return {
      orgId: p.orgId,
      patientIds: ids,
      visits: own ? { patientId: own.id } : null,
      auditPatientIds: ids,
    };
  }
  if ((p.role === 'doctor' || p.role === 'nurse') && p.departmentId) {
    const rows = await db
      .selectFrom('encounters')
      .select('patient_id')
      .distinct()
      .where('department_id', '=', p.departmentId)
      .where('org_id', '=', p.orgId)
      .execute();
    const ids = rows.map((r) => r.patient_id);
    return {
      orgId: p.orgId,
      patientIds: ids,
      visits: { departmentId: p.departmentId },
      auditPatientIds: p.role === 'doctor' ? ids : [],
    };
  }
  return { orgId: p.orgId, patientIds: [], visits: null, auditPatientIds: [] };
}
