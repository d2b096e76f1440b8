/**
 * Rewrites simple Chinese numerals before a unit ("三天", "两周", "十二岁", "三十九度五") into Arabic
 * digits so one set of quantity patterns serves both languages.
 */
const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

export function chineseToNumber(s: string): number | undefined {
  if (s === '半') return 0.5;
  if (s === '十') return 10;
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch in DIGITS) current = DIGITS[ch] ?? 0;
    else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else return undefined;
  }
  return total + current;
}

const UNIT = '(?:个)?(?:多|来)?(?:天|日|周|星期|礼拜|月|年|小时|钟头|分钟|度|岁|次)';
// Not the idiom 一天比一天 / 一次比一次 ("day by day"), which the lexicons match as words (round 26).
const NUMERAL_BEFORE_UNIT = new RegExp(`(?<!比)([零一二两三四五六七八九十百]+|半)(?=${UNIT}(?!比))`, 'g');
// "三十九度五" → 39.5
const DEGREE_DECIMAL = /(\d+)度([一二三四五六七八九])/g;

export function normaliseChineseNumbers(text: string): string {
  return text
    .replace(NUMERAL_BEFORE_UNIT, (m) => {
      const n = chineseToNumber(m);
      return n === undefined ? m : String(n);
    })
    .replace(DEGREE_DECIMAL, (_m, a: string, b: string) => `${a}.${DIGITS[b] ?? 0}度`);
}
