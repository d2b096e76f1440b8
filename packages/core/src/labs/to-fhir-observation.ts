import type { LabFlag, LabObservation } from './lab-observation.ts';
import { toUcum } from './normalise-lab-unit.ts';

/**
 * LabObservation → FHIR R4 Observation (pure). A transcription awaiting the doctor's check is exported
 * as `preliminary` with a review tag, so a receiving system cannot mistake it for a verified result;
 * the evidence travels separately as Provenance (fhir/ mapping), not inside the Observation.
 */
export interface FhirLabQuantity {
  value: number;
  unit?: string;
  system?: 'http://unitsofmeasure.org';
  code?: string;
  comparator?: '<' | '<=' | '>=' | '>';
}

export interface FhirLabCodeableConcept {
  coding?: { system: string; code: string; display?: string }[];
  text?: string;
}

export interface FhirLabObservation {
  resourceType: 'Observation';
  id?: string;
  meta?: { tag: { system: string; code: string; display?: string }[] };
  status: 'final' | 'preliminary';
  category: FhirLabCodeableConcept[];
  code: FhirLabCodeableConcept;
  subject?: { reference: string };
  effectiveDateTime?: string;
  performer?: { display: string }[];
  valueQuantity?: FhirLabQuantity;
  valueString?: string;
  interpretation?: FhirLabCodeableConcept[];
  referenceRange?: { low?: FhirLabQuantity; high?: FhirLabQuantity; text?: string }[];
  specimen?: { display: string };
  note?: { text: string }[];
}

export interface ToFhirOptions {
  id?: string;
  subject?: { reference: string };
  /** Offset appended to local date-times (FHIR requires a zone when a time is given). */
  timezone?: string;
}

/** Tag system for Yizhu's own review marker (not a standard code system). */
export const YIZHU_REVIEW_TAG_SYSTEM = 'urn:yizhu:review';

const INTERPRETATION: Record<LabFlag, string> = { H: 'High', L: 'Low', N: 'Normal', A: 'Abnormal' };

export function toFhirObservation(obs: LabObservation, opts: ToFhirOptions = {}): FhirLabObservation {
  const quantity = (value: number): FhirLabQuantity => {
    const code = obs.unit ? toUcum(obs.unit) : undefined;
    return {
      value,
      ...(obs.unit ? { unit: obs.unit } : {}),
      ...(code ? { system: 'http://unitsofmeasure.org' as const, code } : {}),
    };
  };
  const out: FhirLabObservation = {
    resourceType: 'Observation',
    ...(opts.id ? { id: opts.id } : {}),
    status: obs.needsReview ? 'preliminary' : 'final',
    category: [
      {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/observation-category',
            code: 'laboratory',
            display: 'Laboratory',
          },
        ],
      },
    ],
    code: {
      ...(obs.code
        ? { coding: [{ system: obs.code.system, code: obs.code.code, display: obs.display.en }] }
        : {}),
      text: obs.display.zh,
    },
    ...(opts.subject ? { subject: opts.subject } : {}),
  };
  if (obs.needsReview) {
    out.meta = { tag: obs.reviewReasons.map((r) => ({ system: YIZHU_REVIEW_TAG_SYSTEM, code: r })) };
    if (out.meta.tag.length === 0)
      out.meta.tag.push({ system: YIZHU_REVIEW_TAG_SYSTEM, code: 'needs_review' });
  }
  if (obs.effective) out.effectiveDateTime = withZone(obs.effective, opts.timezone ?? '+08:00');
  if (obs.laboratory) out.performer = [{ display: obs.laboratory }];
  if (typeof obs.value === 'number') {
    out.valueQuantity = { ...quantity(obs.value), ...(obs.comparator ? { comparator: obs.comparator } : {}) };
  } else {
    out.valueString = obs.value;
  }
  const flag = obs.flag.value;
  if (flag) {
    out.interpretation = [
      {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation',
            code: flag,
            display: INTERPRETATION[flag],
          },
        ],
      },
    ];
  }
  const rr = obs.referenceRange;
  if (rr) {
    out.referenceRange = [
      {
        ...(rr.low !== undefined ? { low: quantity(rr.low) } : {}),
        ...(rr.high !== undefined ? { high: quantity(rr.high) } : {}),
        text: rr.text,
      },
    ];
  }
  if (obs.specimen) out.specimen = { display: obs.specimen.zh };
  if (obs.flagConflict) {
    out.note = [
      {
        text: `Printed flag ${obs.flag.printed ?? 'none'} differs from flag computed from the range (${obs.flag.computed ?? 'none'}).`,
      },
    ];
  }
  return out;
}

/** Adds the zone to a local date-time; date-only values need none. */
function withZone(dt: string, tz: string): string {
  if (!dt.includes('T') || /(Z|[+-]\d{2}:\d{2})$/.test(dt)) return dt;
  return dt + tz;
}
