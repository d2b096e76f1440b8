/**
 * PrecheckAnswers → FHIR R4 QuestionnaireResponse, the pre-consultation's source document for the visit
 * draft. linkIds are the tree's stable ids, so evidence locators `{kind:'questionnaire', linkId}`
 * keep pointing at the right answer. Flagged answers carry the flag as an extension and keep the
 * patient's own words as valueString: the doctor sees what was typed, not our guess.
 */
import type {
  PrecheckAnswer,
  PrecheckAnswers,
  PrecheckContext,
  QuestionTree,
} from './question-tree-types.ts';
import { enabledQuestions } from './next-question.ts';

export const ANSWER_FLAG_EXTENSION = 'urn:yizhu:fhir:StructureDefinition:answer-flag';

type QrAnswer =
  | { valueInteger: number }
  | { valueDecimal: number }
  | { valueBoolean: boolean }
  | { valueString: string }
  | { valueCoding: { system: string; code: string; display: string } }
  | { valueQuantity: { value: number; unit: string; system: string; code: string } };

export interface QuestionnaireResponseItem {
  linkId: string;
  text: string;
  answer?: QrAnswer[];
  extension?: { url: string; valueCode: string }[];
}

export interface QuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  id?: string;
  questionnaire: string;
  status: 'in-progress' | 'completed';
  subject?: { reference: string };
  encounter?: { reference: string };
  authored: string;
  item: QuestionnaireResponseItem[];
}

export interface QrOptions {
  id?: string;
  subject?: string; // e.g. Patient/123
  encounter?: string; // the visit
  authored: string; // ISO date-time, passed in (no clock in core)
  lang: 'zh' | 'en';
  completed: boolean;
}

function answerValues(tree: QuestionTree, linkId: string, a: PrecheckAnswer): QrAnswer[] {
  const q = tree.questions.find((x) => x.linkId === linkId);
  const v = a.value;
  if (v === null) return a.raw ? [{ valueString: a.raw }] : [];
  if (typeof v === 'boolean') return [{ valueBoolean: v }];
  if (typeof v === 'number') {
    if (q?.type === 'duration')
      return [{ valueQuantity: { value: v, unit: 'h', system: 'http://unitsofmeasure.org', code: 'h' } }];
    return Number.isInteger(v) ? [{ valueInteger: v }] : [{ valueDecimal: v }];
  }
  if (q?.options) {
    const codes = Array.isArray(v) ? v : [v];
    return codes.map((code) => {
      const o = q.options?.find((x) => x.code === code);
      return {
        valueCoding: {
          system: `urn:yizhu:precheck:${tree.id}:${linkId}`,
          code,
          display: o ? o.text.en : code,
        },
      };
    });
  }
  return [{ valueString: Array.isArray(v) ? v.join(', ') : v }];
}

export function toQuestionnaireResponse(
  tree: QuestionTree,
  answers: PrecheckAnswers,
  ctx: PrecheckContext,
  opts: QrOptions,
): QuestionnaireResponse {
  const item: QuestionnaireResponseItem[] = [];
  for (const q of enabledQuestions(tree, answers, ctx)) {
    const a = answers[q.linkId];
    if (!a) continue;
    const values = answerValues(tree, q.linkId, a);
    item.push({
      linkId: q.linkId,
      text: q.text[opts.lang],
      ...(values.length ? { answer: values } : {}),
      ...(a.flags?.length
        ? { extension: a.flags.map((f) => ({ url: ANSWER_FLAG_EXTENSION, valueCode: f.code })) }
        : {}),
    });
  }
  return {
    resourceType: 'QuestionnaireResponse',
    ...(opts.id ? { id: opts.id } : {}),
    questionnaire: `urn:yizhu:questionnaire:${tree.id}|${tree.version}`,
    status: opts.completed ? 'completed' : 'in-progress',
    ...(opts.subject ? { subject: { reference: opts.subject } } : {}),
    ...(opts.encounter ? { encounter: { reference: opts.encounter } } : {}),
    authored: opts.authored,
    item,
  };
}
