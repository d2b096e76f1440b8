import { labExplainObservations } from '@yizhu/core/lab-explain/lab-explain-fixtures.ts';
import { answer, TEST_TRANSCRIPT } from '@yizhu/core/llm/test-visit.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChatClient } from '../adapters/llm/chat-client.ts';
import {
  answerIdWith,
  startFakeOpenAi,
  type FakeOpenAi,
  type FakeReply,
  type FakeRequest,
} from '../adapters/llm/fake-openai-server.ts';
import { createTestApp, type Client, type TestApp } from '../test/test-app.ts';

/**
 * "AI model use" in GET /api/admin/metrics: a reworded draft with rejections, a draft whose model
 * call failed, a pre-consultation with verified and refused model findings, and a lab explanation,
 * all against the local fake OpenAI-compatible server; then the counts the admin sees.
 */
let t: TestApp;
let fake: FakeOpenAi;
let reply: (req: FakeRequest) => FakeReply;
const c: Record<string, Client> = {};
let visit: string;
let draftStats: { accepted: number; rejected: number; rejections: Record<string, number> };
let labLlm: { offered: number; accepted: number; rejections: Record<string, number> };

// One faithful rewording per language; every sentence with the blood pressure gets a new number.
const REWORD: Record<string, string> = {
  '患者3天前出现头痛。': '患者自3天前起出现头痛。',
  'The patient reports headache for 3 days.': 'Headache for the past 3 days.',
};

