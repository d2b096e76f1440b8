import type { LabObservation } from '../labs/lab-observation.ts';
import { numbersInText } from '../record/numbers-in-text.ts';
import { hasNumber } from '../record/verify-draft.ts';
import { observationNumbers, type LabExplanation } from './explain-lab-report.ts';

export interface LabExplanationViolation {
  sentence: number;
  lang: 'zh' | 'en';
  kind: 'unmatched_number' | 'unknown_observation';
  /** The offending number; sentence text is not copied (it is patient data). */
  detail?: string;
}

/**
 * Every number of a sentence equals a number of the observation it speaks about; sentences about no
 * observation (intro, closing) state no number at all. Run on the engine's text and on any rewording.
 */
export function verifyLabExplanation(
  e: LabExplanation,
  observations: readonly LabObservation[],
): LabExplanationViolation[] {
  const out: LabExplanationViolation[] = [];
  e.sentences.forEach((s, i) => {
    const o = s.observation === undefined ? undefined : observations[s.observation];
    for (const lang of ['zh', 'en'] as const) {
      if (s.observation !== undefined && !o) {
        out.push({ sentence: i, lang, kind: 'unknown_observation' });
        continue;
      }
      const allowed = o ? observationNumbers(o) : new Set<number>();
      for (const n of numbersInText(s[lang]))
        if (!hasNumber(allowed, n))
          out.push({ sentence: i, lang, kind: 'unmatched_number', detail: String(n) });
    }
  });
  return out;
}
