/**
 * Numbers as people say them: Arabic digits, Chinese numerals (一百四十, 两, 三点五) including the
 * colloquial drop of the last unit (一百五 = 150, 一千二 = 1200), and English number words.
 */
const ZH_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  幺: 1,
  二: 2,
  两: 2,
  俩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const ZH_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

/** Parses a run of Chinese numeral characters; undefined when it is not a plain number. */
export function parseChineseNumber(s: string): number | undefined {
  if (s.length === 0) return undefined;
  const dot = s.indexOf('点');
  const intPart = dot >= 0 ? s.slice(0, dot) : s;
  const fracPart = dot >= 0 ? s.slice(dot + 1) : '';
  let total = 0; // completed 万 sections
  let section = 0;
  let num = -1; // pending digit, -1 = none
  let lastUnit = 0;
  let prevWasUnit = false;
  for (const ch of intPart) {
    const d = ZH_DIGITS[ch];
    const u = ZH_UNITS[ch];
    if (d !== undefined) {
      if (num > 0 && !prevWasUnit) return undefined; // 两三 (a range) is not a single number
      num = d;
      prevWasUnit = false;
    } else if (u !== undefined) {
      if (u === 10000) {
        total += (section + Math.max(num, 0)) * 10000;
        section = 0;
      } else {
        section += (num < 0 ? (u === 10 ? 1 : 0) : num) * u;
      }
      num = -1;
      lastUnit = u;
      prevWasUnit = true;
    } else {
      return undefined;
    }
  }
  if (intPart.length === 0 && fracPart.length === 0) return undefined;
  if (num >= 0) {
    // 一百五 → 150: a bare digit right after 百/千/万 is one unit lower (spoken shorthand).
    const last = intPart[intPart.length - 1]!;
    const beforeLast = intPart[intPart.length - 2];
    const colloquial =
      ZH_DIGITS[last] !== undefined &&
      beforeLast !== undefined &&
      ZH_UNITS[beforeLast] !== undefined &&
      lastUnit >= 100;
    section += colloquial ? num * (lastUnit / 10) : num;
  }
  let value = total + section;
  if (fracPart) {
    let frac = '';
    for (const ch of fracPart) {
      const d = ZH_DIGITS[ch];
      if (d === undefined) return undefined;
      frac += String(d);
    }
    value = Number(`${value}.${frac}`);
  }
  return value;
}

/** English cardinal words; the one table behind every reader of spoken numbers. */
export const EN_NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0,
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
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const EN_SMALL: Record<string, number> = {
  ...EN_NUMBER_WORDS,
  a: 1,
  an: 1,
  couple: 2,
  few: 3,
  several: 3,
  half: 0.5,
};

export interface NumberSpan {
  start: number;
  end: number;
  value: number;
}

const NUM_RE =
  /(\d+(?:\.\d+)?)|([零〇一二两俩三四五六七八九十百千万点]+)|\b((?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|nine))|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b(?:\s+hundred(?:\s+and)?(?:\s+(\w+))?)?/g;

/** Every number in a normalised text with its span. */
export function findNumbers(norm: string): NumberSpan[] {
  const out: NumberSpan[] = [];
  NUM_RE.lastIndex = 0;
  for (let m = NUM_RE.exec(norm); m; m = NUM_RE.exec(norm)) {
    let value: number | undefined;
    let text = m[0];
    let start = m.index;
    if (m[1] !== undefined) value = Number(m[1]);
    else if (m[2] !== undefined) {
      // Trim a trailing 点 (一点 = "a bit") and leading 点.
      while (text.endsWith('点')) text = text.slice(0, -1);
      while (text.startsWith('点')) {
        text = text.slice(1);
        start++;
      }
      if (text.length === 0) continue;
      value = parseChineseNumber(text);
    } else if (m[3] !== undefined) {
      value = parseEnglishWords(m[0]);
    }
    if (value === undefined || !Number.isFinite(value)) continue;
    const prev = out[out.length - 1];
    // Spoken readings: "one thirty over eighty" = 130, "one forty" = 140.
    if (
      m[3] !== undefined &&
      prev &&
      (prev.value === 1 || prev.value === 2) &&
      value >= 10 &&
      value < 100 &&
      /^\s+$/.test(norm.slice(prev.end, start))
    ) {
      prev.value = prev.value * 100 + value;
      prev.end = start + text.length;
      continue;
    }
    out.push({ start, end: start + text.length, value });
  }
  return out;
}

function parseEnglishWords(s: string): number | undefined {
  const words = s.split(/[\s-]+/).filter((w) => w !== 'and');
  const total = 0;
  let cur = 0;
  for (const w of words) {
    if (w === 'hundred') {
      cur = (cur || 1) * 100;
      continue;
    }
    const v = EN_SMALL[w];
    if (v === undefined) return cur + total > 0 ? total + cur : undefined;
    cur += v;
  }
  return total + cur;
}
