/**
 * Numbers a patient writes in free text: temperature, pain score, how long, age, and vital signs.
 * Each parser returns undefined rather than a guess when the text is ambiguous; out-of-range values
 * are reported so the caller can flag them.
 */
import type { Vitals } from './triage-types.ts';

export interface ParsedQuantities {
  temperatureC?: number;
  severity?: number; // 0–10
  severityWord?: 'mild' | 'moderate' | 'severe';
  durationHours?: number;
  ageYears?: number;
  ageMonths?: number;
  vitals: Vitals;
  implausible: string[]; // names of values outside physiological range, for flags
}

const num = (s: string | undefined) => (s === undefined ? NaN : Number(s));

function parseTemperature(t: string, out: ParsedQuantities): void {
  const f = /(\d{2,3}(?:\.\d)?)\s*(?:°\s*f\b|℉|degrees? f(?:ahrenheit)?\b|f\b)/i.exec(t);
  if (f) {
    const c = ((num(f[1]) - 32) * 5) / 9;
    if (c >= 30 && c <= 45) out.temperatureC = Math.round(c * 10) / 10;
    else out.implausible.push('temperature');
    return;
  }
  const c =
    /(\d{2}(?:\.\d{1,2})?)\s*(?:°\s*c?|º|℃|度|degrees?(?: c(?:elsius)?)?\b|c\b)/i.exec(t) ??
    /(?:体温|发烧|发热|烧到|高烧|低烧|temp(?:erature)?|fever)(?:\s*(?:of|was|is|at|:|：|到|达|高达|有))?\s*(\d{2}(?:\.\d{1,2})?)(?!\s*(?:岁|天|小时|year|day|hour|%|\/))/i.exec(
      t,
    );
  // A bare decimal in the body-temperature range ("38.1") is read as a temperature.
  const bare = c ?? /(?<![\d/.])(3[5-9]|4[0-2])\.\d(?![\d/%])/.exec(t);
  if (!bare) return;
  const v = num(bare[0].match(/\d+(?:\.\d+)?/)?.[0]);
  if (v >= 34 && v <= 43) out.temperatureC = v;
  else if (v > 25 && v < 50) out.implausible.push('temperature');
}

const SEVERE_WORDS =
  /\b(?:severe|severely|excruciating|unbearable|agony|agoni[sz]ing|intense|(?<!(?:looks?|looked|looking|seems?) (?:so |really |just )?)(?:terrible|horrible)|writhing|worst|extreme)\b|剧烈|剧痛|很痛|非常痛|特别痛|很疼|非常疼|特别疼|疼得厉害|痛得厉害|难以忍受|受不了|打滚|疼死|痛死|疼得要命|痛得要命|(?:疼|痛)得(?:直|不行|要死|满头大汗)|(?:疼|痛)得来|交关结棍|翻来(?:覆|翻)去|遭不住|(?:疼|痛)惨了/i;
const MODERATE_WORDS = /\b(?:moderate|quite bad|fairly bad)\b|比较(痛|疼)|中等/i;
const MILD_WORDS =
  /\b(?:mild|mildly|slight|slightly|a bit|a little|bit of a|minor|niggl\w*|low.grade)\b|轻微|有点|稍微|一点点|轻度|隐隐/i;

function parseSeverity(t: string, out: ParsedQuantities): void {
  const m =
    /(\d{1,2}(?:\.\d)?)\s*(?:\/|out of|over|of|from)\s*10\b/i.exec(t) ??
    /(?:pain (?:score|level|severity|rating)|severity|rated(?: it)?(?: as| at)?|评分|疼痛程度|打)\s*(?:is|of|was|:|：|at)?\s*(\d{1,2})\s*(?:分)?/i.exec(
      t,
    ) ??
    /(\d{1,2})\s*分\s*(?:的)?(?:痛|疼)/.exec(t);
  if (m) {
    const v = num(m[1]);
    if (v >= 0 && v <= 10) out.severity = v;
    else out.implausible.push('severity');
  }
  if (SEVERE_WORDS.test(t)) out.severityWord = 'severe';
  else if (MODERATE_WORDS.test(t)) out.severityWord = 'moderate';
  else if (MILD_WORDS.test(t)) out.severityWord = 'mild';
}

