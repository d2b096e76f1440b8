import { notFound } from '@yizhu/core';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { assertEncounterReadable, assertPatientReadable } from '../access/patient-access.ts';
import { appendAudit } from '../audit/audit-log.ts';
import type { Deps } from '../deps.ts';
import { requestContext, requirePrincipal } from '../http/session-hook.ts';
import { fields, parse } from '../http/validate.ts';
import { clinicDay } from './clinic-day.ts';
import { listVisits, type VisitListItem } from './visit-list.ts';

const idParams = z.strictObject({ id: fields.id });

export function clinicalRoutes(app: FastifyInstance, deps: Deps): void {
  /** One audit event per patient shown, so "who looked at my record" includes list views (AUD-03). */
  const auditList = async (
    ctx: ReturnType<typeof requestContext>,
    action: string,
    visits: VisitListItem[],
  ) => {
    const now = deps.clock();
    for (const patientId of new Set(visits.map((v) => v.patient.id))) {
      await appendAudit(deps.db, now, {
        ...ctx,
        patientId,
        action,
        resourceType: 'Encounter',
        resourceId: null,
        outcome: 'success',
        detail: null,
      });
    }
  };

  app.get('/api/visits/today', async (req) => {
    const p = requirePrincipal(req);
    if (p.role !== 'doctor' && p.role !== 'nurse') throw notFound('visits');
    const now = deps.clock();
    const day = clinicDay(now, deps.config.utcOffsetMinutes);
    const visits = await listVisits(deps.db, now, {
      ...(p.role === 'doctor' ? { doctorId: p.userId } : {}),
      departmentId: p.departmentId!,
      ...day,
    });
    await auditList(requestContext(req), 'visit.list', visits);
    return { visits };
  });

  app.get('/api/me/visits', async (req) => {
    const p = requirePrincipal(req);
    if (p.role !== 'patient' || !p.patientId) throw notFound('visits');
    const visits = await listVisits(deps.db, deps.clock(), { patientId: p.patientId });
    await auditList(requestContext(req), 'visit.list', visits);
    return { visits };
  });

  app.get('/api/patients/:id', async (req) => {
    const p = requirePrincipal(req);
    const { id } = parse(idParams, req.params);
    const ctx = requestContext(req);
    try {
      await assertPatientReadable(deps.db, p, id);
    } catch (err) {
      // A denied look is audited too, without naming a patient that may not exist.
      await appendAudit(deps.db, deps.clock(), {
        ...ctx,
        patientId: null,
        action: 'patient.read',
        resourceType: 'Patient',
        resourceId: id,
        outcome: 'denied',
        detail: null,
      });
      throw err;
    }
    const row = await deps.db
      .selectFrom('patients')
      .select(['id', 'name', 'sex', 'birth_date', 'mrn'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    await appendAudit(deps.db, deps.clock(), {
      ...ctx,
      patientId: id,
      action: 'patient.read',
      resourceType: 'Patient',
      resourceId: id,
      outcome: 'success',
      detail: null,
    });
    return { patient: { id: row.id, name: row.name, sex: row.sex, birthDate: row.birth_date, mrn: row.mrn } };
  });

  app.get('/api/visits/:id', async (req) => {
    const p = requirePrincipal(req);
    const { id } = parse(idParams, req.params);
    const facts = await assertEncounterReadable(deps.db, p, id);
    const [visit] = await listVisits(deps.db, deps.clock(), { patientId: facts.patientId }).then((vs) =>
      vs.filter((v) => v.id === id),
    );
    if (!visit) throw notFound('visit');
    await appendAudit(deps.db, deps.clock(), {
      ...requestContext(req),
      patientId: facts.patientId,
      action: 'visit.read',
      resourceType: 'Encounter',
      resourceId: id,
      outcome: 'success',
      detail: null,
    });
    return { visit };
  });
}
