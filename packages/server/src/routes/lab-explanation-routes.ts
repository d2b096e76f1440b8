import { canPrepareEncounter, forbidden, notFound, YizhuError, type LabObservation } from '@yizhu/core';
import {
  canApproveLabExplanation,
  explainLabReport,
  patientLabResults,
  verifyLabExplanation,
  type LabExplanation,
} from '@yizhu/core/lab-explain/index.ts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { assertEncounterReadable, loadEncounterFacts } from '../access/patient-access.ts';
import { auditLlmEvent } from '../lab-explain/audit-lab-llm.ts';
import { rewordLabExplanation, type LabExplanationLlm } from '../lab-explain/reword-lab-explanation.ts';
import { appendAudit } from '../audit/audit-log.ts';
import type { Deps } from '../deps.ts';
import { requestContext, requirePrincipal, requireSession } from '../http/session-hook.ts';
import { fields, parse } from '../http/validate.ts';

const idParams = z.strictObject({ id: fields.id });
const approveParams = z.strictObject({ id: fields.id, explanationId: fields.id });
const createBody = z.strictObject({ sourceId: fields.id });
const approveBody = z.strictObject({});

// Same freshness as signing a record (security.md SESS-06): a credential entered ≤ 5 minutes ago.
const FRESH_AUTH_MS = 5 * 60_000;

/** What is stored: the text the patient will read, and how it was made. */
export interface LabExplanationContent {
  explanation: LabExplanation;
  /** The engine's own text, kept when a model reworded some sentences. */
  deterministic?: LabExplanation;
  llm?: LabExplanationLlm;
}

interface Row {
  id: string;
  encounter_id: string;
  source_id: string;
  content: unknown;
  status: 'draft' | 'approved';
  created_at: Date;
  approved_at: Date | null;
  approved_by: string | null;
}

const present = (r: Row) => ({
  id: r.id,
  visitId: r.encounter_id,
  sourceId: r.source_id,
  status: r.status,
  createdAt: new Date(r.created_at).toISOString(),
  approvedAt: r.approved_at ? new Date(r.approved_at).toISOString() : null,
  approvedBy: r.approved_by,
  ...(r.content as LabExplanationContent),
});

const COLUMNS = [
  'id',
  'encounter_id',
  'source_id',
  'content',
  'status',
  'created_at',
  'approved_at',
  'approved_by',
] as const;

/**
 * Lay explanations of a visit's lab report (issue 9). Staff create a draft (deterministic text, model
 * wording only where it verified); a doctor of the department approves it with fresh authentication;
 * only then can the patient read it (DESIGN.md invariant 1).
 */
