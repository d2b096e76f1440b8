import type { LabObservation } from '../labs/lab-observation.ts';
import type { Fact } from '../types/fact.ts';

/**
 * A lab-report row as a fact for fusion. The confidence is the weakest field's, so a value OCR was
 * unsure of stays marked; rows needing review keep status 'uncertain' (never silently trusted).
 */
export function labObservationToFact(o: LabObservation): Fact {
  const f: Fact = {
    kind: 'lab',
    display: o.display,
    value: o.value,
    status: o.needsReview ? 'uncertain' : 'present',
    evidence: o.evidence,
    confidence: Math.min(...Object.values(o.confidence)),
  };
  if (o.code) f.code = { system: o.code.system, code: o.code.code };
  if (o.unit) f.unit = o.unit;
  if (o.effective) f.effective = o.effective;
  const flag = o.flag.value;
  if (flag && flag !== 'N') f.severity = flag;
  return f;
}
