import { normalizeText } from '../terminology/normalize.ts';
import type { Fact, FactKind } from '../types/fact.ts';

/** Kinds that describe the same sort of thing across sources (a diagnosis today is a condition in the EMR). */
export function kindFamily(kind: FactKind): string {
  if (kind === 'diagnosis') return 'condition';
  if (kind === 'lab' || kind === 'vital') return 'measure';
  return kind;
}

/**
 * Keys under which two facts denote the same concept: the code, the ICD-10 category (E11 ≈ E11.9)
 * and the normalised displays, so an EMR entry without a code still meets the extractor's coded fact.
 */
export function conceptKeys(f: Fact): string[] {
  const fam = kindFamily(f.kind);
  const keys: string[] = [];
  if (f.code) {
    keys.push(`${fam}|${f.code.system}|${f.code.code}`);
    if (f.code.system.includes('icd-10')) keys.push(`${fam}|icd3|${f.code.code.slice(0, 3)}`);
  }
  const zh = normalizeText(f.display.zh);
  const en = normalizeText(f.display.en);
  if (zh) keys.push(`${fam}|t|${zh}`);
  if (en && en !== zh) keys.push(`${fam}|t|${en}`);
  return keys;
}

// The generic allergy concepts of the lexicon ("药物过敏", "过敏史"): a denial of these denies any allergy.
const GENERIC_ALLERGY = new Set([
  '药物过敏',
  '过敏史',
  'drug allergy',
  'allergy',
  'no known allergies',
  '无过敏史',
]);
export const isGenericAllergy = (f: Fact): boolean =>
  f.kind === 'allergy' &&
  !f.code &&
  (GENERIC_ALLERGY.has(f.display.zh) || GENERIC_ALLERGY.has(f.display.en.toLowerCase()));

const DAYS: Record<string, number> = { Y: 365, M: 30, W: 7, D: 1 };

/** ISO 8601 duration → days (hours and minutes as fractions); undefined when unreadable. */
export function durationDays(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const m = /^P(?:(\d+(?:\.\d+)?)([YMWD]))?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?)?$/.exec(iso);
  if (!m) return undefined;
  let d = 0;
  if (m[1] && m[2]) d += Number(m[1]) * DAYS[m[2]]!;
  if (m[3]) d += Number(m[3]) / 24;
  if (m[4]) d += Number(m[4]) / 1440;
  return d > 0 ? d : undefined;
}

/** Calendar day of an ISO date or date-time (no time-zone shifting: the source's local day). */
export const dayOf = (iso: string | undefined): string | undefined =>
  iso && /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : undefined;

/** Numbers of a value: 5 → [5], "130/85" → [130, 85]. */
export function valueNumbers(v: Fact['value']): number[] {
  if (typeof v === 'number') return [v];
  if (typeof v !== 'string') return [];
  return (v.match(/\d+(?:\.\d+)?/g) ?? []).map(Number);
}

const normUnit = (u: string | undefined) =>
  (u ?? '').toLowerCase().replace(/\s/g, '').replace('μ', 'u').replace('µ', 'u');

/** Same value (numbers within 0.5% relative, strings equal); 'unknown' when units cannot be compared. */
export function sameValue(a: Fact, b: Fact): boolean | 'unknown' {
  if (a.value === undefined || b.value === undefined) return true;
  if (a.unit && b.unit && normUnit(a.unit) !== normUnit(b.unit)) return 'unknown';
  const x = valueNumbers(a.value);
  const y = valueNumbers(b.value);
  if (x.length === 0 || y.length === 0) return String(a.value).trim() === String(b.value).trim();
  if (x.length !== y.length) return false;
  return x.every((v, i) => Math.abs(v - y[i]!) <= Math.max(Math.abs(v), Math.abs(y[i]!)) * 0.005 + 1e-9);
}
