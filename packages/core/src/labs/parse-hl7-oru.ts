import type { Bilingual, Evidence } from '../types/evidence.ts';
import { invalid } from '../errors/yizhu-error.ts';
import { buildLabObservation, type RawLabField, type RawLabRow } from './build-lab-observation.ts';
import type { LabObservation, LabParseResult, LabParseWarning, LabReportMeta } from './lab-observation.ts';
import { SPECIMEN_TERMS } from './lab-tests-data.ts';

/**
 * HL7 v2 ORU^R01 (v2.3–2.5) → observations. Structural defects (no MSH, wrong message type, OBX
 * outside an OBR, OBX without an identifier) throw a validation YizhuError naming the segment, never
 * its content (it is patient data). Field evidence is the character span of the field in the message.
 */
export interface ParseHl7Options {
  sourceId: string;
}

interface Field {
  text: string;
  start: number;
}

interface Segment {
  id: string;
  fields: Field[];
  start: number;
  end: number;
  /** 1-based ordinal of this segment id in the message, for error paths (OBX[3]). */
  ordinal: number;
}

interface Delims {
  field: string;
  component: string;
  repetition: string;
  escape: string;
  subcomponent: string;
}

function splitSegments(message: string): Segment[] {
  const segs: Segment[] = [];
  const counts = new Map<string, number>();
  let field = '|';
  for (const m of message.matchAll(/[^\r\n]+/g)) {
    const line = m[0];
    const start = m.index ?? 0;
    if (line.startsWith('MSH') && segs.length === 0) field = line.charAt(3);
    const fields: Field[] = [];
    let pos = 0;
    for (const text of line.split(field)) {
      fields.push({ text, start: start + pos });
      pos += text.length + 1;
    }
    const id = (fields[0]?.text ?? '').trim();
    const ordinal = (counts.get(id) ?? 0) + 1;
    counts.set(id, ordinal);
    segs.push({ id, fields, start, end: start + line.length, ordinal });
  }
  return segs;
}

export function parseHl7OruR01(message: string, opts: ParseHl7Options): LabParseResult {
  if (typeof message !== 'string' || !message.trim()) throw invalid('HL7 message is empty');
  const segs = splitSegments(message);
  const msh = segs[0];
  if (!msh || msh.id !== 'MSH') {
    throw invalid('HL7 message must start with an MSH segment', [{ path: 'MSH', message: 'missing' }]);
  }
  const enc = msh.fields[1]?.text ?? '';
  const fieldSep = message.charAt(message.indexOf('MSH') + 3);
  if (!fieldSep || /[A-Za-z0-9\s]/.test(fieldSep) || enc.length < 2) {
    throw invalid('HL7 MSH segment has no valid delimiters', [
      { path: 'MSH-1', message: 'invalid delimiters' },
    ]);
  }
  const d: Delims = {
    field: fieldSep,
    component: enc.charAt(0),
    repetition: enc.charAt(1),
    escape: enc.charAt(2) || '\\',
    subcomponent: enc.charAt(3) || '&',
  };
  // MSH-1 is the separator itself, so MSH-n sits at fields[n - 1].
  const mshField = (n: number) => msh.fields[n - 1]?.text ?? '';
  const type = comps(mshField(9), d);
  if (type[0] !== 'ORU' || type[1] !== 'R01') {
    throw invalid('HL7 message type must be ORU^R01', [
      { path: 'MSH-9', message: 'unsupported message type' },
    ]);
  }
  const sendingFacility = unescape(comps(mshField(4), d)[0] ?? '', d) || undefined;

  const ev = (seg: Segment, n: number): Evidence[] => {
    const f = seg.fields[n];
    if (!f || !f.text) return [];
    return [
      {
        sourceId: opts.sourceId,
        locator: { kind: 'text', charStart: f.start, charEnd: f.start + f.text.length },
      },
    ];
  };
  const segmentEvidence = (seg: Segment): Evidence => ({
    sourceId: opts.sourceId,
    locator: { kind: 'text', charStart: seg.start, charEnd: seg.end },
  });

  const observations: LabObservation[] = [];
  const warnings: LabParseWarning[] = [];
  const meta: LabReportMeta = { evidence: [], ...(sendingFacility ? { laboratory: sendingFacility } : {}) };
  // Senders fill OBX-8 for every abnormal result when they fill it at all.
  const expectPrintedFlags = segs.some((s) => s.id === 'OBX' && (s.fields[8]?.text ?? '').trim() !== '');
  let inObr = false;
  let obrEffective: string | undefined;
  let obrSpecimen: Bilingual | undefined;

  for (const seg of segs) {
    const f = (n: number) => seg.fields[n]?.text ?? '';
    if (seg.id === 'OBR') {
      inObr = true;
      obrEffective = hl7DateTime(f(7));
      obrSpecimen = specimenFromCode(comps(f(15), d)[0]);
      meta.effective ??= obrEffective;
      meta.specimen ??= obrSpecimen;
      continue;
    }
    if (seg.id === 'SPM') {
      const sp = specimenFromCode(comps(f(4), d)[0]) ?? specimenFromText(comps(f(4), d)[1]);
      if (sp) {
        obrSpecimen = sp;
        meta.specimen ??= sp;
      }
      continue;
    }
    if (seg.id !== 'OBX') continue;
    const path = `OBX[${seg.ordinal}]`;
    if (!inObr)
      throw invalid('HL7 OBX segment appears before any OBR', [{ path, message: 'OBX outside an order' }]);
    const id = comps(f(3), d).map((c) => unescape(c, d));
    if (!id[0] && !id[1])
      throw invalid('HL7 OBX segment has no observation identifier', [
        { path: `${path}-3`, message: 'required' },
      ]);
    const status = f(11).trim().toUpperCase();
    if (['X', 'D', 'W'].includes(status)) {
      warnings.push({ code: 'observation_skipped', evidence: [segmentEvidence(seg)] });
      continue;
    }
    const loinc = id[2] === 'LN' ? id[0] : id[5] === 'LN' ? id[3] : undefined;
    const valueText = obxValueText(f(2).trim().toUpperCase(), f(5), d);
    const unit = comps(f(6), d).map((c) => unescape(c, d));
    const field = (text: string, evidence: Evidence[]): RawLabField | undefined =>
      text.trim() ? { text, score: 1, evidence } : undefined;
    const row: RawLabRow = {
      name: { text: id[1] || id[0] || '', score: 1, evidence: ev(seg, 3) },
      value: field(valueText, ev(seg, 5)),
      unit: field(unit[0] || unit[1] || '', ev(seg, 6)),
      range: field(unescape(f(7), d), ev(seg, 7)),
      flag: field(comps(f(8), d)[0] ?? '', ev(seg, 8)),
      ...(loinc ? { loinc } : {}),
      ...(status && !['F', 'C'].includes(status) ? { extraReasons: ['source_not_final' as const] } : {}),
    };
    const lab = unescape(comps(f(23), d)[0] ?? '', d) || sendingFacility;
    const effective = hl7DateTime(f(14)) ?? obrEffective;
    const obs = buildLabObservation(row, {
      specimen: obrSpecimen,
      effective,
      laboratory: lab,
      expectPrintedFlags,
    });
    if (!obs) {
      warnings.push({ code: 'row_without_value', evidence: [segmentEvidence(seg)] });
      continue;
    }
    obs.evidence = [segmentEvidence(seg), ...obs.evidence];
    observations.push(obs);
  }
  if (observations.length === 0) warnings.push({ code: 'no_lab_table_found', evidence: [] });
  return { observations, meta, warnings };
}

