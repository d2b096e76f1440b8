import type { Evidence, Locator } from '../types/evidence.ts';
import type { Fact, FactKind, Speaker } from '../types/fact.ts';
import type { Mention } from './analyze-segment.ts';

/** Builds a Fact from a mention; the caller supplies how to locate spans in its source. */
export function mentionToFact(
  m: Mention,
  speaker: Speaker | undefined,
  locate: (start: number, end: number) => Locator,
  sourceId: string,
): Fact {
  const evidence: Evidence[] = [{ sourceId, locator: locate(m.start, m.end) }];
  for (const x of m.extra) evidence.push({ sourceId, locator: locate(x.start, x.end) });
  const f: Fact = {
    kind: m.kind as FactKind,
    display: { ...m.concept.display },
    status: m.status,
    evidence,
  };
  if (m.concept.code) f.code = { ...m.concept.code };
  if (m.value !== undefined) f.value = m.value;
  if (m.unit !== undefined) f.unit = m.unit;
  if (m.duration) f.duration = m.duration;
  if (m.onset) f.onset = m.onset;
  if (m.severity) f.severity = m.severity;
  if (m.laterality) f.laterality = m.laterality;
  if (m.bodySite) f.bodySite = { ...m.bodySite };
  if (m.frequency) f.frequency = m.frequency;
  if (m.route) f.route = m.route;
  if (speaker) f.speaker = speaker;
  // Facts read through an answer or a concept whose code needs review are less certain.
  f.confidence = m.concept.verify ? 0.7 : 0.9;
  return f;
}
