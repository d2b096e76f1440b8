/**
 * Round 9 (dev9, once the held-out test6): messages typed or dictated on a phone — dictation
 * homophones, clinical shorthand, farewells and hidden plans, dialect words for snakes and knees, an
 * INR read from the message, grandiose beliefs, family-planning questions. Phrases here are written
 * for the tests, not taken from eval vignettes.
 */
import { describe, expect, it } from 'vitest';
import { dispo, present, run } from './triage-test-helpers.ts';
import { normaliseText } from './find-concepts.ts';

describe('emergencies found in round 9', () => {
  it('dictation slips are read as the word meant', () => {
    expect(normaliseText('凶口痛还头云')).toBe('胸口痛还头晕');
    expect(present('有糖料病十年').has('diabetes_context')).toBe(true);
    // Left alone where the slip is a real word.
    expect(normaliseText('凶手')).toBe('凶手');
  });
  it('burning in the stomach on stairs, now at rest with a sweat, in a diabetic', () => {
    expect(dispo('胃那里烧得慌，走快了就来，今天坐着也来了，冒冷汗，有糖料病', { ageYears: 66 })).toBe(
      'emergency',
    );
  });
  it('shorthand chest pain and a side-told testicle', () => {
    expect(dispo('CP 20 min going to L arm, sweaty', { ageYears: 60, sex: 'M' })).toBe('emergency');
    expect(dispo('孩子说蛋蛋左边一下子很疼，吐了', { ageYears: 13, sex: 'M' })).toBe('emergency');
  });
  it('farewells, putting things in order and saving up pills', () => {
    expect(dispo('my sister sent everyone a goodbye message this morning and is not answering')).toBe(
      'emergency',
    );
    expect(dispo('最近老睡不着，把医生开的安眠药都存起来了，存够了就解脱了')).toBe('emergency');
  });
  it('a snake told as 长虫, an alkali splash in one eye', () => {
    expect(dispo('下地干活让长虫咬了一口，腿肿了')).toBe('emergency');
    expect(present('石灰水溅到右眼里了').has('eye_injury')).toBe(true);
  });
});

describe('same-day rules found in round 9', () => {
  it('an INR of 5 or more, but not 2.5 or a date', () => {
    expect(dispo('吃华法林，今天INR 5.8，没出血')).toBe('urgent');
    expect(dispo('on warfarin, INR was 7 at the clinic')).toBe('urgent');
    expect(present('INR 2.5 this week').has('inr_high')).toBe(false);
    expect(present('INR 56.0').has('inr_high')).toBe(true);
  });
  it('a special mission from god after stopping medicines goes to psychiatry today', () => {
    const r = run('my dad stopped his meds, barely sleeps, says god gave him a special mission', {
      ageYears: 50,
    });
    expect(r.disposition).toBe('urgent');
    expect(r.departments[0]?.code).toBe('psychiatry');
  });
  it('bright red blood on the paper is never self-care', () => {
    expect(dispo('constipated, some bright red on the paper after wiping', { ageYears: 30 })).not.toBe(
      'self_care',
    );
  });
});

describe('wording and departments in round 9', () => {
  it('"walks with a limp" is not a floppy child; 脑门磕 is a head injury; squats are a strain', () => {
    expect(present('can walk on it with a limp').has('infant_danger_signs')).toBe(false);
    expect(present('the baby is limp and pale').has('infant_danger_signs')).toBe(true);
    expect(present('脑门磕桌角上了').has('head_injury')).toBe(true);
    expect(present('did squats yesterday, thighs sore').has('strain_trigger')).toBe(true);
  });
  it('"爬楼也没问题" is not exertional', () => {
    expect(present('爬楼也没问题').has('exertional')).toBe(false);
    expect(present('一爬楼就胸闷').has('exertional')).toBe(true);
  });
  it('family planning goes to gynaecology, a knee in northern words to orthopaedics', () => {
    expect(run('想咨询一下放环的事', { ageYears: 30, sex: 'F' }).departments[0]?.code).toBe(
      'obstetrics_gynaecology',
    );
    expect(run('波棱盖疼了两年了', { ageYears: 65 }).departments[0]?.code).toBe('orthopaedics');
  });
});
