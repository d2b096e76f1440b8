/**
 * Pre-consultation question trees (issue 7): data, not code. A tree is an ordered list of questions;
 * skip logic is declarative (`enableWhen`), so the web UI, the server and tests walk the same data
 * with the same engine (next-question.ts).
 */
import type { Sex } from '../triage/triage-types.ts';
import type { Bilingual } from '../types/evidence.ts';

export type ComplaintFamily =
  | 'chest_pain'
  | 'breathing_cough'
  | 'fever'
  | 'abdominal'
  | 'headache_neuro'
  | 'injury_musculoskeletal'
  | 'skin'
  | 'eye'
  | 'ear_nose_throat'
  | 'urinary_genital'
  | 'womens_health'
  | 'mental_health'
  | 'dental'
  | 'general';

export type AnswerType = 'choice' | 'multi' | 'integer' | 'scale' | 'boolean' | 'text' | 'duration';

export interface AnswerOption {
  code: string;
  text: Bilingual;
  /** Triage concept this option asserts (see triage lexicon ids). */
  concept?: string;
}

export type EnableWhen =
  | { linkId: string; equals: string | number | boolean }
  | { linkId: string; includes: string }
  | { linkId: string; atLeast: number }
  | { context: 'child' | 'adult' | 'female' | 'male' | 'childbearing' };

export interface Question {
  linkId: string; // stable across versions: the QuestionnaireResponse and the draft point at it
  text: Bilingual;
  /** Wording for a parent or guardian answering for a child. */
  guardianText?: Bilingual;
  type: AnswerType;
  options?: readonly AnswerOption[];
  min?: number;
  max?: number;
  required?: boolean;
  /** All conditions must hold for the question to be asked. */
  enableWhen?: readonly EnableWhen[];
  /** For boolean questions: "yes" asserts this triage concept, "no" denies it. */
  concept?: string;
  redFlag?: boolean;
}

export interface QuestionTree {
  id: string;
  version: string;
  family: ComplaintFamily;
  title: Bilingual;
  source: string;
  questions: readonly Question[];
}

export interface PrecheckContext {
  ageYears?: number;
  sex?: Sex;
  respondent: 'self' | 'guardian';
}

export type AnswerFlagCode =
  | 'unparseable'
  | 'out_of_range'
  | 'uncertain'
  | 'skipped'
  | 'text_truncated'
  | 'instruction_like'
  | 'emoji_only'
  | 'contradiction';

export interface AnswerFlag {
  code: AnswerFlagCode;
  message: Bilingual;
}

/** `value` is null when the answer could not be understood; `raw` keeps what was typed. */
export interface PrecheckAnswer {
  linkId: string;
  value: string | number | boolean | string[] | null;
  raw?: string;
  flags?: AnswerFlag[];
}

export type PrecheckAnswers = Readonly<Record<string, PrecheckAnswer>>;
