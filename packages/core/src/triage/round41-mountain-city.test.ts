/**
 * Round 41 (dev41, once the held-out test38): an ordinary month in Chongqing or eastern Sichuan, with
 * Sichuan-Chongqing dialect and English in many voices. Phrases here are written for the tests, not
 * taken from eval vignettes.
 */
import { describe, expect, it } from 'vitest';
import { dispo, flags, present } from './triage-test-helpers.ts';

describe('emergencies found in round 41', () => {
  it('pain in the stomach area with a drenching cold sweat after carrying loads uphill', () => {
    expect(present('胃这一块痛得很')).toContain('abdominal_pain');
  });
  it('a tight heavy feeling right across the chest going up into the jaw', () => {
    const text = 'a tight heavy feeling right across my chest, going up into my jaw, for half an hour';
    expect(present(text)).toContain('chest_pain');
    expect(present(text)).toContain('pain_radiates');
    expect(dispo(text, { ageYears: 58 })).toBe('emergency');
  });
  it('a teenage boy too shy to name where it hurts', () => {
    expect(flags('踢完球下面那里有点痛 还肿了', { ageYears: 15, sex: 'M' })).toContain(
      'acute_testicular_pain',
    );
    expect(flags('踢完球下面那里有点痛 还肿了', { ageYears: 15, sex: 'F' })).not.toContain(
      'acute_testicular_pain',
    );
  });
  it('a toddler drying out who only opens her eyes for a moment', () => {
    expect(dispo('拉肚子两天了 尿不湿一上午都是干的 叫他眼睛睁一下就又闭上了', { ageMonths: 15 })).toBe(
      'emergency',
    );
  });
  it('a plan for tonight told in dialect', () => {
    expect(present('觉得活起没得意思')).toContain('suicidal');
    expect(dispo('东西都收拾好了 准备等大家睡了去天台', { ageYears: 20 })).toBe('emergency');
  });
  it('croup noise breathing in and the skin between the ribs sucking in', () => {
    expect(present('a harsh noise when she breathes in')).toContain('stridor');
    expect(present('the skin between her ribs is pulling in')).toContain('dyspnea_severe');
  });
});

describe('readings fixed in round 41', () => {
  it('a fall from a slide without 从 is an injury', () => {
    expect(present('在公园秋千上摔下来了')).toContain('injury');
  });
  it('a wish not to wake up, in Chinese and said of a coworker in English', () => {
    expect(present('有时候想睡着了再也不醒来就好了')).toContain('suicidal');
    expect(present('she keeps saying her family would be better off without her')).toContain('suicidal');
    expect(present('he says he thinks about dying every day')).toContain('suicidal');
  });
  it('"eye now super red" is a red eye', () => {
    expect(present('woke up and my right eye now super red')).toContain('eye_pain_red');
  });
  it('"a bone got stuck" is something in the throat', () => {
    expect(present('ate fish and I think a bone got stuck')).toContain('throat_foreign_body');
  });
});
