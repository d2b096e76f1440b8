/**
 * Round 8 (dev8, once the held-out test5 "representative week"): paraphimosis, priapism, serotonin
 * toxicity, a febrile child who will not walk, "stomach" pain with sweating in older people, a
 * swallowed battery told backwards, intussusception and postpartum bleeding in plain words; same-day
 * rules for a fish bone, a young child breathing fast, a new hot swollen joint and new persecutory
 * ideas. Phrases here are written for the tests, not taken from eval vignettes.
 */
import { describe, expect, it } from 'vitest';
import { dispo, flags, run } from './triage-test-helpers.ts';
import { findConcepts } from './find-concepts.ts';

const present = (text: string) => findConcepts(text).present;

describe('emergencies found in round 8', () => {
  it('a foreskin that will not go back, told in one or two clauses', () => {
    expect(
      flags('my son pulled his foreskin back in the bath and now it is stuck', { ageYears: 6 }),
    ).toContain('foreskin_stuck_back');
    expect(flags('孩子包皮撸上去了，怎么也推不回去，肿起来了', { ageYears: 10 })).toContain(
      'foreskin_stuck_back',
    );
  });
  it('an erection that has not gone down for hours', () => {
    expect(dispo('erection for 6 hours now and it hurts', { ageYears: 40, sex: 'M' })).toBe('emergency');
    expect(dispo('吃了药以后一直勃起，到现在快五个小时了软不下来', { ageYears: 45, sex: 'M' })).toBe(
      'emergency',
    );
  });
  it('jerking with fever or sweating on an antidepressant', () => {
    expect(
      flags('on fluoxetine, started tramadol for my back, now sweating a lot and my legs keep twitching'),
    ).toContain('serotonin_medicine_with_jerking_and_fever');
    expect(flags('在吃帕罗西汀，今天发烧38.6，手一直抖')).toContain(
      'serotonin_medicine_with_jerking_and_fever',
    );
    // The medicine alone, or shakiness without fever, sweat or jerking, is not this rule.
    expect(flags('在吃舍曲林，最近睡不好')).not.toContain('serotonin_medicine_with_jerking_and_fever');
  });
  it('a child with a fever who will not walk, but not after a fall', () => {
    expect(dispo('女儿5岁发烧两天，今天不肯走路，一碰膝盖就哭', { ageYears: 5 })).toBe('emergency');
    expect(flags('孩子摔了一跤，不肯走路，有点发烧', { ageYears: 5 })).not.toContain(
      'child_fever_will_not_walk',
    );
  });
  it('"stomach" pain under the breastbone with sweating at 50 or older', () => {
    expect(dispo('心口窝疼了半个小时，出了一身汗', { ageYears: 63, sex: 'F' })).toBe('emergency');
    expect(dispo('upper belly pain for an hour, sweaty and sick, I am diabetic', { ageYears: 58 })).toBe(
      'emergency',
    );
  });
  it('a missing button battery, heavy bleeding after birth, redcurrant-jelly stool', () => {
    expect(
      dispo('the small battery from his toy car is missing and he may have swallowed it', { ageYears: 2 }),
    ).toBe('emergency');
    expect(
      dispo('had my baby 10 days ago, now soaking a thick pad every hour with big clots', { ageYears: 29 }),
    ).toBe('emergency');
    expect(dispo('baby crying on and off, vomited twice, pink jelly in the nappy', { ageMonths: 8 })).toBe(
      'emergency',
    );
  });
  it('sudden loss of sight in one eye told in Cantonese', () => {
    expect(dispo('阿妈今朝左眼突然睇唔到嘢', { ageYears: 70 })).toBe('emergency');
  });
});

describe('same-day rules found in round 8', () => {
  it('a fish bone stuck in the throat goes to ENT today', () => {
    const r = run('吃饭的时候鱼刺卡在喉咙了，咽口水就疼');
    expect(r.disposition).toBe('urgent');
    expect(r.departments[0]?.code).toBe('ent');
  });
  it('a young child breathing faster with a cold, but not an older one', () => {
    expect(dispo('宝宝咳嗽流鼻涕，今天喘气比平时快', { ageMonths: 10 })).toBe('urgent');
    expect(flags('cough and cold, breathing a bit faster than normal', { ageYears: 30 })).toEqual([]);
    expect(dispo('cough and cold, breathing a bit faster than normal', { ageYears: 30 })).not.toBe('urgent');
  });
  it('a new hot swollen joint is same-day; a flare of known gout is not', () => {
    expect(dispo('右膝盖昨天开始肿，摸着发烫，走路疼', { ageYears: 50 })).toBe('urgent');
    expect(dispo('my big toe is red, hot and swollen since last night', { ageYears: 47 })).toBe('urgent');
    expect(dispo('痛风又犯了，脚趾红肿发烫，和以前一样', { ageYears: 52 })).toBe('routine');
  });
  it('new persecutory ideas go to psychiatry today', () => {
    const r = run('my brother thinks the neighbours are spying on him through cameras, hardly sleeping', {
      ageYears: 25,
    });
    expect(r.disposition).toBe('urgent');
    expect(r.departments[0]?.code).toBe('psychiatry');
  });
});

describe('wording fixes in round 8', () => {
  it('pus from a wound is not heavy bleeding', () => {
    expect(present('刀口往外冒黄水').has('heavy_bleeding')).toBe(false);
    expect(present('血一直往外冒').has('heavy_bleeding')).toBe(true);
  });
  it('"breathing at rest feels ok" is not breathlessness at rest', () => {
    expect(present('breathing at rest feels ok').has('at_rest')).toBe(false);
    expect(present('breathless even at rest').has('at_rest')).toBe(true);
  });
  it('a breastbone is not a breast', () => {
    expect(present('burning behind my breastbone').has('breast_symptom')).toBe(false);
  });
  it('"不是突然的" denies suddenness, "是不是突然…" and 坐也不是 do not', () => {
    expect(findConcepts('眼睛慢慢看不清，不是突然的').absent.has('sudden_onset')).toBe(true);
    expect(present('是不是突然中风了').has('sudden_onset')).toBe(true);
    expect(present('坐也不是躺也不是尿有点发红').has('hematuria')).toBe(true);
  });
  it('a nosebleed that stopped with pinching is self-care for a well child', () => {
    expect(dispo('nosebleed today, stopped after pinching for ten minutes', { ageYears: 8 })).toBe(
      'self_care',
    );
  });
});
