/**
 * Round 44 (dev44, once the held-out test41): an ordinary month in Hunan or Hubei, with English in many
 * voices. Phrases here are written for the tests, not taken from eval vignettes.
 */
import { describe, expect, it } from 'vitest';
import { dispo, flags, present } from './triage-test-helpers.ts';

describe('emergencies found in round 44', () => {
  it('twenty-odd tablets told with 多 before the measure word', () => {
    expect(present('昨晚一下子吃了20多片布洛芬')).toContain('poisoning');
  });
  it('a toddler at an open pill box with two or three pills missing', () => {
    expect(present("grandpa's heart pills are in that box and we think 2 or 3 were missing")).toContain(
      'poisoning',
    );
    expect(dispo('found him sitting with the pill box open', { ageYears: 2 })).toBe('emergency');
  });
  it('hearing voices and no need for sleep two weeks after a birth', () => {
    const text = 'she had the baby two weeks ago, now she says she hears voices and does not need sleep';
    expect(present(text)).toContain('psychotic_features');
    expect(flags(text, { ageYears: 30, sex: 'F' })).toContain('voices_or_no_sleep_after_birth');
    expect(present('生完孩子半个月 她说听到有个声音叫她 说孩子不是我们的')).toContain('psychotic_features');
  });
});

describe('same-day readings of round 44', () => {
  it('wok oil splashed on an arm is a burn', () => {
    expect(present('frying oil spattered onto my wrist at work')).toContain('burn');
  });
  it('a sore under a diabetic big toe with redness creeping onto the foot', () => {
    expect(present('a sore on the bottom of my left big toe')).toContain('foot_wound');
    expect(present('the redness is creeping onto the top of my foot')).toContain('spreading');
  });
});
