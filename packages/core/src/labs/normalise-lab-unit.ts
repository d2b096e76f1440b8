/**
 * Unit spelling → one normalised, UCUM-ish display form. OCR mangles superscripts (10⁹ → 10~9, 10`9,
 * 109), lower-case L into 1 (g/1) and micro signs; these repairs are deterministic, so they keep a high
 * confidence. An unknown unit is kept as printed with a low confidence, never replaced by a default.
 */

export interface NormalisedUnit {
  unit: string;
  confidence: number;
  known: boolean;
}

const KNOWN = new Set([
  '10^9/L',
  '10^12/L',
  'g/L',
  'g/dL',
  'mg/L',
  'mg/dL',
  'mmol/L',
  'μmol/L',
  'mmol/mol',
  'U/L',
  'fL',
  'pg',
  '%',
  'L/L',
  'mL/min/1.73m^2',
  '/HPF',
  '/LPF',
  '/μL',
  'ng/mL',
  'mU/L',
  's',
]);

/** Case-insensitive lookups for spellings that are unambiguous once case is folded. */
const FOLDED: Record<string, string> = {
  'g/l': 'g/L',
  'g/dl': 'g/dL',
  'mg/l': 'mg/L',
  'mg/dl': 'mg/dL',
  'mmol/l': 'mmol/L',
  'μmol/l': 'μmol/L',
  'umol/l': 'μmol/L',
  'mmol/mol': 'mmol/mol',
  'u/l': 'U/L',
  'iu/l': 'U/L',
  fl: 'fL',
  pg: 'pg',
  'l/l': 'L/L',
  'ng/ml': 'ng/mL',
  'mu/l': 'mU/L',
  '/hp': '/HPF',
  '/hpf': '/HPF',
  '个/hp': '/HPF',
  '个/hpf': '/HPF',
  '/lp': '/LPF',
  '/lpf': '/LPF',
  '/μl': '/μL',
  '/ul': '/μL',
  '个/μl': '/μL',
  '个/ul': '/μL',
  'cells/μl': '/μL',
  'x10^9/l': '10^9/L',
  'x10^12/l': '10^12/L',
  'ml/min/1.73m^2': 'mL/min/1.73m^2',
  'ml/min/1.73m2': 'mL/min/1.73m^2',
  'ml/min/1.73㎡': 'mL/min/1.73m^2',
  'ml/min/{1.73_m2}': 'mL/min/1.73m^2',
  'ml/min': 'mL/min',
};

