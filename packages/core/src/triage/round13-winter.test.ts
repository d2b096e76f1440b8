/**
 * Round 13 (dev13, once the held-out test10): a big-city hospital in winter — flu, the Spring
 * Festival, travel. Phrases here are written for the tests, not taken from eval vignettes.
 */
import { describe, expect, it } from 'vitest';
import { dispo, present } from './triage-test-helpers.ts';
import { findConcepts } from './find-concepts.ts';

describe('emergencies found in round 13', () => {
  it('a jaw or left-arm ache with sweating or after exertion, but not after an injury', () => {
    expect(
      dispo('left arm aching since I cleared snow off the drive, a bit clammy and sweaty', { ageYears: 58 }),
    ).toBe('emergency');
    expect(dispo('下巴和左胳膊发酸，出了点汗', { ageYears: 62 })).toBe('emergency');
    expect(dispo('fell on my left arm, it aches, bit sweaty from the gym', { ageYears: 40 })).not.toBe(
      'emergency',
    );
  });
  it('a plan with pills for tonight; a household that feels better away from a gas heater', () => {
    expect(dispo("I can't do this anymore, I'm going to take the whole bottle tonight")).toBe('emergency');
    expect(
      dispo('all of us have headaches and feel better when we go outside, there is a gas water heater'),
    ).toBe('emergency');
  });
  it('bone showing and bleeding that will not stop; hot oil in the eye', () => {
    expect(dispo('鞭炮在手里炸了，骨头都露出来了')).toBe('emergency');
    expect(dispo('手指割了，按着还在一直流血', { ageYears: 30 })).toBe('emergency');
    expect(present('hot oil spat into my face, my eye hurts').has('eye_injury')).toBe(true);
  });
  it('a count or a reading is not denied by an earlier "no"', () => {
    const f = findConcepts('belly pain, no appetite, threw up twice, temp 38.4');
    expect(f.present.has('vomiting')).toBe(true);
    expect(f.present.has('fever')).toBe(true);
    expect(findConcepts('no vomiting, no fever').present.has('vomiting')).toBe(false);
  });
  it('lower right side pain with fever, vomiting and pain on walking', () => {
    expect(
      dispo('pain moved to my lower right side, worse when I walk, vomited once, temp 38.3', {
        ageYears: 20,
      }),
    ).toBe('emergency');
  });
});

describe('same-day rules found in round 13', () => {
  it('a fever after a malaria area; a potassium of 6 or more', () => {
    expect(dispo('在安哥拉打工刚回国，这两天发烧', { ageYears: 40 })).toBe('urgent');
    expect(dispo('back from Ghana last week, fever and shakes on and off', { ageYears: 33 })).toBe('urgent');
    expect(dispo('化验说血钾高', { vitals: { potassiumMmol: 6.3 } })).toBe('urgent');
    expect(dispo('化验说血钾有点高', { vitals: { potassiumMmol: 5.4 } })).not.toBe('urgent');
  });
  it('seizure medicine run out; a possible HIV exposure; a burn with a big blister', () => {
    expect(dispo('I have epilepsy and ran out of my Keppra yesterday')).toBe('urgent');
    expect(dispo('condom split last night, she is HIV positive')).toBe('urgent');
    expect(dispo('spilt boiling tea on my thigh, big blister now', { ageYears: 35 })).toBe('urgent');
  });
  it('drying out is never self-care', () => {
    expect(dispo('孩子拉肚子，今天就尿了一次', { ageYears: 6 })).not.toBe('self_care');
  });
});