const UNIT_HOURS: Readonly<Record<string, number>> = {
  min: 1 / 60,
  minute: 1 / 60,
  hour: 1,
  hr: 1,
  day: 24,
  week: 168,
  wk: 168,
  month: 720,
  year: 8760,
  yr: 8760,
  分钟: 1 / 60,
  小时: 1,
  钟头: 1,
  天: 24,
  日: 24,
  周: 168,
  星期: 168,
  礼拜: 168,
  月: 720,
  年: 8760,
};

const DURATION =
  /(\d+(?:\.\d+)?)\s*(?:-|to|至|~)?\s*(?:\d+\s*)?(?:个)?(?:多|来)?\s*(minute|min|hour|hr|day|week|wk|month|year|yr|分钟|小时|钟头|天|日|周|星期|礼拜|月|年)s?(?!s?'?[- ]?\s*(?:old|pregnant|gestation|of gestation|of pregnancy))(?!大(?!便))/i;
const WORD_DURATIONS: ReadonlyArray<[RegExp, number]> = [
  [
    /\b(?:just now|minutes ago|an hour ago|this (?:morning|afternoon|evening)|tonight|today(?! is (?:the )?(?:day|\d))|a few hours)\b|刚才|刚刚|今天(?!\s*(?:已经|是|都)?\s*第)|今早|今晚|今朝|今仔日|今儿个?|半小时|几个小时|早上起来(?!.{0,4}(?:老是|总是|经常|常常|每次|都))/i,
    // 早上起来老是… is a habit (every morning), not "since this morning" (round 5). "今天第五天" counts
    // the days, it does not date the start to today (round 25).
    4,
  ],
  [/\b(?:yesterday|last night|overnight)\b|昨天|昨晚|昨夜|昨暝|昨日/i, 24],
  [/\b(?:a few days|couple of days|several days)\b|几天|两三天|这几天/i, 72],
  [/\b(?:a week|a fortnight|(?:last|past|this) week)\b|一周|一个星期/i, 168],
  [/\b(?:a few weeks|several weeks)\b|几周|几个星期/i, 500],
  [/\b(?:(?:last|past|over a|this) month)\b|一个月|这个月/i, 720],
  // Round 40: "over the last year her vision has slowly gotten cloudy".
  [/\b(?:over|for|in) the (?:last|past) year\b/i, 8760],
  [/\b(?:months|a few months|several months)\b|几个月|好几个月|半年/i, 2000],
  [
    /\b(?:years|for ages|long.?standing|chronic)\b|多年|好几年|很多年|这几年|近几年|这些年|长期|老毛病/i,
    9000,
  ],
];

// A duration right after these words is about background ("smoker for 35 years"), not the complaint.
const BACKGROUND_BEFORE =
  /(?:smok\w*|cigarettes?|pack|drink\w*|alcohol|insulin|tablets|medications?|taking|diagnosed|known case|hypertension|diabet\w*|arthritis|surgery|operation|operated|removed|pregnan\w*|gestation|heart failure|copd|asthma|contact lens\w*|arrived|landed|flew (?:in|back|here)|got back|came back|returned|隐形眼镜|美瞳|吸烟|抽烟|喝酒|高血压|糖尿病|病史|服用|吃药|手术|怀孕|孕|术后|心衰|心力衰竭|慢阻肺|哮喘)[^.;。；\n]{0,25}$/i;
const YEAR_HOURS = 8760;
const ACUTE_MARKER =
  /今天|今早|今晚|今日|今儿|昨晚|昨天|昨日|昨夜|前天|刚才|刚刚|半夜|突然|刚吃完|\bsuddenly\b|\b(?:today|tonight|this (?:morning|afternoon|evening)|last night|yesterday|(?:an?|\d+) hours? ago)\b/i;
const ZH_CHILD_BEFORE =
  /(?:宝宝|宝|孩子|儿子|女儿|婴儿|小孩|娃|闺女|孙子|孙女|外孙女?)\s*(?:才|刚|刚满|满)?\s*$/;
const FREQUENCY_BEFORE = /(?:times?|twice|once|x|per|every|each|每)\s*$/i;
// "my mother 70 years, since one hour…": years straight after a person are an age (non-native English
// often drops "old"), not how long the complaint has lasted.
const PERSON_BEFORE =
  /\b(?:mother|father|mum|mom|dad|son|daughter|wife|husband|grand(?:ma|mother|pa|father)|brother|sister|aunt|uncle|patient|man|woman|male|female|boy|girl|member|worker|colleague|friend|roommate|crew|client|guest|aged?)\s*(?:is\s*)?,?\s*$/i;
const FREQUENCY_AFTER = /^\s*(?:[\d十几]+|好几|多)\s*次/;
const EN_NUMBER_WORDS: Readonly<Record<string, string>> = {
  a: '1',
  an: '1',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  couple: '2',
  few: '3',
  several: '3',
};
const EN_NUMBER_BEFORE_UNIT =
  /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten)(?= (?:minutes?|hours?|days?|weeks?|months?|years?)\b)/gi;

