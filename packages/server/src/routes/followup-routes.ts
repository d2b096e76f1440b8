import {
  CURRENT_PROTOCOL,
  ageOn,
  enrolmentsForDiagnoses,
  notFound,
  YizhuError,
  type Principal,
} from '@yizhu/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { assertEncounterReadable, assertPatientReadable } from '../access/patient-access.ts';
import { appendAudit } from '../audit/audit-log.ts';
import type { Deps } from '../deps.ts';
import type { Executor } from '../db/executor.ts';
import { createCheckinLink, resolveCheckinLink } from '../followup/checkin-links.ts';
import { clinicDate } from '../followup/clinic-date.ts';
import { diagnosisCodesIn, enrolPatient } from '../followup/enrol-patient.ts';
import { inAppMessenger } from '../followup/messaging.ts';
import { listPanel, panelKpis, patientTrend } from '../followup/panel-query.ts';
import { recordCheckin } from '../followup/record-checkin.ts';
import { riskForPatient } from '../followup/risk-for-patient.ts';
import { requestContext, requirePrincipal } from '../http/session-hook.ts';
import { fields, parse } from '../http/validate.ts';
import {
  enrolBody,
  faceToFaceBody,
  fromRecordBody,
  panelQuery,
  publicCheckinBody,
  riskInputsBody,
  tokenBody,
  transferBody,
} from './followup-schemas.ts';

const idParams = z.strictObject({ id: fields.id });

const requireClinician = (req: FastifyRequest): Principal & { departmentId: string } => {
  const p = requirePrincipal(req);
  if ((p.role !== 'doctor' && p.role !== 'nurse') || !p.departmentId) throw notFound('resource');
  return p as Principal & { departmentId: string };
};

/** An enrolment is reachable by clinicians of its department who can read the patient; others get 404. */
async function loadEnrolment(db: Executor, p: Principal, id: string) {
  const e = await db.selectFrom('followup_enrolments').selectAll().where('id', '=', id).executeTakeFirst();
  if (!e || e.org_id !== p.orgId || e.department_id !== p.departmentId) throw notFound('enrolment');
  await assertPatientReadable(db, p, e.patient_id);
  return e;
}

