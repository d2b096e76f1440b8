/**
 * Round 40 (dev40, once the held-out test37): an ordinary month at a county hospital in Zhejiang or
 * Jiangxi, with English in many voices. Phrases here are written for the tests, not taken from eval
 * vignettes.
 */
import { describe, expect, it } from 'vitest';
import { dispo, flags, present, quantities } from './triage-test-helpers.ts';

describe('emergencies found in round 40', () => {
  it('no stool and 屁也不放, with vomiting', () => {
    expect(present('五天没解大便 屁也不放')).toContain('obstipation');
    expect(dispo('五天没解大便 屁也不放 肚子胀得像鼓 今天开始吐', { ageYears: 75 })).toBe('emergency');
  });
  it('unsteady and veering with double vision, "sudden" never said', () => {
    expect(flags('早上起来就站不稳 走路往右边偏 看东西有重影', { ageYears: 70 })).toContain(
      'face_arm_speech_signs',
    );
  });
  it('straining to pee and not emptying with back pain', () => {
    expect(
      flags(
        "back pain for a week after lifting, now peeing is strange, I need to strain and it doesn't feel like I empty",
        {
          ageYears: 40,
        },
      ),
    ).toContain('severe_flank_or_back_pain');
    expect(present('since yesterday it is numb down there')).toContain('saddle_or_sphincter');
  });
});

describe('readings fixed in round 40', () => {
  it('a smoker who still smokes is not fitting', () => {
    expect(present('烟一直在抽 戒不掉')).not.toContain('seizure');
    expect(present('孩子一直在抽 叫不醒')).toContain('seizure');
  });
  it('something got into the eye, told eye first', () => {
    expect(present('右眼好像进了铁屑 一直流泪')).toContain('eye_foreign_body');
  });
  it('stinging eyes after welding are eye pain', () => {
    expect(present('after welding all day my eyes keep stinging')).toContain('eye_pain_red');
  });
  it('cough syrup drunk over weeks is not an overdose; a sleeping pill strip still is', () => {
    expect(present('咳了一个月 止咳糖浆吃了好几瓶')).not.toContain('poisoning');
    expect(present('安眠药吃了好几板')).toContain('poisoning');
  });
  it('a fasting finger-prick reading is a blood sugar', () => {
    expect(quantities('今天空腹扎手指测的19.2').vitals.glucoseMmol).toBe(19.2);
  });
  it('a centimetre-long cut that stopped bleeding is first aid', () => {
    expect(present('口子大概一厘米')).toContain('minor_wound');
    expect(dispo('切菜切到手指 口子大概一厘米 按了一会血止住了', { ageYears: 30 })).toBe('self_care');
  });
  it('sunburnt skin hot to the touch is not a fever', () => {
    expect(present('在海边晒得通红 摸着烫')).not.toContain('fever');
    expect(present('孩子额头摸着烫')).toContain('fever');
  });
  it('a shoulder that hurts when combing the hair is not a headache', () => {
    expect(present('右肩膀酸 梳头的时候痛')).not.toContain('headache');
    expect(present('这两天头一直痛')).toContain('headache');
  });
  it('spots on the tummy are not a tummy ache', () => {
    expect(present('itchy spots all over his tummy')).not.toContain('abdominal_pain');
    expect(present('her tummy hurts')).toContain('abdominal_pain');
  });
  it('"over the past year" is how long the complaint has lasted', () => {
    expect(quantities('over the past year my hearing has got worse').durationHours).toBe(8760);
  });
});
