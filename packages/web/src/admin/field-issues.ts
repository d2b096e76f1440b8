import { isApiError } from '../api/api-error.ts';

export const PASSWORD_PROBLEMS = [
  'too_short',
  'too_long',
  'too_few_classes',
  'common',
  'contains_context',
] as const;
export type PasswordProblem = (typeof PASSWORD_PROBLEMS)[number];

const isPasswordProblem = (m: string): m is PasswordProblem =>
  (PASSWORD_PROBLEMS as readonly string[]).includes(m);

/**
 * Which form fields the server rejected, and the password-policy problems by code (the server sends
 * codes for those, so they can be shown in the user's language).
 */
export function fieldIssues(error: unknown): { fields: Set<string>; passwordProblems: PasswordProblem[] } {
  const issues = isApiError(error) ? error.issues : [];
  return {
    fields: new Set(issues.map((i) => i.path.split('.')[0] ?? i.path)),
    passwordProblems: issues
      .filter((i) => i.path === 'password')
      .map((i) => i.message)
      .filter(isPasswordProblem),
  };
}
