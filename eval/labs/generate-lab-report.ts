import { LAB_TESTS, type LabFlag } from '@yizhu/core';
import { isQual, REPORT_ITEMS, type ReportItem, type ReportPanel } from './lab-report-items.ts';

/**
 * Seeded synthetic lab reports with ground truth. Names, hospitals and people are invented; values
 * are drawn around the printed reference interval with about one in five out of range, so flags
 * are exercised both ways.
 */
export type Lang = 'zh' | 'en';
export type ColumnRole = 'name' | 'code' | 'value' | 'flag' | 'unit' | 'range';

export interface TruthRow {
  testId: string;
  value: number | string;
  unit?: string;
  flag?: LabFlag;
}

export interface PrintedRow {
  cells: Partial<Record<ColumnRole, string>>;
  truth: TruthRow;
}

export interface LabReportSpec {
  id: string;
  lang: Lang;
  panel: ReportPanel;
  font: string;
  title: string;
  meta: string[];
  columns: ColumnRole[];
  /** One table, or two side by side (the 22-item blood count). */
  tables: PrintedRow[][];
}

export interface ReportOptions {
  /** Print names cut short, as narrow thermal-printer columns do. */
  truncateNames?: boolean;
  /** Print the arrow right after the value instead of in a flag column. */
  inlineArrows?: boolean;
}

export type Rng = () => number;

/** mulberry32: tiny, fast and reproducible across Node versions. */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
const TEST_BY_ID = new Map(LAB_TESTS.map((t) => [t.id, t]));

const PANEL_TITLE: Record<ReportPanel, Record<Lang, string>> = {
  cbc: { zh: '血常规检验报告单', en: 'Complete Blood Count Report' },
  liver_kidney: { zh: '肝肾功能检验报告单', en: 'Liver and Kidney Function Report' },
  lipid_glucose: { zh: '血脂血糖检验报告单', en: 'Lipids and Glucose Report' },
  urinalysis: { zh: '尿常规检验报告单', en: 'Urinalysis Report' },
};
const SPECIMEN: Record<ReportPanel, Record<Lang, string>> = {
  cbc: { zh: '全血', en: 'Whole blood' },
  liver_kidney: { zh: '血清', en: 'Serum' },
  lipid_glucose: { zh: '血清', en: 'Serum' },
  urinalysis: { zh: '尿液', en: 'Urine' },
};
const HEADERS: Record<Lang, Record<ColumnRole, string>> = {
  zh: { name: '项目', code: '代号', value: '结果', flag: '提示', unit: '单位', range: '参考范围' },
  en: { name: 'Test', code: 'Abbr', value: 'Result', flag: 'Flag', unit: 'Unit', range: 'Reference range' },
};
const QUAL_VALUES: { zh: string; en: string; value: string }[] = [
  { zh: '阳性', en: 'Positive', value: 'positive' },
  { zh: '±', en: 'Trace', value: 'trace' },
  { zh: '1+', en: '1+', value: '1+' },
  { zh: '2+', en: '2+', value: '2+' },
];

