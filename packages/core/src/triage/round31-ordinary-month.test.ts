/**
 * Round 31 (dev31, once the held-out test28): an ordinary month in a mid-sized northern or central
 * city. Phrases here are written for the tests, not taken from eval vignettes.
 */
import { describe, expect, it } from 'vitest';
import { dispo } from './triage-test-helpers.ts';

describe('emergencies found in round 31', () => {
  it('a sudden board-hard belly in someone with an ulcer for years', () => {
    expect(dispo('胃溃疡好几年了 吃完饭突然上腹像刀割一样 肚子硬邦邦的 不敢动', { ageYears: 50 })).toBe(
      'emergency',
    );
  });
  it('hand and foot of one side numb and weak, named one by one', () => {
    expect(dispo('早上起来右手右脚发麻 走路往一边偏 估计是颈椎病', { ageYears: 60 })).toBe('emergency');
  });
  it('a sore testicle told as 蛋蛋 with words between', () => {
    expect(dispo('儿子14岁，右边蛋蛋从中午踢完球就开始疼，还想吐', { ageYears: 14, sex: 'M' })).toBe(
      'emergency',
    );
  });
  it('a toddler who drank from a bottle of cleaner', () => {
    expect(
      dispo('my son (3) drank from a bottle in the bathroom, we think it was toilet cleaner', {
        ageYears: 3,
      }),
    ).toBe('emergency');
  });
});

describe('same-day rules reached in round 31', () => {
  it('a fasting sugar in the high teens without the word 血糖', () => {
    expect(dispo('糖尿病，早上空腹测了19.2，人还行', { ageYears: 60 })).toBe('urgent');
  });
  it('a dog that nipped, a sore under the toe that spreads', () => {
    expect(dispo("a dog on the street nipped my calf, it's only a small scratch", { ageYears: 25 })).toBe(
      'urgent',
    );
    expect(
      dispo('diabetic, a sore under my left big toe and now the redness is spreading up the foot', {
        ageYears: 60,
      }),
    ).toBe('urgent');
  });
});
