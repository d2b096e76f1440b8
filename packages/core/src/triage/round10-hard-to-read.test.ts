/**
 * Round 10 (dev10, once the held-out test7): hard-to-read messages — carers, many medicines,
 * travellers, second-language English, children with chronic conditions. Phrases here are written for
 * the tests, not taken from eval vignettes.
 */
import { describe, expect, it } from 'vitest';
import { dispo, flags, present, run } from './triage-test-helpers.ts';

describe('emergencies found in round 10', () => {
  it('belly pain with vomiting in an older person with AF', () => {
    expect(flags('爷爷有房颤，今天肚子一直痛，还吐了', { ageYears: 84 })).toContain('bad_belly_pain_with_af');
    // A young person with belly pain and no AF is not this rule.
    expect(flags('肚子痛还吐了', { ageYears: 20 })).not.toContain('bad_belly_pain_with_af');
  });
  it('numbness or joint pain after diving', () => {
    expect(
      dispo('went scuba diving yesterday, today my arms tingle and my shoulder aches', { ageYears: 35 }),
    ).toBe('emergency');
    expect(dispo('前天在三亚潜水，今天腿发麻没劲', { ageYears: 28 })).toBe('emergency');
  });
  it('an adrenaline pen already used sends the person in even when better', () => {
    expect(dispo('ate shrimp, lips swelled, used my epipen and feel fine now')).toBe('emergency');
    expect(dispo('吃了花生过敏起疹子，用了肾上腺素笔，现在好多了')).toBe('emergency');
  });
  it('paracetamol over the limit, or from two products', () => {
    expect(dispo('been taking tylenol for my back, about 10 tablets a day for 4 days')).toBe('emergency');
    expect(dispo('牙疼每天吃泰诺林吃了9片，感冒药里也含对乙酰氨基酚')).toBe('emergency');
  });
  it('a baby with a heart condition going bluer and floppy; confused answers at altitude', () => {
    expect(dispo('宝宝先心病，哭完嘴唇和手指头紫得厉害，现在软软的不怎么哭', { ageMonths: 5 })).toBe(
      'emergency',
    );
    expect(dispo('在西藏第二天，头疼，问他话答得乱七八糟', { ageYears: 40 })).toBe('emergency');
  });
  it('back pain with numbness around the backside and pushing to pee', () => {
    expect(
      dispo('old disc problem, now back pain into both legs, numb around my backside, have to push to pee'),
    ).toBe('emergency');
  });
});

describe('same-day rules found in round 10', () => {
  it('a new headache after 50 with jaw ache on chewing or a sore scalp', () => {
    const why = (text: string, age: number) =>
      run(text, { ageYears: age })
        .reasons.map((r) => r.en)
        .join(' ');
    expect(why('new headache for a week, my jaw aches when I chew', 74)).toContain('jaw ache on chewing');
    expect(why('最近头痛，梳头的时候头皮一碰就疼', 68)).toContain('jaw ache on chewing');
    expect(why('new headache for a week, my jaw aches when I chew', 30)).not.toContain('jaw ache on chewing');
  });
  it('dizzy on standing after a blood-pressure medicine was added', () => {
    expect(dispo('新加了降压药，这几天一站起来就眼前发黑', { ageYears: 70 })).toBe('urgent');
  });
  it('a blood pressure of 140 or more in pregnancy', () => {
    expect(dispo('怀孕30周，今天量血压有点高', { vitals: { systolicBp: 148, diastolicBp: 96 } })).toBe(
      'urgent',
    );
  });
  it('one calf thicker than the other, a monkey scratch', () => {
    expect(dispo('坐了一天一夜火车，左小腿比右边粗了一圈')).not.toBe('routine');
    expect(present('a monkey grabbed my bag and scratched me').has('animal_bite')).toBe(true);
  });
});

describe('wording fixes in round 10', () => {
  it('a gas cooker left on is not gas poisoning; "nearly fell" is not a fall', () => {
    expect(present('老忘事，煤气也忘关过').has('poisoning')).toBe(false);
    expect(present('屋里有煤气味，闻了煤气头晕').has('poisoning')).toBe(true);
    expect(present('差点摔了').has('injury')).toBe(false);
    expect(present('昨天摔了一跤').has('injury')).toBe(true);
  });
  it('hard of hearing and whistling ears go to ENT', () => {
    expect(run('爷爷耳朵越来越背了', { ageYears: 80 }).departments[0]?.code).toBe('ent');
    expect(run('both ears have a whistling sound at night', { ageYears: 55 }).departments[0]?.code).toBe(
      'ent',
    );
  });
});
