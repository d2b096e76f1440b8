import {
  applyDoctorEdit,
  canPrepareEncounter,
  draftVisit,
  notFound,
  runQc,
  transcriptSourceText,
  verifyDraft,
  YizhuError,
  type VisitDraft,
} from '@yizhu/core';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { assertEncounterReadable } from '../access/patient-access.ts';
import { appendAudit } from '../audit/audit-log.ts';
import type { Executor } from '../db/executor.ts';
import type { Deps } from '../deps.ts';
import { requestContext, requirePrincipal } from '../http/session-hook.ts';
import { fields, parse } from '../http/validate.ts';
import { loadReview } from '../visits/draft-review.ts';
import { loadFollowupSources } from '../followup/since-last-visit-sources.ts';
import { rewordVisitDraft, type LlmDraftFields } from '../visits/reword-visit-draft.ts';
import { loadRawSources } from '../visits/visit-sources.ts';
import { visitContext } from '../visits/visit-context.ts';

const idParams = z.strictObject({ id: fields.id });
const SECTION_IDS = [
  'chief_complaint',
  'hpi',
  'ros',
  'past_history',
  'medications',
  'allergy',
  'personal',
  'family',
  'exam',
  'results',
  'diagnosis',
  'plan',
  'assessment_plan',
  'S',
  'O',
  'A',
  'P',
] as const;
const editBody = z.strictObject({
  baseVersion: z.number().int().min(1),
  lang: z.enum(['zh', 'en']),
  sectionId: z.enum(SECTION_IDS),
  text: z.string().max(5000),
});

/**
 * A stored draft version: the composed draft with its QC report and invariant check. With a model
 * configured, `draft` carries the verified model wording and `deterministic` + `llm` say what the
 * engine composed and how the model pass went (adapters/llm/README.md); without one they are absent.
 */
export interface DraftContent extends Partial<LlmDraftFields> {
  draft: VisitDraft;
  qc: ReturnType<typeof runQc>;
  violations: ReturnType<typeof verifyDraft>;
  turns: Record<string, unknown[]>;
}

