/**
 * De-identification of text that leaves the machine for a model endpoint (issue 9, data locality).
 * Names, ID numbers, phone numbers and street addresses are replaced by placeholders; the map from
 * placeholder back to the original stays with the caller (server side) and is never sent.
 *
 * Placeholders carry no digits (`[[PHONE-KQZT-A]]`), so the number verifier never mistakes one for a
 * clinical value, and a per-call tag, so a placeholder leaked from another call (another patient)
 * is unknown here and the sentence carrying it is rejected rather than re-identified.
 */
export type IdentifierKind = 'NAME' | 'ID' | 'PHONE' | 'ADDRESS' | 'NUMBER' | 'EMAIL';

export interface DeidentifyOptions {
  /** Names known to belong to this visit (patient, relatives, staff): always replaced. */
  names?: readonly string[];
  /** Letters A–Z only; makes placeholders unique to one call. */
  tag: string;
}

export interface Deidentifier {
  /** Replaces identifiers; the same original gets the same placeholder across calls on this instance. */
  apply(text: string): string;
  /** Placeholder → original. Server-side only. */
  readonly map: ReadonlyMap<string, string>;
  /** Counts by kind (for the audit record: counts only, never values). */
  counts(): Record<IdentifierKind, number>;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643-1999 check digit (ISO 7064 MOD 11-2) of an 18-character resident ID number. */
export function isValidResidentId(id: string): boolean {
  if (!/^\d{17}[\dX]$/i.test(id)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11] === id[17]!.toUpperCase();
}

// Order matters: longer, more specific shapes first, so a phone inside an ID number is not split off.
const RESIDENT_ID = /(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g;
const LONG_NUMBER = /(?<![\d.])\d{12,}(?![\d.])/g; // record, insurance and card numbers
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const MOBILE = /(?<![\d])(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}(?!\d)/g;
const LANDLINE = /(?<![\d])0\d{2,3}[\s-]\d{7,8}(?!\d)|(?<![\d])\(0\d{2,3}\)\s?\d{7,8}(?!\d)/g;
const ZH_ADDRESS = new RegExp(
  [
    '(?:[\\u4e00-\\u9fa5]{2,6}(?:省|自治区))?',
    '(?:[\\u4e00-\\u9fa5]{2,6}市)?',
    '(?:[\\u4e00-\\u9fa5]{1,6}(?:区|县|镇|乡|街道))?',
    '(?:[\\u4e00-\\u9fa5]{1,10}(?:路|街|巷|弄|大道|胡同|小区|村|里))',
    '(?:[\\d一二三四五六七八九十百零]+(?:号院|号楼|号|弄|栋|幢|单元|室|层|组))+',
  ].join(''),
  'g',
);
const EN_ADDRESS =
  /\b\d{1,5}\s+(?:[A-Z][a-z]+\s){1,4}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Way)\b\.?/g;
// A name stated with its label: 姓名：王小明, 我叫王小明, my name is John Smith, Mr. Smith.
const ZH_LABELLED_NAME = /(?<=(?:姓名|名字|患者姓名|联系人|家属)\s*[:：]\s*|我叫|我是)[\u4e00-\u9fa5·]{2,4}/g;
const EN_LABELLED_NAME =
  /(?<=\b(?:[Mm]y name is|[Nn]ame\s*:|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?)\s)[A-Z][a-z]+(?:\s[A-Z][a-z]+)?/g;

// Words right after 我是/我叫 that are not names (我是说, 我是医生 …).
const NOT_A_NAME = /^(说|医生|护士|患者|病人|家属|他|她|他的|她的|不是|觉得|因为|这样|那个|这个|一直|有点)/;

const letters = (n: number): string => {
  let s = '';
  let k = n;
  do {
    s = String.fromCharCode(65 + (k % 26)) + s;
    k = Math.floor(k / 26) - 1;
  } while (k >= 0);
  return s;
};

export function createDeidentifier(opts: DeidentifyOptions): Deidentifier {
  if (!/^[A-Z]{2,8}$/.test(opts.tag)) throw new Error('de-identification tag must be 2–8 capital letters');
  const forward = new Map<string, string>(); // original → placeholder
  const map = new Map<string, string>(); // placeholder → original
  const counts: Record<IdentifierKind, number> = {
    NAME: 0,
    ID: 0,
    PHONE: 0,
    ADDRESS: 0,
    NUMBER: 0,
    EMAIL: 0,
  };
  const placeholder = (kind: IdentifierKind, original: string): string => {
    const key = `${kind}\u0000${original}`;
    const known = forward.get(key);
    if (known) return known;
    const p = `[[${kind}-${opts.tag}-${letters(map.size)}]]`;
    forward.set(key, p);
    map.set(p, original);
    counts[kind]++;
    return p;
  };
  const names = [...new Set((opts.names ?? []).map((n) => n.trim()).filter((n) => n.length >= 2))].sort(
    (a, b) => b.length - a.length,
  );
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const knownNames = names.length > 0 ? new RegExp(names.map(escape).join('|'), 'g') : null;

  const apply = (text: string): string => {
    let t = text;
    t = t.replace(RESIDENT_ID, (m) => (isValidResidentId(m) ? placeholder('ID', m) : m));
    t = t.replace(EMAIL, (m) => placeholder('EMAIL', m));
    t = t.replace(LONG_NUMBER, (m) => placeholder('NUMBER', m));
    t = t.replace(MOBILE, (m) => placeholder('PHONE', m));
    t = t.replace(LANDLINE, (m) => placeholder('PHONE', m));
    t = t.replace(ZH_ADDRESS, (m) => placeholder('ADDRESS', m));
    t = t.replace(EN_ADDRESS, (m) => placeholder('ADDRESS', m));
    if (knownNames) t = t.replace(knownNames, (m) => placeholder('NAME', m));
    t = t.replace(ZH_LABELLED_NAME, (m) => (NOT_A_NAME.test(m) ? m : placeholder('NAME', m)));
    t = t.replace(EN_LABELLED_NAME, (m) => placeholder('NAME', m));
    return t;
  };
  return { apply, map, counts: () => ({ ...counts }) };
}

const PLACEHOLDER = /\[\[(?:NAME|ID|PHONE|ADDRESS|NUMBER|EMAIL)-[A-Z]{2,8}-[A-Z]+\]\]/g;

/**
 * Puts originals back into model output. Placeholders this call did not issue (another call's, or
 * invented) are reported, so the caller can reject the sentence instead of guessing.
 */
export function reidentify(
  text: string,
  map: ReadonlyMap<string, string>,
): { text: string; unknownPlaceholders: number } {
  let unknown = 0;
  const out = text.replace(PLACEHOLDER, (p) => {
    const original = map.get(p);
    if (original === undefined) {
      unknown++;
      return p;
    }
    return original;
  });
  // A mangled placeholder ("[[NAME-", "PHONE-KQ") is also unknown: nothing of it may reach the draft.
  const residue = out.replace(PLACEHOLDER, '').match(/\[\[|(?:NAME|PHONE|ADDRESS|EMAIL)-[A-Z]{2,8}-/g);
  return { text: out, unknownPlaceholders: unknown + (residue?.length ?? 0) };
}
