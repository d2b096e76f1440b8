/**
 * Bad input is flagged for the doctor, never silently reinterpreted (DESIGN.md invariant 7):
 * over-long text, emoji/symbol-only text, text that reads like instructions to the software, and
 * values outside physiological range.
 */
import type { InputFlag } from './triage-types.ts';

export const MAX_TEXT_CHARS = 4000;

const INSTRUCTION_LIKE =
  /\b(?:ignore (?:all |the |your )?(?:previous|prior|above)|disregard (?:the |your )?(?:rules|instructions)|system prompt|you are now|act as|pretend (?:to be|you are)|output (?:only|json)|set (?:the )?(?:disposition|triage|urgency) to|classify (?:this|me) as)\b|忽略(?:之前|以上|前面)的?(?:指令|规则|说明)|系统提示|你现在是|扮演|把分诊(?:结果)?(?:改|设)为|直接输出/i;

// Letters of any script or digits: anything else (emoji, punctuation, symbols) carries no words.
const HAS_WORDS = /[\p{L}\p{N}]/u;

export function detectInputProblems(text: string): { text: string; flags: InputFlag[] } {
  const flags: InputFlag[] = [];
  let t = text;
  if (t.length > MAX_TEXT_CHARS) {
    t = t.slice(0, MAX_TEXT_CHARS);
    flags.push({
      code: 'text_truncated',
      message: {
        zh: `描述过长，只分析了前${MAX_TEXT_CHARS}个字符`,
        en: `text too long; only the first ${MAX_TEXT_CHARS} characters were read`,
      },
    });
  }
  if (t.trim().length > 0 && !HAS_WORDS.test(t)) {
    flags.push({
      code: 'emoji_or_symbols_only',
      message: { zh: '描述只有表情或符号', en: 'the text holds only emoji or symbols' },
    });
  }
  if (INSTRUCTION_LIKE.test(t)) {
    flags.push({
      code: 'instruction_like',
      message: {
        zh: '描述中含有类似操作指令的文字，已按普通症状描述处理',
        en: 'the text contains instruction-like wording; it was read as a symptom description only',
      },
    });
  }
  return { text: t, flags };
}
