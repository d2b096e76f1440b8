import type { Evidence, Locator } from '../types/evidence.ts';
import type { Fact, FactStatus } from '../types/fact.ts';
import { getTerminology } from '../terminology/terminology.ts';
import type { Terminology } from '../terminology/terminology.ts';
import { analyzeSegment } from './analyze-segment.ts';
import type { Answer, Mention, SegmentAnalysis } from './analyze-segment.ts';
import type { ExtractLimits } from './limits.ts';
import { decodeUtf8, resolveLimits } from './limits.ts';
import { mergeFacts } from './merge-facts.ts';
import { parseTranscriptJson, parseTranscriptText } from './parse-transcript.ts';
import type { Turn } from './parse-transcript.ts';
import { readMeasurement, readPackYears } from './read-values.ts';
import { mentionToFact } from './to-fact.ts';

export interface ExtractOptions {
  sourceId?: string;
  limits?: Partial<ExtractLimits>;
  terminology?: Terminology;
}

export interface TranscriptExtraction {
  turns: Turn[];
  facts: Fact[];
  /** Sentences read as instructions (把诊断写成…, ignore previous instructions): no facts came from them. */
  ignored: IgnoredSpan[];
}

/** Where an instruction-like sentence was ignored: turn index and offsets into that turn's text. */
export interface IgnoredSpan {
  turn: number;
  charStart: number;
  charEnd: number;
}

/**
 * Facts from a dialogue: plain text (one turn per line), UTF-8 bytes, or JSON turns. The text of
 * every turn is data only — nothing in it is obeyed — and every fact points at turn and span.
 */
export function extractTranscript(
  input: string | Uint8Array | readonly unknown[],
  opts: ExtractOptions = {},
): TranscriptExtraction {
  const limits = resolveLimits(opts.limits);
  let turns: Turn[];
  if (typeof input === 'string') turns = parseTranscriptText(input, limits);
  else if (input instanceof Uint8Array) turns = parseTranscriptText(decodeUtf8(input, limits), limits);
  else turns = parseTranscriptJson(input, limits);
  const ignored: IgnoredSpan[] = [];
  const facts = extractFromTurns(turns, opts, ignored);
  return { turns, facts, ignored };
}

interface Pending {
  turn: Turn;
  analysis: SegmentAnalysis;
}

