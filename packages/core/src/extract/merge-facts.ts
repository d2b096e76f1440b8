import type { Evidence, Locator } from '../types/evidence.ts';
import type { Fact } from '../types/fact.ts';

const locKey = (l: Locator): string => JSON.stringify(l);

/** Identity of a fact for merging repeated mentions: same concept, status, value and side. */
export function factKey(f: Fact): string {
  return [
    f.kind,
    f.code?.code ?? '',
    f.display.en,
    f.status,
    String(f.value ?? ''),
    f.unit ?? '',
    f.laterality ?? '',
    f.bodySite?.en ?? '',
  ].join('|');
}

/**
 * Merges facts that say the same thing in several places into one fact with all its evidence,
 * keeping first-mention order. Attributes said only once (duration, severity) are kept.
 */
export function mergeFacts(facts: readonly Fact[]): Fact[] {
  const byKey = new Map<string, { fact: Fact; seen: Set<string> }>();
  const out: Fact[] = [];
  const evKey = (e: Evidence): string => e.sourceId + locKey(e.locator);
  for (const f of facts) {
    const k = factKey(f);
    const entry = byKey.get(k);
    if (!entry) {
      const copy: Fact = { ...f, evidence: [...f.evidence] };
      // The seen-set lives beside the fact so merging stays linear on 100,000-turn inputs.
      byKey.set(k, { fact: copy, seen: new Set(copy.evidence.map(evKey)) });
      out.push(copy);
      continue;
    }
    const prev = entry.fact;
    for (const e of f.evidence) {
      const key = evKey(e);
      if (entry.seen.has(key)) continue;
      entry.seen.add(key);
      prev.evidence.push(e);
    }
    prev.duration ??= f.duration;
    prev.onset ??= f.onset;
    prev.severity ??= f.severity;
    prev.frequency ??= f.frequency;
    prev.route ??= f.route;
    for (const key of ['duration', 'onset', 'severity', 'frequency', 'route'] as const) {
      if (prev[key] === undefined) delete prev[key];
    }
  }
  return out;
}
