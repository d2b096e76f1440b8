/**
 * A tiny condition language for triage rules kept as data. Numeric conditions say explicitly what
 * an unknown value means (`orUnknown`), because "we were not told the age" must not silently turn
 * an emergency rule off or a self-care rule on.
 */
import type { Sex, Vitals } from './triage-types.ts';

export type Cond =
  | { has: string }
  | { all: readonly Cond[] }
  | { any: readonly Cond[] }
  | { not: Cond }
  | { sex: Sex }
  | { pregnant: true }
  | { ageYearsBelow: number; orUnknown?: boolean }
  | { ageYearsAtLeast: number; orUnknown?: boolean }
  | { severityAtLeast: number; orUnknown?: boolean }
  | { severityBelow: number; orUnknown?: boolean }
  | { tempAtLeast: number; orUnknown?: boolean }
  | { tempBelow: number; orUnknown?: boolean }
  | { durationHoursBelow: number; orUnknown?: boolean }
  | { durationHoursAtLeast: number; orUnknown?: boolean }
  | { systolicAtLeast: number }
  | { systolicBelow: number }
  | { glucoseAtLeast: number }
  | { glucoseBelow: number }
  | { potassiumAtLeast: number }
  | { potassiumBelow: number }
  | { onlyAmong: readonly string[] };

export interface RuleContext {
  present: ReadonlySet<string>;
  /** Present concepts of kind 'symptom' only (what `onlyAmong` looks at). */
  symptoms: ReadonlySet<string>;
  ageYears?: number; // fractional for infants
  sex?: Sex;
  pregnant: boolean;
  severity?: number; // 0–10, numeric or from words
  temperatureC?: number;
  durationHours?: number;
  vitals: Vitals;
}

const cmp = (v: number | undefined, ok: (x: number) => boolean, orUnknown = false) =>
  v === undefined ? orUnknown : ok(v);

export function evaluate(c: Cond, ctx: RuleContext): boolean {
  if ('has' in c) return ctx.present.has(c.has);
  if ('all' in c) return c.all.every((x) => evaluate(x, ctx));
  if ('any' in c) return c.any.some((x) => evaluate(x, ctx));
  if ('not' in c) return !evaluate(c.not, ctx);
  if ('sex' in c) return ctx.sex === c.sex;
  if ('pregnant' in c) return ctx.pregnant;
  if ('ageYearsBelow' in c) return cmp(ctx.ageYears, (x) => x < c.ageYearsBelow, c.orUnknown);
  if ('ageYearsAtLeast' in c) return cmp(ctx.ageYears, (x) => x >= c.ageYearsAtLeast, c.orUnknown);
  if ('severityAtLeast' in c) return cmp(ctx.severity, (x) => x >= c.severityAtLeast, c.orUnknown);
  if ('severityBelow' in c) return cmp(ctx.severity, (x) => x < c.severityBelow, c.orUnknown);
  if ('tempAtLeast' in c) return cmp(ctx.temperatureC, (x) => x >= c.tempAtLeast, c.orUnknown);
  if ('tempBelow' in c) return cmp(ctx.temperatureC, (x) => x < c.tempBelow, c.orUnknown);
  if ('durationHoursBelow' in c) return cmp(ctx.durationHours, (x) => x < c.durationHoursBelow, c.orUnknown);
  if ('durationHoursAtLeast' in c)
    return cmp(ctx.durationHours, (x) => x >= c.durationHoursAtLeast, c.orUnknown);
  if ('systolicAtLeast' in c) return cmp(ctx.vitals.systolicBp, (x) => x >= c.systolicAtLeast);
  if ('systolicBelow' in c) return cmp(ctx.vitals.systolicBp, (x) => x < c.systolicBelow);
  if ('glucoseAtLeast' in c) return cmp(ctx.vitals.glucoseMmol, (x) => x >= c.glucoseAtLeast);
  if ('glucoseBelow' in c) return cmp(ctx.vitals.glucoseMmol, (x) => x < c.glucoseBelow);
  if ('potassiumAtLeast' in c) return cmp(ctx.vitals.potassiumMmol, (x) => x >= c.potassiumAtLeast);
  if ('potassiumBelow' in c) return cmp(ctx.vitals.potassiumMmol, (x) => x < c.potassiumBelow);
  if ('onlyAmong' in c) {
    if (ctx.symptoms.size === 0) return false;
    for (const s of ctx.symptoms) if (!c.onlyAmong.includes(s)) return false;
    return true;
  }
  return false;
}

/** Concept ids a condition refers to, so a test can check every rule names real concepts. */
export function conceptsIn(c: Cond): string[] {
  if ('has' in c) return [c.has];
  if ('all' in c) return c.all.flatMap(conceptsIn);
  if ('any' in c) return c.any.flatMap(conceptsIn);
  if ('not' in c) return conceptsIn(c.not);
  if ('onlyAmong' in c) return [...c.onlyAmong];
  return [];
}
