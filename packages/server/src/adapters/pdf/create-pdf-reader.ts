import { Worker } from 'node:worker_threads';
import { YizhuError } from '@yizhu/core';
import type { PdfPages } from './pdf-types.ts';
import type {
  PdfWorkerJob,
  PdfWorkerReply,
  PdfWorkerRequest,
  PdfWorkerStatus,
} from './pdf-worker-protocol.ts';

/**
 * PDF reading in a worker thread of its own (pdf.js parses and paints synchronously), started on
 * the first call and kept warm: loading pdf.js costs about two seconds, a text page then ~10 ms. A
 * document that takes too long or exhausts the worker's heap fails alone with a 4xx, and the next
 * call starts a fresh worker. `close()` stops it (the app's onClose, the CLI's finally).
 */
export interface PdfReader {
  /** Text items per page, or a rendering of each scanned page. */
  readPages(pdf: Buffer): Promise<PdfPages>;
  /** One page as a PNG with its long side `longSide` pixels (for the doctor's viewer). */
  renderPage(pdf: Buffer, page: number, longSide?: number): Promise<Buffer>;
  close(): Promise<void>;
}

export interface PdfReaderOptions {
  /** Longer documents are refused: a lab report is a few pages; this bounds the work per upload. */
  maxPages?: number;
  timeoutMs?: number;
  /** The worker's JS heap; a hostile document that needs more is refused, the server unharmed. */
  maxHeapMb?: number;
}

export const MAX_PDF_PAGES = 20;

interface Pending {
  resolve: (r: Extract<PdfWorkerReply, { ok: true }>) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

/** A worker and the calls it owes answers to. */
interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

const WORKER_URL = new URL('./pdf-worker-boot.mjs', import.meta.url);

export function createPdfReader(opts: PdfReaderOptions = {}): PdfReader {
  const maxPages = opts.maxPages ?? MAX_PDF_PAGES;
  const timeoutMs = opts.timeoutMs ?? 60_000;
  let nextId = 1;
  let closed = false;
  let current: Promise<Slot> | undefined;
  const stopping = new WeakSet<Worker>();

  const failAll = (pending: Map<number, Pending>, err: YizhuError) => {
    for (const p of pending.values()) {
      clearTimeout(p.timer);
      p.reject(err);
    }
    pending.clear();
  };

  const start = (): Promise<Slot> => {
    const worker = new Worker(WORKER_URL, {
      resourceLimits: { maxOldGenerationSizeMb: opts.maxHeapMb ?? 1024 },
    });
    const pending = new Map<number, Pending>();
    const started = new Promise<Slot>((resolve, reject) => {
      let ready = false;
      worker.on('message', (msg: PdfWorkerReply | PdfWorkerStatus) => {
        if ('ready' in msg) {
          ready = msg.ready;
          if (msg.ready) resolve({ worker, pending });
          else reject(new YizhuError('unavailable', 'the PDF reader could not be loaded'));
          return;
        }
        const p = pending.get(msg.id);
        if (!p) return;
        pending.delete(msg.id);
        clearTimeout(p.timer);
        if (msg.ok) p.resolve(msg);
        else p.reject(new YizhuError(msg.code, msg.message, msg.issues));
      });
      worker.on('error', () => undefined);
      worker.on('exit', () => {
        if (current === started) current = undefined;
        if (!ready) reject(new YizhuError('unavailable', 'the PDF reader failed to start'));
        // Not stopped by us: out of heap on the document being read (the oldest; they run in
        // order), which is what cannot be read. The ones queued behind it may try again.
        const [oldest] = pending.entries();
        if (!stopping.has(worker) && oldest) {
          pending.delete(oldest[0]);
          clearTimeout(oldest[1].timer);
          oldest[1].reject(unreadable('the PDF needs more memory than allowed and cannot be read'));
        }
        failAll(pending, new YizhuError('unavailable', 'the PDF reader stopped; try again'));
      });
    });
    return started;
  };

  const stop = (slot: Slot) => {
    stopping.add(slot.worker);
    return slot.worker.terminate();
  };

  const call = async (job: PdfWorkerJob, pdf: Buffer): Promise<Extract<PdfWorkerReply, { ok: true }>> => {
    if (closed) throw new YizhuError('unavailable', 'the PDF reader is closed');
    const started = (current ??= start());
    const slot = await started;
    const id = nextId++;
    // A buffer of our own to transfer: the caller's Buffer may be a slice of a shared pool.
    const copy = new Uint8Array(pdf).buffer;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        slot.pending.delete(id);
        reject(unreadable('the PDF took too long to read'));
        // The next call starts a fresh worker at once; this one is ended with what it was doing.
        if (current === started) current = undefined;
        void stop(slot);
      }, timeoutMs);
      slot.pending.set(id, { resolve, reject, timer });
      const req: PdfWorkerRequest = { ...job, id, pdf: copy };
      slot.worker.postMessage(req, [copy]);
    });
  };

  return {
    async readPages(pdf) {
      return (await call({ op: 'read', maxPages }, pdf)).pages!;
    },
    async renderPage(pdf, page, longSide = 1600) {
      return Buffer.from((await call({ op: 'render', page, longSide }, pdf)).png!);
    },
    async close() {
      closed = true;
      const started = current;
      current = undefined;
      const slot = await started?.catch(() => undefined);
      if (!slot) return;
      failAll(slot.pending, new YizhuError('unavailable', 'the PDF reader is closed'));
      await stop(slot);
    },
  };
}

const unreadable = (message: string) =>
  new YizhuError('validation', message, [{ path: 'file', message: 'pdf_unreadable' }]);
