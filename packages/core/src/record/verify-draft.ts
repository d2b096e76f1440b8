import type { Evidence, SourceKind } from '../types/evidence.ts';
import type { Fact } from '../types/fact.ts';
import { containsDiagnosisWord } from '../triage/diagnosis-words.data.ts';
import { evidenceKey } from '../fusion/merge-group.ts';
import { valueNumbers } from '../fusion/fact-keys.ts';
import type { DraftSection, VisitDraft } from './draft-types.ts';
import { CHIEF_COMPLAINT_MAX_CHARS, chiefComplaintLength } from './compose-chief-complaint.ts';
import { numbersInText } from './numbers-in-text.ts';

export type DraftViolationKind =
  | 'not_labelled'
  | 'no_evidence'
  | 'unmatched_number'
  | 'not_from_doctor'
  | 'chief_complaint_too_long'
  | 'chief_complaint_is_diagnosis';

export interface DraftViolation {
  kind: DraftViolationKind;
  view: 'zh' | 'en' | 'soap.zh' | 'soap.en';
  section: string;
  sentence: number;
  /** The offending number or word; sentence text is not copied (it is patient data). */
  detail?: string;
}

export interface VerifyOptions {
  /** Text at an evidence locator (transcript span, OCR box …): its numbers also count as evidence. */
  sourceText?: (e: Evidence) => string | undefined;
}

/**
 * The safety invariants of a draft, for Yizhu's own composer and for any LLM rewording:
 * labelled AI-generated; every sentence has evidence or is doctor-typed; every number in a sentence
 * equals a number in the facts (or source text) behind its evidence; assessment and plan rest on the
 * doctor's words or the EMR; the chief complaint fits 20 characters and names no diagnosis.
 */
export function verifyDraft(draft: VisitDraft, opts: VerifyOptions = {}): DraftViolation[] {
  const out: DraftViolation[] = [];
  if (draft.aiGenerated !== true || !draft.label?.zh)
    out.push({ kind: 'not_labelled', view: 'zh', section: '', sentence: -1 });
  const kinds = new Map<string, SourceKind>(draft.sources.map((s) => [s.sourceId, s.kind]));
  // Evidence → the original facts that cite it (members, so a merged fact's every value counts).
  const byEvidence = new Map<string, Fact[]>();
  for (const f of draft.facts) {
    for (const m of [f, ...f.members]) {
      for (const e of m.evidence) {
        const k = evidenceKey(e);
        const list = byEvidence.get(k);
        if (list) list.push(m);
        else byEvidence.set(k, [m]);
      }
    }
  }
  const numbersCache = new Map<Fact, number[]>();
  const diagnosisNames = draft.facts
    .filter((f) => f.kind === 'condition' || f.kind === 'diagnosis')
    .flatMap((f) => [f.display.zh, f.display.en.toLowerCase()]);

  const views: [DraftViolation['view'], DraftSection[]][] = [
    ['zh', draft.zh],
    ['en', draft.en],
    ['soap.zh', draft.soap.zh],
    ['soap.en', draft.soap.en],
  ];
  for (const [view, sections] of views) {
    for (const sec of sections) {
      sec.sentences.forEach((s, i) => {
        const at = { view, section: sec.id, sentence: i };
        if (sec.role === 'chief_complaint') {
          if (view === 'zh' && chiefComplaintLength(s.text) > CHIEF_COMPLAINT_MAX_CHARS)
            out.push({
              kind: 'chief_complaint_too_long',
              ...at,
              detail: String(chiefComplaintLength(s.text)),
            });
          const lower = s.text.toLowerCase();
          const word =
            containsDiagnosisWord(s.text) ?? diagnosisNames.find((n) => n.length > 1 && lower.includes(n));
          if (word) out.push({ kind: 'chief_complaint_is_diagnosis', ...at, detail: word });
        }
        if (s.doctorTyped) return;
        if (s.evidence.length === 0) {
          out.push({ kind: 'no_evidence', ...at });
          return;
        }
        const facts = s.evidence.flatMap((e) => byEvidence.get(evidenceKey(e)) ?? []);
        const allowed = allowedNumbers(facts, numbersCache);
        if (opts.sourceText)
          for (const e of s.evidence) for (const n of numbersInText(opts.sourceText(e) ?? '')) allowed.add(n);
        for (const n of numbersInText(s.text)) {
          if (!hasNumber(allowed, n)) out.push({ kind: 'unmatched_number', ...at, detail: String(n) });
        }
        if (sec.role === 'assessment' || sec.role === 'plan') {
          const backed = s.evidence.some((e) => {
            const k = kinds.get(e.sourceId);
            return k === 'emr' || (byEvidence.get(evidenceKey(e)) ?? []).some((f) => f.speaker === 'doctor');
          });
          if (!backed) out.push({ kind: 'not_from_doctor', ...at });
        }
      });
    }
  }
  return out;
}

export const hasNumber = (set: Set<number>, n: number) =>
  set.has(n) || [...set].some((x) => Math.abs(x - n) < 1e-9);

const DURATION_FACTORS: Record<string, number[]> = { W: [7], M: [30, 4], Y: [12, 365], D: [24] };

/**
 * Numbers the facts state, with the unit-normalised equivalents of durations (1周 = 7天). A fact is
 * cited by many sentences across the four views, so each is read once per verification (the cache
 * lives only for one call: a fact edited later is read afresh).
 */
function allowedNumbers(facts: readonly Fact[], cache: Map<Fact, number[]>): Set<number> {
  const set = new Set<number>();
  for (const f of facts) {
    let ns = cache.get(f);
    if (!ns) {
      ns = [...factNumbers([f])];
      cache.set(f, ns);
    }
    for (const n of ns) set.add(n);
  }
  return set;
}

/** Numbers the facts state (values, units, dates, durations and their equivalents). */
export function factNumbers(facts: readonly Fact[]): Set<number> {
  const set = new Set<number>();
  const addAll = (s: string | undefined) => {
    if (s) for (const m of s.matchAll(/\d+(?:\.\d+)?/g)) set.add(Number(m[0]));
  };
  for (const f of facts) {
    for (const n of valueNumbers(f.value)) set.add(n);
    for (const s of [f.unit, f.effective, f.onset, f.frequency, f.display.zh, f.display.en, f.severity])
      addAll(s);
    // A name's own number words ("最近一次血压") are stated by the fact, not invented by the sentence.
    for (const n of numbersInText(`${f.display.zh} ${f.display.en}`)) set.add(n);
    const d = f.duration ? /^PT?(\d+(?:\.\d+)?)([YMWDH])$/.exec(f.duration) : null;
    if (d) {
      const n = Number(d[1]);
      set.add(n);
      for (const k of DURATION_FACTORS[d[2]!] ?? []) set.add(n * k);
    }
  }
  return set;
}
