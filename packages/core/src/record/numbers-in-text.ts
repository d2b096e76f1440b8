import { EN_NUMBER_WORDS, parseChineseNumber } from '../extract/numbers.ts';

// Chinese numerals count only before a measure word, so 一般/一直/统一 are not read as numbers.
const ZH_NUM =
  /([零〇一二两三四五六七八九十百千]+)(?=个?(?:天|日|周|星期|月|年|岁|次|度|小时|分钟|克|毫克|毫升|片|粒|支|斤|公斤|mg|g|ml))/g;
const EN_WORDS: Readonly<Record<string, number>> = EN_NUMBER_WORDS;
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
