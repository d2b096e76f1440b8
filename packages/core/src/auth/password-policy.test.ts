import { describe, expect, it } from 'vitest';
import { checkPassword, PASSWORD_POLICIES } from './password-policy.ts';

const china = PASSWORD_POLICIES['china-hospital'];
const asvs = PASSWORD_POLICIES.asvs;

describe('checkPassword', () => {
  it.each([
    ['Abcdef1!', china, []],
    ['abcdef12', china, ['too_few_classes']],
    ['Ab1!', china, ['too_short']],
    ['ABCDEFGH1', china, ['too_few_classes']],
    ['Abcdefg1', china, []],
    ['correct horse battery staple', asvs, []],
    ['Abcdef1!', asvs, ['too_short']],
    ['Password123', china, ['common']],
    ['P@ssw0rd', china, ['common']],
    ['Admin@123', china, ['common']],
    ['x'.repeat(64) + 'A1', china, []],
    ['Aa1!'.repeat(40), china, ['too_long']],
  ] as const)('%j under %o', (password, policy, expected) => {
    expect(checkPassword(password, policy)).toEqual(expected);
  });

  it('rejects context words such as the username', () => {
    expect(checkPassword('Dr.Wang-2026', china, ['dr.wang'])).toEqual(['contains_context']);
    expect(checkPassword('Yizhu-2026!', china, ['yizhu'])).toEqual(['contains_context']);
  });

  it('counts characters, not UTF-16 units, so Chinese passphrases are measured fairly', () => {
    expect(checkPassword('医助密码1A', china)).toEqual(['too_short']);
    expect(checkPassword('医助密码很长1A', china)).toEqual([]);
  });
});
