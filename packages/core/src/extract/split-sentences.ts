import type { Token } from '../terminology/terminology.ts';

/** A stretch of a sentence inside which negation and modifiers apply. */
export interface Clause {
  start: number;
  end: number;
  tokens: Token[];
}

export interface Sentence {
  start: number;
  end: number;
  question: boolean;
  tokens: Token[];
  clauses: Clause[];
}

// Chinese sentence-final particles only make a question at the end (我还有点咳嗽呢 is a statement
// only when 呢 is not final, so position matters).
const FINAL_PARTICLES = new Set(['吗', '呢', '么', '没有吧']);

function isSentenceEnd(norm: string, i: number): boolean {
  const c = norm[i];
  if (c === '。' || c === '?' || c === '!' || c === '…') return true;
  if (c === '.') {
    // 38.5 and 1.2 are numbers, not sentence ends.
    const prev = norm.charCodeAt(i - 1);
    const next = norm.charCodeAt(i + 1);
    return !(prev >= 48 && prev <= 57 && next >= 48 && next <= 57);
  }
  return false;
}

/**
 * Splits normalised text into sentences and clauses. Chinese clauses end at ，；and at scope
 * breakers (但是, 就是); English clauses end at ; and breakers only, because English lists negation
 * across commas ("no fever, chills, or sweats") and its scope is limited by word distance instead.
 */
export function splitSentences(norm: string, tokens: readonly Token[], zh: boolean): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  let ti = 0;
  // Cursor over tokens for the run-on check, so splitting stays linear in the turn's length.
  let ri = 0;
  const n = norm.length;
  for (let i = 0; i <= n; i++) {
    while (ri < tokens.length && tokens[ri]!.start < i) ri++;
    const cut = !zh && i < n && i > start && tokens[ri]?.start === i && runOnQuestionAt(norm, tokens, ri);
    if (i < n && !isSentenceEnd(norm, i) && !cut) continue;
    const end = cut ? i : Math.min(n, i + 1);
    if (end > start && norm.slice(start, end).trim().length > 0) {
      const sTokens: Token[] = [];
      while (ti < tokens.length && tokens[ti]!.start < end) {
        if (tokens[ti]!.start >= start) sTokens.push(tokens[ti]!);
        ti++;
      }
      sentences.push(buildSentence(norm, start, end, sTokens, zh, !cut && i < n && norm[i] === '?'));
    }
    start = end;
  }
  return sentences;
}

/**
 * ASR turns often run several sentences together without punctuation ("…a good time well have you
 * experienced any numbness"). A filler directly followed by a question opener starts a new
 * sentence there, so the question is read as one instead of as part of a statement.
 */
function runOnQuestionAt(norm: string, tokens: readonly Token[], k: number): boolean {
  const f = tokens[k]!;
  const q = tokens[k + 1];
  if (!f.cues.includes('filler') || f.concept || !q || !q.cues.includes('question')) return false;
  if (!/^\s*$/.test(norm.slice(f.end, q.start))) return false;
  // Only mid-sentence: something other than punctuation precedes the filler.
  return /[\p{L}\p{N}]\s*$/u.test(norm.slice(Math.max(0, f.start - 8), f.start));
}

// "I'll prescribe meloxicam 15 mg once a day, okay?" is a statement with a tag, not a question.
const TAG_QUESTION = /,\s*(okay|ok|alright|all right|right|好吗|好不好|行吗|行不行|对吧|好吧)\s*\?$/;

function buildSentence(
  norm: string,
  start: number,
  end: number,
  tokens: Token[],
  zh: boolean,
  qmark: boolean,
): Sentence {
  let question = qmark && !TAG_QUESTION.test(norm.slice(start, end).trimEnd());
  if (!question) {
    // "okay now do you have …": discourse words before the opener do not make it a statement.
    const firstContent = tokens.find(
      (t) => !t.cues.includes('filler') && !(t.cues.length === 1 && t.cues[0] === 'current'),
    );
    for (const t of tokens) {
      if (t.cues.includes('duration_question')) question = true;
      if (!t.cues.includes('question')) continue;
      const surface = norm.slice(t.start, t.end);
      if (zh) {
        if (FINAL_PARTICLES.has(surface)) {
          // V着呢 (吃着呢, 好着呢) is an emphatic statement, not a question.
          const statement = surface === '呢' && norm.charAt(t.start - 1) === '着';
          if (!statement && /^[\s,.!?。~]*$/.test(norm.slice(t.end, end))) question = true;
        } else question = true;
      } else if (t === firstContent) question = true;
    }
  }
  const clauses: Clause[] = [];
  let cStart = start;
  let cTokens: Token[] = [];
  let ti = 0;
  const flush = (cEnd: number): void => {
    if (cEnd > cStart) clauses.push({ start: cStart, end: cEnd, tokens: cTokens });
    cStart = cEnd;
    cTokens = [];
  };
  for (let i = start; i < end; i++) {
    while (ti < tokens.length && tokens[ti]!.start === i) {
      const t = tokens[ti]!;
      // A breaker opens a new clause (没有发烧，就是有点咳嗽 / no fever but a cough).
      if (t.cues.includes('break') && !t.concept) flush(i);
      cTokens.push(t);
      ti++;
    }
    const c = norm[i];
    if (c === ';' || (zh && c === ',')) flush(i + 1);
  }
  flush(end);
  return { start, end, question, tokens, clauses };
}
