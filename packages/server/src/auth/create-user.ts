import { checkPassword, invalid, YizhuError, type PasswordPolicy, type Role } from '@yizhu/core';
import type { Executor } from '../db/executor.ts';
import { hashPassword } from './passwords.ts';

export interface NewUser {
  orgId: string;
  username: string;
  displayName: string;
  role: Role;
  password: string;
  departmentId?: string | null | undefined;
  patientId?: string | null | undefined;
}

/** Shared by the admin API, the CLI and the demo seed, so every path applies the same policy. */
export async function createUser(db: Executor, policy: PasswordPolicy, u: NewUser): Promise<string> {
  const problems = checkPassword(u.password, policy, [u.username, u.displayName, 'yizhu']);
  if (problems.length)
    throw invalid(
      'password does not meet the policy',
      problems.map((p) => ({ path: 'password', message: p })),
    );
  if ((u.role === 'doctor' || u.role === 'nurse') && !u.departmentId)
    throw invalid('a department is required for clinical staff', [
      { path: 'departmentId', message: 'required' },
    ]);
  if (u.role === 'patient' && !u.patientId)
    throw invalid('a patient account must be linked to a patient', [
      { path: 'patientId', message: 'required' },
    ]);
  if (u.departmentId) {
    const d = await db
      .selectFrom('departments')
      .select('id')
      .where('id', '=', u.departmentId)
      .where('org_id', '=', u.orgId)
      .executeTakeFirst();
    if (!d) throw invalid('unknown department', [{ path: 'departmentId', message: 'not found' }]);
  }
  const taken = await db
    .selectFrom('users')
    .select('id')
    .where('username', '=', u.username)
    .executeTakeFirst();
  if (taken) throw new YizhuError('conflict', 'that username is already taken');
  const row = await db
    .insertInto('users')
    .values({
      org_id: u.orgId,
      username: u.username,
      display_name: u.displayName,
      role: u.role,
      department_id: u.role === 'doctor' || u.role === 'nurse' ? u.departmentId! : null,
      patient_id: u.role === 'patient' ? u.patientId! : null,
      password_hash: await hashPassword(u.password),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
