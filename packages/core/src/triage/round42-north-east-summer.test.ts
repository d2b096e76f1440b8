/**
 * Round 42 (dev42, once the held-out test39): an ordinary summer-and-autumn month in Jilin or
 * Heilongjiang, with English in many voices. Phrases here are written for the tests, not taken from
 * eval vignettes.
 */
import { describe, expect, it } from 'vitest';
import { dispo, flags, present } from './triage-test-helpers.ts';

describe('emergencies found in round 42', () => {
  it('a hand dragged into a machine, bleeding through towels', () => {
    expect(present('her hand got pulled in the dough roller')).toContain('crush_trapped');
    expect(present('it is bleeding badly through three towels')).toContain('heavy_bleeding');
  });
  it('a farewell message and a charcoal burner taped in', () => {
    expect(present('he texted saying sorry for everything')).toContain('suicidal');
    expect(dispo('she sent a picture of charcoal and some tape in the bedroom', { ageYears: 30 })).toBe(
      'emergency',
    );
  });
  it('a blow to the belly, then pale and dizzy on standing without belly pain', () => {
    const text =
      'took a kick to the left side of his belly at training, now pale and dizzy when he stands up';
    expect(present(text)).toContain('abdominal_blow');
    expect(flags(text, { ageYears: 14 })).toContain('belly_pain_after_a_blow');
  });
});

describe('same-day needs found in round 42', () => {
  it('shallow cuts made on a forearm to cope, no wish to die', () => {
    expect(
      dispo(
        'my son made some small cuts on his forearm, says it helps with stress, he does not want to die',
        {
          ageYears: 15,
        },
      ),
    ).toBe('urgent');
  });
  it('a ball smashed into the eye', () => {
    expect(present('a tennis ball was smashed straight into my left eye')).toContain('eye_injury');
  });
  it('went over on the right ankle', () => {
    expect(present('went over on my left ankle at football')).toContain('injury');
  });
  it('a baby yellow down to the tummy and thighs, an adult whose eyeballs are yellow', () => {
    expect(present('宝宝出生八天 今天肚皮跟大腿也黄了')).toContain('jaundice');
    expect(present('家里人说我眼珠子有点黄')).toContain('jaundice');
  });
});
