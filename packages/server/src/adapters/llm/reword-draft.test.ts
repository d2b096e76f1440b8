import { afterEach, describe, expect, it } from 'vitest';
import { answer, testVisit } from '@yizhu/core/llm/test-visit.ts';
import { createChatClient } from './chat-client.ts';
import { startFakeOpenAi, type FakeOpenAi, type FakeReply, type FakeRequest } from './fake-openai-server.ts';
import { rewordDraft, type LlmAuditRecord } from './reword-draft.ts';

const TRANSCRIPT = `医生：你好，哪里不舒服？
患者：我叫周建国，手机13812345678。我头痛三天了，还有点发烧，体温38.5度。
医生：有没有胸痛？
患者：没有胸痛。我有高血压，吃氨氯地平5mg每天一次。
医生：血压140/90。`;
const visit = testVisit(TRANSCRIPT);

let fake: FakeOpenAi | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const messagesOf = (req: FakeRequest) =>
  (req.json as { messages: { role: 'system' | 'user'; content: string }[] }).messages;
const REWORD: Record<string, string> = {
  '患者3天前出现头痛。': '患者自3天前起出现头痛。',
  'The patient reports headache for 3 days.': 'Headache for the past 3 days.',
};

/** Models, as fake endpoints behave. */
const MODELS: Record<string, (req: FakeRequest) => FakeReply> = {
  honest: (req) => ({ kind: 'chat', content: answer({ messages: messagesOf(req) }, (t) => REWORD[t] ?? t) }),
  inventsNumbers: (req) => ({
    kind: 'chat',
    // Every sentence gets a number no evidence states, and some a changed one.
    content: answer({ messages: messagesOf(req) }, (t) =>
      t
        .replace('140/90', '150/95')
        .replace('3天', '5天')
        .replace('3 days', '5 days')
        .replace(/[。.]$/, '，体温39℃。'),
    ),
  }),
  ignoresSchema: () => ({
    kind: 'chat',
    content: JSON.stringify({ record: 'The patient has a headache.', confidence: 0.9 }),
  }),
  prose: () => ({ kind: 'chat', content: 'Sure! Here is a better record: the patient has a headache.' }),
  malformed: () => ({ kind: 'raw', status: 200, body: '{"choices":[{"message":' }),
  hangs: () => ({ kind: 'hang' }),
  rateLimited: () => ({ kind: 'raw', status: 429, body: '{}', headers: { 'retry-after': '120' } }),
  down: () => ({ kind: 'raw', status: 500, body: 'internal' }),
};

async function run(
  model: keyof typeof MODELS,
  stream = false,
  locality: 'hospital' | 'deidentify' = 'hospital',
) {
  fake = await startFakeOpenAi((req) => MODELS[model]!(req));
  const audits: LlmAuditRecord[] = [];
  const client = createChatClient({
    baseUrl: fake.url,
    model: 'fake',
    stream,
    timeoutMs: 400,
    locality,
    backoffMs: 5,
  });
  const outcome = await rewordDraft(
    { client, baseUrl: fake.url, locality, audit: async (a) => void audits.push(a) },
    { draft: visit.draft, sources: visit.sources, names: ['周建国'] },
  );
  return { outcome, audits, requests: fake.requests };
}
const allText = (d: typeof visit.draft) => JSON.stringify([d.zh, d.en, d.soap]);

