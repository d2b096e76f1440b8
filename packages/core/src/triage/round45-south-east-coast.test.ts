/**
 * Round 45 (dev45, once the held-out test43): an ordinary month in Fujian or Shandong, with English in
 * many voices. Phrases here are written for the tests, not taken from eval vignettes.
 */
import { describe, expect, it } from 'vitest';
import { dispo, flags, present } from './triage-test-helpers.ts';

describe('emergencies found in round 45', () => {
  it('weeks of chest tightness on stairs, now an episode while sitting (even if it passed)', () => {
    const text = '这两个月一走快路胸口就憋，昨晚躺着玩手机也憋了一次，十几分钟才过去';
    expect(present(text)).toContain('at_rest');
    expect(flags(text, { ageYears: 61, sex: 'F' })).toContain('exertional_chest_pain_now_at_rest');
  });
  it('a low pressure with shaking chills is shock, without naming a faint', () => {
    const vitals = { systolicBp: 84, heartRate: 118, temperatureC: 39.1 };
    expect(
      dispo('kidney infection last week, now shivering badly and feel awful', { ageYears: 44, vitals }),
    ).toBe('emergency');
  });
});

describe('same-day readings of round 45', () => {
  it('a fit today told as 抽了一次, but not a blood test', () => {
    expect(present('孩子他爸昨天晚上又抽了一回，三分钟左右')).toContain('seizure');
    expect(present('上午在医院抽了一次血')).not.toContain('seizure');
  });
  it('a brief fit in known epilepsy with full recovery is same-day, a first fit is not', () => {
    const usual = '我有癫痫，前两天漏吃了两次药，今天早上抽了一次，一两分钟停了，现在人已经清醒了';
    expect(present(usual)).toContain('fully_recovered_after_fit');
    expect(dispo(usual, { ageYears: 31 })).toBe('urgent');
    expect(flags(usual, { ageYears: 31 })).not.toContain('seizure');
    expect(dispo('今天早上突然抽了一次，一两分钟停了，现在人已经清醒了', { ageYears: 31 })).toBe('emergency');
    expect(dispo('我有癫痫，今天抽了十几分钟才停，现在人已经清醒了', { ageYears: 31 })).toBe('emergency');
    expect(dispo('epileptic, two seizures today, back to normal now', { ageYears: 40 })).toBe('emergency');
    expect(
      dispo('epileptic, had a fit this morning and hit his head, back to normal now', { ageYears: 22 }),
    ).toBe('emergency');
  });
  it('an ankle (脚脖子) is not the neck; four steps not possible after a twist', () => {
    const text = '踢球的时候左脚脖子扭了，肿起来了，走不了四步';
    expect(present(text)).not.toContain('spine_site');
    expect(present(text)).not.toContain('neck_swelling');
    expect([...present(text)]).toEqual(expect.arrayContaining(['injury', 'cannot_stand']));
    expect(dispo(text, { ageYears: 19 })).toBe('urgent');
  });
  it('a red, swollen, throbbing lump by the anus without a fever', () => {
    expect(dispo('肛门旁边起了个疙瘩，红肿，疼得一跳一跳的', { ageYears: 45 })).toBe('urgent');
  });
  it('a big toe on fire with the signs in the next sentence', () => {
    expect(present('my big toe joint is on fire since last night. Red and swollen, so shiny')).toContain(
      'hot_swollen_joint',
    );
  });
  it('blisters spreading on one side of the forehead', () => {
    expect(present('blisters started on the left side of her forehead two days ago')).toContain(
      'forehead_or_nose_tip_blisters',
    );
  });
  it('a child losing fluid and passing less urine goes the same day, not to self-care', () => {
    const text =
      'he has had watery poos and vomited four times since last night, still weeing but much less, watching tv';
    expect(present(text)).toContain('passing_less_urine');
    expect(present(text)).not.toContain('dehydration');
    expect(dispo(text, { ageYears: 4 })).toBe('urgent');
  });
  it('creams no longer enough for a skin complaint', () => {
    expect(present('the steroid creams are no longer enough for her eczema')).toContain(
      'self_treatment_failed',
    );
  });
});
