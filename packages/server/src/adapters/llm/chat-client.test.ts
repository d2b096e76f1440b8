import { afterEach, describe, expect, it } from 'vitest';
import { createChatClient, retryAfterMs, type ChatClientOptions } from './chat-client.ts';
import { startFakeOpenAi, type FakeOpenAi, type FakeReply } from './fake-openai-server.ts';

let fake: FakeOpenAi | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const sleeps: number[] = [];
async function client(
  replies: FakeReply[] | ((i: number) => FakeReply),
  opts: Partial<ChatClientOptions> = {},
) {
  sleeps.length = 0;
  fake = await startFakeOpenAi((_req, i) =>
    typeof replies === 'function' ? replies(i) : replies[Math.min(i, replies.length - 1)]!,
  );
  return createChatClient({
    baseUrl: fake.url,
    apiKey: 'sk-test',
    model: 'qwen-test',
    stream: false,
    timeoutMs: 5000,
    locality: 'hospital',
    backoffMs: 10,
    sleep: async (ms) => void sleeps.push(ms),
    ...opts,
  });
}
const MESSAGES = [{ role: 'user' as const, content: 'hi' }];
const SCHEMA = { name: 'x', strict: true, schema: { type: 'object' } };

describe('createChatClient', () => {
  it('sends model, key and a json_schema response format, and reads the answer', async () => {
    const c = await client([{ kind: 'chat', content: '{"a":1}' }]);
    const r = await c.complete({ messages: MESSAGES, jsonSchema: SCHEMA });
    expect(r).toMatchObject({ ok: true, content: '{"a":1}', attempts: 1 });
    const req = fake!.requests[0]!;
    expect(req.path).toBe('/v1/chat/completions');
    expect(req.headers.authorization).toBe('Bearer sk-test');
    expect(req.json).toMatchObject({
      model: 'qwen-test',
      stream: false,
      response_format: { type: 'json_schema', json_schema: SCHEMA },
    });
  });

  it('streams (SSE) and joins the deltas', async () => {
    const content = '{"sentences":[{"id":"S1","text":"头痛3天。","evidence":["E1"]}]}';
    const c = await client([{ kind: 'chat', content }], { stream: true });
    expect(await c.complete({ messages: MESSAGES })).toMatchObject({ ok: true, content });
    expect(fake!.requests[0]!.json).toMatchObject({ stream: true });
  });

  it('fails a stream with a malformed chunk or cut off before [DONE]', async () => {
    const bad = await client(
      [{ kind: 'sse-raw', events: ['{"choices":[{"delta":{"content":"a"}}]}', '{oops', '[DONE]'] }],
      { stream: true },
    );
    expect(await bad.complete({ messages: MESSAGES })).toMatchObject({
      ok: false,
      failure: 'malformed_json',
    });
    await fake!.close();
    const cut = await client([{ kind: 'sse-raw', events: ['{"choices":[{"delta":{"content":"a"}}]}'] }], {
      stream: true,
      maxAttempts: 1,
    });
    expect(await cut.complete({ messages: MESSAGES })).toMatchObject({ ok: false, failure: 'network' });
  });

  it('reports malformed JSON and an empty answer', async () => {
    const c = await client([{ kind: 'raw', status: 200, body: '{"choices": [' }]);
    expect(await c.complete({ messages: MESSAGES })).toMatchObject({
      ok: false,
      failure: 'malformed_json',
      attempts: 1,
    });
    await fake!.close();
    const e = await client([
      { kind: 'raw', status: 200, body: '{"choices":[{"message":{"content":null}}]}' },
    ]);
    expect(await e.complete({ messages: MESSAGES })).toMatchObject({ ok: false, failure: 'empty_response' });
  });

  it('times out within the whole-call budget', async () => {
    const c = await client([{ kind: 'hang' }], { timeoutMs: 300 });
    const t0 = performance.now();
    const r = await c.complete({ messages: MESSAGES });
    expect(r).toMatchObject({ ok: false, failure: 'timeout' });
    expect(performance.now() - t0).toBeLessThan(3000);
  });

  it('waits out a short Retry-After on 429, then succeeds', async () => {
    const c = await client([
      { kind: 'raw', status: 429, body: '{}', headers: { 'retry-after': '1' } },
      { kind: 'chat', content: 'ok' },
    ]);
    expect(await c.complete({ messages: MESSAGES })).toMatchObject({ ok: true, attempts: 2 });
    expect(sleeps).toEqual([1000]);
  });

  it('does not wait for a Retry-After beyond the bound', async () => {
    const c = await client([{ kind: 'raw', status: 429, body: '{}', headers: { 'retry-after': '3600' } }]);
    expect(await c.complete({ messages: MESSAGES })).toMatchObject({
      ok: false,
      failure: 'rate_limited',
      status: 429,
      attempts: 1,
    });
    expect(sleeps).toEqual([]);
  });

  it('retries 5xx with exponential backoff, bounded', async () => {
    const ok = await client([
      { kind: 'raw', status: 500, body: '' },
      { kind: 'raw', status: 503, body: '' },
      { kind: 'chat', content: 'ok' },
    ]);
    expect(await ok.complete({ messages: MESSAGES })).toMatchObject({ ok: true, attempts: 3 });
    expect(sleeps).toEqual([10, 20]);
    await fake!.close();
    const down = await client([{ kind: 'raw', status: 500, body: '' }]);
    expect(await down.complete({ messages: MESSAGES })).toMatchObject({
      ok: false,
      failure: 'server_error',
      status: 500,
      attempts: 3,
    });
    expect(fake!.requests).toHaveLength(3);
  });

  it('does not retry other 4xx', async () => {
    const c = await client([{ kind: 'raw', status: 401, body: '{}' }]);
    expect(await c.complete({ messages: MESSAGES })).toMatchObject({
      ok: false,
      failure: 'http_error',
      status: 401,
      attempts: 1,
    });
  });

  it('in hospital mode refuses a public address without connecting', async () => {
    const c = createChatClient({
      baseUrl: 'http://8.8.8.8/v1',
      model: 'm',
      stream: false,
      timeoutMs: 5000,
      locality: 'hospital',
    });
    const t0 = performance.now();
    expect(await c.complete({ messages: MESSAGES })).toMatchObject({
      ok: false,
      failure: 'endpoint_refused',
      attempts: 1,
    });
    expect(performance.now() - t0).toBeLessThan(100);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    expect(retryAfterMs('2', 0)).toBe(2000);
    expect(retryAfterMs(new Date(5000).toUTCString(), 1000)).toBe(4000);
    expect(retryAfterMs('soon', 0)).toBeUndefined();
  });
});
