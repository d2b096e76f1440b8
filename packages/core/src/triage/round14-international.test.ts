/**
 * Round 14 (dev14, once the held-out test11): an international patient department — British,
 * Australian and American idiom, second-language English, travel. Phrases here are written for the
 * tests, not taken from eval vignettes.
 */
import { describe, expect, it } from 'vitest';
import { dispo, present } from './triage-test-helpers.ts';
import { parseQuantities } from './parse-quantities.ts';

describe('idiom read in round 14', () => {
  it('"I\'ve been sick" is vomiting; "been sick for a week" is not', () => {
    expect(present("I've been sick twice this morning").has('vomiting')).toBe(true);
    expect(present("I've been sick for a week with a cold").has('vomiting')).toBe(false);
  });
  it('"32 weeks with my first" is a pregnancy; a dodgy back is back pain', () => {
    expect(present('32 weeks with my first, feeling rough').has('pregnant')).toBe(true);
    expect(present('my dodgy back has flared up').has('back_pain')).toBe(true);
  });
  it('a past episode "5 years ago" does not date today\'s complaint', () => {
    expect(parseQuantities('had the same thing 5 years ago, since this morning bad pain').durationHours).toBe(
      4,
    );
  });
});

describe('emergencies found in round 14', () => {
  it('a snake that bit, told backwards; saddle numbness with a dodgy back', () => {
    expect(dispo('was bitten on my calf by some brown snake on the trail, swelling fast')).toBe('emergency');
    expect(dispo('bad back again, now numb between my legs and I wet myself', { ageYears: 45 })).toBe(
      'emergency',
    );
  });
  it('very high blood pressure at 34 weeks with my first', () => {
    expect(
      dispo('34 weeks with my first, splitting headache and flashing lights', {
        sex: 'F',
        ageYears: 30,
        vitals: { systolicBp: 166, diastolicBp: 112 },
      }),
    ).toBe('emergency');
  });
  it('warning signs after a dengue-like fever', () => {
    expect(dispo('had dengue fever last week, fever gone but now bad tummy pain and bleeding gums')).toBe(
      'emergency',
    );
  });
  it('cola-coloured wee after a hard workout; a strip of tablets swallowed', () => {
    expect(dispo('legs wrecked after a marathon and my wee has gone dark brown', { ageYears: 35 })).toBe(
      'emergency',
    );
    expect(dispo('她吃了一整板安眠药', { ageYears: 30 })).toBe('emergency');
  });
  it('bottom-right pain worse over bumps with fever and vomiting', () => {
    expect(
      dispo('pain moved to the bottom right, hurts when the car goes over bumps, temp 38.5, threw up', {
        ageYears: 25,
      }),
    ).toBe('emergency');
  });
});

describe('same-day rules found in round 14', () => {
  it('thumb-base pain after a fall on the hand; a potassium under 3; a yellow newborn', () => {
    expect(
      dispo('fell on my outstretched hand snowboarding, sore at the base of my thumb', { ageYears: 24 }),
    ).toBe('urgent');
    expect(dispo('血钾偏低，腿没劲', { vitals: { potassiumMmol: 2.8 } })).toBe('urgent');
    expect(dispo('宝宝出生第5天，脸和身上都黄了', { ageMonths: 0 })).toBe('urgent');
  });
  it('bruises nobody can explain with bleeding gums, but not after a knock', () => {
    expect(dispo('lots of bruises I do not remember getting and my gums bleed', { ageYears: 22 })).toBe(
      'urgent',
    );
    expect(dispo('bruising on my shin after I banged it, a bit sore', { ageYears: 22 })).not.toBe('urgent');
  });
});
