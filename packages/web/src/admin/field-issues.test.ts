import { describe, expect, it } from 'vitest';
import { problemToError } from '../api/api-error.ts';
import { fieldIssues } from './field-issues.ts';

describe('fieldIssues', () => {
  it('reads fields and password problem codes from a validation problem', () => {
    const err = problemToError(400, {
      code: 'validation',
      issues: [
        { path: 'password', message: 'too_short' },
        { path: 'password', message: 'common' },
        { path: 'username', message: 'Invalid string' },
        { path: 'password', message: 'something the UI does not know' },
      ],
    });
    const r = fieldIssues(err);
    expect([...r.fields].sort()).toEqual(['password', 'username']);
    expect(r.passwordProblems).toEqual(['too_short', 'common']);
  });

  it('ignores malformed issues and non-API errors', () => {
    expect(fieldIssues(problemToError(400, { issues: [{ path: 1 }, 'x', null] })).fields.size).toBe(0);
    expect(fieldIssues(new Error('boom')).passwordProblems).toEqual([]);
  });
});
