import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { verifyAuditLog } from './audit-log.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('audit trail', () => {
  it('records who read which patient, with outcome, time, address and request id', async () => {
    const doc = await t.login('dr.wang');
    const id = t.ids.patients['周建国']!;
    const res = await doc.get(`/api/patients/${id}`);
    const e = await t.database.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'patient.read')
      .where('patient_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(e).toMatchObject({
      actor_id: t.ids.users['dr.wang'],
      actor_role: 'doctor',
      outcome: 'success',
      resource_type: 'Patient',
      resource_id: id,
      request_id: res.headers['x-request-id'],
    });
    expect(e.client_ip).toBeTruthy();
    expect(new Date(e.at).getTime()).toBe(t.now().getTime());
  });

  it('a list of visits names every patient shown (AUD-03)', async () => {
    const doc = await t.login('dr.wang');
    const visits = (await doc.get('/api/visits/today')).json().visits as { patient: { id: string } }[];
    const events = await t.database.db
      .selectFrom('audit_events')
      .select('patient_id')
      .where('action', '=', 'visit.list')
      .where('actor_id', '=', t.ids.users['dr.wang']!)
      .execute();
    expect(new Set(events.map((e) => e.patient_id))).toEqual(new Set(visits.map((v) => v.patient.id)));
  });

  it('denied reads are audited as denied', async () => {
    const pt = await t.login('pt.wu');
    await pt.get(`/api/patients/${t.ids.patients['周建国']}`);
    const denied = await t.database.db
      .selectFrom('audit_events')
      .select(['outcome', 'patient_id'])
      .where('actor_id', '=', t.ids.users['pt.wu']!)
      .where('action', '=', 'patient.read')
      .execute();
    expect(denied).toEqual([{ outcome: 'denied', patient_id: null }]);
  });

  it('the application cannot update, delete or truncate audit rows', async () => {
    const db = t.database.db;
    await expect(
      sql`UPDATE audit_events SET outcome = 'success' WHERE seq = 1`.execute(db),
    ).rejects.toThrow();
    await expect(sql`DELETE FROM audit_events WHERE seq = 1`.execute(db)).rejects.toThrow();
    await expect(sql`TRUNCATE audit_events`.execute(db)).rejects.toThrow();
    expect((await verifyAuditLog(db)).ok).toBe(true);
  });

  it('verify reports the first broken link when a row is changed or removed', async () => {
    const db = t.database.db;
    const ok = await verifyAuditLog(db);
    expect(ok.ok).toBe(true);
    expect(ok.checked).toBeGreaterThan(5);
    // Simulate tampering by someone able to switch the guard trigger off (a DBA, not the app).
    await sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only`.execute(db);
    await sql`UPDATE audit_events SET outcome = 'failure' WHERE seq = 3`.execute(db);
    expect(await verifyAuditLog(db)).toMatchObject({
      ok: false,
      seq: 3,
      reason: 'hash_mismatch',
      checked: 2,
    });
    await sql`UPDATE audit_events SET outcome = 'success' WHERE seq = 3`.execute(db);
    expect((await verifyAuditLog(db)).ok).toBe(true);
    await sql`DELETE FROM audit_events WHERE seq = 4`.execute(db);
    expect(await verifyAuditLog(db)).toMatchObject({ ok: false, seq: 4, reason: 'gap' });
    await sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only`.execute(db);
  });
});

describe('signed records are append-only', () => {
  it('refuses update and delete on records', async () => {
    const db = t.database.db;
    const enc = await db.selectFrom('encounters').select('id').limit(1).executeTakeFirstOrThrow();
    await db
      .insertInto('records')
      .values({
        encounter_id: enc.id,
        version: 1,
        content: JSON.stringify({ text: '示例' }),
        content_hash: 'h',
        signed_by: t.ids.users['dr.wang']!,
        signed_at: t.now(),
      })
      .execute();
    await expect(sql`UPDATE records SET amendment_reason = 'x'`.execute(db)).rejects.toThrow();
    await expect(sql`DELETE FROM records`.execute(db)).rejects.toThrow();
  });
});
