import type { LabObservation, QualitativeValue } from '../labs/lab-observation.ts';
import type { Bilingual } from '../types/evidence.ts';
import { labDirection, labName, labRangeText } from './explain-lab-report.ts';
import { QUALITATIVE_WORDS } from './lab-explain-wording-data.ts';

/** One result of a report as the patient's page lists it beside the approved explanation. */
export interface PatientLabResult {
  name: Bilingual;
  /** Null when the doctor will check the value: the same results the explanation does not explain. */
  value: Bilingual | null;
  unit: string | null;
  range: Bilingual | null;
  flag: 'high' | 'low' | 'abnormal' | 'normal' | null;
  toCheck: boolean;
}

/**
 * The report's results for the patient, by the explanation's own rule: a doubtful read (marked for
 * review, a flag conflict, no flag, an unreadable value) is listed as "your doctor will check" with
 * no number, so the table never shows what the explanation deliberately withholds.
 */
export function patientLabResults(observations: readonly LabObservation[]): PatientLabResult[] {
  return observations.map((o) => {
    const name = { zh: labName(o, 'zh'), en: labName(o, 'en') };
    const value: Bilingual | null =
      typeof o.value === 'number'
        ? { zh: `${o.comparator ?? ''}${o.value}`, en: `${o.comparator ?? ''}${o.value}` }
        : o.value in QUALITATIVE_WORDS
          ? QUALITATIVE_WORDS[o.value as QualitativeValue]
          : null;
    const zhRange = labRangeText(o.referenceRange, o, 'zh');
    const enRange = labRangeText(o.referenceRange, o, 'en');
    const dir = labDirection(o);
    const toCheck =
      o.needsReview ||
      o.flagConflict ||
      o.flag.value === undefined ||
      value === null ||
      (dir !== null && !(zhRange && enRange));
    if (toCheck) return { name, value: null, unit: null, range: null, flag: null, toCheck };
    return {
      name,
      value,
      unit: typeof o.value === 'number' ? (o.unit ?? null) : null,
      range: zhRange && enRange ? { zh: zhRange, en: enRange } : null,
      flag: dir ?? 'normal',
      toCheck,
    };
  });
}