export function labExplanationRoutes(app: FastifyInstance, deps: Deps): void {
  app.post('/api/visits/:id/lab-explanations', async (req, reply) => {
    const p = requirePrincipal(req);
    const { id } = parse(idParams, req.params);
    const body = parse(createBody, req.body);
    const e = await assertEncounterReadable(deps.db, p, id);
    if (canPrepareEncounter(p, e) !== 'allow') throw notFound('visit');
    const source = await deps.db
      .selectFrom('visit_sources')
      .select(['id', 'content'])
      .where('id', '=', body.sourceId)
      .where('encounter_id', '=', id)
      .where('kind', '=', 'lab_report')
      .executeTakeFirst();
    if (!source) throw notFound('lab report');
    const observations = ((source.content as { observations?: LabObservation[] }).observations ?? []).filter(
      (o) => o && typeof o === 'object',
    );
    if (observations.length === 0)
      throw new YizhuError('validation', 'the lab report has no results to explain', [
        { path: 'sourceId', message: 'no observations' },
      ]);
    const deterministic = explainLabReport(observations);
    // The engine's text must pass its own number check; a failure here is a bug, never sent on.
    if (verifyLabExplanation(deterministic, observations).length > 0)
      throw new YizhuError('internal', 'the explanation failed verification');
    const ctx = requestContext(req);
    const reworded = await rewordLabExplanation(
      deps,
      auditLlmEvent(deps.db, deps.clock, ctx, e.patientId),
      deterministic,
      observations,
    );
    const content: LabExplanationContent = reworded
      ? {
          explanation: reworded.explanation,
          ...(reworded.llm.used ? { deterministic } : {}),
          llm: reworded.llm,
        }
      : { explanation: deterministic };
    const now = deps.clock();
    const row = await deps.db.transaction().execute(async (trx) => {
      const r = await trx
        .insertInto('lab_explanations')
        .values({
          encounter_id: id,
          patient_id: e.patientId,
          source_id: source.id,
          content: JSON.stringify(content),
          status: 'draft',
          created_by: p.userId,
          created_at: now,
        })
        .returning(COLUMNS)
        .executeTakeFirstOrThrow();
      await appendAudit(trx, now, {
        ...ctx,
        patientId: e.patientId,
        action: 'lab_explanation.create',
        resourceType: 'LabExplanation',
        resourceId: r.id,
        outcome: 'success',
        detail: { sourceId: source.id, ...deterministic.counts, llm: content.llm?.used ?? 'off' },
      });
      return r;
    });
    return reply.code(201).send({ explanation: present(row) });
  });

  app.get('/api/visits/:id/lab-explanations', async (req) => {
    const p = requirePrincipal(req);
    const { id } = parse(idParams, req.params);
    const e = await assertEncounterReadable(deps.db, p, id);
    if (canPrepareEncounter(p, e) !== 'allow') throw notFound('visit');
    const rows = await deps.db
      .selectFrom('lab_explanations')
      .select(COLUMNS)
      .where('encounter_id', '=', id)
      .orderBy('created_at')
      .execute();
    await appendAudit(deps.db, deps.clock(), {
      ...requestContext(req),
      patientId: e.patientId,
      action: 'lab_explanation.read',
      resourceType: 'Encounter',
      resourceId: id,
      outcome: 'success',
      detail: { count: rows.length },
    });
    return { explanations: rows.map(present) };
  });

  /** A doctor of the department with fresh authentication; 404 hidden, 403 not a doctor, 401 stale. */
  const assertApprover = async (req: FastifyRequest, encounterId: string, explanationId: string) => {
    const s = requireSession(req);
    const e = await loadEncounterFacts(deps.db, encounterId);
    const decision = e ? canApproveLabExplanation(s.principal, e) : 'hidden';
    if (!e || decision === 'hidden') throw notFound('visit');
    if (decision === 'forbidden') {
      await appendAudit(deps.db, deps.clock(), {
        ...requestContext(req),
        patientId: e.patientId,
        action: 'lab_explanation.approve',
        resourceType: 'LabExplanation',
        resourceId: explanationId,
        outcome: 'denied',
        detail: null,
      });
      throw forbidden('only a doctor of the department can approve an explanation for the patient');
    }
    if (deps.clock().getTime() - s.reauthAt.getTime() > FRESH_AUTH_MS)
      throw new YizhuError('reauth_required', 'confirm your password or one-time code before approving');
    return e;
  };

  app.post('/api/visits/:id/lab-explanations/:explanationId/approve', async (req) => {
    const { id, explanationId } = parse(approveParams, req.params);
    parse(approveBody, req.body);
    const e = await assertApprover(req, id, explanationId);
    const p = requirePrincipal(req);
    const now = deps.clock();
    const row = await deps.db.transaction().execute(async (trx) => {
      const r = await trx
        .updateTable('lab_explanations')
        .set({ status: 'approved', approved_by: p.userId, approved_at: now })
        .where('id', '=', explanationId)
        .where('encounter_id', '=', id)
        .where('status', '=', 'draft')
        .returning(COLUMNS)
        .executeTakeFirst();
      if (!r) {
        const exists = await trx
          .selectFrom('lab_explanations')
          .select('id')
          .where('id', '=', explanationId)
          .where('encounter_id', '=', id)
          .executeTakeFirst();
        throw exists
          ? new YizhuError('conflict', 'this explanation is already approved')
          : notFound('explanation');
      }
      await appendAudit(trx, now, {
        ...requestContext(req),
        patientId: e.patientId,
        action: 'lab_explanation.approve',
        resourceType: 'LabExplanation',
        resourceId: r.id,
        outcome: 'success',
        detail: null,
      });
      return r;
    });
    return { explanation: present(row) };
  });

  /** The patient's own approved explanations; drafts are never selected here. */
  app.get('/api/me/lab-explanations', async (req) => {
    const p = requirePrincipal(req);
    if (p.role !== 'patient' || !p.patientId) throw notFound('explanations');
    const rows = await deps.db
      .selectFrom('lab_explanations')
      .innerJoin('encounters', 'encounters.id', 'lab_explanations.encounter_id')
      .innerJoin('visit_sources', 'visit_sources.id', 'lab_explanations.source_id')
      .select([
        'lab_explanations.id',
        'lab_explanations.encounter_id',
        'lab_explanations.content',
        'lab_explanations.approved_at',
        'encounters.scheduled_at',
        'visit_sources.content as report',
      ])
      .where('lab_explanations.patient_id', '=', p.patientId)
      .where('encounters.org_id', '=', p.orgId)
      .where('lab_explanations.status', '=', 'approved')
      .orderBy('lab_explanations.approved_at', 'desc')
      .execute();
    await appendAudit(deps.db, deps.clock(), {
      ...requestContext(req),
      patientId: p.patientId,
      action: 'lab_explanation.read',
      resourceType: 'LabExplanation',
      resourceId: null,
      outcome: 'success',
      detail: { count: rows.length },
    });
    return {
      explanations: rows.map((r) => {
        const c = r.content as LabExplanationContent;
        return {
          id: r.id,
          visitId: r.encounter_id,
          visitDate: new Date(r.scheduled_at).toISOString(),
          approvedAt: new Date(r.approved_at!).toISOString(),
          // Only the text: how it was made (model, counts) is for staff.
          sentences: c.explanation.sentences.map((s) => ({ kind: s.kind, zh: s.zh, en: s.en })),
          // The report's results beside it, withholding what the explanation leaves to the doctor.
          results: patientLabResults(
            ((r.report as { observations?: LabObservation[] }).observations ?? []).filter(
              (o) => o && typeof o === 'object',
            ),
          ),
        };
      }),
    };
  });
}
