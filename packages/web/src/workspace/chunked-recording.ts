// Recording during the visit, sent as it goes (issue 9). No React here, so the timing and retry
// rules are unit-tested with fakes.
import { isApiError } from '../api/api-error.ts';

/** How long each piece of the recording is before it is sent for transcription. */
export const CHUNK_MS = 15_000;

/** In order of preference: WebM/Opus (Chromium, Firefox), Ogg/Opus, MP4 (Safari). */
const AUDIO_TYPES = ['audio/webm;codecs=opus', 'audio/webm', 'audio/ogg;codecs=opus', 'audio/mp4'];

/** The first container the browser can record that the server accepts; null if none. */
export function pickAudioType(isSupported: (type: string) => boolean): string | null {
  return AUDIO_TYPES.find((t) => isSupported(t)) ?? null;
}

/** The part of MediaRecorder used here (a fake in tests). */
export interface RecorderLike {
  readonly mimeType: string;
  ondataavailable: ((e: { data: Blob }) => void) | null;
  onstop: (() => void) | null;
  start(): void;
  stop(): void;
}

export interface AudioChunk {
  seq: number;
  /** Where the chunk starts in the whole recording, so the server can place its turns in time. */
  offsetMs: number;
  blob: Blob;
}

export interface ChunkedRecordingOptions {
  makeRecorder: () => RecorderLike;
  mimeType: string;
  onChunk: (chunk: AudioChunk) => void;
  chunkMs?: number;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/**
 * Splits a live recording into standalone files. A MediaRecorder timeslice would give pieces of one
 * file (only the first has the WebM header), which a speech engine cannot decode on their own; so
 * each chunk gets its own recorder, the next started just before the previous stops (no gap).
 */
export function startChunkedRecording(o: ChunkedRecordingOptions): { stop(): Promise<void> } {
  const chunkMs = o.chunkMs ?? CHUNK_MS;
  const now = o.now ?? (() => performance.now());
  const setTimer = o.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = o.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  const t0 = now();
  let seq = 0;
  let current: RecorderLike | null = null;
  let last: RecorderLike | null = null; // the recorder that was running when stop() was called
  let timer: unknown;
  let stopped: (() => void) | null = null;

  const begin = () => {
    const rec = o.makeRecorder();
    const chunk = { seq: seq++, offsetMs: Math.round(now() - t0) };
    const parts: Blob[] = [];
    rec.ondataavailable = (e) => {
      if (e.data.size > 0) parts.push(e.data);
    };
    rec.onstop = () => {
      const blob = new Blob(parts, { type: rec.mimeType || o.mimeType });
      if (blob.size > 0) o.onChunk({ ...chunk, blob });
      if (rec === last) stopped?.();
    };
    rec.start();
    current = rec;
    timer = setTimer(() => {
      begin();
      rec.stop();
    }, chunkMs);
  };
  begin();
  return {
    /** Resolves once the last chunk has been handed to onChunk (the recorder stops asynchronously). */
    stop() {
      clearTimer(timer);
      const rec = current;
      current = null;
      if (!rec) return Promise.resolve();
      last = rec;
      const done = new Promise<void>((r) => (stopped = r));
      rec.stop();
      return done;
    },
  };
}

/** A chunk that failed for a passing reason (engine down, network, busy) is worth sending again. */
export function isRetryable(err: unknown): boolean {
  if (!isApiError(err)) return false;
  return err.status === 0 || err.status === 429 || err.status === 503 || err.status >= 500;
}

export interface UploadState {
  /** Waiting or being sent. */
  pending: number;
  sent: number;
  failed: number;
  lastError: unknown;
}

export interface ChunkUploaderOptions {
  send: (chunk: AudioChunk) => Promise<void>;
  onState: (s: UploadState) => void;
  /** Waits before each retry of a chunk; its length is the number of retries. */
  retryDelaysMs?: number[];
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Sends chunks one at a time, in order. The server takes a chunk again without harm (same seq,
 * same bytes), so a passing failure is retried; a refusal (wrong type, too large) is not.
 */
export function createChunkUploader(o: ChunkUploaderOptions) {
  const delays = o.retryDelaysMs ?? [1000, 3000, 8000];
  const sleep = o.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const queue: AudioChunk[] = [];
  const state: UploadState = { pending: 0, sent: 0, failed: 0, lastError: null };
  let running: Promise<void> | null = null;
  const report = () => o.onState({ ...state });

  const sendOne = async (chunk: AudioChunk) => {
    for (let attempt = 0; ; attempt++) {
      try {
        await o.send(chunk);
        state.sent++;
        return;
      } catch (err) {
        state.lastError = err;
        if (attempt >= delays.length || !isRetryable(err)) {
          state.failed++;
          return;
        }
        report();
        await sleep(delays[attempt]!);
      }
    }
  };

  const drain = async () => {
    while (queue.length > 0) {
      await sendOne(queue[0]!);
      queue.shift();
      state.pending = queue.length;
      report();
    }
    running = null;
  };

  return {
    add(chunk: AudioChunk) {
      queue.push(chunk);
      state.pending = queue.length;
      report();
      running ??= drain();
    },
    /** Resolves when every chunk added so far has been sent or given up. */
    idle: (): Promise<void> => running ?? Promise.resolve(),
  };
}

/** A v4 UUID; crypto.randomUUID exists only in secure contexts, getRandomValues everywhere. */
export function newSessionId(
  random: (a: Uint8Array) => Uint8Array = (a) => crypto.getRandomValues(a),
): string {
  const b = random(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
