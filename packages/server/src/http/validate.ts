import { invalid } from '@yizhu/core';
import { z } from 'zod';

/** Parses a request part with a zod schema; failures become one validation error listing each field. */
export function parse<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const r = schema.safeParse(value ?? {});
  if (r.success) return r.data;
  throw invalid(
    'request is not valid',
    r.error.issues.map((i) => ({ path: i.path.join('.') || '(body)', message: i.message })),
  );
}

// Field shapes shared by routes. Names allow letters of any script, spaces and name punctuation;
// markup, SQL metacharacters and control characters are refused at the boundary.
export const fields = {
  id: z.uuid(),
  username: z.string().regex(/^[a-z0-9][a-z0-9._-]{2,31}$/, 'lower-case letters, digits, . _ - (3–32)'),
  personName: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .regex(/^[\p{L}\p{M}][\p{L}\p{M} .·'-]*$/u, "letters, spaces and . · ' - only"),
  // At login any typo is just a wrong name (401), but control characters are malformed input.
  loginName: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[^\p{Cc}]+$/u, 'no control characters'),
  password: z.string().min(1).max(1024),
  totp: z.string().regex(/^\d{6}$/, 'six digits'),
};
