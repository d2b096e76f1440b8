import { invalid, type FieldIssue } from '../errors/index.ts';
import { addDays, type IsoDate } from './calendar-date.ts';
import { findUrgentReferralReasons, type DecisionReason } from './find-urgent-referral-reasons.ts';
import type { FollowupProtocol, HypertensionProtocol } from './protocol.ts';
import { validateVisitInput } from './validate-visit-input.ts';
import type { FollowupVisitInput, VisitClassification } from './visit-input.ts';

export type FollowupAction = 'urgent_referral' | 'refer' | 'adjust_and_recheck' | 'routine';
export type NextContactKind = 'referral_follow_up' | 'recheck' | 'routine';

export type ControlTarget =
  | { kind: 'bp'; systolicBelow: number; diastolicBelow: number }
  | { kind: 'fasting_glucose'; below: number; unit: 'mmol/L' };

export interface VisitAssessment {
  protocol: { id: string; version: string };
  visitDate: IsoDate;
  /** Primary 随访分类 for the form; null when an urgent referral was decided before it could be known. */
  classification: VisitClassification | null;
  /** Every class that applies, most serious first. */
  classifications: VisitClassification[];
  controlTarget: ControlTarget;
  action: FollowupAction;
  reasons: DecisionReason[];
  prompts: DecisionReason[];
  nextContact: { kind: NextContactKind; dueDate: IsoDate; withinDays: number };
}

/** BP target for this age under the protocol (≥65 y: <150/90 in the 2017 standard). */
export function bpControlTarget(
  protocol: HypertensionProtocol,
  ageYears: number,
): ControlTarget & { kind: 'bp' } {
  const { general, elderly } = protocol.control;
  const t = ageYears >= elderly.value.fromAgeYears ? elderly.value : general.value;
  return { kind: 'bp', systolicBelow: t.systolicBelow, diastolicBelow: t.diastolicBelow };
}

export function controlTargetFor(protocol: FollowupProtocol, ageYears: number): ControlTarget {
  return protocol.programme === 'hypertension'
    ? bpControlTarget(protocol, ageYears)
    : { kind: 'fasting_glucose', below: protocol.control.fastingGlucoseBelow.value, unit: 'mmol/L' };
}

/** Controlled uses strict "<" on both numbers (spec §3.3 convention, [U]). */
export function meetsControlTarget(
  target: ControlTarget,
  m: { bp?: { systolic: number; diastolic: number }; glucoseMmol?: number },
): boolean | undefined {
  if (target.kind === 'bp') {
    return m.bp ? m.bp.systolic < target.systolicBelow && m.bp.diastolic < target.diastolicBelow : undefined;
  }
  return m.glucoseMmol === undefined ? undefined : m.glucoseMmol < target.below;
}

const r = (
  code: string,
  zh: string,
  en: string,
  verification: DecisionReason['verification'],
): DecisionReason => ({
  code,
  label: { zh, en },
  verification,
});

/**
 * One follow-up visit under a protocol: urgent criteria first (they need no classification), then
 * 随访分类 and the next contact. Implausible or missing inputs throw a validation error listing the
 * fields, because a decision built on a guessed value is worse than none (DESIGN.md invariant 7).
 */
