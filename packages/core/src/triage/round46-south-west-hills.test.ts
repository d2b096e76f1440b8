/**
 * Round 46 (dev46, once the held-out test42): an ordinary month in Guangxi, Yunnan or Guizhou, with
 * English in many voices. Phrases here are written for the tests, not taken from eval vignettes.
 */
import { describe, expect, it } from 'vitest';
import { dispo, flags, present } from './triage-test-helpers.ts';

describe('emergencies found in round 46', () => {
  it('brown urine and yellow eyes in a child after broad beans', () => {
    const text = '孩子昨天在外婆家吃了一碗蚕豆，今天小便像浓茶一样，眼白发黄';
    expect(present(text)).toContain('broad_bean_sensitivity');
    expect(flags(text, { ageYears: 5 })).toContain('dark_urine_and_yellowing_after_beans_or_listless');
  });
  it('a sore throat with saliva running out of the mouth', () => {
    const text =
      'his throat is so sore and he cannot swallow even his own spit, it keeps dripping out of his mouth';
    expect([...present(text)]).toEqual(expect.arrayContaining(['sore_throat', 'drooling']));
    expect(dispo(text, { ageYears: 35 })).toBe('emergency');
  });
  it("'hasn't pooed or farted' reads as no stool or wind", () => {
    expect(present("she hasn't pooed or farted since Monday")).toContain('obstipation');
  });
});

describe('same-day readings of round 46', () => {
  it('hearing people when nobody is around, neighbours plotting to watch him', () => {
    const text =
      'he says he keeps hearing people whispering when nobody is there, and the neighbours are working with the police to watch him';
    expect(present(text)).toContain('psychotic_features');
    expect(dispo(text, { ageYears: 27 })).toBe('urgent');
  });
  it('a cut with 很深的口子 is deep', () => {
    expect(present('削水果把拇指划了个很深的口子')).toContain('deep_wound');
  });
  it('redness on a foot climbing towards the ankle, hot and painful', () => {
    const text = 'stood on a nail, now the foot is red, the red has moved up to the ankle, hot and painful';
    expect([...present(text)]).toEqual(expect.arrayContaining(['spreading', 'skin_inflamed']));
    expect(dispo(text, { ageYears: 50 })).toBe('urgent');
  });
  it('an eye getting redder and more painful', () => {
    expect(present('my left eye keeps getting redder and more sore since I slept in my lenses')).toContain(
      'eye_pain_red',
    );
  });
  it('a painful swelling at the side of the vagina', () => {
    expect(
      dispo('there is a painful swelling on the side of my vagina, like a big marble', {
        ageYears: 29,
        sex: 'F',
      }),
    ).toBe('urgent');
  });
});
