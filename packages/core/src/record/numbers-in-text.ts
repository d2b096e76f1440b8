import { parseChineseNumber } from '../extract/numbers.ts';

// Chinese numerals count only before a measure word, so 一般/一直/统一 are not read as numbers.
const ZH_NUM =
  /([零〇一二两三四五六七八九十百千]+)(?=个?(?:天|日|周|星期|月|年|岁|次|度|小时|分钟|克|毫克|毫升|片|粒|支|斤|公斤|mg|g|ml))/g;
const EN_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
};
const EN_NUM = new RegExp(
  `\\b(${Object.keys(EN_WORDS).join('|')})\\b(?=[\\s-]+(?:hours?|days?|weeks?|months?|years?|times?|tablets?|pills?|mg|milligrams?))`,
  'gi',
);
const ARABIC = /\d+(?:\.\d+)?/g;

/** Every number a sentence states: Arabic digits, and number words in front of a unit. */
export function numbersInText(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(ARABIC)) out.push(Number(m[0]));
  for (const m of text.matchAll(ZH_NUM)) {
    const v = parseChineseNumber(m[1]!);
    if (v !== undefined) out.push(v);
  }
  for (const m of text.matchAll(EN_NUM)) out.push(EN_WORDS[m[1]!.toLowerCase()]!);
  return out;
}
