import type { Evidence } from '../types/evidence.ts';
import { LAB_TABLE_HEADERS, type LabColumnRole } from './lab-table-headers-data.ts';
import {
  cx,
  cy,
  groupLines,
  partHints,
  median,
  right,
  sliceBox,
  splitBoxTokens,
  type Line,
  type OcrPage,
  type OcrTextBox,
  type PageBox,
  type GlyphHints,
} from './ocr-page-geometry.ts';

export type { OcrPage, OcrTextBox, PageBox } from './ocr-page-geometry.ts';

/**
 * OCR detector lines are not table rows. This rebuilds tables from box geometry alone: a header line
 * (项目/结果/单位/参考范围/提示 in any order, zh or en) fixes the columns, a repeated role on the same
 * header line starts a second table side by side, boxes below are grouped into lines by their centres
 * (corrected for the header's residual skew), and lines holding only a name fragment are merged into
 * their neighbour (wrapped rows). Every cell keeps its boxes as image evidence.
 */

export interface LabCell {
  text: string;
  /** Lowest recognition score among the cell's boxes: a cell is as uncertain as its worst part. */
  score: number;
  evidence: Evidence[];
  glyphHints?: GlyphHints;
}

export type LabTableRole = Exclude<LabColumnRole, 'index' | 'other'>;

export interface LabTableRow {
  page: number;
  cells: Partial<Record<LabTableRole, LabCell>>;
}

export interface LabTable {
  page: number;
  columns: { role: LabColumnRole; box: PageBox }[];
  rows: LabTableRow[];
  /** Evidence of the header boxes (shown when a table yields no rows). */
  headerEvidence: Evidence[];
}

const HEADER_LOOKUP = new Map<string, LabColumnRole>();
const foldHeader = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s.:：_\-·]/g, '');
for (const [role, words] of Object.entries(LAB_TABLE_HEADERS) as [LabColumnRole, readonly string[]][]) {
  for (const w of words) HEADER_LOOKUP.set(foldHeader(w), role);
}
const headerRole = (text: string) => HEADER_LOOKUP.get(foldHeader(text));
const MAX_HEADER_CHARS = Math.max(...[...HEADER_LOOKUP.keys()].map((k) => Array.from(k).length)) + 2;

/**
 * Header words the detector merged without a space ("提示单位", "结果单位"): the box is cut into the
 * header words it concatenates, or left whole when it is not such a concatenation.
 */
function splitHeaderBox(b: OcrTextBox): OcrTextBox[] {
  if (headerRole(b.text)) return [b];
  const chars = Array.from(b.text.trim());
  // best[i]: fewest pieces covering chars[0..i) with header words, and the cut before the last one.
  const best: ({ n: number; from: number } | undefined)[] = [{ n: 0, from: 0 }];
  for (let i = 1; i <= chars.length; i++) {
    for (let j = Math.max(0, i - MAX_HEADER_CHARS); j < i; j++) {
      const prev = best[j];
      if (!prev || !headerRole(chars.slice(j, i).join(''))) continue;
      if (!best[i] || prev.n + 1 < (best[i] as { n: number }).n) best[i] = { n: prev.n + 1, from: j };
    }
  }
  const end = best[chars.length];
  if (!end || end.n < 2) return [b];
  const cuts: [number, number][] = [];
  for (let i = chars.length; i > 0; i = (best[i] as { from: number }).from)
    cuts.unshift([(best[i] as { from: number }).from, i]);
  return cuts.map(([a, z]) => sliceBox({ ...b, text: chars.join('') }, a, z));
}

interface HeaderCol {
  role: LabColumnRole;
  box: PageBox;
}

interface TableFrame {
  cols: HeaderCol[];
  left: number;
  right: number;
  top: number;
  slope: number;
  x0: number;
  y0: number;
}

/**
 * A header word misread by one glyph ("结量" for 结果) or with one glyph lost ("考范围" for 参考范围:
 * faint print and blur drop a glyph at the edge of a box): only trusted on a line that already holds
 * two header words. A misread glyph is repaired in words of two or more characters; a lost one only
 * where three glyphs remain and they point to a single role. Without this the range column of such a
 * table is unknown and every range lands in the unit column beside it.
 */
