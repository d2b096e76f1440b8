import { z } from 'zod';

/** Bounds on what a model may return for one pre-consultation, so a runaway answer is refused whole. */
export const PRECHECK_FINDING_LIMITS = { maxFindings: 40, maxQuoteChars: 200, maxConceptChars: 64 } as const;

export const DURATION_UNITS = ['minute', 'hour', 'day', 'week', 'month', 'year'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

/**
 * One finding as the model states it. Flat with nullable fields (not a union), because strict
 * JSON-schema decoding in vLLM / llama.cpp / cloud APIs handles that shape everywhere; which fields a
 * type needs is checked by the verifier.
 */
const findingSchema = z
  .object({
    answer: z.string().regex(/^A\d{1,3}$/),
    quote: z.string().min(1).max(PRECHECK_FINDING_LIMITS.maxQuoteChars),
    type: z.enum(['symptom', 'duration', 'severity']),
    concept: z.string().max(PRECHECK_FINDING_LIMITS.maxConceptChars).nullable(),
    present: z.boolean().nullable(),
    value: z.number().finite().nullable(),
    unit: z.enum(DURATION_UNITS).nullable(),
  })
  .strict();

export const precheckFindingsSchema = z
  .object({ findings: z.array(findingSchema).max(PRECHECK_FINDING_LIMITS.maxFindings) })
  .strict();

export type ModelFinding = z.infer<typeof findingSchema>;

/** The same contract as JSON Schema, sent as `response_format: {type: 'json_schema'}`. */
export const PRECHECK_FINDINGS_JSON_SCHEMA = {
  name: 'yizhu_precheck_findings',
  strict: true,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['findings'],
    properties: {
      findings: {
        type: 'array',
        maxItems: PRECHECK_FINDING_LIMITS.maxFindings,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['answer', 'quote', 'type', 'concept', 'present', 'value', 'unit'],
          properties: {
            answer: { type: 'string', pattern: '^A\\d{1,3}$' },
            quote: { type: 'string', minLength: 1, maxLength: PRECHECK_FINDING_LIMITS.maxQuoteChars },
            type: { type: 'string', enum: ['symptom', 'duration', 'severity'] },
            concept: { type: ['string', 'null'], maxLength: PRECHECK_FINDING_LIMITS.maxConceptChars },
            present: { type: ['boolean', 'null'] },
            value: { type: ['number', 'null'] },
            unit: { type: ['string', 'null'], enum: [...DURATION_UNITS, null] },
          },
        },
      },
    },
  },
} as const;

export type ParsedPrecheckFindings =
  { ok: true; findings: ModelFinding[] } | { ok: false; reason: 'malformed_json' | 'schema_mismatch' };

/**
 * Parses the model's content. One ```json fence is tolerated (models add it even when told not
 * to); anything else that is not the schema is refused whole, not salvaged item by item.
 */
export function parsePrecheckFindings(content: string): ParsedPrecheckFindings {
  const trimmed = content.trim().replace(/^```(?:json)?\s*\n?([\s\S]*?)\n?```$/, '$1');
  let json: unknown;
  try {
    json = JSON.parse(trimmed);
  } catch {
    return { ok: false, reason: 'malformed_json' };
  }
  const r = precheckFindingsSchema.safeParse(json);
  return r.success ? { ok: true, findings: r.data.findings } : { ok: false, reason: 'schema_mismatch' };
}
