import type { Bilingual } from '../types/evidence.ts';
import { hasCjk, normalizeText } from '../terminology/normalize.ts';
import { getTerminology } from '../terminology/terminology.ts';

/** Tolerant readers for untrusted FHIR JSON: a wrong shape yields undefined, never a throw. */
export type Json = Record<string, unknown>;
export const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
export const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
export const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;
export const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const objs = (v: unknown): Json[] => arr(v).filter(isObj);

export const SYSTEMS = {
  icd10: 'http://hl7.org/fhir/sid/icd-10',
  loinc: 'http://loinc.org',
  atc: 'http://www.whocc.no/atc',
  snomed: 'http://snomed.info/sct',
  rxnorm: 'http://www.nlm.nih.gov/research/umls/rxnorm',
} as const;

// Systems the rest of Yizhu matches on come first, so fusion can join EMR facts to extracted ones.
const PREFERRED = [
  SYSTEMS.icd10,
  'http://hl7.org/fhir/sid/icd-10-cm',
  SYSTEMS.loinc,
  SYSTEMS.atc,
  SYSTEMS.snomed,
  SYSTEMS.rxnorm,
];

export interface Coded {
  code?: { system: string; code: string };
  display?: Bilingual;
  /** Every coding, for callers that look for a specific system (e.g. NKA in SNOMED). */
  codings: { system: string; code: string }[];
}

/** The preferred coding and a bilingual display of a CodeableConcept. */
export function readCodeable(cc: unknown): Coded {
  if (!isObj(cc)) return { codings: [] };
  const codings = objs(cc.coding)
    .map((c) => ({ system: str(c.system) ?? '', code: str(c.code) ?? '', display: str(c.display) }))
    .filter((c) => c.code !== '' || c.display !== undefined);
  const ranked = [...codings].sort((a, b) => rank(a.system) - rank(b.system));
  const best = ranked.find((c) => c.code !== '');
  const texts = [str(cc.text), ...ranked.map((c) => c.display)].filter((t): t is string => t !== undefined);
  const out: Coded = {
    codings: codings.filter((c) => c.code !== '').map((c) => ({ system: c.system, code: c.code })),
  };
  if (best) out.code = { system: best.system, code: best.code };
  const display = bilingual(texts);
  if (display) out.display = display;
  return out;
}

const rank = (system: string): number => {
  const i = PREFERRED.indexOf(system as (typeof PREFERRED)[number]);
  return i < 0 ? PREFERRED.length : i;
};

/**
 * EMR text is in one language. Chinese and English displays are paired when both exist; otherwise a
 * whole-string lexicon match supplies the other language, else the one text stands for both.
 */
export function bilingual(texts: readonly string[]): Bilingual | undefined {
  const zh = texts.find((t) => hasCjk(t));
  const en = texts.find((t) => !hasCjk(t));
  if (zh && en) return { zh, en };
  const one = zh ?? en;
  if (!one) return undefined;
  const norm = normalizeText(one);
  const toks = getTerminology().tokenize(norm);
  const t = toks[0];
  if (toks.length === 1 && t?.concept && t.start === 0 && t.end === norm.length) {
    return zh ? { zh, en: t.concept.display.en } : { zh: t.concept.display.zh, en: one };
  }
  return { zh: one, en: one };
}

/** FHIR dateTime / Period → ISO string (the start of a period). */
export function readDate(r: Json, ...fields: string[]): string | undefined {
  for (const f of fields) {
    const v = r[f];
    if (str(v)) return str(v);
    if (isObj(v) && str(v.start)) return str(v.start);
  }
  return undefined;
}

/** The code of the first coding of a status CodeableConcept (clinicalStatus, verificationStatus). */
export function statusCode(cc: unknown): string | undefined {
  if (!isObj(cc)) return undefined;
  return (
    objs(cc.coding)
      .map((c) => str(c.code))
      .find((c) => c !== undefined) ?? str(cc.text)?.toLowerCase()
  );
}
