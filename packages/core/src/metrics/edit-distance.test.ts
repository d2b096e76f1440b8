import { describe, expect, it } from 'vitest';
import { editDistance } from './edit-distance.ts';

describe('editDistance', () => {
  it('counts the classic examples', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('flaw', 'lawn')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('counts a Chinese character as one edit', () => {
    expect(editDistance('头晕三天', '头晕3天')).toBe(1);
    expect(editDistance('否认药物过敏史。', '否认过敏史。')).toBe(2);
    expect(editDistance('高血压', '高血压病')).toBe(1);
  });

  it('counts an astral-plane character as one edit, not two UTF-16 units', () => {
    expect(editDistance('𠮷a', 'a')).toBe(1);
  });

  it('is symmetric', () => {
    const a = '患者头晕三天，血压160/100mmHg。';
    const b = '患者头晕3天，自测血压160/100 mmHg。';
    expect(editDistance(a, b)).toBe(editDistance(b, a));
  });
});
