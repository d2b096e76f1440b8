import { describe, expect, it } from 'vitest';
import { createDeidentifier, isValidResidentId, reidentify } from './deidentify.ts';
import { numbersInText } from '../record/numbers-in-text.ts';

describe('isValidResidentId', () => {
  it('accepts the GB 11643 example and rejects a wrong check digit', () => {
    expect(isValidResidentId('11010519491231002X')).toBe(true);
    expect(isValidResidentId('110105194912310021')).toBe(false);
    expect(isValidResidentId('11010519491231002')).toBe(false);
  });
});

describe('createDeidentifier', () => {
  const d = () => createDeidentifier({ tag: 'KQZT', names: ['周建国', '吴秀兰'] });

  it('replaces names, resident IDs, phones, addresses and e-mail with digit-free placeholders', () => {
    const de = d();
    const text =
      '患者周建国，身份证11010519491231002X，手机138-1234-5678，座机010-87654321，住北京市朝阳区建国路88号3单元501室，邮箱zhou@example.com。';
    const out = de.apply(text);
    for (const secret of [
      '周建国',
      '11010519491231002X',
      '138-1234-5678',
      '010-87654321',
      '建国路88号',
      'zhou@example.com',
    ])
      expect(out).not.toContain(secret);
    expect(numbersInText(out)).toEqual([]);
    expect(de.counts()).toMatchObject({ NAME: 1, ID: 1, PHONE: 2, ADDRESS: 1, EMAIL: 1 });
    expect(reidentify(out, de.map)).toEqual({ text, unknownPlaceholders: 0 });
  });

  it('keeps clinical numbers and an 18-digit run that is not a valid ID is still removed as a long number', () => {
    const de = d();
    const out = de.apply('血压140/90mmHg，体温38.5℃，卡号110105194912310021。');
    expect(out).toContain('140/90');
    expect(out).toContain('38.5');
    expect(out).not.toContain('110105194912310021');
    expect(de.counts().ID).toBe(0);
    expect(de.counts().NUMBER).toBe(1);
  });

  it('finds labelled names in Chinese and English but not role words', () => {
    const de = d();
    const out = de.apply('姓名：李小红。我叫张伟。我是医生。My name is John Smith. Mr. Brown came too.');
    expect(out).not.toMatch(/李小红|张伟|John Smith|Brown/);
    expect(out).toContain('我是医生');
  });

  it('replaces the mobile number with country code and an English street address', () => {
    const de = d();
    const out = de.apply('Call +86 13912345678 or visit 221 Baker Street.');
    expect(out).not.toMatch(/13912345678|Baker Street/);
  });

  it('gives the same original the same placeholder, and refuses placeholders of another call', () => {
    const a = d();
    const p1 = a.apply('周建国');
    expect(a.apply('周建国说')).toBe(`${p1}说`);
    const b = createDeidentifier({ tag: 'ABCD', names: ['周建国'] });
    const foreign = b.apply('周建国');
    expect(reidentify(`患者${foreign}`, a.map).unknownPlaceholders).toBe(1);
    expect(reidentify('患者[[NAME-KQ', a.map).unknownPlaceholders).toBe(1);
  });

  it('refuses a tag with digits (placeholders must not carry numbers)', () => {
    expect(() => createDeidentifier({ tag: 'AB12' })).toThrow();
  });
});
