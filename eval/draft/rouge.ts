/**
 * ROUGE-1/2/L/Lsum as Google's `rouge_score` computes them (the package ACI-BENCH reports with):
 * lower-case, every run of characters outside [a-z0-9] is a separator, no stemming; F-measure with
 * β = 1. rougeLsum is the summary-level union-LCS over newline-split sentences. Pure.
 */
export interface RougeScore {
  precision: number;
  recall: number;
  f: number;
}

export interface RougeResult {
  rouge1: RougeScore;
  rouge2: RougeScore;
  rougeL: RougeScore;
  rougeLsum: RougeScore;
}

export function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(/\s+/)
    .filter((t) => t.length > 0);
}

const score = (hits: number, predTotal: number, refTotal: number): RougeScore => {
  const precision = predTotal > 0 ? hits / predTotal : 0;
  const recall = refTotal > 0 ? hits / refTotal : 0;
  const f = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f };
};

function ngrams(tokens: string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const k = tokens.slice(i, i + n).join(' ');
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

export function rougeN(ref: string[], pred: string[], n: number): RougeScore {
  const r = ngrams(ref, n);
  const p = ngrams(pred, n);
  let hits = 0;
  for (const [k, c] of r) hits += Math.min(c, p.get(k) ?? 0);
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return score(hits, total(p), total(r));
}

function lcsTable(a: string[], b: string[]): Uint32Array[] {
  const t = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      t[i]![j] = a[i - 1] === b[j - 1] ? t[i - 1]![j - 1]! + 1 : Math.max(t[i - 1]![j]!, t[i]![j - 1]!);
    }
  }
  return t;
}

export function rougeL(ref: string[], pred: string[]): RougeScore {
  const t = lcsTable(ref, pred);
  return score(t[ref.length]![pred.length]!, pred.length, ref.length);
}

/** Indices of `ref` on one LCS with `pred` (same backtracking order as rouge_score's _backtrack_norec). */
function lcsIndices(ref: string[], pred: string[]): number[] {
  const t = lcsTable(ref, pred);
  const out: number[] = [];
  let i = ref.length;
  let j = pred.length;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === pred[j - 1]) {
      out.unshift(i - 1);
      i--;
      j--;
    } else if (t[i]![j - 1]! > t[i - 1]![j]!) j--;
    else i--;
  }
  return out;
}

/** Summary-level LCS: per reference sentence, the union of its LCS with every predicted sentence. */
export function rougeLsum(refText: string, predText: string): RougeScore {
  const sents = (s: string) =>
    s
      .split('\n')
      .map(tokenize)
      .filter((x) => x.length > 0);
  const refS = sents(refText);
  const predS = sents(predText);
  const refCount = new Map<string, number>();
  const predCount = new Map<string, number>();
  for (const s of refS) for (const t of s) refCount.set(t, (refCount.get(t) ?? 0) + 1);
  for (const s of predS) for (const t of s) predCount.set(t, (predCount.get(t) ?? 0) + 1);
  const refTotal = refS.reduce((a, s) => a + s.length, 0);
  const predTotal = predS.reduce((a, s) => a + s.length, 0);
  let hits = 0;
  for (const r of refS) {
    const union = new Set<number>();
    for (const p of predS) for (const i of lcsIndices(r, p)) union.add(i);
    for (const i of [...union].sort((a, b) => a - b)) {
      const tok = r[i]!;
      if ((refCount.get(tok) ?? 0) > 0 && (predCount.get(tok) ?? 0) > 0) {
        hits++;
        refCount.set(tok, refCount.get(tok)! - 1);
        predCount.set(tok, predCount.get(tok)! - 1);
      }
    }
  }
  return score(hits, predTotal, refTotal);
}

export function rouge(reference: string, prediction: string): RougeResult {
  const ref = tokenize(reference);
  const pred = tokenize(prediction);
  return {
    rouge1: rougeN(ref, pred, 1),
    rouge2: rougeN(ref, pred, 2),
    rougeL: rougeL(ref, pred),
    rougeLsum: rougeLsum(reference, prediction),
  };
}
