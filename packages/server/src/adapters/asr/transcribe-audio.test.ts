import { afterEach, describe, expect, it } from 'vitest';
import { extractTranscript } from '@yizhu/core';
import { startFakeOpenAi, type FakeOpenAi, type FakeReply } from '../llm/fake-openai-server.ts';
import { createAsr, createAsrClient, segmentsToTurns } from './transcribe-audio.ts';

let fake: FakeOpenAi | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const AUDIO = {
  data: Buffer.from([0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4]),
  filename: 'visit chunk 1.wav',
  mimeType: 'audio/wav',
};
const VERBOSE = {
  text: '医生你好哪里不舒服我头痛三天了',
  segments: [
    { id: 0, start: 0.0, end: 1.5, text: '你好，哪里不舒服？', speaker: 'doctor' },
    { id: 1, start: 1.8, end: 3.0, text: '我头痛三天了，', speaker: 'SPEAKER_01' },
    { id: 2, start: 3.0, end: 4.2, text: '还有点发烧。', speaker: 'SPEAKER_01' },
  ],
};

async function asr(reply: FakeReply, timeoutMs = 2000) {
  fake = await startFakeOpenAi(() => reply);
  return createAsrClient({
    baseUrl: fake.url,
    apiKey: 'k',
    model: 'whisper-1',
    timeoutMs,
    locality: 'hospital',
  });
}

describe('createAsrClient', () => {
  it('posts multipart verbose_json and returns speaker turns with start times', async () => {
    const c = await asr({ kind: 'raw', status: 200, body: JSON.stringify(VERBOSE) });
    const r = await c.transcribe(AUDIO, { language: 'zh' });
    expect(r).toMatchObject({
      ok: true,
      turns: [
        { speaker: 'doctor', text: '你好，哪里不舒服？', tStartMs: 0, label: 'doctor' },
        { speaker: 'unknown', text: '我头痛三天了，还有点发烧。', tStartMs: 1800, label: 'SPEAKER_01' },
      ],
    });
    const req = fake!.requests[0]!;
    expect(req.path).toBe('/v1/audio/transcriptions');
    expect(req.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    const body = req.raw.toString('latin1');
    expect(body).toContain('name="model"\r\n\r\nwhisper-1');
    expect(body).toContain('name="response_format"\r\n\r\nverbose_json');
    expect(body).toContain('name="language"\r\n\r\nzh');
    expect(body).toContain('filename="visit_chunk_1.wav"');
    expect(req.raw.includes(AUDIO.data)).toBe(true);
    // The turns feed the extractor as JSON turns.
    if (r.ok) expect(extractTranscript(r.turns).facts.some((f) => f.display.zh === '头痛')).toBe(true);
  });

  it('falls back to the plain text when the engine gives no segments', () => {
    expect(segmentsToTurns({ text: ' 头痛三天 ' })).toEqual([
      { speaker: 'unknown', text: '头痛三天', tStartMs: 0 },
    ]);
    expect(segmentsToTurns({ text: 'x', segments: [{ start: 0, text: 'a', spk: 0 }] })).toEqual([
      { speaker: 'unknown', text: 'a', tStartMs: 0, label: '0' },
    ]);
    expect(segmentsToTurns({ segments: 'nope' })).toBeNull();
    expect(segmentsToTurns({ foo: 1 })).toBeNull();
  });

  it.each([
    [{ kind: 'raw', status: 500, body: 'x' } as FakeReply, 'server_error'],
    [{ kind: 'raw', status: 400, body: '{}' } as FakeReply, 'http_error'],
    [{ kind: 'raw', status: 200, body: '{"text": ' } as FakeReply, 'malformed_json'],
    [{ kind: 'raw', status: 200, body: '{"segments": [{"text": 5}]}' } as FakeReply, 'malformed_json'],
    [{ kind: 'hang' } as FakeReply, 'timeout'],
  ])('reports failure %# as %s', async (reply, failure) => {
    const c = await asr(reply, 300);
    expect(await c.transcribe(AUDIO)).toMatchObject({ ok: false, failure });
  });

  it('in hospital mode refuses a public endpoint by address', async () => {
    const c = createAsrClient({
      baseUrl: 'https://asr.example.com/v1',
      model: 'm',
      timeoutMs: 1000,
      locality: 'hospital',
      resolve: async () => ['203.0.113.9'],
    });
    expect(await c.transcribe(AUDIO)).toMatchObject({ ok: false, failure: 'endpoint_refused' });
  });

  it('is off with a reason when not configured', () => {
    expect(
      createAsr({ asr: { model: 'whisper-1', timeoutMs: 1000 }, dataLocality: 'hospital' }).status,
    ).toEqual({ enabled: false, reason: 'not_configured' });
  });
});
