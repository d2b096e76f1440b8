// Shapes of the server's JSON API (see issue 2 / packages/server routes). Kept by hand because web
// talks to the server over HTTP only and must not import server code.

export type Role = 'doctor' | 'nurse' | 'admin' | 'patient';
export type Sex = 'male' | 'female' | 'other' | 'unknown';
// FHIR Encounter.status values used by the server's encounters table.
export type VisitStatus = 'planned' | 'arrived' | 'in-progress' | 'finished' | 'cancelled';

export interface Department {
  id: string;
  nameZh: string;
  nameEn: string;
}

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  department: Department | null;
  patientId: string | null;
  totpEnabled: boolean;
}

export interface Session {
  user: SessionUser;
  csrfToken: string;
  idleTimeoutMs: number;
}

export interface Visit {
  id: string;
  scheduledAt: string;
  status: VisitStatus | string;
  reason: string | null;
  patient: { id: string; name: string; sex: Sex; age: number | null };
  doctor: { id: string; displayName: string } | null;
  department: Department;
}

export interface AdminUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  department: Department | null;
  disabled: boolean;
  lastLoginAt: string | null;
}

/** The admin API creates staff only; patient accounts are linked to a patient record by the CLI. */
export type StaffRole = Exclude<Role, 'patient'>;

export interface NewUser {
  username: string;
  displayName: string;
  role: StaffRole;
  departmentId?: string;
  password: string;
}
