import { randomUUID } from 'node:crypto';
import { invalid, type FhirResource, type FieldIssue } from '@yizhu/core';

/**
 * A FHIR transaction Bundle of one patient's EMR history → rows for emr_resources, validated whole
 * before anything is stored (atomic: one bad entry refuses the bundle). Entries are POSTs of the
 * types the EMR importer reads; `urn:uuid:` references between entries are rewritten to the ids the
 * server assigns (FHIR transaction rules).
 */
export const IMPORTABLE_TYPES = [
  'Condition',
  'MedicationStatement',
  'MedicationRequest',
  'AllergyIntolerance',
  'Observation',
  'DiagnosticReport',
  'Procedure',
] as const;
type Importable = (typeof IMPORTABLE_TYPES)[number];

// Elements with cardinality 1..1 in FHIR R4 (hl7.org/fhir/R4, each resource's content table); a
// group is a choice (one of). The patient reference is required of every type: without it the
// history cannot be placed (R4 has Observation.subject 0..1; here it is needed).
const REQUIRED: Record<Importable, string[][]> = {
  Condition: [['subject']],
  MedicationStatement: [['status'], ['subject'], ['medicationCodeableConcept', 'medicationReference']],
  MedicationRequest: [
    ['status'],
    ['intent'],
    ['subject'],
    ['medicationCodeableConcept', 'medicationReference'],
  ],
  AllergyIntolerance: [['patient']],
  Observation: [['status'], ['code'], ['subject']],
  DiagnosticReport: [['status'], ['code'], ['subject']],
  Procedure: [['status'], ['subject']],
};
const STRING_FIELDS = new Set(['status', 'intent']);
const MAX_ENTRIES = 500;
const MAX_DEPTH = 40;

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const PATIENT_REF = new RegExp(`^Patient/(${UUID})$`, 'i');
const URN_UUID = new RegExp(`^urn:uuid:${UUID}$`, 'i');

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface PlannedEntry {
  id: string;
  type: Importable;
  resource: FhirResource;
}
export interface TransactionPlan {
  patientId: string;
  entries: PlannedEntry[];
}

/** Validates the bundle and plans the rows; throws one validation error listing every problem. */
export function planTransaction(bundle: unknown): TransactionPlan {
  const issues: FieldIssue[] = [];
  const fail = (path: string, message: string) => issues.push({ path, message });
  if (!isObj(bundle) || bundle.resourceType !== 'Bundle')
    throw invalid('expected a FHIR Bundle', [{ path: 'resourceType', message: 'expected Bundle' }]);
  if (bundle.type !== 'transaction')
    throw invalid('only transaction bundles are accepted', [
      { path: 'type', message: 'expected transaction' },
    ]);
  const raw = bundle.entry;
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > MAX_ENTRIES)
    throw invalid('bundle entries are not valid', [
      { path: 'entry', message: `1 to ${MAX_ENTRIES} entries` },
    ]);

  const planned: (PlannedEntry & { fullUrl?: string; index: number })[] = [];
  const patients = new Set<string>();
  const fullUrls = new Map<string, string>();
  raw.forEach((e, index) => {
    const at = `Bundle.entry[${index}]`;
    if (!isObj(e) || !isObj(e.resource)) return fail(`${at}.resource`, 'missing resource');
    const r = e.resource;
    const type = r.resourceType;
    if (typeof type !== 'string' || !(IMPORTABLE_TYPES as readonly string[]).includes(type))
      return fail(`${at}.resource.resourceType`, `not importable; one of ${IMPORTABLE_TYPES.join(', ')}`);
    const req = e.request;
    if (!isObj(req) || req.method !== 'POST' || req.url !== type)
      fail(`${at}.request`, `expected { method: POST, url: ${type} }`);
    if (depth(r) > MAX_DEPTH) return fail(`${at}.resource`, 'nested too deeply');
    for (const group of REQUIRED[type as Importable]) {
      const present = group.filter((f) => r[f] !== undefined && r[f] !== null);
      if (present.length !== 1) {
        fail(`${at}.resource.${group.join('|')}`, present.length ? 'give only one of these' : 'required');
        continue;
      }
      const v = r[present[0]!];
      if (STRING_FIELDS.has(present[0]!) ? typeof v !== 'string' || v === '' : !isObj(v))
        fail(`${at}.resource.${present[0]}`, STRING_FIELDS.has(present[0]!) ? 'a code' : 'an object');
    }
    const patientField = type === 'AllergyIntolerance' ? 'patient' : 'subject';
    const ref = isObj(r[patientField]) ? (r[patientField] as Json).reference : undefined;
    const m = typeof ref === 'string' ? PATIENT_REF.exec(ref) : null;
    if (!m) fail(`${at}.resource.${patientField}.reference`, 'expected Patient/<id> of an existing patient');
    else patients.add(m[1]!.toLowerCase());
    const id = randomUUID();
    let fullUrl: string | undefined;
    if (e.fullUrl !== undefined) {
      if (typeof e.fullUrl !== 'string' || !URN_UUID.test(e.fullUrl))
        fail(`${at}.fullUrl`, 'expected urn:uuid:<uuid>');
      else if (fullUrls.has(e.fullUrl)) fail(`${at}.fullUrl`, 'duplicate fullUrl');
      else {
        fullUrl = e.fullUrl;
        fullUrls.set(fullUrl, `${type}/${id}`);
      }
    }
    planned.push({
      id,
      type: type as Importable,
      resource: r as FhirResource,
      index,
      ...(fullUrl ? { fullUrl } : {}),
    });
  });
  if (patients.size > 1) fail('Bundle.entry', 'all entries must be about one patient');

  const entries = planned.map((p) => {
    const resource = rewrite(p.resource, fullUrls, (path) =>
      fail(`Bundle.entry[${p.index}].resource${path}`, 'reference to no entry of this bundle'),
    ) as FhirResource;
    return { id: p.id, type: p.type, resource: { ...resource, id: p.id } };
  });
  if (issues.length) throw invalid('the bundle was not imported; nothing was stored', issues.slice(0, 50));
  return { patientId: [...patients][0]!, entries };
}

function depth(v: unknown, d = 0): number {
  if (d > MAX_DEPTH) return d;
  if (Array.isArray(v)) return Math.max(d, ...v.map((x) => depth(x, d + 1)));
  if (isObj(v)) return Math.max(d, ...Object.values(v).map((x) => depth(x, d + 1)));
  return d;
}

/** Copies the resource with urn:uuid references resolved; an unresolvable urn:uuid is reported. */
function rewrite(v: unknown, map: Map<string, string>, broken: (path: string) => void, path = ''): unknown {
  if (Array.isArray(v)) return v.map((x, i) => rewrite(x, map, broken, `${path}[${i}]`));
  if (!isObj(v)) return v;
  const out: Json = {};
  for (const [k, x] of Object.entries(v)) {
    if (k === 'reference' && typeof x === 'string' && x.startsWith('urn:uuid:')) {
      const to = map.get(x);
      if (!to) broken(`${path}.reference`);
      out[k] = to ?? x;
    } else out[k] = rewrite(x, map, broken, `${path}.${k}`);
  }
  return out;
}
