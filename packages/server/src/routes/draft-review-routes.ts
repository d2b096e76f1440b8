import { canPrepareEncounter, notFound, YizhuError } from '@yizhu/core';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { assertEncounterReadable } from '../access/patient-access.ts';
import { appendAudit } from '../audit/audit-log.ts';
import type { Deps } from '../deps.ts';
import { requestContext, requirePrincipal } from '../http/session-hook.ts';
import { fields, parse } from '../http/validate.ts';
import { loadReview, resolveTarget } from '../visits/draft-review.ts';
import type { DraftContent } from './draft-routes.ts';

const idParams = z.strictObject({ id: fields.id });
const reviewBody = z
  .strictObject({
    /** The version the doctor looked at: the target's id / index are read in that version. */
    draftVersion: z.number().int().min(1),
    target: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('conflict'), id: z.string().min(1).max(40) }),
      z.strictObject({ kind: z.literal('qc'), index: z.number().int().min(0).max(1000) }),
    ]),
    resolution: z.enum(['side_taken', 'dismissed']),
    sideIndex: z.number().int().min(0).max(20).optional(),
    reason: z.string().trim().min(2).max(500).optional(),
  })
  .superRefine((b, ctx) => {
    if (b.resolution === 'dismissed' && !b.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'a dismissal needs a reason' });
    if (b.resolution === 'side_taken' && (b.target.kind !== 'conflict' || b.sideIndex === undefined))
      ctx.addIssue({
        code: 'custom',
        path: ['sideIndex'],
        message: 'taking a side needs a conflict and a side',
      });
    if (b.resolution === 'dismissed' && b.sideIndex !== undefined)
      ctx.addIssue({ code: 'custom', path: ['sideIndex'], message: 'a dismissal takes no side' });
  });

const isUniqueViolation = (err: unknown) => (err as { code?: string })?.code === '23505';

/**
 * A doctor's resolution of a conflict or QC finding on the draft (issue 6): a side taken, or dismissed
 * with a reason. Stored by the item's fingerprint, so it holds across later versions and reloads and
 * is returned with every draft (`review`). It does not change the record text: the web saves the text
 * change a resolution implies as an ordinary section edit.
 */
export function draftReviewRoutes(app: FastifyInstance, deps: Deps): void {
  app.post('/api/visits/:id/draft/review', async (req, reply) => {
    const p = requirePrincipal(req);
    const { id } = parse(idParams, req.params);
    const body = parse(reviewBody, req.body);
    const e = await assertEncounterReadable(deps.db, p, id);
    if (canPrepareEncounter(p, e) !== 'allow') throw notFound('visit');
    const now = deps.clock();
    try {
      const review = await deps.db.transaction().execute(async (trx) => {
        const signed = await trx
          .selectFrom('records')
          .select('id')
          .where('encounter_id', '=', id)
          .executeTakeFirst();
        if (signed) throw new YizhuError('conflict', 'the record is signed; amend it instead');
        const row = await trx
          .selectFrom('drafts')
          .select(['id', 'content'])
          .where('encounter_id', '=', id)
          .where('version', '=', body.draftVersion)
          .executeTakeFirst();
        if (!row)
          throw new YizhuError('validation', 'no such draft version', [
            { path: 'draftVersion', message: 'unknown version' },
          ]);
        const item = resolveTarget(row.content as DraftContent, body.target);
        if (!item)
          throw new YizhuError('validation', 'no such conflict or finding in that version', [
            { path: 'target', message: 'unknown item' },
          ]);
        if (item.c && body.sideIndex !== undefined && body.sideIndex >= item.c.sides.length)
          throw new YizhuError('validation', 'no such side', [
            { path: 'sideIndex', message: 'out of range' },
          ]);
        const r = await trx
          .insertInto('draft_reviews')
          .values({
            encounter_id: id,
            draft_id: row.id,
            item: item.item,
            fingerprint: item.fingerprint,
            label: JSON.stringify(item.label),
            resolution: body.resolution,
            side_index: body.sideIndex ?? null,
            reason: body.reason ?? null,
            created_by: p.userId,
            created_at: now,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await appendAudit(trx, now, {
          ...requestContext(req),
          patientId: e.patientId,
          action: 'draft.review',
          resourceType: 'Draft',
          resourceId: row.id,
          outcome: 'success',
          // The reason is free text (it may name the patient's details): kept in draft_reviews only.
          detail: {
            reviewId: r.id,
            version: body.draftVersion,
            item: item.item,
            resolution: body.resolution,
            ...(item.c ? { conflictType: item.c.type } : {}),
          },
        });
        const latest = await trx
          .selectFrom('drafts')
          .select('content')
          .where('encounter_id', '=', id)
          .orderBy('version', 'desc')
          .limit(1)
          .executeTakeFirstOrThrow();
        return loadReview(trx, id, latest.content as DraftContent);
      });
      return reply.code(201).send({ review });
    } catch (err) {
      if (isUniqueViolation(err)) throw new YizhuError('conflict', 'this item is already resolved');
      throw err;
    }
  });
}
