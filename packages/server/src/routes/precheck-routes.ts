import { randomUUID } from 'node:crypto';
import {
  canPrepareEncounter,
  matchComplaintFamily,
  notFound,
  parseAnswer,
  QUESTION_TREES,
  YizhuError,
  type ComplaintFamily,
} from '@yizhu/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { loadEncounterFacts } from '../access/patient-access.ts';
import { appendAudit } from '../audit/audit-log.ts';
import type { Deps, RequestContext } from '../deps.ts';
import { requestContext, requirePrincipal } from '../http/session-hook.ts';
import { fields, parse } from '../http/validate.ts';
import { normaliseCode } from '../precheck/precheck-code.ts';
import { evaluate, questionnaireResponse } from '../precheck/precheck-evaluate.ts';
import { combineModelRead, readWithModel } from '../precheck/precheck-model-read.ts';
import { createPrecheckLink, redeemCode } from '../precheck/precheck-links.ts';
import { loadByEncounter, loadByToken, type LoadedPrecheck } from '../precheck/precheck-store.ts';
import { patientState, staffView } from '../precheck/precheck-views.ts';

/** The chief complaint kept for triage and the record; longer text is cut and flagged. */
export const MAX_COMPLAINT_CHARS = 4000;
// Generous bounds: over-long text is accepted, cut and flagged by core; only absurd sizes are refused.
const MAX_TEXT_IN = 20_000;
const FAMILIES = Object.keys(QUESTION_TREES) as [ComplaintFamily, ...ComplaintFamily[]];

const idParams = z.strictObject({ id: fields.id });
const emptyBody = z.strictObject({});
const startBody = z.strictObject({
  chiefComplaint: z.string().trim().min(1).max(MAX_TEXT_IN),
  family: z.enum(FAMILIES).optional(),
  respondent: z.enum(['self', 'guardian']).optional(),
});
const answerValue = z.union([
  z.string().max(MAX_TEXT_IN),
  z.number().finite(),
  z.boolean(),
  z.array(z.string().max(200)).max(50),
  z.null(),
]);
const answerBody = z.strictObject({ linkId: z.string().min(1).max(100), value: answerValue });
const finishBody = z.strictObject({ lang: z.enum(['zh', 'en']).optional() });
const redeemBody = z.strictObject({ code: z.string().max(64) });

export const PRECHECK_TOKEN_HEADER = 'x-precheck-token';

/** Link access has no user: the audit names the patient and marks the actor as the link. */
function linkContext(req: FastifyRequest): RequestContext {
  return { ...requestContext(req), actorId: null, actorRole: 'patient-link' };
}

const tokenOf = (req: FastifyRequest) => {
  const h = req.headers[PRECHECK_TOKEN_HEADER];
  return typeof h === 'string' ? h : undefined;
};

/**
 * Pre-consultation (issue 7). Staff create a link/code for a visit and read the summary; the patient
 * (or a guardian) answers through the link token in a header — no cookie, so no CSRF exposure and
 * nothing to log in with. Every access is audited with the patient's id.
 */
