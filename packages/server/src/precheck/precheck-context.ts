import type { PrecheckContext, Sex } from '@yizhu/core';
import { ageOn } from '../routes/visit-list.ts';

export interface PatientBasics {
  birthDate: string; // YYYY-MM-DD
  sex: 'male' | 'female' | 'other' | 'unknown';
}

/** Whole months of age, for infant rules (fever under 3 months). */
export function ageInMonths(birthDate: string, on: Date): number {
  const birth = new Date(`${birthDate}T00:00:00Z`);
  let months = (on.getUTCFullYear() - birth.getUTCFullYear()) * 12 + on.getUTCMonth() - birth.getUTCMonth();
  if (on.getUTCDate() < birth.getUTCDate()) months--;
  return Math.max(0, months);
}

/** The patient's age and sex from the registration record, and who is answering. */
export function precheckContext(
  p: PatientBasics,
  respondent: 'self' | 'guardian',
  now: Date,
): PrecheckContext {
  const sex: Sex | undefined = p.sex === 'male' ? 'M' : p.sex === 'female' ? 'F' : undefined;
  return { ageYears: ageOn(p.birthDate, now), ...(sex ? { sex } : {}), respondent };
}
