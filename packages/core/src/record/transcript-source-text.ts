import type { Evidence } from '../types/evidence.ts';

/**
 * The `sourceText` lookup for `verifyDraft`: the exact transcript span a transcript locator points
 * at (turn + char range), so a sentence may state a number its own span states ("a grade 3/6
 * murmur") without an extracted fact carrying it. Only that span is returned — never the rest of
 * the turn or the dialogue — so a number said elsewhere still fails verification. Other locator
 * kinds resolve to nothing (their numbers must come from facts).
 *
 * Takes the turns as draftVisit parsed them, or as stored with a draft (JSON, hence `unknown[]`):
 * an entry that is not a `{index, text}` turn is ignored rather than trusted.
 */
export function transcriptSourceText(
  turns: Readonly<Record<string, readonly unknown[]>> | undefined,
): (e: Evidence) => string | undefined {
  const bySource = new Map<string, Map<number, string>>();
  for (const [sourceId, list] of Object.entries(turns ?? {})) {
    const byIndex = new Map<number, string>();
    for (const t of list) {
      if (typeof t !== 'object' || t === null) continue;
      const { index, text } = t as { index?: unknown; text?: unknown };
      if (typeof index === 'number' && typeof text === 'string') byIndex.set(index, text);
    }
    bySource.set(sourceId, byIndex);
  }
  return (e) => {
    const l = e.locator;
    if (l.kind !== 'transcript') return undefined;
    const text = bySource.get(e.sourceId)?.get(l.turn);
    if (text === undefined || !(l.charStart >= 0 && l.charEnd > l.charStart)) return undefined;
    return text.slice(l.charStart, l.charEnd);
  };
}
