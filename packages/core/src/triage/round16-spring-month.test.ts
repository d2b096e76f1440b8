/**
 * Round 16 (dev16, once the held-out test13): an ordinary spring month at a county or city hospital.
 * Phrases here are written for the tests, not taken from eval vignettes.
 */
import { describe, expect, it } from 'vitest';
import { dispo, present } from './triage-test-helpers.ts';
import { findConcepts } from './find-concepts.ts';

describe('emergencies found in round 16', () => {
  it('a button battery told across a comma; a leg cold, white and pulseless', () => {
    expect(dispo('玩具里的纽扣电池不见了，可能吞了', { ageYears: 2 })).toBe('emergency');
    expect(dispo('左腿突然疼，脚发凉发白，摸不到脚背的脉搏', { ageYears: 70 })).toBe('emergency');
  });
  it('upper belly pain boring through to the back', () => {
    expect(dispo('喝完酒上腹疼得厉害，往后背窜，吐了几次', { ageYears: 45 })).toBe('emergency');
  });
  it('a negative worded mention is not denied again', () => {
    expect(
      findConcepts('belly swollen, vomiting, no poo and no gas for two days').present.has('obstipation'),
    ).toBe(true);
    expect(present('not drinking excessively').has('dehydration')).toBe(false);
    expect(present('he is not drinking at all').has('dehydration')).toBe(true);
  });
  it('the baby moved much less', () => {
    expect(
      dispo('31 weeks pregnant, the baby moved much less than usual today', { sex: 'F', ageYears: 29 }),
    ).toBe('emergency');
  });
});

describe('same-day rules found in round 16', () => {
  it('a strawberry tongue or sandpaper rash with a fever', () => {
    expect(dispo('发烧38.5，舌头像杨梅，身上起小红点摸着像砂纸', { ageYears: 6 })).toBe('urgent');
  });
  it('a flare of known colitis; a sore on the ball of a diabetic foot', () => {
    expect(dispo('I have Crohn’s, diarrhoea 6 times a day with blood this week', { ageYears: 30 })).toBe(
      'urgent',
    );
    expect(dispo('type 2 diabetic, sore on the ball of my foot oozing', { ageYears: 60 })).toBe('urgent');
  });
});