function nearHeaderWord(text: string): { role: LabColumnRole; word: string } | undefined {
  const t = Array.from(foldHeader(text));
  if (t.length < 2) return undefined;
  const lost: { role: LabColumnRole; word: string }[] = [];
  for (const [word, role] of HEADER_LOOKUP) {
    const w = Array.from(word);
    if (role === 'other' && t.length < 3) continue;
    if (/[a-z]/.test(word) && w.length < 5) continue; // "Unit"/"Flag": too short to repair in Latin
    if (w.length === t.length) {
      let diff = 0;
      for (let i = 0; i < w.length && diff < 2; i++) if (w[i] !== t[i]) diff++;
      if (diff === 1) return { role, word };
    } else if (w.length === t.length + 1 && t.length >= 3 && dropsOneGlyph(w, t)) lost.push({ role, word });
  }
  return new Set(lost.map((l) => l.role)).size === 1 ? lost[0] : undefined;
}

/** Whether `short` is `long` with exactly one glyph removed (anywhere). */
function dropsOneGlyph(long: string[], short: string[]): boolean {
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  for (let j = i; j < short.length; j++) if (long[j + 1] !== short[j]) return false;
  return true;
}

/**
 * Header lines: ≥ 2 recognised header words including a name and a result column. On a line with a
 * repeated role (two tables side by side), a table whose name header was lost (faint print) still gets
 * a name column left of its results (a lone table too, when three header words remain), and one whose
 * result header was lost (a lone "结" on a blurred, curled photo) gets a result column where its
 * complete neighbour has one relative to the name: side-by-side tables come from one template. A
 * table that stays incomplete still ends its left neighbour, so its cells are not swallowed by that
 * neighbour's last column.
 */
function findHeaderFrames(page: OcrPage): TableFrame[] {
  const tokens = page.boxes
    .flatMap((b) => (headerRole(b.text) ? [b] : splitBoxTokens(b)))
    .flatMap(splitHeaderBox);
  const headerBoxes = tokens.filter((t) => headerRole(t.text));
  if (headerBoxes.length < 2) return [];
  const frames: TableFrame[] = [];
  // Header words of tables left incomplete: they still bound the complete tables beside them.
  const blockers: { cols: HeaderCol[]; left: number; right: number }[] = [];
  const lines = groupHeaderLines(headerBoxes);
  const h = median(headerBoxes.map((b) => b.box[3])) || 1;
  for (const line of lines) {
    if (line.boxes.length < 2) continue;
    for (const t of tokens) {
      if (headerRole(t.text) || !onHeaderLine(line, t, h)) continue;
      const near = nearHeaderWord(t.text);
      if (near) line.boxes.push({ ...t, text: near.word });
    }
    line.boxes.sort((a, b) => a.box[0] - b.box[0]);
  }
  for (const line of lines) {
    let cols: HeaderCol[] = [];
    const tables: HeaderCol[][] = [];
    for (const b of line.boxes) {
      const role = headerRole(b.text) as LabColumnRole;
      const repeats = cols.some((c) => c.role === role && role !== 'other');
      // Every layout puts the name before the result: a name after a result starts the next table.
      const nextTable = (role === 'name' || role === 'index') && cols.some((c) => c.role === 'value');
      if (repeats || nextTable) {
        tables.push(cols);
        cols = [];
      }
      cols.push({ role, box: b.box });
    }
    tables.push(cols);
    const complete = (t: HeaderCol[]) =>
      t.some((c) => c.role === 'name') && t.some((c) => c.role === 'value');
    for (const t of tables) {
      const value = t.find((c) => c.role === 'value');
      // Lost name header: the name column is left of the results in every layout. Taken beside a
      // complete neighbour, or on its own when two more header words make the line a header ("项"
      // for 项目 on a blurred photo: every row of such a table was lost).
      const sure = (tables.length > 1 && tables.some(complete)) || t.length >= 3;
      if (value && !complete(t) && sure) {
        const [x, y, w, hh] = value.box;
        t.unshift({ role: 'name', box: [Math.max(0, x - 3 * w), y, w, hh] });
      }
      const lostValue =
        !value && tables.length > 1 ? valueFromNeighbour(t, tables.filter(complete)) : undefined;
      if (lostValue) {
        t.push(lostValue);
        t.sort((a, b) => a.box[0] - b.box[0]);
      }
      if (!complete(t)) {
        if (t.length)
          blockers.push({
            cols: t,
            left: Math.min(...t.map((c) => c.box[0])),
            right: Math.max(...t.map((c) => right(c.box))),
          });
        continue;
      }
      const fit = fitSlope(t);
      // `top` is in deskewed coordinates (y at the header's centre x), like the row centres below.
      const top = fit.y0 + (median(t.map((c) => c.box[3])) || 1) / 2;
      frames.push({ cols: t, left: -Infinity, right: Infinity, top, ...fit });
    }
  }
  // Side-by-side tables split the page between them, at the gap between their header spans.
  frames.sort((a, b) => (a.cols[0] as HeaderCol).box[0] - (b.cols[0] as HeaderCol).box[0]);
  for (const f of frames) {
    for (const g of frames) {
      if (f === g || !overlapsVertically(f, g)) continue;
      const fRight = Math.max(...f.cols.map((c) => right(c.box)));
      const gLeft = Math.min(...g.cols.map((c) => c.box[0]));
      if (gLeft >= fRight) {
        const cut = (fRight + gLeft) / 2;
        f.right = Math.min(f.right, cut);
        g.left = Math.max(g.left, cut);
      }
    }
    const fRight = Math.max(...f.cols.map((c) => right(c.box)));
    const fLeft = Math.min(...f.cols.map((c) => c.box[0]));
    for (const b of blockers) {
      const top = fitSlope(b.cols).y0 + (median(b.cols.map((c) => c.box[3])) || 1) / 2;
      if (Math.abs(f.top - top) >= 3 * headerHeight(f)) continue;
      if (b.left >= fRight) f.right = Math.min(f.right, (fRight + b.left) / 2);
      else if (b.right <= fLeft) f.left = Math.max(f.left, (b.right + fLeft) / 2);
    }
  }
  return frames;
}

