/**
 * Round 15 (dev15, once the held-out test12): an ordinary fortnight across the whole hospital.
 * Phrases here are written for the tests, not taken from eval vignettes.
 */
import { describe, expect, it } from 'vitest';
import { dispo, present, run } from './triage-test-helpers.ts';
import { parseQuantities } from './parse-quantities.ts';

describe('emergencies found in round 15', () => {
  it('warning signs in hand, foot and mouth disease', () => {
    expect(dispo('手足口病第二天，孩子睡觉老是一惊一惊的', { ageYears: 3 })).toBe('emergency');
    expect(dispo('my son has hand foot and mouth, now very drowsy', { ageYears: 2 })).toBe('emergency');
  });
  it('stings with a general reaction or many stings; one itchy sting stays self-care', () => {
    expect(dispo('被马蜂蜇了，现在头晕心慌', { ageYears: 40 })).toBe('emergency');
    expect(dispo('got stung by wasps about 20 times on my arms', { ageYears: 30 })).toBe('emergency');
    expect(dispo('stung by a bee on my hand, a bit itchy', { ageYears: 30 })).toBe('self_care');
  });
  it('bleeding through towels; a cold, pale, numb leg; eyes rolling up', () => {
    expect(dispo('cut my arm, bleeding through two towels', { ageYears: 30 })).toBe('emergency');
    expect(dispo('my left leg suddenly went painful, cold and pale, toes numb', { ageYears: 70 })).toBe(
      'emergency',
    );
    expect(present('宝宝两眼上翻').has('seizure')).toBe(true);
  });
  it('a child who inhaled water in the pool and now coughs', () => {
    expect(dispo('孩子在游泳池呛了水，现在一直咳', { ageYears: 6 })).toBe('emergency');
  });
  it('"宝宝8个月" is an age, not how long the complaint has lasted', () => {
    expect(parseQuantities('宝宝8个月，今天发烧').durationHours).not.toBe(8 * 720);
    expect(parseQuantities('咳嗽3个月了').durationHours).toBe(3 * 720);
  });
});

describe('same-day rules and wording found in round 15', () => {
  it('a belly getting bigger in cirrhosis', () => {
    expect(dispo('有肝硬化，这几天肚子越来越大', { ageYears: 60 })).toBe('urgent');
  });
  it('Cantonese diarrhoea, a yellow month-old, grandiose plans', () => {
    expect(present('今朝开始肚屙').has('diarrhoea')).toBe(true);
    expect(dispo('宝宝满月了，脸还是黄黄的', { ageMonths: 1 })).toBe('urgent');
    expect(run('我哥最近不睡觉，说自己要干大事业', { ageYears: 25 }).departments[0]?.code).toBe('psychiatry');
  });
});
