/**
 * Lexical grounding: a reworded sentence may rearrange the words of its deterministic original and of
 * the evidence spans it cites, plus connective words, but may not bring in much vocabulary of its own.
 * This is what stops instructions smuggled through patient text ("visit this site", "I have been
 * pwned", another patient's name) — they are not in the cited spans, so they cannot be "reworded in".
 */

// Connective and record-style words a rewording may add freely (English).
const EN_FREE = new Set(
  `the a an and or but nor with without of for from to in on at by as is are was were be been being has have had
  does did not no any this that these those it its their there which who whom whose than then also both either
  patient patients reports reported reporting states stated notes noted describes described presents presented
  presenting complains complained complaining history today currently current recent recently since over about
  approximately around after before during while when per each past prior previous ongoing associated episode
  episodes occasional occasionally some other further mild moderate severe denies denied deny feels feeling felt
  experiencing experiences experienced started began onset duration lasting has been taking takes taken uses used
  using currently known visit clinic report according says said mentions mentioned there days weeks months
  years hours day week month year hour times time daily twice once well`.split(/\s+/),
);

// Connective and record-style characters a rewording may add freely (Chinese).
const ZH_FREE = new Set([
  ...'的了和与及或并且而但也均为是有无未否认诉述称自感觉出现伴随件约余近来前后已经曾于在中时至今每次日天周月年个小时分钟患者病人主要目前现既往病史症状情况表示提到诉说其之以下上左右等其他及时一直持续偶尔反复明显轻度中度重度较稍略',
]);

const cjk = /[\u3400-\u9fff]/;

function stem(w: string): string {
  return w.replace(/(?:ing|ed|es|s|ly)$/, '').replace(/(.)\1$/, '$1');
}

export interface NoveltyReport {
  novelWords: number;
  contentWords: number;
  novelChars: number;
  cjkChars: number;
}

export function wordingNovelty(candidate: string, reference: string): NoveltyReport {
  const refLower = reference.toLowerCase();
  const refStems = new Set((refLower.match(/[a-z]+/g) ?? []).map(stem));
  const refChars = new Set([...reference].filter((c) => cjk.test(c)));
  let novelWords = 0;
  let contentWords = 0;
  for (const w of candidate.toLowerCase().match(/[a-z]+/g) ?? []) {
    if (w.length < 3 || EN_FREE.has(w)) continue;
    contentWords++;
    if (!refStems.has(stem(w))) novelWords++;
  }
  let novelChars = 0;
  let cjkChars = 0;
  for (const c of candidate) {
    if (!cjk.test(c) || ZH_FREE.has(c)) continue;
    cjkChars++;
    if (!refChars.has(c)) novelChars++;
  }
  return { novelWords, contentWords, novelChars, cjkChars };
}

/**
 * Whether the candidate stays within the vocabulary of its sources (bounds chosen to allow rewording,
 * not new content). Words of the other script get no budget: a Chinese record sentence has no reason
 * to gain English words its sources lack, nor an English one Chinese characters.
 */
export function isGroundedWording(candidate: string, reference: string, lang: 'zh' | 'en'): boolean {
  const r = wordingNovelty(candidate, reference);
  const wordBudget = lang === 'en' ? Math.floor(r.contentWords * 0.15) : 0;
  const charBudget = lang === 'zh' ? Math.max(1, Math.floor(r.cjkChars * 0.1)) : 0;
  return r.novelWords <= wordBudget && r.novelChars <= charBudget;
}

const collapse = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');

/**
 * Whether output discloses the system prompt: the per-call canary or nonce, fence markers, or any
 * 24-character run of the prompt's own wording.
 */
export function disclosesPrompt(candidate: string, prompt: string, secrets: readonly string[]): boolean {
  const c = collapse(candidate);
  if (secrets.some((s) => s.length > 0 && c.includes(s.toLowerCase()))) return true;
  if (/<<<|>>>|‹‹‹|›››/.test(candidate)) return true;
  const p = collapse(prompt);
  const W = 24;
  for (let i = 0; i + W <= c.length; i++) if (p.includes(c.slice(i, i + W))) return true;
  return false;
}