/** The earliest stated duration that is not about background history. */
function parseDuration(text: string, out: ParsedQuantities): void {
  const t = text
    .replace(EN_NUMBER_BEFORE_UNIT, (w) => EN_NUMBER_WORDS[w.toLowerCase()] ?? w)
    // "today is day 5", "the 5th day of fever" count days like "5 days" (round 25).
    .replace(
      /\b(?:the )?(?:day (\d{1,2})|(\d{1,2})(?:st|nd|rd|th) day)\b/gi,
      (_, a?: string, b?: string) => `${a ?? b} days`,
    );
  const candidates: { at: number; hours: number }[] = [];
  const re = new RegExp(DURATION.source, 'gi');
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const unit = (m[2] ?? '').toLowerCase().replace(/s$/, '');
    const factor = UNIT_HOURS[unit];
    if (factor === undefined || BACKGROUND_BEFORE.test(t.slice(Math.max(0, m.index - 40), m.index))) continue;
    // A frequency is not a duration: "twice a week", "3 times a day", 一天十几次, 每天.
    if (FREQUENCY_BEFORE.test(t.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (/^y/.test(unit) && PERSON_BEFORE.test(t.slice(Math.max(0, m.index - 20), m.index))) continue;
    // "宝宝8个月" is the baby's age, not how long the complaint has lasted (round 15).
    if (/月|week|周/.test(unit) && ZH_CHILD_BEFORE.test(t.slice(Math.max(0, m.index - 6), m.index))) continue;
    if (FREQUENCY_AFTER.test(t.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue;
    // "Had a kidney stone 5 years ago" dates a past episode, not how long the complaint has lasted.
    if (/^y/.test(unit) && /^\s*ago\b/i.test(t.slice(m.index + m[0].length, m.index + m[0].length + 6)))
      continue;
    candidates.push({ at: m.index, hours: num(m[1]) * factor });
  }
  for (const [w, hours] of WORD_DURATIONS) {
    const m = new RegExp(w.source, 'i').exec(t);
    // "35 years" is a number with a unit (handled above); only bare words count here.
    if (
      m &&
      !/\d\s?$/.test(t.slice(Math.max(0, m.index - 2), m.index)) &&
      !BACKGROUND_BEFORE.test(t.slice(Math.max(0, m.index - 40), m.index))
    ) {
      candidates.push({ at: m.index, hours });
    }
  }
  candidates.sort((a, b) => a.at - b.at);
  // A long history often comes first ("高血压十几年 … 今天下午开始"): when the message also says
  // something started today or last night, durations of a year or more are the background and the
  // first shorter one dates the complaint, or none does (round 11, long pasted histories).
  const datable =
    ACUTE_MARKER.test(t) && (candidates[0]?.hours ?? 0) >= YEAR_HOURS
      ? candidates.filter((c) => c.hours < YEAR_HOURS)
      : candidates;
  if (datable[0]) out.durationHours = datable[0].hours;
}

function parseAge(t: string, out: ParsedQuantities): void {
  const m =
    /(\d{1,3})\s*(?:-|\s)?(year|yr|month|week|day)s?(?:\s*|-)old/i.exec(t) ??
    /(\d{1,3})\s*(岁|个月|周|天)(?:大|的)?(?:男|女|宝宝|孩子|婴儿|小孩|儿子|女儿|患者|老人)?/.exec(t);
  if (m) {
    const n = num(m[1]);
    const unit = (m[2] ?? '').toLowerCase();
    if (unit === 'year' || unit === 'yr' || unit === '岁') out.ageYears = n;
    // "3天" alone is a duration, so only accept zh weeks/days when the word says "old/大".
    else if (unit === 'month' || unit === '个月') out.ageMonths = n;
    else if (unit === 'week' || unit === 'day') out.ageMonths = unit === 'week' ? n / 4.3 : n / 30;
    else if ((unit === '周' || unit === '天') && /大/.test(m[0]))
      out.ageMonths = unit === '周' ? n / 4.3 : n / 30;
    if (out.ageYears !== undefined && out.ageYears > 120) {
      out.implausible.push('age');
      delete out.ageYears;
    }
    if (/个月/.test(m[0]) && !/个月(大|的|宝宝|婴儿|孩子)/.test(m[0])) delete out.ageMonths; // "3个月" = duration
  }
  const baby =
    /(?:宝宝|宝贝|孩子|婴儿|小孩|儿子|女儿|闺女|娃娃?|孙子|孙女|外孙女?)(?:今年|才|刚|刚刚)?\s*(\d{1,2})\s*(个多?月|周|天)/.exec(
      t,
    ) ??
    /\b(?:baby|infant|son|daughter|child)(?: is| who is)?(?: only| just)? (\d{1,2}) (month|week|day)s?\b/i.exec(
      t,
    );
  // "出生20天", "生下来才两周": age counted from birth.
  const sinceBirth = /(?:出生|生下来|生出来)(?:了)?(?:才|刚|刚刚)?\s*(\d{1,2})\s*(个月|周|天)/.exec(t);
  if (!baby && sinceBirth && out.ageMonths === undefined && out.ageYears === undefined) {
    const n = num(sinceBirth[1]);
    const u = sinceBirth[2] ?? '';
    out.ageMonths = u === '个月' ? n : u === '周' ? n / 4.3 : n / 30;
  }
  if (baby && out.ageMonths === undefined && out.ageYears === undefined) {
    const n = num(baby[1]);
    const u = baby[2] ?? '';
    out.ageMonths = /多月/.test(u) ? n + 0.5 : /月|month/.test(u) ? n : /周|week/.test(u) ? n / 4.3 : n / 30;
  }
  if (
    out.ageMonths === undefined &&
    out.ageYears === undefined &&
    /\b(?:newborn|neonat)|新生儿|刚出生/i.test(t)
  )
    out.ageMonths = 0.5;
  // "刚满月" / "2个多月大": a baby's age said the colloquial way.
  if (out.ageMonths === undefined && out.ageYears === undefined) {
    const more = /(\d{1,2})\s*个多月(?:大|的(?:宝宝|孩子|婴儿))/.exec(t);
    if (more) out.ageMonths = num(more[1]) + 0.5;
    else if (/(?:刚|才|还没)满月|(?:宝宝|孩子|婴儿)满月/.test(t)) out.ageMonths = 1;
  }
}

function parseVitals(t: string, out: ParsedQuantities): void {
  const v = out.vitals;
  // A few words may sit between the word and a systolic/diastolic pair ("血压量了好几次都是185/115",
  // "BP readings around 150/95"); the slash keeps it from catching other numbers.
  // Round 26: "今天量185/112" (measured, with no word for blood pressure) counts too.
  const bp =
    /(?:\bbp|blood pressure|血压)[^\d。；;，,.\n]{0,24}?(\d{2,3})\s*\/\s*(\d{2,3})/i.exec(t) ??
    /量(?:了|过|一下|出来|一次|是|得)*\s*(\d{2,3})\s*\/\s*(\d{2,3})/.exec(t);
  if (bp) {
    v.systolicBp = num(bp[1]);
    v.diastolicBp = num(bp[2]);
  } else {
    // Not how long the pressure has been high ("高血压十来年了", round 39).
    const sbp =
      /(?:bp|blood pressure|血压|收缩压)\s*(?:is|was|of|:|：|高达|到)?\s*(\d{2,3})(?!\s*\/)(?!\s*(?:来|多|几)?\s*(?:年|个|天|周|月|岁|(?:years?|months?|days?|weeks?)(?![a-z])))/i.exec(
        t,
      );
    if (sbp) v.systolicBp = num(sbp[1]);
  }
  const hr = /(?:heart rate|pulse|\bhr\b|心率|脉搏)\s*(?:is|was|of|:|：)?\s*(\d{2,3})/i.exec(t);
  if (hr) v.heartRate = num(hr[1]);
  const sat =
    /(?:spo2|sp02|sats?|saturation|oxygen(?: level)?|血氧(?:饱和度)?)[^\d%。.;]{0,20}?(\d{2,3})\s*%/i.exec(t);
  if (sat) {
    const s = num(sat[1]);
    if (s <= 100) v.spo2 = s;
    else out.implausible.push('spo2');
  }
  const rr =
    /(?:respiratory rate|resp(?:iration)? rate|\brr\b|呼吸频率|呼吸)\s*(?:is|was|of|:|：)?\s*(\d{1,2})\s*(?:次|\/min|breaths)/i.exec(
      t,
    );
  if (rr) v.respiratoryRate = num(rr[1]);
  const glu =
    /(?:blood (?:sugar|glucose)s?|glucose|\bsugars?|(?:home |sugar |glucose )?(?:meter|glucometer)|finger ?(?:stick|prick)s?|血糖仪?)(?:\s*(?:readings?|levels?|is|was|were|are|have|has|been|of|says|said|reads|read|shows|showed|running|around|about|between|over|:|：|只有|测(?:了|出来)?(?:是)?))*\s*(\d{1,2}(?:\.\d)?)(?!\s*(?:%|岁|years?|days?|天|hours?|小时))/i.exec(
      t,
    );
  if (glu) v.glucoseMmol = num(glu[1]);
  else {
    // Round 31: 今天早上空腹测了18.6 (a fasting or after-meal reading without the word 血糖).
    const fasting =
      /(?:空腹|餐后\d?(?:小时)?)(?:血糖)?(?:自己)?(?:扎(?:了)?手指(?:头)?)?(?:测|量)?(?:了|出来|一下|的)*(?:是)?\s*(\d{1,2}(?:\.\d)?)(?!\s*(?:岁|天|小时|点|个))/.exec(
        t,
      );
    if (fasting) v.glucoseMmol = num(fasting[1]);
  }
  if (out.temperatureC !== undefined) v.temperatureC = out.temperatureC;
}

export function parseQuantities(text: string): ParsedQuantities {
  const out: ParsedQuantities = { vitals: {}, implausible: [] };
  parseTemperature(text, out);
  parseSeverity(text, out);
  parseDuration(text, out);
  parseAge(text, out);
  parseVitals(text, out);
  return out;
}
