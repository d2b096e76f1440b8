import { invalid, YizhuError } from '../errors/yizhu-error.ts';
import type { Fact, FactStatus } from '../types/fact.ts';
import { getTerminology } from '../terminology/terminology.ts';
import { analyzeSegment } from './analyze-segment.ts';
import type { Mention } from './analyze-segment.ts';
import { checkTextual, resolveLimits } from './limits.ts';
import { mergeFacts } from './merge-facts.ts';
import { readMeasurement } from './read-values.ts';
import { mentionToFact } from './to-fact.ts';
import type { ExtractOptions } from './extract-transcript.ts';

interface QrItem {
  linkId?: unknown;
  text?: unknown;
  answer?: unknown;
  item?: unknown;
}

/**
 * Facts from a FHIR R4 QuestionnaireResponse. Each item's question text names the concept and its
 * answer decides the status (valueBoolean, yes/no codings, 有/没有 strings); free-text answers are
 * read like speech with the question as context. Evidence is {linkId}.
 */
export function extractQuestionnaire(qr: unknown, opts: ExtractOptions = {}): Fact[] {
  const limits = resolveLimits(opts.limits);
  if (
    !qr ||
    typeof qr !== 'object' ||
    (qr as { resourceType?: unknown }).resourceType !== 'QuestionnaireResponse'
  ) {
    throw invalid('expected a FHIR QuestionnaireResponse');
  }
  const T = opts.terminology ?? getTerminology();
  const sourceId = opts.sourceId ?? 'questionnaire';
  const facts: Fact[] = [];
  let count = 0;
  const visit = (items: unknown, path: string): void => {
    if (items === undefined) return;
    if (!Array.isArray(items))
      throw invalid('invalid QuestionnaireResponse', [{ path, message: 'item must be an array' }]);
    for (let i = 0; i < items.length; i++) {
      if (++count > limits.maxQuestionnaireItems) {
        throw new YizhuError(
          'payload_too_large',
          `questionnaire has more than ${limits.maxQuestionnaireItems} items`,
        );
      }
      const it = items[i] as QrItem;
      if (!it || typeof it !== 'object')
        throw invalid('invalid QuestionnaireResponse', [
          { path: `${path}[${i}]`, message: 'must be an object' },
        ]);
      const linkId = typeof it.linkId === 'string' ? it.linkId : `${path}[${i}]`;
      const question = typeof it.text === 'string' ? it.text.slice(0, limits.maxTurnChars) : '';
      if (question) checkTextual(question, 'questionnaire item text');
      const locate = () => ({ kind: 'questionnaire' as const, linkId });
      const answers = Array.isArray(it.answer) ? (it.answer as Record<string, unknown>[]) : [];
      const q = question ? analyzeSegment(question, { speaker: 'unknown', terminology: T }) : undefined;
      const asked: Mention[] = q ? [...q.questionMentions, ...q.mentions, ...q.named] : [];
      for (const ans of answers) {
        if (!ans || typeof ans !== 'object') continue;
        const polarity = answerPolarity(ans);
        if (polarity !== undefined) {
          for (const m of asked)
            facts.push(
              mentionToFact(
                { ...m, status: polarity ? presentStatus(m.status) : 'absent' },
                'patient',
                locate,
                sourceId,
              ),
            );
          continue;
        }
        const num = numericValue(ans);
        if (num !== undefined) {
          const vital = asked.find((m) => m.kind === 'vital' || m.kind === 'lab');
          if (vital) {
            const text = String(num);
            const v = readMeasurement(
              vital.concept.id,
              text,
              [{ start: 0, end: text.length, value: num }],
              0,
              1,
            );
            const mm: Mention = { ...vital, status: 'present', value: v?.value ?? num, extra: [] };
            if (v?.unit) mm.unit = v.unit;
            facts.push(mentionToFact(mm, 'patient', locate, sourceId));
          }
          continue;
        }
        const str = stringValue(ans);
        if (str === undefined) continue;
        if (str.length > limits.maxTurnChars)
          throw new YizhuError('payload_too_large', 'questionnaire answer is too long');
        checkTextual(str, 'questionnaire answer');
        const a = analyzeSegment(str, {
          speaker: 'patient',
          terminology: T,
          allergyContext: q?.hasAllergyCue || asked.some((m) => m.kind === 'allergy'),
        });
        for (const m of a.mentions) facts.push(mentionToFact(m, 'patient', locate, sourceId));
        if (a.answer && a.mentions.length === 0) {
          for (const m of asked)
            facts.push(
              mentionToFact(
                { ...m, status: a.answer.polarity === 'neg' ? 'absent' : presentStatus(m.status) },
                'patient',
                locate,
                sourceId,
              ),
            );
        } else if (a.mentions.length === 0 && q?.asksDuration && a.leadDuration) {
          // 「咳嗽多久了？」「3天」: the duration belongs to what the question names.
          const d = a.leadDuration;
          for (const m of asked.filter((x) => x.kind === 'symptom' || x.kind === 'condition'))
            facts.push(
              mentionToFact(
                {
                  ...m,
                  status: presentStatus(m.status),
                  duration: d.iso,
                  ...(d.ago ? { onset: d.iso } : {}),
                },
                'patient',
                locate,
                sourceId,
              ),
            );
        } else if (a.mentions.length === 0 && asked.length > 0) {
          const vital = asked.find((m) => m.kind === 'vital' || m.kind === 'lab');
          const v = vital
            ? readMeasurement(vital.concept.id, a.norm, a.numbers, 0, a.norm.length)
            : undefined;
          if (vital && v)
            facts.push(
              mentionToFact(
                { ...vital, status: 'present', value: v.value, unit: v.unit, extra: [] },
                'patient',
                locate,
                sourceId,
              ),
            );
        }
      }
      visit(it.item, `${path}[${i}].item`);
    }
  };
  visit((qr as { item?: unknown }).item, 'item');
  return mergeFacts(facts);
}

const presentStatus = (s: FactStatus): FactStatus => (s === 'absent' ? 'present' : s);

const YES = /^(y|yes|true|是|有|对|1)$/i;
const NO = /^(n|no|false|否|无|没有|0)$/i;

function answerPolarity(ans: Record<string, unknown>): boolean | undefined {
  if (typeof ans.valueBoolean === 'boolean') return ans.valueBoolean;
  const coding = ans.valueCoding as { code?: unknown; display?: unknown } | undefined;
  if (coding && typeof coding === 'object') {
    for (const v of [coding.code, coding.display]) {
      if (typeof v !== 'string') continue;
      if (YES.test(v.trim())) return true;
      if (NO.test(v.trim())) return false;
    }
  }
  return undefined;
}

function numericValue(ans: Record<string, unknown>): number | undefined {
  for (const k of ['valueInteger', 'valueDecimal']) {
    const v = ans[k];
    if (typeof v === 'number' && Number.isFinite(v)) return v;
  }
  const q = ans.valueQuantity as { value?: unknown } | undefined;
  if (q && typeof q === 'object' && typeof q.value === 'number' && Number.isFinite(q.value)) return q.value;
  return undefined;
}

function stringValue(ans: Record<string, unknown>): string | undefined {
  if (typeof ans.valueString === 'string') return ans.valueString;
  const coding = ans.valueCoding as { display?: unknown } | undefined;
  if (coding && typeof coding === 'object' && typeof coding.display === 'string') return coding.display;
  return undefined;
}