beforeAll(async () => {
  fake = await startFakeOpenAi((req) => reply(req));
  const client = createChatClient({
    baseUrl: fake.url,
    model: 'fake-qwen',
    stream: false,
    timeoutMs: 1500,
    backoffMs: 10,
    locality: 'hospital',
  });
  t = await createTestApp({ YIZHU_LLM_BASE_URL: fake.url, YIZHU_LLM_MODEL: 'fake-qwen' }, { llm: client });
  for (const u of ['dr.wang', 'nurse.chen', 'admin']) c[u] = await t.login(u);
  visit = (
    await t.database.db
      .selectFrom('encounters')
      .select('id')
      .where('patient_id', '=', t.ids.patients['周建国']!)
      .where('status', '!=', 'finished')
      .executeTakeFirstOrThrow()
  ).id;
  const src = await c['dr.wang']!.post(`/api/visits/${visit}/sources`, {
    kind: 'transcript',
    format: 'text',
    content: TEST_TRANSCRIPT,
  });
  expect(src.statusCode).toBe(201);

  // Draft 1: two verified rewordings, the blood-pressure sentences rejected for an invented number.
  reply = (req) => ({
    kind: 'chat',
    content: answer({ messages: (req.json as { messages: never }).messages }, (s) =>
      REWORD[s] ? REWORD[s] : s.replace('140/90', '150/90'),
    ),
  });
  const d1 = await c['dr.wang']!.post(`/api/visits/${visit}/draft`);
  expect(d1.statusCode).toBe(201);
  draftStats = d1.json().draft.llm.stats;
  expect(draftStats).toMatchObject({ accepted: 2, rejected: 2, rejections: { unmatched_number: 2 } });

  // Draft 2: the model service fails; the deterministic draft is stored with a notice.
  reply = () => ({ kind: 'raw', status: 500, body: '{}' });
  const d2 = await c['dr.wang']!.post(`/api/visits/${visit}/draft`);
  expect(d2.json().draft.llm.notice).toMatchObject({ code: 'llm_not_used', reason: 'server_error' });

  // Pre-consultation: a verified paraphrase of chest pain (raises the triage) and an invented duration.
  reply = (req) => {
    const a = answerIdWith(req, '大象');
    return {
      kind: 'chat',
      content: JSON.stringify({
        findings: [
          {
            answer: a,
            quote: '胸前像被大象踩着',
            type: 'symptom',
            concept: 'chest_pain',
            present: true,
            value: null,
            unit: null,
          },
          {
            answer: a,
            quote: '胸前像被大象踩着',
            type: 'duration',
            concept: null,
            present: null,
            value: 30,
            unit: 'day',
          },
        ],
      }),
    };
  };
  const link = await c['dr.wang']!.post(`/api/visits/${visit}/precheck`);
  expect(link.statusCode).toBe(201);
  const token = (link.json() as { url: string }).url.replace(/^\/p\//, '');
  const post = (path: string, body: object) =>
    t.app.inject({
      method: 'POST',
      url: `/api/precheck/${path}`,
      payload: body,
      headers: { 'x-precheck-token': token },
    });
  expect((await post('start', { chiefComplaint: '胸前像被大象踩着一样' })).statusCode).toBe(200);
  const finished = await post('finish', { lang: 'zh' });
  expect(finished.statusCode, finished.body).toBe(200);
  expect(finished.json().result.disposition).toBe('emergency');

  // Lab explanation: the first sentence reworded faithfully, a number invented in every other one.
  reply = (req) => {
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
  };
  const lab = await t.database.db
    .insertInto('visit_sources')
    .values({
      encounter_id: visit,
      kind: 'lab_report',
      content: JSON.stringify({ observations: labExplainObservations() }),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const x = await c['nurse.chen']!.post(`/api/visits/${visit}/lab-explanations`, { sourceId: lab.id });
  expect(x.statusCode).toBe(201);
  labLlm = x.json().explanation.llm;
  expect(labLlm.accepted).toBeGreaterThan(0);
});
afterAll(async () => {
  await t?.close();
  await fake?.close();
});

const metrics = async (q = '') => {
  const res = await c['admin']!.get(`/api/admin/metrics${q}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().modelUse;
};

describe('AI model use in the pilot metrics', () => {
  it('drafts: configured, used, sentences accepted and rejected by reason, failures with a notice', async () => {
    const m = await metrics();
    expect(m.drafts).toMatchObject({
      generated: 2,
      modelConfigured: 2,
      modelCalled: 2,
      modelUsed: 1,
      sentencesAccepted: 2,
      sentencesRejected: 2,
      droppedAtFinalVerify: 0,
      failed: 1,
      failures: { server_error: 1 },
    });
    expect(m.drafts.rejections).toMatchObject({ unmatched_number: 2, unsupported_fact: 0 });
    expect(m.drafts.sentencesProposed).toBeGreaterThanOrEqual(4);
  });

  it('pre-consultations: read by the model, findings accepted and rejected by reason, triage raised', async () => {
    const m = await metrics();
    expect(m.prechecks).toMatchObject({
      finished: 1,
      modelConfigured: 1,
      modelCalled: 1,
      modelUsed: 1,
      findingsProposed: 2,
      findingsAccepted: 1,
      findingsRejected: 1,
      raisedTriage: 1,
      failed: 0,
    });
    expect(m.prechecks.rejections).toMatchObject({ unmatched_number: 1, span_not_found: 0 });
  });

  it('lab explanations: model wording accepted and rejected by reason', async () => {
    const m = await metrics();
    const rejected = Object.values(labLlm.rejections).reduce((a, b) => a + b, 0);
    expect(rejected).toBeGreaterThan(0);
    expect(m.labExplanations).toMatchObject({
      created: 1,
      modelConfigured: 1,
      modelUsed: 1,
      sentencesOffered: labLlm.offered,
      sentencesAccepted: labLlm.accepted,
      sentencesRejected: rejected,
      failed: 0,
    });
    expect(m.labExplanations.rejections.unmatched_number).toBe(labLlm.rejections.unmatched_number);
  });

  it('follows the same filters as the other metrics: period, department, doctor', async () => {
    const empty = await metrics('?from=2026-10-01&to=2026-10-31');
    expect(empty.drafts).toMatchObject({ generated: 0, sentencesRejected: 0 });
    expect(empty.prechecks.finished).toBe(0);
    expect(empty.labExplanations.created).toBe(0);
    const gp = await t.database.db
      .selectFrom('departments')
      .select('id')
      .where('code', '=', 'GP')
      .executeTakeFirstOrThrow();
    expect((await metrics(`?department=${gp.id}`)).drafts.generated).toBe(0);
    const visitDoctor = await t.database.db
      .selectFrom('encounters')
      .select(['doctor_id', 'department_id'])
      .where('id', '=', visit)
      .executeTakeFirstOrThrow();
    const mine = await metrics(`?department=${visitDoctor.department_id}&doctor=${visitDoctor.doctor_id}`);
    expect(mine.drafts.generated).toBe(2);
    expect(mine.prechecks.finished).toBe(1);
    expect((await metrics(`?doctor=${t.ids.users['dr.li']}`)).drafts.generated).toBe(0);
  });

  it('holds counts only: no patient name, no text the model saw', async () => {
    const body = JSON.stringify(await metrics());
    for (const s of ['周建国', '大象', '头痛', '150/90', '99.9']) expect(body).not.toContain(s);
  });
});
