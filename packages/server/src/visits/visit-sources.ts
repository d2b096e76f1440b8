import type { RawSource } from '@yizhu/core';
import type { Executor } from '../db/executor.ts';

/**
 * The patient's EMR history as one FHIR Bundle, so it goes through the same importer as a bundle a
 * hospital sends. Stored resources keep their own ids; the Patient resource makes references resolve.
 */
export async function emrHistoryBundle(db: Executor, patientId: string) {
  const patient = await db
    .selectFrom('patients')
    .select(['id', 'sex', 'birth_date'])
    .where('id', '=', patientId)
    .executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('emr_resources')
    .select(['id', 'resource'])
    .where('patient_id', '=', patientId)
    .orderBy('recorded_at')
    .execute();
  return {
    resourceType: 'Bundle',
    type: 'collection',
    entry: [
      {
        fullUrl: `Patient/${patient.id}`,
        resource: {
          resourceType: 'Patient',
          id: patient.id,
          gender: patient.sex,
          birthDate: patient.birth_date,
        },
      },
      ...rows.map((r) => {
        const resource = r.resource as Record<string, unknown>;
        return { fullUrl: `${String(resource.resourceType)}/${r.id}`, resource: { ...resource, id: r.id } };
      }),
    ],
  };
}

/** Every stored source of a visit, plus the EMR history, as raw inputs for core's draftVisit. */
export async function loadRawSources(
  db: Executor,
  encounterId: string,
  patientId: string,
): Promise<RawSource[]> {
  const rows = await db
    .selectFrom('visit_sources')
    .select(['id', 'kind', 'content'])
    .where('encounter_id', '=', encounterId)
    .orderBy('created_at')
    .execute();
  const out: RawSource[] = [];
  for (const r of rows) {
    const c = r.content as Record<string, unknown>;
    switch (r.kind) {
      case 'transcript':
        out.push({
          sourceId: r.id,
          kind: 'transcript',
          content: (c.turns as unknown[] | undefined) ?? String(c.text ?? ''),
        });
        break;
      case 'questionnaire':
        out.push({ sourceId: r.id, kind: 'questionnaire', content: c.questionnaireResponse ?? c });
        break;
      case 'lab_report':
        out.push({ sourceId: r.id, kind: 'lab_report', observations: (c.observations as never[]) ?? [] });
        break;
      case 'emr':
        out.push({ sourceId: r.id, kind: 'emr', bundle: c.bundle });
        break;
      case 'text':
        out.push({ sourceId: r.id, kind: 'text', content: String(c.text ?? '') });
        break;
      case 'followup':
        out.push({ sourceId: r.id, kind: 'followup', facts: (c.facts as never[]) ?? [] });
        break;
    }
  }
  out.push({
    sourceId: `emr-history:${patientId}`,
    kind: 'emr',
    bundle: await emrHistoryBundle(db, patientId),
  });
  return out;
}