/** Chronic-disease follow-up: enrolment, panel, KPIs, trends, risk, check-ins, notifications (issue 8). */
export function followupRoutes(app: FastifyInstance, deps: Deps): void {
  const today = () => clinicDate(deps.clock(), deps.config.utcOffsetMinutes);
  const audit = (
    db: Executor,
    req: FastifyRequest | null,
    e: {
      patientId: string | null;
      action: string;
      resourceType: string;
      resourceId: string | null;
      detail?: Record<string, unknown>;
    },
  ) =>
    appendAudit(db, deps.clock(), {
      ...(req
        ? requestContext(req)
        : { actorId: null, actorRole: 'patient-link', clientIp: null, requestId: null }),
      patientId: e.patientId,
      action: e.action,
      resourceType: e.resourceType,
      resourceId: e.resourceId,
      outcome: 'success',
      detail: e.detail ?? null,
    });

  app.post('/api/followup/enrolments', async (req) => {
    const p = requireClinician(req);
    if (p.role !== 'doctor') throw notFound('resource');
    const body = parse(enrolBody, req.body);
    await assertPatientReadable(deps.db, p, body.patientId);
    const enrolledOn = body.enrolledOn ?? today();
    if (enrolledOn > today())
      throw new YizhuError('validation', 'enrolment date is in the future', [
        { path: 'enrolledOn', message: 'after today' },
      ]);
    return deps.db.transaction().execute(async (trx) => {
      const r = await enrolPatient(trx, {
        orgId: p.orgId,
        patientId: body.patientId,
        programme: body.programme,
        doctorId: p.userId,
        departmentId: p.departmentId,
        enrolledOn,
        source: 'doctor',
        enrolledBy: p.userId,
        status: 'active',
      });
      await audit(trx, req, {
        patientId: body.patientId,
        action: 'followup.enrol',
        resourceType: 'FollowupEnrolment',
        resourceId: r.id,
        detail: { programme: body.programme, source: 'doctor' },
      });
      return { enrolment: { id: r.id, programme: body.programme, status: 'active' } };
    });
  });

  app.post('/api/followup/enrolments/from-record', async (req) => {
    const p = requireClinician(req);
    if (p.role !== 'doctor') throw notFound('resource');
    const { recordId } = parse(fromRecordBody, req.body);
    const record = await deps.db
      .selectFrom('records')
      .select(['id', 'encounter_id', 'content', 'signed_by', 'signed_at'])
      .where('id', '=', recordId)
      .executeTakeFirst();
    if (!record) throw notFound('record');
    const enc = await assertEncounterReadable(deps.db, p, record.encounter_id);
    const patient = await deps.db
      .selectFrom('patients')
      .select('birth_date')
      .where('id', '=', enc.patientId)
      .executeTakeFirstOrThrow();
    const signedOn = clinicDate(new Date(record.signed_at), deps.config.utcOffsetMinutes);
    const proposals = enrolmentsForDiagnoses(diagnosisCodesIn(record.content), {
      ageYears: ageOn(patient.birth_date, signedOn),
    });
    return deps.db.transaction().execute(async (trx) => {
      const out: { programme: string; status: string; id: string | null; already?: boolean }[] = [];
      for (const pr of proposals) {
        const status = pr.match === 'direct' ? 'active' : 'review';
        try {
          const r = await enrolPatient(trx, {
            orgId: p.orgId,
            patientId: enc.patientId,
            programme: pr.programme,
            doctorId: record.signed_by,
            departmentId: enc.departmentId,
            enrolledOn: signedOn,
            source: 'record',
            recordId: record.id,
            diagnosisCode: pr.code,
            enrolledBy: p.userId,
            status,
          });
          out.push({ programme: pr.programme, status, id: r.id });
          await audit(trx, req, {
            patientId: enc.patientId,
            action: 'followup.enrol',
            resourceType: 'FollowupEnrolment',
            resourceId: r.id,
            detail: { programme: pr.programme, source: 'record', status },
          });
        } catch (err) {
          if (!(err instanceof YizhuError) || err.code !== 'conflict') throw err;
          out.push({ programme: pr.programme, status: 'active', id: null, already: true });
        }
      }
      return { enrolments: out };
    });
  });

  app.post('/api/followup/enrolments/:id/transfer', async (req) => {
    const p = requireClinician(req);
    if (p.role !== 'doctor') throw notFound('resource');
    const { id } = parse(idParams, req.params);
    const { doctorId } = parse(transferBody, req.body);
    const e = await loadEnrolment(deps.db, p, id);
    const target = await deps.db
      .selectFrom('users')
      .select(['id', 'department_id', 'org_id', 'role', 'disabled_at'])
      .where('id', '=', doctorId)
      .executeTakeFirst();
    if (
      !target ||
      target.org_id !== p.orgId ||
      target.role !== 'doctor' ||
      target.disabled_at ||
      !target.department_id
    ) {
      throw new YizhuError('validation', 'target is not an active doctor of this clinic', [
        { path: 'doctorId', message: 'unknown doctor' },
      ]);
    }
    if (target.id === e.doctor_id)
      throw new YizhuError('conflict', 'the patient is already with this doctor');
    return deps.db.transaction().execute(async (trx) => {
      // Tasks and check-ins stay with the enrolment: moving doctors loses nothing.
      await trx
        .updateTable('followup_enrolments')
        .set({ doctor_id: target.id, department_id: target.department_id! })
        .where('id', '=', id)
        .execute();
      await inAppMessenger.sendMany(trx, [
        {
          orgId: p.orgId,
          recipientId: target.id,
          kind: 'followup.transfer',
          severity: 'info',
          patientId: e.patient_id,
          zh: '一位签约居民已转入您的随访名单。',
          en: 'A contracted resident was transferred to your follow-up panel.',
          at: deps.clock(),
        },
      ]);
      await audit(trx, req, {
        patientId: e.patient_id,
        action: 'followup.transfer',
        resourceType: 'FollowupEnrolment',
        resourceId: id,
        detail: { fromDoctor: e.doctor_id, toDoctor: target.id },
      });
      return { enrolment: { id, doctorId: target.id } };
    });
  });

  app.post('/api/followup/enrolments/:id/visits', async (req) => {
    const p = requireClinician(req);
    const { id } = parse(idParams, req.params);
    const body = parse(faceToFaceBody, req.body);
    const e = await loadEnrolment(deps.db, p, id);
    if (e.status !== 'active') throw new YizhuError('conflict', 'enrolment is not active');
    const { adverseReaction, complication, ...values } = body;
    return deps.db.transaction().execute(async (trx) => {
      const r = await recordCheckin(
        trx,
        deps.clock(),
        today(),
        {
          orgId: e.org_id,
          patientId: e.patient_id,
          faceToFace: { enrolmentId: e.id, recordedBy: p.userId, adverseReaction, complication },
        },
        values,
      );
      await audit(trx, req, {
        patientId: e.patient_id,
        action: 'followup.visit',
        resourceType: 'FollowupCheckin',
        resourceId: r.checkinId,
        detail: { status: r.status, urgent: r.urgent },
      });
      return r;
    });
  });

  app.get('/api/followup/panel', async (req) => {
    const p = requireClinician(req);
    if (p.role !== 'doctor') throw notFound('resource');
    const { filter } = parse(panelQuery, req.query);
    const rows = await listPanel(deps.db, { doctorId: p.userId, today: today(), filter });
    for (const patientId of new Set(rows.map((r) => r.patient.id)))
      await audit(deps.db, req, {
        patientId,
        action: 'followup.panel.list',
        resourceType: 'FollowupEnrolment',
        resourceId: null,
      });
    return { today: today(), filter, rows };
  });

  app.get('/api/followup/kpis', async (req) => {
    const p = requireClinician(req);
    const rows = await panelKpis(deps.db, { orgId: p.orgId, departmentId: p.departmentId, today: today() });
    // Counts and rates only: drill-down lists name patients and stay in the panel filters.
    return {
      kpis: rows.map((r) => ({
        scope: r.scope,
        doctorId: r.doctorId,
        doctorName: r.doctorName,
        programme: r.programme,
        period: r.kpis.period,
        protocol: r.kpis.protocol,
        managed: r.kpis.managed,
        standardManaged: r.kpis.standardManaged,
        standardManagementRate: r.kpis.standardManagementRate,
        controlled: r.kpis.controlled,
        controlRate: r.kpis.controlRate,
      })),
    };
  });

  app.get('/api/followup/patients/:id', async (req) => {
    const p = requirePrincipal(req);
    const { id } = parse(idParams, req.params);
    await assertPatientReadable(deps.db, p, id);
    const patient = await deps.db
      .selectFrom('patients')
      .select(['id', 'name', 'sex', 'birth_date'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const enrolments = await deps.db
      .selectFrom('followup_enrolments as e')
      .leftJoin('followup_tasks as t', (j) =>
        j.onRef('t.enrolment_id', '=', 'e.id').on('t.state', 'in', ['upcoming', 'due', 'overdue']),
      )
      .innerJoin('users as u', 'u.id', 'e.doctor_id')
      .select([
        'e.id',
        'e.programme',
        'e.status',
        'e.enrolled_on',
        'e.control_status',
        'e.last_classification',
        'u.display_name',
        't.due_date',
        't.kind',
        't.escalation_level',
      ])
      .where('e.patient_id', '=', id)
      .where('e.status', '<>', 'exited')
      .execute();
    const trend = await patientTrend(deps.db, id);
    const risk = await riskForPatient(deps.db, id, today());
    await audit(deps.db, req, {
      patientId: id,
      action: 'followup.patient.read',
      resourceType: 'Patient',
      resourceId: id,
    });
    return {
      patient: { id: patient.id, name: patient.name, sex: patient.sex, birthDate: patient.birth_date },
      enrolments: enrolments.map((e) => ({
        id: e.id,
        programme: e.programme,
        status: e.status,
        enrolledOn: e.enrolled_on,
        controlStatus: e.control_status,
        lastClassification: e.last_classification,
        doctorName: e.display_name,
        task: e.due_date ? { dueDate: e.due_date, kind: e.kind, escalationLevel: e.escalation_level } : null,
      })),
      trend,
      risk,
    };
  });

  app.put('/api/followup/patients/:id/risk-inputs', async (req) => {
    const p = requireClinician(req);
    const { id } = parse(idParams, req.params);
    const inputs = parse(riskInputsBody, req.body);
    await assertPatientReadable(deps.db, p, id);
    return deps.db.transaction().execute(async (trx) => {
      const now = deps.clock();
      const row = {
        inputs: JSON.stringify(inputs),
        china_par_band: null,
        updated_by: p.userId,
        updated_at: now,
      };
      await trx
        .insertInto('followup_risk_inputs')
        .values({ patient_id: id, ...row })
        .onConflict((oc) => oc.column('patient_id').doUpdateSet(row))
        .execute();
      const risk = await riskForPatient(trx, id, today());
      const band = risk.chinaPar.computed ? risk.chinaPar.band : null;
      await trx
        .updateTable('followup_risk_inputs')
        .set({ china_par_band: band })
        .where('patient_id', '=', id)
        .execute();
      await audit(trx, req, {
        patientId: id,
        action: 'followup.risk.update',
        resourceType: 'RiskAssessment',
        resourceId: id,
      });
      return { risk };
    });
  });

  app.post('/api/followup/patients/:id/checkin-links', async (req) => {
    const p = requirePrincipal(req);
    const { id } = parse(idParams, req.params);
    if (p.role === 'admin') throw notFound('patient');
    await assertPatientReadable(deps.db, p, id);
    const live = await deps.db
      .selectFrom('followup_enrolments')
      .select('id')
      .where('patient_id', '=', id)
      .where('status', '=', 'active')
      .executeTakeFirst();
    if (!live) throw new YizhuError('conflict', 'patient is not enrolled in a follow-up programme');
    return deps.db.transaction().execute(async (trx) => {
      const link = await createCheckinLink(trx, deps.clock(), id, p.userId);
      await audit(trx, req, {
        patientId: id,
        action: 'followup.link.create',
        resourceType: 'CheckinLink',
        resourceId: null,
      });
      return { path: link.path, token: link.token, expiresAt: link.expiresAt.toISOString() };
    });
  });

  app.get('/api/notifications', async (req) => {
    const p = requirePrincipal(req);
    const rows = await deps.db
      .selectFrom('notifications')
      .select(['id', 'kind', 'severity', 'patient_id', 'message_zh', 'message_en', 'created_at', 'read_at'])
      .where('recipient_id', '=', p.userId)
      .orderBy('created_at', 'desc')
      .limit(50)
      .execute();
    return {
      notifications: rows.map((n) => ({
        id: n.id,
        kind: n.kind,
        severity: n.severity,
        patientId: n.patient_id,
        zh: n.message_zh,
        en: n.message_en,
        createdAt: new Date(n.created_at).toISOString(),
        read: n.read_at !== null,
      })),
    };
  });

  app.post('/api/notifications/:id/read', async (req, reply) => {
    const p = requirePrincipal(req);
    const { id } = parse(idParams, req.params);
    const r = await deps.db
      .updateTable('notifications')
      .set({ read_at: deps.clock() })
      .where('id', '=', id)
      .where('recipient_id', '=', p.userId)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) throw notFound('notification');
    return reply.code(204).send();
  });

  // Public check-in by capability link: no session; the token is the authority and goes in the body.
  app.post('/api/checkin/form', async (req) => {
    const { token } = parse(tokenBody, req.body);
    const link = await resolveCheckinLink(deps.db, deps.clock(), token);
    const programmes = await deps.db
      .selectFrom('followup_enrolments')
      .select('programme')
      .where('patient_id', '=', link.patientId)
      .where('status', '=', 'active')
      .execute();
    const symptoms = new Map<string, { code: string; zh: string; en: string }>();
    for (const { programme } of programmes)
      for (const s of CURRENT_PROTOCOL[programme].urgent.dangerSymptoms)
        if (s.code !== 'site_cannot_manage')
          symptoms.set(s.code, { code: s.code, zh: s.label.zh, en: s.label.en });
    return {
      today: today(),
      programmes: programmes.map((x) => x.programme),
      symptoms: [...symptoms.values()],
    };
  });

  app.post('/api/checkin', async (req) => {
    const { token, ...values } = parse(publicCheckinBody, req.body);
    const link = await resolveCheckinLink(deps.db, deps.clock(), token);
    return deps.db.transaction().execute(async (trx) => {
      const r = await recordCheckin(
        trx,
        deps.clock(),
        today(),
        { orgId: link.orgId, patientId: link.patientId, linkId: link.linkId },
        values,
      );
      await trx
        .updateTable('followup_checkin_links')
        .set((eb) => ({ uses: eb('uses', '+', 1), last_used_at: deps.clock() }))
        .where('id', '=', link.linkId)
        .execute();
      await audit(trx, null, {
        patientId: link.patientId,
        action: 'followup.checkin',
        resourceType: 'FollowupCheckin',
        resourceId: r.checkinId,
        detail: { status: r.status, urgent: r.urgent, flags: r.flags.map((f) => f.code) },
      });
      // The patient sees what happened to the submission, not the clinical decision details.
      return { status: r.status, urgent: r.urgent, flags: r.flags.map((f) => f.code) };
    });
  });
}
