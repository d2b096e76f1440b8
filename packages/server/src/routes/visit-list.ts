import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

export interface VisitListItem {
  id: string;
  scheduledAt: string;
  status: string;
  reason: string | null;
  patient: { id: string; name: string; sex: string; age: number };
  doctor: { id: string; displayName: string } | null;
  department: { id: string; nameZh: string; nameEn: string };
}

export function ageOn(birthDate: string, on: Date): number {
  const birth = new Date(`${birthDate}T00:00:00Z`);
  let age = on.getUTCFullYear() - birth.getUTCFullYear();
  const m = on.getUTCMonth() - birth.getUTCMonth();
  if (m < 0 || (m === 0 && on.getUTCDate() < birth.getUTCDate())) age--;
  return age;
}

/** The visit list query, narrowed by the caller (doctor, department, or patient) — never unfiltered. */
export async function listVisits(
  db: Kysely<DB>,
  now: Date,
  filter: { doctorId?: string; departmentId?: string; patientId?: string; from?: Date; to?: Date },
): Promise<VisitListItem[]> {
  let q = db
    .selectFrom('encounters as e')
    .innerJoin('patients as p', 'p.id', 'e.patient_id')
    .innerJoin('departments as d', 'd.id', 'e.department_id')
    .leftJoin('users as u', 'u.id', 'e.doctor_id')
    .select([
      'e.id',
      'e.scheduled_at',
      'e.status',
      'e.reason',
      'p.id as patient_id',
      'p.name as patient_name',
      'p.sex',
      'p.birth_date',
      'u.id as doctor_id',
      'u.display_name as doctor_name',
      'd.id as dept_id',
      'd.name_zh',
      'd.name_en',
    ]);
  if (filter.doctorId) q = q.where('e.doctor_id', '=', filter.doctorId);
  if (filter.departmentId) q = q.where('e.department_id', '=', filter.departmentId);
  if (filter.patientId) q = q.where('e.patient_id', '=', filter.patientId);
  if (filter.from) q = q.where('e.scheduled_at', '>=', filter.from);
  if (filter.to) q = q.where('e.scheduled_at', '<', filter.to);
  const rows = await q
    .orderBy(sql`e.scheduled_at`, filter.patientId ? 'desc' : 'asc')
    .limit(500)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    scheduledAt: new Date(r.scheduled_at).toISOString(),
    status: r.status,
    reason: r.reason,
    patient: { id: r.patient_id, name: r.patient_name, sex: r.sex, age: ageOn(r.birth_date, now) },
    doctor: r.doctor_id ? { id: r.doctor_id, displayName: r.doctor_name ?? '' } : null,
    department: { id: r.dept_id, nameZh: r.name_zh, nameEn: r.name_en },
  }));
}
