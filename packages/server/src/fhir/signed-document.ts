import {
  citedObservations,
  toFhirObservation,
  type FhirResource,
  type LabObservation,
  type SignedDocumentInput,
  type SignedRecordContent,
  type VisitDraft,
} from '@yizhu/core';
import type { Executor } from '../db/executor.ts';

export const SOFTWARE = { name: 'Yizhu', version: '0.1.0' } as const;

/** A lab-report source's observations, each as FHIR with the id `<sourceId>-<index>`. */
export const labObservationId = (sourceId: string, index: number) => `${sourceId}-${index}`;
export const LAB_OBSERVATION_ID =
  /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})-(\d{1,4})$/i;

export function labFhirObservation(
  obs: LabObservation,
  sourceId: string,
  index: number,
  patientId: string,
  encounterId: string,
): FhirResource {
  return {
    ...toFhirObservation(obs, {
      id: labObservationId(sourceId, index),
      subject: { reference: `Patient/${patientId}` },
    }),
    encounter: { reference: `Encounter/${encounterId}` },
  };
}

/**
 * Everything the document mappers need for one signed record version: the record, its patient,
 * visit and signer, and the observations the signed draft cites (lab photos read by OCR; EMR rows).
 */
export async function loadSignedDocument(
  db: Executor,
  recordId: string,
  opts: { baseUrl: string; exportedAt: string },
): Promise<SignedDocumentInput | null> {
  const r = await db
    .selectFrom('records as r')
    .innerJoin('encounters as e', 'e.id', 'r.encounter_id')
    .innerJoin('patients as p', 'p.id', 'e.patient_id')
    .innerJoin('departments as d', 'd.id', 'e.department_id')
    .innerJoin('users as s', 's.id', 'r.signed_by')
    .leftJoin('users as doc', 'doc.id', 'e.doctor_id')
    .select([
      'r.id',
      'r.version',
      'r.content',
      'r.signed_at',
      'r.amendment_reason',
      'r.draft_id',
      'r.encounter_id',
      'e.patient_id',
      'e.doctor_id',
      'e.status',
      'e.scheduled_at',
      'e.reason',
      'd.name_zh',
      'd.name_en',
      'p.name',
      'p.sex',
      'p.birth_date',
      'p.mrn',
      's.display_name as signer_name',
      's.id as signer_id',
      'doc.display_name as doctor_name',
    ])
    .where('r.id', '=', recordId)
    .executeTakeFirst();
  if (!r) return null;
  const previous =
    r.version > 1
      ? await db
          .selectFrom('records')
          .select('id')
          .where('encounter_id', '=', r.encounter_id)
          .where('version', '=', r.version - 1)
          .executeTakeFirst()
      : undefined;
  const draftRow = r.draft_id
    ? await db.selectFrom('drafts').select('content').where('id', '=', r.draft_id).executeTakeFirst()
    : undefined;
  const draft = (draftRow?.content as { draft?: VisitDraft } | undefined)?.draft;
  const labRows = await db
    .selectFrom('visit_sources')
    .select(['id', 'content'])
    .where('encounter_id', '=', r.encounter_id)
    .where('kind', '=', 'lab_report')
    .orderBy('created_at')
    .execute();
  const labSources = labRows.map((s) => ({
    sourceId: s.id,
    observations: ((s.content as { observations?: LabObservation[] }).observations ?? []) as LabObservation[],
  }));
  const cited = draft ? citedObservations(draft.zh, labSources) : { labs: [], emr: [] };

  const observations: SignedDocumentInput['observations'] = cited.labs.map((c) => ({
    resource: labFhirObservation(
      labSources.find((s) => s.sourceId === c.sourceId)!.observations[c.index]!,
      c.sourceId,
      c.index,
      r.patient_id,
      r.encounter_id,
    ),
    aiRead: true,
    sections: c.sections,
  }));
  const emrIds = cited.emr
    .map((c) => c.reference.slice('Observation/'.length))
    .filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (emrIds.length) {
    const rows = await db
      .selectFrom('emr_resources')
      .select(['id', 'resource'])
      .where('patient_id', '=', r.patient_id)
      .where('resource_type', '=', 'Observation')
      .where('id', 'in', emrIds)
      .execute();
    for (const row of rows)
      observations.push({
        resource: emrFhirResource(row.id, row.resource, r.patient_id),
        aiRead: false,
        sections: cited.emr.find((c) => c.reference === `Observation/${row.id}`)!.sections,
      });
  }
  return {
    record: {
      id: r.id,
      version: r.version,
      signedAt: new Date(r.signed_at).toISOString(),
      content: r.content as SignedRecordContent,
      ...(previous ? { previousId: previous.id } : {}),
      amendmentReason: r.amendment_reason,
      draftId: r.draft_id,
    },
    patient: { id: r.patient_id, name: r.name, sex: r.sex, birthDate: dateOnly(r.birth_date), mrn: r.mrn },
    encounter: {
      id: r.encounter_id,
      patientId: r.patient_id,
      doctorId: r.doctor_id,
      doctorName: r.doctor_name,
      status: r.status,
      scheduledAt: new Date(r.scheduled_at).toISOString(),
      reason: r.reason,
      department: { zh: r.name_zh, en: r.name_en },
    },
    doctor: { id: r.signer_id, displayName: r.signer_name },
    observations,
    software: SOFTWARE,
    baseUrl: opts.baseUrl,
    exportedAt: opts.exportedAt,
  };
}

/** A stored EMR resource served under its row id, pointing at the Yizhu patient. */
export function emrFhirResource(
  id: string,
  resource: Record<string, unknown>,
  patientId: string,
): FhirResource {
  const out: FhirResource = { ...(resource as FhirResource), id };
  if ('subject' in resource) out.subject = { reference: `Patient/${patientId}` };
  if ('patient' in resource) out.patient = { reference: `Patient/${patientId}` };
  return out;
}

/** PostgreSQL `date` comes back as a Date from pg and as a string from PGlite. */
export const dateOnly = (d: unknown): string =>
  d instanceof Date
    ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
    : String(d).slice(0, 10);
