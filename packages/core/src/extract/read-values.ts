import type { NumberSpan } from './numbers.ts';

/** A value read next to a concept, with the span it came from (for evidence). */
export interface ReadValue {
  value: number | string;
  unit?: string;
  start: number;
  end: number;
}

// Plausible ranges: a number outside them is not taken as the value (flagged by absence, not guessed).
const RANGES: Record<string, [number, number]> = {
  sbp: [60, 260],
  dbp: [30, 160],
  hr: [25, 220],
  rr: [6, 60],
  spo2: [50, 100],
  temp: [34, 43],
  weight: [2, 300],
  height: [40, 230],
  bmi: [10, 70],
  glucose: [1, 35],
  fpg: [1, 35],
  ppg: [1, 35],
  hba1c: [3, 20],
  tc: [1, 15],
  ldl: [0.3, 10],
  hdl: [0.2, 5],
  tg: [0.2, 30],
  creatinine: [10, 2000],
  egfr: [2, 200],
  uric_acid: [50, 1000],
  alt: [1, 2000],
  ast: [1, 2000],
  hgb: [30, 250],
  wbc: [0.5, 100],
  plt: [5, 1500],
  crp: [0, 500],
  tsh: [0.001, 200],
  potassium: [1.5, 9],
  urine_protein: [0, 20],
  psa: [0, 500],
  inr: [0.5, 10],
};
const US_RANGES: Record<string, [number, number]> = {
  temp: [93, 110],
  weight: [5, 660],
  glucose: [20, 600],
  fpg: [20, 600],
  ppg: [20, 600],
  tc: [50, 600],
  ldl: [10, 400],
  hdl: [5, 200],
  tg: [20, 3000],
  creatinine: [0.1, 20],
  hgb: [3, 25],
};
const UNITS: Record<string, string> = {
  sbp: 'mm[Hg]',
  dbp: 'mm[Hg]',
  bp: 'mm[Hg]',
  hr: '/min',
  rr: '/min',
  spo2: '%',
  temp: 'Cel',
  weight: 'kg',
  height: 'cm',
  bmi: 'kg/m2',
  glucose: 'mmol/L',
  fpg: 'mmol/L',
  ppg: 'mmol/L',
  hba1c: '%',
  tc: 'mmol/L',
  ldl: 'mmol/L',
  hdl: 'mmol/L',
  tg: 'mmol/L',
  creatinine: 'umol/L',
  egfr: 'mL/min/{1.73_m2}',
  uric_acid: 'umol/L',
  alt: 'U/L',
  ast: 'U/L',
  hgb: 'g/L',
  wbc: '10*9/L',
  plt: '10*9/L',
  crp: 'mg/L',
  tsh: 'm[IU]/L',
  potassium: 'mmol/L',
  urine_protein: 'g/L',
  psa: 'ng/mL',
  inr: '{INR}',
};
const US_UNITS: Record<string, string> = {
  temp: '[degF]',
  weight: '[lb_av]',
  glucose: 'mg/dL',
  fpg: 'mg/dL',
  ppg: 'mg/dL',
  tc: 'mg/dL',
  ldl: 'mg/dL',
  hdl: 'mg/dL',
  tg: 'mg/dL',
  creatinine: 'mg/dL',
  hgb: 'g/dL',
};

const BP_SEP = /^\s*(?:\/|over|比|杠|除以)\s*$/;

function between(norm: string, a: NumberSpan, b: NumberSpan): string {
  return norm.slice(a.end, b.start);
}

/**
 * Reads the value of a vital sign or lab concept from numbers in [from, limit). The first number
 * counts; blood pressure wants two (140/90, 一百四十/九十, 130 over 80).
 */
export function readMeasurement(
  conceptId: string,
  norm: string,
  numbers: readonly NumberSpan[],
  from: number,
  limit: number,
): ReadValue | undefined {
  const inWindow = numbers.filter((n) => n.start >= from && n.start < limit);
  const first = inWindow[0];
  if (!first) return undefined;
  if (conceptId === 'bp') {
    const second = inWindow[1];
    if (!second || !BP_SEP.test(between(norm, first, second))) return undefined;
    if (!inRange('sbp', first.value, false) || !inRange('dbp', second.value, false)) return undefined;
    return { value: `${first.value}/${second.value}`, unit: 'mm[Hg]', start: first.start, end: second.end };
  }
  let value = first.value;
  let end = first.end;
  const after = norm.slice(end, end + 12);
  // 三十八度五 → 38.5: a single digit right after 度 is the decimal.
  const second = inWindow[1];
  if (
    conceptId === 'temp' &&
    second &&
    /^\s*度$/.test(between(norm, first, second)) &&
    second.value < 10 &&
    Number.isInteger(second.value)
  ) {
    value = Number(`${first.value}.${second.value}`);
    end = second.end;
  }
  let us = false;
  if (conceptId === 'weight' && /^\s*斤/.test(after)) value = value / 2;
  else if (conceptId === 'weight' && /^\s*(pounds|lbs?)\b/.test(after)) us = true;
  else if (conceptId === 'height' && value < 3) value = Math.round(value * 100);
  else if (conceptId === 'temp' && value > 50) us = true;
  else if (/^\s*mg\/dl/.test(after)) us = true;
  else if (US_RANGES[conceptId] && !inRange(conceptId, value, false) && inRange(conceptId, value, true))
    us = true;
  if (!inRange(conceptId, value, us)) return undefined;
  const unit = (us ? US_UNITS[conceptId] : undefined) ?? UNITS[conceptId];
  const res: ReadValue = { value, start: first.start, end };
  if (unit) res.unit = unit;
  return res;
}

