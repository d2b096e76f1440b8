/**
 * Round 20 (dev20, once the held-out test17): a late-winter month at a city district hospital.
 * Phrases here are written for the tests, not taken from eval vignettes.
 */
import { describe, expect, it } from 'vitest';
import { dispo, present } from './triage-test-helpers.ts';

describe('emergencies found in round 20', () => {
  it('a late period with one-sided lower belly pain and feeling faint', () => {
    expect(
      dispo('例假一向准，这回推迟了一周，肚子下面左边一阵一阵地疼，站起来眼前发黑', {
        ageYears: 26,
        sex: 'F',
      }),
    ).toBe('emergency');
  });
  it('tarry stools with a near-faint after weeks of painkillers', () => {
    expect(dispo('吃止痛片吃了一个多月，今天拉柏油样黑便，刚才差点晕倒', { ageYears: 60 })).toBe('emergency');
  });
  it('all the sleeping pills that were left, taken at once', () => {
    expect(dispo('睡不着，把剩下的安定全吃了', { ageYears: 40 })).toBe('emergency');
  });
});

describe('same-day rules reached in round 20', () => {
  it('new beliefs of being watched, told by a parent', () => {
    expect(dispo('女儿这几天说家里被人监控了，不敢出门', { ageYears: 20 })).toBe('urgent');
  });
  it('a red swollen eyelid with a fever in a child', () => {
    expect(dispo('his left eyelid is red and swollen and he has a fever of 38.6', { ageYears: 6 })).toBe(
      'urgent',
    );
  });
  it('a passive wish not to wake up is read as a thought of suicide', () => {
    expect(present('some days it would be easier not to wake up').has('suicidal')).toBe(true);
  });
});

describe('departments found in round 20', () => {
  it('points to the specialty the words name', () => {
    expect(present('夜里起来尿三次，尿得很慢').has('urinary_frequency')).toBe(true);
    expect(present('fingers turn white then blue when it is cold').has('cold_colour_change_fingers')).toBe(
      true,
    );
    expect(present('I worry all the time about everything').has('mental_distress')).toBe(true);
    expect(present('pain at the front of the kneecap').has('joint_msk_pain')).toBe(true);
    expect(present('下嘴唇里面长了个小泡').has('dental')).toBe(true);
    expect(present('肛门右边长了个包').has('anal_pain')).toBe(true);
  });
});
