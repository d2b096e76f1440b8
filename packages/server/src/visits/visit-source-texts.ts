import type { DraftVisitResult, LabObservation, LabField, RawSource } from '@yizhu/core';
import type { SourceText } from '@yizhu/core/llm/index.ts';

/**
 * The text behind a visit's evidence locators, for the optional model rewording (core
 * `evidenceText`): transcript turns as draftVisit parsed them, questionnaire answers by linkId, the
 * printed text of each lab-report cell by its box, the display text of each EMR resource. Only what
 * a sentence cites is ever resolved from these and sent (de-identified) to the model.
 */
export function visitSourceTexts(
  sources: readonly RawSource[],
  turns: DraftVisitResult['turns'],
): SourceText[] {
  const out: SourceText[] = [];
  for (const s of sources) {
    switch (s.kind) {
      case 'transcript':
        out.push({ sourceId: s.sourceId, kind: 'turns', turns: turns[s.sourceId] ?? [] });
        break;
      case 'text':
        out.push({ sourceId: s.sourceId, kind: 'text', text: s.content });
        break;
      case 'questionnaire':
        out.push({ sourceId: s.sourceId, kind: 'answers', answers: questionnaireAnswers(s.content) });
        break;
      case 'lab_report':
        out.push({ sourceId: s.sourceId, kind: 'boxes', lines: labLines(s.observations) });
        break;
      case 'emr':
        out.push({ sourceId: s.sourceId, kind: 'fhir', resources: emrDisplayTexts(s.bundle) });
        break;
      case 'followup': // facts carried from follow-up check-ins: no text of their own here
        break;
    }
  }
  return out;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** linkId → "question: answer(s)", with the same fallback linkId as core's questionnaire reader. */
function questionnaireAnswers(qr: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (items: unknown, path: string): void => {
    if (!Array.isArray(items)) return;
    items.forEach((it: unknown, i) => {
      if (!isObj(it)) return;
      const linkId = typeof it.linkId === 'string' ? it.linkId : `${path}[${i}]`;
      const answers = (Array.isArray(it.answer) ? it.answer : []).filter(isObj);
      const values = answers.map(answerText).filter((v): v is string => v !== undefined);
      if (values.length > 0) {
        const q = typeof it.text === 'string' ? `${it.text}：` : '';
        out[linkId] = `${q}${values.join('，')}`;
      }
      visit(it.item, `${path}[${i}].item`);
    });
  };
  visit(isObj(qr) ? qr.item : undefined, 'item');
  return out;
}

function answerText(a: Obj): string | undefined {
  if (typeof a.valueBoolean === 'boolean') return a.valueBoolean ? '是 (yes)' : '否 (no)';
  if (typeof a.valueString === 'string') return a.valueString;
  for (const k of ['valueInteger', 'valueDecimal']) if (typeof a[k] === 'number') return String(a[k]);
  if (isObj(a.valueQuantity) && typeof a.valueQuantity.value === 'number')
    return [a.valueQuantity.value, a.valueQuantity.unit].filter((x) => x !== undefined).join(' ');
  if (isObj(a.valueCoding)) {
    const c = a.valueCoding;
    return typeof c.display === 'string' ? c.display : typeof c.code === 'string' ? c.code : undefined;
  }
  for (const k of ['valueDate', 'valueDateTime']) if (typeof a[k] === 'string') return a[k];
  return undefined;
}

/** One line per printed cell (name, value, unit, range, flag) at the box its evidence points at. */
function labLines(observations: readonly LabObservation[]) {
  const lines: { page: number; box: number[]; text: string }[] = [];
  for (const o of observations) {
    const text: Record<LabField, string | undefined> = {
      name: o.sourceName,
      value: o.valueText,
      unit: o.unit,
      referenceRange: o.referenceRange?.text,
      flag: o.flag.printed,
    };
    for (const [field, evidence] of Object.entries(o.fieldEvidence ?? {}) as [
      LabField,
      typeof o.evidence,
    ][]) {
      const t = text[field];
      if (!t) continue;
      for (const e of evidence ?? [])
        if (e.locator.kind === 'image')
          lines.push({ page: e.locator.page, box: [...e.locator.box], text: t });
    }
  }
  return lines;
}

// Resources that name people or places rather than clinical content: never offered.
const NOT_CLINICAL = new Set([
  'Patient',
  'Practitioner',
  'PractitionerRole',
  'RelatedPerson',
  'Organization',
  'Location',
  'Encounter',
]);
// Subtrees that identify someone (or are plumbing), not what the record says.
const SKIP_KEYS = new Set([
  'id',
  'meta',
  'identifier',
  'subject',
  'patient',
  'encounter',
  'performer',
  'recorder',
  'asserter',
  'requester',
  'informationSource',
  'system',
  'reference',
  'url',
  'extension',
  'contained',
]);
const MAX_RESOURCE_CHARS = 400;

/**
 * Reference (as core's FHIR importer forms it: `Type/id`, else the fullUrl) → the resource's
 * human-readable values (displays, free text, quantities, dates), bounded.
 */
function emrDisplayTexts(bundle: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const entries = isObj(bundle) && Array.isArray(bundle.entry) ? bundle.entry : [];
  entries.forEach((e: unknown, index) => {
    if (!isObj(e) || !isObj(e.resource) || typeof e.resource.resourceType !== 'string') return;
    const r = e.resource;
    const type = r.resourceType as string;
    if (NOT_CLINICAL.has(type)) return;
    const id = typeof r.id === 'string' ? r.id : undefined;
    const fullUrl = typeof e.fullUrl === 'string' ? e.fullUrl : undefined;
    const reference = id ? `${type}/${id}` : (fullUrl ?? `#entry[${index}]`);
    const parts: string[] = [];
    collect(r, parts);
    const text = [...new Set(parts)].join('；').slice(0, MAX_RESOURCE_CHARS);
    if (text) out[reference] = text;
  });
  return out;
}

function collect(v: unknown, parts: string[]): void {
  if (Array.isArray(v)) return v.forEach((x) => collect(x, parts));
  if (!isObj(v)) return;
  if (typeof v.value === 'number') {
    const cmp = typeof v.comparator === 'string' ? v.comparator : '';
    parts.push(`${cmp}${v.value}${typeof v.unit === 'string' ? ` ${v.unit}` : ''}`);
  }
  for (const [k, x] of Object.entries(v)) {
    if (SKIP_KEYS.has(k)) continue;
    if (typeof x === 'string') {
      if (k === 'display' || k === 'text' || k === 'valueString' || /(Date|DateTime|start|end)$/.test(k))
        parts.push(x);
    } else if (typeof x === 'number') {
      if (/^value(Integer|Decimal)$/.test(k)) parts.push(String(x));
    } else if (k !== 'text') collect(x, parts); // an object `text` is XHTML narrative: skipped
  }
}
