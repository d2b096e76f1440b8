import { invalid, type FieldIssue } from '../errors/index.ts';
import type { Bilingual } from '../types/evidence.ts';

export interface RiskModelRef {
  id: string;
  version: string;
}

/**
 * A risk model never guesses a missing input: it answers "not computed" and says why, so the UI can
 * ask for the value instead of showing a number built on a default.
 */
export interface RiskNotComputed {
  computed: false;
  model: RiskModelRef;
  /** Input names that were missing (empty when the reason is scope, e.g. age out of range). */
  missing: string[];
  reasons: Bilingual[];
}

export type Cholesterol = { value: number; unit: 'mg/dL' | 'mmol/L' };

export function notComputed(model: RiskModelRef, missing: string[], reasons: Bilingual[]): RiskNotComputed {
  return { computed: false, model, missing, reasons };
}

export function missingReason(missing: string[]): Bilingual {
  return { zh: `缺少输入：${missing.join('、')}`, en: `missing input: ${missing.join(', ')}` };
}

/** Throws one validation error listing every implausible value (never echoing the values). */
export function throwIfIssues(issues: FieldIssue[]): void {
  if (issues.length) throw invalid('risk inputs have implausible values', issues);
}

export function rangeIssue(
  value: number,
  min: number,
  max: number,
  path: string,
  what: string,
): FieldIssue[] {
  if (typeof value !== 'number' || !Number.isFinite(value))
    return [{ path, message: `${what} must be a number` }];
  if (value < min || value > max)
    return [{ path, message: `${what} is implausible; check the value and unit` }];
  return [];
}
