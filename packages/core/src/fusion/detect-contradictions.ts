import type { Bilingual, Evidence } from '../types/evidence.ts';
import { hasCjk } from '../terminology/normalize.ts';
import type { Contradiction, ContradictionSide, ContradictionType } from './fusion-types.ts';
import { SOURCE_LABEL } from './fusion-types.ts';
import { CONTRADICTION_TEXT, fillTemplate } from './contradiction-text.data.ts';
import { dayOf, durationDays, isGenericAllergy, kindFamily, sameValue } from './fact-keys.ts';
import { describeFact } from './format-fact.ts';
import { isImplausibleVital } from './detect-implausible-vitals.ts';
import type { Sourced } from './merge-group.ts';

export interface DetectContext {
  emrGiven: boolean;
  /** A dialogue or questionnaire was given, so "not mentioned" means something. */
  visitGiven: boolean;
  visitDate?: string | undefined;
}

const fromVisit = (s: Sourced) => s.kind === 'transcript' || s.kind === 'questionnaire' || s.kind === 'text';
// Values measured (EMR, lab report, read out by the doctor), as opposed to what the patient recalls.
const measured = (s: Sourced) => s.kind === 'emr' || s.kind === 'lab_report' || s.fact.speaker === 'doctor';

/**
 * Cross-check the sources. `groups` holds, per concept, the subgroups the fusion step made
 * (positive / absent / family, or per day+value for measures).
 */
export function detectContradictions(groups: readonly Sourced[][][], ctx: DetectContext): Contradiction[] {
  const out: Contradiction[] = [];
  const add = (type: ContradictionType, name: Bilingual, sides: Sourced[]) =>
    out.push(build(type, name, sides, out.length + 1));
  const genericDenials: Sourced[] = [];
  const positiveAllergies: Sourced[][] = [];

  for (const subs of groups) {
    const first = subs[0]![0]!.fact;
    const family = kindFamily(first.kind);
    const positive = subs.find((s) =>
      s.some((m) => m.fact.status !== 'absent' && m.fact.status !== 'family'),
    );
    const absent = subs.find((s) => s.every((m) => m.fact.status === 'absent'));
    const name = (positive ?? absent ?? subs[0]!)[0]!.fact.display;

    for (const s of subs.flat())
      if (isImplausibleVital(s.fact)) add('implausible_vital', s.fact.display, [s]);

    if (family === 'measure') {
      checkMeasures(subs, add);
      continue;
    }
    if (family === 'allergy') {
      for (const s of absent ?? []) if (isGenericAllergy(s.fact)) genericDenials.push(s);
      if (positive && !positive.every((m) => isGenericAllergy(m.fact))) positiveAllergies.push(positive);
    }
    if (positive && absent) {
      const p = positive.find((m) => !absent.some((a) => a.sourceId === m.sourceId));
      const a = absent.find((x) => !positive.some((m) => m.sourceId === x.sourceId));
      if (p && a) {
        const type: ContradictionType | undefined =
          family === 'allergy'
            ? 'allergy_denied_vs_recorded'
            : family === 'medication'
              ? p.kind === 'emr' && p.fact.status === 'present'
                ? 'medication_stopped'
                : undefined
              : family === 'condition'
                ? 'condition_denied_vs_recorded'
                : family === 'symptom' || family === 'finding' || family === 'social'
                  ? 'symptom_present_vs_denied'
                  : undefined;
        if (type) add(type, name, [a, p]);
      }
    }
    if (family === 'medication' && positive) checkMedication(positive, absent, ctx, add);
    if (family === 'symptom' && positive) checkDuration(positive, add);
    if (family === 'condition' && positive && ctx.emrGiven) {
      const reported = positive.find((m) => fromVisit(m) && m.fact.speaker !== 'doctor');
      if (reported && !positive.some((m) => m.kind === 'emr'))
        add('diagnosis_missing_from_problem_list', name, [reported]);
    }
  }
  // "没有药物过敏" in one source against any specific allergy recorded in another.
  for (const denial of genericDenials) {
    for (const pos of positiveAllergies) {
      const p = pos.find((m) => m.sourceId !== denial.sourceId && !isGenericAllergy(m.fact));
      if (p) add('allergy_denied_vs_recorded', p.fact.display, [denial, p]);
    }
  }
  return out;
}

