import { randomUUID } from 'node:crypto';
import {
  canPrepareEncounter,
  extractTranscript,
  notFound,
  parseSubtitles,
  YizhuError,
  type Principal,
} from '@yizhu/core';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { appendAudit } from '../audit/audit-log.ts';
import { readLabReport } from '../adapters/ocr/read-lab-report.ts';
import { createPdfReader, MAX_PDF_PAGES } from '../adapters/pdf/create-pdf-reader.ts';
import { readLabPdf } from '../adapters/pdf/read-lab-pdf.ts';
import { isPdf } from '../adapters/pdf/sniff-pdf.ts';
import type { Deps } from '../deps.ts';
import { assertEncounterReadable } from '../access/patient-access.ts';
import type { Executor } from '../db/executor.ts';
import { requestContext, requirePrincipal } from '../http/session-hook.ts';
import { fields, parse } from '../http/validate.ts';

const idParams = z.strictObject({ id: fields.id });
const sourceParams = z.strictObject({ id: fields.id, sourceId: fields.id });
const mediaQuery = z.strictObject({ page: z.coerce.number().int().min(1).max(MAX_PDF_PAGES).optional() });

const MAX_TEXT = 2_000_000; // characters; the extractor has its own, lower per-turn limits
const sourceBody = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('transcript'),
    format: z.enum(['text', 'json', 'vtt', 'srt']),
    content: z.string().min(1).max(MAX_TEXT),
  }),
  z.strictObject({ kind: z.literal('emr'), bundle: z.record(z.string(), z.unknown()) }),
  z.strictObject({
    kind: z.literal('questionnaire'),
    questionnaireResponse: z.record(z.string(), z.unknown()),
  }),
  z.strictObject({ kind: z.literal('text'), content: z.string().min(1).max(MAX_TEXT) }),
]);

const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
const LAB_TYPES = [...IMAGE_TYPES, 'application/pdf'] as const;
const LAB_UPLOAD_LIMIT = 20 * 1024 * 1024; // security.md DATA-09: documents ≤ 20 MB

/** Magic bytes must agree with the declared type (DATA-09): a renamed file is refused. */
function sniffLabFile(b: Buffer): (typeof LAB_TYPES)[number] | null {
  return sniffImage(b) ?? (isPdf(b) ? 'application/pdf' : null);
}