/**
 * Where a side-by-side table's lost result header was: at its name header's offset in a complete
 * neighbour (the same template), when the roles both tables share keep their order and nothing of
 * this table's own sits there.
 */
function valueFromNeighbour(t: HeaderCol[], complete: HeaderCol[][]): HeaderCol | undefined {
  const name = t.find((c) => c.role === 'name');
  if (!name || t.length < 2) return undefined;
  for (const c of complete) {
    const cName = c.find((x) => x.role === 'name')!;
    const cValue = c.find((x) => x.role === 'value')!;
    const order = (cols: HeaderCol[]) =>
      [...cols]
        .sort((a, b) => a.box[0] - b.box[0])
        .map((x) => x.role)
        .filter((r) => t.some((y) => y.role === r));
    // Only roles both tables show are compared: the neighbour may have lost a header word of its own
    // ("Unic" for Unit), which says nothing about the template.
    const theirs = order(c);
    const mine = order(t).filter((r) => theirs.includes(r));
    if (mine.length < 2 || mine.join() !== theirs.join()) continue;
    const dx = name.box[0] - cName.box[0];
    const box: PageBox = [cValue.box[0] + dx, name.box[1], cValue.box[2], name.box[3]];
    const clash = t.some((x) => x.box[0] < right(box) && right(x.box) > box[0]);
    if (!clash) return { role: 'value', box };
  }
  return undefined;
}

/** Whether a box sits on a header line, by the same skew tolerance as the grouping below. */
function onHeaderLine(line: Line, b: OcrTextBox, h: number): boolean {
  const nearest = line.boxes.reduce((a, c) =>
    Math.abs(cx(c.box) - cx(b.box)) < Math.abs(cx(a.box) - cx(b.box)) ? c : a,
  );
  return Math.abs(cy(b.box) - cy(nearest.box)) <= 0.5 * h + 0.15 * Math.abs(cx(b.box) - cx(nearest.box));
}

/**
 * Header words of one line, tolerant to residual skew: neighbours in x may drift in y by up to 0.15 of
 * their horizontal distance (≈ 8.5°, the most preprocessing leaves).
 */
function groupHeaderLines(boxes: OcrTextBox[]): Line[] {
  const h = median(boxes.map((b) => b.box[3])) || 1;
  const lines: Line[] = [];
  for (const b of [...boxes].sort((a, c) => a.box[0] - c.box[0])) {
    const line = lines.find((l) => {
      const last = l.boxes[l.boxes.length - 1] as OcrTextBox;
      return Math.abs(cy(b.box) - cy(last.box)) <= 0.5 * h + 0.15 * Math.abs(cx(b.box) - cx(last.box));
    });
    if (line) line.boxes.push(b);
    else lines.push({ boxes: [b], cy: cy(b.box), top: b.box[1], bottom: b.box[1] + b.box[3] });
  }
  return lines;
}

