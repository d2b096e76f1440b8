import {
  buildLabObservation,
  type LabRowContext,
  type RawLabField,
  type RawLabRow,
} from './build-lab-observation.ts';
import { parsePrintedFlag } from './compute-lab-flag.ts';
import { LAB_LEXICON } from './lab-lexicon.ts';
import { extractLabReportMeta, type LabMetaLine } from './extract-lab-report-meta.ts';
import type { LabObservation, LabParseResult, LabParseWarning } from './lab-observation.ts';
import { matchLabName } from './match-lab-name.ts';
import { normaliseLabUnit } from './normalise-lab-unit.ts';
import { parseLabLine, type LabLineToken } from './parse-lab-line.ts';
import { parseLabValue } from './parse-lab-value.ts';
import { partHints, splitBoxTokens } from './ocr-page-geometry.ts';
import { dominantPanel } from './resolve-lab-test.ts';
import {
  labImageEvidence,
  ocrLines,
  reconstructLabTables,
  type LabTableRow,
  type OcrPage,
} from './reconstruct-lab-table.ts';

/**
 * Entry point for the OCR adapter: recognised text boxes of each page → observations with image
 * evidence. Tables are rebuilt from geometry; a page without a recognisable table header falls back
 * to line-by-line parsing with the garbage guard of parseLabLine. Nothing found → an empty result with
 * a `no_lab_table_found` warning, never an error (a photo without a table is a normal input).
 */
export interface ParseOcrLabOptions {
  sourceId: string;
  reviewThreshold?: number;
}

export function parseOcrLabReport(pages: readonly OcrPage[], opts: ParseOcrLabOptions): LabParseResult {
  const { sourceId } = opts;
  const metaLines: LabMetaLine[] = pages.flatMap((p) =>
    ocrLines(p).map((boxes) => ({
      text: boxes.map((b) => b.text).join(' '),
      evidence: boxes.map((b) => labImageEvidence(sourceId, p.page, b.box)),
    })),
  );
  const meta = extractLabReportMeta(metaLines);
  const base: LabRowContext = {
    specimen: meta.specimen,
    effective: meta.effective,
    laboratory: meta.laboratory,
    reviewThreshold: opts.reviewThreshold,
  };
  const warnings: LabParseWarning[] = [];
  const observations: LabObservation[] = [];
  const tables = reconstructLabTables(pages, sourceId, {
    nameScore: (name) => matchLabName(name)[0]?.confidence ?? 0,
  });
  const pagesWithTables = new Set(tables.map((t) => t.page));

  for (const table of tables) {
    const rows = table.rows.map(tableRowToRaw);
    if (rows.length === 0) warnings.push({ code: 'header_without_rows', evidence: table.headerEvidence });
    const expectPrintedFlags =
      table.columns.some((c) => c.role === 'flag') ||
      rows.some((r) => r.flag || parseLabValue(r.value?.text)?.printedFlag);
    const inlineArrowsMayMisread = !table.columns.some((c) => c.role === 'flag');
    observations.push(...buildRows(rows, { ...base, expectPrintedFlags, inlineArrowsMayMisread }, warnings));
  }

  for (const page of pages) {
    if (pagesWithTables.has(page.page)) continue;
    const rows: RawLabRow[] = [];
    for (const line of ocrLines(page)) {
      const tokens: LabLineToken[] = line.flatMap(splitBoxTokens).map((t) => ({
        text: t.text,
        score: t.score,
        evidence: [labImageEvidence(sourceId, page.page, t.box)],
        ...(t.glyphHints ? { glyphHints: t.glyphHints } : {}),
      }));
      const row = parseLabLine(tokens);
      if (row) rows.push(row);
    }
    const expectPrintedFlags = rows.some((r) => r.flag || parseLabValue(r.value?.text)?.printedFlag);
    observations.push(
      ...buildRows(rows, { ...base, expectPrintedFlags, inlineArrowsMayMisread: true }, warnings),
    );
  }

  if (observations.length === 0) {
    warnings.push({ code: 'no_lab_table_found', evidence: [] });
  }
  return { observations, meta, warnings };
}

/**
 * Two passes: rows whose name is unambiguous decide the table's panel, which then breaks ties such as
 * 白细胞 (blood count vs urinalysis) on the rest.
 */
export function buildRows(
  rows: readonly RawLabRow[],
  ctx: LabRowContext,
  warnings: LabParseWarning[],
): LabObservation[] {
  const first = rows.map((r) => buildLabObservation(r, ctx));
  const lexicon = ctx.lexicon ?? LAB_LEXICON;
  const panel = dominantPanel(
    first.map((o) =>
      o?.testId && !o.reviewReasons.includes('name_ambiguous') ? lexicon.byId.get(o.testId) : undefined,
    ),
  );
  // Tests read with a confident name: the others' ties and garbled names are settled among the rest.
  const taken = new Set(
    first.flatMap((o) =>
      o?.testId && !o.reviewReasons.some((r) => r.startsWith('name_')) ? [o.testId] : [],
    ),
  );
  const out: LabObservation[] = [];
  rows.forEach((row, i) => {
    const obs = panel ? buildLabObservation(row, { ...ctx, panelHint: panel, taken }) : first[i];
    if (!obs) {
      const evidence = row.name.evidence ?? [];
      if (row.name.text.trim()) warnings.push({ code: 'row_without_value', evidence });
      return;
    }
    // An unknown name with an unreadable value is text around the table, not a result.
    if (
      !obs.testId &&
      !obs.code &&
      typeof obs.value === 'string' &&
      obs.reviewReasons.includes('value_unparsed')
    ) {
      warnings.push({ code: 'observation_skipped', evidence: obs.evidence });
      return;
    }
    out.push(obs);
  });
  return out;
}