export async function latestDraft(db: Executor, encounterId: string) {
  return db
    .selectFrom('drafts')
    .selectAll()
    .where('encounter_id', '=', encounterId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

const isUniqueViolation = (err: unknown) => (err as { code?: string })?.code === '23505';

export function draftRoutes(app: FastifyInstance, deps: Deps): void {
  const signedAlready = async (db: Executor, encounterId: string) =>
    (await db
      .selectFrom('records')
      .select('id')
      .where('encounter_id', '=', encounterId)
      .limit(1)
      .executeTakeFirst()) !== undefined;

  const present = async (row: NonNullable<Awaited<ReturnType<typeof latestDraft>>>) => ({
    version: row.version,
    aiGenerated: row.ai_generated,
    createdAt: new Date(row.created_at).toISOString(),
    createdBy: row.created_by,
    ...(row.content as DraftContent),
    // The doctor's conflict / QC resolutions (draft-review-routes.ts), located in this version.
    review: await loadReview(deps.db, row.encounter_id, row.content as DraftContent),
  });

  /** Generates a new draft version from every source of the visit (re-runnable). */
  app.post('/api/visits/:id/draft', async (req, reply) => {
    const p = requirePrincipal(req);
    const { id } = parse(idParams, req.params);
    const e = await assertEncounterReadable(deps.db, p, id);
    if (canPrepareEncounter(p, e) !== 'allow') throw notFound('visit');
    if (await signedAlready(deps.db, id))
      throw new YizhuError('conflict', 'the record is signed; amend it instead');
    const ctx = await visitContext(deps.db, id, deps.config.utcOffsetMinutes);
    // Closing the loop (issue 8): follow-up check-ins since the last visit are sources too.
    const followup = await loadFollowupSources(
      deps.db,
      id,
      e.patientId,
      ctx.visitDate,
      deps.config.utcOffsetMinutes,
    );
    const sources = [...(await loadRawSources(deps.db, id, e.patientId)), ...followup.sources];
    const result = draftVisit({
      sources,
      visitDate: ctx.visitDate,
      visitType: ctx.visitType,
      department: ctx.department,
      patient: ctx.patient,
    });
    result.draft.notes.push(...followup.notes);
    // Outside the transaction: a model call can take seconds. Null when no model is configured.
    const reworded = await rewordVisitDraft(deps, requestContext(req), {
      patientId: e.patientId,
      result,
      sources,
      patient: ctx.patient,
    });
    const content: DraftContent = reworded ? { ...reworded, turns: result.turns } : result;
    const now = deps.clock();
    try {
      const row = await deps.db.transaction().execute(async (trx) => {
        const last = await latestDraft(trx, id);
        const r = await trx
          .insertInto('drafts')
          .values({
            encounter_id: id,
            version: (last?.version ?? 0) + 1,
            content: JSON.stringify(content),
            ai_generated: true,
            created_by: null,
            created_at: now,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await appendAudit(trx, now, {
          ...requestContext(req),
          patientId: e.patientId,
          action: 'draft.generate',
          resourceType: 'Draft',
          resourceId: r.id,
          outcome: 'success',
          detail: {
            version: r.version,
            sources: sources.length,
            followupCheckins: followup.sources.length,
            violations: content.violations.length,
            llm: reworded ? (reworded.llm.used ? 'used' : 'not_used') : 'off',
          },
        });
        return r;
      });
      return reply.code(201).send({ draft: await present(row) });
    } catch (err) {
      if (isUniqueViolation(err))
        throw new YizhuError('conflict', 'another draft was created at the same moment; reload');
      throw err;
    }
  });

  app.get('/api/visits/:id/draft', async (req) => {
    const p = requirePrincipal(req);
    const { id } = parse(idParams, req.params);
    const e = await assertEncounterReadable(deps.db, p, id);
    if (canPrepareEncounter(p, e) !== 'allow') throw notFound('visit');
    const row = await latestDraft(deps.db, id);
    if (!row) throw notFound('draft');
    await appendAudit(deps.db, deps.clock(), {
      ...requestContext(req),
      patientId: e.patientId,
      action: 'draft.read',
      resourceType: 'Draft',
      resourceId: row.id,
      outcome: 'success',
      detail: { version: row.version },
    });
    return { draft: await present(row) };
  });

  /**
   * A doctor's edit of one section. Optimistic locking: the edit names the version it was made on;
   * if someone saved since, 409 with the latest version number — the client keeps the unsaved text.
   */
  app.put('/api/visits/:id/draft', async (req) => {
    const p = requirePrincipal(req);
    const { id } = parse(idParams, req.params);
    const body = parse(editBody, req.body);
    const e = await assertEncounterReadable(deps.db, p, id);
    if (canPrepareEncounter(p, e) !== 'allow') throw notFound('visit');
    const now = deps.clock();
    try {
      const row = await deps.db.transaction().execute(async (trx) => {
        if (await signedAlready(trx, id))
          throw new YizhuError('conflict', 'the record is signed; amend it instead');
        const last = await latestDraft(trx, id);
        if (!last) throw notFound('draft');
        if (last.version !== body.baseVersion) {
          throw new YizhuError(
            'conflict',
            `the draft changed since you opened it (now version ${last.version}); your text is kept, review and save again`,
            [{ path: 'baseVersion', message: String(last.version) }],
          );
        }
        const prev = last.content as DraftContent;
        const draft = applyDoctorEdit(prev.draft, {
          lang: body.lang,
          sectionId: body.sectionId,
          text: body.text,
        });
        // Sentences the edit left alone still cite transcript spans whose numbers count as evidence.
        const violations = verifyDraft(draft, { sourceText: transcriptSourceText(prev.turns) });
        const content: DraftContent = { ...prev, draft, qc: runQc(draft), violations };
        const r = await trx
          .insertInto('drafts')
          .values({
            encounter_id: id,
            version: last.version + 1,
            content: JSON.stringify(content),
            ai_generated: false,
            created_by: p.userId,
            created_at: now,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await appendAudit(trx, now, {
          ...requestContext(req),
          patientId: e.patientId,
          action: 'draft.edit',
          resourceType: 'Draft',
          resourceId: r.id,
          outcome: 'success',
          detail: { version: r.version, section: body.sectionId },
        });
        return r;
      });
      return { draft: await present(row) };
    } catch (err) {
      if (isUniqueViolation(err))
        throw new YizhuError(
          'conflict',
          'another edit was saved at the same moment; your text is kept, save again',
        );
      throw err;
    }
  });
}
