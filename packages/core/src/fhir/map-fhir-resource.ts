import type { Bilingual, Evidence } from '../types/evidence.ts';
import type { Fact, FactKind, FactStatus } from '../types/fact.ts';
import type { Json } from './fhir-json.ts';
import { isObj, num, objs, readCodeable, readDate, statusCode, str } from './fhir-json.ts';
import type { FhirIssueReason } from './fhir-import-result.ts';
import { readDosage } from './read-dosage.ts';
import { codeFreeText } from './code-free-text.ts';

export interface MapContext {
  sourceId: string;
  reference: string;
  /** Resolves Medication references (medicationReference) inside the bundle. */
  resolve: (ref: string) => Json | undefined;
}

/** Facts of one resource, or the reason it gives none. */
export type MapOutcome = { facts: Fact[] } | { skip: FhirIssueReason };

const ev = (ctx: MapContext, path: string): Evidence => ({
  sourceId: ctx.sourceId,
  locator: { kind: 'fhir', reference: ctx.reference, path },
});

// Imported records are what the hospital wrote down; they rank above patient recall but still
// below a value the doctor reads out today.
const EMR_CONFIDENCE = 0.95;

function base(kind: FactKind, display: Bilingual, status: FactStatus, evidence: Evidence[]): Fact {
  return { kind, display, status, evidence, confidence: EMR_CONFIDENCE };
}

export function mapCondition(r: Json, ctx: MapContext): MapOutcome {
  const verification = statusCode(r.verificationStatus);
  if (verification === 'entered-in-error') return { skip: 'entered_in_error' };
  if (verification === 'refuted') return { skip: 'refuted' };
  const c = codeFreeText(readCodeable(r.code), ['condition']);
  if (!c.display) return { skip: 'no_code' };
  const clinical = statusCode(r.clinicalStatus);
  const status: FactStatus =
    verification === 'provisional' || verification === 'differential'
      ? 'uncertain'
      : clinical === 'inactive' || clinical === 'resolved' || clinical === 'remission'
        ? 'historical'
        : 'present';
  const f = base('condition', c.display, status, [ev(ctx, 'Condition.code')]);
  if (c.code) f.code = c.code;
  const onset = readDate(r, 'onsetDateTime', 'onsetPeriod');
  if (onset) f.onset = onset;
  const recorded = str(r.recordedDate);
  if (recorded) f.effective = recorded;
  return { facts: [f] };
}

export function mapMedication(r: Json, ctx: MapContext): MapOutcome {
  const type = String(r.resourceType);
  const st = str(r.status);
  if (st === 'entered-in-error') return { skip: 'entered_in_error' };
  let c = readCodeable(r.medicationCodeableConcept);
  let codePath = `${type}.medicationCodeableConcept`;
  const ref = isObj(r.medicationReference) ? str(r.medicationReference.reference) : undefined;
  if (!c.display && ref) {
    const med = ctx.resolve(ref);
    if (med) {
      c = readCodeable(med.code);
      codePath = `${type}.medicationReference`;
    } else if (isObj(r.medicationReference) && str(r.medicationReference.display)) {
      c = readCodeable({ text: r.medicationReference.display });
      codePath = `${type}.medicationReference.display`;
    }
  }
  c = codeFreeText(c, ['medication']);
  if (!c.display) return { skip: ref ? 'broken_reference' : 'no_code' };
  // Stopped/completed medicines are history: fusion asks whether the patient still takes them.
  const stopped =
    st === 'stopped' || st === 'completed' || st === 'cancelled' || st === 'not-taken' || st === 'revoked';
  const f = base('medication', c.display, stopped ? 'historical' : 'present', [ev(ctx, codePath)]);
  if (c.code) f.code = c.code;
  const dosageField = type === 'MedicationRequest' ? 'dosageInstruction' : 'dosage';
  const d = readDosage(r[dosageField]);
  if (d.dose !== undefined) f.value = d.dose;
  if (d.unit) f.unit = d.unit;
  if (d.frequency) f.frequency = d.frequency;
  if (d.route) f.route = d.route;
  if (d.dose !== undefined || d.frequency || d.route) f.evidence.push(ev(ctx, `${type}.${dosageField}[0]`));
  const when = readDate(r, 'effectiveDateTime', 'effectivePeriod', 'authoredOn', 'dateAsserted');
  if (when) f.effective = when;
  return { facts: [f] };
}

// SNOMED CT "no known allergy" family: the record explicitly denies allergies.
const NO_KNOWN_ALLERGY = new Set(['716186003', '409137002', '428607008', '429625007']);

export function mapAllergy(r: Json, ctx: MapContext): MapOutcome {
  const verification = statusCode(r.verificationStatus);
  if (verification === 'entered-in-error') return { skip: 'entered_in_error' };
  const c = codeFreeText(readCodeable(r.code), ['allergen', 'medication']);
  const evidence = [ev(ctx, 'AllergyIntolerance.code')];
  if (c.codings.some((x) => NO_KNOWN_ALLERGY.has(x.code))) {
    // Same generic concept the extractor emits for "没有药物过敏", so fusion can compare them.
    return { facts: [base('allergy', { zh: '药物过敏', en: 'Drug allergy' }, 'absent', evidence)] };
  }
  if (!c.display) return { skip: 'no_code' };
  if (verification === 'refuted') {
    const f = base('allergy', c.display, 'absent', evidence);
    if (c.code) f.code = c.code;
    return { facts: [f] };
  }
  const clinical = statusCode(r.clinicalStatus);
  const status: FactStatus =
    clinical === 'inactive' || clinical === 'resolved'
      ? 'historical'
      : verification === 'unconfirmed'
        ? 'uncertain'
        : 'present';
  const f = base('allergy', c.display, status, evidence);
  if (c.code) f.code = c.code;
  const reaction = objs(r.reaction)[0];
  const sev = (reaction && str(reaction.severity)) ?? str(r.criticality);
  if (sev) f.severity = sev;
  const manifestation = reaction ? readCodeable(objs(reaction.manifestation)[0]).display : undefined;
  // The reaction (皮疹, anaphylaxis) is what the doctor needs next to the allergen.
  if (manifestation) f.value = manifestation.zh;
  const recorded = str(r.recordedDate);
  if (recorded) f.effective = recorded;
  return { facts: [f] };
}

