import type { Bilingual } from '../types/evidence.ts';
import type { Fact } from '../types/fact.ts';
import { displayUnit, formatDuration } from '../fusion/format-fact.ts';

/** English names inside a sentence: lower-case unless an acronym (BP, HbA1c) or a brand. */
export const enLower = (s: string): string =>
  /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
export const enCap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** "左侧膝关节疼痛" / "left knee pain". */
export function nameWithSite(f: Fact): Bilingual {
  const lat =
    f.laterality === 'left'
      ? { zh: '左侧', en: 'left ' }
      : f.laterality === 'right'
        ? { zh: '右侧', en: 'right ' }
        : f.laterality === 'bilateral'
          ? { zh: '双侧', en: 'bilateral ' }
          : { zh: '', en: '' };
  // 头部 + 头痛, 腹部 + 腹痛: a site the name already says (with or without 部) is not repeated.
  const siteZh = f.bodySite?.zh.replace(/部$/, '');
  const site = f.bodySite && siteZh && !f.display.zh.includes(siteZh) ? f.bodySite : undefined;
  return {
    zh: `${lat.zh}${site?.zh ?? ''}${f.display.zh}`,
    en: `${lat.en}${site ? `${site.en.toLowerCase()} ` : ''}${enLower(f.display.en)}`,
  };
}

/** "38.5℃" / "38.5 ℃"; strings as given. */
export function valueText(f: Fact): Bilingual | undefined {
  if (f.value === undefined) return undefined;
  const u = displayUnit(f.unit);
  // "11.2×10^9/L": a unit starting with a digit must not fuse with the value (11.210^9/L).
  const zhUnit = /^\d/.test(u) ? `×${u}` : u;
  return { zh: `${f.value}${zhUnit}`, en: u ? `${f.value} ${u}` : String(f.value) };
}

export const durationText = formatDuration;

// Frequencies as the Latin abbreviations Chinese prescriptions print (no invented numbers).
export const freqText = (f: Fact): string => (f.frequency ? f.frequency.toLowerCase() : '');
// English notes spell the common frequencies out; words only, never number words, so the number
// check of the verifier has nothing new to match.
const FREQ_EN: Record<string, string> = {
  QD: 'once daily',
  BID: 'twice daily',
  QHS: 'at bedtime',
  PRN: 'as needed',
};
const freqTextEn = (f: Fact): string =>
  f.frequency ? (FREQ_EN[f.frequency] ?? f.frequency.toLowerCase()) : '';
const ROUTE_ZH: Record<string, string> = {
  PO: '口服',
  IV: '静滴',
  SC: '皮下注射',
  IM: '肌注',
  INH: '吸入',
  TOP: '外用',
};
const ROUTE_EN: Record<string, string> = {
  PO: 'by mouth',
  IV: 'IV',
  SC: 'subcutaneously',
  IM: 'IM',
  INH: 'inhaled',
  TOP: 'topically',
};

/** "氨氯地平 5mg 口服 qd" / "amlodipine 5 mg by mouth qd". */
export function medicationText(f: Fact): Bilingual {
  const v = valueText(f);
  const zh = [f.display.zh, v?.zh, f.route ? ROUTE_ZH[f.route] : undefined, freqText(f)]
    .filter(Boolean)
    .join(' ');
  const en = [enLower(f.display.en), v?.en, f.route ? ROUTE_EN[f.route] : undefined, freqTextEn(f)]
    .filter(Boolean)
    .join(' ');
  return { zh, en };
}

/** Joins names: 咳嗽、发热 / cough and fever / a, b and c. */
export function joinNames(names: readonly Bilingual[]): Bilingual {
  const en = names.map((n) => n.en);
  return {
    zh: names.map((n) => n.zh).join('、'),
    en: en.length <= 1 ? (en[0] ?? '') : `${en.slice(0, -1).join(', ')} and ${en[en.length - 1]}`,
  };
}

export const flagArrow = (f: Fact): string =>
  f.severity === 'H' || f.severity === 'HH' ? '↑' : f.severity === 'L' || f.severity === 'LL' ? '↓' : '';
