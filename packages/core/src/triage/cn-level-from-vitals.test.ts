import { describe, expect, it } from 'vitest';
import { cnLevelFromVitals, hasAnyVital } from './cn-level-from-vitals.ts';
import type { CnTriageLevel, Vitals } from './triage-types.ts';

// Vectors derived from 急诊预检分诊专家共识 2018 Table 1 as written in clinical-rules.md §2.3 (the spec
// gives thresholds, not worked vectors): each band edge on both sides. Shared endpoints resolve to
// the more urgent level.
const VECTORS: [Vitals, CnTriageLevel][] = [
  [{ heartRate: 181 }, 1],
  [{ heartRate: 180 }, 2],
  [{ heartRate: 150 }, 2],
  [{ heartRate: 149 }, 3],
  [{ heartRate: 100 }, 3],
  [{ heartRate: 99 }, 4],
  [{ heartRate: 56 }, 4],
  [{ heartRate: 55 }, 3],
  [{ heartRate: 51 }, 3],
  [{ heartRate: 50 }, 2],
  [{ heartRate: 40 }, 2],
  [{ heartRate: 39 }, 1],
  [{ systolicBp: 69 }, 1],
  [{ systolicBp: 70 }, 2],
  [{ systolicBp: 80 }, 2],
  [{ systolicBp: 81 }, 3],
  [{ systolicBp: 90 }, 3],
  [{ systolicBp: 91 }, 4],
  [{ systolicBp: 179 }, 4],
  [{ systolicBp: 180 }, 3],
  [{ systolicBp: 200 }, 3],
  [{ systolicBp: 201 }, 2],
  [{ systolicBp: 110, usualSystolicBp: 140 }, 1], // acute fall of 30 below usual
  [{ systolicBp: 115, usualSystolicBp: 140 }, 4],
  [{ spo2: 79 }, 1],
  [{ spo2: 80 }, 2],
  [{ spo2: 90 }, 2],
  [{ spo2: 91 }, 3],
  [{ spo2: 94 }, 3],
  [{ spo2: 95 }, 4],
  [{ temperatureC: 41.1 }, 1],
  [{ temperatureC: 41 }, 4],
  [{ glucoseMmol: 3.3 }, 1],
  [{ glucoseMmol: 3.33 }, 4],
  [{ potassiumMmol: 7.1 }, 1],
  [{ potassiumMmol: 7.0 }, 4],
  [{ heartRate: 80, systolicBp: 120, spo2: 98, temperatureC: 36.8 }, 4],
  [{ heartRate: 120, spo2: 85 }, 2], // the most urgent indicator wins
];

describe('cnLevelFromVitals (clinical-rules.md §2.3 thresholds)', () => {
  it.each(VECTORS)('%j → level %i', (vitals, level) => {
    expect(cnLevelFromVitals(vitals).level).toBe(level);
  });

  it('names the band that decided the level', () => {
    expect(cnLevelFromVitals({ heartRate: 190 }).reasons).toEqual(['HR > 180 /min']);
  });

  it('knows when no vital sign was given', () => {
    expect(hasAnyVital({})).toBe(false);
    expect(hasAnyVital({ spo2: Number.NaN })).toBe(false);
    expect(hasAnyVital({ spo2: 97 })).toBe(true);
  });
});
