import { describe, expect, it } from 'vitest';
import { numbersInText } from '../record/numbers-in-text.ts';
import { explainLabReport, observationNumbers, renderLabExplanation } from './explain-lab-report.ts';
import { verifyLabExplanation } from './verify-lab-explanation.ts';

import { labExplainObservations as obs } from './lab-explain-fixtures.ts';

describe('explainLabReport', () => {
  it('explains each out-of-range result with its value, range, direction and what to discuss', () => {
    const o = obs();
    const e = explainLabReport(o);
    const zh = renderLabExplanation(e, 'zh');
    const en = renderLabExplanation(e, 'en');
    expect(zh).toContain(
      '白细胞（身体抵抗感染的细胞）：您的结果是 12.5 10^9/L，通常范围是 3.5–9.5 10^9/L，比通常范围高。',
    );
    expect(en).toContain(
      'Haemoglobin (the protein in red blood cells that carries oxygen): your result is 128 g/L, lower than the usual range of 130–175 g/L.',
    );
    expect(en).toContain('HbA1c');
    expect(e.sentences.filter((s) => s.kind === 'discuss')).toHaveLength(3);
    expect(e.sentences.at(-1)!.en).toMatch(/not a diagnosis or treatment advice/);
    expect(e.counts).toEqual({ explained: 3, withinRange: 2, toCheck: 1 });
  });

  it('never states a value marked for review: the patient reads that the doctor will check it', () => {
    const o = obs();
    const plt = o.findIndex((x) => x.testId === 'plt');
    expect(o[plt]!.needsReview).toBe(true);
    const e = explainLabReport(o);
    const about = e.sentences.filter((s) => s.observation === plt);
    expect(about).toEqual([expect.objectContaining({ kind: 'check' })]);
    expect(about[0]!.zh).toContain('您的医生会核对这一结果');
    expect(about[0]!.en).toContain('Your doctor will check this value.');
    expect(renderLabExplanation(e, 'zh')).not.toContain('480');
  });

  it('lists nothing out of range when all is within range, and says so', () => {
    const o = obs().filter((x) => x.flag.value === 'N');
    const e = explainLabReport(o);
    expect(e.sentences.map((s) => s.kind)).toEqual(['intro', 'closing']);
    expect(e.sentences[0]!.zh).toBe('这份化验单中已核对的结果都在通常范围内。');
  });

  it('every number in the text equals a number of the observation it speaks about', () => {
    const o = obs();
    const e = explainLabReport(o);
    expect(verifyLabExplanation(e, o)).toEqual([]);
    for (const s of e.sentences)
      for (const lang of ['zh', 'en'] as const) {
        const allowed =
          s.observation === undefined ? new Set<number>() : observationNumbers(o[s.observation]!);
        for (const n of numbersInText(s[lang])) expect(allowed.has(n), `${n} in ${s.kind}`).toBe(true);
      }
  });

  it('the verifier catches a changed number and a number in a fixed line', () => {
    const o = obs();
    const e = explainLabReport(o);
    const i = e.sentences.findIndex((s) => s.kind === 'item');
    e.sentences[i]!.zh = e.sentences[i]!.zh.replace('12.5', '15.2');
    e.sentences[0]!.en += ' 3 results.';
    expect(verifyLabExplanation(e, o)).toEqual([
      { sentence: 0, lang: 'en', kind: 'unmatched_number', detail: '3' },
      { sentence: i, lang: 'zh', kind: 'unmatched_number', detail: '15.2' },
    ]);
  });

  it('explains a qualitative abnormal result in words and keeps a flag conflict for the doctor', () => {
    const o = obs();
    const pro = o.findIndex((x) => x.testId === 'u_pro');
    o[pro] = { ...o[pro]!, value: '2+', valueText: '2+', flag: { value: 'A' } };
    const wbc = o.findIndex((x) => x.testId === 'wbc');
    o[wbc] = { ...o[wbc]!, flagConflict: true };
    const e = explainLabReport(o);
    const item = e.sentences.find((s) => s.observation === pro && s.kind === 'item')!;
    expect(item.zh).toBe('尿蛋白（尿液中的蛋白质）：您的结果是 2+，通常范围是 阴性，与通常结果不同。');
    expect(e.sentences.find((s) => s.observation === wbc)!.kind).toBe('check');
    expect(verifyLabExplanation(e, o)).toEqual([]);
  });
});
