import { LAB_LEXICON, normaliseTestName, type LabLexicon } from './lab-lexicon.ts';
import type { LabTestDef } from './lab-tests-data.ts';
import { OCR_CONFUSABLE_PAIRS } from './ocr-confusables-data.ts';

/**
 * Test name → candidate lexicon tests with a confidence. Exact alias hits score 1; OCR repairs score by
 * how they were made: a visual-confusable glyph swap (自细胞 → 白细胞) stays above the review threshold,
 * any other edit, a truncation shared by two tests, or a near tie with another test falls below it.
 * Short Latin abbreviations (RBC/WBC differ by one letter) only accept confusable swaps.
 */

export interface LabNameCandidate {
  test: LabTestDef;
  confidence: number;
  via: 'exact' | 'confusable' | 'fuzzy' | 'truncated';
}

const CONFUSABLE_COST = 0.3;
const CONFUSABLE = new Set<string>();
for (const pair of OCR_CONFUSABLE_PAIRS) {
  const [a, b] = Array.from(pair.normalize('NFKC').toLowerCase());
  if (a && b && a !== b) {
    CONFUSABLE.add(a + b);
    CONFUSABLE.add(b + a);
  }
}

const isCjk = (s: string) => /[\u3400-\u9fff]/.test(s);

interface EditCost {
  cost: number;
  /** Edits that are not confusable glyph swaps. */
  hard: number;
}

/** Weighted Levenshtein over code points; returns the cheapest alignment's cost and hard-edit count. */
export function weightedEditCost(a: string, b: string): EditCost {
  const x = Array.from(a);
  const y = Array.from(b);
  let prev: EditCost[] = Array.from({ length: y.length + 1 }, (_, j) => ({ cost: j, hard: j }));
  for (let i = 1; i <= x.length; i++) {
    const cur: EditCost[] = [{ cost: i, hard: i }];
    for (let j = 1; j <= y.length; j++) {
      const xi = x[i - 1] as string;
      const yj = y[j - 1] as string;
      const diag = prev[j - 1] as EditCost;
      const sub: EditCost =
        xi === yj
          ? diag
          : CONFUSABLE.has(xi + yj)
            ? { cost: diag.cost + CONFUSABLE_COST, hard: diag.hard }
            : { cost: diag.cost + 1, hard: diag.hard + 1 };
      const del = prev[j] as EditCost;
      const ins = cur[j - 1] as EditCost;
      let best = sub;
      if (del.cost + 1 < best.cost) best = { cost: del.cost + 1, hard: del.hard + 1 };
      if (ins.cost + 1 < best.cost) best = { cost: ins.cost + 1, hard: ins.hard + 1 };
      cur.push(best);
    }
    prev = cur;
  }
  return prev[y.length] as EditCost;
}

/** How much editing an alias of this shape tolerates before the match is not considered at all. */
function maxCost(alias: string): number {
  const n = Array.from(alias).length;
  if (isCjk(alias)) return n >= 6 ? 2 : n >= 3 ? 1 : CONFUSABLE_COST;
  return n >= 8 ? 2 : n >= 5 ? 1 : CONFUSABLE_COST; // short Latin: one glyph swap at most
}

function scoreEdit(e: EditCost, alias: string): number {
  if (e.cost === 0) return 1;
  const n = Array.from(alias).length;
  if (e.hard === 0) {
    const swaps = Math.round(e.cost / CONFUSABLE_COST);
    // Two-glyph names have no context left to confirm the repair: keep them just above the line only
    // with a perfect OCR score.
    return Math.max(0, 0.96 - 0.04 * swaps - (n <= 2 ? 0.06 : 0));
  }
  // Any non-visual edit is a guess: keep it visible as a suggestion, below the review threshold.
  return Math.min(0.75, Math.max(0, 1 - e.cost / n));
}