const comps = (s: string, d: Delims) => s.split(d.repetition)[0]?.split(d.component) ?? [];

function unescape(s: string, d: Delims): string {
  const e = d.escape;
  if (!s.includes(e)) return s;
  const map: Record<string, string> = {
    F: d.field,
    S: d.component,
    T: d.subcomponent,
    R: d.repetition,
    E: e,
  };
  const re = new RegExp(`${escapeRe(e)}([FSTRE]|X[0-9A-Fa-f]*|\\.br)${escapeRe(e)}`, 'g');
  return s.replace(re, (_, code: string) => map[code] ?? (code === '.br' ? ' ' : ''));
}
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** OBX-5 by value type: SN is comparator^num1^separator^num2; CE/CWE carry text in component 2. */
function obxValueText(type: string, raw: string, d: Delims): string {
  const reps = raw.split(d.repetition);
  const first = reps[0] ?? '';
  const c = first.split(d.component).map((x) => unescape(x, d));
  if (type === 'SN') {
    const [cmp = '', n1 = '', sep = '', n2 = ''] = c;
    return sep && n2 ? `${n1}${sep === ':' ? ':' : '-'}${n2}` : `${cmp}${n1}`;
  }
  if (type === 'CE' || type === 'CWE' || type === 'CNE') return c[1] || c[0] || '';
  if (type === 'ST' || type === 'TX' || type === 'FT') return reps.map((r) => unescape(r, d)).join(' ');
  return unescape(first, d);
}

/** HL7 TS/DTM (YYYYMMDD[HHMM[SS]][±ZZZZ]) → ISO 8601, keeping the sender's offset if given. */
export function hl7DateTime(ts: string): string | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?(?:\.\d+)?)?([+-]\d{4})?/.exec(ts.trim());
  if (!m) return undefined;
  const [, y, mo, dd, hh, mi, ss, tz] = m;
  const date = `${y}-${mo}-${dd}`;
  if (!hh) return date;
  const zone = tz ? `${tz.slice(0, 3)}:${tz.slice(3)}` : '';
  return `${date}T${hh}:${mi}:${ss ?? '00'}${zone}`;
}

function specimenFromCode(code: string | undefined): Bilingual | undefined {
  if (!code) return undefined;
  const t = SPECIMEN_TERMS.find((s) => s.hl7.includes(code.toUpperCase()));
  return t ? { zh: t.zh, en: t.en } : specimenFromText(code);
}

function specimenFromText(text: string | undefined): Bilingual | undefined {
  if (!text) return undefined;
  const t = SPECIMEN_TERMS.find((s) => s.match.some((w) => text.toLowerCase().startsWith(w)));
  return t ? { zh: t.zh, en: t.en } : undefined;
}
