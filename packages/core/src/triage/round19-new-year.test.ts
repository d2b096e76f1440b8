/**
 * Round 19 (dev19, once the held-out test16): a new-year fortnight at a provincial hospital.
 * Phrases here are written for the tests, not taken from eval vignettes.
 */
import { describe, expect, it } from 'vitest';
import { dispo, present } from './triage-test-helpers.ts';

describe('emergencies found in round 19', () => {
  it('a firecracker that went off by the eye', () => {
    expect(dispo('烟花在脸旁边炸了一下，左眼疼得睁不开', { ageYears: 15 })).toBe('emergency');
  });
  it('blood told late in a sentence about vomiting, and a "not" still denies it', () => {
    expect(dispo('vomited four times since dinner and the last one was fresh blood', { ageYears: 50 })).toBe(
      'emergency',
    );
    expect(present('vomited twice, not fresh blood, just water').has('vomiting_blood')).toBe(false);
  });
  it('a missing little flat battery, the swallowing told in the next sentence', () => {
    expect(
      dispo('One of the tiny flat batteries from the scale is gone. I think she swallowed it', {
        ageYears: 2,
      }),
    ).toBe('emergency');
  });
});

describe('same-day rules reached in round 19', () => {
  it('an INR that "came back" high', () => {
    expect(dispo('on warfarin, INR came back at 7.1, no bleeding', { ageYears: 70 })).toBe('urgent');
  });
  it('a hot swollen joint with a fever, even when gout is denied', () => {
    expect(present('never had gout').has('inflammatory_joint')).toBe(false);
    expect(
      dispo('my knee went red, hot and swollen overnight, temp 38.4, never had gout', { ageYears: 60 }),
    ).toBe('urgent');
  });
  it('a red painful eye in a contact-lens wearer, the lens duration not the complaint’s', () => {
    expect(dispo('隐形眼镜戴了一个月没换，今天右眼红、疼、怕光', { ageYears: 25 })).toBe('urgent');
  });
  it('a painful lump by the anus with a fever; a known stone with new blood in the urine', () => {
    expect(dispo('肛门边上起了个包，又红又疼，今天发烧了', { ageYears: 35 })).toBe('urgent');
    expect(dispo('有肾结石，今天腰又疼了，尿是红的', { ageYears: 40 })).toBe('urgent');
  });
});

describe('reading fixed in round 19', () => {
  it('a worried question is not a stroke history; "never had joint pain" is not "never this painful"', () => {
    expect(present('是不是中风了？').has('stroke_history')).toBe(false);
    expect(present('my dad had a stroke last year').has('stroke_history')).toBe(true);
    expect(present('从来没有关节疼过').has('worst_ever')).toBe(false);
    expect(present('从来没这么疼过').has('worst_ever')).toBe(true);
  });
  it('a feared tumour is not a scan finding', () => {
    expect(present('I am convinced I have a brain tumour').has('head_mass_found')).toBe(false);
  });
  it('points to the specialty the words name', () => {
    expect(present('HPV 16 阳性').has('gynae_symptom')).toBe(true);
    expect(present('CT说肺上有个小结节').has('lung_nodule')).toBe(true);
    expect(present('blood in my semen').has('blood_in_semen')).toBe(true);
    expect(present('孩子看黑板看不清').has('blurred_vision')).toBe(true);
    expect(present('keeps asking people to repeat themselves').has('hearing_loss')).toBe(true);
    expect(present('he stops breathing for a while at night').has('sleep_apnoea_signs')).toBe(true);
  });
});
