import { describe, expect, it } from 'vitest';
import { hasCjk, normalizeText } from './normalize.ts';

describe('normalizeText', () => {
  it('keeps length so evidence offsets stay valid', () => {
    const s = '患者：ＡＢＣ　發燒 38.5℃\tOK😀';
    expect(normalizeText(s)).toHaveLength(s.length);
  });
  it('folds full width, case, whitespace and traditional characters', () => {
    expect(normalizeText('ＢＰ１４０／９０')).toBe('bp140/90');
    expect(normalizeText('頭暈\u3000發燒')).toBe('头晕 发烧');
    expect(normalizeText('Chest\tPain')).toBe('chest pain');
    expect(normalizeText('医生：有沒有？')).toBe('医生:有没有?');
  });
  it('replaces lone surrogates and keeps emoji pairs intact', () => {
    expect(normalizeText('a\ud800b')).toBe('a\ufffdb');
    expect(normalizeText('\udc00')).toBe('\ufffd');
    expect(normalizeText('😀')).toBe('😀');
  });
  it('detects Chinese text', () => {
    expect(hasCjk('fever')).toBe(false);
    expect(hasCjk('fever 发烧')).toBe(true);
  });
});
