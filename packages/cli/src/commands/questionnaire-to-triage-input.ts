import {
  answersToTriageInput,
  parseAnswer,
  QUESTION_TREES,
  type PrecheckAnswer,
  type PrecheckContext,
  type QuestionTree,
  type TriageInput,
} from '@yizhu/core';

interface QrItem {
  linkId?: unknown;
  text?: unknown;
  answer?: Record<string, unknown>[];
}

const CHIEF_COMPLAINT = 'chief-complaint';

function treeOf(questionnaire: unknown): QuestionTree | undefined {
  if (typeof questionnaire !== 'string') return undefined;
  const id = /^urn:yizhu:questionnaire:([a-z-]+)\|/.exec(questionnaire)?.[1];
  return Object.values(QUESTION_TREES).find((t) => t.id === id);
}

function plain(a: Record<string, unknown>): string | number | boolean | undefined {
  if (typeof a.valueBoolean === 'boolean') return a.valueBoolean;
  if (typeof a.valueInteger === 'number') return a.valueInteger;
  if (typeof a.valueDecimal === 'number') return a.valueDecimal;
  if (typeof a.valueString === 'string') return a.valueString;
  const q = a.valueQuantity as { value?: unknown } | undefined;
  if (q && typeof q.value === 'number') return q.value;
  const c = a.valueCoding as { code?: unknown; display?: unknown } | undefined;
  if (c && typeof c.code === 'string') return c.code;
  return undefined;
}

/**
 * A FHIR QuestionnaireResponse → triage input. One of Yizhu's own pre-consultation trees is read
 * answer by answer (structured red flags stay structured); any other questionnaire is read as text,
 * "question: answer" per line, so nothing in it is ignored.
 */
export function questionnaireToTriageInput(
  qr: unknown,
  ctx: PrecheckContext,
  extraText: string | undefined,
): TriageInput {
  const r = qr as { resourceType?: unknown; questionnaire?: unknown; item?: unknown };
  if (!r || typeof r !== 'object' || r.resourceType !== 'QuestionnaireResponse' || !Array.isArray(r.item))
    throw new Error('the file is not a FHIR QuestionnaireResponse with items');
  const items = r.item as QrItem[];
  const tree = treeOf(r.questionnaire);
  const complaint = items.find((i) => i.linkId === CHIEF_COMPLAINT)?.answer?.[0];
  const chief = [extraText, complaint ? plain(complaint) : undefined].filter(Boolean).join('。');
  if (!tree) {
    const lines = items.map((i) => {
      const values = (i.answer ?? []).map(plain).filter((v) => v !== undefined);
      return `${typeof i.text === 'string' ? i.text : ''}: ${values.join(', ')}`;
    });
    return {
      text: [chief, ...lines].filter(Boolean).join('\n'),
      ...(ctx.ageYears !== undefined ? { ageYears: ctx.ageYears } : {}),
      ...(ctx.sex ? { sex: ctx.sex } : {}),
    };
  }
  const answers: Record<string, PrecheckAnswer> = {};
  for (const item of items) {
    const q = tree.questions.find((x) => x.linkId === item.linkId);
    if (!q) continue;
    const values = (item.answer ?? []).map(plain).filter((v) => v !== undefined);
    if (!values.length) continue;
    // Hours come back as a number; parseAnswer reads text, so a duration is given its unit.
    const raw =
      q.type === 'multi'
        ? values.map(String)
        : q.type === 'duration' && typeof values[0] === 'number'
          ? `${values[0]}小时`
          : values[0];
    answers[q.linkId] = parseAnswer(q, raw);
  }
  return answersToTriageInput(tree, answers, ctx, chief);
}
