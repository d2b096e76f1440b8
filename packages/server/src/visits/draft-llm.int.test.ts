import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { answer, TEST_TRANSCRIPT } from '@yizhu/core/llm/test-visit.ts';
import { createChatClient } from '../adapters/llm/chat-client.ts';
import { createLlm } from '../adapters/llm/create-llm.ts';
import {
  startFakeOpenAi,
  type FakeOpenAi,
  type FakeReply,
  type FakeRequest,
} from '../adapters/llm/fake-openai-server.ts';
import { loadConfig } from '../config/config.ts';
import { createTestApp, type Client, type TestApp } from '../test/test-app.ts';

/**
 * POST /api/visits/:id/draft with a language model configured, against a local OpenAI-compatible
 * fake: whatever the model does, a draft is stored, the deterministic one is kept beside it, and
 * `llm` says whether and how the model was used.
 */

// The patient's name (full, and the given name without a 我叫 cue) sits in the cited turn, so only
// the names passed in from the patient record can keep it from leaving.
const DIALOGUE = TEST_TRANSCRIPT.replace('患者：我头痛三天了', '患者：周建国挂号的，建国头痛三天了');
const REWORD: Record<string, string> = {
  '患者3天前出现头痛。': '患者自3天前起出现头痛。',
  'The patient reports headache for 3 days.': 'Headache for the past 3 days.',
};

interface Setup {
  t: TestApp;
  dr: Client;
  visit: string;
}

async function setUp(env: Record<string, string>, llm: Parameters<typeof createTestApp>[1]): Promise<Setup> {
  const t = await createTestApp(env, llm);
  const dr = await t.login('dr.wang');
  const { id: visit } = await t.database.db
    .selectFrom('encounters')
    .select('id')
    .where('patient_id', '=', t.ids.patients['周建国']!)
    .where('status', '!=', 'finished')
    .executeTakeFirstOrThrow();
  const src = await dr.post(`/api/visits/${visit}/sources`, {
    kind: 'transcript',
    format: 'text',
    content: DIALOGUE,
  });
  expect(src.statusCode).toBe(201);
  return { t, dr, visit };
}

const texts = (d: { zh: { sentences: { text: string }[] }[]; en: { sentences: { text: string }[] }[] }) =>
  [...d.zh, ...d.en].flatMap((s) => s.sentences.map((x) => x.text));

async function llmAudits(t: TestApp) {
  const rows = await t.database.db
    .selectFrom('audit_events')
    .selectAll()
    .where('action', '=', 'llm.reword')
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({
    ...r,
    detail: (typeof r.detail === 'string' ? JSON.parse(r.detail) : r.detail) as Record<string, unknown>,
  }));
}

