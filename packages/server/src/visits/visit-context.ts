import type { Executor } from '../db/executor.ts';

/** Facts about the visit the composer needs: its local date, first vs follow-up, department name. */
export async function visitContext(db: Executor, encounterId: string, utcOffsetMinutes: number) {
  const e = await db
    .selectFrom('encounters as e')
    .innerJoin('departments as d', 'd.id', 'e.department_id')
    .innerJoin('patients as p', 'p.id', 'e.patient_id')
    .select(['e.patient_id', 'e.department_id', 'e.scheduled_at', 'd.name_zh', 'p.sex', 'p.birth_date'])
    .where('e.id', '=', encounterId)
    .executeTakeFirstOrThrow();
  const scheduled = new Date(e.scheduled_at);
  const visitDate = new Date(scheduled.getTime() + utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
  // A follow-up (复诊) when the patient was seen in the same department before this visit.
  const earlier = await db
    .selectFrom('encounters')
    .select('id')
    .where('patient_id', '=', e.patient_id)
    .where('department_id', '=', e.department_id)
    .where('scheduled_at', '<', scheduled)
    .where('status', '=', 'finished')
    .limit(1)
    .executeTakeFirst();
  return {
    visitDate,
    visitType: earlier ? ('followup' as const) : ('first' as const),
    department: e.name_zh,
    patient: { gender: e.sex, birthDate: e.birth_date },
  };
}