export function precheckRoutes(app: FastifyInstance, deps: Deps): void {
  const staffVisit = async (req: FastifyRequest) => {
    const p = requirePrincipal(req);
    const { id } = parse(idParams, req.params);
    const facts = await loadEncounterFacts(deps.db, id);
    if (!facts || canPrepareEncounter(p, facts) !== 'allow') throw notFound('visit');
    return { p, facts };
  };

  app.post('/api/visits/:id/precheck', async (req, reply) => {
    const { p, facts } = await staffVisit(req);
    parse(emptyBody, req.body);
    const created = await deps.db.transaction().execute(async (trx) => {
      const e = await trx
        .selectFrom('encounters')
        .select('status')
        .where('id', '=', facts.encounterId)
        .executeTakeFirstOrThrow();
      return createPrecheckLink(
        deps,
        trx,
        { ...facts, status: e.status },
        {
          ...requestContext(req),
          actorId: p.userId,
        },
      );
    });
    return reply.code(201).send(created);
  });

  app.get('/api/visits/:id/precheck', async (req) => {
    const { facts } = await staffVisit(req);
    const loaded = await loadByEncounter(deps.db, facts.encounterId);
    const now = deps.clock();
    await appendAudit(deps.db, now, {
      ...requestContext(req),
      patientId: facts.patientId,
      action: 'precheck.read',
      resourceType: 'QuestionnaireResponse',
      resourceId: loaded?.row.id ?? null,
      outcome: 'success',
      detail: null,
    });
    return { precheck: loaded ? staffView(loaded.row, loaded.meta, now) : null };
  });

  app.post('/api/precheck/redeem', async (req) => {
    const { code } = parse(redeemBody, req.body);
    return redeemCode(deps, normaliseCode(code), linkContext(req));
  });

  /** A patient-link action: the session (row-locked for writes), the action and its audit event, in one transaction. */
  const linkAction = async <T>(
    req: FastifyRequest,
    action: string,
    run: (loaded: LoadedPrecheck, now: Date, trx: Parameters<typeof appendAudit>[0]) => Promise<T>,
  ): Promise<T> => {
    const now = deps.clock();
    const ctx = linkContext(req);
    try {
      return await deps.db.transaction().execute(async (trx) => {
        const loaded = await loadByToken(trx, tokenOf(req), now, {
          lock: action !== 'precheck.session.read',
        });
        const out = await run(loaded, now, trx);
        await appendAudit(trx, now, {
          ...ctx,
          patientId: loaded.row.patientId,
          action,
          resourceType: 'QuestionnaireResponse',
          resourceId: loaded.row.id,
          outcome: 'success',
          detail: null,
        });
        return out;
      });
    } catch (err) {
      if (err instanceof YizhuError && err.code === 'not_found') {
        // A bad or expired link is audited without naming anyone.
        await appendAudit(deps.db, now, {
          ...ctx,
          patientId: null,
          action,
          resourceType: 'QuestionnaireResponse',
          resourceId: null,
          outcome: 'denied',
          detail: null,
        });
      }
      throw err;
    }
  };

  const stateOf = (l: LoadedPrecheck, now: Date) => patientState(l.row, l.visit, l.meta.expiresAt, now);
  const assertOpen = (l: LoadedPrecheck) => {
    if (l.row.status === 'finished') throw new YizhuError('conflict', 'the pre-consultation is finished');
  };

  app.get('/api/precheck/session', (req) =>
    linkAction(req, 'precheck.session.read', async (l, now) => stateOf(l, now)),
  );

  app.post('/api/precheck/start', (req) => {
    const body = parse(startBody, req.body);
    return linkAction(req, 'precheck.start', async (l, now, trx) => {
      assertOpen(l);
      const complaint = body.chiefComplaint.slice(0, MAX_COMPLAINT_CHARS);
      const family = body.family ?? matchComplaintFamily(complaint)[0]?.family ?? 'general';
      const respondent = body.respondent ?? l.row.respondent;
      await trx
        .updateTable('precheck_sessions')
        .set({
          chief_complaint: complaint,
          complaint_truncated: body.chiefComplaint.length > MAX_COMPLAINT_CHARS,
          family,
          respondent,
          updated_at: now,
        })
        .where('id', '=', l.row.id)
        .execute();
      const row = {
        ...l.row,
        chiefComplaint: complaint,
        complaintTruncated: body.chiefComplaint.length > MAX_COMPLAINT_CHARS,
        family,
        respondent,
      };
      return stateOf({ ...l, row }, now);
    });
  });

  app.post('/api/precheck/answer', (req) => {
    const body = parse(answerBody, req.body);
    return linkAction(req, 'precheck.answer', async (l, now, trx) => {
      assertOpen(l);
      const ev = evaluate(l.row, now);
      if (!ev) throw new YizhuError('conflict', 'give the chief complaint first');
      // Only a question the skip logic asks may be answered (going back to change one is fine).
      const q = ev.tree.questions.find((x) => x.linkId === body.linkId);
      if (!q || !ev.enabled.has(q.linkId))
        throw new YizhuError('validation', 'request is not valid', [
          { path: 'linkId', message: 'not a question of this pre-consultation' },
        ]);
      const answers = { ...l.row.answers, [q.linkId]: parseAnswer(q, body.value) };
      await trx
        .updateTable('precheck_sessions')
        .set({ answers: JSON.stringify(answers), updated_at: now })
        .where('id', '=', l.row.id)
        .execute();
      return stateOf({ ...l, row: { ...l.row, answers } }, now);
    });
  });

  app.post('/api/precheck/finish', async (req) => {
    const body = parse(finishBody, req.body);
    const lang = body.lang ?? 'zh';
    // An optional model reads the free text once, here at the end (never per question), before the
    // write transaction; a bad link or a finished session falls through to linkAction's answers.
    const read = deps.llm
      ? await loadByToken(deps.db, tokenOf(req), deps.clock()).then(
          (l) => readWithModel(deps, linkContext(req), l.row, lang),
          () => null,
        )
      : null;
    return linkAction(req, 'precheck.finish', async (l, now, trx) => {
      assertOpen(l);
      const ev = evaluate(l.row, now);
      if (!ev) throw new YizhuError('conflict', 'give the chief complaint first');
      const model = read && deps.llm ? combineModelRead(read, l.row, ev, deps.llm.model) : null;
      const triage = model?.triage ?? ev.triage;
      const sourceId = randomUUID();
      const qr = questionnaireResponse(l.row, ev, { id: sourceId, authored: now.toISOString(), lang });
      await trx
        .insertInto('visit_sources')
        .values({
          id: sourceId,
          encounter_id: l.row.encounterId,
          kind: 'questionnaire',
          content: JSON.stringify(qr),
          created_by: null,
          created_at: now,
        })
        .execute();
      await trx
        .updateTable('precheck_sessions')
        .set({
          status: 'finished',
          finished_at: now,
          updated_at: now,
          lang,
          triage: JSON.stringify(triage),
          source_id: sourceId,
          ...(model ? { llm: JSON.stringify(model.llm) } : {}),
        })
        .where('id', '=', l.row.id)
        .execute();
      return stateOf({ ...l, row: { ...l.row, status: 'finished', triage, llm: model?.llm ?? null } }, now);
    });
  });
}
