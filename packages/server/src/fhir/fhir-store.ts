import {
  toAiProvenance,
  toFhirAuditEvent,
  toFhirComposition,
  toFhirEncounter,
  toFhirPatient,
  type FhirResource,
  type LabObservation,
} from '@yizhu/core';
import type { Executor } from '../db/executor.ts';
import type { FhirReach } from './fhir-reach.ts';
import {
  dateOnly,
  emrFhirResource,
  LAB_OBSERVATION_ID,
  labFhirObservation,
  loadSignedDocument,
} from './signed-document.ts';

/** The resource types /fhir serves; each loader narrows by the caller's reach before anything else. */
export const FHIR_TYPES = [
  'Patient',
  'Encounter',
  'Observation',
  'DiagnosticReport',
  'QuestionnaireResponse',
  'Composition',
  'DocumentReference',
  'Provenance',
  'AuditEvent',
] as const;
export type FhirType = (typeof FHIR_TYPES)[number];

export interface FhirQuery {
  ids?: string[];
  patientId?: string;
  encounterId?: string;
}
export interface FhirItem {
  resource: FhirResource;
  patientId: string;
}
export interface StoreContext {
  db: Executor;
  reach: FhirReach;
  baseUrl: string;
  now: Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids that can name a row (uuid columns reject anything else, so other ids never reach SQL). */
const uuidIds = (q: FhirQuery) => (q.ids ? q.ids.filter((i) => UUID.test(i)) : undefined);

/** Patients in reach, narrowed by the patient parameter; [] when none. */
function patientsInScope(reach: FhirReach, q: FhirQuery, from = reach.patientIds): string[] {
  return q.patientId ? from.filter((p) => p === q.patientId) : from;
}

async function visitsInReach(ctx: StoreContext, q: FhirQuery, ids?: string[]) {
  const { reach } = ctx;
  if (!reach.visits || (ids && ids.length === 0)) return [];
  let qb = ctx.db
    .selectFrom('encounters as e')
    .innerJoin('departments as d', 'd.id', 'e.department_id')
    .leftJoin('users as u', 'u.id', 'e.doctor_id')
    .select([
      'e.id',
      'e.patient_id',
      'e.doctor_id',
      'e.status',
      'e.scheduled_at',
      'e.reason',
      'd.name_zh',
      'd.name_en',
      'u.display_name as doctor_name',
    ])
    .where('e.org_id', '=', reach.orgId);
  qb =
    'departmentId' in reach.visits
      ? qb.where('e.department_id', '=', reach.visits.departmentId)
      : qb.where('e.patient_id', '=', reach.visits.patientId);
  if (q.patientId) qb = qb.where('e.patient_id', '=', q.patientId);
  if (q.encounterId) qb = qb.where('e.id', '=', q.encounterId);
  if (ids) qb = qb.where('e.id', 'in', ids);
  return qb.orderBy('e.scheduled_at').execute();
}

/** EMR history rows of one type for patients in reach (not tied to a Yizhu visit). */
async function emrItems(ctx: StoreContext, q: FhirQuery, type: string): Promise<FhirItem[]> {
  if (q.encounterId) return []; // imported history belongs to the patient, not to one of our visits
  const patients = patientsInScope(ctx.reach, q);
  const ids = uuidIds(q);
  if (patients.length === 0 || (ids && ids.length === 0)) return [];
  let qb = ctx.db
    .selectFrom('emr_resources')
    .select(['id', 'patient_id', 'resource'])
    .where('resource_type', '=', type)
    .where('patient_id', 'in', patients);
  if (ids) qb = qb.where('id', 'in', ids);
  const rows = await qb.orderBy('recorded_at').execute();
  return rows.map((r) => ({
    resource: emrFhirResource(r.id, r.resource, r.patient_id),
    patientId: r.patient_id,
  }));
}

/** Sources of visits in reach; lab readings only from signed visits (nothing machine-read leaves unsigned). */
async function sourcesInReach(
  ctx: StoreContext,
  q: FhirQuery,
  kind: 'questionnaire' | 'lab_report',
  sourceIds?: string[],
) {
  const visits = await visitsInReach(ctx, q);
  if (visits.length === 0 || (sourceIds && sourceIds.length === 0)) return [];
  let qb = ctx.db
    .selectFrom('visit_sources as s')
    .innerJoin('encounters as e', 'e.id', 's.encounter_id')
    .select(['s.id', 's.encounter_id', 'e.patient_id', 's.content', 's.media_type', 's.created_at'])
    .where('s.kind', '=', kind)
    .where(
      's.encounter_id',
      'in',
      visits.map((v) => v.id),
    );
  if (sourceIds) qb = qb.where('s.id', 'in', sourceIds);
  if (kind === 'lab_report')
    qb = qb.where((eb) =>
      eb.exists(
        eb.selectFrom('records as r').select('r.id').whereRef('r.encounter_id', '=', 's.encounter_id'),
      ),
    );
  return qb.orderBy('s.created_at').execute();
}

async function recordsInReach(ctx: StoreContext, q: FhirQuery) {
  const visits = await visitsInReach(ctx, q);
  const ids = uuidIds(q);
  if (visits.length === 0 || (ids && ids.length === 0)) return [];
  let qb = ctx.db
    .selectFrom('records as r')
    .innerJoin('encounters as e', 'e.id', 'r.encounter_id')
    .select(['r.id', 'e.patient_id'])
    .where(
      'r.encounter_id',
      'in',
      visits.map((v) => v.id),
    );
  if (ids) qb = qb.where('r.id', 'in', ids);
  return qb.orderBy('r.signed_at').orderBy('r.version').execute();
}

const iso = (d: Date | string) => new Date(d).toISOString();

type Loader = (ctx: StoreContext, q: FhirQuery) => Promise<FhirItem[]>;

const LOADERS: Record<FhirType, Loader> = {
  async Patient(ctx, q) {
    let patients = patientsInScope(ctx.reach, q);
    const ids = uuidIds(q);
    if (ids) patients = patients.filter((p) => ids.includes(p));
    if (patients.length === 0) return [];
    const rows = await ctx.db
      .selectFrom('patients')
      .select(['id', 'name', 'sex', 'birth_date', 'mrn'])
      .where('id', 'in', patients)
      .orderBy('mrn')
      .execute();
    return rows.map((r) => ({
      resource: toFhirPatient({
        id: r.id,
        name: r.name,
        sex: r.sex,
        birthDate: dateOnly(r.birth_date),
        mrn: r.mrn,
      }),
      patientId: r.id,
    }));
  },

  async Encounter(ctx, q) {
    const rows = await visitsInReach(ctx, q, uuidIds(q));
    return rows.map((e) => ({
      resource: toFhirEncounter({
        id: e.id,
        patientId: e.patient_id,
        doctorId: e.doctor_id,
        doctorName: e.doctor_name,
        status: e.status,
        scheduledAt: iso(e.scheduled_at),
        reason: e.reason,
        department: { zh: e.name_zh, en: e.name_en },
      }),
      patientId: e.patient_id,
    }));
  },

  async Observation(ctx, q) {
    const labIds = q.ids?.map((i) => LAB_OBSERVATION_ID.exec(i)).filter((m) => m !== null);
    const sourceIds = labIds?.map((m) => m[1]!);
    const sources = await sourcesInReach(ctx, q, 'lab_report', sourceIds);
    const labs: FhirItem[] = sources.flatMap((s) =>
      ((s.content as { observations?: LabObservation[] }).observations ?? []).map((o, i) => ({
        resource: labFhirObservation(o, s.id, i, s.patient_id, s.encounter_id),
        patientId: s.patient_id,
      })),
    );
    return [...(await emrItems(ctx, q, 'Observation')), ...labs];
  },

  async DiagnosticReport(ctx, q) {
    const sources = await sourcesInReach(ctx, q, 'lab_report', uuidIds(q));
    const labs: FhirItem[] = sources.map((s) => {
      const c = s.content as { observations?: LabObservation[]; meta?: { effective?: string } };
      const obs = c.observations ?? [];
      return {
        resource: {
          resourceType: 'DiagnosticReport',
          id: s.id,
          status: obs.some((o) => o.needsReview) ? 'preliminary' : 'final',
          category: [
            {
              coding: [
                {
                  system: 'http://terminology.hl7.org/CodeSystem/v2-0074',
                  code: 'LAB',
                  display: 'Laboratory',
                },
              ],
            },
          ],
          code: {
            coding: [{ system: 'http://loinc.org', code: '11502-2', display: 'Laboratory report' }],
            text: '检验报告',
          },
          subject: { reference: `Patient/${s.patient_id}` },
          encounter: { reference: `Encounter/${s.encounter_id}` },
          issued: iso(s.created_at),
          result: obs.map((_, i) => ({ reference: `Observation/${s.id}-${i}` })),
        },
        patientId: s.patient_id,
      };
    });
    return [...(await emrItems(ctx, q, 'DiagnosticReport')), ...labs];
  },

  async QuestionnaireResponse(ctx, q) {
    const sources = await sourcesInReach(ctx, q, 'questionnaire', uuidIds(q));
    const own: FhirItem[] = sources.map((s) => {
      const c = s.content as { questionnaireResponse?: Record<string, unknown> };
      const qr = c.questionnaireResponse ?? {};
      return {
        resource: {
          ...qr,
          resourceType: 'QuestionnaireResponse',
          id: s.id,
          status: typeof qr.status === 'string' ? qr.status : 'completed',
          subject: { reference: `Patient/${s.patient_id}` },
          encounter: { reference: `Encounter/${s.encounter_id}` },
          ...(qr.authored ? {} : { authored: iso(s.created_at) }),
        },
        patientId: s.patient_id,
      };
    });
    return [...(await emrItems(ctx, q, 'QuestionnaireResponse')), ...own];
  },

  async Composition(ctx, q) {
    return documents(ctx, q, (d) => toFhirComposition(d));
  },

  async Provenance(ctx, q) {
    return documents(ctx, q, (d) => toAiProvenance(d));
  },

  async DocumentReference(ctx, q) {
    const visits = await visitsInReach(ctx, q);
    const ids = uuidIds(q);
    const photos =
      visits.length === 0 || (ids && ids.length === 0)
        ? []
        : await (() => {
            let qb = ctx.db
              .selectFrom('visit_sources as s')
              .innerJoin('encounters as e', 'e.id', 's.encounter_id')
              .select(['s.id', 's.encounter_id', 'e.patient_id', 's.media_type', 's.created_at'])
              .where('s.media_type', 'is not', null)
              .where(
                's.encounter_id',
                'in',
                visits.map((v) => v.id),
              );
            if (ids) qb = qb.where('s.id', 'in', ids);
            return qb.orderBy('s.created_at').execute();
          })();
    const own: FhirItem[] = photos.map((s) => ({
      resource: {
        resourceType: 'DocumentReference',
        id: s.id,
        status: 'current',
        type: {
          coding: [{ system: 'http://loinc.org', code: '11502-2', display: 'Laboratory report' }],
          text: '检验报告照片',
        },
        subject: { reference: `Patient/${s.patient_id}` },
        date: iso(s.created_at),
        content: [
          {
            attachment: {
              contentType: s.media_type!,
              url: `/api/visits/${s.encounter_id}/sources/${s.id}/media`,
              title: 'lab report photo',
            },
          },
        ],
        context: { encounter: [{ reference: `Encounter/${s.encounter_id}` }] },
      },
      patientId: s.patient_id,
    }));
    return [...(await emrItems(ctx, q, 'DocumentReference')), ...own];
  },

  async AuditEvent(ctx, q) {
    const patients = patientsInScope(ctx.reach, q, ctx.reach.auditPatientIds);
    const seqs = q.ids?.filter((i) => /^\d{1,18}$/.test(i));
    if (patients.length === 0 || (seqs && seqs.length === 0)) return [];
    let qb = ctx.db
      .selectFrom('audit_events as a')
      .leftJoin('users as u', 'u.id', 'a.actor_id')
      .select([
        'a.seq',
        'a.at',
        'a.actor_id',
        'a.actor_role',
        'a.patient_id',
        'a.action',
        'a.resource_type',
        'a.resource_id',
        'a.outcome',
        'u.display_name',
      ])
      .where('a.patient_id', 'in', patients);
    if (seqs) qb = qb.where('a.seq', 'in', seqs.map(Number) as never);
    const rows = await qb.orderBy('a.seq').execute();
    return rows.map((a) => ({
      resource: toFhirAuditEvent({
        seq: String(a.seq),
        at: iso(a.at),
        actorId: a.actor_id,
        actorName: a.display_name,
        actorRole: a.actor_role,
        patientId: a.patient_id,
        action: a.action,
        resourceType: a.resource_type,
        resourceId: a.resource_id,
        outcome: a.outcome,
      }),
      patientId: a.patient_id!,
    }));
  },
};

async function documents(
  ctx: StoreContext,
  q: FhirQuery,
  map: (d: NonNullable<Awaited<ReturnType<typeof loadSignedDocument>>>) => FhirResource,
): Promise<FhirItem[]> {
  const rows = await recordsInReach(ctx, q);
  const out: FhirItem[] = [];
  for (const r of rows) {
    const d = await loadSignedDocument(ctx.db, r.id, {
      baseUrl: ctx.baseUrl,
      exportedAt: ctx.now.toISOString(),
    });
    if (d) out.push({ resource: map(d), patientId: r.patient_id });
  }
  return out;
}

/** Every resource of a type the caller may see, narrowed by the query (ids are matched exactly here). */
export async function loadFhir(ctx: StoreContext, type: FhirType, q: FhirQuery): Promise<FhirItem[]> {
  const items = await LOADERS[type](ctx, q);
  return q.ids ? items.filter((i) => q.ids!.includes(String(i.resource.id))) : items;
}
