import { parentPort, workerData } from 'node:worker_threads';
import { isYizhuError } from '@yizhu/core';
import { createPaddleOcr } from './paddle-ocr.ts';
import { recognisePage, type RecogniseOptions } from './recognise-page.ts';
import { retryUnexpected } from './retry-unexpected.ts';
import type { OcrWorkerReply, OcrWorkerRequest } from './ocr-worker-protocol.ts';

/**
 * Worker thread body: the models are loaded once here and every recognition runs here, so the
 * server's event loop never stalls on a photo. Requests are served one at a time (the models already
 * use both cores; overlapping photos would only add memory).
 */
const port = parentPort!;
const { threads, recognise: defaults } = workerData as { threads?: number; recognise?: RecogniseOptions };

try {
  const ocr = await createPaddleOcr({ threads });
  let queue: Promise<void> = Promise.resolve();
  port.on('message', (req: OcrWorkerRequest) => {
    queue = queue.then(async () => {
      let reply: OcrWorkerReply;
      try {
        const image = Buffer.from(req.image);
        const page = await retryUnexpected(() => recognisePage(ocr, image, { ...defaults, ...req.options }));
        reply = { id: req.id, ok: true, result: { pages: [page] } };
      } catch (err) {
        // Only codes and fixed messages cross the boundary: never image content.
        reply = isYizhuError(err)
          ? { id: req.id, ok: false, code: err.code, message: err.message }
          : { id: req.id, ok: false, code: 'internal', message: 'OCR failed' };
      }
      port.postMessage(reply);
    });
  });
  port.postMessage({ ready: true });
} catch {
  port.postMessage({ ready: false });
}
