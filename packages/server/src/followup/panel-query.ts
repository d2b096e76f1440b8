import {
  CURRENT_PROTOCOL,
  addDays,
  managementKpis,
  type IsoDate,
  type ManagementKpis,
  type PanelPatient,
  type Programme,
} from '@yizhu/core';
import { sql } from 'kysely';
import type { Executor } from '../db/executor.ts';

export type PanelFilter = 'all' | 'due_week' | 'overdue' | 'uncontrolled' | 'high_risk';

export interface PanelRow {
  enrolmentId: string;
  patient: { id: string; name: string; sex: string; birthDate: string };
  programme: Programme;
  controlStatus: string;
  lastClassification: string | null;
  task: {
    dueDate: string;
    kind: string;
    state: 'upcoming' | 'due' | 'overdue';
    escalationLevel: number;
  } | null;
  riskBand: string | null;
  doctorId: string;
}

/**
 * The family doctor's contracted residents. Due/overdue are computed from the due date against
 * today (not the nightly stored state), so the panel is right even before tonight's run.
 */
export async function listPanel(
  db: Executor,
  q: { doctorId: string; today: IsoDate; filter: PanelFilter; limit?: number },
): Promise<PanelRow[]> {
  const dueSoon = CURRENT_PROTOCOL.hypertension.schedule.dueSoonDays.value;
  const weekEnd = addDays(q.today, dueSoon);
  let query = db
    .selectFrom('followup_enrolments as e')
    .innerJoin('patients as p', 'p.id', 'e.patient_id')
    .leftJoin('followup_tasks as t', (j) =>
      j.onRef('t.enrolment_id', '=', 'e.id').on('t.state', 'in', ['upcoming', 'due', 'overdue']),
    )
    .leftJoin('followup_risk_inputs as r', 'r.patient_id', 'e.patient_id')
    .select([
      'e.id as enrolment_id',
      'e.programme',
      'e.control_status',
      'e.last_classification',
      'e.doctor_id',
      'p.id as patient_id',
      'p.name',
      'p.sex',
      'p.birth_date',
      't.due_date',
      't.kind',
      't.escalation_level',
      'r.china_par_band',
    ])
    .where('e.doctor_id', '=', q.doctorId)
    .where('e.status', '=', 'active');
  if (q.filter === 'overdue') query = query.where('t.due_date', '<', q.today);
  if (q.filter === 'due_week')
    query = query.where('t.due_date', '>=', q.today).where('t.due_date', '<=', weekEnd);
  if (q.filter === 'uncontrolled') query = query.where('e.control_status', '=', 'uncontrolled');
  if (q.filter === 'high_risk') query = query.where('r.china_par_band', '=', 'high');
  const rows = await query
    .orderBy(sql`t.due_date NULLS LAST`)
    .orderBy('p.name')
    .limit(q.limit ?? 500)
    .execute();
  return rows.map((r) => ({
    enrolmentId: r.enrolment_id,
    patient: { id: r.patient_id, name: r.name, sex: r.sex, birthDate: r.birth_date },
    programme: r.programme,
    controlStatus: r.control_status,
    lastClassification: r.last_classification,
    task: r.due_date
      ? {
          dueDate: r.due_date,
          kind: r.kind!,
          state: r.due_date < q.today ? 'overdue' : r.due_date <= weekEnd ? 'due' : 'upcoming',
          escalationLevel: r.escalation_level ?? 0,
        }
      : null,
    riskBand: r.china_par_band,
    doctorId: r.doctor_id,
  }));
}

export interface TrendPoint {
  date: string;
  value: number;
  source: 'patient_link' | 'face_to_face' | 'emr';
}

const LOINC = {
  sbp: '8480-6',
  dbp: '8462-4',
  bpPanel: '85354-9',
  fpg: '1558-6',
  a1c: '4548-4',
  weight: '29463-7',
};

