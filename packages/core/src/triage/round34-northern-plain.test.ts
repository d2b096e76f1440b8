/**
 * Round 34 (dev34, once the held-out test31): an ordinary month in Shandong, Henan or Hebei, with
 * English in many voices. Phrases here are written for the tests, not taken from eval vignettes.
 */
import { describe, expect, it } from 'vitest';
import { dispo, present } from './triage-test-helpers.ts';

describe('emergencies found in round 34', () => {
  it('a leg gone cold and white below the knee, told after a comma', () => {
    expect(
      dispo("my mum's left leg went suddenly painful an hour ago, now it's cold and white below the knee", {
        ageYears: 70,
      }),
    ).toBe('emergency');
  });
  it('a headache for days, then vomiting and seeing two of everything', () => {
    expect(
      dispo('headache for 5 days, worse lying down, vomited twice today and I am seeing two of everything', {
        ageYears: 40,
      }),
    ).toBe('emergency');
  });
  it('a baby whose vomit turned dark green, told after a comma', () => {
    expect(
      dispo('my 4 month old keeps vomiting since lunch, the last two times it was dark green', {
        ageMonths: 4,
      }),
    ).toBe('emergency');
  });
  it('a handlebar into the right side, then belly pain and dizziness', () => {
    expect(
      dispo(
        'came off my bike and the handlebar went into my right side, now my belly hurts and I feel dizzy',
        {
          ageYears: 16,
        },
      ),
    ).toBe('emergency');
  });
  it('fainting while playing football, and a father who died suddenly', () => {
    expect(dispo('踢球的时候突然晕倒了 一会儿就醒了', { ageYears: 25 })).toBe('emergency');
    expect(dispo('fainted once last week, my father died suddenly at 45', { ageYears: 30 })).toBe(
      'emergency',
    );
  });
  it('pills put by with no more trouble to anyone', () => {
    expect(dispo('睡不着 想开点药 药我也囤了一些 以后就不用麻烦谁了', { ageYears: 50 })).toBe('emergency');
  });
  it('a pain score given as "9 from 10"', () => {
    expect(dispo('upper stomach pain 9 from 10 since last night, I keep vomiting', { ageYears: 46 })).toBe(
      'emergency',
    );
  });
  it('back pain running into the belly with a cold sweat at 70', () => {
    expect(dispo('腰疼连着疼到肚子 刚才出了一身冷汗', { ageYears: 70 })).toBe('emergency');
  });
  it('a finger crushed by a machine and hanging by skin, not a nail that came off', () => {
    expect(dispo('手指被机器压断了 只连着一点皮', { ageYears: 35 })).toBe('emergency');
    expect(dispo('手指甲掉了 不怎么疼', { ageYears: 35 })).not.toBe('emergency');
  });
});

describe('same-day rules reached in round 34', () => {
  it('a home INR check that "reads" 7.2', () => {
    expect(
      dispo('on warfarin, checked my INR at home this morning and it reads 7.2, no bleeding', {
        ageYears: 60,
      }),
    ).toBe('urgent');
  });
  it('a clinician who said to go to hospital today', () => {
    expect(dispo('社区医生看了化验单 让我们马上去大医院', { ageYears: 60 })).toBe('urgent');
    expect(
      dispo('the GP told us to go to the hospital today about her blood results', { ageYears: 60 }),
    ).toBe('urgent');
  });
  it('a fever with a rash after Vietnam is same-day, not the fever-and-rash emergency', () => {
    expect(
      dispo(
        'came back from Vietnam last week, fever 39.5 for three days, aching all over, now a rash on my legs',
        {
          ageYears: 30,
        },
      ),
    ).toBe('urgent');
  });
});

describe('over-triage removed in round 34', () => {
  it('a voice gone hoarse after singing is not slurred speech', () => {
    expect(dispo('唱了一晚上歌 嗓子哑了 说话费劲 不发烧', { ageYears: 26 })).not.toMatch(/emergency|urgent/);
  });
  it('a known panic episode told with its breathlessness', () => {
    expect(
      dispo('又恐慌发作了 突然心慌 喘不上气 几分钟就好了 心电图查过都正常', {
        ageYears: 25,
      }),
    ).not.toBe('emergency');
  });
  it('breathless on hurrying as before in known COPD', () => {
    expect(dispo('慢阻肺好几年了 走快了有点喘 跟以前差不多 想开药', { ageYears: 66 })).toBe('routine');
  });
});

describe('wording read in round 34', () => {
  it('is read as meant', () => {
    expect([...present('惊恐发作又来了 十几分钟后慢慢就好了')]).toEqual(
      expect.arrayContaining(['mental_distress', 'self_limiting']),
    );
    expect(present('一站起来眼前发黑')).not.toContain('vision_loss');
    expect(present('only breastfed, feeding well')).not.toContain('breast_symptom');
    expect(present('new food and drinking less water')).not.toContain('dehydration');
    expect(present("I'm fine sitting still")).not.toContain('at_rest');
    expect(present("haven't pooped much this week")).toContain('constipation');
    expect(present('右边腰眼疼')).not.toContain('eye_pain_red');
    expect(present('今天量了一下150/90')).toContain('blood_pressure');
    expect(present("the forehead on that side doesn't wrinkle")).toContain('forehead_weak');
  });
});
