/**
 * Grades vital signs on China's four-level ED scale. Pure; returns level 4 with no reasons when every
 * given value is outside the abnormal bands ("stable vitals").
 */
import { ACUTE_SBP_FALL_LEVEL1_MMHG, CN_VITAL_BANDS, type VitalBand } from './cn-vital-thresholds.data.ts';
import type { CnTriageLevel, Vitals } from './triage-types.ts';

export interface VitalGrade {
  level: CnTriageLevel;
  reasons: string[]; // band texts that matched at the chosen level
}

const inBand = (b: VitalBand, v: number) =>
  (b.min === undefined || v >= b.min) &&
  (b.max === undefined || v <= b.max) &&
  (b.above === undefined || v > b.above) &&
  (b.below === undefined || v < b.below);

export function hasAnyVital(v: Vitals | undefined): boolean {
  return !!v && Object.values(v).some((x) => typeof x === 'number' && Number.isFinite(x));
}

export function cnLevelFromVitals(vitals: Vitals): VitalGrade {
  let level: CnTriageLevel = 4;
  let reasons: string[] = [];
  const consider = (l: CnTriageLevel, text: string) => {
    if (l < level) {
      level = l;
      reasons = [text];
    } else if (l === level && l < 4) reasons.push(text);
  };
  for (const band of CN_VITAL_BANDS) {
    const v = vitals[band.vital];
    if (typeof v === 'number' && Number.isFinite(v) && inBand(band, v)) consider(band.level, band.text);
  }
  const { systolicBp, usualSystolicBp } = vitals;
  if (
    systolicBp !== undefined &&
    usualSystolicBp !== undefined &&
    usualSystolicBp - systolicBp >= ACUTE_SBP_FALL_LEVEL1_MMHG
  ) {
    consider(1, `SBP fall ≥ ${ACUTE_SBP_FALL_LEVEL1_MMHG} mmHg below usual`);
  }
  return { level, reasons };
}