export function assessVisit(protocol: FollowupProtocol, input: FollowupVisitInput): VisitAssessment {
  const visit = validateVisitInput(input);
  const urgent = findUrgentReferralReasons(protocol, visit);
  const target = controlTargetFor(protocol, input.ageYears);
  const controlled = meetsControlTarget(target, { bp: input.bp, glucoseMmol: visit.glucoseMmol });
  const s = protocol.schedule;

  const classes: VisitClassification[] = [];
  if (input.complication === 'new' || input.complication === 'worsened') classes.push('complication');
  if (input.adverseReaction === 'controllable' || input.adverseReaction === 'intolerable') {
    classes.push('adverse_reaction');
  }
  if (controlled === false) classes.push('uncontrolled');
  // 控制满意 needs all three facts: on target, no ADR, no new/worse complication — and no urgent
  // criterion (a hypoglycaemic 3.6 mmol/L is under 7.0 but is not "controlled").
  const complicationOk = input.complication === 'none' || input.complication === 'stable';
  if (
    controlled === true &&
    input.adverseReaction === 'none' &&
    complicationOk &&
    urgent.reasons.length === 0
  ) {
    classes.push('controlled');
  }
  const order = protocol.classificationPriority.value;
  classes.sort((a, b) => order.indexOf(a) - order.indexOf(b));

  const base = {
    protocol: { id: protocol.id, version: protocol.version },
    visitDate: input.visitDate,
    classifications: classes,
    classification: classes[0] ?? null,
    controlTarget: target,
    prompts: urgent.prompts,
  };
  const next = (kind: NextContactKind, days: number) => ({
    kind,
    dueDate: addDays(input.visitDate, days),
    withinDays: days,
  });

  if (urgent.reasons.length > 0) {
    return {
      ...base,
      action: 'urgent_referral',
      reasons: urgent.reasons,
      nextContact: next('referral_follow_up', s.referralFollowUpWithinDays.value),
    };
  }

  const missing: FieldIssue[] = [];
  const measurement = protocol.programme === 'hypertension' ? 'bp' : 'fastingGlucose';
  if (controlled === undefined)
    missing.push({ path: measurement, message: 'required to classify the visit' });
  if (input.adverseReaction === undefined)
    missing.push({ path: 'adverseReaction', message: 'required to classify the visit' });
  if (input.complication === undefined)
    missing.push({ path: 'complication', message: 'required to classify the visit' });
  if (controlled === false && visit.previous === undefined) {
    missing.push({
      path: 'previous',
      message: "required when uncontrolled: was the previous visit uncontrolled? ('none' if first)",
    });
  }
  if (missing.length) throw invalid('follow-up visit is missing values needed for a decision', missing);

  const refer: DecisionReason[] = [];
  if (input.complication === 'new' || input.complication === 'worsened') {
    refer.push(
      r('complication_new_or_worse', '出现新的并发症或原有并发症加重', 'new or worsening complication', 'S'),
    );
  }
  if (input.adverseReaction === 'intolerable') {
    refer.push(
      r(
        'adverse_reaction_uncontrollable',
        '药物不良反应难以控制',
        'adverse drug reaction hard to control',
        'S',
      ),
    );
  }
  const previousUncontrolled = visit.previous !== 'none' && (visit.previous ?? []).includes('uncontrolled');
  if (controlled === false && previousUncontrolled) {
    refer.push(
      r('uncontrolled_twice', '连续两次随访控制不满意', 'uncontrolled at two consecutive visits', 'S'),
    );
  }
  if (refer.length) {
    return {
      ...base,
      action: 'refer',
      reasons: refer,
      nextContact: next('referral_follow_up', s.referralFollowUpWithinDays.value),
    };
  }

  const adjust: DecisionReason[] = [];
  if (controlled === false) {
    adjust.push(
      r(
        'uncontrolled_first',
        '首次控制不满意：调整用药，2周内随访',
        'first uncontrolled: adjust treatment, see again within 2 weeks',
        'S',
      ),
    );
  }
  if (input.adverseReaction === 'controllable') {
    adjust.push(
      r(
        'adverse_reaction',
        '药物不良反应：调整用药，2周内随访',
        'adverse drug reaction: adjust treatment, see again within 2 weeks',
        'S',
      ),
    );
  }
  if (adjust.length) {
    return {
      ...base,
      action: 'adjust_and_recheck',
      reasons: adjust,
      nextContact: next('recheck', s.recheckWithinDays.value),
    };
  }
  return {
    ...base,
    action: 'routine',
    reasons: [r('controlled', '控制满意：预约下次常规随访', 'controlled: book the next routine visit', 'S')],
    nextContact: next('routine', s.routineIntervalDays.value),
  };
}
