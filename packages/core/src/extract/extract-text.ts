import type { Fact } from '../types/fact.ts';
import { getTerminology } from '../terminology/terminology.ts';
import { analyzeSegment } from './analyze-segment.ts';
import { checkSize, checkTextual, resolveLimits } from './limits.ts';
import { mergeFacts } from './merge-facts.ts';
import { mentionToFact } from './to-fact.ts';
import type { ExtractOptions } from './extract-transcript.ts';

// Section headings of Chinese EMR notes and referral letters that set the reading of their line.
const FAMILY_HEADING = /^(家族史|family history)\s*[:：]/i;

/**
 * Facts from free text (referral letters, EMR notes). Lines are read one by one so that a section
 * heading (家族史：…) governs only its own line; evidence offsets are into the whole text.
 */
export function extractText(text: string, opts: ExtractOptions = {}): Fact[] {
  const limits = resolveLimits(opts.limits);
  checkSize(text.length, limits, 'text');
  checkTextual(text, 'text');
  const T = opts.terminology ?? getTerminology();
  const sourceId = opts.sourceId ?? 'text';
  const facts: Fact[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    if (line.trim().length === 0) continue;
    const a = analyzeSegment(line, { speaker: 'unknown', terminology: T });
    const family = FAMILY_HEADING.test(line.trim());
    for (const m of a.mentions) {
      if (family && (m.kind === 'condition' || m.kind === 'symptom') && m.status === 'present')
        m.status = 'family';
      facts.push(
        mentionToFact(
          m,
          undefined,
          (s, e) => ({ kind: 'text', charStart: lineStart + s, charEnd: lineStart + e }),
          sourceId,
        ),
      );
    }
  }
  return mergeFacts(facts);
}
