/**
 * Round 43 (dev43, once the held-out test40): an ordinary month in Tianjin or a Hebei port town, with
 * English in many voices. Phrases here are written for the tests, not taken from eval vignettes.
 */
import { describe, expect, it } from 'vitest';
import { parseQuantities } from './parse-quantities.ts';
import { dispo, flags, present } from './triage-test-helpers.ts';

describe('emergencies found in round 43', () => {
  it('"male 50 years" is an age, not fifty years of chest pain', () => {
    expect(parseQuantities('Chinese male 50 years, chest pain for 40 minutes').durationHours).toBeLessThan(2);
    expect(
      dispo('our driver, male 50 years, chest feels like a heavy weight going up to his jaw, sweating', {
        ageYears: 50,
      }),
    ).toBe('emergency');
  });
  it('a period ten days late, one-sided pain and nearly fainting on standing', () => {
    expect(present('大姨妈晚了一个礼拜')).toContain('missed_period');
    expect(
      flags('大姨妈晚了一个礼拜 右下腹一阵阵疼 刚才站起来眼前一黑差点摔倒', { ageYears: 26, sex: 'F' }),
    ).toContain('missed_period_pain_and_faint');
  });
  it('an infected hand going purple with dark blisters and chills', () => {
    const text =
      'cut on a fish fin two days ago, now the hand is purple-ish with dark blisters and he has chills';
    expect(flags(text, { ageYears: 60 })).toContain('skin_infection_with_necrosis_signs');
    expect(present('the redness has spread past her knee')).toContain('spreading');
  });
  it('"about 20 of them", the pack named elsewhere', () => {
    expect(present('found the empty box, he says he swallowed around 15 of them last night')).toContain(
      'poisoning',
    );
  });
  it('crushed fingers, one almost off, bleeding through the bandage', () => {
    expect(present('his thumb got smashed in the door of the truck')).toContain('crush_trapped');
    expect(present('the tip is nearly off')).toContain('amputation');
    expect(present('still bleeding through the dressing')).toContain('heavy_bleeding');
  });
  it('a goodbye message', () => {
    expect(present('she posted a message in the class group saying goodbye')).toContain('suicidal');
    expect(present('she wrote us a note saying goodbye and sorry for everything')).toContain('suicidal');
  });
  it('magnetic balls swallowed', () => {
    expect(dispo('my 4 year old swallowed a few of the little magnetic beads', { ageYears: 4 })).toBe(
      'emergency',
    );
  });
});
