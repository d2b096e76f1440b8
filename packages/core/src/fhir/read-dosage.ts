import type { Json } from './fhir-json.ts';
import { isObj, num, objs, readCodeable, str } from './fhir-json.ts';

export interface DosageInfo {
  dose?: number;
  unit?: string;
  frequency?: string;
  route?: string;
  text?: string;
}

// Timing.repeat frequency per day → the normalised codes the extractor emits (QD, BID …).
const PER_DAY: Record<number, string> = { 1: 'QD', 2: 'BID', 3: 'TID', 4: 'QID' };
// HL7 v3 GTSAbbreviation codes seen in Timing.code; passed through when already normalised.
const TIMING_CODES = new Set([
  'QD',
  'BID',
  'TID',
  'QID',
  'QHS',
  'QOD',
  'QW',
  'PRN',
  'Q4H',
  'Q6H',
  'Q8H',
  'Q12H',
  'AM',
  'PM',
]);
// SNOMED / HL7 route codes to the short route codes of the extractor.
const ROUTES: Record<string, string> = {
  '26643006': 'PO',
  '47625008': 'IV',
  '34206005': 'SC',
  '78421000': 'IM',
  '18679011000001101': 'INH',
  '6064005': 'TOP',
  PO: 'PO',
  IV: 'IV',
  SC: 'SC',
  IM: 'IM',
  INH: 'INH',
  TOP: 'TOP',
  oral: 'PO',
  口服: 'PO',
  静脉: 'IV',
  皮下: 'SC',
  吸入: 'INH',
};

/** Dose, frequency and route of the first Dosage (MedicationStatement.dosage / MedicationRequest.dosageInstruction). */
export function readDosage(dosages: unknown): DosageInfo {
  const d = objs(dosages)[0];
  if (!d) return {};
  const out: DosageInfo = {};
  const text = str(d.text);
  if (text) out.text = text;
  const dr = objs(d.doseAndRate)[0];
  const q = dr && isObj(dr.doseQuantity) ? dr.doseQuantity : undefined;
  if (q && num(q.value) !== undefined) {
    out.dose = num(q.value);
    const unit = str(q.unit) ?? str(q.code);
    if (unit) out.unit = unit;
  }
  const freq = readFrequency(d.timing);
  if (freq) out.frequency = freq;
  const routeCoded = readCodeable(d.route);
  const routeKey = routeCoded.code?.code ?? routeCoded.display?.en;
  if (routeKey && ROUTES[routeKey]) out.route = ROUTES[routeKey];
  if (d.asNeededBoolean === true && !out.frequency) out.frequency = 'PRN';
  return out;
}

function readFrequency(timing: unknown): string | undefined {
  if (!isObj(timing)) return undefined;
  const code = readCodeable(timing.code).code?.code?.toUpperCase();
  if (code && TIMING_CODES.has(code)) return code;
  const rep: Json | undefined = isObj(timing.repeat) ? timing.repeat : undefined;
  if (!rep) return undefined;
  const f = num(rep.frequency) ?? 1;
  const period = num(rep.period) ?? 1;
  const unit = str(rep.periodUnit);
  if (unit === 'd' && period === 1) return PER_DAY[f];
  if (unit === 'd' && period === 2 && f === 1) return 'QOD';
  if (unit === 'wk' && period === 1 && f === 1) return 'QW';
  if (unit === 'h' && f === 1) return `Q${period}H`;
  return undefined;
}
