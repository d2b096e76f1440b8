/**
 * Access policies in one place (issue 2; security.md AC-01, AC-07). The server asks these functions
 * and narrows its queries with the same rules (see server/src/access/scope.ts).
 * - doctor, nurse: clinical data of patients seen in their own department;
 * - patient: only their own data;
 * - admin: manages users, reads no clinical content.
 * Anything outside the caller's reach is reported as not found (404), never as forbidden.
 */
export type Role = 'doctor' | 'nurse' | 'admin' | 'patient';
export const ROLES: readonly Role[] = ['doctor', 'nurse', 'admin', 'patient'];

export interface Principal {
  userId: string;
  orgId: string;
  role: Role;
  departmentId: string | null;
  patientId: string | null; // set for role patient
}

/** What the policy needs to know about a patient: where they have been seen. */
export interface PatientFacts {
  patientId: string;
  orgId: string;
  departmentIds: readonly string[];
}

export interface EncounterFacts {
  encounterId: string;
  orgId: string;
  patientId: string;
  departmentId: string;
  doctorId: string | null;
}

export type Decision = 'allow' | 'hidden';

const isClinician = (p: Principal) => p.role === 'doctor' || p.role === 'nurse';

export function canReadPatient(p: Principal, patient: PatientFacts): Decision {
  if (patient.orgId !== p.orgId) return 'hidden';
  if (p.role === 'patient') return p.patientId === patient.patientId ? 'allow' : 'hidden';
  if (isClinician(p))
    return p.departmentId !== null && patient.departmentIds.includes(p.departmentId) ? 'allow' : 'hidden';
  return 'hidden';
}

export function canReadEncounter(p: Principal, e: EncounterFacts): Decision {
  if (e.orgId !== p.orgId) return 'hidden';
  if (p.role === 'patient') return p.patientId === e.patientId ? 'allow' : 'hidden';
  if (isClinician(p)) return p.departmentId === e.departmentId ? 'allow' : 'hidden';
  return 'hidden';
}

/** Preparing sources (transcript, photos, EMR import) is clinical staff work in the department. */
export function canPrepareEncounter(p: Principal, e: EncounterFacts): Decision {
  return isClinician(p) && canReadEncounter(p, e) === 'allow' ? 'allow' : 'hidden';
}

export type SignDecision = 'allow' | 'hidden' | 'forbidden';

/** Only the visit's responsible doctor signs (AI-01). Others who can see the visit get 403. */
export function canSignEncounter(p: Principal, e: EncounterFacts): SignDecision {
  if (canReadEncounter(p, e) === 'hidden') return 'hidden';
  return p.role === 'doctor' && e.doctorId === p.userId ? 'allow' : 'forbidden';
}

export function canManageUsers(p: Principal): boolean {
  return p.role === 'admin';
}
