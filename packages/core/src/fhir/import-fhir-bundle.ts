import { invalid } from '../errors/yizhu-error.ts';
import type { Fact } from '../types/fact.ts';
import type { Json } from './fhir-json.ts';
import { arr, isObj, objs, readDate, readCodeable, str } from './fhir-json.ts';
import type { EncounterSummary, FhirImportResult, FhirIssue, PatientSummary } from './fhir-import-result.ts';
import type { MapContext, MapOutcome } from './map-fhir-resource.ts';
import {
  mapAllergy,
  mapCondition,
  mapDiagnosticReport,
  mapMedication,
  mapObservation,
  mapProcedure,
} from './map-fhir-resource.ts';

export interface ImportFhirOptions {
  sourceId?: string;
  /** Entries beyond this are reported, not read (a guard against pathological bundles). */
  maxEntries?: number;
}

const MAPPERS: Record<string, (r: Json, ctx: MapContext) => MapOutcome> = {
  Condition: mapCondition,
  MedicationStatement: mapMedication,
  MedicationRequest: mapMedication,
  AllergyIntolerance: mapAllergy,
  Observation: mapObservation,
  DiagnosticReport: mapDiagnosticReport,
  Procedure: mapProcedure,
};
// Read for context (patient, encounters, medication references), not turned into facts.
const CONTEXT_TYPES = new Set(['Patient', 'Encounter', 'Medication']);

interface Entry {
  index: number;
  resource: Json;
  type: string;
  reference: string;
  fullUrl?: string;
}

/**
 * EMR history as a FHIR R4 Bundle → facts with `fhir {reference, path}` evidence. Garbage inside the
 * bundle (non-objects, unknown types, duplicates, broken references, other patients' data) is
 * reported in `issues` and never throws; only input that is not a Bundle at all is a YizhuError.
 */
export function importFhirBundle(input: unknown, opts: ImportFhirOptions = {}): FhirImportResult {
  const sourceId = opts.sourceId ?? 'emr';
  const maxEntries = opts.maxEntries ?? 50_000;
  let root = input;
  if (typeof input === 'string') {
    try {
      root = JSON.parse(input) as unknown;
    } catch {
      throw invalid('EMR history is not valid JSON');
    }
  }
  if (!isObj(root) || root.resourceType !== 'Bundle') {
    throw invalid('EMR history must be a FHIR R4 Bundle', [
      { path: 'resourceType', message: 'expected Bundle' },
    ]);
  }
  const issues: FhirIssue[] = [];
  const result: FhirImportResult = {
    facts: [],
    encounters: [],
    issues,
    counts: { entries: 0, used: 0, skipped: 0 },
  };
  if (root.entry !== undefined && !Array.isArray(root.entry)) {
    issues.push({ reason: 'entry_not_array', path: 'entry', effect: 'skipped' });
    return result;
  }
  const rawEntries = arr(root.entry);
  result.counts.entries = rawEntries.length;
  if (rawEntries.length > maxEntries) {
    issues.push({ reason: 'too_many_entries', path: `entry[${maxEntries}]`, effect: 'skipped' });
  }

  // Pass 1: index every resource (by Type/id and fullUrl) and drop duplicates.
  const entries: Entry[] = [];
  const byRef = new Map<string, Entry>();
  const skip = (issue: Omit<FhirIssue, 'effect'>) => {
    issues.push({ ...issue, effect: 'skipped' });
    result.counts.skipped++;
  };
  rawEntries.slice(0, maxEntries).forEach((e, index) => {
    const path = `entry[${index}]`;
    if (!isObj(e)) return skip({ reason: 'not_an_object', path });
    const r = e.resource;
    if (!isObj(r) || typeof r.resourceType !== 'string')
      return skip({ reason: 'no_resource', path: `${path}.resource` });
    const type = r.resourceType;
    const id = str(r.id);
    const fullUrl = str(e.fullUrl);
    const reference = id ? `${type}/${id}` : (fullUrl ?? `#${path}`);
    const existing = byRef.get(reference) ?? (fullUrl ? byRef.get(fullUrl) : undefined);
    if (existing) {
      // Keep the later version when both say when they were updated; else the first one seen.
      if (lastUpdated(r) > lastUpdated(existing.resource)) {
        skip({ reason: 'duplicate', path: `entry[${existing.index}]`, resourceType: type, reference });
        existing.resource = r;
        existing.index = index;
      } else {
        skip({ reason: 'duplicate', path, resourceType: type, reference });
      }
      return;
    }
    const entry: Entry = { index, resource: r, type, reference };
    if (fullUrl) entry.fullUrl = fullUrl;
    entries.push(entry);
    byRef.set(reference, entry);
    if (fullUrl) byRef.set(fullUrl, entry);
  });

  const patients = entries.filter((e) => e.type === 'Patient');
  const main = patients[0];
  if (main) result.patient = readPatient(main);
  const isOtherPatient = (r: Json): boolean => {
    const subj = isObj(r.subject)
      ? str(r.subject.reference)
      : isObj(r.patient)
        ? str(r.patient.reference)
        : undefined;
    if (!subj || !main) return false;
    const target = byRef.get(subj);
    return target !== undefined && target.type === 'Patient' && target !== main;
  };

  // Pass 2: map each resource; check the references it makes.
  for (const e of entries) {
    const path = `entry[${e.index}].resource`;
    if (CONTEXT_TYPES.has(e.type)) {
      if (e.type === 'Encounter') result.encounters.push(readEncounter(e));
      result.counts.used++;
      continue;
    }
    const mapper = MAPPERS[e.type];
    if (!mapper) {
      skip({ reason: 'unsupported_type', path, resourceType: e.type, reference: e.reference });
      continue;
    }
    if (isOtherPatient(e.resource)) {
      // Never mix two patients' data in one record.
      skip({ reason: 'other_patient', path, resourceType: e.type, reference: e.reference });
      continue;
    }
    for (const p of brokenReferences(e.resource, byRef)) {
      issues.push({
        reason: 'broken_reference',
        path: `${path}.${p}`,
        resourceType: e.type,
        reference: e.reference,
        effect: 'warning',
      });
    }
    const ctx: MapContext = { sourceId, reference: e.reference, resolve: (ref) => byRef.get(ref)?.resource };
    const out = mapper(e.resource, ctx);
    if ('skip' in out) {
      skip({ reason: out.skip, path, resourceType: e.type, reference: e.reference });
      continue;
    }
    result.counts.used++;
    result.facts.push(...out.facts);
  }
  datePanelResults(entries, byRef, result.facts);
  return result;
}

