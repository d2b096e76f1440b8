import { labExplainObservations } from '@yizhu/core/lab-explain/lab-explain-fixtures.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChatClient } from '../adapters/llm/chat-client.ts';
import { startFakeOpenAi, type FakeOpenAi } from '../adapters/llm/fake-openai-server.ts';
import { createTestApp, TEST_PASSWORD, type Client, type TestApp } from '../test/test-app.ts';

/** Lay explanations of a lab report: created by staff, approved by a department doctor, read by the patient. */
let t: TestApp;
let visit: string;
let wuVisit: string;
let lab: string;
const c: Record<string, Client> = {};

const openVisit = async (name: string) =>
  (
    await t.database.db
      .selectFrom('encounters')
      .select('id')
      .where('patient_id', '=', t.ids.patients[name]!)
      .where('status', '!=', 'finished')
      .executeTakeFirstOrThrow()
  ).id;

const addLab = async (encounterId: string) =>
  (
    await t.database.db
      .insertInto('visit_sources')
      .values({
        encounter_id: encounterId,
        kind: 'lab_report',
        content: JSON.stringify({ observations: labExplainObservations(), warnings: [] }),
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;

const audits = (action: string) =>
  t.database.db
    .selectFrom('audit_events')
    .select(['outcome', 'actor_id', 'patient_id', 'resource_id', 'detail'])
    .where('action', '=', action)
    .orderBy('seq')
    .execute();

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['dr.wang', 'dr.li', 'dr.zhang', 'nurse.chen', 'pt.zhou', 'pt.wu', 'admin'])
    c[u] = await t.login(u);
  visit = await openVisit('周建国');
  wuVisit = await openVisit('吴秀兰');
  lab = await addLab(visit);
});
afterAll(() => t.close());

const url = (v = visit) => `/api/visits/${v}/lab-explanations`;

