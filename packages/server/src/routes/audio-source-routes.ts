import { createHash, randomUUID } from 'node:crypto';
import { canPrepareEncounter, extractTranscript, notFound, YizhuError } from '@yizhu/core';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { z } from 'zod';
import { AUDIO_EXTENSION, declaredAudioFamily, sniffAudio } from '../adapters/asr/sniff-audio.ts';
import { appendAudit } from '../audit/audit-log.ts';
import { assertEncounterReadable } from '../access/patient-access.ts';
import type { Executor } from '../db/executor.ts';
import type { Deps } from '../deps.ts';
import { requestContext, requirePrincipal } from '../http/session-hook.ts';
import { fields, parse } from '../http/validate.ts';
import {
  addChunk,
  isRecordingTranscript,
  storedChunk,
  type RecordingTranscript,
} from '../visits/recording-transcript.ts';

const idParams = z.strictObject({ id: fields.id });
const chunkQuery = z.strictObject({
  /** One id per recording: every chunk of it goes to one transcript source. */
  session: fields.id,
  seq: z.coerce.number().int().min(0).max(9999),
  /** Where this chunk starts in the recording (ms), so turn times run on across chunks. */
  offsetMs: z.coerce
    .number()
    .int()
    .min(0)
    .max(24 * 3_600_000),
  language: z.enum(['zh', 'en']).optional(),
});

const AUDIO_UPLOAD_LIMIT = 200 * 1024 * 1024; // security.md DATA-09: audio ≤ 200 MB
// Two-key advisory lock (class, session hash): chunks of one recording are merged one at a time.
const RECORDING_LOCK_CLASS = 7_426_002;

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function recordingSource(db: Executor, encounterId: string, session: string) {
  const row = await db
    .selectFrom('visit_sources')
    .select(['id', 'content'])
    .where('encounter_id', '=', encounterId)
    .where('kind', '=', 'transcript')
    .where(sql<string>`content->'recording'->>'session'`, '=', session)
    .executeTakeFirst();
  if (!row) return null;
  return { id: row.id, content: isRecordingTranscript(row.content) ? row.content : null };
}

/**
 * POST /api/visits/:id/sources/audio?session=&seq=&offsetMs= — one chunk of a recording made
 * during the visit. The chunk is transcribed by the configured speech engine and its turns are
 * added to the recording's transcript source; the audio itself is not kept. A chunk sent again
 * (same seq, same bytes) is answered from what is stored without a second engine call, so the
 * recorder can retry freely. An engine failure stores nothing and answers 503 with the reason.
 */
