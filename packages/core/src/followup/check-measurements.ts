import type { FieldIssue } from '../errors/index.ts';
import type { BloodPressure, GlucoseReading } from './visit-input.ts';

/**
 * Plausibility limits for readings typed by staff or patients. They are not clinical thresholds: a
 * value outside them is far likelier a typo or a unit slip than a measurement, so it is sent back to
 * be confirmed instead of feeding a decision (DESIGN.md invariant 7). Project conventions.
 */
export const PLAUSIBLE = {
  systolic: { min: 50, max: 280 },
  diastolic: { min: 25, max: 180 },
  heartRate: { min: 20, max: 250 },
  temperatureC: { min: 30, max: 45 },
  glucoseMmol: { min: 1.0, max: 50 },
  ageYears: { min: 0, max: 120 },
} as const;

/** mg/dL per mmol/L for glucose (molar mass 180.16 g/mol → 18.016; 18 is the usual clinical factor). */
export const GLUCOSE_MGDL_PER_MMOL = 18;

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

// Messages name the field and the problem but never echo the value: errors reach logs (DESIGN.md).
export function checkBloodPressure(bp: BloodPressure, path = 'bp'): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const { systolic, diastolic } = bp;
  if (!finite(systolic))
    issues.push({ path: `${path}.systolic`, message: 'systolic pressure must be a number (mmHg)' });
  if (!finite(diastolic))
    issues.push({ path: `${path}.diastolic`, message: 'diastolic pressure must be a number (mmHg)' });
  if (issues.length) return issues;
  if (systolic < PLAUSIBLE.systolic.min || systolic > PLAUSIBLE.systolic.max) {
    issues.push({
      path: `${path}.systolic`,
      message: 'systolic pressure is implausible; re-measure or correct',
    });
  }
  if (diastolic < PLAUSIBLE.diastolic.min || diastolic > PLAUSIBLE.diastolic.max) {
    issues.push({
      path: `${path}.diastolic`,
      message: 'diastolic pressure is implausible; re-measure or correct',
    });
  }
  if (systolic <= diastolic) {
    issues.push({ path, message: 'systolic must be above diastolic; values may be swapped' });
  }
  return issues;
}

/** Converts to mmol/L, or returns issues — including the classic mg/dL-typed-as-mmol/L slip. */
export function normaliseGlucose(
  g: GlucoseReading,
  path = 'fastingGlucose',
): { mmol: number; issues: [] } | { mmol: undefined; issues: FieldIssue[] } {
  if (!finite(g.value))
    return { mmol: undefined, issues: [{ path: `${path}.value`, message: 'glucose must be a number' }] };
  if (g.unit !== 'mmol/L' && g.unit !== 'mg/dL') {
    return {
      mmol: undefined,
      issues: [{ path: `${path}.unit`, message: 'glucose unit must be mmol/L or mg/dL' }],
    };
  }
  const mmol = g.unit === 'mmol/L' ? g.value : g.value / GLUCOSE_MGDL_PER_MMOL;
  if (mmol >= PLAUSIBLE.glucoseMmol.min && mmol <= PLAUSIBLE.glucoseMmol.max) return { mmol, issues: [] };
  const other = g.unit === 'mmol/L' ? g.value / GLUCOSE_MGDL_PER_MMOL : g.value;
  const otherPlausible = other >= PLAUSIBLE.glucoseMmol.min && other <= PLAUSIBLE.glucoseMmol.max;
  const message = otherPlausible
    ? `glucose is implausible in ${g.unit}; it looks like ${g.unit === 'mmol/L' ? 'mg/dL' : 'mmol/L'} — check the unit`
    : 'glucose is implausible; re-measure or correct';
  return { mmol: undefined, issues: [{ path: `${path}.value`, message }] };
}

export function checkRange(
  value: unknown,
  limits: { min: number; max: number },
  path: string,
  what: string,
): FieldIssue[] {
  if (!finite(value)) return [{ path, message: `${what} must be a number` }];
  if (value < limits.min || value > limits.max)
    return [{ path, message: `${what} is implausible; re-measure or correct` }];
  return [];
}

export function checkTemperature(value: unknown, path = 'temperatureC'): FieldIssue[] {
  const issues = checkRange(value, PLAUSIBLE.temperatureC, path, 'temperature (°C)');
  // 96–106 is a Fahrenheit body temperature typed into a Celsius field.
  if (issues.length && finite(value) && value >= 90 && value <= 110) {
    return [{ path, message: 'temperature is implausible in °C; it looks like °F — check the unit' }];
  }
  return issues;
}
