import { LAB_TESTS, type LabTestDef } from './lab-tests-data.ts';

/**
 * Index over the lexicon data: alias → tests (an alias may name several tests, e.g. 白细胞 in a blood
 * count and in urinalysis; context resolves those), id → test, LOINC → test.
 */

/** Folds what printing and OCR vary without meaning: width, case, spaces, dashes, brackets. */
export function normaliseTestName(raw: string): string {
  return (
    raw
      .normalize('NFKC')
      .toLowerCase()
      // A row number printed before the name ("12 白细胞", "3. ALT") needs a separator: without one,
      // "1BIL" may be a misread IBIL, and stripping the digit would make it another test.
      .replace(/^\s*[*★☆△▲]?\s*\d{1,2}(?:\s*[.、)]\s*|\s+)(?=\D)/, '')
      .replace(/[\s\-_.·•:：'"“”‘’]/g, '')
      .replace(/[（【[]/g, '(')
      .replace(/[）】\]]/g, ')')
      .replace(/^[*★☆△▲▼#、,，]+/, '')
      .replace(/[*★☆△▲▼]+$/, '')
  );
}

export interface LabLexicon {
  tests: readonly LabTestDef[];
  byId: ReadonlyMap<string, LabTestDef>;
  byAlias: ReadonlyMap<string, readonly LabTestDef[]>;
  byLoinc: ReadonlyMap<string, LabTestDef>;
}

export function buildLabLexicon(tests: readonly LabTestDef[] = LAB_TESTS): LabLexicon {
  const byId = new Map<string, LabTestDef>();
  const byAlias = new Map<string, LabTestDef[]>();
  const byLoinc = new Map<string, LabTestDef>();
  for (const t of tests) {
    byId.set(t.id, t);
    for (const name of [t.zh, t.en, ...t.aliases]) {
      const key = normaliseTestName(name);
      if (!key) continue;
      const list = byAlias.get(key) ?? [];
      if (!list.includes(t)) list.push(t);
      byAlias.set(key, list);
    }
    const codes = [t.loinc?.code, ...Object.values(t.loincByUnit ?? {}).map((r) => r?.code)];
    for (const code of codes) if (code && !byLoinc.has(code)) byLoinc.set(code, t);
  }
  return { tests, byId, byAlias, byLoinc };
}

/** The default lexicon, built once (pure: derived only from the data module). */
export const LAB_LEXICON: LabLexicon = buildLabLexicon();

/** The LOINC code that fits the reported unit (mass vs substance concentration differ in LOINC). */
export function loincForUnit(
  test: LabTestDef,
  unit: string | undefined,
): { code: string; uncertain?: boolean } | undefined {
  if (unit && test.loincByUnit && unit in test.loincByUnit) return test.loincByUnit[unit] ?? undefined;
  return test.loinc;
}
