import { invalid, type FieldIssue } from '../errors/index.ts';
import { toDayNumber } from './calendar-date.ts';
import {
  checkBloodPressure,
  checkRange,
  checkTemperature,
  normaliseGlucose,
  PLAUSIBLE,
} from './check-measurements.ts';
import { knownDangerSymptomCodes } from './protocols/protocol-registry.ts';
import type { FollowupVisitInput, VisitClassification } from './visit-input.ts';

const ADR = new Set(['none', 'controllable', 'intolerable']);
const COMPLICATION = new Set(['none', 'stable', 'new', 'worsened']);
const CLASSES = new Set<VisitClassification>([
  'controlled',
  'uncontrolled',
  'adverse_reaction',
  'complication',
]);

export interface ValidatedVisit {
  input: FollowupVisitInput;
  /** Fasting glucose normalised to mmol/L, when recorded. */
  glucoseMmol?: number;
  previous: readonly VisitClassification[] | 'none' | undefined;
}

/**
 * Checks everything that was recorded and throws one validation error listing every problem, so a
 * form can show them all at once. What is absent stays absent; whether it was needed is decided by
 * assessVisit, which knows the protocol.
 */
export function validateVisitInput(input: FollowupVisitInput): ValidatedVisit {
  const issues: FieldIssue[] = [];
  try {
    toDayNumber(input.visitDate, 'visitDate');
  } catch {
    issues.push({ path: 'visitDate', message: 'visit date must be a real YYYY-MM-DD date' });
  }
  issues.push(...checkRange(input.ageYears, PLAUSIBLE.ageYears, 'ageYears', 'age (years)'));
  if (input.bp !== undefined) issues.push(...checkBloodPressure(input.bp));
  let glucoseMmol: number | undefined;
  if (input.fastingGlucose !== undefined) {
    const g = normaliseGlucose(input.fastingGlucose);
    issues.push(...g.issues);
    glucoseMmol = g.mmol;
  }
  if (input.heartRate !== undefined) {
    issues.push(...checkRange(input.heartRate, PLAUSIBLE.heartRate, 'heartRate', 'heart rate (/min)'));
  }
  if (input.temperatureC !== undefined) issues.push(...checkTemperature(input.temperatureC));
  const known = knownDangerSymptomCodes();
  (input.dangerSymptoms ?? []).forEach((code, i) => {
    if (!known.has(code)) issues.push({ path: `dangerSymptoms.${i}`, message: 'unknown danger-sign code' });
  });
  if (input.adverseReaction !== undefined && !ADR.has(input.adverseReaction)) {
    issues.push({ path: 'adverseReaction', message: 'must be none, controllable or intolerable' });
  }
  if (input.complication !== undefined && !COMPLICATION.has(input.complication)) {
    issues.push({ path: 'complication', message: 'must be none, stable, new or worsened' });
  }
  let previous: ValidatedVisit['previous'];
  if (input.previous !== undefined) {
    if (input.previous === 'none') previous = 'none';
    else {
      const list: readonly string[] = typeof input.previous === 'string' ? [input.previous] : input.previous;
      if (
        !Array.isArray(list) ||
        list.length === 0 ||
        !list.every((c) => CLASSES.has(c as VisitClassification))
      ) {
        issues.push({
          path: 'previous',
          message: "previous classification must be 'none' or visit classifications",
        });
      } else previous = list as readonly VisitClassification[];
    }
  }
  if (issues.length) throw invalid('follow-up visit has invalid values', issues);
  return glucoseMmol === undefined ? { input, previous } : { input, glucoseMmol, previous };
}
