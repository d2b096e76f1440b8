import { describe, expect, it } from 'vitest';
import {
  canManageUsers,
  canPrepareEncounter,
  canReadEncounter,
  canReadPatient,
  canSignEncounter,
  type Principal,
} from './policy.ts';

const org = 'org-1';
const p = (role: Principal['role'], extra: Partial<Principal> = {}): Principal => ({
  userId: `${role}-1`,
  orgId: org,
  role,
  departmentId: role === 'doctor' || role === 'nurse' ? 'IM' : null,
  patientId: role === 'patient' ? 'pat-1' : null,
  ...extra,
});
const patient = { patientId: 'pat-1', orgId: org, departmentIds: ['IM'] };
const enc = { encounterId: 'e1', orgId: org, patientId: 'pat-1', departmentId: 'IM', doctorId: 'doctor-1' };

describe('access policy', () => {
  it('clinicians of the department see the patient; others do not', () => {
    expect(canReadPatient(p('doctor'), patient)).toBe('allow');
    expect(canReadPatient(p('nurse'), patient)).toBe('allow');
    expect(canReadPatient(p('doctor', { departmentId: 'GP' }), patient)).toBe('hidden');
    expect(canReadPatient(p('admin'), patient)).toBe('hidden');
  });
  it('a patient sees only themself', () => {
    expect(canReadPatient(p('patient'), patient)).toBe('allow');
    expect(canReadPatient(p('patient', { patientId: 'pat-2' }), patient)).toBe('hidden');
  });
  it('another organisation sees nothing, whatever the role', () => {
    for (const role of ['doctor', 'nurse', 'admin', 'patient'] as const) {
      expect(canReadPatient(p(role, { orgId: 'org-2' }), patient)).toBe('hidden');
      expect(canReadEncounter(p(role, { orgId: 'org-2' }), enc)).toBe('hidden');
    }
  });
  it('only the responsible doctor signs; a nurse prepares but cannot sign', () => {
    expect(canSignEncounter(p('doctor'), enc)).toBe('allow');
    expect(canSignEncounter(p('doctor', { userId: 'doctor-2' }), enc)).toBe('forbidden');
    expect(canSignEncounter(p('nurse'), enc)).toBe('forbidden');
    expect(canPrepareEncounter(p('nurse'), enc)).toBe('allow');
    expect(canSignEncounter(p('doctor', { departmentId: 'GP' }), enc)).toBe('hidden');
    expect(canSignEncounter(p('patient'), enc)).toBe('forbidden');
    expect(canPrepareEncounter(p('patient'), enc)).toBe('hidden');
  });
  it('only admins manage users', () => {
    expect(
      ['doctor', 'nurse', 'admin', 'patient'].map((r) => canManageUsers(p(r as Principal['role']))),
    ).toEqual([false, false, true, false]);
  });
});
