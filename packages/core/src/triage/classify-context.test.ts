import { describe, expect, it } from 'vitest';
import { findConcepts, normaliseText } from './find-concepts.ts';

const present = (t: string) => findConcepts(normaliseText(t)).present;
const absent = (t: string) => findConcepts(normaliseText(t)).absent;

describe('negation and history (zh + en)', () => {
  it('reads English denials, including lists and post-negation', () => {
    expect(absent('No chest pain or discomfort, no fever.').has('chest_pain')).toBe(true);
    expect(absent('She denies nausea, vomiting or fever').has('vomiting')).toBe(true);
    expect(absent('Chest pain: none').has('chest_pain')).toBe(true);
    expect(absent('Not sudden in onset').has('sudden_onset')).toBe(true);
  });

  it('ends a denial at a new statement so a symptom after it is not lost', () => {
    expect(present('No fever, but has crushing chest pain').has('chest_pain')).toBe(true);
    expect(present('I have no cough. Now I have chest pain').has('chest_pain')).toBe(true);
    expect(present('无发热，但有胸痛').has('chest_pain')).toBe(true);
    expect(present('没有发烧，出现了胸闷').has('chest_pain')).toBe(true);
  });

  it('treats pseudo-negations as present', () => {
    expect(present('chest pain, not relieved by rest').has('chest_pain')).toBe(true);
    expect(present('胸痛未缓解').has('chest_pain')).toBe(true);
  });

  it('reads Chinese denials without mistaking 无力/没劲 for "no"', () => {
    expect(absent('无发热、咳嗽').has('fever')).toBe(true);
    expect(absent('否认胸痛').has('chest_pain')).toBe(true);
    expect(absent('不发烧').has('fever')).toBe(true);
    expect(present('左侧肢体无力').has('one_sided_weakness')).toBe(true);
    expect(present('浑身没劲，头晕').has('dizziness')).toBe(true);
  });

  it('separates past history from a current complaint with a duration', () => {
    expect(findConcepts('history of headache').historical.has('headache')).toBe(true);
    expect(present('2-year history of episodic headaches').has('headache')).toBe(true);
    expect(findConcepts('既往头痛').historical.has('headache')).toBe(true);
  });

  it('ends a Chinese denial at a space, the way clauses are separated on a phone', () => {
    expect(present('没发烧 胸口疼').has('chest_pain')).toBe(true);
    expect(absent('没发烧 胸口疼').has('fever')).toBe(true);
  });

  it('ends an English denial where the real reason for writing starts', () => {
    expect(present('no chest pain, just want my cholesterol checked').has('cardiac_history')).toBe(true);
    expect(present('not really chest pain, just a cough').has('cough')).toBe(true);
    expect(absent('not really chest pain, just a cough').has('chest_pain')).toBe(true);
    expect(present('no pain, I am 62 and smoke').has('cardiac_history')).toBe(true);
  });

  it('reads "can not" as "cannot"', () => {
    expect(present('can not pass urine since last night').has('urinary_retention')).toBe(true);
  });

  it('counts a symptom both stated and denied as present (the safe reading)', () => {
    expect(present('No chest pain at rest. Chest pain when climbing stairs.').has('chest_pain')).toBe(true);
  });
});