const lastUpdated = (r: Json): string => (isObj(r.meta) ? (str(r.meta.lastUpdated) ?? '') : '');

// Reference fields a broken link in which loses context the doctor may need.
const REF_FIELDS = ['subject', 'patient', 'encounter', 'medicationReference', 'context'];

function brokenReferences(r: Json, byRef: Map<string, Entry>): string[] {
  const out: string[] = [];
  const check = (ref: unknown, path: string) => {
    const s = isObj(ref) ? str(ref.reference) : undefined;
    // Contained (#id) and absolute server references are outside this check on purpose.
    if (s && !s.startsWith('#') && !/^https?:/.test(s) && !byRef.has(s)) out.push(path);
  };
  for (const f of REF_FIELDS) check(r[f], f);
  objs(r.result).forEach((x, i) => check(x, `result[${i}]`));
  return out;
}

/** Results of a DiagnosticReport without their own date take the report's date. */
function datePanelResults(entries: Entry[], byRef: Map<string, Entry>, facts: Fact[]): void {
  const dateOf = new Map<string, string>();
  for (const e of entries) {
    if (e.type !== 'DiagnosticReport') continue;
    const when = readDate(e.resource, 'effectiveDateTime', 'effectivePeriod', 'issued');
    if (!when) continue;
    for (const x of objs(e.resource.result)) {
      const target = str(x.reference) ? byRef.get(str(x.reference)!) : undefined;
      if (target) dateOf.set(target.reference, when);
    }
  }
  if (dateOf.size === 0) return;
  for (const f of facts) {
    const loc = f.evidence[0]?.locator;
    if (f.effective || loc?.kind !== 'fhir') continue;
    const d = dateOf.get(loc.reference);
    if (d) f.effective = d;
  }
}

function readPatient(e: Entry): PatientSummary {
  const p: PatientSummary = { reference: e.reference };
  const g = str(e.resource.gender);
  if (g === 'male' || g === 'female' || g === 'other' || g === 'unknown') p.gender = g;
  const b = str(e.resource.birthDate);
  if (b) p.birthDate = b;
  return p;
}

function readEncounter(e: Entry): EncounterSummary {
  const r = e.resource;
  const enc: EncounterSummary = { reference: e.reference };
  const start = readDate(r, 'period');
  if (start) enc.start = start;
  const cls = isObj(r.class) ? str(r.class.code) : undefined;
  if (cls) enc.class = cls;
  const type = readCodeable(objs(r.type)[0]).display;
  if (type) enc.type = type.zh;
  const reason = readCodeable(objs(r.reasonCode)[0]).display;
  if (reason) enc.reason = reason.zh;
  return enc;
}
