import type { SourceKind } from '../types/evidence.ts';
import type { FusedFact } from '../fusion/fusion-types.ts';
import { dayOf } from '../fusion/fact-keys.ts';
import type { VisitType } from './draft-types.ts';
import type { Statement } from './statement.ts';
import { composeChiefComplaint } from './compose-chief-complaint.ts';
import {
  durationText,
  enCap,
  enLower,
  flagArrow,
  joinNames,
  medicationText,
  nameWithSite,
  valueText,
} from './describe-fact.ts';

export interface StatementContext {
  visitType: VisitType;
  visitDate?: string;
  kindOf: (sourceId: string) => SourceKind | undefined;
  /** EMR results older than this many days before the visit are left to the EMR (default 365). */
  resultsWindowDays?: number;
  /** At most this many EMR results per test, newest first (default 1). */
  resultsPerTest?: number;
}

/**
 * Every statement the record can make from the fused facts. Placement follows who said what:
 * diagnosis and plan come only from the doctor's own words (or, at a follow-up, the EMR problem
 * list); measurements said in the room by the doctor are examination; the patient's are history.
 */
export function composeStatements(facts: readonly FusedFact[], ctx: StatementContext): Statement[] {
  const out: Statement[] = [];
  const saidBy = (f: FusedFact, who: 'doctor' | 'other') =>
    f.members.some((m) => {
      const k = m.evidence[0] ? ctx.kindOf(m.evidence[0].sourceId) : undefined;
      const visit = k === 'transcript' || k === 'questionnaire' || k === 'text';
      return visit && (who === 'doctor' ? m.speaker === 'doctor' : m.speaker !== 'doctor');
    });
  const inEmr = (f: FusedFact) => f.sourceKinds.includes('emr');
  const fromLab = (f: FusedFact) => f.sourceKinds.includes('lab_report');
  const doctorToday = (f: FusedFact) => saidBy(f, 'doctor');
  const by = (pred: (f: FusedFact) => boolean) => facts.filter(pred);

  const cc = composeChiefComplaint(by((f) => f.kind === 'symptom' && saidBy(f, 'other')));
  if (cc) out.push(cc);

  // 现病史: symptoms with onset and details, then what the patient measured, then pertinent negatives.
  for (const f of by((f) => f.kind === 'symptom' && f.status !== 'absent')) {
    const n = nameWithSite(f);
    const d = durationText(f.duration);
    const sev = severityText(f.severity);
    if (f.status === 'uncertain')
      out.push({
        section: 'hpi',
        zh: `可能有${n.zh}（不确定）。`,
        en: `The patient is unsure about ${n.en}.`,
        facts: [f],
      });
    else if (d)
      out.push({
        section: 'hpi',
        zh: `患者${d.zh}前出现${n.zh}${sev.zh}。`,
        en: `The patient reports ${n.en} for ${d.en}${sev.en}.`,
        facts: [f],
      });
    else
      out.push({
        section: 'hpi',
        zh: `患者有${n.zh}${sev.zh}。`,
        en: `The patient reports ${n.en}${sev.en}.`,
        facts: [f],
      });
  }
  for (const f of by(
    (f) => f.kind === 'vital' && f.value !== undefined && !doctorToday(f) && !inEmr(f) && !fromLab(f),
  )) {
    const v = valueText(f)!;
    out.push({
      section: 'hpi',
      zh: `自测${f.display.zh}${v.zh}。`,
      en: `Self-reported ${enLower(f.display.en)} ${v.en}.`,
      facts: [f],
    });
  }
  const negatives = by(
    (f) => (f.kind === 'symptom' || f.kind === 'finding') && f.status === 'absent' && !doctorToday(f),
  );
  if (negatives.length > 0) {
    const names = joinNames(negatives.map(nameWithSite));
    out.push({
      section: 'hpi',
      zh: `无${names.zh}。`,
      en: `The patient denies ${names.en}.`,
      facts: negatives,
    });
  }
  const positives = by((f) => f.kind === 'symptom' && f.status === 'present');
  if (positives.length > 0)
    out.push({
      section: 'ros',
      en: `Positive for ${joinNames(positives.map(nameWithSite)).en}.`,
      facts: positives,
    });
  if (negatives.length > 0)
    out.push({
      section: 'ros',
      en: `Negative for ${joinNames(negatives.map(nameWithSite)).en}.`,
      facts: negatives,
    });

  // 既往史: conditions not diagnosed today, procedures, current and stopped medicines.
  const diagnosedToday = (f: FusedFact) =>
    (f.kind === 'condition' || f.kind === 'diagnosis') &&
    doctorToday(f) &&
    (f.status === 'present' || f.status === 'uncertain');
  const followupDx = (f: FusedFact) =>
    ctx.visitType === 'followup' && f.kind === 'condition' && inEmr(f) && f.status === 'present';
  for (const f of by(
    (f) => (f.kind === 'condition' || f.kind === 'diagnosis') && !diagnosedToday(f) && !followupDx(f),
  )) {
    if (f.status === 'family')
      out.push({
        section: 'family',
        zh: `家族中有${f.display.zh}病史。`,
        en: `Family history of ${enLower(f.display.en)}.`,
        facts: [f],
      });
    else if (f.status === 'absent')
      out.push({
        section: 'past_history',
        zh: `否认${f.display.zh}病史。`,
        en: `Denies a history of ${enLower(f.display.en)}.`,
        facts: [f],
      });
    else if (f.status === 'uncertain')
      out.push({
        section: 'past_history',
        zh: `可能有${f.display.zh}病史（待确认）。`,
        en: `Possible history of ${enLower(f.display.en)} (to confirm).`,
        facts: [f],
      });
    else
      out.push({
        section: 'past_history',
        zh: `既往有${f.display.zh}病史。`,
        en: `Past medical history of ${enLower(f.display.en)}.`,
        facts: [f],
      });
  }
  for (const f of by((f) => f.kind === 'procedure' && !doctorToday(f))) {
    out.push({
      section: 'past_history',
      zh: `既往行${f.display.zh}。`,
      en: `Past ${enLower(f.display.en)}.`,
      facts: [f],
    });
  }
  const prescribed = (f: FusedFact) =>
    f.kind === 'medication' && doctorToday(f) && f.status === 'present' && !saidBy(f, 'other') && !inEmr(f);
  for (const f of by((f) => f.kind === 'medication' && !prescribed(f))) {
    const m = medicationText(f);
    if (f.status === 'absent')
      out.push({
        section: 'medications',
        zh: `未服用${f.display.zh}。`,
        en: `Not taking ${enLower(f.display.en)}.`,
        facts: [f],
      });
    else if (f.status === 'historical')
      out.push({
        section: 'medications',
        zh: `曾服用${f.display.zh}，已停用。`,
        en: `Previously took ${enLower(f.display.en)}, now stopped.`,
        facts: [f],
      });
    else
      out.push({
        section: 'medications',
        zh: `目前服用${m.zh}。`,
        en: `Currently takes ${m.en}.`,
        facts: [f],
      });
  }

  // 过敏史: specific allergies; a denial only when nothing specific is recorded.
  const allergies = by((f) => f.kind === 'allergy');
  for (const f of allergies.filter((f) => f.status !== 'absent')) {
    const reaction =
      typeof f.value === 'string' ? { zh: `（${f.value}）`, en: ` (${f.value})` } : { zh: '', en: '' };
    const unsure = f.status === 'uncertain' ? { zh: '可疑', en: 'possible ' } : { zh: '', en: '' };
    out.push({
      section: 'allergy',
      zh: `${unsure.zh}${f.display.zh}过敏${reaction.zh}。`,
      en: `${enCap(`${unsure.en}allergy to ${enLower(f.display.en)}`)}${reaction.en}.`,
      facts: [f],
    });
  }
  for (const f of allergies.filter((f) => f.status === 'absent')) {
    const generic = /过敏/.test(f.display.zh);
    out.push({
      section: 'allergy',
      zh: generic ? `否认${f.display.zh.replace(/史$/, '')}史。` : `否认${f.display.zh}过敏史。`,
      en: generic ? 'Denies drug allergies.' : `Denies allergy to ${enLower(f.display.en)}.`,
      facts: [f],
    });
  }

  // 个人史 / 家族史.
  for (const f of by((f) => f.kind === 'social')) {
    const v = valueText(f);
    if (f.status === 'absent')
      out.push({
        section: 'personal',
        zh: `否认${f.display.zh}史。`,
        en: `Denies ${enLower(f.display.en)}.`,
        facts: [f],
      });
    else
      out.push({
        section: 'personal',
        zh: `有${f.display.zh}史${v ? `，${v.zh}` : ''}。`,
        en: `${f.display.en}${v ? `, ${v.en}` : ''}.`,
        facts: [f],
      });
  }
  for (const f of by((f) => f.kind === 'family' || (f.kind !== 'condition' && f.status === 'family'))) {
    out.push({
      section: 'family',
      zh: `家族史：${f.display.zh}。`,
      en: `Family history: ${enLower(f.display.en)}.`,
      facts: [f],
    });
  }

  // 体格检查: vitals measured today and the doctor's findings.
  const today = (f: FusedFact) => !ctx.visitDate || !f.effective || dayOf(f.effective) === ctx.visitDate;
  for (const f of by(
    (f) =>
      f.kind === 'vital' &&
      f.value !== undefined &&
      (doctorToday(f) || (inEmr(f) && !!ctx.visitDate && today(f))),
  )) {
    const v = valueText(f)!;
    out.push({ section: 'exam', zh: `${f.display.zh}${v.zh}。`, en: `${f.display.en} ${v.en}.`, facts: [f] });
  }
  for (const f of by((f) => (f.kind === 'finding' || f.kind === 'symptom') && doctorToday(f) && !inEmr(f))) {
    const n = nameWithSite(f);
    const v = valueText(f);
    if (f.status === 'absent')
      out.push({ section: 'exam', zh: `未见${n.zh}。`, en: `No ${n.en}.`, facts: [f] });
    else if (f.kind === 'finding')
      out.push({
        section: 'exam',
        zh: `${n.zh}${v ? `：${v.zh}` : ''}。`,
        en: `${enCap(n.en)}${v ? `: ${v.en}` : ''}.`,
        facts: [f],
      });
  }

  out.push(...composeResults(facts, ctx, doctorToday));

  // 初步诊断 / 处理意见: only the doctor's words (or EMR problems at a follow-up).
  for (const f of by((f) => diagnosedToday(f) || followupDx(f))) {
    if (f.status === 'uncertain')
      out.push({
        section: 'diagnosis',
        zh: `${f.display.zh}？`,
        en: `Possible ${enLower(f.display.en)}.`,
        facts: [f],
      });
    else out.push({ section: 'diagnosis', zh: `${f.display.zh}。`, en: `${f.display.en}.`, facts: [f] });
  }
  for (const f of by(prescribed)) {
    const m = medicationText(f);
    out.push({ section: 'plan', zh: `${m.zh}。`, en: `${enCap(m.en)}.`, facts: [f] });
  }
  for (const f of by(
    (f) =>
      (f.kind === 'lab' && f.value === undefined && doctorToday(f)) ||
      (f.kind === 'procedure' && doctorToday(f)),
  )) {
    out.push({
      section: 'plan',
      zh: `完善${f.display.zh}。`,
      en: `Order ${enLower(f.display.en)}.`,
      facts: [f],
    });
  }
  for (const f of by((f) => f.kind === 'plan' && (doctorToday(f) || inEmr(f)))) {
    const v = valueText(f);
    out.push({
      section: 'plan',
      zh: `${f.display.zh}${v ? ` ${v.zh}` : ''}。`,
      en: `${enCap(f.display.en)}${v ? ` ${v.en}` : ''}.`,
      facts: [f],
    });
  }
  return out;
}

