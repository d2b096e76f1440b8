/**
 * Round 21 (dev21, once the held-out test18): a spring fortnight at a township health centre and its
 * county hospital. Phrases here are written for the tests, not taken from eval vignettes.
 */
import { describe, expect, it } from 'vitest';
import { dispo, present } from './triage-test-helpers.ts';

describe('emergencies found in round 21', () => {
  it('an older person suddenly talking nonsense', () => {
    expect(dispo('奶奶今天说话前言不搭后语，还说去世的爷爷回来了', { ageYears: 85 })).toBe('emergency');
  });
  it('sick after spraying an organophosphate', () => {
    expect(dispo('在地里打了氧乐果，回来就吐，出汗，流口水', { ageYears: 50 })).toBe('emergency');
  });
  it('a hand in a machine and a fingertip hanging off', () => {
    expect(
      dispo('my glove got caught in the roller and the tip of my thumb is hanging off', { ageYears: 40 }),
    ).toBe('emergency');
    expect(dispo('手被卷进传送带里了，食指断了', { ageYears: 40 })).toBe('emergency');
  });
});

describe('same-day rules reached in round 21', () => {
  it('a big toe suddenly swollen and red', () => {
    expect(dispo('半夜大脚趾突然肿得通红，碰都不能碰', { ageYears: 50 })).toBe('urgent');
  });
  it('unable to keep fluids down in early pregnancy, passing little urine', () => {
    expect(
      dispo('10 weeks pregnant, have not kept anything down since last night, weeing very little', {
        ageYears: 29,
        sex: 'F',
      }),
    ).toBe('urgent');
  });
  it('skin and eyes gone yellow', () => {
    expect(present('her eyes and skin went yellow this week').has('jaundice')).toBe(true);
  });
});

describe('reading fixed in round 21', () => {
  it('a cut from a sickle is not sickle cell disease', () => {
    expect(present('手被镰刀划了个小口子').has('sickle_cell')).toBe(false);
    expect(present('我有镰状细胞贫血').has('sickle_cell')).toBe(true);
  });
  it('a strained back and a small cut are self-care', () => {
    expect(dispo('搬箱子闪了腰，弯腰的时候疼，腿不麻', { ageYears: 40 })).toBe('self_care');
    expect(dispo('nicked my finger with a knife, small cut, stopped bleeding', { ageYears: 30 })).toBe(
      'self_care',
    );
  });
  it('points to the specialty the words name', () => {
    expect(present('这几天都没怎么解大便').has('constipation')).toBe(true);
    expect(present('看东西像隔着一层雾').has('blurred_vision')).toBe(true);
    expect(present('耳朵一直闷闷的').has('ear_symptom')).toBe(true);
    expect(present('her hands have been shaking').has('tremor')).toBe(true);
    expect(present('PSA 5.2 at my check-up').has('psa_result')).toBe(true);
  });
});
