import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { YizhuError } from '@yizhu/core';
import { generateLabReport } from '../../../../../eval/labs/generate-lab-report.ts';
import { renderLabReportPdf } from '../../../../../eval/labs/render-lab-report-pdf.ts';
import { makePdf, type PdfPageSpec, type PdfText } from '../../test/make-pdf.ts';
import type { OcrEngine } from '../ocr/create-ocr-engine.ts';
import { createPdfReader } from './create-pdf-reader.ts';
import { readLabPdf } from './read-lab-pdf.ts';

/**
 * The real pdf.js in its worker thread, on PDFs written by the test (make-pdf.ts). One reader for the
 * file (loading pdf.js takes seconds). Scanned pages with the real OCR engine are in the route test.
 */
const reader = createPdfReader();
afterAll(() => reader.close());

const ROWS = [
  ['Test', 'Result', 'Unit', 'Reference range'],
  ['HbA1c', '7.2', '%', '4.0-6.0'],
  ['Glucose', '6.1', 'mmol/L', '3.9-6.1'],
  ['Creatinine', '88', 'umol/L', '57-111'],
];
const COLS = [50, 250, 330, 400];
const table = (top = 120): PdfText[] =>
  ROWS.flatMap((r, j) => r.map((text, i) => ({ x: COLS[i]!, y: top + j * 20, size: 10, text })));
const englishPdf = makePdf([
  { texts: [{ x: 50, y: 80, size: 16, text: 'City Hospital Laboratory' }, ...table()] },
]);

const failure = async (p: Promise<unknown>) => {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(YizhuError);
  const y = err as YizhuError;
  return { code: y.code, message: y.message, issue: y.issues[0]?.message };
};

describe('readLabPdf: the text layer', () => {
  it('reads an English report with image evidence in page units, off the event loop', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    const r = await readLabPdf(reader, englishPdf, 'src-1'); // the first call also loads pdf.js
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(20);
    expect(r.format).toBe('pdf');
    expect(r.pages).toEqual([{ width: 595, height: 842, quarterTurns: 0, skewDeg: 0, read: 'text' }]);
    expect(r.observations.map((o) => [o.testId, o.value, o.unit, o.flag.value, o.needsReview])).toEqual([
      ['hba1c', 7.2, '%', 'H', false],
      ['glu', 6.1, 'mmol/L', 'N', false],
      ['crea', 88, 'μmol/L', 'N', false],
    ]);
    // The value "7.2" is drawn at x = 250 pt with its baseline 140 pt below the top edge.
    const loc = r.observations[0]!.fieldEvidence.value![0]!.locator;
    expect(loc.kind).toBe('image');
    if (loc.kind !== 'image') return;
    expect(loc.page).toBe(1);
    expect(loc.box[0]).toBeCloseTo(250, 0);
    expect(loc.box[1]).toBeGreaterThan(128);
    expect(loc.box[1] + loc.box[3]).toBeGreaterThan(140);
    expect(loc.box[1] + loc.box[3]).toBeLessThan(144);
    expect(loc.box[2]).toBeCloseTo(13.9, 0); // Helvetica advance widths of "7.2" at 10 pt
  }, 60_000);

  it('reads a Chinese report (Type0/Identity-H text with a ToUnicode map) exactly', async () => {
    const spec = generateLabReport(2, 1); // 血脂血糖, Chinese
    expect(spec.lang).toBe('zh');
    const r = await readLabPdf(reader, renderLabReportPdf(spec), 'src-zh');
    const truth = spec.tables.flat().map((row) => [row.truth.testId, row.truth.value]);
    expect(r.observations.map((o) => [o.testId, o.value])).toEqual(truth);
    expect(r.observations.every((o) => !o.needsReview || o.reviewReasons.includes('flag_conflict'))).toBe(
      true,
    );
    expect(r.meta.specimen?.zh).toBe('血清');
  });

  it('reads every page of a multi-page report, and a page shown turned by /Rotate', async () => {
    const pdf = makePdf([
      { texts: table() },
      { texts: [{ x: 50, y: 80, size: 12, text: 'Comments: none' }] },
      { rotate: 90, texts: table(200) },
    ]);
    const r = await readLabPdf(reader, pdf, 'src-3');
    expect(r.pages.map((p) => [p.width, p.height])).toEqual([
      [595, 842],
      [595, 842],
      [842, 595],
    ]);
    const pages = r.observations.map((o) => (o.evidence[0]!.locator as { page: number }).page);
    expect(pages).toEqual([1, 1, 1, 3, 3, 3]);
    // On the turned page the row runs down the page: the name's box is taller than wide.
    const turned = r.observations[3]!.fieldEvidence.name![0]!.locator as {
      box: [number, number, number, number];
    };
    expect(turned.box[3]).toBeGreaterThan(turned.box[2]);
    // "7.2" is drawn at x = 250 pt, baseline 220 pt below the top of the unturned page: shown
    // turned, its run starts 250 pt down and its baseline is 622 pt from the left edge.
    const value = r.observations[3]!.fieldEvidence.value![0]!.locator as { box: number[] };
    expect(value.box[1]).toBeCloseTo(250, 0);
    expect(value.box[0]).toBeGreaterThan(617);
    expect(value.box[0]! + value.box[2]!).toBeLessThan(634);
    expect(r.pages[2]).toMatchObject({ quarterTurns: 3, read: 'text' });
    expect(r.observations.slice(3).map((o) => o.value)).toEqual([7.2, 6.1, 88]);
  });

  it('reads a PDF encrypted with an owner password only (print restrictions), as LIS exports often are', async () => {
    const pdf = makePdf([{ texts: table() }], { encrypt: { userPassword: '', ownerPassword: 'lis-owner' } });
    expect(pdf.toString('latin1')).not.toContain('HbA1c'); // the content really is encrypted
    expect((await readLabPdf(reader, pdf, 'src-4')).observations).toHaveLength(3);
  });
});

