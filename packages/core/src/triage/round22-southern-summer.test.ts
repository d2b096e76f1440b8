/**
 * Round 22 (dev22, once the held-out test19): a summer month at a large hospital in southern China.
 * Phrases here are written for the tests, not taken from eval vignettes.
 */
import { describe, expect, it } from 'vitest';
import { dispo, present } from './triage-test-helpers.ts';

describe('emergencies found in round 22', () => {
  it('a knock to the back of the head on warfarin, then vomiting', () => {
    expect(dispo('吃华法林的，下楼梯摔了，后脑勺着地，刚才吐了', { ageYears: 75 })).toBe('emergency');
  });
  it('"no helmet" does not deny the head injury that follows', () => {
    expect(dispo('fell off his scooter, no helmet, hit his head, threw up once', { ageYears: 30 })).toBe(
      'emergency',
    );
  });
  it('a toddler in a handbag with pills that may be missing', () => {
    expect(
      dispo('she got into her grandma’s pills, a couple of tablets might be missing', { ageYears: 2 }),
    ).toBe('emergency');
  });
  it('a chest that "was tight" and a quoted "fluttering" heart', () => {
    expect(present('before he fainted his chest was tight').has('chest_pain')).toBe(true);
    expect(present("she said her heart was 'fluttering'").has('palpitations')).toBe(true);
  });
  it('sleeping pills saved up, to take them all tonight', () => {
    expect(dispo('been saving my sleeping pills, going to take them all tonight', { ageYears: 25 })).toBe(
      'emergency',
    );
  });
});

describe('same-day rules reached in round 22', () => {
  it('a rusty nail through the sole; a big toe red and shiny', () => {
    expect(dispo('stepped on a rusty nail this morning, it went into my heel', { ageYears: 35 })).toBe(
      'urgent',
    );
    expect(dispo('大脚趾关节半夜痛醒，红肿发亮', { ageYears: 45 })).toBe('urgent');
  });
});

describe('reading fixed in round 22', () => {
  it('pig’s blood told in Cantonese explains a black stool', () => {
    expect(dispo('今天大便是黑色的，昨天吃了猪红，不痛不晕', { ageYears: 30 })).toBe('self_care');
  });
  it('points to the specialty the words name', () => {
    expect(present('大腿根有个包，站着的时候鼓出来').has('groin_bulge')).toBe(true);
    expect(present('urine test showed protein 2+').has('urine_test_abnormal')).toBe(true);
    expect(present('最近小区好多登革热').has('dengue_context')).toBe(true);
  });
});
