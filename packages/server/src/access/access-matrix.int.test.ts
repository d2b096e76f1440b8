import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../test/test-app.ts';

/**
 * Roles × resources (AC-01): every cell states the expected status. Outside one's reach is 404
 * (the record's existence is not revealed); role-level functions answer 403.
 */
let t: TestApp;
const c: Record<string, Client> = {};
const ACTORS = ['dr.wang', 'dr.li', 'dr.zhang', 'nurse.chen', 'admin', 'pt.zhou', 'pt.wu'] as const;
let encounterOf: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  for (const a of ACTORS) c[a] = await t.login(a);
  const rows = await t.database.db
    .selectFrom('encounters')
    .select(['id', 'patient_id'])
    .where('status', '!=', 'finished')
    .execute();
  encounterOf = Object.fromEntries(rows.map((r) => [r.patient_id, r.id]));
});
afterAll(() => t.close());

// 周建国 is seen only in Internal Medicine (IM), 吴秀兰 only in General Practice (GP).
const PATIENT_MATRIX: Record<string, Record<(typeof ACTORS)[number], number>> = {
  周建国: {
    'dr.wang': 200,
    'dr.li': 200,
    'dr.zhang': 404,
    'nurse.chen': 200,
    admin: 404,
    'pt.zhou': 200,
    'pt.wu': 404,
  },
  吴秀兰: {
    'dr.wang': 404,
    'dr.li': 404,
    'dr.zhang': 200,
    'nurse.chen': 404,
    admin: 404,
    'pt.zhou': 404,
    'pt.wu': 200,
  },
};

describe.each(Object.entries(PATIENT_MATRIX))('patient %s', (name, expected) => {
  it.each(ACTORS)('%s reads the patient, its visit and its FHIR Patient as expected', async (actor) => {
    const id = t.ids.patients[name]!;
    const want = expected[actor];
    expect((await c[actor]!.get(`/api/patients/${id}`)).statusCode).toBe(want);
    expect((await c[actor]!.get(`/fhir/Patient/${id}`)).statusCode).toBe(want);
    expect((await c[actor]!.get(`/api/visits/${encounterOf[id]}`)).statusCode).toBe(want);
  });
});

describe('function-level access', () => {
  const FUNCTIONS: [string, Record<(typeof ACTORS)[number], number>][] = [
    [
      '/api/admin/users',
      {
        'dr.wang': 403,
        'dr.li': 403,
        'dr.zhang': 403,
        'nurse.chen': 403,
        admin: 200,
        'pt.zhou': 403,
        'pt.wu': 403,
      },
    ],
    [
      '/api/visits/today',
      {
        'dr.wang': 200,
        'dr.li': 200,
        'dr.zhang': 200,
        'nurse.chen': 200,
        admin: 404,
        'pt.zhou': 404,
        'pt.wu': 404,
      },
    ],
    [
      '/api/me/visits',
      {
        'dr.wang': 404,
        'dr.li': 404,
        'dr.zhang': 404,
        'nurse.chen': 404,
        admin: 404,
        'pt.zhou': 200,
        'pt.wu': 200,
      },
    ],
  ];
  it.each(FUNCTIONS)('%s', async (url, expected) => {
    for (const actor of ACTORS) expect((await c[actor]!.get(url)).statusCode, actor).toBe(expected[actor]);
  });

  it('an unknown id and an anonymous caller learn nothing', async () => {
    const ghost = '00000000-0000-4000-8000-000000000000';
    for (const actor of ACTORS) expect((await c[actor]!.get(`/api/patients/${ghost}`)).statusCode).toBe(404);
    for (const url of [
      '/api/patients/' + t.ids.patients['周建国'],
      '/api/visits/today',
      '/api/admin/users',
      '/api/me/visits',
    ]) {
      expect((await t.anonymous().get(url)).statusCode).toBe(401);
    }
  });
});

describe('lists are narrowed to the caller', () => {
  it("a doctor sees only their own visits today; a nurse sees the department's", async () => {
    const wang = (await c['dr.wang']!.get('/api/visits/today')).json().visits;
    expect(wang.length).toBeGreaterThanOrEqual(3);
    expect(wang.every((v: { doctor: { id: string } }) => v.doctor.id === t.ids.users['dr.wang'])).toBe(true);
    const nurse = (await c['nurse.chen']!.get('/api/visits/today')).json().visits;
    expect(nurse.length).toBeGreaterThan(wang.length); // dr.wang's and dr.li's
    expect(
      nurse.every((v: { department: { nameEn: string } }) => v.department.nameEn === 'Internal Medicine'),
    ).toBe(true);
  });

  it('a patient sees only their own visits', async () => {
    const mine = (await c['pt.zhou']!.get('/api/me/visits')).json().visits;
    expect(mine.length).toBe(2);
    expect(mine.every((v: { patient: { id: string } }) => v.patient.id === t.ids.patients['周建国'])).toBe(
      true,
    );
  });

  it('the admin user list shows staff, not patients or clinical content', async () => {
    const users = (await c.admin!.get('/api/admin/users')).json().users;
    expect(users.map((u: { role: string }) => u.role)).not.toContain('patient');
    expect(JSON.stringify(users)).not.toContain('周建国');
  });
});