describe('readLabPdf: bad input is a clear error', () => {
  it.each([
    [
      'a password-protected PDF',
      () => makePdf([{ texts: table() }], { encrypt: { userPassword: 'secret', ownerPassword: 'o' } }),
      { code: 'validation', issue: 'pdf_password_protected' },
    ],
    ['a truncated PDF', () => englishPdf.subarray(0, englishPdf.length / 2), { issue: 'pdf_unreadable' }],
    [
      'a corrupt PDF (header and end marker, nothing readable between)',
      () => Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R\n garbage \0\0\n%%EOF\n', 'latin1'),
      { code: 'validation', issue: 'pdf_unreadable' },
    ],
    [
      'a PDF without a lab table',
      () => makePdf([{ texts: [{ x: 50, y: 80, size: 12, text: 'Please come back in three days.' }] }]),
      { code: 'validation', message: 'no lab table found', issue: 'no_lab_table_found' },
    ],
    [
      'a PDF of 21 pages',
      () => makePdf(Array.from({ length: 21 }, () => ({ texts: table() }))),
      { code: 'payload_too_large', issue: 'pdf_too_many_pages' },
    ],
    ['a file that is not a PDF', () => Buffer.from('GIF89a....'), { code: 'unsupported_media_type' }],
  ])('%s', async (_name, make, want) => {
    expect(await failure(readLabPdf(reader, make(), 'src-bad'))).toMatchObject(want);
  });

  it('a scanned PDF without an OCR engine is "unavailable", not a silent empty reading', async () => {
    const jpeg = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#fff' } })
      .jpeg()
      .toBuffer();
    const scan = makePdf([
      { image: { jpeg, pixelWidth: 400, pixelHeight: 300, channels: 3, box: [0, 0, 595, 842] } },
    ]);
    expect(await failure(readLabPdf(reader, scan, 'src-scan'))).toMatchObject({ code: 'unavailable' });
    // With the page rendered for OCR: the engine is asked for, the PNG is the page at ~2000 px.
    const seen: { width?: number; height?: number }[] = [];
    const transform = { sourceWidth: 1, sourceHeight: 1, quarterTurns: 0, skewDeg: 0, steps: [] };
    const blank: OcrEngine = {
      recognise: async (image) => {
        seen.push(await sharp(image).metadata());
        return { pages: [{ width: 1, height: 1, boxes: [], transform }] };
      },
      close: async () => undefined,
    };
    const err = await failure(readLabPdf(reader, scan, 'src-scan', async () => blank));
    expect(err.message).toBe('no lab table found');
    expect(seen.map((m) => [m.width, m.height])).toEqual([[1414, 2000]]);
  });
});

describe('createPdfReader', () => {
  it('renders a page as a PNG for the viewer, and refuses a page that is not there', async () => {
    const png = await reader.renderPage(englishPdf, 1, 800);
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: 566, height: 800 });
    expect((await failure(reader.renderPage(englishPdf, 2))).code).toBe('not_found');
  });

  it('gives up on a document that takes too long, and the next one is read by a fresh worker', async () => {
    const impatient = createPdfReader({ timeoutMs: 1500, maxPages: 400 });
    try {
      const jpeg = await sharp({ create: { width: 60, height: 80, channels: 3, background: '#fff' } })
        .jpeg()
        .toBuffer();
      // 400 scanned pages, each rendered at 1414 x 2000 and encoded: far over 1.5 s on any machine
      // (20 pages, as this test had, finished within 1.5 s on a fast one and the test failed).
      const page: PdfPageSpec = {
        image: { jpeg, pixelWidth: 60, pixelHeight: 80, channels: 3, box: [0, 0, 595, 842] },
      };
      const slow = makePdf(Array.from({ length: 400 }, () => page));
      expect(await failure(impatient.readPages(slow))).toMatchObject({
        code: 'validation',
        message: 'the PDF took too long to read',
      });
      expect((await impatient.readPages(englishPdf)).pages[0]!.items.length).toBeGreaterThan(10);
    } finally {
      await impatient.close();
    }
  }, 60_000);
});
