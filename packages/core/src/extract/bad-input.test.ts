import { describe, expect, it } from 'vitest';
import { YizhuError } from '../errors/yizhu-error.ts';
import { extractForCli } from './extract-for-cli.ts';
import { extractQuestionnaire } from './extract-questionnaire.ts';
import { extractText } from './extract-text.ts';
import { extractTranscript } from './extract-transcript.ts';

const code = (fn: () => unknown): string | undefined => {
  try {
    fn();
    return undefined;
  } catch (e) {
    expect(e).toBeInstanceOf(YizhuError);
    return (e as YizhuError).code;
  }
};

describe('bad input', () => {
  it('empty input gives no facts', () => {
    expect(extractTranscript('').facts).toEqual([]);
    expect(extractTranscript('   \n\n').facts).toEqual([]);
    expect(extractTranscript([]).facts).toEqual([]);
    expect(extractText('')).toEqual([]);
  });
  it('a 10 MB transcript is refused with payload_too_large by default, and read when allowed', () => {
    const line = '患者：咳嗽三天了，没有发烧。\n';
    const big = line.repeat(Math.ceil((10 * 1024 * 1024) / (line.length * 3)));
    expect(code(() => extractTranscript(big))).toBe('payload_too_large');
    const bytes = new TextEncoder().encode(big);
    expect(code(() => extractTranscript(bytes))).toBe('payload_too_large');
    const r = extractTranscript(big, { limits: { maxChars: 20_000_000, maxTurns: 1_000_000 } });
    expect(r.facts.find((f) => f.display.en === 'Cough')?.evidence.length).toBeGreaterThan(1000);
  }, 60_000);
  it('binary bytes are refused with validation', () => {
    const bin = new Uint8Array(4096);
    for (let i = 0; i < bin.length; i++) bin[i] = (i * 7919) % 256;
    expect(code(() => extractTranscript(bin))).toBe('validation');
    expect(code(() => extractTranscript('abc\u0000def'))).toBe('validation');
  });
  it('invalid UTF-8 and lone surrogates do not crash and do not shift offsets', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('患者：'),
      0xff,
      0xfe,
      ...new TextEncoder().encode('咳嗽三天'),
    ]);
    const r = extractTranscript(bytes);
    const f = r.facts.find((x) => x.display.en === 'Cough')!;
    const loc = f.evidence[0]!.locator;
    expect(loc.kind === 'transcript' && r.turns[0]!.text.slice(loc.charStart, loc.charEnd)).toBe('咳嗽');
    expect(extractTranscript('患者：\ud800发烧').facts[0]?.display.en).toBe('Fever');
  });
  it('mixed scripts and emoji keep spans exact', () => {
    const r = extractTranscript('患者：😷😷 I have a 头疼 and fever 🤒');
    for (const f of r.facts) {
      for (const e of f.evidence) {
        if (e.locator.kind !== 'transcript') continue;
        const s = r.turns[e.locator.turn]!.text.slice(e.locator.charStart, e.locator.charEnd);
        expect(s.length).toBeGreaterThan(0);
      }
    }
    expect(r.facts.map((f) => f.display.en).sort()).toEqual(['Fever', 'Headache']);
  });
  it('100,000 turns are refused past the default limit and processed when allowed', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => (i % 2 ? '患者：没有' : '医生：发烧吗？')).join(
      '\n',
    );
    expect(code(() => extractTranscript(many))).toBe('payload_too_large');
    const r = extractTranscript(many, { limits: { maxTurns: 100_000 } });
    expect(r.turns).toHaveLength(100_000);
    expect(r.facts).toHaveLength(1);
    expect(r.facts[0]!.evidence.length).toBe(100_000);
  }, 60_000);
  it('malformed JSON turns and questionnaires are validation errors', () => {
    expect(code(() => extractTranscript([{ speaker: 'doctor' }]))).toBe('validation');
    expect(code(() => extractTranscript([null]))).toBe('validation');
    expect(code(() => extractTranscript([{ text: 'x', tStartMs: -1 }]))).toBe('validation');
    expect(code(() => extractQuestionnaire({ resourceType: 'Patient' }))).toBe('validation');
    expect(code(() => extractQuestionnaire({ resourceType: 'QuestionnaireResponse', item: 'x' }))).toBe(
      'validation',
    );
    expect(code(() => extractForCli('{"a":1}'))).toBe('validation');
    expect(code(() => extractTranscript('x', { limits: { maxChars: -1 } }))).toBe('validation');
  });
  it('an over-long single turn is refused', () => {
    expect(code(() => extractTranscript('患者：' + '咳'.repeat(30_000)))).toBe('payload_too_large');
  });
});
