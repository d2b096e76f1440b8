import { parentPort } from 'node:worker_threads';
import { isYizhuError } from '@yizhu/core';
import type { PdfWorkerReply, PdfWorkerRequest } from './pdf-worker-protocol.ts';

/**
 * Worker thread body: pdf.js is loaded once here and every document is parsed and painted here, so
 * the server's event loop never stalls on a PDF. Requests are served one at a time.
 */
const port = parentPort!;

try {
  const { readPdfPages, renderPdfPage } = await import('./read-pdf-pages.ts');
  let queue: Promise<void> = Promise.resolve();
  port.on('message', (req: PdfWorkerRequest) => {
    queue = queue.then(async () => {
      let reply: PdfWorkerReply;
      const transfer: ArrayBuffer[] = [];
      try {
        const data = new Uint8Array(req.pdf);
        if (req.op === 'read') {
          const pages = await readPdfPages(data, req.maxPages);
          for (const p of pages.pages) if (p.scan) transfer.push(p.scan.png.buffer as ArrayBuffer);
          reply = { id: req.id, ok: true, pages };
        } else {
          const png = await renderPdfPage(data, req.page, req.longSide);
          transfer.push(png.buffer as ArrayBuffer);
          reply = { id: req.id, ok: true, png };
        }
      } catch (err) {
        // Only codes and fixed messages cross the boundary: never document content.
        reply = isYizhuError(err)
          ? { id: req.id, ok: false, code: err.code, message: err.message, issues: err.issues }
          : { id: req.id, ok: false, code: 'internal', message: 'reading the PDF failed', issues: [] };
      }
      port.postMessage(reply, transfer);
    });
  });
  port.postMessage({ ready: true });
} catch {
  port.postMessage({ ready: false });
}
