/**
 * Round 35 (dev35, once the held-out test32): an ordinary month in Guangxi, Guizhou or Yunnan, with
 * English in many voices. Phrases here are written for the tests, not taken from eval vignettes.
 */
import { describe, expect, it } from 'vitest';
import { dispo, present } from './triage-test-helpers.ts';

describe('emergencies found in round 35', () => {
  it('numb mouth and a racing heart after home-made aconite wine, not a decoction question', () => {
    expect(dispo('喝了自己泡的川乌酒 嘴巴发麻 心慌', { ageYears: 55 })).toBe('emergency');
    expect(dispo('医生开的中药方里有附子 想问一下饭前还是饭后吃', { ageYears: 55 })).not.toBe('emergency');
  });
  it('a swelling ache between the shoulder blades with sweat and nausea in an older diabetic', () => {
    expect(dispo('有糖尿病 今天两个肩胛骨中间一直发胀 出了一身汗 有点想吐', { ageYears: 70, sex: 'F' })).toBe(
      'emergency',
    );
  });
  it('little people on the wall after a wild mushroom hotpot', () => {
    expect(
      dispo(
        'we had a mushroom hotpot at lunch and now my husband sees little people climbing the wall, he vomited',
        {
          ageYears: 40,
        },
      ),
    ).toBe('emergency');
  });
  it('cutting when things get too much is read (same-day since round 37, emergency with a wish to die)', () => {
    expect(dispo("when things get too much I cut my arms, I don't want to die", { ageYears: 19 })).toBe(
      'urgent',
    );
    expect(dispo('when things get too much I cut my arms, sometimes I want to die', { ageYears: 19 })).toBe(
      'emergency',
    );
  });
  it('a nosebleed on warfarin still running after pinching', () => {
    expect(
      dispo(
        'on warfarin, nosebleed for half an hour, we are pinching the soft part but it is still running',
        {
          ageYears: 78,
        },
      ),
    ).toBe('emergency');
  });
  it('"a lot of paracetamol" without a count', () => {
    expect(dispo('I took a lot of paracetamol last night after a fight, feel ok now', { ageYears: 20 })).toBe(
      'emergency',
    );
  });
});

describe('same-day rules reached in round 35', () => {
  it('an INR result at the end of a sentence', () => {
    expect(dispo('Had my INR checked today, result 6.4. No bleeding.', { ageYears: 70 })).toBe('urgent');
  });
  it('a painful lump by the bottom growing for days', () => {
    expect(
      dispo('painful lump next to my bottom, getting bigger for 3 days, no fever', { ageYears: 35 }),
    ).toBe('urgent');
  });
  it('a swollen bruised wrist after a fall at 68, though she can use it a bit', () => {
    expect(
      dispo(
        'slipped on the stairs two days ago and landed on my hand, the wrist is swollen and bruised, I can still use it a bit',
        {
          ageYears: 68,
        },
      ),
    ).toBe('urgent');
  });
  it('a pea pushed up the nose', () => {
    expect(
      dispo('my son pushed a pea up his nose this morning and we cannot get it out', { ageYears: 4 }),
    ).toBe('urgent');
  });
});

describe('self-care reached in round 35', () => {
  it('period pain on the first day, as every month', () => {
    expect(dispo('来例假第一天 肚子痛 跟以前每个月一样 吃了止痛药好点', { ageYears: 25, sex: 'F' })).toBe(
      'self_care',
    );
  });
  it('a sore back after weeding bent over', () => {
    expect(dispo('昨天弯腰拔草一下午 今天腰酸 腿不麻 大小便正常', { ageYears: 45 })).toBe('self_care');
  });
  it('a tight band headache at the computer, as before', () => {
    expect(dispo('对着电脑一下午就头痛 像箍着一样 睡一觉就好 以前也这样', { ageYears: 35 })).toBe(
      'self_care',
    );
  });
});

describe('wording read in round 35', () => {
  it('is read as meant', () => {
    expect(present('摸着发热')).not.toContain('fever');
    expect(present('药快用完了')).not.toContain('meds_run_out');
    expect(present('三四天没大便了')).toContain('constipation');
    expect(present('比昨天扩大了一圈')).toContain('spreading');
    expect(present('her lips look a bit blue')).toContain('cyanosis');
    expect(present('keeps saying there are tiny people walking on the table')).toContain('hallucinations');
  });
});
