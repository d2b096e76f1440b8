import type { Evidence } from '../types/evidence.ts';
import type { DraftSentence, VisitDraft } from '../record/draft-types.ts';
import { evidenceKey } from '../fusion/merge-group.ts';
import { buildRewordPrompt, type ChatMessage } from './build-reword-prompt.ts';
import { createDeidentifier, type Deidentifier } from './deidentify.ts';
import type { EvidenceText } from './evidence-text.ts';

export type RewordView = 'zh' | 'en';

/** Where an offered sentence sits in the draft. */
export interface SentenceRef {
  view: RewordView;
  section: number;
  sentence: number;
}

export interface OfferedSentence {
  id: string;
  ref: SentenceRef;
  original: DraftSentence;
  /** Prompt evidence id → the evidence it stands for (only this sentence's own). */
  evidence: Map<string, Evidence>;
}

export interface RewordCall {
  view: RewordView;
  messages: ChatMessage[];
  offered: OfferedSentence[];
  /** How much text leaves (for the audit record: counts only). */
  outboundChars: number;
}

export interface RewordPlan {
  calls: RewordCall[];
  deid: Deidentifier;
  nonce: string;
  canary: string;
}

export interface PlanOptions {
  evidenceText: EvidenceText;
  /** Names to replace before anything leaves (patient, relatives). */
  names?: readonly string[];
  /** Capital letters; per call. */
  tag: string;
  /** Letters; per call. */
  nonce: string;
  canary: string;
  views?: readonly RewordView[];
  /** Sentences per request; larger drafts are split into several requests. */
  batchSize?: number;
}

/**
 * Which sentences go to the model, and the minimal de-identified text each needs: the sentence, and
 * the bounded context of the evidence it cites. Doctor-typed sentences stay as typed; sentences
 * flagged as contradicting another source keep their 待核实 marking and are not offered.
 */
export function planReword(draft: VisitDraft, opts: PlanOptions): RewordPlan {
  const deid = createDeidentifier({ tag: opts.tag, ...(opts.names ? { names: opts.names } : {}) });
  const batch = Math.max(1, opts.batchSize ?? 40);
  const calls: RewordCall[] = [];
  for (const view of opts.views ?? (['zh', 'en'] as const)) {
    const candidates: { ref: SentenceRef; s: DraftSentence }[] = [];
    draft[view].forEach((sec, si) =>
      sec.sentences.forEach((s, i) => {
        if (s.doctorTyped || s.evidence.length === 0 || (s.conflicts?.length ?? 0) > 0) return;
        candidates.push({ ref: { view, section: si, sentence: i }, s });
      }),
    );
    for (let start = 0; start < candidates.length; start += batch) {
      const chunk = candidates.slice(start, start + batch);
      const evIds = new Map<string, string>(); // evidence key → E id
      const evidence: { id: string; sourceKind: string; text: string }[] = [];
      const kindOf = new Map(draft.sources.map((s) => [s.sourceId, s.kind]));
      const offered: OfferedSentence[] = chunk.map(({ ref, s }, k) => {
        const map = new Map<string, Evidence>();
        for (const e of s.evidence) {
          const key = evidenceKey(e);
          let id = evIds.get(key);
          if (!id) {
            id = `E${evIds.size + 1}`;
            evIds.set(key, id);
            const ctx = opts.evidenceText.context(e) ?? opts.evidenceText.span(e) ?? '';
            evidence.push({ id, sourceKind: kindOf.get(e.sourceId) ?? 'text', text: deid.apply(ctx) });
          }
          map.set(id, e);
        }
        return { id: `S${k + 1}`, ref, original: s, evidence: map };
      });
      const messages = buildRewordPrompt({
        lang: view,
        nonce: opts.nonce,
        canary: opts.canary,
        sentences: offered.map((o) => ({
          id: o.id,
          text: deid.apply(o.original.text),
          evidenceIds: [...o.evidence.keys()],
        })),
        evidence,
      });
      const outboundChars = messages.reduce((n, m) => n + m.content.length, 0);
      calls.push({ view, messages, offered, outboundChars });
    }
  }
  return { calls, deid, nonce: opts.nonce, canary: opts.canary };
}
