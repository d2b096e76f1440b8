import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { answer, testVisit } from '@yizhu/core/llm/test-visit.ts';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config/config.ts';
import { createLogger } from '../../logger.ts';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../test/test-app.ts';
import { auditLlmCall } from './audit-llm-call.ts';
import { createChatClient } from './chat-client.ts';
import { startFakeOpenAi, type FakeOpenAi } from './fake-openai-server.ts';
import { rewordDraft } from './reword-draft.ts';

describe('GET /api/capabilities', () => {
  // One seeded database; each configuration is a second app over it (seeding is the slow part).
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });
  const get = async (env: Record<string, string>, user = 'dr.wang') => {
    const app = await buildApp({
      db: t.database.db,
      config: loadConfig({ ...env, LOG_LEVEL: 'silent' }),
      clock: t.now,
      log: createLogger('silent'),
    });
    try {
      const login = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: user, password: TEST_PASSWORD },
      });
      const cookie = login.cookies.find((c) => c.name === 'yizhu_session')!;
      return {
        anon: await app.inject({ method: 'GET', url: '/api/capabilities' }),
        res: await app.inject({
          method: 'GET',
          url: '/api/capabilities',
          headers: { cookie: `yizhu_session=${cookie.value}` },
        }),
      };
    } finally {
      await app.close();
    }
  };

  it('off with reasons when nothing is configured; needs a session', async () => {
    const { anon, res } = await get({});
    expect(anon.statusCode).toBe(401);
    expect(res.json()).toEqual({
      llm: { enabled: false, mode: 'hospital', reason: 'not_configured' },
      asr: { enabled: false, reason: 'not_configured' },
    });
  });

  it('on for local endpoints and for a local GGUF model (loaded only on first use)', async () => {
    const { res } = await get({
      YIZHU_LLM_BASE_URL: 'http://127.0.0.1:9/v1',
      YIZHU_LLM_MODEL: 'qwen2.5-7b',
      YIZHU_ASR_BASE_URL: 'http://10.0.0.7:8080/v1',
    });
    expect(res.json()).toEqual({ llm: { enabled: true, mode: 'hospital' }, asr: { enabled: true } });
    const gguf = await get({ YIZHU_LLM_MODEL_PATH: '/models/qwen.gguf' }, 'nurse.chen');
    expect(gguf.res.json().llm).toEqual({ enabled: true, mode: 'hospital' });
    // The in-process model wins over an endpoint, so a public endpoint beside it does not turn it off.
    const both = await get({
      YIZHU_LLM_MODEL_PATH: '/models/qwen.gguf',
      YIZHU_LLM_BASE_URL: 'https://8.8.8.8/v1',
      YIZHU_LLM_MODEL: 'x',
    });
    expect(both.res.json().llm).toEqual({ enabled: true, mode: 'hospital' });
  });

  it('hospital mode turns off a public endpoint (checked by address, not connected to)', async () => {
    const { res } = await get({
      YIZHU_LLM_BASE_URL: 'https://8.8.8.8/v1',
      YIZHU_LLM_MODEL: 'x',
      YIZHU_ASR_BASE_URL: 'https://1.1.1.1/v1',
    });
    expect(res.json()).toEqual({
      llm: { enabled: false, mode: 'hospital', reason: 'endpoint_not_local' },
      asr: { enabled: false, reason: 'endpoint_not_local' },
    });
    const { res: open } = await get({
      YIZHU_DATA_LOCALITY: 'deidentify',
      YIZHU_LLM_BASE_URL: 'https://8.8.8.8/v1',
      YIZHU_LLM_MODEL: 'x',
    });
    expect(open.json().llm).toEqual({ enabled: true, mode: 'deidentify' });
  });
});

describe('rewordDraft audit in the hash-chained log', () => {
  let t: TestApp;
  let fake: FakeOpenAi;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });
  afterEach(async () => {
    await fake?.close();
  });

  it('appends one llm.reword event per rewording, with counts and no patient text', async () => {
    const visit = testVisit();
    fake = await startFakeOpenAi((req) => ({
      kind: 'chat',
      content: answer({ messages: (req.json as { messages: never }).messages }, (s) =>
        s.replace('140/90', '150/90'),
      ),
    }));
    const client = createChatClient({
      baseUrl: fake.url,
      model: 'fake-qwen',
      stream: false,
      timeoutMs: 5000,
      locality: 'hospital',
    });
    const patientId = t.ids.patients['周建国']!;
    const ctx = {
      actorId: t.ids.users['dr.wang']!,
      actorRole: 'doctor',
      clientIp: '127.0.0.1',
      requestId: 'r1',
    };
    const r = await rewordDraft(
      {
        client,
        baseUrl: fake.url,
        locality: 'hospital',
        audit: auditLlmCall(t.database.db, t.now, ctx, patientId, null),
      },
      { draft: visit.draft, sources: visit.sources, names: ['周建国'] },
    );
    expect(r.stats.rejections.unmatched_number).toBe(2);
    const rows = await t.database.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'llm.reword')
      .execute();
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row.patient_id).toBe(patientId);
    const detail = typeof row.detail === 'string' ? JSON.parse(row.detail) : row.detail;
    expect(detail).toMatchObject({
      model: 'fake-qwen',
      calls: 2,
      rejected: 2,
      rejections: { unmatched_number: 2 },
    });
    for (const s of ['头痛', '140/90', '150/90', 'headache', '周建国'])
      expect(JSON.stringify(detail)).not.toContain(s);
  });
});
