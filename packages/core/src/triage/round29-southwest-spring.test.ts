/**
 * Round 29 (dev29, once the held-out test26): an early-spring month in a large south-western city.
 * Phrases here are written for the tests, not taken from eval vignettes.
 */
import { describe, expect, it } from 'vitest';
import { dispo, flags, present } from './triage-test-helpers.ts';

describe('emergencies found in round 29', () => {
  it('tens of tablets told in characters', () => {
    expect(dispo('考试没考好，刚才吞了二十几颗退烧药', { ageYears: 17 })).toBe('emergency');
  });
  it('a count of tablets given with their strength', () => {
    expect(dispo('my brother took around 25 of his quetiapine 100mg tonight', { ageYears: 30 })).toBe(
      'emergency',
    );
  });
  it('belly pain growing after a handlebar hit the belly', () => {
    expect(
      flags(
        'she came off her scooter and the handlebar went into her tummy, now the pain is worse and she threw up',
        {
          ageYears: 10,
        },
      ),
    ).toContain('belly_pain_after_a_blow');
    expect(dispo('骑车摔了，车把顶到肚子，现在肚子越来越疼，脸色发白', { ageYears: 9 })).toBe('emergency');
  });
});

describe('same-day rules reached in round 29', () => {
  it('redness bigger than yesterday and warm', () => {
    expect(dispo('脚背被虫咬了，红了一大片，摸着热热的，比昨天又大了', { ageYears: 40 })).toBe('urgent');
  });
});

describe('what round 29 no longer over-reads', () => {
  it('known panic episodes with a normal heart tracing', () => {
    expect(
      dispo(
        "I get panic attacks, heart pounding and I can't breathe, lasts about 10 minutes and goes away, the ECG at home was normal",
        {
          ageYears: 28,
        },
      ),
    ).not.toBe('emergency');
    // The same with chest pain still goes now.
    expect(
      dispo('my heart races and I cannot breathe and my chest hurts, ECG was normal last year', {
        ageYears: 28,
      }),
    ).toBe('emergency');
  });
  it('pauses in breathing at night told by a wife, with snoring', () => {
    expect(dispo('老公打呼噜特别响，晚上睡觉会憋住不出气，停一会又喘上来', { ageYears: 45 })).toBe('routine');
  });
  it('itchy hives after a food with no swelling are home care', () => {
    expect(dispo('吃了海鲜以后身上起了风团，很痒，嘴唇不肿，呼吸正常', { ageYears: 30 })).toBe('self_care');
    // With a swollen lip they are not.
    expect(dispo('吃了海鲜以后身上起了风团，嘴唇也肿了', { ageYears: 30 })).not.toBe('self_care');
  });
  it('a 1 cm fingertip cut whose edges stay together', () => {
    expect(present('sliced my thumb, about 1 cm, the edges stay together').has('minor_wound')).toBe(true);
    expect(
      dispo(
        'cut my finger on a tin, about 1 cm, bleeding stopped with pressure and the edges stay together',
        {
          ageYears: 35,
        },
      ),
    ).toBe('self_care');
  });
});