type Add = (type: ContradictionType, name: Bilingual, sides: Sourced[]) => void;

function checkMedication(
  positive: Sourced[],
  absent: Sourced[] | undefined,
  ctx: DetectContext,
  add: Add,
): void {
  const emr = positive.find((m) => m.kind === 'emr' && m.fact.status === 'present');
  if (!emr) return;
  const stopped = positive.find((m) => fromVisit(m) && m.fact.status === 'historical');
  if (stopped) return add('medication_stopped', emr.fact.display, [emr, stopped]);
  const mentioned = positive.some(fromVisit) || (absent ?? []).some(fromVisit);
  if (!mentioned && ctx.visitGiven) add('medication_not_mentioned', emr.fact.display, [emr]);
}

function checkDuration(positive: Sourced[], add: Add): void {
  const timed = positive
    .map((m) => ({ m, d: durationDays(m.fact.duration) }))
    .filter((x): x is { m: Sourced; d: number } => x.d !== undefined);
  if (timed.length < 2) return;
  timed.sort((a, b) => a.d - b.d);
  const lo = timed[0]!;
  const hi = timed[timed.length - 1]!;
  // Patients round ("一周" for 5–8 days); only a clear disagreement across sources is raised.
  if (lo.m.sourceId !== hi.m.sourceId && hi.d / lo.d >= 1.5 && hi.d - lo.d >= 1)
    add('duration_mismatch', lo.m.fact.display, [lo.m, hi.m]);
}

function checkMeasures(subs: Sourced[][], add: Add): void {
  // Only measured values are compared; a remembered "最高38.5度" is not a second measurement.
  const reps = subs.map((s) => s.find(measured)).filter((s): s is Sourced => s !== undefined);
  for (let i = 0; i < reps.length; i++) {
    for (let j = i + 1; j < reps.length; j++) {
      const a = reps[i]!;
      const b = reps[j]!;
      if (a.sourceId === b.sourceId || a.fact.kind !== 'lab' || b.fact.kind !== 'lab') continue;
      const da = dayOf(a.fact.effective);
      if (!da || da !== dayOf(b.fact.effective)) continue;
      if (sameValue(a.fact, b.fact) === false) add('lab_value_mismatch', a.fact.display, [a, b]);
    }
  }
}

function side(s: Sourced): ContradictionSide {
  const label = SOURCE_LABEL[s.kind];
  const d = describeFact(s.fact);
  return {
    sourceId: s.sourceId,
    sourceKind: s.kind,
    statement: { zh: `${label.zh}：${d.zh}`, en: `${label.en}: ${d.en}` },
    evidence: s.fact.evidence,
  };
}

// English names are lower-cased inside sentences unless they look like an acronym or a brand.
const enName = (en: string) => (/^[A-Z][a-z]/.test(en) && !hasCjk(en) ? en.toLowerCase() : en);

function build(type: ContradictionType, name: Bilingual, members: Sourced[], n: number): Contradiction {
  const t = CONTRADICTION_TEXT[type];
  const sides = members.map(side);
  const zhVars = { name: name.zh, a: sides[0]?.statement.zh ?? '', b: sides[1]?.statement.zh ?? '' };
  const enVars = { name: enName(name.en), a: sides[0]?.statement.en ?? '', b: sides[1]?.statement.en ?? '' };
  const evidence: Evidence[] = sides.flatMap((s) => s.evidence);
  return {
    id: `c${n}`,
    type,
    severity: t.severity,
    sides,
    explanation: { zh: fillTemplate(t.explanation.zh, zhVars), en: fillTemplate(t.explanation.en, enVars) },
    question: { zh: fillTemplate(t.question.zh, zhVars), en: fillTemplate(t.question.en, enVars) },
    evidence,
  };
}