describe('lab explanations', () => {
  let draftId: string;

  it('a nurse of the department creates a draft from the lab report; stored and audited', async () => {
    const res = await c['nurse.chen']!.post(url(), { sourceId: lab });
    expect(res.statusCode).toBe(201);
    const x = res.json().explanation;
    expect(x).toMatchObject({ status: 'draft', approvedAt: null, sourceId: lab });
    expect(x.explanation.counts).toEqual({ explained: 3, withinRange: 2, toCheck: 1 });
    expect(x.llm).toBeUndefined(); // no model configured
    expect(x.explanation.sentences.map((s: { zh: string }) => s.zh).join('\n')).toContain(
      '您的结果是 12.5 10^9/L，通常范围是 3.5–9.5 10^9/L，比通常范围高',
    );
    draftId = x.id;
    const [a] = await audits('lab_explanation.create');
    expect(a).toMatchObject({
      outcome: 'success',
      actor_id: t.ids.users['nurse.chen'],
      patient_id: t.ids.patients['周建国'],
      resource_id: draftId,
    });
  });

  it('refuses bad input and out-of-reach visits without storing anything', async () => {
    const count = async () =>
      (await t.database.db.selectFrom('lab_explanations').select('id').execute()).length;
    const before = await count();
    expect((await c['dr.wang']!.post(url(), {})).statusCode).toBe(400);
    expect((await c['dr.wang']!.post(url(), { sourceId: lab, extra: 1 })).statusCode).toBe(400);
    expect((await c['dr.wang']!.post(url(), { sourceId: 'nope' })).statusCode).toBe(400);
    // Another visit's lab report, or a source that is not a lab report: 404.
    const other = await addLab(wuVisit);
    expect((await c['dr.wang']!.post(url(), { sourceId: other })).statusCode).toBe(404);
    const empty = await t.database.db
      .insertInto('visit_sources')
      .values({ encounter_id: visit, kind: 'lab_report', content: JSON.stringify({ observations: [] }) })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect((await c['dr.wang']!.post(url(), { sourceId: empty.id })).statusCode).toBe(400);
    // Other department, the patient, the admin: the visit does not exist for them.
    for (const u of ['dr.zhang', 'pt.zhou', 'admin'])
      expect((await c[u]!.post(url(), { sourceId: lab })).statusCode, u).toBe(404);
    expect((await c['dr.zhang']!.get(url())).statusCode).toBe(404);
    expect((await c['pt.zhou']!.get(url())).statusCode).toBe(404);
    expect(await count()).toBe(before);
  });

  it('the patient never reaches an unapproved explanation', async () => {
    const res = await c['pt.zhou']!.get('/api/me/lab-explanations');
    expect(res.statusCode).toBe(200);
    expect(res.json().explanations).toEqual([]);
    // Staff routes are closed to the patient, and approving is not theirs either.
    expect((await c['pt.zhou']!.post(`${url()}/${draftId}/approve`)).statusCode).toBe(404);
    expect((await c['dr.wang']!.get('/api/me/lab-explanations')).statusCode).toBe(404);
  });

  it('a nurse cannot approve (403, audited); another department gets 404', async () => {
    expect((await c['nurse.chen']!.post(`${url()}/${draftId}/approve`)).statusCode).toBe(403);
    expect((await c['dr.zhang']!.post(`${url()}/${draftId}/approve`)).statusCode).toBe(404);
    const denied = (await audits('lab_explanation.approve')).filter((a) => a.outcome === 'denied');
    expect(denied).toHaveLength(1);
    expect(denied[0]!.actor_id).toBe(t.ids.users['nurse.chen']);
    // The explanation id must belong to the visit in the URL.
    expect((await c['dr.li']!.post(`${url(wuVisit)}/${draftId}/approve`)).statusCode).toBe(404);
  });

  it('approving needs fresh authentication (5 minutes), then any doctor of the department approves', async () => {
    t.advance(6 * 60_000);
    const stale = await c['dr.li']!.post(`${url()}/${draftId}/approve`);
    expect(stale.statusCode).toBe(401);
    expect((await c['pt.zhou']!.get('/api/me/lab-explanations')).json().explanations).toEqual([]);
    expect((await c['dr.li']!.post('/api/auth/reauth', { password: TEST_PASSWORD })).statusCode).toBe(204);
    expect((await c['dr.li']!.post(`${url()}/${draftId}/approve`, { x: 1 })).statusCode).toBe(400);
    const ok = await c['dr.li']!.post(`${url()}/${draftId}/approve`);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().explanation).toMatchObject({ status: 'approved', approvedBy: t.ids.users['dr.li'] });
    expect((await c['dr.li']!.post(`${url()}/${draftId}/approve`)).statusCode).toBe(409);
    const success = (await audits('lab_explanation.approve')).filter((a) => a.outcome === 'success');
    expect(success).toMatchObject([{ actor_id: t.ids.users['dr.li'], resource_id: draftId }]);
  });

  it('the patient reads only their own approved explanations; drafts stay hidden', async () => {
    const draft2 = (await c['dr.wang']!.post(url(), { sourceId: lab })).json().explanation.id;
    const mine = (await c['pt.zhou']!.get('/api/me/lab-explanations')).json().explanations;
    expect(mine.map((x: { id: string }) => x.id)).toEqual([draftId]);
    expect(mine.map((x: { id: string }) => x.id)).not.toContain(draft2);
    expect(mine[0]).toMatchObject({ visitId: visit });
    expect(mine[0].sentences.at(-1).zh).toContain('不是诊断');
    // The results beside the text: value, unit, flag; nothing for a result the doctor will check.
    expect(mine[0].results[0]).toMatchObject({ value: { zh: '12.5' }, unit: '10^9/L', flag: 'high' });
    expect(mine[0].results.filter((x: { toCheck: boolean }) => x.toCheck)).toEqual([
      expect.objectContaining({ value: null, unit: null, flag: null }),
    ]);
    expect(mine[0].llm).toBeUndefined();
    expect((await c['pt.wu']!.get('/api/me/lab-explanations')).json().explanations).toEqual([]);
    const reads = await audits('lab_explanation.read');
    expect(
      reads.some((r) => r.patient_id === t.ids.patients['周建国'] && r.actor_id === t.ids.users['pt.zhou']),
    ).toBe(true);
  });

  it('staff of the department list every explanation of the visit with its status', async () => {
    const list = (await c['nurse.chen']!.get(url())).json().explanations;
    expect(list.map((x: { status: string }) => x.status)).toEqual(['approved', 'draft']);
  });
});

