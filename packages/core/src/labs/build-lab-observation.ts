import type { Bilingual, Evidence } from '../types/evidence.ts';
import { computeLabFlag, flagsConflict, parsePrintedFlag } from './compute-lab-flag.ts';
import { convertLabValue } from './convert-lab-value.ts';
import { LAB_LEXICON, loincForUnit, type LabLexicon } from './lab-lexicon.ts';
import type { GlyphHints } from './ocr-page-geometry.ts';
import type {
  Comparator,
  LabField,
  LabFlag,
  LabObservation,
  LabPanel,
  QualitativeValue,
  ReviewReason,
} from './lab-observation.ts';
import type { LabTestDef } from './lab-tests-data.ts';
import { matchLabName } from './match-lab-name.ts';
import { matchLabNameLoosely } from './match-lab-name-loosely.ts';
import { fitLabUnit, normaliseLabUnit } from './normalise-lab-unit.ts';
import { parseLabValue } from './parse-lab-value.ts';
import {
  farOutOfRange,
  pointMayBeLost,
  pointSeenBesideWholeRange,
  readGlyphHints,
} from './read-glyph-hints.ts';
import { parseReferenceRange } from './parse-reference-range.ts';
import {
  INFERRED_NAME_CONFIDENCE,
  kindFits,
  resolveLabTest,
  unitFits,
  type LabTestContext,
} from './resolve-lab-test.ts';

/**
 * One raw row (cells as read, each with its recognition score and evidence) → LabObservation. Every
 * parser funnels through here so the confidence rules are the same for a photo, a PDF, HL7 and FHIR.
 *
 * Review threshold: a clean exact read (1.0 × OCR score ≥ 0.9) and a single visual glyph repair with a
 * clean OCR score (0.92 × ≥ 0.93) pass; any digit repair, non-visual name edit, ambiguity, unit
 * mismatch or flag conflict falls below it. Designed so a confidently wrong field needs two
 * independent misreads that still agree with the range, the unit and the printed flag.
 */
export const LAB_REVIEW_THRESHOLD = 0.85;

export interface RawLabField {
  text: string;
  /** Recognition score 0..1 (1 for text layers and structured messages). */
  score?: number;
  evidence?: Evidence[];
  /** OCR only: what the recogniser also saw (see read-glyph-hints.ts). */
  glyphHints?: GlyphHints;
}

export interface RawLabRow {
  name: RawLabField;
  /** Abbreviation column (代号/英文缩写), matched together with the name. */
  code?: RawLabField;
  value?: RawLabField;
  unit?: RawLabField;
  range?: RawLabField;
  flag?: RawLabField;
  /** LOINC given by a structured source (HL7 OBX-3, FHIR coding): trusted over name matching. */
  loinc?: string;
  /** Reasons the source itself gives for review (e.g. a preliminary result). */
  extraReasons?: ReviewReason[];
}

export interface LabRowContext {
  panelHint?: LabPanel;
  /** See LabTestContext.taken. */
  taken?: ReadonlySet<string>;
  /** The report prints flags somewhere, so a missing arrow beside an abnormal value is suspicious. */
  expectPrintedFlags?: boolean;
  /**
   * OCR of a table without a flag column: arrows printed inline after the value may have been read
   * as a digit. Never set for text layers or structured messages.
   */
  inlineArrowsMayMisread?: boolean;
  specimen?: Bilingual;
  effective?: string;
  laboratory?: string;
  lexicon?: LabLexicon;
  reviewThreshold?: number;
}

const score = (f: RawLabField | undefined) => (f ? Math.max(0, Math.min(1, f.score ?? 1)) : 1);
const ev = (f: RawLabField | undefined) => f?.evidence ?? [];

