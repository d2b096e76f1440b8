import { editDistance, type VisitDraft } from '@yizhu/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PASSWORD, type Client, type TestApp } from '../test/test-app.ts';
import { addSources, generateDraft, openVisit, sign } from '../test/visit-factory.ts';

/** Pilot metrics on scripted visits: the numbers, the aggregation, and who may see them. */
let t: TestApp;
const c: Record<string, Client> = {};
let aiDraft: VisitDraft;
let edited: { before: string; after: string };
let qcScore: number;

const text = (d: VisitDraft, id: string) =>
  d.zh
    .find((s) => s.id === id)!
    .sentences.map((x) => x.text)
    .join('');

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['dr.wang', 'dr.zhang', 'nurse.chen', 'admin']) c[u] = await t.login(u);

  // Visit 1 (IM, dr.wang): draft at 10:00, one section rewritten at 10:05, signed at 10:07.
  const v1 = await openVisit(t, '周建国');
  await addSources(t, c['nurse.chen']!, v1);
  const version = await generateDraft(c['dr.wang']!, v1);
  aiDraft = (await c['dr.wang']!.get(`/api/visits/${v1}/draft`)).json().draft.draft;
  t.advance(5 * 60_000);
  edited = { before: text(aiDraft, 'plan'), after: '加用缬沙坦80mg每日一次，一周后复诊。' };
  const put = await c['dr.wang']!.request({
    method: 'PUT',
    url: `/api/visits/${v1}/draft`,
    payload: { baseVersion: version, lang: 'zh', sectionId: 'plan', text: edited.after },
  });
  expect(put.statusCode, put.body).toBe(200);
  qcScore = put.json().draft.qc.score;
  t.advance(2 * 60_000);
  await c['dr.wang']!.post('/api/auth/reauth', { password: TEST_PASSWORD });
  await sign(c['dr.wang']!, v1, version + 1);

  // Visit 2 (GP, dr.zhang): signed unchanged 3 minutes after its draft.
  const v2 = await openVisit(t, '吴秀兰');
  await addSources(t, c['dr.zhang']!, v2);
  const v2Version = await generateDraft(c['dr.zhang']!, v2);
  t.advance(3 * 60_000);
  await c['dr.zhang']!.post('/api/auth/reauth', { password: TEST_PASSWORD });
  await sign(c['dr.zhang']!, v2, v2Version);
});
afterAll(() => t.close());

const metrics = async (q = '') => {
  const res = await c['admin']!.get(`/api/admin/metrics${q}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('pilot metrics', () => {
  it('measures the scripted visit: time to sign, sections unchanged, edit distance, conflicts, QC', async () => {
    const m = await metrics(`?department=${await deptId('IM')}`);
    const filled = aiDraft.zh.filter((s) => s.sentences.length > 0).length;
    expect(edited.before).not.toBe('');
    expect(m.totals).toMatchObject({
      visits: 1,
      medianTimeToSignMs: 7 * 60_000,
      sectionsDrafted: filled,
      sectionsUnchanged: filled - 1,
      meanEditDistance: editDistance(edited.before, edited.after),
      conflictsFound: aiDraft.contradictions.length,
      meanQcScore: qcScore,
    });
    expect(m.totals.conflictsResolved + m.totals.conflictsUnresolved).toBe(aiDraft.contradictions.length);
    expect(m.byDoctor).toEqual([expect.objectContaining({ doctorId: t.ids.users['dr.wang'], visits: 1 })]);
  });

  it('aggregates over time, by department and by doctor', async () => {
    const m = await metrics('?from=2026-11-01&to=2026-11-22');
    expect(m.totals.visits).toBe(2);
    expect(m.totals.medianTimeToSignMs).toBe((7 * 60_000 + 3 * 60_000) / 2);
    expect(m.byDay).toEqual([expect.objectContaining({ date: '2026-11-22', visits: 2 })]);
    expect(m.byDepartment.map((d: { visits: number }) => d.visits)).toEqual([1, 1]);
    expect(new Set(m.byDoctor.map((d: { doctorId: string }) => d.doctorId))).toEqual(
      new Set([t.ids.users['dr.wang'], t.ids.users['dr.zhang']]),
    );
    const zhang = m.byDoctor.find((d: { doctorId: string }) => d.doctorId === t.ids.users['dr.zhang']);
    expect(zhang).toMatchObject({ meanEditDistance: 0, editRatio: 0, acceptedUnchangedRate: 1 });
    expect((await metrics(`?doctor=${t.ids.users['dr.li']}`)).totals.visits).toBe(0);
    expect((await metrics('?from=2026-10-01&to=2026-10-31')).totals).toMatchObject({
      visits: 0,
      medianTimeToSignMs: null,
    });
  });

  it('without a model configured, drafts are counted and no model use is (model-use-metrics.int.test.ts has one)', async () => {
    const { modelUse } = await metrics();
    expect(modelUse.drafts).toMatchObject({ generated: 2, modelConfigured: 0, modelUsed: 0, failed: 0 });
    expect(modelUse.prechecks).toMatchObject({ finished: 0, modelConfigured: 0 });
    expect(modelUse.labExplanations).toMatchObject({ created: 0, modelConfigured: 0 });
  });

  it('holds aggregates only: no patient name, patient id or visit id', async () => {
    const body = JSON.stringify(await metrics());
    for (const [name, id] of Object.entries(t.ids.patients)) {
      expect(body).not.toContain(name);
      expect(body).not.toContain(id);
    }
    const visits = await t.database.db.selectFrom('encounters').select('id').execute();
    for (const v of visits) expect(body).not.toContain(v.id);
  });

  it('is for administrators only, and refuses a bad range', async () => {
    expect((await c['dr.wang']!.get('/api/admin/metrics')).statusCode).toBe(403);
    expect((await c['nurse.chen']!.get('/api/admin/metrics')).statusCode).toBe(403);
    expect((await t.anonymous().get('/api/admin/metrics')).statusCode).toBe(401);
    for (const q of [
      '?from=2026-12-01&to=2026-11-01',
      '?from=2020-01-01&to=2026-11-01',
      '?from=yesterday',
      '?x=1',
    ])
      expect((await c['admin']!.get(`/api/admin/metrics${q}`)).statusCode, q).toBe(400);
  });

  it('computes each visit once (a cached, append-only row per first signature)', async () => {
    await metrics();
    await metrics();
    expect(await t.database.db.selectFrom('visit_metrics').select('record_id').execute()).toHaveLength(2);
  });
});

async function deptId(code: string) {
  return (
    await t.database.db
      .selectFrom('departments')
      .select('id')
      .where('code', '=', code)
      .executeTakeFirstOrThrow()
  ).id;
}
