import { invalid, matchesDateParam, parseDateParam, type DateParam, type FhirResource } from '@yizhu/core';
import type { FhirItem, FhirQuery, FhirType } from './fhir-store.ts';

/**
 * The search parameters /fhir supports, per type (the CapabilityStatement lists exactly these).
 * Unknown parameters are refused (400), not ignored: a client must never believe a filter applied
 * when it did not. Paging is `_count` (1–100, default 20) and `_offset`.
 */
type Param = '_id' | 'patient' | 'subject' | 'encounter' | 'code' | 'date' | 'authored';
export const SEARCH_PARAMS: Record<FhirType, readonly Param[]> = {
  Patient: ['_id'],
  Encounter: ['_id', 'patient', 'subject', 'date'],
  Observation: ['_id', 'patient', 'subject', 'encounter', 'code', 'date'],
  DiagnosticReport: ['_id', 'patient', 'subject', 'encounter', 'code', 'date'],
  QuestionnaireResponse: ['_id', 'patient', 'subject', 'encounter', 'authored'],
  Composition: ['_id', 'patient', 'subject', 'encounter', 'date'],
  DocumentReference: ['_id', 'patient', 'subject', 'encounter', 'date'],
  Provenance: ['_id', 'patient'],
  AuditEvent: ['_id', 'patient', 'date'],
};
export const PARAM_DOCS: Record<Param | '_count' | '_offset', { type: string; doc: string }> = {
  _id: { type: 'token', doc: 'resource id; comma-separated for several (at most 100)' },
  patient: { type: 'reference', doc: 'Patient/<id> or <id>' },
  subject: { type: 'reference', doc: 'Patient/<id> (only patients are subjects here)' },
  encounter: { type: 'reference', doc: 'Encounter/<id> or <id>' },
  code: { type: 'token', doc: 'system|code or code; comma-separated for any of several' },
  date: {
    type: 'date',
    doc: 'prefix eq ne gt ge lt le; zone-less values are clinic local time; repeat for a range',
  },
  authored: { type: 'date', doc: 'as date, on QuestionnaireResponse.authored' },
  _count: { type: 'number', doc: 'page size 1–100 (default 20)' },
  _offset: { type: 'number', doc: 'index of the first match on the page (paging links use it)' },
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

export interface ParsedSearch {
  query: FhirQuery;
  codes?: { system?: string; code: string }[];
  dates: DateParam[];
  count: number;
  offset: number;
  /** The accepted parameters, for paging links. */
  echo: [string, string][];
}

const bad = (path: string, message: string) => invalid('search parameter is not valid', [{ path, message }]);

function reference(param: string, value: string, type: 'Patient' | 'Encounter'): string {
  const id = value.startsWith(`${type}/`) ? value.slice(type.length + 1) : value;
  if (!UUID.test(id)) throw bad(param, `expected ${type}/<id>`);
  return id;
}

function intParam(param: string, value: string, min: number, max: number): number {
  if (!/^\d{1,6}$/.test(value) || Number(value) < min || Number(value) > max)
    throw bad(param, `an integer from ${min} to ${max}`);
  return Number(value);
}

export function parseSearch(
  type: FhirType,
  raw: Record<string, unknown>,
  utcOffsetMinutes: number,
): ParsedSearch {
  const allowed = new Set<string>([...SEARCH_PARAMS[type], '_count', '_offset']);
  const out: ParsedSearch = { query: {}, dates: [], count: 20, offset: 0, echo: [] };
  for (const [name, v] of Object.entries(raw)) {
    if (!allowed.has(name)) throw bad(name, `not supported on ${type}; see /fhir/metadata`);
    const values = Array.isArray(v) ? v : [v];
    const isDate = name === 'date' || name === 'authored';
    if (values.length > (isDate ? 2 : 1) || values.some((x) => typeof x !== 'string' || x.length > 2000))
      throw bad(name, isDate ? 'at most two values' : 'give it once');
    for (const value of values as string[]) {
      out.echo.push([name, value]);
      switch (name) {
        case '_id': {
          const ids = value.split(',');
          if (ids.length > 100 || ids.some((i) => !FHIR_ID.test(i)))
            throw bad(name, 'resource ids, at most 100');
          out.query.ids = ids;
          break;
        }
        case 'patient':
        case 'subject': {
          const id = reference(name, value, 'Patient');
          if (out.query.patientId && out.query.patientId !== id)
            throw bad(name, 'patient and subject disagree');
          out.query.patientId = id;
          break;
        }
        case 'encounter':
          out.query.encounterId = reference(name, value, 'Encounter');
          break;
        case 'code':
          out.codes = value.split(',').map((token) => {
            const bar = token.indexOf('|');
            const code = bar >= 0 ? token.slice(bar + 1) : token;
            if (!code) throw bad(name, 'system|code or code');
            return bar > 0 ? { system: token.slice(0, bar), code } : { code };
          });
          break;
        case 'date':
        case 'authored':
          out.dates.push(parseDateParam(value, utcOffsetMinutes));
          break;
        case '_count':
          out.count = intParam(name, value, 1, 100);
          break;
        case '_offset':
          out.offset = intParam(name, value, 0, 100_000);
          break;
      }
    }
  }
  return out;
}

/** The date a type's `date` (or `authored`) parameter searches on. */
export function resourceDate(r: FhirResource): string | undefined {
  const pick = (...vals: unknown[]) => vals.find((v): v is string => typeof v === 'string');
  const start = (p: unknown) => (p && typeof p === 'object' ? (p as { start?: unknown }).start : undefined);
  switch (r.resourceType) {
    case 'Encounter':
      return pick(start(r.period));
    case 'Observation':
      return pick(r.effectiveDateTime, r.effectiveInstant, start(r.effectivePeriod), r.issued);
    case 'DiagnosticReport':
      return pick(r.effectiveDateTime, start(r.effectivePeriod), r.issued);
    case 'QuestionnaireResponse':
      return pick(r.authored);
    case 'AuditEvent':
      return pick(r.recorded);
    default:
      return pick(r.date);
  }
}

function hasCode(r: FhirResource, codes: NonNullable<ParsedSearch['codes']>): boolean {
  const coding = (
    (r.code as { coding?: { system?: string; code?: string }[] } | undefined)?.coding ?? []
  ).filter((c) => typeof c.code === 'string');
  return codes.some((want) =>
    coding.some((c) => c.code === want.code && (!want.system || c.system === want.system)),
  );
}

/** Filters by code and date, then pages. `total` counts every visible match, not just the page. */
export function filterAndPage(items: FhirItem[], s: ParsedSearch, utcOffsetMinutes: number) {
  const matches = items.filter(
    (i) =>
      (!s.codes || hasCode(i.resource, s.codes)) &&
      s.dates.every((d) => matchesDateParam(resourceDate(i.resource), d, utcOffsetMinutes)),
  );
  return { total: matches.length, page: matches.slice(s.offset, s.offset + s.count) };
}