describe('rewordDraft against a local OpenAI-compatible server', () => {
  for (const stream of [false, true]) {
    it(`uses verified wording from an honest model (${stream ? 'streaming' : 'non-streaming'})`, async () => {
      const { outcome, audits } = await run('honest', stream);
      expect(outcome.used).toBe(true);
      expect(outcome.stats.accepted).toBe(2);
      expect(allText(outcome.draft)).toContain('患者自3天前起出现头痛。');
      expect(outcome.notice).toBeUndefined();
      expect(audits).toHaveLength(1);
      expect(audits[0]).toMatchObject({
        outcome: 'success',
        detail: { model: 'fake', accepted: 2, calls: 2 },
      });
    });
  }

  it('never sends the name or phone number, and fences the transcript', async () => {
    const { requests } = await run('honest');
    const sent = requests.map((r) => r.raw.toString('utf8')).join('\n');
    expect(sent).not.toContain('周建国');
    expect(sent).not.toContain('13812345678');
    expect(sent).toMatch(/<<<DATA E1 source=transcript [A-Z]{16}>>>/);
    // Only cited turns go out: the doctor's greeting is cited by no sentence.
    expect(sent).not.toContain('哪里不舒服');
  });

  it('audits counts only: no patient text in the audit detail', async () => {
    const { audits } = await run('honest');
    const detail = JSON.stringify(audits);
    for (const s of ['头痛', 'headache', '周建国', '13812345678', '140/90', '氨氯地平'])
      expect(detail).not.toContain(s);
    expect(audits[0]!.detail).toMatchObject({ deidentified: { NAME: 1, PHONE: 1 } });
  });

  const failures: [keyof typeof MODELS, string, string][] = [
    ['inventsNumbers', 'llm_not_used', 'all_rejected'],
    ['ignoresSchema', 'llm_not_used', 'schema_mismatch'],
    ['malformed', 'llm_not_used', 'malformed_json'],
    ['prose', 'llm_not_used', 'malformed_json'],
    ['hangs', 'llm_not_used', 'timeout'],
    ['rateLimited', 'llm_not_used', 'rate_limited'],
    ['down', 'llm_not_used', 'server_error'],
  ];
  for (const [model, code, reason] of failures) {
    it(`a model that ${model}: deterministic draft plus a notice`, async () => {
      const { outcome, audits } = await run(model);
      expect(outcome.draft).toEqual(visit.draft);
      expect(outcome.used).toBe(false);
      expect(outcome.notice).toMatchObject({ code, reason });
      expect(outcome.notice!.zh).toMatch(/未使用大模型/);
      expect(audits).toHaveLength(1);
      expect(audits[0]!.outcome).toBe('failure');
    });
  }

  it('counts the rejected invented numbers', async () => {
    const { outcome } = await run('inventsNumbers');
    expect(outcome.stats.rejections.unmatched_number).toBeGreaterThanOrEqual(4);
    expect(allText(outcome.draft)).not.toMatch(/150\/95|5天|5 days/);
  });

  it('without a model: the draft and a notice, no call, no audit', async () => {
    const audits: LlmAuditRecord[] = [];
    const r = await rewordDraft(
      { client: undefined, locality: 'hospital', audit: async (a) => void audits.push(a) },
      { draft: visit.draft, sources: visit.sources },
    );
    expect(r).toMatchObject({ used: false, notice: { code: 'llm_not_used', reason: 'disabled' } });
    expect(r.draft).toBe(visit.draft);
    expect(audits).toEqual([]);
  });

  it('hospital mode: a public endpoint is refused before any connection, and the refusal audited', async () => {
    const audits: LlmAuditRecord[] = [];
    const client = createChatClient({
      baseUrl: 'https://api.example.com/v1',
      model: 'm',
      stream: false,
      timeoutMs: 1000,
      locality: 'hospital',
    });
    let complete = 0;
    const spy = {
      ...client,
      complete: async (...a: Parameters<typeof client.complete>) => (complete++, client.complete(...a)),
    };
    const r = await rewordDraft(
      {
        client: spy,
        baseUrl: 'https://api.example.com/v1',
        locality: 'hospital',
        resolve: async () => ['93.184.216.34'],
        audit: async (a) => void audits.push(a),
      },
      { draft: visit.draft, sources: visit.sources },
    );
    expect(r).toMatchObject({ used: false, notice: { reason: 'endpoint_refused' } });
    expect(r.draft).toEqual(visit.draft);
    expect(complete).toBe(0);
    expect(audits).toEqual([
      { outcome: 'denied', detail: expect.objectContaining({ reason: 'endpoint_not_local' }) },
    ]);
  });

  it('a failing audit append keeps the deterministic draft', async () => {
    fake = await startFakeOpenAi((req) => MODELS.honest!(req));
    const client = createChatClient({
      baseUrl: fake.url,
      model: 'fake',
      stream: false,
      timeoutMs: 2000,
      locality: 'hospital',
    });
    const r = await rewordDraft(
      {
        client,
        baseUrl: fake.url,
        locality: 'hospital',
        audit: async () => {
          throw new Error('db down');
        },
      },
      { draft: visit.draft, sources: visit.sources },
    );
    expect(r).toMatchObject({ used: false, notice: { reason: 'internal' } });
    expect(r.draft).toBe(visit.draft);
  });
});