const DAY_MS = 86_400_000;

/** 辅助检查: every lab-report value; EMR results within the window, newest per test. */
function composeResults(
  facts: readonly FusedFact[],
  ctx: StatementContext,
  doctorToday: (f: FusedFact) => boolean,
): Statement[] {
  const out: Statement[] = [];
  const windowDays = ctx.resultsWindowDays ?? 365;
  const perTest = ctx.resultsPerTest ?? 1;
  const visit = ctx.visitDate ? Date.parse(ctx.visitDate) : undefined;
  const results = facts.filter(
    (f) =>
      (f.kind === 'lab' && f.value !== undefined) ||
      (f.kind === 'finding' && f.sourceKinds.includes('emr')) ||
      (f.kind === 'lab' && doctorToday(f) && f.value !== undefined),
  );
  const shownPerTest = new Map<string, number>();
  const sorted = [...results].sort((a, b) => (b.effective ?? '').localeCompare(a.effective ?? ''));
  for (const f of sorted) {
    const onlyEmr = f.sourceKinds.every((k) => k === 'emr');
    if (onlyEmr) {
      const t = f.effective ? Date.parse(f.effective) : NaN;
      if (visit !== undefined && (!Number.isFinite(t) || visit - t > windowDays * DAY_MS)) continue;
      const key = f.code ? `${f.code.system}|${f.code.code}` : f.display.zh;
      const n = shownPerTest.get(key) ?? 0;
      if (n >= perTest) continue;
      shownPerTest.set(key, n + 1);
    }
    const date = dayOf(f.effective);
    const v = valueText(f)!;
    const arrow = flagArrow(f);
    const review =
      f.status === 'uncertain'
        ? { zh: '（识别待核对）', en: ' (reading to be checked)' }
        : { zh: '', en: '' };
    const sep = f.kind === 'finding' ? { zh: '：', en: ': ' } : { zh: ' ', en: ' ' };
    out.push({
      section: 'results',
      zh: `${date ? `${date} ` : ''}${f.display.zh}${sep.zh}${v.zh}${arrow}${review.zh}。`,
      en: `${date ? `${date}: ` : ''}${f.display.en}${sep.en}${v.en}${arrow ? ` (${arrow === '↑' ? 'high' : 'low'})` : ''}${review.en}.`,
      facts: [f],
    });
  }
  return out;
}

// The extractor's severity words (analyze-segment: mild | moderate | severe) in each language.
const SEVERITY_ZH: Record<string, string> = { mild: '轻度', moderate: '中度', severe: '较重' };

function severityText(sev: string | undefined): { zh: string; en: string } {
  if (!sev) return { zh: '', en: '' };
  const zh = SEVERITY_ZH[sev];
  // An unknown word (from another source) is not shown in the Chinese text rather than shown raw.
  return { zh: zh ? `，程度${zh}` : '', en: `, ${sev}` };
}
