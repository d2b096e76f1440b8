/**
 * Physiologically possible ranges of vital signs in an awake outpatient (adults and children). A
 * value outside is almost always a transcription, unit or ASR error, not a clinical state, so it is
 * shown to the doctor as implausible. These are NOT clinical thresholds (see triage/cn-vital-thresholds).
 * Source: written for Yizhu from physiological limits (survivable extremes), rounded outward.
 * Status: project-authored, pending clinical review (uncertain at the edges by design).
 */
export interface VitalRange {
  loinc: string;
  name: { zh: string; en: string };
  unit: string;
  min: number;
  max: number;
}

export const VITAL_PLAUSIBILITY: readonly VitalRange[] = [
  { loinc: '8310-5', name: { zh: '体温', en: 'Body temperature' }, unit: 'Cel', min: 30, max: 44 },
  { loinc: '8867-4', name: { zh: '心率', en: 'Heart rate' }, unit: '/min', min: 20, max: 250 },
  { loinc: '9279-1', name: { zh: '呼吸', en: 'Respiratory rate' }, unit: '/min', min: 4, max: 80 },
  { loinc: '59408-5', name: { zh: '血氧饱和度', en: 'SpO2' }, unit: '%', min: 50, max: 100 },
  { loinc: '2708-6', name: { zh: '血氧饱和度', en: 'SpO2' }, unit: '%', min: 50, max: 100 },
  { loinc: '29463-7', name: { zh: '体重', en: 'Body weight' }, unit: 'kg', min: 0.5, max: 350 },
  { loinc: '8302-2', name: { zh: '身高', en: 'Body height' }, unit: 'cm', min: 30, max: 250 },
];

/** Blood pressure (LOINC 85354-9, "systolic/diastolic" mmHg): each part and their order. */
export const BP_PLAUSIBILITY = {
  loinc: '85354-9',
  systolic: { min: 50, max: 300 },
  diastolic: { min: 20, max: 200 },
};
