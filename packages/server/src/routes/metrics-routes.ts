import { canManageUsers, forbidden, summariseModelUse, YizhuError } from '@yizhu/core';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { appendAudit } from '../audit/audit-log.ts';
import type { Deps } from '../deps.ts';
import { requestContext, requirePrincipal } from '../http/session-hook.ts';
import { fields, parse } from '../http/validate.ts';
import { aggregate, aggregateBy, type MetricRow } from '../metrics/aggregate-metrics.ts';
import { loadModelUse } from '../metrics/model-use-store.ts';
import { refreshVisitMetrics } from '../metrics/visit-metrics-store.ts';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const query = z.strictObject({
  from: day.optional(),
  to: day.optional(),
  department: fields.id.optional(),
  doctor: fields.id.optional(),
});
const DAY_MS = 86_400_000;
const MAX_DAYS = 366;

/**
 * Pilot metrics for the department director and the dean: aggregates of signed visits by day,
 * department and doctor, and how the optional language model was used over the same period
 * (`modelUse`: drafts, pre-consultations, lab explanations; filtered by the visit's department and
 * doctor). Administrators only, and aggregates only — no patient, no visit id.
 */
export function metricsRoutes(app: FastifyInstance, deps: Deps): void {
  app.get('/api/admin/metrics', async (req) => {
    const p = requirePrincipal(req);
    if (!canManageUsers(p)) throw forbidden('administrators only');
    const q = parse(query, req.query);
    const offsetMs = deps.config.utcOffsetMinutes * 60_000;
    const localDay = (d: Date) => new Date(d.getTime() + offsetMs).toISOString().slice(0, 10);
    const to = q.to ?? localDay(deps.clock());
    const from = q.from ?? localDay(new Date(Date.parse(`${to}T00:00:00Z`) - 29 * DAY_MS));
    const start = Date.parse(`${from}T00:00:00Z`) - offsetMs;
    const end = Date.parse(`${to}T00:00:00Z`) - offsetMs + DAY_MS;
    if (Number.isNaN(start) || Number.isNaN(end) || end <= start || end - start > MAX_DAYS * DAY_MS)
      throw new YizhuError('validation', 'date range is not valid', [
        { path: 'from', message: `from ≤ to, at most ${MAX_DAYS} days` },
      ]);

    await refreshVisitMetrics(deps.db, p.orgId);
    let qb = deps.db
      .selectFrom('visit_metrics')
      .selectAll()
      .where('org_id', '=', p.orgId)
      .where('signed_at', '>=', new Date(start))
      .where('signed_at', '<', new Date(end));
    if (q.department) qb = qb.where('department_id', '=', q.department);
    if (q.doctor) qb = qb.where('doctor_id', '=', q.doctor);
    const rows: MetricRow[] = (await qb.orderBy('signed_at').execute()).map((r) => ({
      date: localDay(new Date(r.signed_at)),
      departmentId: r.department_id,
      doctorId: r.doctor_id,
      timeToSignMs: Number(r.time_to_sign_ms),
      sectionsDrafted: r.sections_drafted,
      sectionsUnchanged: r.sections_unchanged,
      editDistance: r.edit_distance,
      draftChars: r.draft_chars,
      conflictsFound: r.conflicts_found,
      conflictsResolved: r.conflicts_resolved,
      conflictsUnresolved: r.conflicts_unresolved,
      qcScore: r.qc_score,
    }));

    const modelUse = summariseModelUse(
      await loadModelUse(deps.db, {
        orgId: p.orgId,
        start: new Date(start),
        end: new Date(end),
        department: q.department,
        doctor: q.doctor,
      }),
    );

    const departments = await deps.db
      .selectFrom('departments')
      .select(['id', 'name_zh', 'name_en'])
      .where('org_id', '=', p.orgId)
      .orderBy('code')
      .execute();
    const doctors = await deps.db
      .selectFrom('users')
      .select(['id', 'display_name', 'department_id'])
      .where('org_id', '=', p.orgId)
      .where('role', '=', 'doctor')
      .orderBy('username')
      .execute();
    await appendAudit(deps.db, deps.clock(), {
      ...requestContext(req),
      patientId: null,
      action: 'metrics.read',
      resourceType: 'VisitMetrics',
      resourceId: null,
      outcome: 'success',
      detail: { from, to, visits: rows.length },
    });
    return {
      from,
      to,
      filters: { department: q.department ?? null, doctor: q.doctor ?? null },
      departments: departments.map((d) => ({ id: d.id, nameZh: d.name_zh, nameEn: d.name_en })),
      doctors: doctors.map((d) => ({ id: d.id, displayName: d.display_name, departmentId: d.department_id })),
      totals: aggregate(rows),
      byDay: aggregateBy(rows, (r) => r.date).map(({ key, ...a }) => ({ date: key, ...a })),
      byDepartment: aggregateBy(rows, (r) => r.departmentId).map(({ key, ...a }) => ({
        departmentId: key,
        ...a,
      })),
      byDoctor: aggregateBy(rows, (r) => r.doctorId).map(({ key, ...a }) => ({ doctorId: key, ...a })),
      modelUse,
    };
  });
}
