import { EN_NUMBER_WORDS, parseChineseNumber } from './numbers.ts';

/** A time span found in text, as an ISO 8601 duration; `ago` when it dates an onset (三天前). */
export interface DurationSpan {
  start: number;
  end: number;
  iso: string;
  ago: boolean;
}

type Unit = 'H' | 'D' | 'W' | 'M' | 'Y' | 'MIN';

const ZH_UNIT: Record<string, Unit> = {
  小时: 'H',
  钟头: 'H',
  分钟: 'MIN',
  天: 'D',
  日: 'D',
  周: 'W',
  星期: 'W',
  礼拜: 'W',
  月: 'M',
  年: 'Y',
};

/** ISO 8601 for n units; fractions become the next smaller unit so values stay integers. */
export function toIso(n: number, unit: Unit): string {
  if (!Number.isInteger(n)) {
    if (unit === 'Y') return toIso(Math.round(n * 12), 'M');
    if (unit === 'M') return toIso(Math.round(n * 30), 'D');
    if (unit === 'W') return toIso(Math.round(n * 7), 'D');
    if (unit === 'D') return toIso(Math.round(n * 24), 'H');
    if (unit === 'H') return toIso(Math.round(n * 60), 'MIN');
  }
  if (unit === 'H') return `PT${n}H`;
  if (unit === 'MIN') return `PT${n}M`;
  return `P${n}${unit}`;
}

const ZH_NUM = '[零〇一二两俩三四五六七八九十百千\\d.]+';
// 三天, 两个多月, 一年多, 十来天, 两三天, 半个月, 一个半月, 大半年, 三天前, 两周以来
const ZH_RE = new RegExp(
  `(大半|半|${ZH_NUM})(来)?(个)?(半)?(多)?(小时|钟头|分钟|天|日|周|星期|礼拜|月|年)(半)?(多)?(左右)?(之前|以前|前|以来)?`,
  'g',
);
const EN_WORD: Record<string, number> = {
  ...EN_NUMBER_WORDS,
  'a couple of': 2,
  'a couple': 2,
  'couple of': 2,
  'a few': 3,
  few: 3,
  several: 3,
  a: 1,
  an: 1,
};
// Longest phrases first, so "a couple of" wins over "a".
const EN_NUM = ['\\d+(?:\\.\\d+)?', ...Object.keys(EN_WORD).sort((x, y) => y.length - x.length)].join('|');
const EN_RE = new RegExp(
  `\\b(${EN_NUM})(?:\\s+and\\s+a\\s+half)?[\\s-]+(hours?|days?|weeks?|months?|years?)\\b(\\s+ago)?`,
  'g',
);
const EN_UNIT: Record<string, Unit> = { hour: 'H', day: 'D', week: 'W', month: 'M', year: 'Y' };
// Relative days that date an onset.
const RELATIVE: [RegExp, string][] = [
  [/昨天|昨晚|昨儿|yesterday|last night/g, 'P1D'],
  [/前天|前两天|day before yesterday/g, 'P2D'],
  [/上周|上个星期|上星期|上礼拜|上个礼拜|last week/g, 'P1W'],
  [/上个月|last month/g, 'P1M'],
];

/** Every duration in a normalised text, non-overlapping, in order. */
export function findDurations(norm: string): DurationSpan[] {
  const out: DurationSpan[] = [];
  ZH_RE.lastIndex = 0;
  for (let m = ZH_RE.exec(norm); m; m = ZH_RE.exec(norm)) {
    const [, numText = '', lai, , halfBefore, , unitText = '', halfAfter, , , agoText] = m;
    const unit = ZH_UNIT[unitText];
    if (!unit) continue;
    let n: number | undefined;
    if (numText === '半') n = 0.5;
    else if (numText === '大半')
      n = 0.67; // "most of a …": about two thirds
    else if (/^\d/.test(numText)) n = Number(numText);
    else {
      n = parseChineseNumber(numText);
      if (n === undefined && numText.length === 2) {
        // 两三天, 三四个月: a spoken range; keep its upper end.
        n = parseChineseNumber(numText[1]!);
      }
    }
    if (n === undefined || !Number.isFinite(n) || n <= 0) continue;
    if (lai && n % 10 !== 0) continue; // 十来天 only with round tens
    if (halfBefore || halfAfter) n += 0.5;
    // 一天三次 / 一天一包 are rates, not durations.
    if (
      n === 1 &&
      unit === 'D' &&
      /^\s*[一两二三四五六七八九十半\d]/.test(norm.slice(m.index + m[0].length, m.index + m[0].length + 2))
    )
      continue;
    if (m.index > 0 && norm[m.index - 1] === '每') continue;
    let iso = toIso(n, unit);
    if (numText === '大半' && unit === 'Y') iso = 'P8M';
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      iso,
      ago: agoText !== undefined && agoText !== '以来',
    });
  }
  EN_RE.lastIndex = 0;
  for (let m = EN_RE.exec(norm); m; m = EN_RE.exec(norm)) {
    const numText = m[1]!;
    let n = /^\d/.test(numText) ? Number(numText) : EN_WORD[numText];
    if (n === undefined) continue;
    if (m[0].includes('and a half')) n += 0.5;
    const unit = EN_UNIT[m[2]!.replace(/s$/, '')]!;
    // "a day" right after a number is a rate (twice a day), not a duration.
    const before = norm.slice(Math.max(0, m.index - 12), m.index);
    if (
      (numText === 'a' || numText === 'an') &&
      /(times|twice|once|pack|packs|drinks|cigarettes|pills|tablets|\d)\s*$/.test(before)
    )
      continue;
    if (/(every|per|each)\s*$/.test(before)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, iso: toIso(n, unit), ago: m[3] !== undefined });
  }
  for (const [re, iso] of RELATIVE) {
    re.lastIndex = 0;
    for (let m = re.exec(norm); m; m = re.exec(norm))
      out.push({ start: m.index, end: m.index + m[0].length, iso, ago: true });
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const res: DurationSpan[] = [];
  let cursor = -1;
  for (const d of out) {
    if (d.start < cursor) continue;
    res.push(d);
    cursor = d.end;
  }
  return res;
}
