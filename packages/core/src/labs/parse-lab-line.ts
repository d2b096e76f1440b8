import type { Evidence } from '../types/evidence.ts';
import { partHints, type GlyphHints } from './ocr-page-geometry.ts';
import type { RawLabField, RawLabRow } from './build-lab-observation.ts';
import { parsePrintedFlag } from './compute-lab-flag.ts';
import { matchLabName } from './match-lab-name.ts';
import { normaliseLabUnit } from './normalise-lab-unit.ts';
import { parseLabValue } from './parse-lab-value.ts';
import { parseReferenceRange } from './parse-reference-range.ts';

/**
 * One line of tokens without column geometry (a PDF text line, or an OCR line on a page with no table
 * header) → a raw row: name tokens up to the first value token, then each remaining token classified as
 * flag, unit or range by its own form. Garbage guard: the name must match the lexicon, or else the
 * line must carry a number, a known unit and a bounded range — the shape of a lab row, not of an
 * address or a phone number.
 */
export interface LabLineToken {
  text: string;
  score: number;
  evidence: Evidence[];
  glyphHints?: GlyphHints;
}

const field = (tokens: LabLineToken[]): RawLabField | undefined => {
  const last = tokens[tokens.length - 1];
  if (!last) return undefined;
  return {
    text: tokens.map((t) => t.text).join(' '),
    score: Math.min(...tokens.map((t) => t.score)),
    evidence: tokens.flatMap((t) => t.evidence),
    ...partHints(last.glyphHints, true, tokens.length === 1),
  };
};

export function parseLabLine(tokens: readonly LabLineToken[]): RawLabRow | undefined {
  for (let i = 1; i < tokens.length; i++) {
    const v = parseLabValue((tokens[i] as LabLineToken).text);
    if (!v || v.kind === 'unparsed') continue;
    const nameTokens = tokens.slice(0, i);
    const rest = tokens.slice(i + 1);
    const flag: LabLineToken[] = [];
    const unit: LabLineToken[] = [];
    const range: LabLineToken[] = [];
    for (const t of rest) {
      if (parsePrintedFlag(t.text) && !unit.length && !range.length) flag.push(t);
      else if (!unit.length && normaliseLabUnit(t.text)?.known) unit.push(t);
      else range.push(t);
    }
    const row: RawLabRow = {
      name: field(nameTokens) as RawLabField,
      value: field([tokens[i] as LabLineToken]),
      unit: field(unit),
      range: field(range),
      flag: field(flag),
    };
    if (!looksLikeLabRow(row, v.kind)) return undefined;
    return row;
  }
  return undefined;
}

function looksLikeLabRow(row: RawLabRow, kind: 'number' | 'qualitative'): boolean {
  if (matchLabName(row.name.text).length > 0) return true;
  return kind === 'number' && !!row.unit && !!parseReferenceRange(row.range?.text)?.bounded;
}

/** Splits a text into whitespace tokens with their character offsets (text-layer evidence). */
export function tokeniseText(text: string, offset: number, sourceId: string): LabLineToken[] {
  const out: LabLineToken[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const start = offset + (m.index ?? 0);
    out.push({
      text: m[0],
      score: 1,
      evidence: [{ sourceId, locator: { kind: 'text', charStart: start, charEnd: start + m[0].length } }],
    });
  }
  return out;
}
