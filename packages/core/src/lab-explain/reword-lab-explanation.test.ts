import { describe, expect, it } from 'vitest';
import { explainLabReport } from './explain-lab-report.ts';
import { labExplainObservations } from './lab-explain-fixtures.ts';
import { applyLabExplanationReword, planLabExplanationReword } from './reword-lab-explanation.ts';
import { verifyLabExplanation } from './verify-lab-explanation.ts';

const secrets = { nonce: 'NONCENONCENONCE', canary: 'CANARYCANARYXYZ' };
const setup = (lang: 'zh' | 'en') => {
  const o = labExplainObservations();
  const e = explainLabReport(o);
  return { o, e, plan: planLabExplanationReword(e, o, lang, secrets) };
};
const answer = (sentences: { id: string; text: string }[]) => ({
  ok: true as const,
  content: JSON.stringify({ sentences: sentences.map((s) => ({ ...s, evidence: [] })) }),
});

describe('lab explanation rewording', () => {
  it('offers only result sentences of recognised tests, and no fixed line', () => {
    const { e, plan } = setup('en');
    expect([...plan.offered.values()].map((i) => e.sentences[i]!.kind)).toEqual(['item', 'item', 'item']);
    const user = plan.messages[1]!.content;
    expect(user).not.toContain('not a diagnosis');
    expect(user).not.toContain('Your doctor will check');
  });

  it('accepts a faithful rewording and keeps the numbers verified', () => {
    const { o, e, plan } = setup('en');
    const out = applyLabExplanationReword(
      e,
      o,
      plan,
      answer([
        {
          id: 'S1',
          text: 'Your white blood cells (the cells that fight infection) result is 12.5 10^9/L, higher than the usual range of 3.5–9.5 10^9/L.',
        },
      ]),
    );
    expect(out).toMatchObject({ used: true, accepted: 1, rejections: {} });
    const s = out.explanation.sentences[plan.offered.get('S1')!]!;
    expect(s.reworded).toEqual({ en: true });
    expect(verifyLabExplanation(out.explanation, o)).toEqual([]);
    expect(e.sentences[plan.offered.get('S1')!]!.reworded).toBeUndefined(); // input untouched
  });

  it('rejects an invented or dropped number, a flipped direction, a diagnosis, a leak, an extra sentence', () => {
    const { o, e, plan } = setup('zh');
    const orig = (id: string) => e.sentences[plan.offered.get(id)!]!.zh;
    const out = applyLabExplanationReword(
      e,
      o,
      plan,
      answer([
        { id: 'S1', text: orig('S1').replace('12.5', '13.5') },
        { id: 'S2', text: orig('S2').replace('比通常范围低', '比通常范围高') },
        { id: 'S3', text: orig('S3').replace('。', '，提示糖尿病。') },
        { id: 'S9', text: 'x' },
      ]),
    );
    expect(out.accepted).toBe(0);
    expect(out.used).toBe(false);
    expect(out.rejections).toEqual({
      unmatched_number: 1,
      direction_changed: 1,
      forbidden_content: 1,
      unknown_sentence: 1,
    });
    expect(out.explanation).toEqual(e);
    const more = applyLabExplanationReword(
      e,
      o,
      plan,
      answer([
        { id: 'S1', text: orig('S1').replace('，通常范围是 3.5–9.5 10^9/L', '') },
        { id: 'S2', text: `${orig('S2')}请按时复查。` },
        { id: 'S3', text: `CANARYCANARYXYZ ${orig('S3')}` },
      ]),
    );
    expect(more.rejections).toEqual({ missing_number: 1, added_sentence: 1, prompt_disclosure: 1 });
  });

  it('the engine sentences themselves pass every check (no false prompt-disclosure)', () => {
    for (const lang of ['zh', 'en'] as const) {
      const { o, e, plan } = setup(lang);
      const same = [...plan.offered].map(([id, i]) => ({ id, text: e.sentences[i]![lang] }));
      expect(applyLabExplanationReword(e, o, plan, answer(same)).rejections, lang).toEqual({});
    }
  });

  it('keeps the engine text when the call fails or the answer is not the schema', () => {
    const { o, e, plan } = setup('zh');
    expect(applyLabExplanationReword(e, o, plan, { ok: false })).toMatchObject({
      used: false,
      failure: 'call_failed',
      explanation: e,
    });
    expect(applyLabExplanationReword(e, o, plan, { ok: true, content: '{"sentences":"no"}' })).toMatchObject({
      failure: 'schema_mismatch',
      explanation: e,
    });
  });
});