const overlapsVertically = (f: TableFrame, g: TableFrame) => Math.abs(f.top - g.top) < 3 * headerHeight(f);
const headerHeight = (f: TableFrame) => median(f.cols.map((c) => c.box[3])) || 1;

/** Residual skew from the header's own boxes (preprocessing removes most of it). */
function fitSlope(cols: HeaderCol[]): { slope: number; x0: number; y0: number } {
  const xs = cols.map((c) => cx(c.box));
  const ys = cols.map((c) => cy(c.box));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * ((ys[i] as number) - my);
    den += (x - mx) ** 2;
  });
  const slope = den > 0 ? num / den : 0;
  return { slope: Math.abs(slope) <= 0.15 ? slope : 0, x0: mx, y0: my };
}

/** Column spans: boundaries halfway across the gap between neighbouring header boxes. */
function columnSpans(frame: TableFrame): { role: LabColumnRole; lo: number; hi: number }[] {
  const cols = [...frame.cols].sort((a, b) => a.box[0] - b.box[0]);
  return cols.map((c, i) => {
    const prev = cols[i - 1];
    const next = cols[i + 1];
    const lo = prev ? (right(prev.box) + c.box[0]) / 2 : frame.left;
    const hi = next ? (right(c.box) + next.box[0]) / 2 : frame.right;
    return { role: c.role, lo, hi };
  });
}

function spanAt(x: number, spans: ReturnType<typeof columnSpans>) {
  return spans.find((s) => x >= s.lo && x < s.hi);
}

/** A token that can only be a result, unit, range or flag — never part of a test name. */
const valueLike = (t: string) => /\d|[↑↓↗↘▲▼]|^[+±-]+$/.test(t) && !/[\u3400-\u9fff]{2}/.test(t);

function assignColumn(b: OcrTextBox, spans: ReturnType<typeof columnSpans>): LabColumnRole | 'split' {
  const [x, , w] = b.box;
  const first = spanAt(x, spans);
  const last = spanAt(x + w - 1, spans);
  // A box reaching into another column with several words was merged by the detector.
  if (first && last && first !== last && /\s/.test(b.text.trim())) return 'split';
  // Long names overflow to the right of their column: the left edge decides for the name column.
  if (first?.role === 'name') return 'name';
  const overlaps = spans.map((s) => Math.max(0, Math.min(x + w, s.hi) - Math.max(x, s.lo)));
  let best = 0;
  overlaps.forEach((o, i) => {
    if (o > (overlaps[best] as number)) best = i;
  });
  if ((overlaps[best] as number) === 0) return spanAt(cx(b.box), spans)?.role ?? 'other';
  return (spans[best] as { role: LabColumnRole }).role;
}

/** Tokens of a merged box: by their own centre, except that words starting in the name column stay names. */
function assignTokens(b: OcrTextBox, spans: ReturnType<typeof columnSpans>): [LabColumnRole, OcrTextBox][] {
  const startsInName = spanAt(b.box[0], spans)?.role === 'name';
  return splitBoxTokens(b).map((t) => {
    const role = spanAt(cx(t.box), spans)?.role ?? 'other';
    return [startsInName && role !== 'name' && !valueLike(t.text) ? 'name' : role, t];
  });
}

type RowDraft = { top: number; bottom: number; cells: Map<LabColumnRole, OcrTextBox[]> };

export interface ReconstructOptions {
  /** How well a (merged) test name reads, 0..1; decides where wrapped name fragments belong. */
  nameScore?: (name: string) => number;
}

