/**
 * Decides whether a matched symptom is stated as present, denied, or only past history, by looking
 * back from the match to the start of its clause (a NegEx-style window, zh and en). Getting a denial
 * wrong in the unsafe direction would hide an emergency, so scope ends early: at a clause boundary
 * or a verb that starts a new statement ("but has", "出现", "伴有").
 */
export type MentionStatus = 'present' | 'absent' | 'historical';

// English: words that end a negation's reach. "with" is deliberately not one ("no pain with walking").
// "just/only/want/need" start the real reason for writing ("no chest pain, just a cough", "no fever,
// want my cholesterol checked"), but not in "don't want to"; "am" starts a new statement ("no pain, I
// am 62 and smoke"); "has/have/had" start one too, except after "never" ("never had gout").
const EN_BOUNDARY =
  /[.;!?\n:]|\b(?:but|however|although|though|yet|except|apart from|aside from|besides|now|then|also|(?<!never )(?:has|have|had)|reports?|reported|complains?|complaining|presents?|presented|notes?|noticed|developed|started|began|feels?|felt|is|was|are|were|says?|said|states?|mentions?|describes?|experiences?|there is|today|currently|slowly|gradually|just|only|(?<!(?:don'?t|do not|doesn'?t|does not|didn'?t|did not|never) )wants?|needs?|am|and (?:my|his|her|their|our))\b/gi;
// "no longer", "not relieved" and friends describe the course of a symptom that is present.
const EN_PSEUDO =
  /\b(?:not (?:only|relieved|help\w*|work\w*|improv\w*|better|resolv\w*|go(?:ne)? away|stop\w*|sure|certain|able|respond\w*)|no (?:improvement|relief|better|change|help|longer|obvious (?:cause|reason|trigger)|helmet|seat ?belt)|without (?:a |any )?(?:helmet|seat ?belt|goggles|safety glasses|eye protection|glasses|gloves|a mask)|nothing (?:helps|relieves)|cannot be (?:excluded|ruled out))\b/gi;
// "I don't want to hurt myself" denies the wish (round 5); "don't want to live" is matched whole.
const EN_NEGATION =
  /\b(?:(?:don'?t|doesn'?t|didn'?t|never) want to|didn'?t|no|not|denies|denied|deny|denying|without|negative for|free of|absence of|never|nor|neither|none)\b/gi;
// A duration before "history of" means a current complaint ("3-month history of pain"), not the past.
const EN_HISTORY =
  /(?<!(?:\d|one|two|three|four|five|six|several|many|long|prolonged|chronic|few|year|month|week|day)[- ]?(?:days?|weeks?|months?|years?|standing)?[- ]?)\b(?:history of|h\/o|hx of|previously|prior|in the past|as a child|known case of|diagnosed with|past (?:medical )?history|family history)\b/gi;

// "don't"/"doesn't" deny only what follows within three words and no punctuation ("I don't bruise or
// bleed more than usual", round 25; "isn't"/"aren't" too, round 30: "fingers aren't numb"): a wider
// reach would take in "bruises I don't remember getting, my gums bleed" or "I don't know why my chest
// hurts".
// "I don't have a fever", "I do not have chest pain", "I don't have thoughts of hurting myself": a
// denied "have" reaches its direct object only; "has/have/had" still end a denial's clause elsewhere, so
// "I do not have my inhaler and I'm wheezing" keeps the wheeze (round 27).
const EN_DENIED_HAVE =
  /\b(?:don'?t|doesn'?t|didn'?t|do not|does not|did not|never) (?:have|has|had|get|got)(?: (?:any|a|an|much|some|the|bad|high|a high))?(?: (?:thoughts|feelings|signs|symptoms) of)?\s*$/i;
const EN_SHORT_NEGATION =
  /\b(?:don'?t|doesn'?t|isn'?t|aren'?t|wasn'?t|weren'?t)\s+(?!(?:know|remember|think|understand|care|want)\b)(?:[a-z]+\s+){0,3}$/i;

// Denial stated after the symptom: "chest pain: none", "fever is absent".
const EN_COUNT_AFTER = /^\s*(?:once|twice|three times|\d+\s*(?:times|x)\b|[:=]?\s*\d)/i;

// Round 11 (forms and checklists): the rest of the label, a colon, then a "no" answer.
const FORM_ANSWER_NO =
  /^[^\n:：。；;!?！？]{0,14}[:：]\s*(?:无|没有|没|否|不是|未见|no(?![a-z])|none|nil|negative|denie[sd])/i;
const EN_POST_NEGATION =
  /^\s*(?:(?:is|was|were|are|has been)\s+)?(?::\s*)?(?:absent|denied|none|not present|negative|resolved)\b/i;

// Whitespace ends a clause too: on a phone people separate Chinese clauses with spaces instead of
// commas (没发烧 胸口疼), and a denial must not reach across into the next clause.
const ZH_BOUNDARY =
  /[。；;！!？?，,\s：:]|但是?|却|可是|不过|只是|然后|现在|今天|出现|(?<![不无没])伴有?|还有|又有|而且/g;
const ZH_NEGATION =
  /否认|并无|从未|从来没有?|没有|没(?!事|好|劲|力|精神|法|胃口|用|办法)|无(?!力|法|故|缘|精打采|意识|助|聊|明显诱因)|未(?!见好转|好转|缓解|愈|能|来|见改善)|不伴有?/g;
const ZH_HISTORY = /既往|曾经|以前|过去|小时候|去年|多年前|家族史/g;

// "Weeks/months/years ago" (numerals are digits by now), used only with experiential 过.
const ZH_AGO = /(?:\d+|几|半)(?:个)?多?(?:周|星期|礼拜|月|年)(?:以|之)?前|之前|那次|上次/g;

const CJK = /[\u3400-\u9fff]/;

function lastMatchEnd(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let end = -1;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    end = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  return end;
}

/** `tail` (the match itself) lets a pseudo-trigger that runs into the match be seen whole. */
function hasTrigger(re: RegExp, s: string, pseudo?: RegExp, tail = ''): boolean {
  const cleaned = pseudo ? (s + tail).replace(pseudo, (x) => ' '.repeat(x.length)).slice(0, s.length) : s;
  re.lastIndex = 0;
  return re.test(cleaned);
}

export function classifyContext(text: string, start: number, end: number): MentionStatus {
  // A form or checklist answers after the label: "腿麻/腿痛：无", "Dizzy or heavy bleeding: no".
  if (FORM_ANSWER_NO.test(text.slice(end, end + 24))) return 'absent';
  const before = text.slice(Math.max(0, start - 120), start);
  const zh = CJK.test(text.slice(start, end));
  if (zh) {
    const clause = before.slice(Math.max(lastMatchEnd(ZH_BOUNDARY, before), 0));
    // "不发烧", "不咳": 不 right before the symptom denies it; elsewhere 不 is too ambiguous (不止, 不退).
    // "不是突然的" denies too, but not the question "是不是突然…" or the idiom "坐也不是躺也不是";
    // "不吃抗凝药" denies taking a medicine (round 23), also with 啥/什么 between (也不吃啥抗凝药, round 38).
    if (
      hasTrigger(ZH_NEGATION, clause) ||
      /不(?:太|怎么|再)?$|(?<![是也])不是(?:很|那么)?$|不(?:吃|用|服|服用|打)(?:啥|什么|任何)?$/.test(clause)
    )
      return 'absent';
    const after = text.slice(end, end + 3);
    if (hasTrigger(ZH_HISTORY, clause) || /^病?史/.test(after)) return 'historical';
    // Experiential 过 with a time long ago: 三个月前胸口疼过一次 is a past episode, not a complaint now.
    // The match itself may hold the 前 (前胸 is also a chest word).
    if (/^过(?![来去敏度量多于头])/.test(after) && hasTrigger(ZH_AGO, clause + text.slice(start, end)))
      return 'historical';
    return 'present';
  }
  const clause = before.slice(Math.max(lastMatchEnd(EN_BOUNDARY, before), 0));
  // An earlier "no" in a list does not reach a mention that asserts itself: a count or a reading ("no
  // appetite, threw up once, temp 38.1", round 13) or wording that is a negative already ("no gas
  // since 2 days", round 16).
  const asserted =
    /\d/.test(text.slice(start, end)) ||
    EN_COUNT_AFTER.test(text.slice(end, end + 16)) ||
    /^(?:no|not|haven'?t|hasn'?t|can'?t|cannot|unable)\b/i.test(text.slice(start, end));
  if (
    !asserted &&
    (hasTrigger(EN_NEGATION, clause, EN_PSEUDO, text.slice(start, end)) ||
      EN_SHORT_NEGATION.test(clause) ||
      EN_DENIED_HAVE.test(before))
  )
    return 'absent';
  if (EN_POST_NEGATION.test(text.slice(end, end + 30))) return 'absent';
  if (hasTrigger(EN_HISTORY, clause)) return 'historical';
  return 'present';
}