/** Returns undefined when the row carries no value at all (callers report `row_without_value`). */
export function buildLabObservation(raw: RawLabRow, ctx: LabRowContext = {}): LabObservation | undefined {
  const { row, pointRepaired } = readGlyphHints(raw, ctx.inlineArrowsMayMisread ?? false);
  const lexicon = ctx.lexicon ?? LAB_LEXICON;
  const threshold = ctx.reviewThreshold ?? LAB_REVIEW_THRESHOLD;
  const reasons = new Set<ReviewReason>(row.extraReasons ?? []);
  const parsed = parseLabValue(row.value?.text);
  if (!parsed || (parsed.kind === 'unparsed' && !parsed.text)) return undefined;
  const unitReadRaw = normaliseLabUnit(row.unit?.text);
  const valueKind =
    parsed.kind === 'number' ? 'number' : parsed.kind === 'qualitative' ? 'qualitative' : undefined;

  // ── name ──
  let test: LabTestDef | undefined;
  let nameConf: number;
  let code: LabObservation['code'];
  if (row.loinc) {
    test = lexicon.byLoinc.get(row.loinc);
    nameConf = score(row.name);
    code = { system: 'http://loinc.org', code: row.loinc };
  } else {
    const nameText = row.code?.text ? `${row.name.text}(${row.code.text})` : row.name.text;
    const nameCtx: LabTestContext = {
      unit: unitReadRaw?.unit,
      valueKind,
      panelHint: ctx.panelHint,
      taken: ctx.taken,
    };
    const resolved = resolveLabTest(matchLabName(nameText, lexicon), nameCtx);
    const loose =
      !resolved.test && ctx.taken && ctx.panelHint
        ? matchLabNameLoosely(
            row.name.text,
            lexicon.tests.filter(
              (t) =>
                t.panel === ctx.panelHint &&
                !ctx.taken?.has(t.id) &&
                kindFits(t, valueKind) &&
                // A garbled unit cell ("火", "10-9/110320") says nothing about the test.
                (!unitReadRaw?.known || unitFits(t, unitReadRaw.unit)),
            ),
          )
        : undefined;
    test = resolved.test ?? loose;
    nameConf =
      (loose ? INFERRED_NAME_CONFIDENCE : resolved.confidence) *
      Math.min(score(row.name), row.code ? score(row.code) : 1);
    if (loose) reasons.add('name_uncertain');
    else if (resolved.reason) reasons.add(resolved.reason);
  }
  // A unit the test is never reported in is usually a misread of one it is ("L" for fL, "6" for %).
  let unitRead = unitReadRaw;
  let unitRepaired = false;
  if (test && unitRead && !unitFits(test, unitRead.unit)) {
    const valid = [...(test.unit ? [test.unit] : []), ...(test.altUnits ?? [])];
    const fitted = fitLabUnit(row.unit?.text, valid);
    if (fitted) {
      // With one valid unit the test itself says what the cell holds; with several (mmol/L or mg/dL)
      // the glyphs must, so their recognition score still counts.
      const conf = valid.length === 1 ? fitted.confidence : fitted.confidence * score(row.unit);
      unitRead = { unit: fitted.unit, confidence: conf, known: true };
      unitRepaired = true;
    }
  }
  const sourceName = row.name.text.trim();
  const display: Bilingual = test ? { zh: test.zh, en: test.en } : { zh: sourceName, en: sourceName };

  // ── value ──
  let value: number | string;
  let comparator: Comparator | undefined;
  let valueConf = score(row.value);
  if (pointRepaired || pointSeenBesideWholeRange(row)) {
    reasons.add('value_low_confidence');
    valueConf = Math.min(valueConf, 0.7);
  }
  if (parsed.kind === 'number') {
    value = parsed.value;
    comparator = parsed.comparator;
    valueConf *= parsed.confidence;
    if (test?.valueKind === 'qualitative') reasons.add('value_unparsed');
    const p = test?.plausible;
    if (p && (parsed.value < p[0] || parsed.value > p[1]) && (!unitRead || unitRead.unit === test?.unit)) {
      valueConf *= 0.3;
      reasons.add('value_implausible');
    }
  } else if (parsed.kind === 'qualitative') {
    value = parsed.value;
    valueConf *= parsed.confidence;
    // "-" in a count column means "not done", not "negative": do not read it as a result.
    if (test?.valueKind === 'quantity') {
      value = row.value?.text.trim() ?? '';
      valueConf = Math.min(valueConf, 0.3);
      reasons.add('value_unparsed');
    }
  } else {
    value = parsed.text;
    valueConf *= parsed.confidence;
    reasons.add('value_unparsed');
  }

  // ── unit ──
  let unit = unitRead?.unit;
  let unitConf = unitRead ? unitRead.confidence * (unitRepaired ? 1 : score(row.unit)) : 1;
  // A test reported in one unit only (MCV in fL, NEUT% in %): a unit cell the detector missed or the
  // recogniser garbled ("凡", "n" for fL) can only have held that unit. It is shown, below the review
  // threshold, rather than left blank; a well-formed unit of another kind stays a mismatch.
  const soleUnit = test?.unit && !test.altUnits?.length ? test.unit : undefined;
  if (soleUnit && parsed.kind === 'number' && (!unitRead || (!unitRead.known && !unitFits(test!, unit)))) {
    unit = soleUnit;
    unitConf = 0.5;
    reasons.add('unit_assumed');
  } else if (test) {
    if (test.unit && !unitRead && parsed.kind === 'number') {
      unitConf = 0.5;
      reasons.add('unit_missing');
    } else if (unitRead && (test.unit || test.altUnits) && !unitFits(test, unit)) {
      unitConf = Math.min(unitConf, 0.3);
      reasons.add('unit_mismatch');
    }
  } else if (unitRead && !unitRead.known) {
    reasons.add('unit_unknown');
  }
  let canonical: LabObservation['canonical'];
  if (test?.unit && unit && unit !== test.unit && typeof value === 'number') {
    const converted = convertLabValue(test.id, value, unit, test.unit);
    if (converted !== undefined) canonical = { value: converted, unit: test.unit };
  }
  if (test && !row.loinc) {
    const ref = loincForUnit(test, unit);
    if (ref)
      code = { system: 'http://loinc.org', code: ref.code, ...(ref.uncertain ? { uncertain: true } : {}) };
  }

  // ── reference range ──
  const rangeRead = parseReferenceRange(row.range?.text);
  let rangeConf = 1;
  if (rangeRead) {
    rangeConf = rangeRead.confidence * score(row.range);
    if (!rangeRead.bounded) {
      // Split ranges (男/女, 成人/儿童) are legitimate text; anything else unreadable goes to review.
      if (/男|女|成人|儿童|岁|male|female|adult|child|M:|F:/i.test(rangeRead.range.text)) rangeConf = 0.9;
      else reasons.add('range_unparsed');
    }
  }

  // ── flag ──
  const flagCell = parsePrintedFlag(row.flag?.text);
  const printed: LabFlag | undefined = flagCell ?? parsed.printedFlag;
  // A mark where an arrow belongs that reads as no flag at all ("T", "}" or "+" at a low score in the
  // flag column, "!" after the value): it says "abnormal" without saying which way.
  const unreadMark = !printed && (flagCell === null || (parsed.kind === 'number' && !!parsed.unreadMark));
  let flagConf = 1;
  const flagEvidence = flagCell
    ? ev(row.flag)
    : parsed.printedFlag
      ? ev(row.value)
      : flagCell === null
        ? ev(row.flag)
        : unreadMark
          ? ev(row.value)
          : [];
  const computed =
    rangeRead?.bounded && (typeof value === 'number' || parsed.kind === 'qualitative')
      ? computeLabFlag(value as number | QualitativeValue, rangeRead.range, comparator)
      : undefined;
  let flagConflict: boolean;
  if (unreadMark) {
    // The mark corroborates an abnormal computed flag (the range gives the direction); against a
    // normal or uncomputable one, the value, the range or the mark was misread.
    flagConflict = computed === 'N';
    if (computed && computed !== 'N') flagConf = Math.min(rangeConf, 0.9);
    else {
      flagConf = 0.4;
      reasons.add(flagConflict ? 'flag_conflict' : 'flag_low_confidence');
    }
  } else {
    flagConflict = flagsConflict(printed, computed, ctx.expectPrintedFlags ?? false);
    if (flagConflict) {
      flagConf = 0.3;
      reasons.add('flag_conflict');
    } else {
      const printedConf = flagCell ? score(row.flag) : printed ? score(row.value) : 1;
      flagConf = computed ? Math.max(rangeConf, printed ? printedConf : 0) : printedConf;
    }
  }

  // An inline ↑/↓ is often read as a trailing "1" ("69↓" → "691"). When dropping that 1 gives an
  // abnormal value — one an arrow would have been printed beside — the read cannot be trusted either
  // way: the doctor checks it. (Where the report has a flag column, arrows are not inline.)
  if (
    ctx.inlineArrowsMayMisread &&
    parsed.kind === 'number' &&
    !printed &&
    !unreadMark &&
    !comparator &&
    rangeRead?.bounded &&
    /\d\.?1$/.test(parsed.value.toString()) &&
    /1\s*$/.test(row.value?.text ?? '')
  ) {
    const digits = (row.value?.text ?? '').trim().replace(/\s+/g, '').slice(0, -1);
    const stripped = Number(digits);
    const f = Number.isFinite(stripped) && digits ? computeLabFlag(stripped, rangeRead.range) : undefined;
    if (f === 'H' || f === 'L') {
      reasons.add('value_arrow_suspected');
      valueConf = Math.min(valueConf, 0.6);
    }
  }

  // A value far outside its range with no arrow conflict is still the classic lost-decimal misread.
  if (typeof value === 'number' && rangeRead?.range && !comparator) {
    if (farOutOfRange(value, rangeRead.range)) {
      reasons.add('value_far_out_of_range');
      valueConf = Math.min(valueConf, 0.6);
    }
  }
  // Out of range and without the decimals its range is printed with: as likely a lost point.
  if (
    typeof value === 'number' &&
    computed &&
    computed !== 'N' &&
    !comparator &&
    pointMayBeLost(row.value?.text, row.range?.text)
  ) {
    reasons.add('value_low_confidence');
    valueConf = Math.min(valueConf, 0.6);
  }

  const confidence: Record<LabField, number> = {
    name: round2(nameConf),
    value: round2(valueConf),
    unit: round2(unitConf),
    referenceRange: round2(rangeConf),
    flag: round2(flagConf),
  };
  const fallback: Record<LabField, ReviewReason> = {
    name: test ? 'name_uncertain' : 'name_unknown',
    value: 'value_low_confidence',
    unit: 'unit_unknown',
    referenceRange: 'range_low_confidence',
    flag: 'flag_low_confidence',
  };
  for (const f of Object.keys(confidence) as LabField[]) {
    if (confidence[f] < threshold && !hasReasonFor(reasons, f)) reasons.add(fallback[f]);
  }

  const fieldEvidence: LabObservation['fieldEvidence'] = {};
  const put = (f: LabField, e: Evidence[]) => {
    if (e.length) fieldEvidence[f] = e;
  };
  put('name', [...ev(row.name), ...ev(row.code)]);
  put('value', ev(row.value));
  put('unit', ev(row.unit));
  put('referenceRange', ev(row.range));
  put('flag', flagEvidence);

  return {
    ...(test ? { testId: test.id } : {}),
    ...(code ? { code } : {}),
    display,
    sourceName,
    value,
    valueText: row.value?.text.trim() ?? '',
    ...(comparator ? { comparator } : {}),
    ...(unit ? { unit } : {}),
    ...(canonical ? { canonical } : {}),
    ...(rangeRead ? { referenceRange: rangeRead.range } : {}),
    flag: { printed, computed, value: computed ?? printed },
    flagConflict,
    ...(ctx.specimen ? { specimen: ctx.specimen } : {}),
    ...(ctx.effective ? { effective: ctx.effective } : {}),
    ...(ctx.laboratory ? { laboratory: ctx.laboratory } : {}),
    confidence,
    needsReview: reasons.size > 0,
    reviewReasons: [...reasons],
    evidence: dedupe(Object.values(fieldEvidence).flat()),
    fieldEvidence,
  };
}

const FIELD_PREFIX: Record<LabField, string> = {
  name: 'name_',
  value: 'value_',
  unit: 'unit_',
  referenceRange: 'range_',
  flag: 'flag_',
};
const hasReasonFor = (reasons: Set<ReviewReason>, f: LabField) =>
  [...reasons].some((r) => r.startsWith(FIELD_PREFIX[f]));

const round2 = (x: number) => Math.round(x * 100) / 100;

function dedupe(list: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    const k = JSON.stringify(e);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