/** The dialogue logic over parsed turns: statements, question→answer pairs, follow-up durations. */
export function extractFromTurns(
  turns: readonly Turn[],
  opts: ExtractOptions = {},
  ignored: IgnoredSpan[] = [],
): Fact[] {
  const T = opts.terminology ?? getTerminology();
  const sourceId = opts.sourceId ?? 'transcript';
  const facts: Fact[] = [];
  let pending: Pending | undefined;
  // Symptom facts of the last turn that stated any, for "多久了？" asked without naming them.
  let lastStated: Fact[] = [];
  const locate =
    (turn: Turn) =>
    (start: number, end: number): Locator => {
      const l: Locator = { kind: 'transcript', turn: turn.index, charStart: start, charEnd: end };
      if (turn.tStartMs !== undefined) l.tStartMs = turn.tStartMs;
      return l;
    };

  for (const turn of turns) {
    if (turn.text.length === 0) continue;
    const askedAllergy =
      pending !== undefined &&
      (pending.analysis.hasAllergyCue || pending.analysis.questionMentions.some((m) => m.kind === 'allergy'));
    const a = analyzeSegment(turn.text, {
      speaker: turn.speaker,
      terminology: T,
      allergyContext: askedAllergy,
    });
    for (const r of a.ignored) ignored.push({ turn: turn.index, charStart: r.start, charEnd: r.end });
    const own: Fact[] = a.mentions.map((m) => mentionToFact(m, turn.speaker, locate(turn), sourceId));

    if (pending && answersTo(pending.turn, turn)) {
      const q = pending.analysis;
      const answeredIds = new Set(a.mentions.map((m) => m.concept.id));
      const answer = a.answer ?? echoAnswer(q, a);
      if (answer && q.questionMentions.length > 0 && !q.whQuestion) {
        for (const qm of q.questionMentions) {
          if (answeredIds.has(qm.concept.id)) continue;
          // A measurement is only a fact with its value ("量过血压吗？" "没有" says nothing clinical).
          if (qm.kind === 'vital' || qm.kind === 'lab') continue;
          let status: FactStatus =
            answer.polarity === 'neg'
              ? 'absent'
              : answer.uncertain
                ? 'uncertain'
                : qm.status === 'absent'
                  ? 'present'
                  : qm.status;
          if (status === 'present' && a.resolved && qm.kind !== 'allergy') status = 'historical';
          const f = mentionToFact({ ...qm, status }, turn.speaker, locate(pending.turn), sourceId);
          f.evidence.push({ sourceId, locator: locate(turn)(answer.start, answer.end) });
          if (status === 'absent') {
            delete f.duration;
            delete f.severity;
          }
          if (qm.concept.id === 'smoking' && status !== 'absent') {
            const py = readPackYears(a.norm);
            if (py !== undefined) {
              f.value = py;
              f.unit = 'pack-years';
            }
          }
          f.confidence = 0.8;
          own.push(f);
        }
      }
      // 「血压多少？」「一百五十/九十」: the number in the answer belongs to the asked measurement;
      // 「发烧吗？」「昨天三十八度」: a temperature answers a fever question.
      if (a.mentions.length === 0) {
        for (const asked of q.questionMentions) {
          const temp = asked.concept.id === 'fever' ? T.concept('temp') : undefined;
          const qm = temp ? { ...asked, concept: temp, kind: 'vital' as const } : asked;
          if (qm.kind !== 'vital' && qm.kind !== 'lab') continue;
          const v = readMeasurement(qm.concept.id, a.norm, a.numbers, 0, a.norm.length);
          if (!v) continue;
          if (temp && !/^\s*(度|℃|°|degrees)/.test(a.norm.slice(v.end, v.end + 3))) continue;
          const f = mentionToFact(
            { ...qm, status: 'present', value: v.value, unit: v.unit, extra: [] },
            turn.speaker,
            locate(pending.turn),
            sourceId,
          );
          if (v.unit === undefined) delete f.unit;
          f.evidence.push({ sourceId, locator: locate(turn)(v.start, v.end) });
          own.push(f);
          if (temp && typeof v.value === 'number' && v.value >= 37.3 && !answer) {
            const fever = mentionToFact(
              { ...asked, status: 'present' },
              turn.speaker,
              locate(pending.turn),
              sourceId,
            );
            fever.evidence.push({ sourceId, locator: locate(turn)(v.start, v.end) });
            own.push(fever);
          }
          break;
        }
      }
      // 「多久了？」「三天了」: the duration goes to what was asked about, or to what was just said.
      if (q.asksDuration && a.leadDuration) {
        const d = a.leadDuration;
        const targets: Fact[] = [];
        const asked = q.questionMentions.filter(
          (m) => m.kind === 'symptom' || m.kind === 'condition' || m.kind === 'social',
        );
        if (asked.length > 0) {
          for (const qm of asked) {
            const f = mentionToFact(
              { ...qm, status: qm.status === 'absent' ? 'present' : qm.status },
              turn.speaker,
              locate(pending.turn),
              sourceId,
            );
            own.push(f);
            targets.push(f);
          }
        } else targets.push(...lastStated.filter((f) => f.status === 'present' && !f.duration));
        const ev: Evidence = { sourceId, locator: locate(turn)(d.start, d.end) };
        for (const f of targets) {
          f.duration = d.iso;
          if (d.ago) f.onset = d.iso;
          f.evidence.push(ev);
        }
      }
    }
    for (const f of own) facts.push(f);
    const stated = own.filter((f) => f.kind === 'symptom' || f.kind === 'condition');
    if (stated.length > 0) lastStated = stated;
    pending =
      a.endsWithQuestion || a.questionMentions.length > 0 || a.asksDuration
        ? { turn, analysis: a }
        : undefined;
  }
  return mergeFacts(facts);
}

/**
 * Chinese answers often echo the verb instead of saying yes: 「抽烟吗？」「抽，一天一包」,
 * 「过敏吗？」「过敏」. The answer's first character, found in the question's last clause, is a yes.
 */
function echoAnswer(q: SegmentAnalysis, a: SegmentAnalysis): Answer | undefined {
  if (q.questionMentions.length === 0) return undefined;
  const m = /^[\s,。嗯呃啊]*([\u4e00-\u9fff])/.exec(a.norm);
  if (!m) return undefined;
  const ch = m[1]!;
  if ('不没无别'.includes(ch)) return undefined;
  const next = a.norm.charAt(m.index + m[0].length);
  if (next !== '' && '不没'.includes(next)) return undefined;
  const cut = q.norm.lastIndexOf(',', q.norm.length - 2);
  const lastClause = q.norm.slice(cut + 1);
  if (!lastClause.replace(/[吗呢么有没是不]/g, '').includes(ch)) return undefined;
  const start = m.index + m[0].length - 1;
  return { polarity: 'affirm', uncertain: false, start, end: start + 1 };
}

/** An answer comes from someone else; with unknown labels (ASR) any next turn may answer. */
function answersTo(q: Turn, a: Turn): boolean {
  return a.index === q.index + 1 && (q.speaker !== a.speaker || q.speaker === 'unknown');
}

export type { Mention };
