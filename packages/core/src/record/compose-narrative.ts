import type { Evidence } from '../types/evidence.ts';
import type { Fact } from '../types/fact.ts';
import type { Turn } from '../extract/parse-transcript.ts';
import type { FusedFact } from '../fusion/fusion-types.ts';
import type { SectionId } from './draft-types.ts';
import type { Statement } from './statement.ts';
import { numbersInText } from './numbers-in-text.ts';
import { factNumbers, hasNumber } from './verify-draft.ts';
import {
  ASSISTANT_COMMAND,
  EXAM_CUES,
  HISTORY_CUES,
  INTENT_CUE,
  INTRO_CUE,
  PLAN_CUES,
  RESULT_CUES,
} from './narrative-cues.data.ts';
import { pronounsFor, toThirdPerson, type PatientSex } from './to-third-person.ts';

/** The parsed turns of one transcript source. */
export type TranscriptTurns = Readonly<Record<string, readonly Turn[]>>;

interface Hit {
  fused: FusedFact;
  member: Fact;
  evidence: Evidence;
  start: number;
  end: number;
}

const MIN_WORDS = 4;
// What only reads as an answer to the question before it ("Not that she has noticed.").
const FRAGMENT = /^(?:not|nothing|none|neither|nor|because|which|or)\b/i;

/**
 * The English narrative of an English dialogue, extractive: the sentences that carry clinical
 * content, each rewritten into third-person note prose (`toThirdPerson`) and citing the transcript
 * span it came from plus the facts extracted inside that span. Placement follows who spoke: the
 * patient's history → HPI; the doctor's dictation about the patient → HPI; the doctor's examination
 * → exam, results reviewed → results, and the doctor's assessment and plan (only sentences stating a
 * fact the doctor said, so the plan rests on the doctor's words) → plan. A sentence whose numbers
 * are not all stated by its own span (or the facts in it) is left out, so every number is checkable
 * against its evidence (verifyDraft with `transcriptSourceText`). Chinese turns are left to the
 * fact-based record.
 */
export function composeNarrative(facts: readonly FusedFact[], transcripts: TranscriptTurns): Statement[] {
  const out: Statement[] = [];
  const seen = new Set<string>();
  for (const [sourceId, turns] of Object.entries(transcripts)) {
    const english = turns.filter((t) => !/[\u3400-\u9fff]/.test(t.text));
    if (english.length === 0 || english.length < turns.length / 2) continue;
    const p = pronounsFor(patientSex(turns));
    const hitsByTurn = indexHits(facts, sourceId);
    for (const turn of english) {
      if (turn.speaker !== 'patient' && turn.speaker !== 'doctor' && turn.speaker !== 'family') continue;
      for (const [start, end] of sentenceSpans(turn.text)) {
        const raw = turn.text.slice(start, end);
        if (/\?\s*$/.test(raw)) continue;
        const lower = raw.toLowerCase();
        const hits = (hitsByTurn.get(turn.index) ?? []).filter((h) => h.start < end && h.end > start);
        const section = placeOf(turn.speaker, lower, hits);
        if (!section) continue;
        const text = toThirdPerson(raw, turn.speaker === 'doctor' ? 'doctor' : 'patient', p);
        if (!text || text.split(' ').length < MIN_WORDS || FRAGMENT.test(text) || seen.has(text)) continue;
        // Numbers stated by the facts in the span or by the span itself (what the verifier's
        // transcriptSourceText resolves for this sentence's locator) — never from elsewhere.
        const allowed = factNumbers(hits.map((h) => h.member));
        for (const n of numbersInText(raw)) allowed.add(n);
        if (!numbersInText(text).every((n) => hasNumber(allowed, n))) continue;
        seen.add(text);
        const loc: Evidence['locator'] = {
          kind: 'transcript',
          turn: turn.index,
          charStart: start,
          charEnd: end,
        };
        if (turn.tStartMs !== undefined) loc.tStartMs = turn.tStartMs;
        const evidence: Evidence[] = [{ sourceId, locator: loc }];
        for (const h of hits) if (!evidence.includes(h.evidence)) evidence.push(h.evidence);
        const fused = [...new Set(hits.map((h) => h.fused))];
        out.push({ section, en: text, facts: fused, evidence });
      }
    }
  }
  return out;
}

function placeOf(speaker: Turn['speaker'], lower: string, hits: Hit[]): SectionId | undefined {
  if (speaker !== 'doctor') return hits.length > 0 || HISTORY_CUES.test(lower) ? 'hpi' : undefined;
  if (ASSISTANT_COMMAND.test(lower)) return undefined;
  if (INTRO_CUE.test(lower)) return 'hpi';
  const intent = INTENT_CUE.test(lower);
  if (EXAM_CUES.test(lower) && !intent) return 'exam';
  if (RESULT_CUES.test(lower) && !intent) return 'results';
  // The plan rests on the doctor's words: a fact the doctor stated must be in the sentence.
  if (PLAN_CUES.test(lower) && hits.some((h) => h.member.speaker === 'doctor')) return 'plan';
  // The doctor restating the history ("so you've had this pain for two weeks").
  if (!intent && hits.some((h) => h.member.kind === 'symptom' || h.member.kind === 'condition')) return 'hpi';
  return undefined;
}

/** Sentence spans of a turn: ends at . ? ! (not a decimal point), leading spaces trimmed. */
export function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    const end =
      i === text.length ||
      c === '?' ||
      c === '!' ||
      (c === '.' && !(/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')));
    if (!end) continue;
    const stop = Math.min(text.length, i + 1);
    let s = start;
    while (s < stop && /\s/.test(text[s]!)) s++;
    if (stop > s && /[a-z]/i.test(text.slice(s, stop))) spans.push([s, stop]);
    start = stop;
  }
  return spans;
}

function indexHits(facts: readonly FusedFact[], sourceId: string): Map<number, Hit[]> {
  const byTurn = new Map<number, Hit[]>();
  for (const fused of facts) {
    for (const member of fused.members) {
      for (const evidence of member.evidence) {
        const l = evidence.locator;
        if (evidence.sourceId !== sourceId || l.kind !== 'transcript') continue;
        const list = byTurn.get(l.turn) ?? [];
        list.push({ fused, member, evidence, start: l.charStart, end: l.charEnd });
        byTurn.set(l.turn, list);
      }
    }
  }
  return byTurn;
}

// The sex the doctor states ("a 50-year-old female", "mrs. jones"); otherwise none is assumed.
const FEMALE = /\b(?:\d+|[a-z]+)[- ]year[- ]old (?:female|woman|lady|girl)\b|\b(?:mrs|ms)\.?\s+[a-z]/;
const MALE = /\b(?:\d+|[a-z]+)[- ]year[- ]old (?:male|man|gentleman|boy)\b|\bmr\.?\s+[a-z]/;

export function patientSex(turns: readonly Turn[]): PatientSex | undefined {
  const doctor = turns
    .filter((t) => t.speaker === 'doctor')
    .map((t) => t.text.toLowerCase())
    .join(' ');
  const f = FEMALE.test(doctor);
  const m = MALE.test(doctor);
  return f === m ? undefined : f ? 'female' : 'male';
}
