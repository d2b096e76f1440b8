import type { Bilingual, Evidence } from '../types/evidence.ts';
import { invalid } from '../errors/yizhu-error.ts';
import { buildLabObservation, type RawLabField, type RawLabRow } from './build-lab-observation.ts';
import type { LabObservation, LabParseResult, LabParseWarning, LabReportMeta } from './lab-observation.ts';
import { SPECIMEN_TERMS } from './lab-tests-data.ts';

/**
 * FHIR R4 Bundle (DiagnosticReport + Observations), a DiagnosticReport with contained Observations,
 * or a single Observation → observations. Shape errors throw a validation YizhuError with the JSON
 * path (entry[3].resource.code), never the content. Observations without a value (panels grouping
 * members, data-absent results) are skipped with a warning; cancelled/entered-in-error ones too.
 */
export interface ParseFhirOptions {
  sourceId: string;
}

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

interface Located {
  resource: Json;
  path: string;
  reference: string;
}

interface ReportContext {
  effective?: string;
  laboratory?: string;
  specimen?: Bilingual;
}

export function parseFhirLabBundle(input: unknown, opts: ParseFhirOptions): LabParseResult {
  let root = input;
  if (typeof input === 'string') {
    if (!input.trim()) throw invalid('FHIR input is empty');
    try {
      root = JSON.parse(input) as unknown;
    } catch {
      throw invalid('FHIR input is not valid JSON');
    }
  }
  if (!isObj(root))
    throw invalid('FHIR input must be a JSON object', [{ path: '$', message: 'expected object' }]);
  const rt = str(root.resourceType);
  const observations: Located[] = [];
  const reports: Located[] = [];
  if (rt === 'Bundle') {
    if (root.entry !== undefined && !Array.isArray(root.entry)) {
      throw invalid('FHIR Bundle.entry must be an array', [{ path: 'entry', message: 'expected array' }]);
    }
    arr(root.entry).forEach((e, i) => {
      const path = `entry[${i}].resource`;
      if (!isObj(e) || !isObj(e.resource) || typeof e.resource.resourceType !== 'string') {
        throw invalid('FHIR Bundle entry has no resource', [{ path, message: 'expected a resource' }]);
      }
      const r = e.resource;
      const reference =
        str(e.fullUrl) ?? (str(r.id) ? `${String(r.resourceType)}/${String(r.id)}` : `#${path}`);
      if (r.resourceType === 'Observation') observations.push({ resource: r, path, reference });
      if (r.resourceType === 'DiagnosticReport') reports.push({ resource: r, path, reference });
    });
  } else if (rt === 'DiagnosticReport') {
    reports.push({
      resource: root,
      path: '$',
      reference: str(root.id) ? `DiagnosticReport/${String(root.id)}` : 'DiagnosticReport',
    });
  } else if (rt === 'Observation') {
    observations.push({
      resource: root,
      path: '$',
      reference: str(root.id) ? `Observation/${String(root.id)}` : 'Observation',
    });
  } else {
    throw invalid('FHIR input must be a Bundle, DiagnosticReport or Observation', [
      { path: 'resourceType', message: 'unsupported resource type' },
    ]);
  }

  // Which report each observation belongs to (its date/lab/specimen apply when the observation has none).
  const owner = new Map<Json, ReportContext>();
  const byRef = new Map<string, Located>();
  for (const o of observations) {
    byRef.set(o.reference, o);
    if (str(o.resource.id)) byRef.set(`Observation/${String(o.resource.id)}`, o);
  }
  const meta: LabReportMeta = { evidence: [] };
  for (const rep of reports) {
    const r = rep.resource;
    const ctx: ReportContext = {
      effective:
        str(r.effectiveDateTime) ??
        str(isObj(r.effectivePeriod) ? r.effectivePeriod.start : undefined) ??
        str(r.issued),
      laboratory: firstDisplay(r.performer),
      specimen: specimenFromDisplay(firstDisplay(r.specimen)),
    };
    meta.effective ??= ctx.effective;
    meta.laboratory ??= ctx.laboratory;
    meta.specimen ??= ctx.specimen;
    meta.evidence.push({
      sourceId: opts.sourceId,
      locator: { kind: 'fhir', reference: rep.reference, path: 'DiagnosticReport' },
    });
    const contained = new Map<string, Json>();
    arr(r.contained).forEach((c) => {
      if (isObj(c) && c.resourceType === 'Observation' && str(c.id)) contained.set(`#${String(c.id)}`, c);
    });
    arr(r.result).forEach((ref, i) => {
      const target = isObj(ref) ? str(ref.reference) : undefined;
      if (!target)
        throw invalid('FHIR DiagnosticReport.result needs a reference', [
          { path: `${rep.path}.result[${i}]`, message: 'expected reference' },
        ]);
      const c = contained.get(target);
      if (c) {
        const located = {
          resource: c,
          path: `${rep.path}.contained`,
          reference: `${rep.reference}${target}`,
        };
        observations.push(located);
        owner.set(c, ctx);
        return;
      }
      const o = byRef.get(target);
      if (o) owner.set(o.resource, ctx);
    });
  }

  const out: LabObservation[] = [];
  const warnings: LabParseWarning[] = [];
  const anyInterpretation = observations.some((o) => arr(o.resource.interpretation).length > 0);
  for (const o of observations) {
    const obs = observationToLab(o, owner.get(o.resource) ?? {}, opts.sourceId, anyInterpretation, warnings);
    if (obs) out.push(obs);
  }
  if (out.length === 0) warnings.push({ code: 'no_lab_table_found', evidence: [] });
  return { observations: out, meta, warnings };
}