// LOINC codes of the blood-pressure panel parts, folded into one "130/85" value like the extractor.
const BP_PANEL = new Set(['85354-9', '55284-4']);
const SYSTOLIC = '8480-6';
const DIASTOLIC = '8462-4';

export function mapObservation(r: Json, ctx: MapContext): MapOutcome {
  const st = str(r.status);
  if (st === 'entered-in-error' || st === 'cancelled') return { skip: 'entered_in_error' };
  const c = readCodeable(r.code);
  if (!c.display && !c.code) return { skip: 'no_code' };
  const categories = objs(r.category).flatMap((cc) => objs(cc.coding).map((x) => str(x.code)));
  const kind: FactKind = categories.includes('vital-signs')
    ? 'vital'
    : categories.includes('laboratory')
      ? 'lab'
      : categories.includes('social-history')
        ? 'social'
        : categories.includes('exam')
          ? 'finding'
          : c.code?.system === 'http://loinc.org'
            ? 'lab'
            : 'finding';
  const display = c.display ?? { zh: c.code!.code, en: c.code!.code };
  const f = base(kind, display, 'present', [ev(ctx, 'Observation.code')]);
  if (c.code) f.code = c.code;
  const when = readDate(r, 'effectiveDateTime', 'effectivePeriod', 'issued');
  if (when) f.effective = when;
  const isBp = c.codings.some((x) => BP_PANEL.has(x.code));
  if (isBp) {
    const comp = (code: string) =>
      objs(r.component).find((x) => readCodeable(x.code).codings.some((y) => y.code === code));
    const sys = comp(SYSTOLIC);
    const dia = comp(DIASTOLIC);
    const sv = sys && isObj(sys.valueQuantity) ? num(sys.valueQuantity.value) : undefined;
    const dv = dia && isObj(dia.valueQuantity) ? num(dia.valueQuantity.value) : undefined;
    if (sv === undefined || dv === undefined) return { skip: 'no_value' };
    f.code = { system: 'http://loinc.org', code: '85354-9' };
    f.value = `${sv}/${dv}`;
    f.unit = 'mm[Hg]';
    f.evidence.push(ev(ctx, 'Observation.component'));
    return { facts: [f] };
  }
  const q = isObj(r.valueQuantity) ? r.valueQuantity : undefined;
  if (q && num(q.value) !== undefined) {
    f.value = num(q.value);
    const unit = str(q.code) ?? str(q.unit);
    if (unit) f.unit = unit;
    f.evidence.push(ev(ctx, 'Observation.valueQuantity'));
  } else if (str(r.valueString)) {
    f.value = str(r.valueString);
    f.evidence.push(ev(ctx, 'Observation.valueString'));
  } else if (isObj(r.valueCodeableConcept)) {
    const v = readCodeable(r.valueCodeableConcept).display;
    if (!v) return { skip: 'no_value' };
    f.value = v.zh;
    f.evidence.push(ev(ctx, 'Observation.valueCodeableConcept'));
  } else {
    return { skip: 'no_value' };
  }
  const interp = readCodeable(objs(r.interpretation)[0]).code?.code;
  if (interp && ['H', 'L', 'HH', 'LL', 'A', 'AA'].includes(interp)) f.severity = interp;
  return { facts: [f] };
}

/** A report's conclusion is a finding; its results are the Observations it references. */
export function mapDiagnosticReport(r: Json, ctx: MapContext): MapOutcome {
  if (str(r.status) === 'entered-in-error' || str(r.status) === 'cancelled')
    return { skip: 'entered_in_error' };
  const c = readCodeable(r.code);
  const conclusion = str(r.conclusion);
  if (!conclusion) return { facts: [] };
  const name = c.display ?? { zh: '检查报告', en: 'Report' };
  const f = base('finding', name, 'present', [ev(ctx, 'DiagnosticReport.conclusion')]);
  if (c.code) f.code = c.code;
  f.value = conclusion;
  const when = readDate(r, 'effectiveDateTime', 'effectivePeriod', 'issued');
  if (when) f.effective = when;
  return { facts: [f] };
}

export function mapProcedure(r: Json, ctx: MapContext): MapOutcome {
  if (str(r.status) === 'entered-in-error' || str(r.status) === 'not-done')
    return { skip: 'entered_in_error' };
  const c = readCodeable(r.code);
  if (!c.display) return { skip: 'no_code' };
  const f = base('procedure', c.display, 'historical', [ev(ctx, 'Procedure.code')]);
  if (c.code) f.code = c.code;
  const when = readDate(r, 'performedDateTime', 'performedPeriod');
  if (when) f.effective = when;
  return { facts: [f] };
}
