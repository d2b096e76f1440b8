import { invalid, YizhuError } from '../errors/yizhu-error.ts';
import type { Speaker } from '../types/fact.ts';
import type { ExtractLimits } from './limits.ts';
import { normalizeText } from '../terminology/normalize.ts';
import { checkSize, checkTextual } from './limits.ts';

/** One turn of a dialogue. Evidence offsets are into `text` (the turn without its speaker label). */
export interface Turn {
  index: number;
  speaker: Speaker;
  text: string;
  tStartMs?: number;
  /** The label as written (医生, [doctor], 孩子妈妈), for display. */
  label?: string;
}

/** A turn as JSON input: {speaker, text, tStartMs?}. */
export interface TurnInput {
  speaker?: unknown;
  text?: unknown;
  tStartMs?: unknown;
}

const ROLE_WORDS: [RegExp, Speaker][] = [
  [/^(doctor|dr\.?|physician|clinician|nurse|医生|大夫|医师|护士|主任|d)$/i, 'doctor'],
  [/^(patient|pt|患者|病人|病患|p)$/i, 'patient'],
  [
    /^(family|guest|patient_guest|relative|parent|mother|father|家属|家长|患儿家长|孩子妈妈|孩子爸爸|孩子妈|孩子爸|妈妈|爸爸|母亲|父亲|儿子|女儿|老伴|爱人|陪同|患者家属)$/i,
    'family',
  ],
];

/** Maps a speaker label to a role; unknown labels stay 'unknown' rather than being guessed. */
export function speakerOf(label: string): Speaker {
  // Normalised so that traditional (醫生, 家屬) and full-width labels are recognised too.
  const l = normalizeText(label).trim();
  for (const [re, sp] of ROLE_WORDS) if (re.test(l)) return sp;
  return 'unknown';
}

const BRACKET = /^\s*\[([^\]\n]{1,32})\]\s*/;
const COLON = /^\s*([^\s:：[\]]{1,8})\s*[:：]\s*/;

/**
 * Parses a plain-text transcript, one turn per line: `[doctor] …`, `医生：…`, `患者：…`, `家属：…`.
 * A line without a known label continues as its own turn with the previous speaker (ASR output
 * often wraps). Blank lines are skipped. `血压：140/90` is not a speaker label: only role words are.
 */
export function parseTranscriptText(input: string, limits: ExtractLimits): Turn[] {
  checkSize(input.length, limits, 'transcript');
  checkTextual(input, 'transcript');
  const turns: Turn[] = [];
  let speaker: Speaker = 'unknown';
  let label: string | undefined;
  const lines = input.split(/\r\n|\n|\r/);
  for (const line of lines) {
    if (line.trim().length === 0) continue;
    let text = line;
    const b = BRACKET.exec(line);
    const c = b ? null : COLON.exec(line);
    if (b) {
      label = b[1]!;
      speaker = speakerOf(label);
      text = line.slice(b[0].length);
    } else if (c && speakerOf(c[1]!) !== 'unknown') {
      label = c[1]!;
      speaker = speakerOf(label);
      text = line.slice(c[0].length);
    }
    if (text.trim().length === 0) continue;
    if (text.length > limits.maxTurnChars) {
      throw new YizhuError('payload_too_large', `a turn is longer than ${limits.maxTurnChars} characters`);
    }
    const turn: Turn = { index: turns.length, speaker, text };
    if (label !== undefined) turn.label = label;
    turns.push(turn);
    if (turns.length > limits.maxTurns) {
      throw new YizhuError('payload_too_large', `transcript has more than ${limits.maxTurns} turns`);
    }
  }
  return turns;
}

/** Validates JSON turns ({speaker, text, tStartMs?}) and gives them indices. */
export function parseTranscriptJson(input: unknown, limits: ExtractLimits): Turn[] {
  const list = Array.isArray(input)
    ? input
    : input && typeof input === 'object' && Array.isArray((input as { turns?: unknown }).turns)
      ? ((input as { turns: unknown[] }).turns as unknown[])
      : undefined;
  if (!list) throw invalid('transcript JSON must be an array of {speaker, text} turns');
  if (list.length > limits.maxTurns) {
    throw new YizhuError('payload_too_large', `transcript has more than ${limits.maxTurns} turns`);
  }
  const turns: Turn[] = [];
  let total = 0;
  list.forEach((raw: unknown, i: number) => {
    if (!raw || typeof raw !== 'object')
      throw invalid('invalid turn', [{ path: `[${i}]`, message: 'must be an object' }]);
    const t = raw as TurnInput;
    if (typeof t.text !== 'string')
      throw invalid('invalid turn', [{ path: `[${i}].text`, message: 'must be a string' }]);
    if (t.text.length > limits.maxTurnChars) {
      throw new YizhuError('payload_too_large', `a turn is longer than ${limits.maxTurnChars} characters`);
    }
    total += t.text.length;
    checkSize(total, limits, 'transcript');
    checkTextual(t.text, `turn ${i}`);
    if (
      t.tStartMs !== undefined &&
      (typeof t.tStartMs !== 'number' || !Number.isFinite(t.tStartMs) || t.tStartMs < 0)
    ) {
      throw invalid('invalid turn', [{ path: `[${i}].tStartMs`, message: 'must be a non-negative number' }]);
    }
    const label = typeof t.speaker === 'string' ? t.speaker : '';
    const turn: Turn = { index: turns.length, speaker: speakerOf(label), text: t.text };
    if (label) turn.label = label;
    if (typeof t.tStartMs === 'number') turn.tStartMs = t.tStartMs;
    if (t.text.trim().length > 0) turns.push(turn);
    else turns.push({ ...turn, text: '' });
  });
  return turns;
}
