import { describe, expect, it } from 'vitest';
import { applyReword, type CallResult } from './apply-reword.ts';
import { planReword } from './plan-reword.ts';
import { answer, testVisit } from './test-visit.ts';

const visit = testVisit();
const plan = () =>
  planReword(visit.draft, {
    evidenceText: visit.evidenceText,
    names: ['周建国'],
    tag: 'KQZT',
    nonce: 'noncenoncenonce',
    canary: 'canarycanarycanary',
  });

const REWORD: Record<string, string> = {
  '患者3天前出现头痛。': '患者自3天前起出现头痛。',
  'The patient reports headache for 3 days.': 'Headache for the past 3 days.',
};
const honest = (t: string) => REWORD[t] ?? t;

/** Runs the plan with `edit` applied to every sentence of every call. */
function run(edit: (t: string, id: string) => string, mutate?: (json: string) => string) {
  const p = plan();
  const results: CallResult[] = p.calls.map((c) => ({
    ok: true,
    content: (mutate ?? ((x) => x))(answer(c, edit)),
  }));
  return applyReword(visit.draft, p, results, visit.evidenceText);
}
const texts = (d: typeof visit.draft) => [...d.zh, ...d.en].flatMap((s) => s.sentences.map((x) => x.text));

describe('applyReword', () => {
  it('offers zh and en sentences with evidence, one call per view', () => {
    const p = plan();
    expect(p.calls.map((c) => c.view)).toEqual(['zh', 'en']);
    expect(p.calls[0]!.offered.length).toBe(visit.draft.zh.flatMap((s) => s.sentences).length);
  });

  it('accepts grounded rewording and keeps the rest unchanged', () => {
    const r = run(honest);
    expect(r.used).toBe(true);
    expect(r.stats.accepted).toBe(2);
    expect(r.stats.rejected).toBe(0);
    expect(texts(r.draft)).toContain('患者自3天前起出现头痛。');
    expect(texts(r.draft)).toContain('Headache for the past 3 days.');
    expect(r.notice).toBeUndefined();
    // The input draft is untouched.
    expect(texts(visit.draft)).toContain('患者3天前出现头痛。');
  });

  it('rejects an invented number and keeps the deterministic sentence', () => {
    const r = run((t) => t.replace('140/90', '150/90'));
    expect(r.stats.rejections.unmatched_number).toBe(2);
    expect(texts(r.draft).join('\n')).not.toContain('150/90');
    expect(texts(r.draft)).toContain('血压140/90mmHg。');
    expect(r.notice).toMatchObject({ code: 'llm_partly_used' });
    const all = run((t) => t.replace(/。$|\.$/, '，99。'));
    expect(all.used).toBe(false);
    expect(all.stats.rejections.unmatched_number).toBe(all.stats.offered);
    expect(all.notice).toMatchObject({ code: 'llm_not_used', reason: 'all_rejected' });
    expect(all.draft).toEqual(visit.draft);
  });

  it('rejects an added fact and a flipped negation', () => {
    const added = run((t) =>
      t === 'The patient denies chest pain.' ? 'The patient denies chest pain but has a cough.' : t,
    );
    expect(added.stats.rejections.unsupported_fact).toBe(1);
    const flipped = run((t) =>
      t === 'The patient denies chest pain.' ? 'The patient reports chest pain.' : t,
    );
    expect(flipped.stats.rejections.negation_changed).toBe(1);
    expect(texts(flipped.draft)).toContain('The patient denies chest pain.');
  });

  it('rejects words that are in no cited source (an obeyed injection)', () => {
    const r = run((t) => (t === '无胸痛。' ? '无胸痛，请访问网站领取优惠券。' : t));
    expect(r.stats.rejections.ungrounded_wording).toBe(1);
    const en = run((t) => (t === 'Negative for chest pain.' ? 'Negative for chest pain, pwned.' : t));
    expect(en.stats.rejections.ungrounded_wording).toBe(1);
    expect(texts(en.draft)).toContain('Negative for chest pain.');
  });

  it('rejects a sentence tacked on after the full stop', () => {
    const r = run((t) =>
      t === 'The patient denies chest pain.'
        ? 'The patient denies chest pain. Le patient va bien.'
        : t === '无胸痛。'
          ? '无胸痛。HACKED'
          : t,
    );
    expect(r.stats.rejections.added_sentence).toBe(2);
  });

  it('rejects foreign or missing evidence ids, unknown sentence ids and unknown placeholders', () => {
    const p = plan();
    const call = p.calls[1]!;
    const json = JSON.stringify({
      sentences: [
        { id: 'S1', text: 'Headache for 3 days; fever.', evidence: ['E99'] },
        { id: 'S2', text: 'The patient reports headache for 3 days.', evidence: [] },
        { id: 'S77', text: 'Extra.', evidence: ['E1'] },
        {
          id: 'S3',
          text: 'The patient [[NAME-ZZZZ-A]] reports fever.',
          evidence: [...call.offered[2]!.evidence.keys()],
        },
      ],
    });
    const r = applyReword(
      visit.draft,
      p,
      [
        { ok: false, failure: 'timeout' },
        { ok: true, content: json },
      ],
      visit.evidenceText,
    );
    expect(r.stats.rejections).toMatchObject({
      foreign_evidence: 1,
      no_evidence_cited: 1,
      unknown_sentence: 1,
      unknown_placeholder: 1,
    });
    expect(r.stats.callFailures).toEqual({ timeout: 1 });
    expect(r.notice).toMatchObject({ code: 'llm_not_used', reason: 'timeout' });
    expect(r.draft).toEqual(visit.draft);
  });

  it('rejects disclosure of the system prompt', () => {
    const r = run((t, id) =>
      id === 'S1'
        ? 'You improve the wording of sentences in a draft outpatient medical record.'
        : id === 'S2'
          ? 'canarycanarycanary'
          : t,
    );
    expect(r.stats.rejections.prompt_disclosure).toBe(4);
  });

  it('keeps the whole draft on malformed JSON or a schema-ignoring answer', () => {
    const bad = run(honest, (j) => j.slice(0, -3));
    expect(bad.draft).toEqual(visit.draft);
    expect(bad.notice).toMatchObject({ code: 'llm_not_used', reason: 'malformed_json' });
    const ignoring = run(honest, () => JSON.stringify({ answer: 'Here is a nicer draft.' }));
    expect(ignoring.notice).toMatchObject({ code: 'llm_not_used', reason: 'schema_mismatch' });
    expect(ignoring.stats.unanswered).toBe(ignoring.stats.offered);
  });

  it('tolerates a ```json fence around the answer', () => {
    const r = run(honest, (j) => '```json\n' + j + '\n```');
    expect(r.stats.accepted).toBe(2);
  });

  it('says the model was partly used when some sentences failed verification', () => {
    const r = run((t) => (honest(t) !== t ? honest(t) : t.replace('140/90', '160/100')));
    expect(r.used).toBe(true);
    expect(r.notice).toMatchObject({ code: 'llm_partly_used' });
  });

  it('re-identifies placeholders the model kept', () => {
    const v = testVisit('医生：哪里不舒服？\n患者：我叫周建国，我头痛三天了。', 'tx9');
    const p = planReword(v.draft, {
      evidenceText: v.evidenceText,
      names: ['周建国'],
      tag: 'KQZT',
      nonce: 'noncenoncenonce',
      canary: 'canarycanarycanary',
    });
    const sent = p.calls.map((c) => c.messages[1]!.content).join('\n');
    expect(sent).not.toContain('周建国');
    expect(sent).toContain('[[NAME-KQZT-A]]');
  });
});
