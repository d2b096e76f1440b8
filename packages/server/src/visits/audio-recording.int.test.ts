import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAsrClient } from '../adapters/asr/index.ts';
import { startFakeOpenAi, type FakeOpenAi, type FakeReply } from '../adapters/llm/fake-openai-server.ts';
import { buildApp } from '../app.ts';
import { createLogger } from '../logger.ts';
import { createTestApp, TEST_PASSWORD, type Client, type TestApp } from '../test/test-app.ts';

/**
 * POST /api/visits/:id/sources/audio against a local OpenAI-compatible speech endpoint: chunks of
 * one recording become one transcript source; retries are idempotent; engine trouble and bad
 * uploads store nothing.
 */

const SESSION = '3f0b6f4e-7a55-4d8e-9c1e-5b2a9d0c1e77';
const webm = (n: number) => Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, n]);
const wav = Buffer.concat([Buffer.from('RIFF\0\0\0\0WAVEfmt ', 'latin1'), Buffer.alloc(8)]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
const verbose = (segments: { start: number; text: string; speaker: string }[]): FakeReply => ({
  kind: 'raw',
  status: 200,
  body: JSON.stringify({ text: segments.map((s) => s.text).join(''), segments }),
});
const CHUNK0 = verbose([
  { start: 0, text: '你好，哪里不舒服？', speaker: 'doctor' },
  { start: 2.5, text: '我头痛三天了。', speaker: 'patient' },
]);
const CHUNK1 = verbose([{ start: 1.2, text: '还有点发烧。', speaker: 'patient' }]);

let t: TestApp;
let fake: FakeOpenAi;
let next: FakeReply[] = [];
let dr: Client;
let visit: string;

beforeAll(async () => {
  fake = await startFakeOpenAi(() => next.shift() ?? { kind: 'raw', status: 500, body: 'no reply queued' });
  const asr = createAsrClient({
    baseUrl: fake.url,
    model: 'whisper-1',
    timeoutMs: 400,
    locality: 'hospital',
  });
  t = await createTestApp({}, { asr });
  dr = await t.login('dr.wang');
  ({ id: visit } = await t.database.db
    .selectFrom('encounters')
    .select('id')
    .where('patient_id', '=', t.ids.patients['周建国']!)
    .where('status', '!=', 'finished')
    .executeTakeFirstOrThrow());
});
afterAll(async () => {
  await t.close();
  await fake.close();
});
beforeEach(async () => {
  next = [];
  await t.database.db.deleteFrom('visit_sources').where('encounter_id', '=', visit).execute();
});

const url = (q: Record<string, string | number>, v = visit) =>
  `/api/visits/${v}/sources/audio?${new URLSearchParams(Object.entries(q).map(([k, x]) => [k, String(x)]))}`;
const send = (c: Client, q: Record<string, string | number>, body: Buffer, type = 'audio/webm;codecs=opus') =>
  c.request({ method: 'POST', url: url(q), payload: body, headers: { 'content-type': type } });
const chunk = (seq: number, offsetMs: number, body = webm(seq)) =>
  send(dr, { session: SESSION, seq, offsetMs }, body);

const storedSources = () =>
  t.database.db.selectFrom('visit_sources').selectAll().where('encounter_id', '=', visit).execute();
const audits = (action: string) =>
  t.database.db.selectFrom('audit_events').selectAll().where('action', '=', action).orderBy('seq').execute();

describe('POST /api/visits/:id/sources/audio', () => {
  it('transcribes chunks of one recording into one transcript source, times running on', async () => {
    const calls = fake.requests.length;
    next = [CHUNK0, CHUNK1];
    const first = await chunk(0, 0);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      source: { kind: 'transcript' },
      seq: 0,
      duplicate: false,
      turns: [
        { speaker: 'doctor', text: '你好，哪里不舒服？', tStartMs: 0 },
        { speaker: 'patient', text: '我头痛三天了。', tStartMs: 2500 },
      ],
    });
    const second = await chunk(1, 15_000);
    expect(second.statusCode).toBe(200);
    expect(second.json().turns).toEqual([
      { speaker: 'patient', text: '还有点发烧。', tStartMs: 16_200, label: 'patient' },
    ]);
    expect(second.json().source.id).toBe(first.json().source.id);

    const rows = await storedSources();
    expect(rows).toHaveLength(1);
    const content = rows[0]!.content as { format: string; turns: { text: string; tStartMs: number }[] };
    expect(content.format).toBe('json');
    expect(content.turns.map((x) => x.tStartMs)).toEqual([0, 2500, 16_200]);

    // What the engine received: the audio, named by its real type, as multipart.
    const req = fake.requests[calls]!;
    expect(req.path).toBe('/v1/audio/transcriptions');
    expect(req.raw.toString('latin1')).toContain('filename="chunk-0.webm"');
    expect(req.raw.includes(webm(0))).toBe(true);

    // The source lists like any transcript, and a draft is composed from it.
    const list = await dr.get(`/api/visits/${visit}/sources`);
    expect(list.json().sources).toMatchObject([{ kind: 'transcript', hasMedia: false }]);
    const draft = await dr.post(`/api/visits/${visit}/draft`);
    expect(draft.statusCode).toBe(201);
    const facts = draft.json().draft.draft.facts as { display: { zh: string }; sourceIds: string[] }[];
    expect(facts.find((f) => f.display.zh === '头痛')?.sourceIds).toContain(first.json().source.id);

    const transcribed = await audits('asr.transcribe');
    expect(transcribed.slice(-2).map((a) => [a.outcome, a.patient_id, a.detail])).toEqual([
      [
        'success',
        t.ids.patients['周建国'],
        { model: 'whisper-1', seq: 0, bytes: 9, latencyMs: expect.any(Number), turns: 2 },
      ],
      [
        'success',
        t.ids.patients['周建国'],
        { model: 'whisper-1', seq: 1, bytes: 9, latencyMs: expect.any(Number), turns: 1 },
      ],
    ]);
    expect((await audits('source.create')).at(-1)?.resource_id).toBe(first.json().source.id);
    expect((await audits('source.update')).at(-1)?.detail).toEqual({ kind: 'transcript', seq: 1, turns: 1 });
    // No transcript text in the audit log.
    expect(JSON.stringify(transcribed)).not.toContain('头痛');
  });

  it('is idempotent per seq: a retry is answered from storage, other audio under the seq is refused', async () => {
    next = [CHUNK0];
    const first = await chunk(0, 0);
    expect(first.statusCode).toBe(201);
    const calls = fake.requests.length;
    const again = await chunk(0, 0);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({
      duplicate: true,
      source: first.json().source,
      turns: first.json().turns,
    });
    expect(fake.requests.length).toBe(calls); // no second engine call
    const other = await chunk(0, 0, webm(99));
    expect(other.statusCode).toBe(409);
    expect((await storedSources())[0]!.content).toMatchObject({ turns: first.json().turns });
  });

  it('a late chunk lands in seq order; a new session is a new source', async () => {
    next = [CHUNK0, CHUNK1, verbose([{ start: 0, text: '量一下血压。', speaker: 'doctor' }]), CHUNK1];
    expect((await chunk(0, 0)).statusCode).toBe(201);
    expect((await chunk(2, 30_000)).statusCode).toBe(200);
    expect((await chunk(1, 15_000)).statusCode).toBe(200);
    const [row] = await storedSources();
    expect((row!.content as { turns: { text: string }[] }).turns.map((x) => x.text)).toEqual([
      '你好，哪里不舒服？',
      '我头痛三天了。',
      '量一下血压。',
      '还有点发烧。',
    ]);
    const other = await send(dr, { session: crypto.randomUUID(), seq: 0, offsetMs: 0 }, wav, 'audio/wav');
    expect(other.statusCode).toBe(201);
    expect(await storedSources()).toHaveLength(2);
  });

  it.each([
    ['a 500', { kind: 'raw', status: 500, body: 'boom' } as FakeReply, 'server_error'],
    ['a timeout', { kind: 'hang' } as FakeReply, 'timeout'],
    ['malformed JSON', { kind: 'raw', status: 200, body: '{"text": ' } as FakeReply, 'malformed_json'],
  ])(
    'engine trouble (%s): 503 with the reason, nothing stored, the call audited',
    async (_, reply, reason) => {
      next = [reply];
      const res = await chunk(0, 0);
      expect(res.statusCode).toBe(503);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(res.json()).toMatchObject({ code: 'unavailable', issues: [{ path: 'asr', message: reason }] });
      expect(await storedSources()).toHaveLength(0);
      expect((await audits('asr.transcribe')).at(-1)).toMatchObject({
        outcome: 'failure',
        detail: expect.objectContaining({ failure: reason, seq: 0 }),
      });
      // The recorder sends the same chunk again; now it lands.
      next = [CHUNK0];
      expect((await chunk(0, 0)).statusCode).toBe(201);
    },
  );

  it('a failed chunk after stored ones leaves them as they were', async () => {
    next = [CHUNK0, { kind: 'raw', status: 502, body: '' }];
    await chunk(0, 0);
    const before = (await storedSources())[0]!.content;
    expect((await chunk(1, 15_000)).statusCode).toBe(503);
    expect((await storedSources()).map((r) => r.content)).toEqual([before]);
  });

  it('refuses empty, mistyped and disguised uploads before calling the engine', async () => {
    const calls = fake.requests.length;
    const q = { session: SESSION, seq: 0, offsetMs: 0 };
    const cases: [Buffer, string, number][] = [
      [Buffer.alloc(0), 'audio/webm', 400],
      [PNG, 'audio/wav', 415], // an image renamed .wav
      [wav, 'audio/webm', 415], // the bytes say another format
      [Buffer.from('MZ\x90\0', 'latin1'), 'audio/mpeg', 415],
      [webm(0), 'audio/flac', 415], // not a type we take
      [webm(0), 'application/octet-stream', 415],
      [webm(0), 'video/webm', 415],
    ];
    for (const [body, type, status] of cases) {
      const res = await send(dr, q, body, type);
      expect([type, res.statusCode]).toEqual([type, status]);
    }
    const badQueries: Record<string, string | number>[] = [
      { seq: 0, offsetMs: 0 },
      { session: 'nope', seq: 0, offsetMs: 0 },
      { session: SESSION, seq: -1, offsetMs: 0 },
      { session: SESSION, seq: 1.5, offsetMs: 0 },
      { session: SESSION, seq: 0 },
      { session: SESSION, seq: 0, offsetMs: 0, extra: 1 },
      { session: SESSION, seq: 0, offsetMs: 0, language: 'fr' },
    ];
    for (const bad of badQueries) expect((await send(dr, bad, webm(0))).statusCode).toBe(400);
    expect(fake.requests.length).toBe(calls);
    expect(await storedSources()).toHaveLength(0);
  });

  it('only staff who can prepare the visit may send audio; others see no visit', async () => {
    const q = { session: SESSION, seq: 0, offsetMs: 0 };
    for (const user of ['dr.zhang', 'admin']) {
      const c = await t.login(user);
      expect([user, (await send(c, q, webm(0))).statusCode]).toEqual([user, 404]);
    }
    expect((await send(t.anonymous(), q, webm(0))).statusCode).toBe(401);
    next = [CHUNK0];
    expect((await send(await t.login('nurse.chen'), q, webm(0))).statusCode).toBe(201);
  });

  it('answers 503 with the reason when no speech engine is configured', async () => {
    const app = await buildApp({
      db: t.database.db,
      config: t.config,
      clock: t.now,
      log: createLogger('silent'),
    });
    try {
      const login = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'dr.wang', password: TEST_PASSWORD },
      });
      const res = await app.inject({
        method: 'POST',
        url: url({ session: SESSION, seq: 0, offsetMs: 0 }),
        payload: webm(0),
        headers: {
          'content-type': 'audio/webm',
          cookie: `yizhu_session=${login.cookies.find((c) => c.name === 'yizhu_session')!.value}`,
          'x-csrf-token': login.json().csrfToken,
        },
      });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({
        code: 'unavailable',
        detail: 'speech recognition is not configured on this server',
        issues: [{ path: 'asr', message: 'not_configured' }],
      });
    } finally {
      await app.close();
    }
    expect(await storedSources()).toHaveLength(0);
  });
});