export function reconstructLabTables(
  pages: readonly OcrPage[],
  sourceId: string,
  opts: ReconstructOptions = {},
): LabTable[] {
  const nameScore = opts.nameScore ?? (() => 0);
  const tables: LabTable[] = [];
  for (const page of pages) {
    const frames = findHeaderFrames(page);
    for (const frame of frames) {
      const below = frames.filter(
        (g) =>
          g !== frame &&
          g.top > frame.top + headerHeight(frame) &&
          g.left < frame.right &&
          g.right > frame.left,
      );
      const bottom = Math.min(Infinity, ...below.map((g) => g.top - 1.5 * headerHeight(g)));
      const adjust = (b: PageBox) => cy(b) - frame.slope * (cx(b) - frame.x0);
      const inFrame = page.boxes.filter((b) => {
        const y = adjust(b.box);
        const c = cx(b.box);
        return (
          y > frame.top + 0.1 * headerHeight(frame) &&
          y < bottom &&
          c >= frame.left &&
          c < frame.right &&
          !headerRole(b.text)
        );
      });
      const spans = columnSpans(frame);
      const lines = groupLines(inFrame, adjust);
      const drafts = cutAtGap(lines, frame.top).map((l): RowDraft => {
        const cells = new Map<LabColumnRole, OcrTextBox[]>();
        const put = (role: LabColumnRole, t: OcrTextBox) => cells.set(role, [...(cells.get(role) ?? []), t]);
        for (const b of l.boxes) {
          const role = assignColumn(b, spans);
          if (role === 'split') for (const [r, t] of assignTokens(b, spans)) put(r, t);
          else put(role, b);
        }
        return { top: l.top, bottom: l.bottom, cells };
      });
      const merged = mergeWrapped(drafts.map(splitMergedName), nameScore);
      tables.push({
        page: page.page,
        columns: frame.cols.map((c) => ({ role: c.role, box: c.box })),
        headerEvidence: frame.cols.map((c) => labImageEvidence(sourceId, page.page, c.box)),
        rows: merged.map((d) => ({ page: page.page, cells: toCells(d, sourceId, page.page) })),
      });
    }
  }
  return tables;
}

/** A table ends at the first vertical gap much larger than its row pitch (signatures, footers). */
function cutAtGap(lines: Line[], headerBottom: number): Line[] {
  const h = median(lines.map((l) => l.bottom - l.top)) || 1;
  const out: Line[] = [];
  let prevBottom = headerBottom;
  for (const line of lines) {
    if (line.top - prevBottom > 3 * h) break;
    out.push(line);
    prevBottom = line.bottom;
  }
  return out;
}

/** A number (with comparator and arrow) at the end of a name box: "平均红细胞血红蛋白浓度176". */
const TRAILING_VALUE = /^(.*[^\d.\s<>≤≥+-])\s*([<>≤≥]?\d+(?:\.\d+)?\s*[↑↓]?)$/u;
/** Words of a long English name that spilled into the result column: "transferase56". */
const LEADING_WORDS = /^([A-Za-z][A-Za-z-]{2,}(?:\s+[A-Za-z-]+)*)\s*([<>≤≥]?\d+(?:\.\d+)?.*)$/;

/**
 * The detector often reads a name and its value as one box when the name is long, so the value
 * lands in the name column (or name words land in the result column). Without this the row has no
 * value and is lost, or merged into a neighbour as a wrapped name. Only applied when the row's other
 * column is empty or missing that part, so two real cells are never re-cut.
 */
function splitMergedName(d: RowDraft): RowDraft {
  const names = d.cells.get('name') ?? [];
  const values = d.cells.get('value') ?? [];
  const cells = new Map(d.cells);
  const last = names[names.length - 1];
  if (values.length === 0 && last) {
    const m = TRAILING_VALUE.exec(last.text.trim());
    if (m?.[1] && m[2] && /[\u3400-\u9fffA-Za-z)）]$/.test(m[1].trim())) {
      const text = last.text.trim();
      const cut = Array.from(m[1]).length;
      const whole = { ...last, text };
      cells.set('name', [...names.slice(0, -1), sliceBox(whole, 0, cut)]);
      cells.set('value', [sliceBox(whole, cut, Array.from(text).length)]);
      return { ...d, cells };
    }
  }
  const first = values[0];
  if (first && names.length > 0) {
    const m = LEADING_WORDS.exec(first.text.trim());
    if (m?.[1] && m[2]) {
      const text = first.text.trim();
      const cut = Array.from(m[1]).length;
      const whole = { ...first, text };
      cells.set('name', [...names, sliceBox(whole, 0, cut)]);
      cells.set('value', [sliceBox(whole, cut, Array.from(text).length), ...values.slice(1)]);
      return { ...d, cells };
    }
  }
  return d;
}

