import {
  amendRecordContent,
  canReadEncounter,
  canSignEncounter,
  canonicalJson,
  forbidden,
  notFound,
  signedRecordContent,
  YizhuError,
  type SignedRecordContent,
} from '@yizhu/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { loadEncounterFacts } from '../access/patient-access.ts';
import { appendAudit, sha256Hex } from '../audit/audit-log.ts';
import type { Deps } from '../deps.ts';
import { clinicDate } from '../followup/clinic-date.ts';
import { enrolOnSign } from '../followup/enrol-on-sign.ts';
import { requestContext, requireSession } from '../http/session-hook.ts';
import { fields, parse } from '../http/validate.ts';
import { latestDraft, type DraftContent } from './draft-routes.ts';

const idParams = z.strictObject({ id: fields.id });
const signBody = z.strictObject({ draftVersion: z.number().int().min(1) });
const amendBody = z.strictObject({
  baseVersion: z.number().int().min(1),
  lang: z.enum(['zh', 'en']),
  sectionId: z.string().min(1).max(40),
  text: z.string().max(5000),
  reason: z.string().trim().min(2).max(500),
});

// security.md SESS-06: a credential entered at most 5 minutes before signing.
const FRESH_AUTH_MS = 5 * 60_000;

export function recordRoutes(app: FastifyInstance, deps: Deps): void {
  /** Responsible doctor with fresh authentication, or the right error: 404 hidden, 403 not theirs, 401 stale. */
  const assertSigner = async (req: FastifyRequest, encounterId: string) => {
    const s = requireSession(req);
    const e = await loadEncounterFacts(deps.db, encounterId);
    const decision = e ? canSignEncounter(s.principal, e) : 'hidden';
    if (!e || decision === 'hidden') throw notFound('visit');
    if (decision === 'forbidden') {
      await appendAudit(deps.db, deps.clock(), {
        ...requestContext(req),
        patientId: e.patientId,
        action: 'record.sign',
        resourceType: 'Encounter',
        resourceId: encounterId,
        outcome: 'denied',
        detail: null,
      });
      throw forbidden("only the visit's responsible doctor can sign");
    }
    if (deps.clock().getTime() - s.reauthAt.getTime() > FRESH_AUTH_MS) {
      throw new YizhuError('reauth_required', 'confirm your password or one-time code before signing');
    }
    return e;
  };

  const isUniqueViolation = (err: unknown) => (err as { code?: string })?.code === '23505';

  app.post('/api/visits/:id/sign', async (req, reply) => {
    const { id } = parse(idParams, req.params);
    const body = parse(signBody, req.body);
    const e = await assertSigner(req, id);
    const s = requireSession(req);
    const now = deps.clock();
    try {
      const record = await deps.db.transaction().execute(async (trx) => {
        const last = await latestDraft(trx, id);
        if (!last) throw notFound('draft');
        if (last.version !== body.draftVersion)
          throw new YizhuError(
            'conflict',
            `you are signing version ${body.draftVersion} but the draft is now version ${last.version}; review it first`,
          );
        const draft = (last.content as DraftContent).draft;
        const content = signedRecordContent(draft, last.version);
        const r = await trx
          .insertInto('records')
          .values({
            encounter_id: id,
            version: 1,
            content: JSON.stringify(content),
            content_hash: sha256Hex(canonicalJson(content)),
            draft_id: last.id,
            signed_by: s.principal.userId,
            signed_at: now,
          })
          .returning(['id', 'version'])
          .executeTakeFirstOrThrow();
        await trx.updateTable('encounters').set({ status: 'finished' }).where('id', '=', id).execute();
        await appendAudit(trx, now, {
          ...requestContext(req),
          patientId: e.patientId,
          action: 'record.sign',
          resourceType: 'Record',
          resourceId: r.id,
          outcome: 'success',
          detail: { draftVersion: last.version },
        });
        // Issue 8: a hypertension / T2DM diagnosis enrols the patient in follow-up, same transaction.
        for (const en of await enrolOnSign(trx, {
          orgId: e.orgId,
          patientId: e.patientId,
          departmentId: e.departmentId,
          doctorId: s.principal.userId,
          recordId: r.id,
          signedOn: clinicDate(now, deps.config.utcOffsetMinutes),
          draft,
        }))
          await appendAudit(trx, now, {
            ...requestContext(req),
            patientId: e.patientId,
            action: 'followup.enrol',
            resourceType: 'FollowupEnrolment',
            resourceId: en.enrolmentId,
            outcome: 'success',
            detail: { programme: en.programme, source: 'record', status: en.status },
          });
        return r;
      });
      return reply
        .code(201)
        .send({ record: { id: record.id, version: record.version, signedAt: now.toISOString() } });
    } catch (err) {
      if (isUniqueViolation(err)) throw new YizhuError('conflict', 'this visit is already signed');
      throw err;
    }
  });

  /** An amendment is a new version with a reason; every earlier version stays (invariant 4). */
  app.post('/api/visits/:id/amend', async (req, reply) => {
    const { id } = parse(idParams, req.params);
    const body = parse(amendBody, req.body);
    const e = await assertSigner(req, id);
    const s = requireSession(req);
    const now = deps.clock();
    try {
      const record = await deps.db.transaction().execute(async (trx) => {
        const last = await trx
          .selectFrom('records')
          .selectAll()
          .where('encounter_id', '=', id)
          .orderBy('version', 'desc')
          .limit(1)
          .executeTakeFirst();
        if (!last) throw new YizhuError('conflict', 'the visit has no signed record to amend');
        if (last.version !== body.baseVersion)
          throw new YizhuError('conflict', `the record is now version ${last.version}; review it first`);
        const prev = last.content as SignedRecordContent;
        if (!prev[body.lang].some((x) => x.id === body.sectionId))
          throw new YizhuError('validation', 'no such section', [
            { path: 'sectionId', message: 'unknown section' },
          ]);
        const content = amendRecordContent(prev, body.lang, body.sectionId as never, body.text);
        const r = await trx
          .insertInto('records')
          .values({
            encounter_id: id,
            version: last.version + 1,
            content: JSON.stringify(content),
            content_hash: sha256Hex(canonicalJson(content)),
            draft_id: last.draft_id,
            signed_by: s.principal.userId,
            signed_at: now,
            amendment_reason: body.reason,
          })
          .returning(['id', 'version'])
          .executeTakeFirstOrThrow();
        await appendAudit(trx, now, {
          ...requestContext(req),
          patientId: e.patientId,
          action: 'record.amend',
          resourceType: 'Record',
          resourceId: r.id,
          outcome: 'success',
          detail: { version: r.version },
        });
        return r;
      });
      return reply
        .code(201)
        .send({ record: { id: record.id, version: record.version, signedAt: now.toISOString() } });
    } catch (err) {
      if (isUniqueViolation(err))
        throw new YizhuError('conflict', 'another amendment was saved at the same moment; review it first');
      throw err;
    }
  });

  /** Every version of the signed record, oldest first, each with its hash checked. */
  app.get('/api/visits/:id/record', async (req) => {
    const s = requireSession(req);
    const { id } = parse(idParams, req.params);
    const e = await loadEncounterFacts(deps.db, id);
    if (!e || canReadEncounter(s.principal, e) !== 'allow') throw notFound('visit');
    const rows = await deps.db
      .selectFrom('records as r')
      .innerJoin('users as u', 'u.id', 'r.signed_by')
      .select([
        'r.id',
        'r.version',
        'r.content',
        'r.content_hash',
        'r.signed_at',
        'r.amendment_reason',
        'u.display_name',
      ])
      .where('r.encounter_id', '=', id)
      .orderBy('r.version')
      .execute();
    if (rows.length === 0) throw notFound('record');
    await appendAudit(deps.db, deps.clock(), {
      ...requestContext(req),
      patientId: e.patientId,
      action: 'record.read',
      resourceType: 'Record',
      resourceId: rows[rows.length - 1]!.id,
      outcome: 'success',
      detail: null,
    });
    return {
      versions: rows.map((r) => ({
        id: r.id,
        version: r.version,
        content: r.content,
        signedAt: new Date(r.signed_at).toISOString(),
        signedBy: r.display_name,
        amendmentReason: r.amendment_reason,
        intact: sha256Hex(canonicalJson(r.content)) === r.content_hash, // DATA-03: tampering shows
      })),
    };
  });
}