describe('lab explanations with a language model', () => {
  let llmApp: TestApp;
  let fake: FakeOpenAi;
  beforeAll(async () => {
    // Rewords the first sentence faithfully and invents a number in every other one.
    fake = await startFakeOpenAi((req) => {
      const user = (req.json as { messages: { content: string }[] }).messages[1]!.content;
      const lines = [...user.matchAll(/^(S\d+) (".*")$/gm)].map((m) => ({
        id: m[1]!,
        text: JSON.parse(m[2]!),
      }));
      return {
        kind: 'chat',
        content: JSON.stringify({
          sentences: lines.map((l, i) => ({
            id: l.id,
            text:
              i === 0
                ? l.text.replace('您的结果是', '您这次的结果是')
                : l.text.replace(/\d+(?:\.\d+)?/, '99.9'),
            evidence: [],
          })),
        }),
      };
    });
    const env = { YIZHU_LLM_BASE_URL: fake.url, YIZHU_LLM_MODEL: 'fake-qwen' };
    const client = createChatClient({
      baseUrl: fake.url,
      model: 'fake-qwen',
      stream: false,
      timeoutMs: 5000,
      locality: 'hospital',
    });
    llmApp = await createTestApp(env, { llm: client });
  });
  afterAll(async () => {
    await llmApp.close();
    await fake.close();
  });

  it('keeps only verified model wording, stores both texts, and audits the call with counts only', async () => {
    const t2 = llmApp;
    const nurse = await t2.login('nurse.chen');
    const v = (
      await t2.database.db
        .selectFrom('encounters')
        .select('id')
        .where('patient_id', '=', t2.ids.patients['周建国']!)
        .where('status', '!=', 'finished')
        .executeTakeFirstOrThrow()
    ).id;
    const src = await t2.database.db
      .insertInto('visit_sources')
      .values({
        encounter_id: v,
        kind: 'lab_report',
        content: JSON.stringify({ observations: labExplainObservations() }),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const res = await nurse.post(`/api/visits/${v}/lab-explanations`, { sourceId: src.id });
    expect(res.statusCode).toBe(201);
    const x = res.json().explanation;
    expect(x.llm).toMatchObject({ used: true, model: 'fake-qwen', offered: 6, accepted: 1 });
    expect(x.llm.rejections.unmatched_number).toBe(4);
    const text = x.explanation.sentences
      .map((s: { zh: string; en: string }) => `${s.zh}\n${s.en}`)
      .join('\n');
    expect(text).toContain('您这次的结果是 12.5');
    expect(text).not.toContain('99.9');
    expect(x.deterministic.sentences.map((s: { zh: string }) => s.zh).join('\n')).toContain(
      '您的结果是 12.5',
    );
    expect(fake.requests).toHaveLength(2); // one call per language
    const sent = JSON.stringify(fake.requests.map((r) => r.json));
    expect(sent).not.toContain('周建国');
    expect(sent).not.toContain('不是诊断'); // fixed lines are never offered
    const llmEvents = await t2.database.db
      .selectFrom('audit_events')
      .select(['outcome', 'detail', 'patient_id'])
      .where('action', '=', 'llm.reword')
      .execute();
    expect(llmEvents).toHaveLength(1);
    expect(llmEvents[0]).toMatchObject({ outcome: 'success', patient_id: t2.ids.patients['周建国'] });
    expect(JSON.stringify(llmEvents[0]!.detail)).not.toMatch(/12\.5|结果/);
  });
});