export function normaliseLabUnit(raw: string | undefined): NormalisedUnit | undefined {
  if (raw === undefined) return undefined;
  let s = raw
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[()（）]/g, '');
  if (!s) return undefined;
  let confidence = 1;
  // Specks and the cell rule read as trailing punctuation: "fL." / "g/L," / "%:".
  if (/[.,:;'`·]$/.test(s) && s.length > 1) {
    s = s.replace(/[.,:;'`·]+$/, '');
    confidence = 0.95;
  }
  // Micro sign variants (µ U+00B5 is folded by NFKC to μ; "u" prefixes are common on analysers).
  s = s.replace(/^[µ]/, 'μ');
  // Superscript exponents: 10⁹/L (NFKC gives 109/L), 10~9, 10`9, 10^9, 10*9, 10E9, ×10^9.
  const pow = /^(?:[x×*])?10(?:[~`^*'’‘ˆ∧eE]|\^)?(9|12)\/[lL1I|]$/.exec(s);
  if (pow) {
    // A visible caret or superscript is exact; another mark (~ ` *) is a known misread; bare "109/L"
    // is a lost superscript only because nothing else fits, so it is the least certain.
    confidence = /\^|⁹|¹²/.test(raw) ? 1 : /[~`*'’‘ˆ∧eE]/.test(s) ? 0.95 : 0.9;
    return { unit: pow[1] === '9' ? '10^9/L' : '10^12/L', confidence, known: true };
  }
  if (/^G\/[lL1]$/.test(s)) return { unit: '10^9/L', confidence: 0.95, known: true }; // giga per litre
  if (/^T\/[lL1]$/.test(s)) return { unit: '10^12/L', confidence: 0.95, known: true };
  // "/1" or "/I" at the end is a misread litre.
  if (/\/[1I|]$/.test(s)) {
    s = s.slice(0, -1) + 'L';
    confidence = 0.95;
  }
  s = s.replace(/moI/g, 'mol').replace(/^(m|μ|u)m0l/, '$1mol');
  if (KNOWN.has(s)) return { unit: s, confidence, known: true };
  const folded = FOLDED[s.toLowerCase()];
  if (folded) return { unit: folded, confidence, known: true };
  return { unit: s, confidence: 0.5, known: false };
}

/** UCUM code for a normalised unit, for FHIR Quantity.code. */
export function toUcum(unit: string): string | undefined {
  const map: Record<string, string> = {
    '10^9/L': '10*9/L',
    '10^12/L': '10*12/L',
    'μmol/L': 'umol/L',
    'mL/min/1.73m^2': 'mL/min/{1.73_m2}',
    '/HPF': '/[HPF]',
    '/LPF': '/[LPF]',
    '/μL': '/uL',
  };
  if (unit in map) return map[unit];
  return KNOWN.has(unit) || unit === 'mL/min' ? unit : undefined;
}

/**
 * Glyphs OCR reads instead of a whole short unit (the % sign comes out as 6, 96 or 0/0 on faint print).
 * Used only by fitLabUnit, i.e. only when the test allows that unit.
 */
const UNIT_MISREADS: Record<string, readonly string[]> = {
  '%': ['6', '96', '9%', '%6', '0%', '%0', '0/0', 'o/o', '%o'],
};

/**
 * A unit cell as read → one of the units the test is reported in, tolerating OCR noise that plain
 * normalisation cannot resolve on its own ("L" or "f" for fL, "6" for %, "pq" for pg, "umol/I").
 * Only units valid for the test are ever produced, and only when exactly one is close: the test
 * (already matched by name) supplies the context that a lone glyph lacks. Undefined when nothing fits.
 */
export function fitLabUnit(
  raw: string | undefined,
  validUnits: readonly string[],
): { unit: string; confidence: number } | undefined {
  if (raw === undefined || validUnits.length === 0) return undefined;
  const read = normaliseLabUnit(raw);
  if (!read) return undefined;
  if (validUnits.includes(read.unit)) return { unit: read.unit, confidence: read.confidence };
  // A well-formed unit of another kind (10^12/L where 10^9/L belongs) was read, not misread: that is a
  // mismatch for the doctor, never something to bend into the expected unit.
  if (read.known) return undefined;
  const s = read.unit.toLowerCase();
  const scored = validUnits.map((unit) => {
    if (UNIT_MISREADS[unit]?.includes(read.unit)) return { unit, d: 1 };
    const target = unit.toLowerCase().replace('μ', 'u');
    return { unit, d: unitDistance(s.replace(/[μµp](?=mol)/, 'u'), target) };
  });
  scored.sort((a, b) => a.d - b.d);
  const best = scored[0] as { unit: string; d: number };
  const tolerance = Array.from(best.unit).length <= 3 ? 1 : 2;
  if (best.d > tolerance || (scored[1] && scored[1].d <= best.d)) return undefined;
  // A different valid unit (mg/dL vs mmol/L) is never within reach of the other, so the repair only
  // restores glyphs: high but not perfect confidence, still below an exact read.
  return { unit: best.unit, confidence: best.d === 0 ? 0.95 : 0.9 };
}

/** Levenshtein with the glyph swaps OCR makes in units (l/1/I, 0/o, 9/g, q/g) costing nothing. */
function unitDistance(a: string, b: string): number {
  const same = (x: string, y: string) =>
    x === y || /^[l1i|]{2}$/.test(x + y) || /^[0o]{2}$/.test(x + y) || /^[9gq]{2}$/.test(x + y);
  const x = Array.from(a);
  const y = Array.from(b);
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++)
      cur.push(
        Math.min(
          (prev[j - 1] as number) + (same(x[i - 1] as string, y[j - 1] as string) ? 0 : 1),
          (prev[j] as number) + 1,
          (cur[j - 1] as number) + 1,
        ),
      );
    prev = cur;
  }
  return prev[y.length] as number;
}
