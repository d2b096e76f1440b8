import { describe, expect, it } from 'vitest';
import { departmentName, formatTime } from './format.ts';

describe('format', () => {
  it('names a department in the UI language', () => {
    const d = { id: 'd1', nameZh: '内科', nameEn: 'Internal Medicine' };
    expect(departmentName(d, 'zh-CN')).toBe('内科');
    expect(departmentName(d, 'en')).toBe('Internal Medicine');
    expect(departmentName(null, 'en')).toBe('');
  });

  it('shows a 24-hour clock time', () => {
    const local = new Date(2026, 0, 5, 14, 7).toISOString();
    expect(formatTime(local, 'en')).toBe('14:07');
    expect(formatTime(local, 'zh-CN')).toBe('14:07');
  });
});
