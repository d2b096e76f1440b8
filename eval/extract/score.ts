import type { Fact } from '../../packages/core/src/index.ts';
import type { Turn } from '../../packages/core/src/extract/index.ts';

/** A gold fact: kind + English display name of the concept, its status, and where it is said. */
export interface GoldFact {
  kind: string;
  concept: string;
  status: string;
  /** Turns that carry the evidence (any one of them counts). */
  turns?: number[];
  /** The surface text of the evidence in those turns (zh cases). */
  ev?: string;
  value?: number | string;
  duration?: string;
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  statusOk: number;
  statusN: number;
  evidenceOk: number;
  evidenceN: number;
  valueOk: number;
  valueN: number;
  durationOk: number;
  durationN: number;
  spansValid: number;
  spansN: number;
}

export const emptyTally = (): Tally => ({
  tp: 0,
  fp: 0,
  fn: 0,
  statusOk: 0,
  statusN: 0,
  evidenceOk: 0,
  evidenceN: 0,
  valueOk: 0,
  valueN: 0,
  durationOk: 0,
  durationN: 0,
  spansValid: 0,
  spansN: 0,
});

const key = (kind: string, concept: string, family: boolean): string =>
  `${kind}|${concept.toLowerCase()}|${family ? 'F' : ''}`;

// When a concept is mentioned with several statuses, the clinically asserted one is reported:
// a positive mention anywhere outranks a denial (the record would say "present").
const RANK = ['present', 'uncertain', 'historical', 'absent', 'family'];

/** Scores one case: facts are matched to gold by kind and concept (family history kept apart). */
export function scoreCase(
  gold: readonly GoldFact[],
  facts: readonly Fact[],
  turns: readonly Turn[],
  byKind: Map<string, Tally>,
  kinds?: ReadonlySet<string>,
): void {
  const tally = (k: string): Tally => {
    let t = byKind.get(k);
    if (!t) byKind.set(k, (t = emptyTally()));
    return t;
  };
  const pred = new Map<string, Fact[]>();
  for (const f of facts) {
    if (kinds && !kinds.has(f.kind)) continue;
    const k = key(f.kind, f.display.en, f.status === 'family');
    pred.set(k, [...(pred.get(k) ?? []), f]);
    for (const e of f.evidence) {
      if (e.locator.kind !== 'transcript') continue;
      const t = tally(f.kind);
      t.spansN++;
      const turn = turns[e.locator.turn];
      if (
        turn &&
        e.locator.charStart >= 0 &&
        e.locator.charEnd > e.locator.charStart &&
        e.locator.charEnd <= turn.text.length
      )
        t.spansValid++;
    }
  }
  const goldKeys = new Set<string>();
  for (const g of gold) {
    const k = key(g.kind, g.concept, g.status === 'family');
    goldKeys.add(k);
    const t = tally(g.kind);
    const ps = pred.get(k);
    if (!ps) {
      t.fn++;
      continue;
    }
    t.tp++;
    const status = [...ps.map((p) => p.status)].sort((a, b) => RANK.indexOf(a) - RANK.indexOf(b))[0];
    t.statusN++;
    if (status === g.status) t.statusOk++;
    if (g.turns && g.turns.length > 0) {
      t.evidenceN++;
      const ok = ps.some((p) =>
        p.evidence.some((e) => {
          if (e.locator.kind !== 'transcript' || !g.turns!.includes(e.locator.turn)) return false;
          if (!g.ev) return true;
          const text = turns[e.locator.turn]?.text ?? '';
          for (let i = text.indexOf(g.ev); i >= 0; i = text.indexOf(g.ev, i + 1)) {
            if (e.locator.charStart < i + g.ev.length && e.locator.charEnd > i) return true;
          }
          return false;
        }),
      );
      if (ok) t.evidenceOk++;
    }
    if (g.value !== undefined) {
      t.valueN++;
      if (ps.some((p) => String(p.value) === String(g.value))) t.valueOk++;
    }
    if (g.duration !== undefined) {
      t.durationN++;
      if (ps.some((p) => p.duration === g.duration)) t.durationOk++;
    }
  }
  for (const [k, ps] of pred) if (!goldKeys.has(k)) tally(ps[0]!.kind).fp++;
}

export interface Figures {
  precision: number;
  recall: number;
  f1: number;
  statusAccuracy: number;
  evidenceAccuracy: number;
  valueAccuracy: number | null;
  durationAccuracy: number | null;
  spanValidity: number | null;
  tp: number;
  fp: number;
  fn: number;
}

const r3 = (x: number): number => Math.round(x * 1000) / 1000;

export function figures(t: Tally): Figures {
  const p = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 0;
  const r = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 0;
  return {
    precision: r3(p),
    recall: r3(r),
    f1: r3(p + r ? (2 * p * r) / (p + r) : 0),
    statusAccuracy: r3(t.statusN ? t.statusOk / t.statusN : 0),
    evidenceAccuracy: r3(t.evidenceN ? t.evidenceOk / t.evidenceN : 0),
    valueAccuracy: t.valueN ? r3(t.valueOk / t.valueN) : null,
    durationAccuracy: t.durationN ? r3(t.durationOk / t.durationN) : null,
    spanValidity: t.spansN ? r3(t.spansValid / t.spansN) : null,
    tp: t.tp,
    fp: t.fp,
    fn: t.fn,
  };
}

export function total(byKind: Map<string, Tally>): Tally {
  const all = emptyTally();
  for (const t of byKind.values()) for (const k of Object.keys(all) as (keyof Tally)[]) all[k] += t[k];
  return all;
}
