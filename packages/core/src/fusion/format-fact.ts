import type { Bilingual } from '../types/evidence.ts';
import type { Fact } from '../types/fact.ts';

const ZH_UNIT: Record<string, string> = { Y: '年', M: '个月', W: '周', D: '天', H: '小时', MIN: '分钟' };
const EN_UNIT: Record<string, string> = {
  Y: 'year',
  M: 'month',
  W: 'week',
  D: 'day',
  H: 'hour',
  MIN: 'minute',
};

/** P3D → 3天 / 3 days; PT5H → 5小时 / 5 hours. Undefined for shapes the extractor never emits. */
export function formatDuration(iso: string | undefined): Bilingual | undefined {
  if (!iso) return undefined;
  const m = /^P(?:(\d+(?:\.\d+)?)([YMWD])|T(\d+(?:\.\d+)?)([HM]))$/.exec(iso);
  if (!m) return undefined;
  const n = m[1] ?? m[3]!;
  const u = m[2] ?? (m[4] === 'M' ? 'MIN' : 'H');
  const en = `${n} ${EN_UNIT[u]}${Number(n) === 1 ? '' : 's'}`;
  return { zh: `${n}${ZH_UNIT[u]}`, en };
}

// UCUM codes the sources use → what a Chinese record prints.
const UNIT_DISPLAY: Record<string, string> = {
  Cel: '℃',
  'mm[Hg]': 'mmHg',
  '/min': '次/分',
  '%': '%',
  '[degF]': '℉',
};
export const displayUnit = (u: string | undefined): string => (u ? (UNIT_DISPLAY[u] ?? u) : '');

/** "血压 150/95mmHg", "Blood pressure 150/95 mmHg". */
export function formatValue(f: Fact): Bilingual | undefined {
  if (f.value === undefined) return undefined;
  const u = displayUnit(f.unit);
  return { zh: `${f.value}${u}`, en: u ? `${f.value} ${u}` : String(f.value) };
}

/** One-line statement of what a source says about a fact (for contradiction sides). */
export function describeFact(f: Fact): Bilingual {
  const name = f.display;
  if (f.status === 'absent') return { zh: `否认${name.zh}`, en: `denies ${name.en.toLowerCase()}` };
  const parts: Bilingual[] = [name];
  const v = formatValue(f);
  if (v) parts.push(v);
  const d = formatDuration(f.duration);
  if (d) parts.push({ zh: d.zh, en: `for ${d.en}` });
  if (f.status === 'historical')
    parts.push({
      zh: f.kind === 'medication' ? '（已停用）' : '（既往）',
      en: f.kind === 'medication' ? '(stopped)' : '(past)',
    });
  if (f.status === 'uncertain') parts.push({ zh: '（不确定）', en: '(uncertain)' });
  if (f.effective) parts.push({ zh: `（${f.effective.slice(0, 10)}）`, en: `(${f.effective.slice(0, 10)})` });
  return {
    zh: parts
      .map((p) => p.zh)
      .join(' ')
      .replace(/ （/g, '（'),
    en: parts.map((p) => p.en).join(' '),
  };
}