function inRange(id: string, v: number, us: boolean): boolean {
  const r = (us ? US_RANGES[id] : undefined) ?? RANGES[id];
  return r ? v >= r[0] && v <= r[1] : true;
}

const DOSE_UNIT: [RegExp, string][] = [
  [/^\s*(mg|毫克|milligrams?|mgs)(?![a-z])/, 'mg'],
  [/^\s*(mcg|微克|μg|ug|micrograms?)/, 'ug'],
  [/^\s*(g|克|grams?)(?![a-z])/, 'g'],
  [/^\s*(ml|毫升|cc)/, 'mL'],
  [/^\s*(iu|units?|单位|u)(?![a-z])/, 'U'],
  [/^\s*(片|tablets?|tabs?|pills?)/, 'tablet'],
  [/^\s*(粒|颗|capsules?|caps?)/, 'capsule'],
  [/^\s*(袋|包|sachets?)/, 'sachet'],
  [/^\s*(喷|puffs?)/, 'puff'],
];

/** Reads a dose (number + unit) from numbers in [from, limit). */
export function readDose(
  norm: string,
  numbers: readonly NumberSpan[],
  from: number,
  limit: number,
): ReadValue | undefined {
  // A strength (5 mg) beats a count (一片): scan for mass/volume units first.
  let count: ReadValue | undefined;
  for (const n of numbers) {
    if (n.start < from || n.start >= limit) continue;
    const after = norm.slice(n.end, n.end + 14);
    for (const [re, unit] of DOSE_UNIT) {
      const m = re.exec(after);
      if (!m) continue;
      const v: ReadValue = { value: n.value, unit, start: n.start, end: n.end + m[0].length };
      if (!COUNT_UNITS.has(unit)) return v;
      count ??= v;
      break;
    }
  }
  return count;
}

const COUNT_UNITS = new Set(['tablet', 'capsule', 'sachet', 'puff']);

/** Packs per day × years smoked, when both are said (每天一包抽了二十年, a pack a day for 20 years). */
export function readPackYears(sentence: string): number | undefined {
  let perDay: number | undefined;
  const zhPack = /(半|一|两|二|三|\d+(?:\.\d+)?)\s*包/.exec(sentence);
  const zhStick = /([一二两三四五六七八九十\d]+)\s*(支|根)/.exec(sentence);
  const enPack = /(half a|a|one|two|three|\d+(?:\.\d+)?)\s+packs?\b/.exec(sentence);
  const enCig = /(\d+|ten|twenty|five)\s+cigarettes/.exec(sentence);
  const num = (s: string): number | undefined => {
    const map: Record<string, number> = {
      半: 0.5,
      一: 1,
      两: 2,
      二: 2,
      三: 3,
      'half a': 0.5,
      a: 1,
      one: 1,
      two: 2,
      three: 3,
      ten: 10,
      twenty: 20,
      five: 5,
      十: 10,
      二十: 20,
      五: 5,
    };
    return map[s] ?? (Number.isFinite(Number(s)) ? Number(s) : undefined);
  };
  if (zhPack) perDay = num(zhPack[1]!);
  else if (enPack) perDay = num(enPack[1]!);
  else if (zhStick) {
    const n = num(zhStick[1]!);
    if (n !== undefined) perDay = n / 20;
  } else if (enCig) {
    const n = num(enCig[1]!);
    if (n !== undefined) perDay = n / 20;
  }
  const years =
    /(\d+|[一二两三四五六七八九十]+)\s*(多)?年|(\d+|ten|twenty|thirty|forty|fifteen|five)\s+years/.exec(
      sentence,
    );
  if (perDay === undefined || !years) return undefined;
  const yText = years[1] ?? years[3] ?? '';
  const yMap: Record<string, number> = {
    ten: 10,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifteen: 15,
    five: 5,
    十: 10,
    二十: 20,
    三十: 30,
    四十: 40,
    五: 5,
    十五: 15,
  };
  const y = /^\d+$/.test(yText) ? Number(yText) : yMap[yText];
  if (y === undefined) return undefined;
  return Math.round(perDay * y * 10) / 10;
}
