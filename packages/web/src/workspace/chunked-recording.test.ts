import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error.ts';
import {
  createChunkUploader,
  isRetryable,
  newSessionId,
  pickAudioType,
  startChunkedRecording,
  type AudioChunk,
  type RecorderLike,
  type UploadState,
} from './chunked-recording.ts';

class FakeRecorder implements RecorderLike {
  mimeType = 'audio/webm;codecs=opus';
  ondataavailable: ((e: { data: Blob }) => void) | null = null;
  onstop: (() => void) | null = null;
  state: 'new' | 'recording' | 'stopped' = 'new';
  constructor(private readonly bytes: number) {}
  start() {
    this.state = 'recording';
  }
  stop() {
    this.state = 'stopped';
    this.ondataavailable?.({ data: new Blob([new Uint8Array(this.bytes)]) });
    this.onstop?.();
  }
}

function clock() {
  let t = 1000;
  const timers: { fn: () => void; at: number }[] = [];
  return {
    now: () => t,
    setTimer: (fn: () => void, ms: number) => timers.push({ fn, at: t + ms }),
    clearTimer: (h: unknown) => {
      timers[(h as number) - 1] = { fn: () => undefined, at: Infinity };
    },
    advance(ms: number) {
      t += ms;
      for (const timer of timers.filter((x) => x.at <= t)) {
        timer.at = Infinity;
        timer.fn();
      }
    },
  };
}

describe('startChunkedRecording', () => {
  it('gives each 15 s piece its own recorder, numbered, with its start in the recording', async () => {
    const c = clock();
    const recorders: FakeRecorder[] = [];
    const chunks: AudioChunk[] = [];
    const rec = startChunkedRecording({
      makeRecorder: () => {
        const r = new FakeRecorder(recorders.length === 1 ? 0 : 10); // the second piece is silent/empty
        recorders.push(r);
        return r;
      },
      mimeType: 'audio/webm',
      onChunk: (x) => chunks.push(x),
      now: c.now,
      setTimer: c.setTimer,
      clearTimer: c.clearTimer,
    });
    c.advance(15_000);
    c.advance(15_000);
    c.advance(4_000);
    let done = false;
    void rec.stop().then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(true);
    expect(recorders.map((r) => r.state)).toEqual(['stopped', 'stopped', 'stopped']);
    // The next recorder starts before the previous stops: no audio falls between chunks.
    expect(chunks.map((x) => [x.seq, x.offsetMs, x.blob.size, x.blob.type])).toEqual([
      [0, 0, 10, 'audio/webm;codecs=opus'],
      [2, 30_000, 10, 'audio/webm;codecs=opus'], // seq 1 had no audio: nothing sent
    ]);
    c.advance(60_000);
    expect(recorders).toHaveLength(3); // stopped means stopped
  });
});

describe('createChunkUploader', () => {
  const chunk = (seq: number): AudioChunk => ({ seq, offsetMs: seq * 15_000, blob: new Blob(['x']) });

  it('sends in order, retries passing failures, gives up on refusals', async () => {
    const sent: number[] = [];
    const failures: Record<number, unknown[]> = {
      0: [new ApiError(503, 'unavailable'), new ApiError(0, 'network')],
      1: [new ApiError(415, 'unsupported_media_type')],
    };
    const waits: number[] = [];
    const states: UploadState[] = [];
    const up = createChunkUploader({
      send: async (c) => {
        const next = failures[c.seq]?.shift();
        if (next) throw next;
        sent.push(c.seq);
      },
      onState: (s) => states.push(s),
      retryDelaysMs: [10, 20],
      sleep: async (ms) => void waits.push(ms),
    });
    up.add(chunk(0));
    up.add(chunk(1));
    up.add(chunk(2));
    await up.idle();
    expect(sent).toEqual([0, 2]);
    expect(waits).toEqual([10, 20]);
    expect(states.at(-1)).toMatchObject({ pending: 0, sent: 2, failed: 1 });
    expect((states.at(-1)!.lastError as ApiError).code).toBe('unsupported_media_type');
  });

  it('stops retrying after the last delay', async () => {
    let calls = 0;
    const up = createChunkUploader({
      send: async () => {
        calls++;
        throw new ApiError(503, 'unavailable');
      },
      onState: () => undefined,
      retryDelaysMs: [1, 1],
      sleep: async () => undefined,
    });
    up.add(chunk(0));
    await up.idle();
    expect(calls).toBe(3);
  });
});

describe('helpers', () => {
  it('retries only what may pass', () => {
    expect([0, 429, 500, 502, 503].map((s) => isRetryable(new ApiError(s, 'x')))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect([400, 404, 409, 413, 415].map((s) => isRetryable(new ApiError(s, 'x')))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(isRetryable(new Error('boom'))).toBe(false);
  });

  it('picks the first container the browser records', () => {
    expect(pickAudioType((t) => t.startsWith('audio/webm'))).toBe('audio/webm;codecs=opus');
    expect(pickAudioType((t) => t === 'audio/mp4')).toBe('audio/mp4');
    expect(pickAudioType(() => false)).toBeNull();
  });

  it('makes v4 UUIDs the server accepts', () => {
    const id = newSessionId((a) => a.fill(0xff));
    expect(id).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(newSessionId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
