/**
 * Round 48 (dev47 and dev48, once the held-out test44 and test45): an ordinary month in Anhui or Henan
 * and in Shanghai or Jiangsu, with English in many voices. Phrases here are written for the tests, not
 * taken from eval vignettes.
 */
import { describe, expect, it } from 'vitest';
import { dispo, present } from './triage-test-helpers.ts';

describe('emergencies found in round 48', () => {
  it('a toddler who pulled a pot of hot porridge over herself, blisters on chest and arm', () => {
    const text = '小孙子把灶上一锅热粥拽翻了，烫到肚子和一只手臂，起了一片大水泡';
    expect(present(text)).toContain('burn');
    expect(dispo(text, { ageYears: 3 })).toBe('emergency');
  });
  it('the burnt part named after the verb: 烫着后背', () => {
    expect(present('洗澡水太烫，烫着后背了')).toContain('burn');
  });
  it('sleeping pills saved up, alone tonight', () => {
    const text = '这日子过不下去了，安眠药我偷偷攒了两瓶，今晚家里就我一个人';
    expect(present(text)).toContain('suicidal');
    expect(dispo(text, { ageYears: 48 })).toBe('emergency');
  });
  it("the pills ready and 'going to do it tonight'", () => {
    const text = "i have all my pills lined up and i'm gonna do it tonight, sorry";
    expect(present(text)).toContain('suicidal');
    expect(dispo(text, { ageYears: 19 })).toBe('emergency');
  });
});
