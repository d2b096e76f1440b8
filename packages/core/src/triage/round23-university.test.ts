/**
 * Round 23 (dev23, once the held-out test20): an autumn fortnight at a university hospital in a
 * northern city. Phrases here are written for the tests, not taken from eval vignettes.
 */
import { describe, expect, it } from 'vitest';
import { dispo, present } from './triage-test-helpers.ts';

describe('emergencies found in round 23', () => {
  it('an uneasy stomach "over there" with a sweat in an older diabetic', () => {
    expect(dispo('有糖尿病，今天心口那块不太舒服，恶心，出了一身汗', { ageYears: 70 })).toBe('emergency');
  });
  it('belly swollen and vomiting, no wind passed at all', () => {
    expect(
      dispo('belly swollen and cramping, vomiting, have not passed any wind since last night', {
        ageYears: 65,
      }),
    ).toBe('emergency');
  });
  it('a passive wish to sleep and not wake up', () => {
    expect(present('有时候想睡着了就再也不醒才好').has('suicidal')).toBe(true);
    expect(present('老想着睡过去不醒就好了').has('suicidal')).toBe(true);
  });
});

describe('same-day rules reached in round 23', () => {
  it('a nosebleed counted in times, on aspirin', () => {
    expect(dispo('今天鼻子出了两次血，吃着阿司匹林，现在止住了', { ageYears: 65 })).toBe('urgent');
  });
  it('a toe going black; a painful swelling at the vaginal opening', () => {
    expect(dispo('糖尿病，右脚小脚趾这几天发黑', { ageYears: 70 })).toBe('urgent');
    expect(
      dispo('painful lump at the entrance of my vagina since Monday, hard to sit', {
        ageYears: 30,
        sex: 'F',
      }),
    ).toBe('urgent');
  });
});

describe('reading fixed in round 23', () => {
  it('不吃 denies a medicine', () => {
    expect(present('不吃抗凝药').has('anticoagulant')).toBe(false);
    expect(present('一直吃抗凝药').has('anticoagulant')).toBe(true);
  });
  it('points to the specialty the words name', () => {
    expect(present('耳朵嗡嗡的').has('ear_symptom')).toBe(true);
    expect(present('看东西像隔着一层毛玻璃').has('blurred_vision')).toBe(true);
    expect(present('膝盖上下楼的时候疼').has('joint_msk_pain')).toBe(true);
    expect(present('my T-SPOT came back positive').has('tb_test_result')).toBe(true);
  });
});
