/**
 * Typed-in or tapped answers → stored answers. Anything not clearly understood is kept verbatim
 * with a flag and value null (DESIGN.md invariant 7): "very bad" is not turned into 8, and "maybe"
 * is not turned into yes.
 */
import { chineseToNumber } from '../triage/chinese-numerals.ts';
import { detectInputProblems } from '../triage/detect-input-problems.ts';
import { normaliseText } from '../triage/find-concepts.ts';
import { parseQuantities } from '../triage/parse-quantities.ts';
import type { PrecheckAnswer, AnswerFlag, Question } from './question-tree-types.ts';

export const MAX_ANSWER_TEXT = 1000;

export type RawAnswer = string | number | boolean | readonly string[] | null | undefined;

const flag = (code: AnswerFlag['code'], zh: string, en: string): AnswerFlag => ({
  code,
  message: { zh, en },
});
const UNPARSEABLE = flag(
  'unparseable',
  '无法理解的回答，原文保留供医生查看',
  'answer not understood; kept verbatim for the doctor',
);

const YES = /^(?:y|yes|yeah|yep|true|是|是的|有|对|对的|嗯|会|经常)$/i;
const NO = /^(?:n|no|nope|false|否|不是|没有|无|没|不|不会|从不)$/i;
const UNSURE = /^(?:not sure|unsure|don'?t know|maybe|不知道|不清楚|说不清|不确定|可能)$/i;
const SKIP = /^(?:skip|skipped|跳过)$/i;

function parseNumber(s: string): number | undefined {
  const t = normaliseText(s)
    .trim()
    .replace(/\s*(?:分|\/\s*10|out of 10|度|℃|°c?|周|weeks?)$/i, '');
  if (/^-?\d+(?:\.\d+)?$/.test(t)) return Number(t);
  return chineseToNumber(t);
}

export function parseAnswer(q: Question, raw: RawAnswer): PrecheckAnswer {
  const base = { linkId: q.linkId };
  if (raw === null || raw === undefined || (typeof raw === 'string' && SKIP.test(raw.trim()))) {
    return { ...base, value: null, flags: [flag('skipped', '未回答', 'not answered')] };
  }
  const rawText = Array.isArray(raw) ? raw.join(', ') : String(raw);
  const text = normaliseText(rawText).trim();
  const keep = { ...base, raw: rawText.slice(0, MAX_ANSWER_TEXT) };
  switch (q.type) {
    case 'integer':
    case 'scale': {
      const n = typeof raw === 'number' ? raw : parseNumber(text);
      if (n === undefined || !Number.isFinite(n)) return { ...keep, value: null, flags: [UNPARSEABLE] };
      if ((q.min !== undefined && n < q.min) || (q.max !== undefined && n > q.max)) {
        return {
          ...keep,
          value: null,
          flags: [
            flag(
              'out_of_range',
              `超出范围（${q.min ?? ''}–${q.max ?? ''}）`,
              `out of range (${q.min ?? ''}–${q.max ?? ''})`,
            ),
          ],
        };
      }
      return { ...base, value: n };
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return { ...base, value: raw };
      if (YES.test(text)) return { ...base, value: true };
      if (NO.test(text)) return { ...base, value: false };
      if (UNSURE.test(text))
        return { ...keep, value: null, flags: [flag('uncertain', '患者不确定', 'patient is not sure')] };
      return { ...keep, value: null, flags: [UNPARSEABLE] };
    }
    case 'choice':
    case 'multi': {
      const items = Array.isArray(raw)
        ? raw.map((x) => normaliseText(String(x)).trim())
        : text.split(/[,，、;；]\s*/).filter(Boolean);
      const codes: string[] = [];
      const unknown: string[] = [];
      for (const item of items) {
        const o = (q.options ?? []).find(
          (x) =>
            x.code.toLowerCase() === item.toLowerCase() ||
            x.text.zh === item ||
            x.text.en.toLowerCase() === item.toLowerCase(),
        );
        if (o) codes.push(o.code);
        else unknown.push(item);
      }
      if (q.type === 'choice' && codes.length !== 1) return { ...keep, value: null, flags: [UNPARSEABLE] };
      if (q.type === 'choice') return { ...base, value: codes[0] ?? null };
      if (codes.includes('none') && codes.length > 1) {
        return {
          ...keep,
          value: codes,
          flags: [
            flag(
              'contradiction',
              '同时选择了“都没有”和具体选项',
              '"none" chosen together with specific options',
            ),
          ],
        };
      }
      return unknown.length
        ? { ...keep, value: codes.length ? codes : null, flags: [UNPARSEABLE] }
        : { ...base, value: codes };
    }
    case 'duration': {
      const hours = parseQuantities(text).durationHours;
      return hours === undefined ? { ...keep, value: null, flags: [UNPARSEABLE] } : { ...keep, value: hours };
    }
    case 'text': {
      const checked = detectInputProblems(text.slice(0, MAX_ANSWER_TEXT));
      const flags: AnswerFlag[] = [];
      if (text.length > MAX_ANSWER_TEXT)
        flags.push(
          flag(
            'text_truncated',
            `回答过长，仅保留前${MAX_ANSWER_TEXT}字`,
            `answer too long; first ${MAX_ANSWER_TEXT} characters kept`,
          ),
        );
      for (const f of checked.flags) {
        if (f.code === 'instruction_like') flags.push({ code: 'instruction_like', message: f.message });
        if (f.code === 'emoji_or_symbols_only') flags.push({ code: 'emoji_only', message: f.message });
      }
      return {
        ...base,
        value: checked.text,
        ...(flags.length ? { raw: rawText.slice(0, MAX_ANSWER_TEXT), flags } : {}),
      };
    }
  }
}
