import { addDays } from '@yizhu/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../test/test-app.ts';
import { openVisit, sign } from '../test/visit-factory.ts';
import { clinicDate } from './clinic-date.ts';

// Issue 8, closing the loop: check-ins since the last visit reach the next draft; a signed
// hypertension / T2DM diagnosis enrols the patient.
let t: TestApp;
let wang: Client;
let zhou: string;
const today = () => clinicDate(t.now(), t.config.utcOffsetMinutes);

interface Sentence {
  text: string;
  evidence: { sourceId: string; locator: { kind: string; linkId?: string } }[];
}
interface Draft {
  version: number;
  violations: unknown[];
  draft: {
    zh: { id: string; sentences: Sentence[] }[];
    en: { id: string; sentences: Sentence[] }[];
    sources: { sourceId: string; kind: string }[];
    notes: { zh: string; en: string }[];
  };
}

const enrolments = (patientId: string) =>
  t.database.db
    .selectFrom('followup_enrolments')
    .selectAll()
    .where('patient_id', '=', patientId)
    .orderBy('programme')
    .execute();

beforeAll(async () => {
  t = await createTestApp();
  wang = await t.login('dr.wang');
  zhou = t.ids.patients['周建国']!;
});
afterAll(() => t.close());

describe('since last visit (随访以来) in the next draft', () => {
  let visit: string;
  let draft: Draft;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    expect(
      (await wang.post('/api/followup/enrolments', { patientId: zhou, programme: 'hypertension' }))
        .statusCode,
    ).toBe(200);
    const { token } = (await wang.post(`/api/followup/patients/${zhou}/checkin-links`, {})).json();
    const anon = t.anonymous();
    const checkin = async (name: string, body: Record<string, unknown>) => {
      const res = await anon.post('/api/checkin', { token, symptoms: [], ...body });
      expect(res.statusCode, res.body).toBe(200);
      // The patient is not told the row id; the audit event of the submission names it.
      const ev = await t.database.db
        .selectFrom('audit_events')
        .select('resource_id')
        .where('action', '=', 'followup.checkin')
        .orderBy('seq', 'desc')
        .executeTakeFirstOrThrow();
      ids[name] = ev.resource_id!;
    };
    // Before the last visit (60 days ago): not "since last visit".
    await checkin('old', { measuredOn: addDays(today(), -70), bp: { systolic: 171, diastolic: 101 } });
    await checkin('high', {
      measuredOn: addDays(today(), -10),
      bp: { systolic: 158, diastolic: 96 },
      fastingGlucose: { value: 7.9, unit: 'mmol/L' },
      adherence: 'intermittent',
    });
    await checkin('latest', {
      measuredOn: addDays(today(), -3),
      bp: { systolic: 136, diastolic: 84 },
      symptoms: ['palpitations'],
    });
    await checkin('bad', {
      measuredOn: addDays(today(), -2),
      bp: { systolic: 300, diastolic: 20 },
      confirmImplausible: true,
    });
    visit = await openVisit(t, '周建国');
    const src = await wang.post(`/api/visits/${visit}/sources`, {
      kind: 'transcript',
      format: 'text',
      content: '医生：哪里不舒服？\n患者：头晕两天了。\n医生：诊断高血压，2型糖尿病，继续服药。',
    });
    expect(src.statusCode).toBe(201);
    const res = await wang.post(`/api/visits/${visit}/draft`, {});
    expect(res.statusCode, res.body).toBe(201);
    draft = res.json().draft;
  });

  it('opens the history with the check-in readings, each citing its check-in as evidence', () => {
    const hpi = draft.draft.zh.find((s) => s.id === 'hpi')!.sentences;
    expect(hpi[0]!.text).toBe(
      `随访以来：最近一次血压136/84mmHg（${addDays(today(), -3)}），上次就诊以来最高血压158/96mmHg（${addDays(today(), -10)}），最近一次空腹血糖7.9mmol/L（${addDays(today(), -10)}）。`,
    );
    expect(new Set(hpi[0]!.evidence.map((e) => e.sourceId))).toEqual(new Set([ids.latest, ids.high]));
    expect(hpi[0]!.evidence.map((e) => e.locator.kind)).toEqual([
      'questionnaire',
      'questionnaire',
      'questionnaire',
    ]);
    const texts = hpi.map((s) => s.text);
    expect(texts).toContain('随访期间自述心悸。');
    expect(texts).toContain(`随访期间服药依从性：间断（${addDays(today(), -10)}）。`);
    expect(hpi.find((s) => s.text === '随访期间自述心悸。')!.evidence).toEqual([
      { sourceId: ids.latest, locator: { kind: 'questionnaire', linkId: 'symptoms' } },
    ]);
    expect(draft.draft.en.find((s) => s.id === 'hpi')!.sentences[0]!.text).toMatch(
      /^Since the last visit \(follow-up records\): latest blood pressure 136\/84 mmHg/,
    );
  });

  it('lists the cited check-ins as follow-up sources, keeps the invariants, and flags what it left out', () => {
    const followup = draft.draft.sources.filter((s) => s.kind === 'followup').map((s) => s.sourceId);
    expect(new Set(followup)).toEqual(new Set([ids.latest, ids.high]));
    expect(JSON.stringify(draft.draft)).not.toContain(ids.old); // before the last visit
    expect(JSON.stringify(draft.draft)).not.toContain('171/101');
    expect(JSON.stringify(draft.draft.zh)).not.toContain('300/20');
    expect(draft.violations).toEqual([]);
    expect(draft.draft.notes.map((n) => n.zh)).toContain(
      '随访打卡中有1处读数不合理，未写入病历，请在随访面板核实。',
    );
  });

  it('audits the draft with the number of check-ins used', async () => {
    const ev = await t.database.db
      .selectFrom('audit_events')
      .select(['detail', 'patient_id'])
      .where('action', '=', 'draft.generate')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(ev.patient_id).toBe(zhou);
    expect(ev.detail).toMatchObject({ followupCheckins: 2 });
  });

  it('enrols on signing: the new programme with the signing doctor, the live one left as it is', async () => {
    const before = await enrolments(zhou);
    expect(before.map((e) => e.programme)).toEqual(['hypertension']);
    const recordId = await sign(wang, visit, draft.version);
    const after = await enrolments(zhou);
    expect(after.map((e) => e.programme)).toEqual(['hypertension', 't2dm']);
    expect(after[0]).toEqual(before[0]); // idempotent: untouched
    expect(after[1]).toMatchObject({
      doctor_id: t.ids.users['dr.wang'],
      source: 'record',
      source_record_id: recordId,
      status: 'active',
      enrolled_on: today(),
    });
    expect(after[1]!.diagnosis_code).toMatch(/^E11/);
    const tasks = await t.database.db
      .selectFrom('followup_tasks')
      .select('state')
      .where('enrolment_id', '=', after[1]!.id)
      .execute();
    expect(tasks).toEqual([{ state: 'upcoming' }]);
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select(['action', 'resource_id', 'actor_id', 'detail'])
      .where('patient_id', '=', zhou)
      .where('action', 'in', ['record.sign', 'followup.enrol'])
      .orderBy('seq')
      .execute();
    expect(audit.slice(-2).map((a) => a.action)).toEqual(['record.sign', 'followup.enrol']);
    expect(audit.at(-1)).toMatchObject({
      resource_id: after[1]!.id,
      actor_id: t.ids.users['dr.wang'],
      detail: { programme: 't2dm', source: 'record', status: 'active' },
    });
  });
});

