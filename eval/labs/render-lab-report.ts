import sharp from 'sharp';
import { headerText, type ColumnRole, type LabReportSpec } from './generate-lab-report.ts';

/**
 * Renders a report spec as an A4 page at 150 dpi (1240 x 1754) through SVG text, so the fonts are
 * the system's CJK fonts (fonts-noto-cjk, fonts-wqy-zenhei) as on a real LIS printout.
 */
export const PAGE_W = 1240;
export const PAGE_H = 1754;

/** Column widths in page pixels, for a one-table and a two-tables-side-by-side layout. */
export const WIDTH_ONE: Record<ColumnRole, number> = {
  name: 320,
  code: 120,
  value: 130,
  flag: 70,
  unit: 150,
  range: 200,
};
export const WIDTH_TWO: Record<ColumnRole, number> = {
  name: 215,
  code: 80,
  value: 80,
  flag: 45,
  unit: 105,
  range: 115,
};

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const layout = (spec: LabReportSpec) => {
  const two = spec.tables.length > 1;
  return { two, size: two ? 19 : 22, rowH: two ? 46 : 50, widths: two ? WIDTH_TWO : WIDTH_ONE, top: 330 };
};
const tableX = (two: boolean, t: number) => (two ? 70 + t * 590 : 90);

/**
 * Each printed row's box `[x, y, w, h]` on the page (text from cap height to descender, across its
 * table's columns), in the order of `spec.tables.flat()` — the truth order.
 */
export function labReportRowBoxes(spec: LabReportSpec): [number, number, number, number][] {
  const { two, size, rowH, widths, top } = layout(spec);
  const tableW = spec.columns.reduce((a, c) => a + widths[c], 0);
  return spec.tables.flatMap((rows, t) =>
    rows.map((_, r): [number, number, number, number] => {
      const baseline = top + (r + 1) * rowH;
      return [tableX(two, t), baseline - size, tableW, Math.round(size * 1.3)];
    }),
  );
}

export function labReportSvg(spec: LabReportSpec): string {
  const { two, size, rowH, widths, top } = layout(spec);
  const parts: string[] = [];
  const text = (x: number, y: number, s: string, sz = size, weight = 'normal', anchor = 'start') =>
    parts.push(
      `<text x="${x}" y="${y}" font-size="${sz}" font-weight="${weight}" text-anchor="${anchor}">${esc(s)}</text>`,
    );
  const rule = (x1: number, x2: number, y: number, w = 2) =>
    parts.push(`<line x1="${x1}" y1="${y}" x2="${x2}" y2="${y}" stroke="#000" stroke-width="${w}"/>`);

  text(PAGE_W / 2, 120, spec.title, spec.lang === 'zh' ? 32 : 30, 'bold', 'middle');
  spec.meta.forEach((m, i) => text(80, 200 + i * 44, m, 22));
  rule(60, PAGE_W - 60, top - 40, 3);
  spec.tables.forEach((rows, t) => {
    const x0 = tableX(two, t);
    let x = x0;
    const colX = spec.columns.map((c) => {
      const at = x;
      x += widths[c];
      return at;
    });
    spec.columns.forEach((c, i) => text(colX[i]!, top, headerText(spec.lang, c, two), size, 'bold'));
    rows.forEach((row, r) => {
      const y = top + (r + 1) * rowH;
      spec.columns.forEach((c, i) => {
        const s = row.cells[c];
        if (s) text(colX[i]!, y, s);
      });
    });
  });
  rule(60, PAGE_W - 60, top + 14, 1);
  const bottom = top + (Math.max(...spec.tables.map((t) => t.length)) + 1) * rowH;
  rule(60, PAGE_W - 60, bottom - rowH + 20, 3);
  const foot =
    spec.lang === 'zh'
      ? '检验者：测试  审核者：测试  本报告仅对所检标本负责'
      : 'Performed by: Test  Verified by: Test  Results relate only to the sample tested';
  text(80, bottom + 40, foot, 20);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PAGE_W}" height="${PAGE_H}">` +
    `<rect width="100%" height="100%" fill="#fff"/>` +
    `<g font-family="${spec.font}" fill="#111">${parts.join('')}</g></svg>`
  );
}

export async function renderLabReport(spec: LabReportSpec): Promise<Buffer> {
  return sharp(Buffer.from(labReportSvg(spec)))
    .flatten({ background: '#fff' })
    .png()
    .toBuffer();
}
