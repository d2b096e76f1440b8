import { execFileSync } from 'node:child_process';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateLabReport } from '../../../../eval/labs/generate-lab-report.ts';
import {
  renderLabReportPdf,
  renderScannedLabReportPdf,
} from '../../../../eval/labs/render-lab-report-pdf.ts';
import { createOcrEngine, type OcrEngine } from '../adapters/ocr/create-ocr-engine.ts';
import { makePdf, type PdfText } from '../test/make-pdf.ts';
import { createTestApp, type Client, type TestApp } from '../test/test-app.ts';

/**
 * Lab report PDFs through `POST /api/visits/:id/sources/lab`: a text-layer PDF is read without OCR,
 * a scanned one through the real OCR engine (started only by that test), and every bad file is a
 * clear 4xx with nothing stored and nothing audited as created.
 */
let t: TestApp;
let nurse: Client;
let visit: string;
let engine: Promise<OcrEngine> | undefined;

beforeAll(async () => {
  t = await createTestApp({}, { ocr: () => (engine ??= createOcrEngine()) });
  nurse = await t.login('nurse.chen');
  const row = await t.database.db
    .selectFrom('encounters')
    .select('id')
    .where('patient_id', '=', t.ids.patients['周建国']!)
    .where('status', '!=', 'finished')
    .executeTakeFirstOrThrow();
  visit = row.id;
});
afterAll(async () => {
  await t.close();
  if (engine) await (await engine).close();
});

const upload = (body: Buffer, type = 'application/pdf') =>
  nurse.request({
    method: 'POST',
    url: `/api/visits/${visit}/sources/lab`,
    payload: body,
    headers: { 'content-type': type },
  });
const counts = async () => ({
  sources: (
    await t.database.db.selectFrom('visit_sources').select('id').where('encounter_id', '=', visit).execute()
  ).length,
  created: (
    await t.database.db
      .selectFrom('audit_events')
      .select('seq')
      .where('action', '=', 'source.create')
      .execute()
  ).length,
});

type Box = [number, number, number, number];
interface Obs {
  testId?: string;
  value: number | string;
  evidence: { sourceId: string; locator: { kind: string; page: number; box: Box } }[];
}

describe('lab report PDF with a text layer', () => {
  const spec = generateLabReport(2, 1); // a Chinese lipid and glucose report
  let sourceId: string;

  it('is read without the OCR engine: observations with page-unit evidence, stored and audited', async () => {
    const pdf = renderLabReportPdf(spec);
    const before = await counts();
    const res = await upload(pdf);
    expect(res.statusCode).toBe(201);
    const body = res.json<{ source: { id: string; kind: string }; observations: Obs[] }>();
    sourceId = body.source.id;
    expect(body.source.kind).toBe('lab_report');
    expect(body.observations.map((o) => [o.testId, o.value])).toEqual(
      spec.tables.flat().map((r) => [r.truth.testId, r.truth.value]),
    );
    for (const o of body.observations)
      for (const e of o.evidence) {
        expect(e.sourceId).toBe(sourceId);
        expect(e.locator).toMatchObject({ kind: 'image', page: 1 });
        const [x, y, w, h] = e.locator.box;
        expect(x + w).toBeLessThanOrEqual(595);
        expect(y + h).toBeLessThanOrEqual(842);
      }
    expect(engine).toBeUndefined(); // no model loaded for a born-digital PDF

    const row = await t.database.db
      .selectFrom('visit_sources')
      .select(['kind', 'media_type', 'media', 'content'])
      .where('id', '=', sourceId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ kind: 'lab_report', media_type: 'application/pdf' });
    expect(Buffer.from(row.media!).equals(pdf)).toBe(true);
    const content = row.content as { format: string; pages: unknown[] };
    expect(content.format).toBe('pdf');
    expect(content.pages).toEqual([{ width: 595, height: 842, quarterTurns: 0, skewDeg: 0, read: 'text' }]);
    expect(await counts()).toEqual({ sources: before.sources + 1, created: before.created + 1 });
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select(['detail', 'actor_id'])
      .where('action', '=', 'source.create')
      .where('resource_id', '=', sourceId)
      .executeTakeFirstOrThrow();
    expect(audit.detail).toEqual({ kind: 'lab_report', observations: body.observations.length });
    expect(audit.actor_id).toBe(t.ids.users['nurse.chen']);
  });

  it('serves the PDF as uploaded, and a page rendered as a PNG for the viewer', async () => {
    const media = `/api/visits/${visit}/sources/${sourceId}/media`;
    const original = await nurse.get(media);
    expect(original.statusCode).toBe(200);
    expect(original.headers['content-type']).toBe('application/pdf');
    expect(original.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const page = await nurse.get(`${media}?page=1`);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('image/png');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(await sharp(page.rawPayload).metadata()).toMatchObject({ width: 1131, height: 1600 });
    expect((await nurse.get(`${media}?page=2`)).statusCode).toBe(404);
    expect((await nurse.get(`${media}?page=0`)).statusCode).toBe(400);
    expect((await (await t.login('dr.zhang')).get(`${media}?page=1`)).statusCode).toBe(404); // other department
  });

  it('a photo has no pages to render', async () => {
    const { id } = await t.database.db
      .insertInto('visit_sources')
      .values({
        encounter_id: visit,
        kind: 'lab_report',
        content: JSON.stringify({ observations: [] }),
        media: await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } })
          .png()
          .toBuffer(),
        media_type: 'image/png',
        created_by: t.ids.users['nurse.chen']!,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const media = `/api/visits/${visit}/sources/${id}/media`;
    expect((await nurse.get(media)).headers['content-type']).toBe('image/png');
    expect((await nurse.get(`${media}?page=1`)).statusCode).toBe(400);
    await t.database.db.deleteFrom('visit_sources').where('id', '=', id).execute();
  });
});