function tableRowToRaw(row: LabTableRow): RawLabRow {
  const c = row.cells;
  const raw: RawLabRow = {
    name: c.name ?? { text: '', score: 1, evidence: [] },
    code: c.code,
    value: c.value,
    unit: c.unit,
    range: c.range,
    flag: c.flag,
  };
  return splitUnitRange(splitMergedValueCell(raw));
}

const RANGE_ONLY = /^(?:[<>≤≥]=?\d+(?:\.\d+)?|(\d+(?:\.\d+)?)[-~～—–](\d+(?:\.\d+)?))$/;
const isRangeText = (t: string) => {
  const m = RANGE_ONLY.exec(t.replace(/\s+/g, ''));
  return !!m && (m[1] === undefined || Number(m[1]) <= Number(m[2]));
};

/**
 * Unit and range printed close together are often one detector box, which then lands in one column:
 * "10^9/L3.50-9.50" or "620.0-50.0" (% read as 6) in the unit column, "10^9/L 3.50-9.50" in the range
 * column. The longest well-formed range at the end (low ≤ high) is split off; what precedes it is the
 * unit as read, left to the test-aware unit normalisation.
 */
function splitUnitRange(raw: RawLabRow): RawLabRow {
  const u = raw.unit;
  const r = raw.range;
  if (u && !r?.text.trim()) {
    const cut = cutRangeOff(u.text, () => true);
    if (cut)
      return {
        ...raw,
        unit: { ...u, text: cut.unit },
        range: { text: cut.range, score: u.score, evidence: u.evidence },
      };
  }
  if (r && !u?.text.trim()) {
    // In the range column only a unit that reads as one is split off (a range may start with text),
    // or a word without digits before a space and a number: a unit too garbled to read ("R/L
    // 40.0-55.0", "mol. 208-428" on a blurred photo). It goes to the unit as read, where the test's
    // own units decide what it was; left in the range it made the range unreadable.
    const cut = cutRangeOff(r.text, (t) => !!normaliseLabUnit(t)?.known) ?? cutGarbledUnitOff(r.text);
    if (cut)
      return {
        ...raw,
        unit: { text: cut.unit, score: r.score, evidence: r.evidence },
        range: { ...r, text: cut.range },
      };
  }
  return raw;
}

/** Sex and age labels of split ranges ("男 4.3-5.8", "M 4.3-5.8") are not units. */
const RANGE_LABEL = /男|女|成人|儿童|岁|^(?:m|f|male|female|men|women|adult|child)[:：]?$/i;

function cutGarbledUnitOff(text: string): { unit: string; range: string } | undefined {
  const m = /^(\S+)\s+([<>≤≥]?\d\S*)$/.exec(text.trim());
  if (!m?.[1] || !m[2] || /\d/.test(m[1]) || RANGE_LABEL.test(m[1])) return undefined;
  return { unit: m[1], range: m[2] };
}

function cutRangeOff(
  text: string,
  unitOk: (t: string) => boolean,
): { unit: string; range: string } | undefined {
  const chars = Array.from(text.trim());
  for (let i = 1; i < chars.length; i++) {
    const rest = chars.slice(i).join('').trim();
    if (!/^[<>≤≥\d]/.test(rest) || !isRangeText(rest)) continue;
    const unit = chars.slice(0, i).join('').trim();
    return unit && unitOk(unit) ? { unit, range: rest } : undefined;
  }
  return undefined;
}
/**
 * Without a unit or flag column the detector often reads "6.5 ↑ 10^9/L" as one box in the result
 * column: separate the parts into the empty fields. After a number, a part no known unit reads as
 * ("96", "6": a blurred %) goes to an empty unit field as read, where only the test's own units can claim it
 * (`fitLabUnit`). What has no empty field left is dropped, and the value reviewed: the cell held
 * more than a result and the cut may be wrong.
 */
const DROPPED_PART_SCORE = 0.6;

function splitMergedValueCell(raw: RawLabRow): RawLabRow {
  const v = raw.value;
  if (!v || !/\s/.test(v.text.trim())) return raw;
  const whole = parseLabValue(v.text);
  if (whole && whole.kind !== 'unparsed') return raw;
  const tokens = v.text.trim().split(/\s+/);
  const idx = tokens.findIndex((t) => {
    const p = parseLabValue(t);
    return p && p.kind !== 'unparsed';
  });
  if (idx < 0) return raw;
  // Units are printed in Latin letters and symbols; CJK after a result is a garbled range (阴性).
  const numeric = parseLabValue(tokens[idx])?.kind === 'number';
  const part = (text: string): RawLabField => ({ text, score: v.score, evidence: v.evidence });
  const value = part(tokens.slice(0, idx + 1).join(' '));
  const out: RawLabRow = {
    ...raw,
    value: { ...value, ...partHints(v.glyphHints, idx === tokens.length - 1, false) },
  };
  const rest = tokens.slice(idx + 1);
  const rangeParts: string[] = [];
  for (const t of rest) {
    if (!out.flag && parsePrintedFlag(t)) out.flag = part(t);
    else if (!out.unit && normaliseLabUnit(t)?.known) out.unit = part(t);
    else if (!out.unit && !rangeParts.length && numeric && !/[-~～—–<>≤≥\u3400-\u9fff]/.test(t))
      out.unit = part(t);
    else rangeParts.push(t);
  }
  if (rangeParts.length && !out.range) out.range = part(rangeParts.join(' '));
  else if (rangeParts.length && out.value)
    out.value = { ...out.value, score: Math.min(out.value.score ?? 1, DROPPED_PART_SCORE) };
  return out;
}
