import type { Fact } from '../types/fact.ts';
import { valueNumbers } from './fact-keys.ts';
import { BP_PLAUSIBILITY, VITAL_PLAUSIBILITY } from './vital-plausibility.data.ts';

/** True when a vital sign's value cannot be a real measurement (see vital-plausibility.data.ts). */
export function isImplausibleVital(f: Fact): boolean {
  if (f.kind !== 'vital' || !f.code || f.value === undefined) return false;
  const nums = valueNumbers(f.value);
  if (nums.length === 0) return false;
  if (f.code.code === BP_PLAUSIBILITY.loinc) {
    const [s, d] = nums;
    if (s === undefined || d === undefined) return false;
    const { systolic: S, diastolic: D } = BP_PLAUSIBILITY;
    return s < S.min || s > S.max || d < D.min || d > D.max || s <= d;
  }
  const range = VITAL_PLAUSIBILITY.find((r) => r.loinc === f.code!.code);
  if (!range) return false;
  let v = nums[0]!;
  // A Fahrenheit temperature is converted before the check, not flagged for its unit.
  if (range.loinc === '8310-5' && f.unit && /degF|℉|F$/.test(f.unit)) v = ((v - 32) * 5) / 9;
  return v < range.min || v > range.max;
}
