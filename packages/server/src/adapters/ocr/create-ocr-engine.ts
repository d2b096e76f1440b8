import { Worker } from 'node:worker_threads';
import { YizhuError } from '@yizhu/core';
import type { OcrResult } from './ocr-types.ts';
import type { OcrWorkerReply, OcrWorkerRequest, OcrWorkerStatus } from './ocr-worker-protocol.ts';
import { checkImageSize, DEFAULT_MAX_BYTES } from './preprocess-image.ts';
import type { RecogniseOptions } from './recognise-page.ts';

/**
 * The OCR engine the rest of the server is given (DESIGN.md: dependencies are passed in). Models load
 * once in a worker thread; `recognise` posts the photo there. If the worker dies (out of memory on a
 * hostile image, a native crash) the pending calls fail with `unavailable` and the next call starts a
 * fresh worker, so one bad photo cannot take the server down.
 */
export interface OcrEngine {
  recognise(image: Buffer, options?: RecogniseOptions): Promise<OcrResult>;
  close(): Promise<void>;
}

export interface OcrEngineOptions {
  /** onnxruntime intra-op threads (default 2: the target machine has 2 cores). */
  threads?: number;
  maxBytes?: number;
  /** A photo that takes longer is abandoned and the worker restarted. */
  timeoutMs?: number;
  /** Defaults for every call (e.g. to switch preprocessing off when measuring it). */
  recognise?: RecogniseOptions;
}

interface Pending {
  resolve: (r: OcrResult) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

const WORKER_URL = new URL('./ocr-worker-boot.mjs', import.meta.url);

export async function createOcrEngine(opts: OcrEngineOptions = {}): Promise<OcrEngine> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeoutMs = opts.timeoutMs ?? 120_000;
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let closed = false;
  let current: Promise<Worker> | undefined;

  const failAll = (err: YizhuError) => {
    for (const p of pending.values()) {
      clearTimeout(p.timer);
      p.reject(err);
    }
    pending.clear();
  };

  const start = () =>
    new Promise<Worker>((resolve, reject) => {
      const worker = new Worker(WORKER_URL, {
        workerData: { threads: opts.threads, recognise: opts.recognise },
      });
      let ready = false;
      worker.on('message', (msg: OcrWorkerReply | OcrWorkerStatus) => {
        if ('ready' in msg) {
          ready = msg.ready;
          if (msg.ready) resolve(worker);
          else reject(new YizhuError('unavailable', 'the OCR models could not be loaded'));
          return;
        }
        const p = pending.get(msg.id);
        if (!p) return;
        pending.delete(msg.id);
        clearTimeout(p.timer);
        if (msg.ok) p.resolve(msg.result);
        else p.reject(new YizhuError(msg.code, msg.message));
      });
      worker.on('error', () => undefined);
      worker.on('exit', () => {
        current = undefined;
        if (!ready) reject(new YizhuError('unavailable', 'the OCR engine failed to start'));
        failAll(new YizhuError('unavailable', 'the OCR engine stopped; try again'));
      });
    });

  const worker = () => (current ??= start());
  await worker();

  return {
    async recognise(image, options) {
      if (closed) throw new YizhuError('unavailable', 'the OCR engine is closed');
      checkImageSize(image.length, maxBytes);
      const w = await worker();
      const id = nextId++;
      // Copy into a buffer of our own: the caller's Buffer may be a slice of a shared pool.
      const copy = new Uint8Array(image).buffer;
      return new Promise<OcrResult>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new YizhuError('unavailable', 'OCR took too long'));
          void w.terminate();
        }, timeoutMs);
        pending.set(id, { resolve, reject, timer });
        const req: OcrWorkerRequest = { id, image: copy, options };
        w.postMessage(req, [copy]);
      });
    },
    async close() {
      closed = true;
      const w = current;
      current = undefined;
      failAll(new YizhuError('unavailable', 'the OCR engine is closed'));
      if (w) await (await w.catch(() => undefined))?.terminate();
    },
  };
}