export function generateLabReport(index: number, seed: number, opts: ReportOptions = {}): LabReportSpec {
  const rng = seededRng(seed * 7919 + index);
  const lang: Lang = rng() < 0.6 ? 'zh' : 'en';
  const panel: ReportPanel = (['cbc', 'liver_kidney', 'lipid_glucose', 'urinalysis'] as const)[index % 4]!;
  const font =
    lang === 'zh'
      ? pick(rng, ['Noto Sans CJK SC', 'WenQuanYi Zen Hei', 'Noto Serif CJK SC'])
      : pick(rng, ['DejaVu Sans', 'Liberation Sans', 'Noto Sans CJK SC']);
  const withCode = panel !== 'cbc' && rng() < 0.4;
  const flagLast = rng() < 0.5;
  const inline = !!opts.inlineArrows && lang === 'zh';
  const columns: ColumnRole[] = ['name', ...(withCode ? (['code'] as const) : []), 'value'];
  if (!inline && !flagLast) columns.push('flag');
  columns.push('unit', 'range');
  if (!inline && flagLast) columns.push('flag');

  const rows = REPORT_ITEMS[panel].map((item) =>
    printRow(item, lang, rng, { ...opts, inlineArrows: inline }, withCode),
  );
  const tables = panel === 'cbc' ? [rows.slice(0, 11), rows.slice(11)] : [rows];
  const date = `2024-${String(1 + Math.floor(rng() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rng() * 28)).padStart(2, '0')}`;
  const age = 20 + Math.floor(rng() * 60);
  const meta =
    lang === 'zh'
      ? [
          `姓名：测试${index}  性别：${rng() < 0.5 ? '男' : '女'}  年龄：${age}岁  科别：门诊`,
          `标本：${SPECIMEN[panel].zh}  采样日期：${date}`,
        ]
      : [
          `Name: Test Patient ${index}  Sex: ${rng() < 0.5 ? 'M' : 'F'}  Age: ${age}`,
          `Specimen: ${SPECIMEN[panel].en}  Collected: ${date}`,
        ];
  const title =
    lang === 'zh'
      ? `示例市第一人民医院  ${PANEL_TITLE[panel].zh}`
      : `Example City Hospital — ${PANEL_TITLE[panel].en}`;
  return { id: `r${String(index).padStart(3, '0')}`, lang, panel, font, title, meta, columns, tables };
}

/** Narrow two-table layouts print the short English range header. */
export const headerText = (lang: Lang, role: ColumnRole, narrow = false) =>
  narrow && lang === 'en' && role === 'range' ? 'Ref. range' : HEADERS[lang][role];

function printRow(
  item: ReportItem,
  lang: Lang,
  rng: Rng,
  opts: ReportOptions,
  withCode: boolean,
): PrintedRow {
  const def = TEST_BY_ID.get(item.id);
  if (!def) throw new Error(`eval template names an unknown test: ${item.id}`);
  let name = lang === 'zh' ? def.zh : item.abbr.length <= 6 && def.panel === 'cbc' ? item.abbr : def.en;
  if (opts.truncateNames && lang === 'zh' && Array.from(name).length >= 5 && rng() < 0.5)
    name = Array.from(name).slice(0, -1).join('');
  const code = withCode ? item.abbr : undefined;
  if (isQual(item)) {
    const abnormal = rng() < 0.2;
    const v = abnormal ? pick(rng, QUAL_VALUES) : { zh: '阴性', en: 'Negative', value: 'negative' };
    return {
      cells: {
        name,
        code,
        value: v[lang],
        range: lang === 'zh' ? '阴性' : 'Negative',
        flag: abnormal ? '*' : undefined,
      },
      truth: { testId: item.id, value: v.value, flag: abnormal ? 'A' : 'N' },
    };
  }
  const r = rng();
  const span = item.high - item.low;
  let value: number;
  if (r < 0.1) value = item.high + span * (0.05 + rng() * 0.6);
  else if (r < 0.2 && item.low > 0) value = item.low * (0.5 + rng() * 0.45);
  else value = item.low + span * (0.05 + rng() * 0.9);
  const printed = value.toFixed(item.dp);
  const num = Number(printed);
  const fmt = (x: number) => x.toFixed(item.dp === 0 && x < 10 && x % 1 ? 1 : item.dp);
  const sep = lang === 'zh' && rng() < 0.4 ? '~' : '-';
  const range =
    item.low === 0 && rng() < 0.5 ? `<${fmt(item.high)}` : `${fmt(item.low)}${sep}${fmt(item.high)}`;
  // "<6.8" excludes its bound, so a value equal to it is high.
  const above = range.startsWith('<') ? num >= item.high : num > item.high;
  const flag: LabFlag = above ? 'H' : num < item.low ? 'L' : 'N';
  const mark = flag === 'N' ? '' : lang === 'zh' ? (flag === 'H' ? '↑' : '↓') : flag;
  const cells: PrintedRow['cells'] = { name, code, unit: item.unit || undefined, range };
  if (opts.inlineArrows) cells.value = printed + mark;
  else {
    cells.value = printed;
    cells.flag = mark || undefined;
  }
  return {
    cells,
    truth: { testId: item.id, value: num, unit: item.expectUnit ?? (item.unit || undefined), flag },
  };
}
