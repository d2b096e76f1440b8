import { createHash } from 'node:crypto';
import {
  CURRENT_PROTOCOL,
  addDays,
  ageOn,
  assessVisit,
  checkBloodPressure,
  invalid,
  isYizhuError,
  normaliseGlucose,
  type AdverseReaction,
  type ComplicationStatus,
  type FieldIssue,
  type IsoDate,
  type VisitAssessment,
  type VisitClassification,
} from '@yizhu/core';
import type { Transaction } from 'kysely';
import type { CheckinFlag } from '../db/followup-schema.ts';
import type { DB } from '../db/schema.ts';
import { ESCALATION_POLICY } from './escalation-policy.ts';
import { DEFAULT_MESSENGERS, type MessagingAdapter, type OutboundMessage } from './messaging.ts';
import { refreshControlStatus } from './refresh-control-status.ts';

export interface CheckinValues {
  measuredOn: IsoDate;
  clientTime?: string | undefined;
  bp?: { systolic: number; diastolic: number } | undefined;
  fastingGlucose?: { value: number; unit: 'mmol/L' | 'mg/dL' } | undefined;
  hba1cPercent?: number | undefined;
  weightKg?: number | undefined;
  heartRate?: number | undefined;
  symptoms: string[];
  adherence?: 'regular' | 'intermittent' | 'not_taking' | undefined;
  sideEffect?: { reported: boolean; text?: string | undefined } | undefined;
  /** The person re-checked a reading we called implausible and insists: kept, flagged, not used. */
  confirmImplausible?: boolean | undefined;
}

export interface FaceToFace {
  enrolmentId: string;
  recordedBy: string;
  adverseReaction: AdverseReaction;
  complication: ComplicationStatus;
}

export interface CheckinResult {
  status: 'recorded' | 'duplicate';
  checkinId: string;
  flags: CheckinFlag[];
  urgent: boolean;
  urgentReasons: { code: string; zh: string; en: string }[];
  assessment?: VisitAssessment;
}

// Plausibility limits (project conventions, as core check-measurements): outside → typo or unit slip.
const LIMITS = { hba1cPercent: [3, 20], weightKg: [20, 300], heartRate: [20, 250] } as const;

/**
 * Stores one check-in (patient link or face-to-face) with its flags, decides urgency with the
 * protocols, notifies the responsible doctor in the same transaction (so an urgent criterion reaches
 * the panel the moment it is saved), and for a face-to-face visit closes the task and plans the next.
 * Implausible readings are refused unless confirmed, and then kept flagged and out of any decision;
 * duplicates are answered as such, not stored twice; a future date is refused (clock skew).
 */
