/**
 * Objective indicators of 急诊预检分诊专家共识 2018 Table 1 (中华急诊医学杂志 2018;27(6):599-604), as
 * transcribed in clinical-rules.md §2.3 — [S]: two independent third-party encodings agree; the
 * primary table was not read. Numbers are used exactly as written there.
 *
 * Shared endpoints (HR 150 is in both "150–180" and "100–150") resolve to the MORE urgent level,
 * because the consensus grades "by the highest level met by any indicator".
 * The SpO2 rows say "with tachypnoea"; we apply them without requiring a respiratory rate, since a
 * low saturation alone must not be under-triaged and a phone user rarely knows their rate.
 */
import type { CnTriageLevel, Vitals } from './triage-types.ts';

export interface VitalBand {
  vital: keyof Vitals;
  level: CnTriageLevel;
  /** Inclusive bounds; undefined = open. */
  min?: number;
  max?: number;
  /** Strict bounds for "> x" / "< x" in the table. */
  above?: number;
  below?: number;
  text: string;
}

export const CN_VITAL_BANDS: readonly VitalBand[] = [
  // Level Ⅰ 急危
  { vital: 'heartRate', level: 1, above: 180, text: 'HR > 180 /min' },
  { vital: 'heartRate', level: 1, below: 40, text: 'HR < 40 /min' },
  { vital: 'systolicBp', level: 1, below: 70, text: 'SBP < 70 mmHg' },
  { vital: 'spo2', level: 1, below: 80, text: 'SpO2 < 80%' },
  { vital: 'temperatureC', level: 1, above: 41, text: 'axillary T > 41 °C' },
  { vital: 'glucoseMmol', level: 1, below: 3.33, text: 'POCT glucose < 3.33 mmol/L' },
  { vital: 'potassiumMmol', level: 1, above: 7.0, text: 'K+ > 7.0 mmol/L' },
  // Level Ⅱ 急重
  { vital: 'heartRate', level: 2, min: 150, max: 180, text: 'HR 150–180 /min' },
  { vital: 'heartRate', level: 2, min: 40, max: 50, text: 'HR 40–50 /min' },
  { vital: 'systolicBp', level: 2, above: 200, text: 'SBP > 200 mmHg' },
  { vital: 'systolicBp', level: 2, min: 70, max: 80, text: 'SBP 70–80 mmHg' },
  { vital: 'spo2', level: 2, min: 80, max: 90, text: 'SpO2 80–90%' },
  // Level Ⅲ 急症
  { vital: 'heartRate', level: 3, min: 100, max: 150, text: 'HR 100–150 /min' },
  { vital: 'heartRate', level: 3, min: 50, max: 55, text: 'HR 50–55 /min' },
  { vital: 'systolicBp', level: 3, min: 180, max: 200, text: 'SBP 180–200 mmHg' },
  { vital: 'systolicBp', level: 3, min: 80, max: 90, text: 'SBP 80–90 mmHg' },
  { vital: 'spo2', level: 3, min: 90, max: 94, text: 'SpO2 90–94%' },
];

/** Level Ⅰ also: an acute fall of 30–60 mmHg below the patient's usual systolic pressure. */
export const ACUTE_SBP_FALL_LEVEL1_MMHG = 30;