describe('enrolment from a signed record', () => {
  it('does not enrol when the diagnosis has no hypertension / T2DM code', async () => {
    const sun = t.ids.patients['孙丽华']!;
    const visit = await openVisit(t, '孙丽华');
    await wang.post(`/api/visits/${visit}/sources`, {
      kind: 'transcript',
      format: 'text',
      content: '医生：哪里不舒服？\n患者：上腹痛三天。\n医生：诊断胃食管反流病，奥美拉唑口服。',
    });
    const d = (await wang.post(`/api/visits/${visit}/draft`, {})).json().draft;
    await sign(wang, visit, d.version);
    expect(await enrolments(sun)).toEqual([]);
  });

  it('a failed sign enrols nobody (same transaction)', async () => {
    const zheng = t.ids.patients['郑海涛']!;
    const visit = await openVisit(t, '郑海涛');
    await wang.post(`/api/visits/${visit}/sources`, {
      kind: 'transcript',
      format: 'text',
      content: '医生：血糖怎么样？\n患者：空腹八点多。\n医生：2型糖尿病，继续二甲双胍。',
    });
    const d = (await wang.post(`/api/visits/${visit}/draft`, {})).json().draft;
    const stale = await wang.post(`/api/visits/${visit}/sign`, { draftVersion: d.version + 1 });
    expect(stale.statusCode).toBe(409);
    expect(await enrolments(zheng)).toEqual([]);
    await sign(wang, visit, d.version);
    expect((await enrolments(zheng)).map((e) => [e.programme, e.status])).toEqual([['t2dm', 'active']]);
  });
});
