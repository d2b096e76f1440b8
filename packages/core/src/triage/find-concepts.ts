/**
 * Free text → concepts, each marked present / absent / historical. A concept mentioned both as
 * present and denied counts as present: under-reading a symptom is the unsafe error.
 */
import { classifyContext, type MentionStatus } from './classify-context.ts';
import { COMPILED_LEXICON } from './symptom-lexicon.ts';
import { ZH_CHAR_FOLDS, ZH_VOICE_SLIPS } from './zh-variants.data.ts';

const FOLDABLE = new RegExp(`[${[...ZH_CHAR_FOLDS.keys()].join('')}]`, 'g');
const VOICE_SLIP = new RegExp([...ZH_VOICE_SLIPS.keys()].join('|'), 'g');

export interface ConceptMention {
  concept: string;
  status: MentionStatus;
  start: number;
  end: number;
}

export interface ConceptFindings {
  present: Set<string>;
  absent: Set<string>;
  historical: Set<string>;
  mentions: ConceptMention[];
}

/** NFKC folds full-width digits/letters (１２, ＢＰ) and odd quotes into plain forms; traditional → simplified. */
export function normaliseText(text: string): string {
  return (
    text
      .normalize('NFKC')
      .replace(/[\u2018\u2019\u2032]/g, "'")
      .replace(/[\u201c\u201d]/g, '"')
      // "can not" is one word for every pattern ("can not pass urine" = "cannot pass urine").
      .replace(/\bcan not\b/gi, 'cannot')
      // Traditional characters and Cantonese function words fold one-to-one onto the simplified
      // lexicon (講唔清楚 → 讲不清楚), keeping every offset.
      .replace(FOLDABLE, (ch) => ZH_CHAR_FOLDS.get(ch) ?? ch)
      // Dictation homophones (凶口 → 胸口), word for word and length for length.
      .replace(VOICE_SLIP, (w) => ZH_VOICE_SLIPS.get(w) ?? w)
  );
}

export function findConcepts(text: string): ConceptFindings {
  const mentions: ConceptMention[] = [];
  for (const c of COMPILED_LEXICON) {
    for (const re of [c.en, c.zh]) {
      if (!re) continue;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const start = m.index;
        const end = start + m[0].length;
        mentions.push({ concept: c.def.id, status: classifyContext(text, start, end), start, end });
      }
    }
  }
  const present = new Set<string>();
  const absent = new Set<string>();
  const historical = new Set<string>();
  for (const m of mentions) {
    if (m.status === 'present') present.add(m.concept);
    else if (m.status === 'absent') absent.add(m.concept);
    else historical.add(m.concept);
  }
  for (const id of present) {
    absent.delete(id);
    historical.delete(id);
  }
  for (const id of historical) absent.delete(id);
  return { present, absent, historical, mentions };
}