function sniffImage(b: Buffer): (typeof IMAGE_TYPES)[number] | null {
  if (b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length > 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  if (b.length > 12 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP')
    return 'image/webp';
  return null;
}

/** Reads and validates a transcript now, so a bad upload is refused instead of stored (nothing half-saved). */
function transcriptContent(format: 'text' | 'json' | 'vtt' | 'srt', content: string) {
  if (format === 'text') {
    extractTranscript(content); // throws a clear validation error past the limits
    return { format, text: content };
  }
  let turns: unknown[];
  if (format === 'json') {
    try {
      const parsed: unknown = JSON.parse(content);
      turns = Array.isArray(parsed) ? parsed : ((parsed as { turns?: unknown[] })?.turns ?? []);
    } catch {
      throw new YizhuError('validation', 'transcript is not valid JSON', [
        { path: 'content', message: 'invalid JSON' },
      ]);
    }
  } else {
    turns = parseSubtitles(content);
  }
  const { turns: parsed } = extractTranscript(turns);
  if (parsed.length === 0)
    throw new YizhuError('validation', 'transcript has no turns', [{ path: 'content', message: 'empty' }]);
  return { format, turns };
}

export function sourceRoutes(app: FastifyInstance, deps: Deps): void {
  // pdf.js in a worker thread of its own, started by the first PDF and stopped with the app.
  const pdfReader = createPdfReader();
  app.addHook('onClose', () => pdfReader.close());
  const assertPreparer = async (db: Executor, p: Principal, encounterId: string) => {
    const e = await assertEncounterReadable(db, p, encounterId);
    if (canPrepareEncounter(p, e) !== 'allow') throw notFound('visit');
    return e;
  };

  app.get('/api/visits/:id/sources', async (req) => {
    const p = requirePrincipal(req);
    const { id } = parse(idParams, req.params);
    const e = await assertPreparer(deps.db, p, id);
    const rows = await deps.db
      .selectFrom('visit_sources')
      .select(['id', 'kind', 'content', 'media_type', 'created_at'])
      .where('encounter_id', '=', id)
      .orderBy('created_at')
      .execute();
    await appendAudit(deps.db, deps.clock(), {
      ...requestContext(req),
      patientId: e.patientId,
      action: 'source.list',
      resourceType: 'Encounter',
      resourceId: id,
      outcome: 'success',
      detail: null,
    });
    return {
      sources: rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        content: r.content,
        hasMedia: r.media_type !== null,
        createdAt: new Date(r.created_at).toISOString(),
      })),
    };
  });

  app.post('/api/visits/:id/sources', { bodyLimit: 5 * 1024 * 1024 }, async (req, reply) => {
    const p = requirePrincipal(req);
    const { id } = parse(idParams, req.params);
    const body = parse(sourceBody, req.body);
    const e = await assertPreparer(deps.db, p, id);
    const content =
      body.kind === 'transcript'
        ? transcriptContent(body.format, body.content)
        : body.kind === 'emr'
          ? { bundle: body.bundle }
          : body.kind === 'questionnaire'
            ? { questionnaireResponse: body.questionnaireResponse }
            : { text: body.content };
    const now = deps.clock();
    const row = await deps.db.transaction().execute(async (trx) => {
      const r = await trx
        .insertInto('visit_sources')
        .values({ encounter_id: id, kind: body.kind, content: JSON.stringify(content), created_by: p.userId })
        .returning('id')
        .executeTakeFirstOrThrow();
      await appendAudit(trx, now, {
        ...requestContext(req),
        patientId: e.patientId,
        action: 'source.create',
        resourceType: 'VisitSource',
        resourceId: r.id,
        outcome: 'success',
        detail: { kind: body.kind },
      });
      return r;
    });
    return reply.code(201).send({ source: { id: row.id, kind: body.kind } });
  });

  // A lab photo or PDF: the body is the file itself. It is read before anything is stored.
  app.addContentTypeParser(
    LAB_TYPES as unknown as string[],
    { parseAs: 'buffer', bodyLimit: LAB_UPLOAD_LIMIT },
    (_req, body, done) => done(null, body),
  );
  app.post('/api/visits/:id/sources/lab', { bodyLimit: LAB_UPLOAD_LIMIT }, async (req, reply) => {
    const p = requirePrincipal(req);
    const { id } = parse(idParams, req.params);
    const e = await assertPreparer(deps.db, p, id);
    const file = req.body;
    if (!Buffer.isBuffer(file) || file.length === 0)
      throw new YizhuError('validation', 'the upload is empty');
    const declared = String(req.headers['content-type'] ?? '')
      .split(';')[0]!
      .trim();
    if (sniffLabFile(file) !== declared)
      throw new YizhuError(
        'unsupported_media_type',
        declared === 'application/pdf'
          ? 'the file is not a PDF'
          : 'the file is not the image type it claims to be',
      );
    const sourceId = randomUUID();
    const readPhoto = async () => {
      if (!deps.ocr)
        throw new YizhuError('unavailable', 'lab report reading is not configured on this server');
      return readLabReport(await deps.ocr(), file, sourceId);
    };
    // Both throw 'no lab table found'. A text-layer PDF needs no OCR engine; a scanned one does.
    const reading =
      declared === 'application/pdf'
        ? await readLabPdf(pdfReader, file, sourceId, deps.ocr)
        : await readPhoto();
    const now = deps.clock();
    await deps.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('visit_sources')
        .values({
          id: sourceId,
          encounter_id: id,
          kind: 'lab_report',
          content: JSON.stringify(reading),
          media: file,
          media_type: declared,
          created_by: p.userId,
        })
        .execute();
      await appendAudit(trx, now, {
        ...requestContext(req),
        patientId: e.patientId,
        action: 'source.create',
        resourceType: 'VisitSource',
        resourceId: sourceId,
        outcome: 'success',
        detail: { kind: 'lab_report', observations: reading.observations.length },
      });
    });
    return reply.code(201).send({
      source: { id: sourceId, kind: 'lab_report' },
      observations: reading.observations,
      warnings: reading.warnings,
    });
  });

  // The stored file as uploaded; `?page=N` of a PDF is that page as a PNG for the viewer (the
  // evidence boxes are in its page units, so the image is drawn at the page's size).
  app.get('/api/visits/:id/sources/:sourceId/media', async (req, reply) => {
    const p = requirePrincipal(req);
    const { id, sourceId } = parse(sourceParams, req.params);
    const { page } = parse(mediaQuery, req.query);
    const e = await assertPreparer(deps.db, p, id);
    const row = await deps.db
      .selectFrom('visit_sources')
      .select(['media', 'media_type'])
      .where('id', '=', sourceId)
      .where('encounter_id', '=', id)
      .executeTakeFirst();
    if (!row?.media || !row.media_type) throw notFound('source');
    if (page !== undefined && row.media_type !== 'application/pdf')
      throw new YizhuError('validation', 'only a PDF has pages', [{ path: 'page', message: 'not a PDF' }]);
    const body =
      page === undefined ? Buffer.from(row.media) : await pdfReader.renderPage(Buffer.from(row.media), page);
    await appendAudit(deps.db, deps.clock(), {
      ...requestContext(req),
      patientId: e.patientId,
      action: 'source.read',
      resourceType: 'VisitSource',
      resourceId: sourceId,
      outcome: 'success',
      detail: null,
    });
    return reply
      .type(page === undefined ? row.media_type : 'image/png')
      .header('content-disposition', 'inline')
      .send(body);
  });
}
