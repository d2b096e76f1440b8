/**
 * Round 12 (dev12, once the held-out test9): a maternal and child health hospital — pregnancy, the
 * weeks after birth, children of every age, folk explanations. Phrases here are written for the
 * tests, not taken from eval vignettes.
 */
import { describe, expect, it } from 'vitest';
import { dispo, present } from './triage-test-helpers.ts';

describe('emergencies found in round 12', () => {
  it('yellow eyes with fever and shivers', () => {
    expect(dispo('右上腹疼，发烧寒战，眼睛发黄', { ageYears: 50 })).toBe('emergency');
  });
  it('voices or strange beliefs in the weeks after birth', () => {
    expect(
      dispo('gave birth 2 weeks ago, now she hears voices and thinks the nurses poisoned her milk'),
    ).toBe('emergency');
  });
  it('fever and shivering in pregnancy or after birth with a source', () => {
    expect(dispo('怀孕20周，发烧寒战，右边腰疼', { sex: 'F', ageYears: 28 })).toBe('emergency');
    expect(dispo('剖宫产后第6天，发冷发抖，小肚子疼', { sex: 'F', ageYears: 32 })).toBe('emergency');
  });
  it('pregnancy told as 怀的是双胞胎, tightenings told in bouts', () => {
    expect(present('我怀的是双胞胎').has('pregnant')).toBe(true);
    expect(dispo('怀的是双胞胎，肚子一阵一阵发紧', { sex: 'F', ageYears: 31 })).toBe('emergency');
  });
  it('a head injury in plain words: landed head first, hit the back of the head', () => {
    expect(present('从床上摔下来头先着地').has('head_injury')).toBe(true);
    expect(
      dispo('on apixaban, hit the back of her head on a cupboard, now a headache', { ageYears: 80 }),
    ).toBe('emergency');
  });
  it('jam-like stool and dehydration signs in babies', () => {
    expect(dispo('宝宝一阵一阵哭，吐了，大便像果酱', { ageMonths: 10 })).toBe('emergency');
    expect(present('the soft spot looks sunken').has('dehydration')).toBe(true);
  });
});

describe('same-day rules found in round 12', () => {
  it('itchy palms and soles, chickenpox contact, vomiting everything — in pregnancy only', () => {
    expect(dispo('怀孕35周，脚心手心晚上痒', { sex: 'F', ageYears: 30 })).toBe('urgent');
    expect(dispo('手心痒', { sex: 'F', ageYears: 30 })).not.toBe('urgent');
    expect(dispo('20 weeks pregnant and my nephew has chickenpox, I never had it', { sex: 'F' })).toBe(
      'urgent',
    );
    expect(dispo('孕9周，吐得喝水都吐，尿很少', { sex: 'F', ageYears: 26 })).toBe('urgent');
  });
  it('a heavy period with dizziness; a child with fever and pain passing urine; thirst with weight loss', () => {
    expect(dispo('月经量很大，两个小时就湿透，这几天老觉得累', { sex: 'F', ageYears: 16 })).toBe('urgent');
    expect(dispo('孩子发烧38.6，尿尿疼', { ageYears: 4 })).toBe('urgent');
    expect(dispo('my 9 year old is always thirsty and peeing a lot, lost weight', { ageYears: 9 })).toBe(
      'urgent',
    );
  });
  it('a knee that locks after a twist; a coin told across a comma', () => {
    expect(dispo('twisted my knee at football and now I cannot straighten it', { ageYears: 19 })).toBe(
      'urgent',
    );
    expect(present('玩硬币，五毛的，吞下去了').has('swallowed_object')).toBe(true);
  });
  it('"blood in my pee once" is not a child passing urine once', () => {
    expect(present('I saw blood in my pee once').has('dehydration')).toBe(false);
    expect(present('she has only weed twice today').has('dehydration')).toBe(true);
  });
});
