/**
 * Round 18 (dev18, once the held-out test15): an early-winter month at a county hospital, with
 * messages from foreigners. Phrases here are written for the tests, not taken from eval vignettes.
 */
import { describe, expect, it } from 'vitest';
import { dispo, flags, present } from './triage-test-helpers.ts';

describe('emergencies found in round 18', () => {
  it('a scald from a pot of soup over a toddler’s chest and belly', () => {
    expect(dispo('3岁孩子把一锅热汤碰翻了 泼在肚子和腿上 起了很多水泡', { ageYears: 3 })).toBe('emergency');
  });
  it('back pain with numbness when wiping and a slow stream', () => {
    expect(
      dispo(
        'sciatica in both legs, I cannot feel the tissue when I wipe and struggle to get my wee started',
        {
          ageYears: 50,
        },
      ),
    ).toBe('emergency');
  });
  it('oven cleaner sprayed in an eye', () => {
    expect(dispo('sprayed some oven cleaner and it went into my left eye', { ageYears: 35 })).toBe(
      'emergency',
    );
  });
  it('fever with purple dots that do not fade, written without an apostrophe', () => {
    expect(
      dispo('fever since noon and tiny purple dots on his arms, they dont fade when pressed', {
        ageYears: 19,
      }),
    ).toBe('emergency');
  });
  it('a rash with a raw mouth weeks after starting carbamazepine', () => {
    expect(flags('吃卡马西平三周了，身上起皮疹，嘴唇和嘴里都烂了', { ageYears: 40 })).toContain(
      'rash_with_raw_mouth_on_high_risk_medicine',
    );
  });
  it('the baby has hardly moved today, counted over an hour', () => {
    expect(dispo('怀孕33周，平时宝宝很爱动，今天基本没怎么动', { ageYears: 30, sex: 'F' })).toBe('emergency');
    expect(dispo('怀孕36周 数了两个小时才动了一下', { ageYears: 30, sex: 'F' })).toBe('emergency');
  });
});

describe('same-day rules reached in round 18', () => {
  it('a barking cough; a child fallen from a sofa onto a hand', () => {
    expect(dispo('孩子3岁 夜里咳嗽像狗叫一样', { ageYears: 3 })).toBe('urgent');
    expect(dispo('儿子从沙发上掉下来，手腕肿了，不让碰', { ageYears: 4 })).toBe('urgent');
  });
  it('a bite from a monkey, and a burn from a hot-water bottle', () => {
    expect(dispo('a macaque on the trail bit my hand and drew blood', { ageYears: 28 })).toBe('urgent');
    expect(present('hot water bottle in bed overnight, now a white blister on my shin').has('burn')).toBe(
      true,
    );
  });
  it('one side of the face weak including the forehead, with limbs and speech normal', () => {
    expect(dispo('左边脸突然动不了，左眼闭不上，额头也皱不了，说话清楚，手脚有劲', { ageYears: 45 })).toBe(
      'urgent',
    );
    // Forehead spared, or an arm weak too: still a stroke call.
    expect(dispo('左边嘴角突然歪了，左眼闭不上', { ageYears: 45 })).toBe('emergency');
    expect(dispo('左边脸突然动不了，额头也皱不了，左手也没劲', { ageYears: 45 })).toBe('emergency');
  });
});

describe('reading fixed in round 18', () => {
  it('从来没痛风 is not "never this painful"', () => {
    expect(present('从来没痛风发作过').has('worst_ever')).toBe(false);
    expect(present('从来没这么疼过').has('worst_ever')).toBe(true);
  });
  it('a plain red patch is not a non-fading rash', () => {
    expect(present('身上几块红斑，上面有白皮屑').has('nonblanching_rash')).toBe(false);
    expect(present('腿上有紫红色的小点点').has('nonblanching_rash')).toBe(true);
  });
  it('a fall from a sofa that was only a bump to the head stays home advice', () => {
    expect(dispo('从沙发上摔下来磕到头，马上哭了，现在玩得好好的', { ageYears: 2 })).toBe('self_care');
  });
  it('a scan finding is never self-care', () => {
    expect(dispo('usual migraine, same as always. The MRI found a small meningioma', { ageYears: 40 })).toBe(
      'routine',
    );
  });
  it('points to the specialty the words name', () => {
    expect(present('心情一直不太好').has('mental_distress')).toBe(true);
    expect(present('I have felt low for weeks').has('mental_distress')).toBe(true);
    expect(present('眼白上一片红').has('eye_pain_red')).toBe(true);
    expect(present('he stops breathing in his sleep').has('sleep_apnoea_signs')).toBe(true);
    expect(present('bone density scan says osteoporosis').has('low_bone_density')).toBe(true);
  });
});
