// Grounding and safety for optional language models (pure): de-identification, fenced prompts,
// output schema, and verification of every model sentence against its evidence (issue 9); the same
// for findings read from a patient's pre-consultation free text (quoted span, known concept, numbers).
export * from './deidentify.ts';
export * from './evidence-text.ts';
export * from './build-reword-prompt.ts';
export * from './reword-schema.ts';
export * from './wording-grounding.ts';
export * from './plan-reword.ts';
export * from './apply-reword.ts';
export * from './precheck-findings-schema.ts';
export * from './plan-precheck-read.ts';
export * from './apply-precheck-findings.ts';