function observationToLab(
  o: Located,
  report: ReportContext,
  sourceId: string,
  expectPrintedFlags: boolean,
  warnings: LabParseWarning[],
): LabObservation | undefined {
  const r = o.resource;
  const ev = (path: string): Evidence[] => [
    { sourceId, locator: { kind: 'fhir', reference: o.reference, path } },
  ];
  const skip = () => {
    warnings.push({ code: 'observation_skipped', evidence: ev('Observation') });
    return undefined;
  };
  const status = str(r.status);
  if (status === 'cancelled' || status === 'entered-in-error') return skip();
  if (!isObj(r.code))
    throw invalid('FHIR Observation has no code', [{ path: `${o.path}.code`, message: 'required' }]);
  const codings = arr(r.code.coding).filter(isObj);
  const loinc = str(codings.find((c) => c.system === 'http://loinc.org')?.code);
  const name = str(r.code.text) ?? str(codings.find((c) => str(c.display))?.display) ?? str(codings[0]?.code);
  if (!loinc && !name)
    throw invalid('FHIR Observation code has neither LOINC nor text', [
      { path: `${o.path}.code`, message: 'unrecognisable code' },
    ]);

  let valueText: string | undefined;
  let unitText: string | undefined;
  let valuePath = 'Observation.value[x]';
  if (r.valueQuantity !== undefined) {
    const q = r.valueQuantity;
    if (!isObj(q) || num(q.value) === undefined) {
      throw invalid('FHIR Observation.valueQuantity.value must be a number', [
        { path: `${o.path}.valueQuantity.value`, message: 'expected number' },
      ]);
    }
    valueText = `${str(q.comparator) ?? ''}${String(q.value)}`;
    unitText =
      q.system === 'http://unitsofmeasure.org' ? (str(q.code) ?? str(q.unit)) : (str(q.unit) ?? str(q.code));
    valuePath = 'Observation.valueQuantity';
  } else if (r.valueString !== undefined) {
    valueText = str(r.valueString);
    valuePath = 'Observation.valueString';
  } else if (isObj(r.valueCodeableConcept)) {
    const cc = r.valueCodeableConcept;
    valueText =
      str(cc.text) ??
      str(arr(cc.coding).filter(isObj)[0]?.display) ??
      str(arr(cc.coding).filter(isObj)[0]?.code);
    valuePath = 'Observation.valueCodeableConcept';
  } else if (num(r.valueInteger) !== undefined) {
    valueText = String(r.valueInteger);
    valuePath = 'Observation.valueInteger';
  }
  if (valueText === undefined || !valueText.trim()) return skip();

  const range = arr(r.referenceRange).filter(isObj)[0];
  const rangeText = range ? rangeToText(range) : undefined;
  const interp = arr(r.interpretation).filter(isObj)[0];
  const flagText = interp ? (str(arr(interp.coding).filter(isObj)[0]?.code) ?? str(interp.text)) : undefined;
  const field = (text: string | undefined, path: string): RawLabField | undefined =>
    text?.trim() ? { text, score: 1, evidence: ev(path) } : undefined;
  const row: RawLabRow = {
    name: { text: name ?? loinc ?? '', score: 1, evidence: ev('Observation.code') },
    value: field(valueText, valuePath),
    unit: field(unitText, `${valuePath}.unit`),
    range: field(rangeText, 'Observation.referenceRange[0]'),
    flag: field(flagText, 'Observation.interpretation[0]'),
    ...(loinc ? { loinc } : {}),
    ...(status === 'preliminary' || status === 'registered'
      ? { extraReasons: ['source_not_final' as const] }
      : {}),
  };
  const effective =
    str(r.effectiveDateTime) ??
    str(isObj(r.effectivePeriod) ? r.effectivePeriod.start : undefined) ??
    report.effective;
  const obs = buildLabObservation(row, {
    effective,
    laboratory: firstDisplay(r.performer) ?? report.laboratory,
    specimen: specimenFromDisplay(isObj(r.specimen) ? str(r.specimen.display) : undefined) ?? report.specimen,
    expectPrintedFlags,
  });
  if (!obs) return skip();
  return obs;
}

/** FHIR low/high are inclusive and machine-readable, so they win over the free text. */
function rangeToText(range: Json): string | undefined {
  const low = isObj(range.low) ? num(range.low.value) : undefined;
  const high = isObj(range.high) ? num(range.high.value) : undefined;
  if (low !== undefined && high !== undefined) return `${low}-${high}`;
  if (high !== undefined) return `≤${high}`;
  if (low !== undefined) return `≥${low}`;
  return str(range.text);
}

function firstDisplay(list: unknown): string | undefined {
  const v = Array.isArray(list) ? list[0] : list;
  return isObj(v) ? str(v.display) : undefined;
}

function specimenFromDisplay(text: string | undefined): Bilingual | undefined {
  if (!text) return undefined;
  const t = SPECIMEN_TERMS.find(
    (s) => s.match.some((w) => text.toLowerCase().includes(w)) || s.hl7.includes(text.toUpperCase()),
  );
  return t ? { zh: t.zh, en: t.en } : undefined;
}