describe('bad PDFs are refused with a clear 4xx, nothing stored', () => {
  const rows: PdfText[] = [
    ['Test', 'Result', 'Unit', 'Reference range'],
    ['HbA1c', '7.2', '%', '4.0-6.0'],
  ].flatMap((r, j) => r.map((text, i) => ({ x: [50, 250, 330, 400][i]!, y: 120 + j * 20, size: 10, text })));
  const good = makePdf([{ texts: rows }]);

  it.each([
    [
      'a truncated PDF',
      () => good.subarray(0, Math.floor(good.length * 0.7)),
      'application/pdf',
      400,
      'pdf_unreadable',
    ],
    [
      'a corrupt PDF',
      () => Buffer.from('%PDF-1.4\n\0\0garbage\0\n%%EOF\n', 'latin1'),
      'application/pdf',
      400,
      'pdf_unreadable',
    ],
    [
      'a password-protected PDF',
      () => makePdf([{ texts: rows }], { encrypt: { userPassword: 'x1', ownerPassword: 'y2' } }),
      'application/pdf',
      400,
      'pdf_password_protected',
    ],
    [
      'a PDF without a lab table',
      () =>
        makePdf([{ texts: [{ x: 40, y: 60, size: 12, text: 'Invoice 2024-118: consultation fee 30.00' }] }]),
      'application/pdf',
      400,
      'no_lab_table_found',
    ],
    [
      'a PDF of 25 pages',
      () => makePdf(Array.from({ length: 25 }, () => ({ texts: rows }))),
      'application/pdf',
      413,
      'pdf_too_many_pages',
    ],
    [
      'a PNG sent as a PDF',
      () => Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
      'application/pdf',
      415,
      undefined,
    ],
    ['a text file sent as a PDF', () => Buffer.from('hello, not a pdf'), 'application/pdf', 415, undefined],
    ['a PDF sent as a JPEG', () => good, 'image/jpeg', 415, undefined],
  ])('%s', async (_name, make, type, status, issue) => {
    const before = await counts();
    const res = await upload(make(), type);
    expect(res.statusCode).toBe(status);
    const problem = res.json<{ detail?: string; issues?: { message: string }[] }>();
    if (issue) expect(problem.issues?.map((i) => i.message)).toContain(issue);
    expect(await counts()).toEqual(before);
  });
});

// The scanned report is drawn with the system's CJK fonts, as in the OCR engine test.
const hasCjkFont = (() => {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
})();

describe.skipIf(!hasCjkFont)('scanned lab report PDF', () => {
  it('is rendered and read by the same OCR engine as photos, evidence mapped to page units', async () => {
    const spec = generateLabReport(2, 1);
    const res = await upload(await renderScannedLabReportPdf(spec));
    expect(res.statusCode).toBe(201);
    const observations = res.json<{ observations: Obs[] }>().observations;
    const truth = spec.tables.flat().map((r) => [r.truth.testId, r.truth.value]);
    expect(observations.map((o) => [o.testId, o.value])).toEqual(truth);
    // Values are printed at x = 90 + 320 px of the 1240 px page: about 197 pt across A4.
    const first = observations[0]!;
    const value = first.evidence.find((e) => e.locator.box[0] > 150)!.locator;
    expect(value.page).toBe(1);
    expect(value.box[0]).toBeGreaterThan(185);
    expect(value.box[0]).toBeLessThan(215);
    const { content } = await t.database.db
      .selectFrom('visit_sources')
      .select('content')
      .where('id', '=', res.json<{ source: { id: string } }>().source.id)
      .executeTakeFirstOrThrow();
    expect((content as { pages: unknown[] }).pages).toMatchObject([
      { width: 595, height: 842, quarterTurns: 0, read: 'ocr' },
    ]);
  }, 120_000);
});
