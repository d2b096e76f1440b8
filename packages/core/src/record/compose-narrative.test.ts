import { describe, expect, it } from 'vitest';
import { extractTranscript } from '../extract/extract-transcript.ts';
import { fuseVisit } from '../fusion/fuse-visit.ts';
import { composeDraft } from './compose-draft.ts';
import { composeNarrative, sentenceSpans } from './compose-narrative.ts';
import { transcriptSourceText } from './transcript-source-text.ts';
import { verifyDraft } from './verify-draft.ts';

const DIALOGUE = [
  '[doctor] hi , how are you ?',
  '[doctor] so , jane is a 52-year-old female with a past medical history significant for hypertension .',
  "[patient] i've had a cough for two weeks . it's worse at night .",
  '[patient] i walked 3 miles yesterday and i felt fine .',
  '[doctor] any fever ?',
  '[patient] no .',
  '[doctor] on exam , your lungs are clear .',
  '[doctor] hey dragon , show me the x-ray .',
  "[doctor] i'm going to start you on lisinopril 20 mg once a day .",
].join('\n');

function draft() {
  const tr = extractTranscript(DIALOGUE, { sourceId: 't' });
  const fusion = fuseVisit([{ sourceId: 't', kind: 'transcript', facts: tr.facts }]);
  return { tr, fusion, d: composeDraft(fusion, { transcripts: { t: tr.turns } }) };
}

describe('composeNarrative', () => {
  it('places rewritten sentences by speaker and cue, each citing its transcript span', () => {
    const { tr, fusion } = draft();
    const st = composeNarrative(fusion.facts, { t: tr.turns });
    const bySection = (s: string) => st.filter((x) => x.section === s).map((x) => x.en);
    expect(bySection('hpi')).toEqual([
      'Jane is a 52-year-old female with a past medical history significant for hypertension.',
      'She has had a cough for two weeks.',
      'It is worse at night.',
    ]);
    expect(bySection('exam')).toEqual(['On exam, her lungs are clear.']);
    expect(bySection('plan')).toEqual(['We will start her on lisinopril 20 mg once a day.']);
    for (const s of st) {
      const span = s.evidence![0]!.locator;
      if (span.kind !== 'transcript') throw new Error('expected a transcript span');
      expect(tr.turns[span.turn]!.text.slice(span.charStart, span.charEnd).length).toBeGreaterThan(0);
    }
  });

  it('leaves out a sentence with no clinical content (no fact, no history cue), and assistant commands', () => {
    const { tr, fusion } = draft();
    const text = composeNarrative(fusion.facts, { t: tr.turns })
      .map((x) => x.en)
      .join(' ');
    expect(text).not.toMatch(/3 miles/);
    expect(text).not.toMatch(/dragon/i);
  });

  it('keeps a sentence whose numbers only its own transcript span states, verifiable against that span', () => {
    const dialogue = [
      '[doctor] on physical exam , you have a grade 3/6 systolic ejection murmur .',
      '[doctor] your echocardiogram showed an ejection fraction of 45 % .',
    ].join('\n');
    const tr = extractTranscript(dialogue, { sourceId: 't' });
    const fusion = fuseVisit([{ sourceId: 't', kind: 'transcript', facts: tr.facts }]);
    const st = composeNarrative(fusion.facts, { t: tr.turns });
    expect(st.map((x) => `${x.section}: ${x.en}`)).toEqual([
      'exam: On physical exam, the patient has a grade 3/6 systolic ejection murmur.',
      'results: Their echocardiogram showed an ejection fraction of 45 %.',
    ]);
    const d = composeDraft(fusion, { transcripts: { t: tr.turns } });
    expect(verifyDraft(d, { sourceText: transcriptSourceText({ t: tr.turns }) })).toEqual([]);
    // No fact states these numbers: without the transcript spans they are unverifiable.
    expect(verifyDraft(d).map((v) => v.detail)).toEqual(expect.arrayContaining(['3', '6', '45']));
  });

  it('keeps the draft invariants and leaves the Chinese record as it was', () => {
    const { tr, fusion, d } = draft();
    expect(verifyDraft(d, { sourceText: transcriptSourceText({ t: tr.turns }) })).toEqual([]);
    expect(verifyDraft(d)).toEqual([]);
    expect(d.zh).toEqual(composeDraft(fusion).zh);
    const hpi = d.en.find((s) => s.id === 'hpi')!;
    expect(hpi.sentences[0]!.text).toMatch(/^Jane is a 52-year-old female/);
  });

  it('does nothing for a Chinese dialogue', () => {
    const tr = extractTranscript('患者：我咳嗽两周了。\n医生：考虑支气管炎。', { sourceId: 't' });
    const fusion = fuseVisit([{ sourceId: 't', kind: 'transcript', facts: tr.facts }]);
    expect(composeNarrative(fusion.facts, { t: tr.turns })).toEqual([]);
  });

  it('splits sentences but not decimals', () => {
    const t = 'it was 38.5 . then it dropped ! ok?';
    expect(sentenceSpans(t).map(([a, b]) => t.slice(a, b))).toEqual([
      'it was 38.5 .',
      'then it dropped !',
      'ok?',
    ]);
  });
});
