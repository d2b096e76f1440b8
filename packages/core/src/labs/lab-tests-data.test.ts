import { describe, expect, it } from 'vitest';
import { LAB_LEXICON, normaliseTestName } from './lab-lexicon.ts';
import { LAB_TESTS } from './lab-tests-data.ts';
import { normaliseLabUnit } from './normalise-lab-unit.ts';
import { OCR_CONFUSABLE_PAIRS } from './ocr-confusables-data.ts';
import { UNIT_CONVERSIONS } from './unit-conversions-data.ts';

/** LOINC check digit (mod 10, as published by Regenstrief): catches typos in hand-entered codes. */
function loincCheckDigitOk(code: string): boolean {
  const m = /^(\d+)-(\d)$/.exec(code);
  if (!m) return false;
  const digits = Array.from(m[1] as string)
    .reverse()
    .map(Number);
  let sum = 0;
  digits.forEach((d, i) => {
    if (i % 2 === 0) {
      const x = d * 2;
      sum += x > 9 ? x - 9 : x;
    } else sum += d;
  });
  return (10 - (sum % 10)) % 10 === Number(m[2]);
}

describe('lab lexicon data', () => {
  it('covers the panels of issue 4 (CBC ≥ 22 items, liver, kidney, lipids, glucose + HbA1c, urinalysis)', () => {
    const count = (p: string) => LAB_TESTS.filter((t) => t.panel === p).length;
    expect(count('cbc')).toBeGreaterThanOrEqual(22);
    expect(count('liver')).toBeGreaterThanOrEqual(8);
    expect(count('kidney')).toBeGreaterThanOrEqual(3);
    expect(count('lipid')).toBe(4);
    expect(LAB_TESTS.filter((t) => t.panel === 'glucose').map((t) => t.id)).toContain('hba1c');
    expect(count('urinalysis')).toBeGreaterThanOrEqual(10);
  });

  it('has unique ids and valid LOINC check digits everywhere', () => {
    expect(new Set(LAB_TESTS.map((t) => t.id)).size).toBe(LAB_TESTS.length);
    const codes = LAB_TESTS.flatMap((t) => [
      t.loinc?.code,
      ...Object.values(t.loincByUnit ?? {}).map((r) => r?.code),
    ]).filter((c): c is string => !!c);
    for (const c of codes) expect(loincCheckDigitOk(c), c).toBe(true);
    // And the checker itself rejects a typo.
    expect(loincCheckDigitOk('6690-3')).toBe(false);
  });

  it('never gives one LOINC code to two tests', () => {
    const seen = new Map<string, string>();
    for (const t of LAB_TESTS) {
      for (const c of [t.loinc?.code, ...Object.values(t.loincByUnit ?? {}).map((r) => r?.code)]) {
        if (!c) continue;
        expect(seen.get(c) ?? t.id, c).toBe(t.id);
        seen.set(c, t.id);
      }
    }
  });

  it('spells every unit in normalised form, and loincByUnit keys are accepted units', () => {
    for (const t of LAB_TESTS) {
      for (const u of [t.unit, ...(t.altUnits ?? [])].filter((x): x is string => !!x)) {
        expect(normaliseLabUnit(u), `${t.id} ${u}`).toMatchObject({ unit: u, known: true });
      }
      for (const u of Object.keys(t.loincByUnit ?? {})) expect(t.altUnits, t.id).toContain(u);
    }
  });

  it('converts only between units the test accepts', () => {
    for (const c of UNIT_CONVERSIONS) {
      for (const id of c.tests) {
        const t = LAB_LEXICON.byId.get(id);
        expect(t, id).toBeDefined();
        const units = [t?.unit, ...(t?.altUnits ?? [])];
        expect(units, id).toContain(c.from);
        expect(units, id).toContain(c.to);
      }
    }
  });

  it('has no confusable glyph pair that turns one test name into another test', () => {
    const pairs = OCR_CONFUSABLE_PAIRS.map(
      (p) => Array.from(p.normalize('NFKC').toLowerCase()) as [string, string],
    );
    for (const [alias, tests] of LAB_LEXICON.byAlias) {
      const ids = new Set(tests.map((t) => t.id));
      const chars = Array.from(alias);
      chars.forEach((ch, i) => {
        for (const [a, b] of pairs) {
          const swap = ch === a ? b : ch === b ? a : undefined;
          if (!swap) continue;
          const variant = normaliseTestName([...chars.slice(0, i), swap, ...chars.slice(i + 1)].join(''));
          const other = LAB_LEXICON.byAlias.get(variant);
          if (other)
            expect(
              other.some((t) => ids.has(t.id)),
              `${alias} → ${variant}`,
            ).toBe(true);
        }
      });
    }
  });
});
