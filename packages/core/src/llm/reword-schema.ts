import { z } from 'zod';

/** Bounds on what a model may return, so a runaway answer is refused rather than stored. */
export const REWORD_LIMITS = { maxSentences: 200, maxTextChars: 600, maxEvidencePerSentence: 32 } as const;

/** What the model must answer: for each offered sentence id, a new wording and the evidence ids it rests on. */
export const rewordOutputSchema = z
  .object({
    sentences: z
      .array(
        z
          .object({
            id: z.string().regex(/^S\d{1,4}$/),
            text: z.string().min(1).max(REWORD_LIMITS.maxTextChars),
            evidence: z.array(z.string().regex(/^E\d{1,4}$/)).max(REWORD_LIMITS.maxEvidencePerSentence),
          })
          .strict(),
      )
      .max(REWORD_LIMITS.maxSentences),
  })
  .strict();

export type RewordOutput = z.infer<typeof rewordOutputSchema>;

/** The same contract as JSON Schema, sent as `response_format: {type: 'json_schema'}`. */
export const REWORD_JSON_SCHEMA = {
  name: 'yizhu_reworded_sentences',
  strict: true,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['sentences'],
    properties: {
      sentences: {
        type: 'array',
        maxItems: REWORD_LIMITS.maxSentences,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'text', 'evidence'],
          properties: {
            id: { type: 'string', pattern: '^S\\d{1,4}$' },
            text: { type: 'string', minLength: 1, maxLength: REWORD_LIMITS.maxTextChars },
            evidence: {
              type: 'array',
              maxItems: REWORD_LIMITS.maxEvidencePerSentence,
              items: { type: 'string', pattern: '^E\\d{1,4}$' },
            },
          },
        },
      },
    },
  },
} as const;

export type ParsedReword =
  { ok: true; output: RewordOutput } | { ok: false; reason: 'malformed_json' | 'schema_mismatch' };

/**
 * Parses the model's content. Models often wrap JSON in a ```json fence even when told not to;
 * that one wrapper is tolerated, anything else that is not the schema is refused whole.
 */
export function parseRewordOutput(content: string): ParsedReword {
  const trimmed = content.trim().replace(/^```(?:json)?\s*\n?([\s\S]*?)\n?```$/, '$1');
  let json: unknown;
  try {
    json = JSON.parse(trimmed);
  } catch {
    return { ok: false, reason: 'malformed_json' };
  }
  const r = rewordOutputSchema.safeParse(json);
  return r.success ? { ok: true, output: r.data } : { ok: false, reason: 'schema_mismatch' };
}
