/**
 * Round 17 (dev17, once the held-out test14): an ordinary autumn month at a city hospital.
 * Phrases here are written for the tests, not taken from eval vignettes.
 */
import { describe, expect, it } from 'vitest';
import { dispo, flags, present } from './triage-test-helpers.ts';

describe('emergencies found in round 17', () => {
  it('a rope bought and a time set, written without apostrophes', () => {
    expect(dispo('cant sleep, i got a rope in the garage', { ageYears: 40 })).toBe('emergency');
    expect(dispo('everything is pointless, I have decided to do it tonight', { ageYears: 40 })).toBe(
      'emergency',
    );
    expect(dispo('honestly i dont see the point any more', { ageYears: 40 })).toBe('emergency');
  });
  it('green vomit in a child, not in an adult alone', () => {
    expect(flags('2 week old keeps being sick and it is dark green', { ageMonths: 0 })).toContain(
      'green_vomit_in_child',
    );
    expect(dispo('孩子5岁，今天吐了三次，吐出来是黄绿色的水', { ageYears: 5 })).toBe('emergency');
    expect(flags('threw up green stuff after a night out', { ageYears: 30 })).not.toContain(
      'green_vomit_in_child',
    );
  });
  it('a calf gone cold and pale with no pulse felt', () => {
    expect(
      dispo(
        'in AF, this afternoon sudden pain in my right calf, the calf is cold and white, cannot find a pulse',
        {
          ageYears: 70,
        },
      ),
    ).toBe('emergency');
  });
  it('a fall, then a leg that seems turned out and shorter', () => {
    expect(dispo('奶奶在厨房摔了，左边大腿根疼，左腿好像外旋了，比右边短了一截', { ageYears: 80 })).toBe(
      'emergency',
    );
  });
  it('an unsettled stomach with a cold sweat in a diabetic', () => {
    expect(dispo('糖尿病好多年，今天晚饭后胃不太舒服，心口说不出的难受，出冷汗', { ageYears: 60 })).toBe(
      'emergency',
    );
  });
});

describe('reading fixed in round 17', () => {
  it('"didn’t" denies what follows, like "did not"', () => {
    expect(present('he tripped but didn’t hit his head').has('head_injury')).toBe(false);
    expect(present('he tripped and hit his head').has('head_injury')).toBe(true);
  });
  it('"am I having a heart attack?" is a worry, not a history', () => {
    expect(present('is this a heart attack?').has('cardiac_history')).toBe(false);
    expect(present('had a heart attack in 2019').has('cardiac_history')).toBe(true);
  });
  it('kept awake by an itch is not a sleep problem', () => {
    expect(present('腿上痒得睡不着').has('mental_distress')).toBe(false);
    expect(present('最近老是睡不着').has('mental_distress')).toBe(true);
  });
});

describe('same-day rules reached in round 17', () => {
  it('one ear suddenly hard of hearing; a sudden red swollen big toe', () => {
    expect(dispo('since this morning I can hardly hear out of my left ear', { ageYears: 45 })).toBe('urgent');
    expect(dispo('大脚趾根今天早上突然红肿，疼得不敢走', { ageYears: 52 })).toBe('urgent');
  });
  it('pain after an extraction that painkillers barely help', () => {
    expect(dispo('tooth out on Monday, now painkillers barely help', { ageYears: 30 })).toBe('urgent');
  });
  it('a toddler with diarrhoea passing less urine than usual', () => {
    expect(dispo('儿子3岁，拉稀两天，小便比平时少', { ageYears: 3 })).toBe('urgent');
  });
});

describe('departments and self-care in round 17', () => {
  it('points to the specialty the words name', () => {
    expect(present('a hard lump in my left testicle').has('testicular_lump')).toBe(true);
    expect(present('肛门边上起了个包').has('anal_pain')).toBe(true);
    expect(present('eyes feel gritty').has('eye_pain_red')).toBe(true);
    expect(present('眼睛总是干涩').has('eye_pain_red')).toBe(true);
    expect(present('ultrasound said fatty liver').has('liver_test_abnormal')).toBe(true);
    expect(present('ALT 25, normal').has('liver_test_abnormal')).toBe(false);
    expect(present('报告说有个脑膜瘤').has('head_mass_found')).toBe(true);
    expect(present('手放着不动的时候抖').has('tremor')).toBe(true);
    expect(present('mum keeps asking the same questions').has('memory_decline')).toBe(true);
  });
  it('a stopped nosebleed is self-care even though it started suddenly', () => {
    expect(dispo('鼻子突然出血，捏了十分钟止住了', { ageYears: 9 })).toBe('self_care');
  });
  it('a report that says to follow up is never self-care', () => {
    expect(dispo('mild headache like my usual ones', { ageYears: 30 })).toBe('self_care');
    expect(
      dispo('mild headache like my usual ones, the MRI report says follow up with a specialist', {
        ageYears: 30,
      }),
    ).toBe('routine');
  });
});
