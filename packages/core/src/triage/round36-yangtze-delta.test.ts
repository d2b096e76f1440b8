/**
 * Round 36 (dev36, once the held-out test33): an ordinary month in Jiangsu, Anhui or Shanghai's
 * suburbs, with English in many voices. Phrases here are written for the tests, not taken from eval
 * vignettes.
 */
import { describe, expect, it } from 'vitest';
import { dispo, present } from './triage-test-helpers.ts';

describe('emergencies found in round 36', () => {
  it('a soup pot pulled over a toddler, blisters over the belly', () => {
    expect(dispo('孩子把灶台上的汤锅拽翻了 肚子上一大片都起了大水泡', { ageYears: 2 })).toBe('emergency');
  });
  it('a numb bottom and dribbling while full, with a bad back', () => {
    expect(
      dispo(
        'my back has been bad for a week, now my bottom feels numb and I only dribble even though I feel full',
        {
          ageYears: 45,
        },
      ),
    ).toBe('emergency');
  });
  it('thinking about the bridge', () => {
    expect(
      dispo('everything is too much lately, I keep thinking about the bridge near campus', { ageYears: 20 }),
    ).toBe('emergency');
  });
  it('lips a little swollen and a throat a bit tight after a new antibiotic', () => {
    expect(
      dispo('after the new antibiotic my lips are a little swollen and my throat feels a bit tight', {
        ageYears: 30,
      }),
    ).toBe('emergency');
  });
  it('ammonia in the eye', () => {
    expect(
      dispo('some ammonia from the cleaning bucket got into her left eye, it stings', { ageYears: 50 }),
    ).toBe('emergency');
  });
});

describe('same-day rules reached in round 36', () => {
  it('one leg thicker than the other after an operation, the calf sore when pressed', () => {
    expect(
      dispo('做完手术一个月 这几天左腿从膝盖一直到脚踝都比右边粗了一圈 小腿肚子按着疼', { ageYears: 60 }),
    ).toBe('urgent');
  });
  it('an old asthma waking at night again', () => {
    expect(dispo('哮喘老毛病了 这几天晚上喘醒好几次 白天还行', { ageYears: 30 })).toBe('urgent');
  });
  it('a growing lump beside the buttock with a fever', () => {
    expect(dispo('屁股旁边起了个包 越来越大 坐不下 今天发烧了', { ageYears: 30 })).toBe('urgent');
  });
});

describe('self-care reached in round 36', () => {
  it('a faint after a blood test, fully recovered', () => {
    expect(dispo('体检抽血 抽完一站起来眼前一黑就晕倒了 几秒钟就醒了 现在没事', { ageYears: 25 })).toBe(
      'self_care',
    );
  });
  it('travel sickness before a long coach trip', () => {
    expect(dispo('下个月坐长途车回老家 我晕车 一路上都会吐 能开点药吗', { ageYears: 35 })).toBe('self_care');
  });
  it('red urine and stool after red dragon fruit, nothing else wrong', () => {
    expect(dispo('昨天吃了红心火龙果 今天小便和大便都是红的 人没有不舒服', { ageYears: 30 })).toBe(
      'self_care',
    );
  });
});

describe('wording read in round 36', () => {
  it('is read as meant', () => {
    expect(present("I can't fall asleep before 4am")).not.toContain('injury');
    expect(present('small cut, not deep, edges together, do I need stitches?')).not.toContain('deep_wound');
    expect(present("he chewed one of the 'do not eat' packets from the shoe box")).toContain(
      'nontoxic_ingestion',
    );
    expect(present('my back has been bad for weeks')).toContain('back_pain');
  });
});
