import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { YizhuError } from '@yizhu/core';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import {
  invert,
  multiply,
  pdfTextItems,
  uprightQuarterTurns,
  type Matrix,
  type PdfjsFontStyle,
} from './pdf-text-items.ts';
import type { PdfPageContent, PdfPages } from './pdf-types.ts';

/**
 * Runs inside the PDF worker thread (pdf.js parses and paints synchronously for hundreds of
 * milliseconds per page). Each page gives its positioned text; a page with (almost) no text that
 * paints an image is a scan and is rendered to a PNG for the OCR engine instead.
 */

// In Node pdf.js runs its "worker" in this thread, importing it on the first document; importing it
// now puts that second of loading in the reader's start instead of the first document's time limit.
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker =
  await import('pdfjs-dist/legacy/build/pdf.worker.mjs');

// Everything pdf.js may load comes from its own package on disk: no network, no system fonts.
const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const DOCUMENT_OPTIONS = {
  isEvalSupported: false,
  enableXfa: false,
  useSystemFonts: false,
  disableFontFace: true,
  useWorkerFetch: false,
  isOffscreenCanvasSupported: false,
  isImageDecoderSupported: false,
  cMapUrl: join(root, 'cmaps') + '/',
  cMapPacked: true,
  standardFontDataUrl: join(root, 'standard_fonts') + '/',
  wasmUrl: join(root, 'wasm') + '/',
  iccUrl: join(root, 'iccs') + '/',
  /** Larger images are skipped (a 600 dpi A4 scan is 35 MP); the OCR path has the same bound. */
  maxImageSize: 60_000_000,
  verbosity: pdfjs.VerbosityLevel.ERRORS,
};

/** Fewer characters than this on a page that paints an image: a scan, perhaps with a page number. */
export const MIN_TEXT_CHARS = 16;
/** Scans are rendered so their long side is about what the OCR engine reads at (it downsizes to 2000). */
export const SCAN_LONG_SIDE = 2000;

const IMAGE_OPS = new Set<number>([
  pdfjs.OPS.paintImageXObject,
  pdfjs.OPS.paintInlineImageXObject,
  pdfjs.OPS.paintInlineImageXObjectGroup,
  pdfjs.OPS.paintImageXObjectRepeat,
  pdfjs.OPS.paintImageMaskXObject,
  pdfjs.OPS.paintImageMaskXObjectGroup,
  pdfjs.OPS.paintImageMaskXObjectRepeat,
]);

type Doc = Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
type Page = Awaited<ReturnType<Doc['getPage']>>;

export async function readPdfPages(data: Uint8Array, maxPages: number): Promise<PdfPages> {
  return withDocument(data, async (doc) => {
    if (doc.numPages > maxPages)
      throw new YizhuError(
        'payload_too_large',
        `the PDF has more than ${maxPages} pages; upload the pages of the lab report only`,
        [{ path: 'file', message: 'pdf_too_many_pages' }],
      );
    const pages: PdfPageContent[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const display = viewport.transform as unknown as Matrix;
      const content = await page.getTextContent();
      const styles = content.styles as Record<string, PdfjsFontStyle>;
      const quarterTurns = uprightQuarterTurns(content.items, styles, display);
      // Sideways text is read on the page turned upright, and its boxes mapped back afterwards.
      const upright = quarterTurns
        ? (page.getViewport({ scale: 1, rotation: (page.rotate + 90 * quarterTurns) % 360 })
            .transform as unknown as Matrix)
        : display;
      const items = pdfTextItems(content.items, styles, upright, n);
      const chars = items.reduce((s, i) => s + i.text.replace(/\s/g, '').length, 0);
      const base = { page: n, width: round(viewport.width), height: round(viewport.height) };
      if (chars < MIN_TEXT_CHARS && (await paintsImage(page))) {
        const scale = Math.min(4, SCAN_LONG_SIDE / Math.max(viewport.width, viewport.height));
        const png = await renderPng(doc, page, scale);
        pages.push({ ...base, items: [], quarterTurns: 0, scan: { png, scale } });
      } else if (quarterTurns)
        pages.push({ ...base, items, quarterTurns, toDisplay: multiply(display, invert(upright)) });
      else pages.push({ ...base, items, quarterTurns });
      page.cleanup();
    }
    return { pages };
  });
}

/** One page as a PNG whose long side is `longSide` pixels (for the doctor's viewer). */
export async function renderPdfPage(
  data: Uint8Array,
  pageNumber: number,
  longSide: number,
): Promise<Uint8Array> {
  return withDocument(data, async (doc) => {
    if (pageNumber > doc.numPages) throw new YizhuError('not_found', 'page not found');
    const page = await doc.getPage(pageNumber);
    const viewport = page.getViewport({ scale: 1 });
    return renderPng(doc, page, Math.min(4, longSide / Math.max(viewport.width, viewport.height)));
  });
}

async function withDocument<T>(data: Uint8Array, use: (doc: Doc) => Promise<T>): Promise<T> {
  const task = pdfjs.getDocument({ ...DOCUMENT_OPTIONS, data });
  let doc: Doc;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy();
    throw asPdfError(err);
  }
  try {
    return await use(doc);
  } catch (err) {
    throw asPdfError(err);
  } finally {
    await doc.destroy();
  }
}

async function paintsImage(page: Page): Promise<boolean> {
  const ops = await page.getOperatorList();
  return ops.fnArray.some((fn) => IMAGE_OPS.has(fn));
}

/** A copy in its own ArrayBuffer, so it can be transferred out of the worker. */
async function renderPng(doc: Doc, page: Page, scale: number): Promise<Uint8Array> {
  const viewport = page.getViewport({ scale });
  const factory = doc.canvasFactory as {
    create(w: number, h: number): { canvas: NapiCanvas; context: unknown };
    destroy(c: { canvas: NapiCanvas; context: unknown }): void;
  };
  const target = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
  try {
    await page.render({
      canvas: target.canvas as unknown as HTMLCanvasElement,
      canvasContext: target.context as CanvasRenderingContext2D,
      viewport,
    }).promise;
    return new Uint8Array(await target.canvas.encode('png'));
  } finally {
    factory.destroy(target);
  }
}

/** The part of @napi-rs/canvas's Canvas used here (pdf.js creates it in Node). */
interface NapiCanvas {
  width: number;
  height: number;
  encode(format: 'png'): Promise<Buffer>;
}

/** pdf.js failures → the error vocabulary, with fixed messages (never the document's content). */
export function asPdfError(err: unknown): YizhuError {
  if (err instanceof YizhuError) return err;
  const name = err instanceof Error ? err.name : '';
  if (name === 'PasswordException')
    return new YizhuError('validation', 'the PDF is protected by a password; upload a copy without one', [
      { path: 'file', message: 'pdf_password_protected' },
    ]);
  return new YizhuError('validation', 'the PDF is damaged or incomplete and cannot be read', [
    { path: 'file', message: 'pdf_unreadable' },
  ]);
}

const round = (v: number) => Math.round(v * 100) / 100;
