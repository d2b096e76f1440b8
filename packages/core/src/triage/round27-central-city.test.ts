/**
 * Round 27 (dev27, once the held-out test24): a late-autumn month at a city hospital in central China.
 * Phrases here are written for the tests, not taken from eval vignettes.
 */
import { describe, expect, it } from 'vitest';
import { dispo, flags, present } from './triage-test-helpers.ts';

describe('emergencies found in round 27', () => {
  it('a low blood pressure with little urine or dizziness on standing', () => {
    expect(
      flags('这两天几乎没怎么尿，一站起来就眼前发黑，血压80/50', {
        ageYears: 50,
        vitals: { systolicBp: 80 },
      }),
    ).toContain('low_blood_pressure_with_shock_signs');
    // A low reading alone in someone well is not shock.
    expect(flags('血压一直偏低，90/60左右，没什么不舒服', { ageYears: 25 })).not.toContain(
      'low_blood_pressure_with_shock_signs',
    );
  });
  it('a child who can only get out one or two words', () => {
    expect(
      dispo('my son has asthma, the inhaler is not helping and he can only say 2 words at a time', {
        ageYears: 8,
      }),
    ).toBe('emergency');
  });
  it('a cupful of blood coughed up with dizziness', () => {
    expect(
      dispo('coughing up bright red blood, nearly a cup of it this evening, and I feel faint and dizzy', {
        ageYears: 40,
      }),
    ).toBe('emergency');
  });
  it('a heavy, tight feeling in the middle of the chest on the stairs', () => {
    expect(present('a heavy tight sensation in the middle of my chest').has('chest_pain')).toBe(true);
  });
});

describe('same-day rules reached in round 27', () => {
  it('an ear that went dull overnight', () => {
    expect(dispo('今天早上醒来左耳突然听不太清楚了，还有点嗡嗡响', { ageYears: 50 })).toBe('urgent');
  });
  it('redness that has crept up to the knee', () => {
    expect(dispo('小腿红肿了一片，摸着发烫，两天就快到膝盖了', { ageYears: 55 })).toBe('urgent');
  });
  it('a pop at the back of the ankle and no tiptoe', () => {
    expect(
      dispo('playing squash I felt a snap in my heel and now I cannot stand on tiptoe on that side', {
        ageYears: 40,
      }),
    ).toBe('urgent');
  });
  it('blotches in a band at 66', () => {
    expect(
      dispo('a band of red blotches with tiny blisters on my left side since this morning', { ageYears: 66 }),
    ).toBe('urgent');
  });
});

describe('what round 27 no longer over-reads', () => {
  it('"I don\'t have …" denies what it names, and only that', () => {
    expect(present("I don't have a temperature or a rash").has('rash')).toBe(true);
    expect(present('I do not have chest pain').has('chest_pain')).toBe(false);
    expect(present("she doesn't have a cough").has('cough')).toBe(false);
    expect(
      dispo("feeling low for weeks, but I don't have any thoughts of harming myself", { ageYears: 30 }),
    ).not.toBe('emergency');
    // A denied "have" does not reach past its object.
    expect(present("I do not have my inhaler with me and I'm wheezing").has('wheeze')).toBe(true);
  });
  it('"can\'t stand on tiptoe" is not "cannot bear weight"; "fell asleep" is not a fall', () => {
    expect(present("can't stand on my toes on the right").has('deformity')).toBe(false);
    expect(present('he nearly fell asleep at the wheel').has('injury')).toBe(false);
  });
  it('holding the breath for hiccups is not breathlessness; "吃奶少了点" is not a danger sign', () => {
    expect(present('打嗝停不下来，喝水憋气都试过了').has('dyspnea')).toBe(false);
    expect(present('宝宝吃奶少了一点，精神挺好').has('infant_danger_signs')).toBe(false);
  });
  it('low counts from heavy periods are a routine visit', () => {
    expect(dispo('月经量一直很多，有血块，体检查出来贫血，最近有点累', { ageYears: 40, sex: 'F' })).toBe(
      'routine',
    );
  });
});

describe('self-care reached in round 27', () => {
  it('a faint at the sight of the needle, fully recovered', () => {
    expect(
      dispo(
        'I passed out for a moment when I saw the needle at my blood test, came round straight away and feel fine now',
        {
          ageYears: 22,
        },
      ),
    ).toBe('self_care');
    // The same faint during exercise is not.
    expect(dispo('I passed out while running, came round straight away', { ageYears: 22 })).not.toBe(
      'self_care',
    );
  });
  it('morning sickness in early pregnancy with food and water kept down', () => {
    expect(dispo('怀孕8周，早上会恶心吐一两口，饭都能吃，水也能喝', { ageYears: 29, sex: 'F' })).toBe(
      'self_care',
    );
  });
  it('an Ottawa-negative sprain told in Chinese, sore legs after squats', () => {
    expect(dispo('下楼崴了脚，外侧肿了一点，能自己走路，按骨头不疼', { ageYears: 25 })).toBe('self_care');
    expect(dispo('did lots of squats yesterday, my thighs are really sore today', { ageYears: 30 })).toBe(
      'self_care',
    );
  });
});
