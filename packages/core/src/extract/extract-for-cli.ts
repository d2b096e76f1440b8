import { invalid } from '../errors/yizhu-error.ts';
import type { Fact } from '../types/fact.ts';
import { extractQuestionnaire } from './extract-questionnaire.ts';
import { extractTranscript } from './extract-transcript.ts';
import type { ExtractOptions, IgnoredSpan } from './extract-transcript.ts';
import { decodeUtf8, resolveLimits } from './limits.ts';
import type { Turn } from './parse-transcript.ts';

export interface CliExtractOptions extends ExtractOptions {
  lang?: 'zh' | 'en';
  json?: boolean;
}

export interface CliExtractResult {
  facts: Fact[];
  /** Instruction-like sentences that yielded nothing (turn and span only). */
  ignored: IgnoredSpan[];
  /** What the command prints: one JSON object with --json, else one line per fact. */
  output: string;
}

const STATUS_ZH: Record<string, string> = {
  present: '有',
  absent: '无',
  uncertain: '不确定',
  historical: '既往',
  family: '家族',
};

/**
 * What `yizhu extract --transcript FILE [--lang zh|en] [--json]` runs: the file's bytes in, the
 * printable result out. JSON input may be turns ([{speaker,text}]) or a QuestionnaireResponse.
 */
export function extractForCli(content: string | Uint8Array, opts: CliExtractOptions = {}): CliExtractResult {
  const limits = resolveLimits(opts.limits);
  const text = typeof content === 'string' ? content : decodeUtf8(content, limits);
  const trimmed = text.trimStart();
  let facts: Fact[];
  let turns: Turn[] = [];
  let ignored: IgnoredSpan[] = [];
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    if (
      parsed &&
      typeof parsed === 'object' &&
      (parsed as { resourceType?: unknown }).resourceType === 'QuestionnaireResponse'
    ) {
      facts = extractQuestionnaire(parsed, opts);
    } else if (
      parsed !== undefined &&
      (Array.isArray(parsed) || Array.isArray((parsed as { turns?: unknown }).turns))
    ) {
      const r = extractTranscript(
        Array.isArray(parsed) ? parsed : (parsed as { turns: unknown[] }).turns,
        opts,
      );
      facts = r.facts;
      turns = r.turns;
      ignored = r.ignored;
    } else if (parsed !== undefined) {
      throw invalid('JSON input must be an array of turns or a QuestionnaireResponse');
    } else {
      const r = extractTranscript(text, opts);
      facts = r.facts;
      turns = r.turns;
      ignored = r.ignored;
    }
  } else {
    const r = extractTranscript(text, opts);
    facts = r.facts;
    turns = r.turns;
    ignored = r.ignored;
  }
  const lang = opts.lang ?? 'zh';
  let output = opts.json ? JSON.stringify({ facts, ignored }, null, 2) : formatFacts(facts, turns, lang);
  if (!opts.json && ignored.length > 0)
    output += `${output ? '\n' : ''}${
      lang === 'zh'
        ? `※ 忽略了${ignored.length}处类似指令的语句（turn ${ignored.map((x) => x.turn).join(', ')}）`
        : `* ignored ${ignored.length} instruction-like sentence(s) (turn ${ignored.map((x) => x.turn).join(', ')})`
    }`;
  return { facts, ignored, output };
}

/** One readable line per fact with its first piece of evidence quoted. */
export function formatFacts(facts: readonly Fact[], turns: readonly Turn[], lang: 'zh' | 'en'): string {
  const lines = facts.map((f) => {
    const name = lang === 'zh' ? f.display.zh : f.display.en;
    const status = lang === 'zh' ? (STATUS_ZH[f.status] ?? f.status) : f.status;
    const value = f.value !== undefined ? ` ${f.value}${f.unit ? ` ${f.unit}` : ''}` : '';
    const extras = [f.duration, f.severity, f.laterality, f.frequency].filter(Boolean).join(', ');
    const loc = f.evidence[0]?.locator;
    let where = '';
    if (loc?.kind === 'transcript') {
      const t = turns[loc.turn];
      const quote = t ? t.text.slice(loc.charStart, loc.charEnd) : '';
      where = ` @turn ${loc.turn} "${quote}"`;
    } else if (loc?.kind === 'questionnaire') where = ` @${loc.linkId}`;
    return `[${status}] ${f.kind}: ${name}${value}${extras ? ` (${extras})` : ''}${where}`;
  });
  return lines.join('\n');
}
