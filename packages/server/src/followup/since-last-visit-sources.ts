import {
  addDays,
  summariseSinceLastVisit,
  type Bilingual,
  type CheckIn,
  type IsoDate,
  type RawSource,
  type SummaryFlag,
} from '@yizhu/core';
import type { Executor } from '../db/executor.ts';
import { clinicDate } from './clinic-date.ts';

// Without an earlier visit on file, a year of check-ins is what "since last visit" can mean.
const NO_VISIT_LOOKBACK_DAYS = 365;

const FLAG_NOTE: Record<SummaryFlag['kind'], Bilingual> = {
  implausible: { zh: '读数不合理', en: 'implausible reading(s)' },
  duplicate: { zh: '重复提交', en: 'duplicate submission(s)' },
  future_dated: { zh: '日期晚于就诊日', en: 'dated after the visit' },
  invalid_date: { zh: '日期无效', en: 'invalid date(s)' },
  unknown_code: { zh: '无法识别的症状选项', en: 'unrecognised symptom option(s)' },
};

export interface FollowupSources {
  /** One `followup` source per check-in the summary cites, so every evidence id names a source. */
  sources: RawSource[];
  /** What the summary could not use, for the draft's notes (counts only, never values). */
  notes: Bilingual[];
  window: { after: IsoDate | null; through: IsoDate } | null;
}

/**
 * Closing the loop (issue 8): for a patient enrolled in follow-up, the check-ins since their last
 * finished visit (signing finishes a visit) up to this visit's date, summarised by core
 * `summariseSinceLastVisit` into facts with questionnaire evidence pointing at each check-in.
 * Duplicates the check-in route already recognised stay out; readings stored flagged as implausible
 * go in so the summary flags them for the doctor instead of dropping them silently.
 */
export async function loadFollowupSources(
  db: Executor,
  encounterId: string,
  patientId: string,
  visitDate: IsoDate,
  utcOffsetMinutes: number,
): Promise<FollowupSources> {
  const none: FollowupSources = { sources: [], notes: [], window: null };
  const enrolled = await db
    .selectFrom('followup_enrolments')
    .select('id')
    .where('patient_id', '=', patientId)
    .where('status', '<>', 'exited')
    .limit(1)
    .executeTakeFirst();
  if (!enrolled) return none;
  const current = await db
    .selectFrom('encounters')
    .select('scheduled_at')
    .where('id', '=', encounterId)
    .executeTakeFirstOrThrow();
  const last = await db
    .selectFrom('encounters')
    .select('scheduled_at')
    .where('patient_id', '=', patientId)
    .where('id', '<>', encounterId)
    .where('status', '=', 'finished')
    .where('scheduled_at', '<', current.scheduled_at)
    .orderBy('scheduled_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  const lastVisitDate = last ? clinicDate(new Date(last.scheduled_at), utcOffsetMinutes) : null;
  const after = lastVisitDate ?? addDays(visitDate, -NO_VISIT_LOOKBACK_DAYS);
  const rows = await db
    .selectFrom('followup_checkins')
    .selectAll()
    .where('patient_id', '=', patientId)
    .where('duplicate_of', 'is', null)
    .where('measured_on', '>', after)
    .where('measured_on', '<=', visitDate)
    .orderBy('measured_on')
    .orderBy('submitted_at')
    .execute();
  if (rows.length === 0) return none;
  const checkIns: CheckIn[] = rows.map((r) => ({
    id: r.id,
    date: r.measured_on,
    ...(r.systolic !== null && r.diastolic !== null
      ? { bp: { systolic: r.systolic, diastolic: r.diastolic } }
      : {}),
    ...(r.glucose_value !== null && r.glucose_unit !== null
      ? { fastingGlucose: { value: r.glucose_value, unit: r.glucose_unit } }
      : {}),
    ...(r.heart_rate !== null ? { heartRate: r.heart_rate } : {}),
    ...(r.weight_kg !== null ? { weightKg: r.weight_kg } : {}),
    ...(r.symptoms.length ? { symptoms: r.symptoms } : {}),
    ...(r.adherence ? { adherence: r.adherence } : {}),
    ...(r.side_effect ? { sideEffect: r.side_effect } : {}),
  }));
  const summary = summariseSinceLastVisit({ checkIns, lastVisitDate: after, asOf: visitDate });
  const byCheckIn = new Map<string, RawSource & { kind: 'followup' }>();
  for (const f of summary.facts) {
    const id = f.evidence[0]?.sourceId;
    if (!id) continue;
    const src = byCheckIn.get(id) ?? { sourceId: id, kind: 'followup' as const, facts: [] };
    byCheckIn.set(id, { ...src, facts: [...src.facts, f] });
  }
  const counts = new Map<SummaryFlag['kind'], number>();
  for (const f of summary.flags) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  const notes: Bilingual[] = [...counts].map(([kind, n]) => ({
    zh: `随访打卡中有${n}处${FLAG_NOTE[kind].zh}，未写入病历，请在随访面板核实。`,
    en: `${n} follow-up check-in item(s) not used (${FLAG_NOTE[kind].en}); check them in the follow-up panel.`,
  }));
  return { sources: [...byCheckIn.values()], notes, window: summary.window };
}
