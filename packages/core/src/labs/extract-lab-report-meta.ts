import type { Evidence } from '../types/evidence.ts';
import type { LabReportMeta } from './lab-observation.ts';
import { SPECIMEN_TERMS } from './lab-tests-data.ts';

/**
 * Report-level facts printed around the table: specimen (标本类型: 血清), date (采样时间 preferred, as it
 * is when the value was true; else 报告日期) and the laboratory (the hospital line in the title). Only
 * what is printed is returned: a missing specimen stays missing.
 */
export interface LabMetaLine {
  text: string;
  evidence: Evidence[];
}

const SPECIMEN_KEY =
  /(?:标本类型|样本类型|标本种类|标本|样本|specimen(?:\s*type)?|sample(?:\s*type)?)\s*[:：]?\s*([^\s:：,，;；]+)/i;
const COLLECTED_KEY = /(?:采样|采集|留样|取样)(?:时间|日期)|collect(?:ed|ion)(?:\s*(?:date|time))?/i;
const REPORTED_KEY = /(?:报告|检验|审核|检测)(?:时间|日期)|report(?:ed)?(?:\s*(?:date|time))?|date/i;
const LAB_WORD =
  /医院|检验中心|检验所|医学检验|实验室|检验科|卫生院|卫生服务中心|hospital|laborator(?:y|ies)|clinic/i;

/** 2024-03-05, 2024/3/5, 2024.03.05, 2024年3月5日, optionally followed by a time HH:MM(:SS). */
export function parseReportDate(text: string): string | undefined {
  const m =
    /(20\d{2}|19\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*[T ]?\s*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?/.exec(
      text.normalize('NFKC'),
    );
  if (!m) return undefined;
  const [, y, mo, d, hh, mm, ss] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = `${y}-${pad(month)}-${pad(day)}`;
  if (hh === undefined || Number(hh) > 23) return date;
  return `${date}T${pad(Number(hh))}:${mm}:${ss ?? '00'}`;
}
const pad = (n: number) => String(n).padStart(2, '0');

export function extractLabReportMeta(lines: readonly LabMetaLine[]): LabReportMeta {
  const meta: LabReportMeta = { evidence: [] };
  let reported: { date: string; evidence: Evidence[] } | undefined;
  for (const line of lines) {
    const text = line.text.normalize('NFKC');
    if (!meta.specimen) {
      const s = SPECIMEN_KEY.exec(text);
      const term =
        s?.[1] &&
        SPECIMEN_TERMS.find((t) => t.match.some((w) => s[1]?.toLowerCase().startsWith(w.toLowerCase())));
      if (term) {
        meta.specimen = { zh: term.zh, en: term.en };
        meta.evidence.push(...line.evidence);
      }
    }
    const date = parseReportDate(text);
    if (date && !meta.effective && COLLECTED_KEY.test(text)) {
      meta.effective = date;
      meta.evidence.push(...line.evidence);
    } else if (date && !reported && REPORTED_KEY.test(text)) {
      reported = { date, evidence: line.evidence };
    }
    if (!meta.laboratory && LAB_WORD.test(text) && !/[:：]/.test(text) && text.length <= 40) {
      const cjk = /[\u3400-\u9fff]/.test(text);
      meta.laboratory = (cjk ? text.replace(/\s+/g, '') : text.trim())
        .replace(/(?:检验|化验|检查)?报告单?$/, '')
        .replace(/\s+(?:lab(?:oratory)?\s+)?report$/i, '');
      meta.evidence.push(...line.evidence);
    }
  }
  if (!meta.effective && reported) {
    meta.effective = reported.date;
    meta.evidence.push(...reported.evidence);
  }
  meta.evidence = meta.evidence.filter(
    (e, i, all) => all.findIndex((f) => JSON.stringify(f) === JSON.stringify(e)) === i,
  );
  return meta;
}
