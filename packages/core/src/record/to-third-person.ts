import { BASE_VERBS, FILLERS, LEAD_WORDS, MID_ADVERBS } from './narrative-cues.data.ts';

export type PatientSex = 'female' | 'male';

export interface Pronouns {
  subj: string;
  obj: string;
  poss: string;
  refl: string;
  possPron: string;
}

/** She/he when the dialogue states the patient's sex, otherwise "the patient"/"their" (never guessed). */
export function pronounsFor(sex: PatientSex | undefined): Pronouns {
  if (sex === 'female') return { subj: 'she', obj: 'her', poss: 'her', refl: 'herself', possPron: 'hers' };
  if (sex === 'male') return { subj: 'he', obj: 'him', poss: 'his', refl: 'himself', possPron: 'his' };
  return { subj: 'the patient', obj: 'the patient', poss: 'their', refl: 'themselves', possPron: 'theirs' };
}

// "you" after these words (or first) is a subject ("and you have", "if you feel"); elsewhere it is
// an object ("i want you to", "continue you on").
const SUBJECT_CONTEXT = new Set([
  ',',
  'and',
  'but',
  'so',
  'if',
  'when',
  'that',
  'because',
  'since',
  'until',
  'as',
  'or',
  'whether',
  'before',
  'after',
  'while',
  'once',
  'unless',
  'how',
  'where',
  'what',
  'then',
  'think',
  'know',
  'hope',
  'sure',
  'said',
  'mentioned',
  'like',
]);

const EXPANSIONS: [RegExp, string][] = [
  // Transcribers split these ("gon na", "wan na").
  [/\bgon ?na\b/g, 'going to'],
  [/\bwan ?na\b/g, 'want to'],
  [/\bgot ?ta\b/g, 'got to'],
  [/\bcan't\b/g, 'cannot'],
  [/\bwon't\b/g, 'will not'],
  [/\bain't\b/g, 'is not'],
  [/n't\b/g, ' not'],
  [/'m\b/g, ' am'],
  [/'ve\b/g, ' have'],
  [/'ll\b/g, ' will'],
  [/'re\b/g, ' are'],
  [/\b(it|that|there|what|he|she|everything|something|nothing|this)'s been\b/g, '$1 has been'],
  [/\b(it|that|there|what|he|she|everything|something|nothing|this)'s\b/g, '$1 is'],
  [/\b(i|you|we|they|he|she)'d\b/g, '$1 would'],
];

/** "feel" → "feels", "try" → "tries", "go" → "goes"; irregulars of the subject's verb. */
function thirdPersonVerb(v: string): string | undefined {
  if (v === 'am' || v === 'are') return 'is';
  if (v === 'were') return 'was';
  if (v === 'have') return 'has';
  if (v === 'do') return 'does';
  if (!BASE_VERBS.has(v)) return undefined;
  if (/[^aeiou]y$/.test(v)) return `${v.slice(0, -1)}ies`;
  if (/(s|sh|ch|x|z|o)$/.test(v)) return `${v}es`;
  return `${v}s`;
}

/**
 * Rewrites one spoken English sentence as a clinical-note sentence about the patient: fillers and
 * stutters dropped, contractions expanded, the speaker's "I/my" (patient) or the addressee's
 * "you/your" (doctor) turned into the patient's third person with verb agreement. Only words are
 * moved or dropped — nothing is added that carries a number or a clinical claim. Returns undefined
 * when the sentence still addresses someone (a patient's "you") and so would read wrongly.
 */
export function toThirdPerson(
  sentence: string,
  speaker: 'patient' | 'doctor',
  p: Pronouns,
): string | undefined {
  let s = ` ${sentence.toLowerCase()} `;
  s = s.replace(FILLERS, ' ');
  for (const [re, to] of EXPANSIONS) s = s.replace(re, to);
  // Punctuation apart from words, then stutters ("my , my" → "my") and cut-off words ("or-").
  s = s.replace(/([,.;:!?])(?=\s|$)/g, ' $1 ');
  s = s.replace(/\s+/g, ' ').trim();
  s = s.replace(/\b([a-z']+)(?: , \1\b| \1\b)+/g, '$1');
  s = s.replace(/\b[a-z]+-(?=\s|$)/g, '');
  for (let prev = ''; prev !== s;) {
    prev = s;
    s = s.replace(LEAD_WORDS, '').replace(/^[,.;:\s]+/, '');
  }
  if (speaker === 'doctor') {
    // The doctor's intentions as the note words them: "we will order", not "i'm going to order".
    s = s.replace(
      /\b(?:i am|we are) (?:just |also )?going to\b|\bi (?:also |do |just )?(?:would like to|want to|will)\b/g,
      'we will',
    );
    s = s.replace(/\blet's\b/g, 'we will');
    // Hedges that frame a restated history ("i know you had", "it sounds like you are").
    s = s.replace(
      /^(?:so )?(?:i know|it sounds like|sounds like|i see|i understand|i hear)(?: that)?\s*,?\s*/,
      '',
    );
  }
  const tokens = s.split(' ').filter((t) => t.length > 0);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    const subject =
      speaker === 'patient' ? t === 'i' : t === 'you' && (prev === undefined || SUBJECT_CONTEXT.has(prev));
    if (subject) {
      out.push(p.subj);
      let j = i + 1;
      while (j < tokens.length && MID_ADVERBS.has(tokens[j]!)) out.push(tokens[j++]!);
      const v = tokens[j];
      if (v !== undefined) {
        out.push(thirdPersonVerb(v) ?? v);
        i = j;
      } else i = j - 1;
      continue;
    }
    if (speaker === 'patient') {
      if (t === 'you' || t === 'your' || t === 'yourself') return undefined;
      if (t === 'me') out.push(p.obj);
      else if (t === 'my') out.push(p.poss);
      else if (t === 'myself') out.push(p.refl);
      else if (t === 'mine') out.push(p.possPron);
      else out.push(t);
    } else {
      if (t === 'you') out.push(p.obj);
      else if (t === 'your') out.push(p.poss);
      else if (t === 'yourself') out.push(p.refl);
      else if (t === 'yours') out.push(p.possPron);
      else if (t === 'i') out.push('I');
      else out.push(t);
    }
  }
  let text = out
    .join(' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/([,;:])(?:\s*[,;:])+/g, '$1')
    .replace(/[,;:\s]+([.!?])/g, '$1')
    .replace(/[,;:\s]+$/, '')
    .trim();
  if (text.length === 0) return undefined;
  if (!/[.!?]$/.test(text)) text += '.';
  return text.charAt(0).toUpperCase() + text.slice(1);
}
