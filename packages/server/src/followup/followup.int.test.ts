import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoFollowup } from '../seed/demo-followup.ts';
import { createTestApp, type Client, type TestApp } from '../test/test-app.ts';
import { clinicDate } from './clinic-date.ts';
import { runNightlyPlanning } from './nightly-planning.ts';

const DAY = 86_400_000;
let t: TestApp;
const c: Record<string, Client> = {};
let zhou: string;
let wu: string;
const today = () => clinicDate(t.now(), t.config.utcOffsetMinutes);
const nightly = () => runNightlyPlanning(t.database.db, t.now(), today());
const count = async (table: 'followup_checkins' | 'notifications') =>
  Number(
    (
      await t.database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

async function link(doctor: Client, patientId: string): Promise<string> {
  const res = await doctor.post(`/api/followup/patients/${patientId}/checkin-links`, {});
  expect(res.statusCode).toBe(200);
  const body = res.json();
  expect(body.path).toBe(`/checkin#${body.token}`);
  expect(body.token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 bits
  return body.token;
}

const relogin = async () => {
  for (const u of ['dr.wang', 'dr.li', 'dr.zhang', 'nurse.chen', 'pt.zhou', 'pt.wu', 'admin'])
    c[u] = await t.login(u);
};

beforeAll(async () => {
  t = await createTestApp();
  await seedDemoFollowup(t.database.db, { now: t.now(), utcOffsetMinutes: t.config.utcOffsetMinutes });
  await relogin();
  zhou = t.ids.patients['周建国']!;
  wu = t.ids.patients['吴秀兰']!;
});
afterAll(() => t.close());

describe('panel and access', () => {
  it('shows a doctor their contracted residents, with filters', async () => {
    const all = (await c['dr.wang']!.get('/api/followup/panel')).json();
    expect(all.rows.length).toBeGreaterThan(2);
    expect(all.rows.every((r: { doctorId: string }) => r.doctorId === t.ids.users['dr.wang'])).toBe(true);
    const overdue = (await c['dr.wang']!.get('/api/followup/panel?filter=overdue')).json();
    expect(overdue.rows.length).toBeGreaterThan(0);
    expect(overdue.rows.every((r: { task: { state: string } }) => r.task.state === 'overdue')).toBe(true);
    expect(overdue.rows.length).toBeLessThan(all.rows.length);
    const high = (await c['dr.wang']!.get('/api/followup/panel?filter=high_risk')).json();
    expect(high.rows.map((r: { patient: { id: string } }) => r.patient.id)).toContain(zhou);
    expect((await c['dr.wang']!.get('/api/followup/panel?filter=bogus')).statusCode).toBe(400);
  });

  it('answers 404 to another department, to nurses for the doctor panel, and to admins', async () => {
    expect((await c['dr.zhang']!.get(`/api/followup/patients/${zhou}`)).statusCode).toBe(404);
    expect((await c['dr.wang']!.get(`/api/followup/patients/${wu}`)).statusCode).toBe(404);
    expect((await c['admin']!.get(`/api/followup/patients/${zhou}`)).statusCode).toBe(404);
    expect((await c['nurse.chen']!.get('/api/followup/panel')).statusCode).toBe(404);
    expect((await c['dr.zhang']!.post(`/api/followup/patients/${zhou}/checkin-links`, {})).statusCode).toBe(
      404,
    );
    const enr = (await c['dr.wang']!.get(`/api/followup/patients/${zhou}`)).json().enrolments[0].id;
    const visit = {
      measuredOn: today(),
      bp: { systolic: 130, diastolic: 80 },
      adverseReaction: 'none',
      complication: 'none',
    };
    expect((await c['dr.zhang']!.post(`/api/followup/enrolments/${enr}/visits`, visit)).statusCode).toBe(404);
  });

  it('lets a patient see only their own follow-up', async () => {
    const own = await c['pt.wu']!.get(`/api/followup/patients/${wu}`);
    expect(own.statusCode).toBe(200);
    expect(
      own
        .json()
        .enrolments.map((e: { programme: string }) => e.programme)
        .sort(),
    ).toEqual(['hypertension', 't2dm']);
    expect((await c['pt.wu']!.get(`/api/followup/patients/${zhou}`)).statusCode).toBe(404);
    expect((await c['pt.wu']!.get('/api/followup/panel')).statusCode).toBe(404);
  });

  it('shows trends with EMR and follow-up readings, and risk with inputs or the reason it is not computed', async () => {
    const body = (await c['dr.wang']!.get(`/api/followup/patients/${zhou}`)).json();
    expect(body.trend.bp.length).toBeGreaterThanOrEqual(4);
    expect(body.trend.bp.some((p: { source: string }) => p.source === 'emr')).toBe(true);
    expect(body.trend.weight.length).toBeGreaterThan(0);
    expect(body.risk.chinaPar.computed).toBe(true);
    expect(['low', 'medium', 'high']).toContain(body.risk.chinaPar.band);
    expect(body.risk.chinaPar.inputsUsed.systolic).toBeTypeOf('number');
    const other = (await c['dr.zhang']!.get(`/api/followup/patients/${wu}`)).json();
    expect(other.risk.chinaPar.computed).toBe(false);
    expect(other.risk.chinaPar.reasons.length).toBeGreaterThan(0);
    expect(other.risk.cdrs.computed).toBe(false); // already diabetic
  });

  it('reports 规范管理率 and 控制率 per doctor and for the clinic', async () => {
    const { kpis } = (await c['dr.wang']!.get('/api/followup/kpis')).json();
    const clinic = kpis.find(
      (k: { scope: string; programme: string }) => k.scope === 'clinic' && k.programme === 'hypertension',
    );
    expect(clinic.managed).toBeGreaterThan(0);
    expect(clinic.controlRate).toBeGreaterThanOrEqual(0);
    expect(clinic.controlRate).toBeLessThanOrEqual(1);
    expect(kpis.some((k: { doctorId: string }) => k.doctorId === t.ids.users['dr.wang'])).toBe(true);
    expect(kpis.some((k: { doctorId: string }) => k.doctorId === t.ids.users['dr.zhang'])).toBe(false);
  });
});

describe('enrolment', () => {
  it('enrols by the family doctor, refuses a second live enrolment and other departments', async () => {
    const jiang = t.ids.patients['蒋晓燕']!; // GP, insomnia only
    expect(
      (await c['dr.wang']!.post('/api/followup/enrolments', { patientId: jiang, programme: 'hypertension' }))
        .statusCode,
    ).toBe(404);
    const ok = await c['dr.zhang']!.post('/api/followup/enrolments', {
      patientId: jiang,
      programme: 'hypertension',
    });
    expect(ok.statusCode).toBe(200);
    const again = await c['dr.zhang']!.post('/api/followup/enrolments', {
      patientId: jiang,
      programme: 'hypertension',
    });
    expect(again.statusCode).toBe(409);
    const bad = await c['dr.zhang']!.post('/api/followup/enrolments', {
      patientId: jiang,
      programme: 'copd',
    });
    expect(bad.statusCode).toBe(400);
    const future = await c['dr.zhang']!.post('/api/followup/enrolments', {
      patientId: jiang,
      programme: 't2dm',
      enrolledOn: '2099-01-01',
    });
    expect(future.statusCode).toBe(400);
  });

  it("enrols from a signed record's diagnosis code, with the signing doctor responsible", async () => {
    const db = t.database.db;
    const sun = t.ids.patients['孙丽华']!; // IM, GERD only
    const enc = await db
      .selectFrom('encounters')
      .select(['id'])
      .where('patient_id', '=', sun)
      .executeTakeFirstOrThrow();
    const rec = await db
      .insertInto('records')
      .values({
        encounter_id: enc.id,
        version: 1,
        content: JSON.stringify({
          diagnoses: [{ coding: [{ system: 'http://hl7.org/fhir/sid/icd-10', code: 'I10' }] }],
        }),
        content_hash: 'x',
        signed_by: t.ids.users['dr.li']!,
        signed_at: t.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(
      (await c['dr.zhang']!.post('/api/followup/enrolments/from-record', { recordId: rec.id })).statusCode,
    ).toBe(404);
    const res = await c['dr.wang']!.post('/api/followup/enrolments/from-record', { recordId: rec.id });
    expect(res.statusCode).toBe(200);
    expect(res.json().enrolments).toEqual([
      expect.objectContaining({ programme: 'hypertension', status: 'active' }),
    ]);
    const panel = (await c['dr.li']!.get('/api/followup/panel')).json();
    expect(panel.rows.some((r: { patient: { id: string } }) => r.patient.id === sun)).toBe(true);
    // Signing the same record again proposes nothing new.
    const twice = await c['dr.wang']!.post('/api/followup/enrolments/from-record', { recordId: rec.id });
    expect(twice.json().enrolments[0].already).toBe(true);
  });

  it('moves a resident between doctors without losing tasks or readings', async () => {
    const detail = (await c['dr.wang']!.get(`/api/followup/patients/${zhou}`)).json();
    const enr = detail.enrolments.find((e: { programme: string }) => e.programme === 'hypertension');
    const before = detail.trend.bp.length;
    const res = await c['dr.wang']!.post(`/api/followup/enrolments/${enr.id}/transfer`, {
      doctorId: t.ids.users['dr.li'],
    });
    expect(res.statusCode).toBe(200);
    const li = (await c['dr.li']!.get('/api/followup/panel')).json();
    const row = li.rows.find((r: { enrolmentId: string }) => r.enrolmentId === enr.id);
    expect(row.task.dueDate).toBe(enr.task.dueDate);
    expect((await c['dr.li']!.get(`/api/followup/patients/${zhou}`)).json().trend.bp.length).toBe(before);
    expect(
      (await c['dr.li']!.get('/api/notifications'))
        .json()
        .notifications.some((n: { kind: string }) => n.kind === 'followup.transfer'),
    ).toBe(true);
    const bad = await c['dr.li']!.post(`/api/followup/enrolments/${enr.id}/transfer`, {
      doctorId: t.ids.users['nurse.chen'],
    });
    expect(bad.statusCode).toBe(400);
    await c['dr.li']!.post(`/api/followup/enrolments/${enr.id}/transfer`, {
      doctorId: t.ids.users['dr.wang'],
    });
  });
});

describe('patient check-in by link', () => {
  it('brings an urgent criterion to the responsible doctor at once', async () => {
    const token = await link(c['dr.wang']!, zhou);
    const anon = t.anonymous();
    const form = (await anon.post('/api/checkin/form', { token })).json();
    expect(form.programmes).toContain('hypertension');
    const submittedAt = t.now().getTime();
    const res = await anon.post('/api/checkin', {
      token,
      measuredOn: today(),
      bp: { systolic: 186, diastolic: 112 },
      symptoms: [],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'recorded', urgent: true });
    const { notifications } = (await c['dr.wang']!.get('/api/notifications')).json();
    const urgent = notifications.find((n: { kind: string }) => n.kind === 'followup.urgent');
    expect(urgent).toBeDefined();
    expect(urgent.severity).toBe('urgent');
    expect(new Date(urgent.createdAt).getTime() - submittedAt).toBeLessThan(60_000);
    // Nobody else's inbox.
    expect(
      (await c['dr.zhang']!.get('/api/notifications'))
        .json()
        .notifications.some((n: { kind: string }) => n.kind === 'followup.urgent'),
    ).toBe(false);
    // A danger symptom alone is urgent too.
    const sym = await anon.post('/api/checkin', { token, measuredOn: today(), symptoms: ['blurred_vision'] });
    expect(sym.json().urgent).toBe(true);
    const calm = await anon.post('/api/checkin', {
      token,
      measuredOn: today(),
      bp: { systolic: 132, diastolic: 82 },
      adherence: 'regular',
    });
    expect(calm.json()).toMatchObject({ status: 'recorded', urgent: false });
  });

  it('refuses implausible readings and unit slips unless confirmed, then keeps them flagged and out of trends', async () => {
    const token = await link(c['dr.zhang']!, wu);
    const anon = t.anonymous();
    const n0 = await count('followup_checkins');
    const bp = await anon.post('/api/checkin', {
      token,
      measuredOn: today(),
      bp: { systolic: 300, diastolic: 20 },
    });
    expect(bp.statusCode).toBe(400);
    expect(bp.json().issues.map((i: { path: string }) => i.path)).toContain('bp.systolic');
    const mg = await anon.post('/api/checkin', {
      token,
      measuredOn: today(),
      fastingGlucose: { value: 126, unit: 'mmol/L' },
    });
    expect(mg.statusCode).toBe(400);
    expect(JSON.stringify(mg.json().issues)).toContain('mg/dL');
    expect(await count('followup_checkins')).toBe(n0); // nothing half-saved
    const confirmed = await anon.post('/api/checkin', {
      token,
      measuredOn: today(),
      fastingGlucose: { value: 126, unit: 'mmol/L' },
      confirmImplausible: true,
    });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().flags).toContain('glucose_unit_suspect');
    expect(confirmed.json().urgent).toBe(false); // an implausible number decides nothing
    const trend = (await c['dr.zhang']!.get(`/api/followup/patients/${wu}`)).json().trend;
    expect(trend.fastingGlucose.some((p: { value: number }) => p.value === 126)).toBe(false);
    expect(
      trend.checkins.some((x: { flags: { code: string }[] }) =>
        x.flags.some((f) => f.code === 'glucose_unit_suspect'),
      ),
    ).toBe(true);
    // The same reading in mg/dL is fine (7.0 mmol/L).
    const right = await anon.post('/api/checkin', {
      token,
      measuredOn: today(),
      fastingGlucose: { value: 126, unit: 'mg/dL' },
    });
    expect(right.json().flags).not.toContain('glucose_unit_suspect');
  });

  it('answers duplicates as duplicates, refuses future dates, flags a skewed device clock', async () => {
    const token = await link(c['dr.zhang']!, wu);
    const anon = t.anonymous();
    const body = { token, measuredOn: today(), bp: { systolic: 138, diastolic: 86 }, adherence: 'regular' };
    expect((await anon.post('/api/checkin', body)).json().status).toBe('recorded');
    const n = await count('followup_checkins');
    const dup = await anon.post('/api/checkin', body);
    expect(dup.statusCode).toBe(200);
    expect(dup.json()).toMatchObject({ status: 'duplicate', flags: ['duplicate'] });
    expect(await count('followup_checkins')).toBe(n);
    const future = await anon.post('/api/checkin', {
      ...body,
      measuredOn: clinicDate(new Date(t.now().getTime() + 3 * DAY), 480),
    });
    expect(future.statusCode).toBe(400);
    const skew = await anon.post('/api/checkin', {
      ...body,
      bp: { systolic: 136, diastolic: 84 },
      clientTime: new Date(t.now().getTime() - 3 * 3_600_000).toISOString(),
    });
    expect(skew.json().flags).toContain('client_clock_skew');
  });

  it('rejects bad input with 4xx', async () => {
    const token = await link(c['dr.zhang']!, wu);
    const anon = t.anonymous();
    expect(
      (await anon.post('/api/checkin', { token, measuredOn: today(), symptoms: ['<script>'] })).statusCode,
    ).toBe(400);
    expect((await anon.post('/api/checkin', { token, measuredOn: 'yesterday' })).statusCode).toBe(400);
    expect((await anon.post('/api/checkin', { token, measuredOn: today(), extra: 1 })).statusCode).toBe(400);
    expect(
      (await anon.post('/api/checkin', { token, measuredOn: today(), fastingGlucose: { value: 6 } }))
        .statusCode,
    ).toBe(400);
    expect((await anon.post('/api/checkin', { token: 'short', measuredOn: today() })).statusCode).toBe(400);
    const wrong = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
    expect((await anon.post('/api/checkin', { token: wrong, measuredOn: today() })).statusCode).toBe(404);
    const stored = await t.database.db.selectFrom('followup_checkin_links').select('token_hash').execute();
    expect(stored.some((s) => s.token_hash === token)).toBe(false);
  });
});

describe('nightly planning with the fake clock', () => {
  it('notifies overdue once, escalates with time, and is idempotent', async () => {
    const first = await nightly();
    expect(first.overdueNotified).toBeGreaterThan(0);
    const wangInbox = async () =>
      (await c['dr.wang']!.get('/api/notifications')).json().notifications as { kind: string }[];
    expect((await wangInbox()).some((n) => n.kind === 'followup.overdue')).toBe(true);
    const n = await count('notifications');
    const again = await nightly();
    expect(again.overdueNotified).toBe(0);
    expect(await count('notifications')).toBe(n);

    t.advance(15 * DAY);
    await relogin();
    const later = await nightly();
    expect(later.escalated).toBeGreaterThan(0);
    expect((await wangInbox()).some((n) => n.kind === 'followup.escalation.1')).toBe(true);

    t.advance(20 * DAY);
    await relogin();
    await nightly();
    // Level 2 reaches the other doctors of the department too.
    const li = (await c['dr.li']!.get('/api/notifications')).json().notifications as { kind: string }[];
    expect(li.some((n) => n.kind === 'followup.escalation.2')).toBe(true);
    const levels = await t.database.db
      .selectFrom('followup_tasks')
      .select('escalation_level')
      .where('state', '=', 'overdue')
      .execute();
    expect(levels.some((l) => l.escalation_level === 2)).toBe(true);
  });

  it('reminds patients whose task came due and closes it at the next face-to-face visit', async () => {
    const db = t.database.db;
    const zhouTask = await db
      .selectFrom('followup_tasks as t')
      .innerJoin('followup_enrolments as e', 'e.id', 't.enrolment_id')
      .select(['t.id', 'e.id as enrolment_id'])
      .where('e.patient_id', '=', zhou)
      .where('e.programme', '=', 'hypertension')
      .where('t.state', 'in', ['upcoming', 'due', 'overdue'])
      .executeTakeFirstOrThrow();
    await db
      .updateTable('followup_tasks')
      .set({
        due_date: clinicDate(new Date(t.now().getTime() + 3 * DAY), 480),
        state: 'upcoming',
        reminded_at: null,
      })
      .where('id', '=', zhouTask.id)
      .execute();
    const r = await nightly();
    expect(r.reminders).toBeGreaterThan(0);
    const inbox = (await c['pt.zhou']!.get('/api/notifications')).json().notifications as { kind: string }[];
    expect(inbox.some((n) => n.kind === 'followup.reminder')).toBe(true);
    const visit = await c['dr.wang']!.post(`/api/followup/enrolments/${zhouTask.enrolment_id}/visits`, {
      measuredOn: today(),
      bp: { systolic: 150, diastolic: 92 },
      adverseReaction: 'none',
      complication: 'none',
    });
    expect(visit.statusCode).toBe(200);
    expect(visit.json().assessment.action).toBe('adjust_and_recheck');
    const tasks = await db
      .selectFrom('followup_tasks')
      .select(['state', 'kind'])
      .where('enrolment_id', '=', zhouTask.enrolment_id)
      .execute();
    expect(tasks.filter((x) => x.state === 'done').length).toBeGreaterThan(0);
    expect(tasks.filter((x) => ['upcoming', 'due', 'overdue'].includes(x.state))).toEqual([
      { state: 'upcoming', kind: 'recheck' },
    ]);
    const bad = await c['dr.wang']!.post(`/api/followup/enrolments/${zhouTask.enrolment_id}/visits`, {
      measuredOn: today(),
      bp: { systolic: 150, diastolic: 92 },
    });
    expect(bad.statusCode).toBe(400);
  });

  it('expires check-in links', async () => {
    await relogin();
    const token = await link(c['dr.wang']!, zhou);
    t.advance(31 * DAY);
    expect((await t.anonymous().post('/api/checkin/form', { token })).statusCode).toBe(404);
  });
});