export async function recordCheckin(
  trx: Transaction<DB>,
  now: Date,
  today: IsoDate,
  who: { orgId: string; patientId: string; linkId?: string; faceToFace?: FaceToFace },
  v: CheckinValues,
  messengers: readonly MessagingAdapter[] = DEFAULT_MESSENGERS,
): Promise<CheckinResult> {
  const flags: CheckinFlag[] = [];
  const issues: FieldIssue[] = [];
  if (v.measuredOn > today) {
    throw invalid('measurement date is in the future; check the device clock', [
      { path: 'measuredOn', message: 'date is after today (clock skew?)' },
    ]);
  }
  if (v.measuredOn < addDays(today, -365)) {
    throw invalid('measurement date is more than a year ago', [
      { path: 'measuredOn', message: 'too old for a check-in' },
    ]);
  }
  if (v.clientTime) {
    const skewMin = Math.abs(new Date(v.clientTime).getTime() - now.getTime()) / 60_000;
    if (skewMin > ESCALATION_POLICY.clientSkewMinutes) flags.push({ code: 'client_clock_skew' });
  }
  let bpPlausible: boolean | null = null;
  if (v.bp) {
    const bpIssues = checkBloodPressure(v.bp);
    bpPlausible = bpIssues.length === 0;
    if (!bpPlausible) {
      issues.push(...bpIssues);
      flags.push({ code: 'implausible_bp', field: 'bp' });
    }
  }
  let glucoseMmol: number | null = null;
  if (v.fastingGlucose) {
    const g = normaliseGlucose(v.fastingGlucose);
    if (g.mmol !== undefined) glucoseMmol = g.mmol;
    else {
      issues.push(...g.issues);
      const unitSlip = g.issues.some((i) => i.message.includes('check the unit'));
      flags.push({
        code: unitSlip ? 'glucose_unit_suspect' : 'implausible_glucose',
        field: 'fastingGlucose',
      });
    }
  }
  const plausibleNumber = (key: keyof typeof LIMITS, value: number | undefined) => {
    if (value === undefined) return true;
    const [min, max] = LIMITS[key];
    if (value >= min && value <= max) return true;
    issues.push({ path: key, message: `${key} is implausible; re-measure or correct` });
    flags.push({ code: 'implausible', field: key });
    return false;
  };
  const hrOk = plausibleNumber('heartRate', v.heartRate);
  plausibleNumber('hba1cPercent', v.hba1cPercent);
  plausibleNumber('weightKg', v.weightKg);
  if (issues.length && !v.confirmImplausible) {
    throw invalid('some readings look implausible; check them (and the unit) or confirm', issues);
  }

  const content = {
    measuredOn: v.measuredOn,
    bp: v.bp ?? null,
    g: v.fastingGlucose ?? null,
    a1c: v.hba1cPercent ?? null,
    w: v.weightKg ?? null,
    hr: v.heartRate ?? null,
    s: [...v.symptoms].sort(),
    ad: v.adherence ?? null,
    se: v.sideEffect ?? null,
    f2f: who.faceToFace ? [who.faceToFace.adverseReaction, who.faceToFace.complication] : null,
  };
  const contentHash = createHash('sha256').update(JSON.stringify(content)).digest('hex');
  const twin = await trx
    .selectFrom('followup_checkins')
    .select('id')
    .where('patient_id', '=', who.patientId)
    .where('content_hash', '=', contentHash)
    .where('duplicate_of', 'is', null)
    .executeTakeFirst();
  if (twin) {
    return {
      status: 'duplicate',
      checkinId: twin.id,
      flags: [{ code: 'duplicate' }],
      urgent: false,
      urgentReasons: [],
    };
  }

  const patient = await trx
    .selectFrom('patients')
    .select(['birth_date', 'name'])
    .where('id', '=', who.patientId)
    .executeTakeFirstOrThrow();
  const enrolments = await trx
    .selectFrom('followup_enrolments')
    .selectAll()
    .where('patient_id', '=', who.patientId)
    .where('status', '=', 'active')
    .execute();
  const ageYears = ageOn(patient.birth_date, v.measuredOn);

  const urgentReasons = new Map<string, { code: string; zh: string; en: string }>();
  let faceAssessment: VisitAssessment | undefined;
  const urgentDoctors = new Set<string>();
  for (const e of enrolments) {
    const protocol = CURRENT_PROTOCOL[e.programme];
    const codes = new Set(protocol.urgent.dangerSymptoms.map((s) => s.code));
    const f2f = who.faceToFace?.enrolmentId === e.id ? who.faceToFace : undefined;
    const previous = (e.last_classification ?? 'none') as 'none' | VisitClassification;
    try {
      const a = assessVisit(protocol, {
        visitDate: v.measuredOn,
        ageYears,
        ...(v.bp && bpPlausible ? { bp: v.bp } : {}),
        ...(v.fastingGlucose && glucoseMmol !== null ? { fastingGlucose: v.fastingGlucose } : {}),
        ...(v.heartRate !== undefined && hrOk ? { heartRate: v.heartRate } : {}),
        dangerSymptoms: v.symptoms.filter((s) => codes.has(s)),
        previous,
        ...(f2f ? { adverseReaction: f2f.adverseReaction, complication: f2f.complication } : {}),
      });
      if (f2f) faceAssessment = a;
      if (a.action === 'urgent_referral') {
        urgentDoctors.add(e.doctor_id);
        for (const r of a.reasons)
          urgentReasons.set(r.code, { code: r.code, zh: r.label.zh, en: r.label.en });
      }
    } catch (err) {
      // A patient check-in lacks what a classification needs (ADR, complications): not urgent, and
      // not classified — only a face-to-face visit is classified.
      if (!isYizhuError(err) || err.code !== 'validation' || f2f) throw err;
    }
  }
  if (v.sideEffect?.reported) flags.push({ code: 'side_effect_reported' });
  if (v.adherence === 'not_taking') flags.push({ code: 'not_taking_medication' });
  const urgent = urgentReasons.size > 0;
  if (urgent) flags.push({ code: 'urgent_referral' });

  const row = await trx
    .insertInto('followup_checkins')
    .values({
      org_id: who.orgId,
      patient_id: who.patientId,
      source: who.faceToFace ? 'face_to_face' : 'patient_link',
      link_id: who.linkId ?? null,
      recorded_by: who.faceToFace?.recordedBy ?? null,
      enrolment_id: who.faceToFace?.enrolmentId ?? null,
      measured_on: v.measuredOn,
      submitted_at: now,
      client_time: v.clientTime ? new Date(v.clientTime) : null,
      systolic: v.bp?.systolic ?? null,
      diastolic: v.bp?.diastolic ?? null,
      heart_rate: v.heartRate ?? null,
      glucose_value: v.fastingGlucose?.value ?? null,
      glucose_unit: v.fastingGlucose?.unit ?? null,
      glucose_mmol: glucoseMmol,
      hba1c_percent: v.hba1cPercent ?? null,
      weight_kg: v.weightKg ?? null,
      symptoms: JSON.stringify(v.symptoms),
      adherence: v.adherence ?? null,
      side_effect: v.sideEffect ? JSON.stringify(v.sideEffect) : null,
      flags: JSON.stringify(flags),
      bp_plausible: bpPlausible,
      urgent,
      assessment: faceAssessment ? JSON.stringify(faceAssessment) : null,
      content_hash: contentHash,
      duplicate_of: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();

  if (who.faceToFace && faceAssessment) {
    await closeTaskAndPlanNext(trx, who.faceToFace, faceAssessment, v.measuredOn);
  }
  await refreshControlStatus(trx, today, { patientId: who.patientId });

  const messages: OutboundMessage[] = [];
  const reasonsZh = [...urgentReasons.values()].map((r) => r.zh).join('；');
  const reasonsEn = [...urgentReasons.values()].map((r) => r.en).join('; ');
  for (const doctorId of urgentDoctors) {
    messages.push({
      orgId: who.orgId,
      recipientId: doctorId,
      kind: 'followup.urgent',
      severity: 'urgent',
      patientId: who.patientId,
      checkinId: row.id,
      zh: `紧急转诊指征：${patient.name}（${reasonsZh}）。请立即联系。`,
      en: `Urgent referral criterion: ${patient.name} (${reasonsEn}). Contact now.`,
      dedupeKey: `urgent:${row.id}:${doctorId}`,
      at: now,
    });
  }
  if (!urgent && (v.sideEffect?.reported || v.adherence === 'not_taking')) {
    for (const doctorId of new Set(enrolments.map((e) => e.doctor_id))) {
      messages.push({
        orgId: who.orgId,
        recipientId: doctorId,
        kind: 'followup.attention',
        severity: 'warning',
        patientId: who.patientId,
        checkinId: row.id,
        zh: `${patient.name} 报告${v.sideEffect?.reported ? '药物不良反应' : '未服药'}，请关注。`,
        en: `${patient.name} reports ${v.sideEffect?.reported ? 'a side effect' : 'not taking medication'}.`,
        dedupeKey: `attention:${row.id}:${doctorId}`,
        at: now,
      });
    }
  }
  for (const m of messengers) await m.sendMany(trx, messages);
  return {
    status: 'recorded',
    checkinId: row.id,
    flags,
    urgent,
    urgentReasons: [...urgentReasons.values()],
    ...(faceAssessment ? { assessment: faceAssessment } : {}),
  };
}

async function closeTaskAndPlanNext(
  trx: Transaction<DB>,
  f: FaceToFace,
  a: VisitAssessment,
  visitDate: IsoDate,
): Promise<void> {
  await trx
    .updateTable('followup_tasks')
    .set({ state: 'done', completed_on: visitDate, completed_by: f.recordedBy })
    .where('enrolment_id', '=', f.enrolmentId)
    .where('state', 'in', ['upcoming', 'due', 'overdue'])
    .execute();
  await trx
    .insertInto('followup_tasks')
    .values({
      enrolment_id: f.enrolmentId,
      kind: a.nextContact.kind,
      scheduled_on: visitDate,
      due_date: a.nextContact.dueDate,
      state: 'upcoming',
    })
    .execute();
  await trx
    .updateTable('followup_enrolments')
    .set({ last_classification: a.classification })
    .where('id', '=', f.enrolmentId)
    .execute();
}
