import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PASSWORD, type Client, type TestApp } from '../test/test-app.ts';

let t: TestApp;
let admin: Client;
let dept: string;
beforeAll(async () => {
  t = await createTestApp({ YIZHU_BODY_LIMIT_BYTES: '4096' });
  admin = await t.login('admin');
  dept = (await admin.get('/api/admin/departments')).json().departments[0].id;
});
afterAll(() => t.close());

const userCount = async () =>
  Number(
    (
      await t.database.db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const raw = (payload: string, contentType = 'application/json') =>
  admin.request({
    method: 'POST',
    url: '/api/admin/users',
    payload,
    headers: { 'content-type': contentType },
  });

function expectProblem(
  res: { statusCode: number; headers: Record<string, unknown>; body: string },
  status: number,
) {
  expect(res.statusCode).toBe(status);
  expect(res.headers['content-type']).toContain('application/problem+json');
  const body = JSON.parse(res.body);
  expect(body).toMatchObject({ status, code: expect.any(String), detail: expect.any(String) });
  expect(res.body).not.toMatch(/at \w+ \(|node_modules|SELECT|INSERT|stack/i); // no stack, no SQL
}

describe('bad input gets a clear 4xx, stores nothing, and the server keeps serving', () => {
  const valid = { username: 'dr.valid', displayName: '有效', role: 'doctor', password: 'Valid-pass-2026' };

  it.each([
    ['malformed JSON', () => raw('{"username": "dr.x", '), 400],
    ['empty body', () => raw(''), 400],
    ['JSON that is not an object', () => raw('[1,2,3]'), 400],
    ['body over the limit', () => raw(JSON.stringify({ ...valid, displayName: 'x'.repeat(10_000) })), 413],
    ['wrong content type', () => raw('username=dr.x', 'application/x-www-form-urlencoded'), 415],
    ['text/plain', () => raw(JSON.stringify(valid), 'text/plain'), 415],
    [
      'unknown field',
      () => admin.post('/api/admin/users', { ...valid, departmentId: undefined, isSuperuser: true }),
      400,
    ],
    ['wrong type', () => admin.post('/api/admin/users', { ...valid, role: 42 }), 400],
    [
      'binary bytes',
      () =>
        admin.request({
          method: 'POST',
          url: '/api/admin/users',
          payload: Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x80]),
          headers: { 'content-type': 'application/json' },
        }),
      400,
    ],
  ] as const)('%s', async (_name, send, status) => {
    const before = await userCount();
    expectProblem(await send(), status);
    expect(await userCount()).toBe(before);
    expect((await t.anonymous().get('/healthz')).statusCode).toBe(200);
  });

  const HOSTILE = [
    "' OR '1'='1",
    "x'; DROP TABLE users; --",
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    'robert"); DELETE FROM patients;--',
    'a\u0000b',
    'line\r\nInjected: log',
    '${7*7}{{7*7}}',
  ];
  it.each(HOSTILE)('hostile text %j in every text field is refused', async (bad) => {
    const before = await userCount();
    for (const field of ['username', 'displayName', 'role', 'departmentId'] as const) {
      const res = await admin.post('/api/admin/users', { ...valid, departmentId: dept, [field]: bad });
      expectProblem(res, 400);
      expect(res.json().issues.map((i: { path: string }) => i.path)).toContain(field);
    }
    const login = await t.anonymous().post('/api/auth/login', { username: bad, password: bad });
    expect([400, 401]).toContain(login.statusCode);
    expect(await userCount()).toBe(before);
    expect(await t.database.db.selectFrom('patients').select('id').execute()).toHaveLength(20);
  });

  it('a malformed id in the path is a 400, not a database error', async () => {
    const doc = await t.login('dr.wang');
    expectProblem(await doc.get("/api/patients/1' OR '1'='1"), 400);
    expectProblem(await doc.get('/api/patients/' + 'a'.repeat(5000)), 400);
  });

  it('under /fhir errors are OperationOutcome', async () => {
    const doc = await t.login('dr.wang');
    for (const [url, code] of [
      ['/fhir/Patient/not-a-uuid', 'invalid'],
      ['/fhir/Patient/00000000-0000-4000-8000-000000000000', 'not-found'],
      ['/fhir/Nope', 'not-found'],
    ] as const) {
      const res = await doc.get(url);
      expect(res.headers['content-type']).toContain('application/fhir+json');
      expect(res.json()).toMatchObject({
        resourceType: 'OperationOutcome',
        issue: [{ severity: 'error', code }],
      });
    }
    expect(
      (await t.anonymous().get('/fhir/Patient/00000000-0000-4000-8000-000000000000')).json().issue[0].code,
    ).toBe('login');
  });

  it('patient data, passwords and session tokens never reach the log', async () => {
    const doc = await t.login('dr.wang');
    await doc.get(`/api/patients/${t.ids.patients['周建国']}?name=周建国`);
    await doc.get('/api/visits/today');
    await t.anonymous().post('/api/auth/login', { username: 'dr.wang', password: 'Canary-Password-123' });
    await doc.request({
      method: 'GET',
      url: '/api/patients/zzz',
      headers: { 'x-forwarded-for': '1.2.3.4\r\nforged: line' },
    });
    const all = t.logs.join('');
    expect(t.logs.length).toBeGreaterThan(3);
    const patient = await t.database.db
      .selectFrom('patients')
      .select(['name', 'mrn', 'phone'])
      .where('name', '=', '周建国')
      .executeTakeFirstOrThrow();
    for (const canary of [
      patient.name,
      patient.mrn,
      patient.phone!,
      TEST_PASSWORD,
      'Canary-Password-123',
      doc.csrf,
    ])
      expect(all).not.toContain(canary);
    expect(all).not.toMatch(/yizhu_session=/);
    for (const line of t.logs) expect(() => JSON.parse(line)).not.toThrow(); // no forged lines
  });

  it('API answers are never cached and carry a request id and security headers', async () => {
    const doc = await t.login('dr.wang');
    const res = await doc.get('/api/visits/today');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});