export function audioSourceRoutes(app: FastifyInstance, deps: Deps): void {
  app.addContentTypeParser(
    /^audio\//,
    { parseAs: 'buffer', bodyLimit: AUDIO_UPLOAD_LIMIT },
    (_req, body, done) => done(null, body),
  );

  app.post('/api/visits/:id/sources/audio', { bodyLimit: AUDIO_UPLOAD_LIMIT }, async (req, reply) => {
    const p = requirePrincipal(req);
    const { id } = parse(idParams, req.params);
    const q = parse(chunkQuery, req.query);
    const e = await assertEncounterReadable(deps.db, p, id);
    if (canPrepareEncounter(p, e) !== 'allow') throw notFound('visit');
    if (!deps.asr)
      throw new YizhuError('unavailable', 'speech recognition is not configured on this server', [
        { path: 'asr', message: 'not_configured' },
      ]);

    const audio = req.body;
    if (!Buffer.isBuffer(audio) || audio.length === 0)
      throw new YizhuError('validation', 'the upload is empty');
    const family = declaredAudioFamily(req.headers['content-type']);
    if (!family) throw new YizhuError('unsupported_media_type', 'audio must be wav, webm, ogg, mp3 or m4a');
    if (sniffAudio(audio) !== family)
      throw new YizhuError('unsupported_media_type', 'the file is not the audio type it claims to be');

    const hash = sha256(audio);
    const chunk = { seq: q.seq, offsetMs: q.offsetMs, bytes: audio.length, sha256: hash };
    const ctx = requestContext(req);
    const answer = async (sourceId: string, turns: unknown[], created: boolean, duplicate: boolean) => {
      // A duplicate writes nothing, but its answer carries the stored turns: that is a read.
      if (duplicate)
        await appendAudit(deps.db, deps.clock(), {
          ...ctx,
          patientId: e.patientId,
          action: 'source.read',
          resourceType: 'VisitSource',
          resourceId: sourceId,
          outcome: 'success',
          detail: { kind: 'transcript', seq: q.seq, duplicate: true },
        });
      return reply
        .code(created ? 201 : 200)
        .send({ source: { id: sourceId, kind: 'transcript' }, seq: q.seq, duplicate, turns });
    };

    // A retry of a stored chunk costs no engine call.
    const before = await recordingSource(deps.db, id, q.session);
    const earlier = storedChunk(before?.content ?? null, q.seq, hash);
    if (earlier?.kind === 'conflict') throw seqConflict();
    if (earlier?.kind === 'duplicate') return answer(before!.id, earlier.turns, false, true);

    const asr = deps.asr;
    const result = await asr.transcribe(
      { data: audio, filename: `chunk-${q.seq}.${AUDIO_EXTENSION[family]}`, mimeType: `audio/${family}` },
      q.language ? { language: q.language } : {},
    );
    // Every engine call is audited (issue 9, data locality): model, outcome, timing, size; no text.
    await appendAudit(deps.db, deps.clock(), {
      ...ctx,
      patientId: e.patientId,
      action: 'asr.transcribe',
      resourceType: 'Encounter',
      resourceId: id,
      outcome: result.ok ? 'success' : result.failure === 'endpoint_refused' ? 'denied' : 'failure',
      detail: {
        model: asr.model,
        seq: q.seq,
        bytes: audio.length,
        latencyMs: result.latencyMs,
        ...(result.ok
          ? { turns: result.turns.length }
          : { failure: result.failure, ...(result.status ? { status: result.status } : {}) }),
      },
    });
    if (!result.ok)
      throw new YizhuError(
        'unavailable',
        `speech recognition failed (${result.failure}); send the chunk again`,
        [{ path: 'asr', message: result.failure }],
      );

    const now = deps.clock();
    const saved = await deps.db.transaction().execute(async (trx) => {
      await sql`SELECT pg_advisory_xact_lock(${RECORDING_LOCK_CLASS}, hashtext(${q.session}))`.execute(trx);
      const current = await recordingSource(trx, id, q.session);
      if (current && !current.content) throw seqConflict(); // the id names a source of another shape
      const merged = addChunk(current?.content ?? null, q.session, chunk, result.turns);
      if (merged.kind === 'conflict') throw seqConflict();
      if (merged.kind === 'duplicate')
        return { sourceId: current!.id, turns: merged.turns, created: false, duplicate: true };
      checkTranscript(merged.content);
      const sourceId = current?.id ?? randomUUID();
      if (current)
        await trx
          .updateTable('visit_sources')
          .set({ content: JSON.stringify(merged.content) })
          .where('id', '=', sourceId)
          .execute();
      else
        await trx
          .insertInto('visit_sources')
          .values({
            id: sourceId,
            encounter_id: id,
            kind: 'transcript',
            content: JSON.stringify(merged.content),
            created_by: p.userId,
          })
          .execute();
      await appendAudit(trx, now, {
        ...ctx,
        patientId: e.patientId,
        action: current ? 'source.update' : 'source.create',
        resourceType: 'VisitSource',
        resourceId: sourceId,
        outcome: 'success',
        detail: { kind: 'transcript', seq: q.seq, turns: merged.turns.length },
      });
      return { sourceId, turns: merged.turns, created: !current, duplicate: false };
    });
    return answer(saved.sourceId, saved.turns, saved.created, saved.duplicate);
  });
}

const seqConflict = () =>
  new YizhuError('conflict', 'this chunk number was already sent with other audio; start a new session');

/** The whole transcript must stay within the extractor's limits, or the chunk is refused (not stored). */
function checkTranscript(content: RecordingTranscript) {
  extractTranscript(content.turns);
}