const has = (d: RowDraft, role: LabColumnRole) => (d.cells.get(role)?.length ?? 0) > 0;
// A row with unit or range but no value is a row whose value was not read, not a wrapped fragment.
const nameOnly = (d: RowDraft) =>
  (has(d, 'name') || has(d, 'code')) && !has(d, 'value') && !has(d, 'unit') && !has(d, 'range');
const restOnly = (d: RowDraft) =>
  !has(d, 'name') && !has(d, 'code') && !has(d, 'value') && (has(d, 'range') || has(d, 'unit'));

/**
 * Wrapped rows. A line holding only a name fragment (no value) belongs to the previous row (the name
 * wrapped below its value) or to the next one (the value sits on the name's last line). Geometry alone
 * cannot tell which, so the caller's `nameScore` (how well a name reads, 0..1) decides; ties go to the
 * line that is closer, then to the previous row. A line with only range/unit text continues the
 * previous row (e.g. a second 女: range line).
 */
function mergeWrapped(drafts: RowDraft[], nameScore: (name: string) => number): RowDraft[] {
  const h = median(drafts.map((d) => d.bottom - d.top)) || 1;
  const gap = (a: RowDraft, b: RowDraft) => b.top - a.bottom;
  const close = (a: RowDraft, b: RowDraft) => gap(a, b) < 0.8 * h;
  const nameOf = (d: RowDraft) => (d.cells.get('name') ?? []).map((b) => b.text.trim()).join('');
  const out: RowDraft[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i] as RowDraft;
    const next = drafts[i + 1];
    const prev = out[out.length - 1];
    const toNext = nameOnly(d) && next && close(d, next) && has(next, 'value');
    const toPrev = (nameOnly(d) || restOnly(d)) && prev && has(prev, 'value') && close(prev, d);
    if (toNext && toPrev && prev && next && has(next, 'name')) {
      const a = nameScore(nameOf(prev) + nameOf(d));
      const b = nameScore(nameOf(d) + nameOf(next));
      const forward = b > a || (b === a && gap(d, next) < gap(prev, d));
      if (forward) drafts[i + 1] = join(d, next);
      else out[out.length - 1] = join(prev, d);
      continue;
    }
    if (toNext && next && (!has(next, 'name') || !toPrev)) {
      drafts[i + 1] = join(d, next);
      continue;
    }
    if (toPrev && prev) {
      out[out.length - 1] = join(prev, d);
      continue;
    }
    out.push(d);
  }
  return out;
}

function join(a: RowDraft, b: RowDraft): RowDraft {
  const cells = new Map(a.cells);
  for (const [role, list] of b.cells) cells.set(role, [...(cells.get(role) ?? []), ...list]);
  return { top: Math.min(a.top, b.top), bottom: Math.max(a.bottom, b.bottom), cells };
}

function toCells(d: RowDraft, sourceId: string, page: number): LabTableRow['cells'] {
  const out: LabTableRow['cells'] = {};
  for (const [role, list] of d.cells) {
    if (role === 'index' || role === 'other' || list.length === 0) continue;
    // Reading order inside a cell: by line, then left to right.
    const ordered = [...list].sort((a, b) =>
      Math.abs(cy(a.box) - cy(b.box)) > a.box[3] / 2 ? cy(a.box) - cy(b.box) : a.box[0] - b.box[0],
    );
    const cjkJoin =
      role === 'name' &&
      ordered.every((b) => /[\u3400-\u9fff]$/.test(b.text) || /^[\u3400-\u9fff]/.test(b.text));
    out[role] = {
      text: ordered.map((b) => b.text.trim()).join(cjkJoin ? '' : ' '),
      score: Math.min(...ordered.map((b) => b.score)),
      evidence: ordered.map((b) => labImageEvidence(sourceId, page, b.box)),
      ...partHints(ordered[ordered.length - 1]?.glyphHints, true, ordered.length === 1),
    };
  }
  return out;
}

export const labImageEvidence = (sourceId: string, page: number, box: PageBox): Evidence => ({
  sourceId,
  locator: { kind: 'image', page, box: [box[0], box[1], box[2], box[3]] },
});

/** Plain reading-order lines of a page (for report metadata and header-less pages). */
export function ocrLines(page: OcrPage): OcrTextBox[][] {
  return groupLines(page.boxes, cy).map((l) => l.boxes);
}
