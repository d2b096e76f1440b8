import { describe, expect, it } from 'vitest';
import type { Evidence } from '../types/evidence.ts';
import { transcriptSourceText } from './transcript-source-text.ts';

const TURNS = {
  t: [
    { index: 0, speaker: 'doctor', text: 'you have a grade 3/6 murmur . your ejection fraction is 45 % .' },
    { index: 1, speaker: 'patient', text: 'i take 20 mg of lisinopril .' },
  ],
};
const at = (turn: number, charStart: number, charEnd: number, sourceId = 't'): Evidence => ({
  sourceId,
  locator: { kind: 'transcript', turn, charStart, charEnd },
});

describe('transcriptSourceText', () => {
  it('returns exactly the cited span of the cited turn, not the rest of the turn', () => {
    const text = transcriptSourceText(TURNS);
    expect(text(at(0, 0, 29))).toBe('you have a grade 3/6 murmur .');
    expect(text(at(1, 7, 12))).toBe('20 mg');
  });

  it('resolves nothing for another source, a missing turn, an empty span or another locator kind', () => {
    const text = transcriptSourceText(TURNS);
    expect(text(at(0, 0, 29, 'other'))).toBeUndefined();
    expect(text(at(7, 0, 5))).toBeUndefined();
    expect(text(at(0, 5, 5))).toBeUndefined();
    expect(text({ sourceId: 't', locator: { kind: 'text', charStart: 0, charEnd: 10 } })).toBeUndefined();
    expect(text({ sourceId: 't', locator: { kind: 'questionnaire', linkId: 'x' } })).toBeUndefined();
  });

  it('ignores stored entries that are not turns, and tolerates no turns at all', () => {
    const text = transcriptSourceText({
      t: [null, 'text', { index: '0', text: 'a 5' }, { index: 1, text: 'b 9' }],
    });
    expect(text(at(0, 0, 3))).toBeUndefined();
    expect(text(at(1, 0, 3))).toBe('b 9');
    expect(transcriptSourceText(undefined)(at(0, 0, 3))).toBeUndefined();
  });
});