/** Parts worth matching: the whole, the text outside brackets, and each bracketed part. */
function nameParts(raw: string): string[] {
  const whole = normaliseTestName(raw);
  const parts = new Set<string>([whole]);
  const outside = whole.replace(/\([^)]*\)?/g, '');
  if (outside) parts.add(outside);
  for (const m of whole.matchAll(/\(([^)]*)\)?/g)) if (m[1]) parts.add(m[1]);
  // "白细胞计数 WBC" printed without brackets: split a CJK run from a Latin run.
  const mixed = /^([\u3400-\u9fffγ]+)([a-z][a-z0-9%#/]*)$|^([a-z][a-z0-9%#/]*)([\u3400-\u9fff]+)$/.exec(
    outside,
  );
  if (mixed) for (const g of mixed.slice(1)) if (g) parts.add(g);
  return [...parts].filter((p) => p.length > 0);
}

// Memo for the default lexicon: a report repeats the same names across passes and wrap decisions.
const CACHE = new Map<string, LabNameCandidate[]>();
const CACHE_MAX = 5000;

export function matchLabName(raw: string, lexicon: LabLexicon = LAB_LEXICON): LabNameCandidate[] {
  if (lexicon !== LAB_LEXICON) return matchUncached(raw, lexicon);
  const hit = CACHE.get(raw);
  if (hit) return hit.map((c) => ({ ...c }));
  const result = matchUncached(raw, lexicon);
  if (CACHE.size >= CACHE_MAX) CACHE.clear();
  CACHE.set(raw, result);
  return result.map((c) => ({ ...c }));
}

function matchUncached(raw: string, lexicon: LabLexicon): LabNameCandidate[] {
  const best = new Map<string, LabNameCandidate>();
  const offer = (c: LabNameCandidate) => {
    const prev = best.get(c.test.id);
    if (!prev || c.confidence > prev.confidence) best.set(c.test.id, c);
  };
  for (const part of nameParts(raw)) {
    const exact = lexicon.byAlias.get(part);
    if (exact) {
      for (const test of exact) offer({ test, confidence: 1, via: 'exact' });
      continue;
    }
    const len = Array.from(part).length;
    for (const [alias, tests] of lexicon.byAlias) {
      const aliasLen = Array.from(alias).length;
      if (Math.abs(aliasLen - len) > 2 && !(len < aliasLen && len >= 3)) continue;
      const full = weightedEditCost(part, alias);
      if (full.cost <= maxCost(alias)) {
        const confidence = scoreEdit(full, alias);
        const via = full.hard === 0 ? 'confusable' : 'fuzzy';
        for (const test of tests) offer({ test, confidence, via });
      }
      // Truncated on a narrow column: the printed text is (nearly) a prefix of a longer alias.
      const minPrefix = isCjk(alias) ? 3 : 4;
      if (len >= minPrefix && len < aliasLen && len / aliasLen >= 0.5) {
        const prefix = weightedEditCost(part, Array.from(alias).slice(0, len).join(''));
        if (prefix.hard === 0 && prefix.cost <= CONFUSABLE_COST * 2) {
          const confidence = 0.9 - prefix.cost * 0.1;
          for (const test of tests) offer({ test, confidence, via: 'truncated' });
        }
      }
    }
  }
  // "Aspartate aminotransferase (AST)" read without its brackets and spaces: a Latin name ending in a
  // test's abbreviation counts when the rest of the name is that same test.
  const whole = normaliseTestName(raw);
  if (/^[a-z][a-z0-9%#/-]{9,}$/.test(whole))
    for (let k = 2; k <= 5; k++) {
      const abbreviation = lexicon.byAlias.get(whole.slice(-k));
      if (!abbreviation) continue;
      for (const c of matchUncached(whole.slice(0, -k), lexicon))
        if (abbreviation.includes(c.test)) offer({ ...c, confidence: Math.max(c.confidence, 0.95) });
    }
  return [...best.values()].sort((a, b) => b.confidence - a.confidence);
}
