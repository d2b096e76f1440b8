/**
 * Password policy (security.md AUTH-02). Configurable profiles because 等保 and ASVS disagree:
 * - china-hospital: ≥8 characters and ≥3 of 4 character classes (等保 assessor convention [A]);
 * - asvs: ≥12 characters, no composition rules (OWASP ASVS 5.0 6.2.x, NIST 800-63B).
 * Both accept up to 128 characters (ASVS asks ≥64) and reject common passwords and context words.
 */
import { COMMON_PASSWORDS } from './common-passwords.ts';

export type PasswordProfile = 'china-hospital' | 'asvs';

export interface PasswordPolicy {
  profile: PasswordProfile;
  minLength: number;
  minClasses: number;
  maxLength: number;
}

export const PASSWORD_POLICIES: Record<PasswordProfile, PasswordPolicy> = {
  'china-hospital': { profile: 'china-hospital', minLength: 8, minClasses: 3, maxLength: 128 },
  asvs: { profile: 'asvs', minLength: 12, minClasses: 0, maxLength: 128 },
};

export type PasswordProblem = 'too_short' | 'too_long' | 'too_few_classes' | 'common' | 'contains_context';

const CLASSES = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/];

export function checkPassword(
  password: string,
  policy: PasswordPolicy,
  contextWords: readonly string[] = [],
): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < policy.minLength) problems.push('too_short');
  if (length > policy.maxLength) problems.push('too_long');
  if (CLASSES.filter((re) => re.test(password)).length < policy.minClasses) problems.push('too_few_classes');
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower) || COMMON_PASSWORDS.has(lower.replace(/[^a-z0-9]/g, '')))
    problems.push('common');
  if (contextWords.some((w) => w.length >= 3 && lower.includes(w.toLowerCase())))
    problems.push('contains_context');
  return problems;
}