describe('draft with a model (hospital mode, local endpoint)', () => {
  let s: Setup;
  let fake: FakeOpenAi;
  let reply: (req: FakeRequest) => FakeReply;
  const chatAnswer = (req: FakeRequest, edit: (t: string) => string): FakeReply => ({
    kind: 'chat',
    content: answer({ messages: (req.json as { messages: never }).messages }, edit),
  });

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
    s = await setUp({ YIZHU_LLM_BASE_URL: fake.url, YIZHU_LLM_MODEL: 'fake-qwen' }, { llm: client });
  });
  afterAll(async () => {
    await s?.t.close();
    await fake?.close();
  });
  beforeEach(() => {
    fake.requests.length = 0;
  });

  const generate = async () => {
    const res = await s.dr.post(`/api/visits/${s.visit}/draft`);
    expect(res.statusCode).toBe(201);
    return res.json().draft;
  };

  it('uses verified wording, keeps the deterministic draft, sends no name, audits counts only', async () => {
    reply = (req) => chatAnswer(req, (t) => REWORD[t] ?? t);
    const d = await generate();
    expect(d.llm.used).toBe(true);
    expect(d.llm.model).toBe('fake-qwen');
    expect(d.llm.stats.accepted).toBe(2);
    expect(d.llm.stats.rejected).toBe(0);
    expect(d.llm.notice).toBeUndefined();
    expect(texts(d.draft)).toContain('患者自3天前起出现头痛。');
    expect(texts(d.draft)).toContain('Headache for the past 3 days.');
    expect(texts(d.deterministic)).toContain('患者3天前出现头痛。');
    expect(texts(d.deterministic)).not.toContain('患者自3天前起出现头痛。');
    // QC and the invariant check are of the stored (reworded) draft.
    expect(d.violations).toEqual([]);
    expect(fake.requests).toHaveLength(2); // zh and en
    const outbound = fake.requests.map((r) => r.raw.toString('utf8')).join('\n');
    expect(outbound).toContain('头痛');
    expect(outbound).not.toContain('周建国');
    expect(outbound).not.toContain('建国');
    // What the GET returns is what was stored.
    const got = (await s.dr.get(`/api/visits/${s.visit}/draft`)).json().draft;
    expect(got.version).toBe(d.version);
    expect(got.llm).toEqual(d.llm);
    const [ev] = (await llmAudits(s.t)).slice(-1);
    expect(ev).toMatchObject({ outcome: 'success', patient_id: s.t.ids.patients['周建国'] });
    expect(ev!.detail).toMatchObject({ model: 'fake-qwen', calls: 2, accepted: 2 });
    for (const w of ['头痛', '周建国', 'headache', 'Headache'])
      expect(JSON.stringify(ev!.detail)).not.toContain(w);
    const gen = await s.t.database.db
      .selectFrom('audit_events')
      .select(['detail', 'request_id'])
      .where('action', '=', 'draft.generate')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(gen.request_id).toBe(ev!.request_id);
    expect(JSON.stringify(gen.detail)).toContain('"llm":"used"');
  });

  it('rejects an invented number: the deterministic sentence stays, the rejection is counted', async () => {
    reply = (req) => chatAnswer(req, (t) => t.replace('140/90', '150/90'));
    const d = await generate();
    expect(d.llm.stats.rejections.unmatched_number).toBe(2);
    expect(d.llm.stats.rejected).toBe(2);
    expect(d.llm.notice).toMatchObject({ code: 'llm_partly_used' });
    expect(texts(d.draft).join('\n')).not.toContain('150/90');
    expect(texts(d.draft)).toContain('血压140/90mmHg。');
  });

  it.each([
    ['500s', (): FakeReply => ({ kind: 'raw', status: 500, body: '{"error":"boom"}' }), 'server_error'],
    ['a model that never answers', (): FakeReply => ({ kind: 'hang' }), 'timeout'],
    ['malformed JSON', (): FakeReply => ({ kind: 'chat', content: '{"sentences": [' }), 'malformed_json'],
  ])('%s: the draft is still created, deterministic, with a notice', async (_n, r, reason) => {
    reply = r;
    const before = (await llmAudits(s.t)).length;
    const d = await generate();
    expect(d.llm.used).toBe(false);
    expect(d.llm.notice).toMatchObject({ code: 'llm_not_used', reason });
    expect(d.llm.notice.zh).toContain('未使用大模型');
    expect(d.draft).toEqual(d.deterministic);
    expect(texts(d.draft)).toContain('患者3天前出现头痛。');
    expect(d.llm.stats.callFailures[reason]).toBeGreaterThanOrEqual(1);
    const audits = await llmAudits(s.t);
    expect(audits).toHaveLength(before + 1);
    expect(audits.at(-1)).toMatchObject({ outcome: 'failure' });
  });
});

describe('draft with a model in hospital mode, endpoint not on the local network', () => {
  let s: Setup;
  beforeAll(async () => {
    // Checked by address before any connection: nothing is sent to 8.8.8.8.
    const env = { YIZHU_LLM_BASE_URL: 'http://8.8.8.8:9/v1', YIZHU_LLM_MODEL: 'x' };
    const { client } = createLlm(loadConfig(env));
    s = await setUp(env, client ? { llm: client } : {});
  });
  afterAll(async () => {
    await s?.t.close();
  });

  it('refuses the endpoint, audits the refusal, and stores the deterministic draft', async () => {
    const res = await s.dr.post(`/api/visits/${s.visit}/draft`);
    expect(res.statusCode).toBe(201);
    const d = res.json().draft;
    expect(d.llm).toMatchObject({
      used: false,
      notice: { code: 'llm_not_used', reason: 'endpoint_refused' },
      stats: { offered: 0, accepted: 0 },
    });
    expect(d.draft).toEqual(d.deterministic);
    const audits = await llmAudits(s.t);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      outcome: 'denied',
      detail: { reason: 'endpoint_not_local', calls: 0 },
    });
  });
});

describe('draft without a model', () => {
  let s: Setup;
  beforeAll(async () => {
    s = await setUp({}, {});
  });
  afterAll(async () => {
    await s?.t.close();
  });

  it('stores the deterministic draft as before: no llm, no deterministic copy, no llm audit', async () => {
    const d = (await s.dr.post(`/api/visits/${s.visit}/draft`)).json().draft;
    expect(texts(d.draft)).toContain('患者3天前出现头痛。');
    expect(d).not.toHaveProperty('llm');
    expect(d).not.toHaveProperty('deterministic');
    expect(await llmAudits(s.t)).toHaveLength(0);
  });
});