/** Trend series (BP, fasting glucose in mmol/L, HbA1c, weight) from check-ins and the EMR; flagged readings apart. */
export async function patientTrend(db: Executor, patientId: string) {
  const checkins = await db
    .selectFrom('followup_checkins')
    .select([
      'id',
      'measured_on',
      'source',
      'systolic',
      'diastolic',
      'bp_plausible',
      'glucose_value',
      'glucose_unit',
      'glucose_mmol',
      'hba1c_percent',
      'weight_kg',
      'flags',
      'urgent',
      'symptoms',
      'adherence',
    ])
    .where('patient_id', '=', patientId)
    .where('duplicate_of', 'is', null)
    .orderBy('measured_on')
    .orderBy('submitted_at')
    .execute();
  const bp: { date: string; systolic: number; diastolic: number; source: TrendPoint['source'] }[] = [];
  const glucose: TrendPoint[] = [];
  const hba1c: TrendPoint[] = [];
  const weight: TrendPoint[] = [];
  for (const c of checkins) {
    const src = c.source;
    if (c.systolic !== null && c.diastolic !== null && c.bp_plausible)
      bp.push({ date: c.measured_on, systolic: c.systolic, diastolic: c.diastolic, source: src });
    if (c.glucose_mmol !== null) glucose.push({ date: c.measured_on, value: c.glucose_mmol, source: src });
    if (c.hba1c_percent !== null && !c.flags.some((f) => f.field === 'hba1cPercent'))
      hba1c.push({ date: c.measured_on, value: c.hba1c_percent, source: src });
    if (c.weight_kg !== null && !c.flags.some((f) => f.field === 'weightKg'))
      weight.push({ date: c.measured_on, value: c.weight_kg, source: src });
  }
  const emr = await db
    .selectFrom('emr_resources')
    .select('resource')
    .where('patient_id', '=', patientId)
    .where('resource_type', '=', 'Observation')
    .execute();
  for (const { resource } of emr) {
    const o = resource as {
      effectiveDateTime?: string;
      code?: { coding?: { code?: string }[] };
      valueQuantity?: { value?: number; unit?: string };
      component?: { code?: { coding?: { code?: string }[] }; valueQuantity?: { value?: number } }[];
    };
    const date = o.effectiveDateTime?.slice(0, 10);
    const code = o.code?.coding?.[0]?.code;
    if (!date || !code) continue;
    const v = o.valueQuantity?.value;
    if (code === LOINC.bpPanel) {
      const part = (c: string) =>
        o.component?.find((x) => x.code?.coding?.[0]?.code === c)?.valueQuantity?.value;
      const s = part(LOINC.sbp);
      const d = part(LOINC.dbp);
      if (typeof s === 'number' && typeof d === 'number')
        bp.push({ date, systolic: s, diastolic: d, source: 'emr' });
    } else if (code === LOINC.fpg && typeof v === 'number' && o.valueQuantity?.unit === 'mmol/L') {
      glucose.push({ date, value: v, source: 'emr' });
    } else if (code === LOINC.a1c && typeof v === 'number') hba1c.push({ date, value: v, source: 'emr' });
    else if (code === LOINC.weight && typeof v === 'number') weight.push({ date, value: v, source: 'emr' });
  }
  const byDate = <T extends { date: string }>(a: T[]) =>
    a.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  return {
    bp: byDate(bp),
    fastingGlucose: byDate(glucose),
    hba1c: byDate(hba1c),
    weight: byDate(weight),
    checkins: checkins.slice(-20).map((c) => ({
      id: c.id,
      measuredOn: c.measured_on,
      source: c.source,
      bp:
        c.systolic !== null && c.diastolic !== null ? { systolic: c.systolic, diastolic: c.diastolic } : null,
      glucose: c.glucose_value !== null ? { value: c.glucose_value, unit: c.glucose_unit } : null,
      flags: c.flags,
      urgent: c.urgent,
      symptoms: c.symptoms,
      adherence: c.adherence,
    })),
  };
}

export interface KpiRow {
  scope: 'doctor' | 'clinic';
  doctorId: string | null;
  doctorName: string | null;
  programme: Programme;
  kpis: ManagementKpis;
}

/**
 * 规范管理率 and 控制率 for the calendar year to date, per doctor of a department and for the whole
 * clinic, by core managementKpis (the formula lives there, not in SQL). Figures only, no names of
 * patients, so every doctor of the clinic may see the clinic line.
 */
export async function panelKpis(
  db: Executor,
  q: { orgId: string; departmentId: string; today: IsoDate },
): Promise<KpiRow[]> {
  const period = { from: `${q.today.slice(0, 4)}-01-01`, to: q.today };
  const enrolments = await db
    .selectFrom('followup_enrolments as e')
    .innerJoin('patients as p', 'p.id', 'e.patient_id')
    .innerJoin('users as u', 'u.id', 'e.doctor_id')
    .select([
      'e.patient_id',
      'e.programme',
      'e.doctor_id',
      'e.department_id',
      'e.enrolled_on',
      'e.exited_on',
      'e.status',
      'p.birth_date',
      'u.display_name',
    ])
    .where('e.org_id', '=', q.orgId)
    .where('e.status', '<>', 'review')
    .execute();
  const visits = await db
    .selectFrom('followup_checkins as c')
    .innerJoin('followup_enrolments as e', (j) => j.onRef('e.patient_id', '=', 'c.patient_id'))
    .select([
      'c.patient_id',
      'c.measured_on',
      'c.source',
      'c.systolic',
      'c.diastolic',
      'c.glucose_value',
      'c.glucose_unit',
    ])
    .distinct()
    .where('e.org_id', '=', q.orgId)
    .where('c.duplicate_of', 'is', null)
    .where('c.measured_on', '>=', period.from)
    .where('c.measured_on', '<=', period.to)
    .execute();
  const byPatient = new Map<string, PanelPatient['visits'][number][]>();
  for (const v of visits) {
    const list = byPatient.get(v.patient_id) ?? [];
    list.push({
      date: v.measured_on,
      faceToFace: v.source === 'face_to_face',
      ...(v.systolic !== null && v.diastolic !== null
        ? { bp: { systolic: v.systolic, diastolic: v.diastolic } }
        : {}),
      ...(v.glucose_value !== null && v.glucose_unit
        ? { fastingGlucose: { value: v.glucose_value, unit: v.glucose_unit } }
        : {}),
    });
    byPatient.set(v.patient_id, list);
  }
  const out: KpiRow[] = [];
  for (const programme of ['hypertension', 't2dm'] as const) {
    const protocol = CURRENT_PROTOCOL[programme];
    const mine = enrolments.filter((e) => e.programme === programme);
    const toPanel = (e: (typeof mine)[number]): PanelPatient => ({
      patientId: e.patient_id,
      birthDate: e.birth_date,
      enrolledOn: e.enrolled_on,
      ...(e.exited_on ? { exitedOn: e.exited_on } : {}),
      visits: byPatient.get(e.patient_id) ?? [],
    });
    const doctors = new Map<string, string>();
    for (const e of mine) if (e.department_id === q.departmentId) doctors.set(e.doctor_id, e.display_name);
    for (const [doctorId, name] of doctors) {
      out.push({
        scope: 'doctor',
        doctorId,
        doctorName: name,
        programme,
        kpis: managementKpis(protocol, mine.filter((e) => e.doctor_id === doctorId).map(toPanel), period),
      });
    }
    out.push({
      scope: 'clinic',
      doctorId: null,
      doctorName: null,
      programme,
      kpis: managementKpis(protocol, mine.map(toPanel), period),
    });
  }
  return out;
}
