import { describe, expect, it } from 'vitest';
import { keepsEveryGlyph } from './reread-weak-lines.ts';

describe('keepsEveryGlyph', () => {
  it('lets a second reading restore glyphs the first one lost', () => {
    expect(keepsEveryGlyph('Uni', 'Unit')).toBe(true); // a cut-off glyph back
    expect(keepsEveryGlyph('3.50-9.5', '3.50-9.50')).toBe(true);
    expect(keepsEveryGlyph('0.11-028', '0.11-0.28')).toBe(true);
  });

  it('refuses a reading that drops or changes a point, a dash, a colon, a digit or a glyph', () => {
    expect(keepsEveryGlyph('1:23', '123')).toBe(false);
    expect(keepsEveryGlyph('0.11-0.28', '0.11-028')).toBe(false);
    expect(keepsEveryGlyph('4.30-5.80', '4.305.80')).toBe(false);
    expect(keepsEveryGlyph('125', '12')).toBe(false);
    expect(keepsEveryGlyph('6.5↑', '6.5')).toBe(false);
    // Same length, a mark swapped for a letter: the mark is lost.
    expect(keepsEveryGlyph('0.7', '0a7')).toBe(false);
    // A glyph read as another one: a higher score is no evidence for it.
    expect(keepsEveryGlyph('尿酸碱度', '尿醒城度')).toBe(false);
  });
});
