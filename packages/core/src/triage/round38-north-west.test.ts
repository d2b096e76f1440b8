/**
 * Round 38 (dev38, once the held-out test35): an ordinary month in Shaanxi, Gansu or Ningxia, with
 * English in many voices. Phrases here are written for the tests, not taken from eval vignettes.
 */
import { describe, expect, it } from 'vitest';
import { dispo, flags, present } from './triage-test-helpers.ts';

describe('emergencies found in round 38', () => {
  it('a sprayer who cannot name the phosphorus pesticide', () => {
    expect(present('给玉米地喷了一上午药 也说不清是什么磷 回来一直流口水 出汗')).toContain('poisoning');
    expect(dispo('给玉米地喷了一上午药 也说不清是什么磷 回来一直流口水 出汗', { ageYears: 50 })).toBe(
      'emergency',
    );
  });
  it('heat stroke in the desert told in second-language English', () => {
    const text =
      'After walking through the desert all day my friend says weird things, thermometer shows 40.3';
    expect(flags(text, { ageYears: 40 })).toContain('heat_with_collapse_or_confusion');
  });
  it('asthma with only few words between breaths', () => {
    expect(
      flags('asthma bad, inhaler not working, he can only manage few words', { ageYears: 20 }),
    ).toContain('severe_breathlessness');
  });
  it('weeks since the last period, one-sided pain and a faint', () => {
    expect(
      flags(
        'It is six weeks since my last period, sharp pain low on the left and I passed out in the shower',
        {
          ageYears: 28,
          sex: 'F',
        },
      ),
    ).toContain('missed_period_pain_and_faint');
  });
  it('a first "kidney stone" after 60 with a low pressure is an aneurysm until shown otherwise', () => {
    const text = 'sudden pain in his back and right side, feels like a kidney stone';
    expect(flags(text, { ageYears: 68, vitals: { systolicBp: 92 } })).toContain(
      'sudden_flank_pain_older_with_low_pressure',
    );
    expect(flags(text, { ageYears: 45, vitals: { systolicBp: 92 } })).not.toContain(
      'sudden_flank_pain_older_with_low_pressure',
    );
    expect(flags(text, { ageYears: 68, vitals: { systolicBp: 135 } })).not.toContain(
      'sudden_flank_pain_older_with_low_pressure',
    );
    expect(present('a nasty ache low down in my back since lunch')).toContain('back_pain');
  });
  it('a hand that suddenly could not hold a cup, even when it passed', () => {
    expect(present('吃早饭时突然端不住碗 手发麻 几分钟后好了')).toContain('one_sided_weakness');
    expect(dispo('吃早饭时突然端不住碗 手发麻 几分钟后好了', { ageYears: 70 })).toBe('emergency');
  });
  it('fetal movements hardly felt, with two softeners before them', () => {
    expect(dispo('怀孕34周 今天一直没太感觉到胎动', { ageYears: 30, sex: 'F' })).toBe('emergency');
  });
});

describe('same-day and self-care readings of round 38', () => {
  it('a joint that ballooned up overnight, red and hot, is same-day', () => {
    expect(present('my ankle ballooned up overnight and is red and hot')).toContain('hot_swollen_joint');
    expect(dispo('my ankle ballooned up overnight and is red and hot', { ageYears: 50 })).toBe('urgent');
  });
  it('不吃什么抗凝药 denies the blood thinner', () => {
    expect(present('平时不吃什么抗凝药')).not.toContain('anticoagulant');
    expect(present('平时在吃抗凝药')).toContain('anticoagulant');
  });
  it('a small red mark from spitting cooking oil is a burn for home care', () => {
    expect(present('炒菜的时候手背让油溅了一下')).toContain('burn');
    expect(dispo('炒菜的时候手背让油溅了一下 红了指甲盖那么大 没起泡', { ageYears: 40 })).toBe('self_care');
  });
  it('a muffled voice with a sore throat is not a stroke sign unless it came on suddenly', () => {
    const sore = '嗓子疼了五天 越来越厉害 说话含含糊糊的 有点发烧';
    expect(flags(sore, { ageYears: 25 })).not.toContain('face_arm_speech_signs');
    expect(dispo(sore, { ageYears: 25 })).toBe('urgent');
    expect(flags('嗓子疼了五天 今天突然说话含含糊糊的', { ageYears: 60 })).toContain('face_arm_speech_signs');
  });
});
