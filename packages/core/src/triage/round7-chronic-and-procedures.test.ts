/**
 * Round 7 (dev7): chronic-disease patients reporting a change, older people presenting atypically,
 * complications after procedures and medicine side effects — the themes a seventh blind author's
 * vignettes showed missing. Phrases here are written for the tests, not taken from eval vignettes.
 */
import { describe, expect, it } from 'vitest';
import { dispo, flags } from './triage-test-helpers.ts';

describe('emergencies found in round 7', () => {
  it('heart-failure breathlessness at night and frothy sputum', () => {
    expect(dispo('心衰好几年了，这两天晚上要垫三个枕头才能睡，有点喘')).toBe('emergency');
    expect(dispo('short of breath and can only sleep in the chair now', { ageYears: 78 })).toBe('emergency');
  });
  it('an opioid with sleepiness or slow breathing is an overdose', () => {
    expect(flags('爷爷用着吗啡，今天特别嗜睡，呼吸很慢')).toContain(
      'opioid_with_drowsiness_or_slow_breathing',
    );
    expect(flags('nan took extra oxycodone and is very drowsy')).toContain(
      'opioid_with_drowsiness_or_slow_breathing',
    );
  });
  it('lithium with unsteadiness or confusion', () => {
    expect(flags('吃碳酸锂的，这几天走路摇摇晃晃，有点迷糊')).toContain('lithium_with_toxicity_signs');
  });
  it('a long lie on the floor in an older person', () => {
    expect(flags('my mum was on the floor all night after a fall', { ageYears: 81 })).toContain(
      'long_lie_after_fall',
    );
    expect(flags('奶奶昨晚摔了，在地上躺了一夜才被发现', { ageYears: 85 })).toContain('long_lie_after_fall');
  });
  it('eye pain after an eye operation, bleeding after tonsils out, rigors after a biopsy', () => {
    expect(flags('上周做了白内障手术，今天眼睛痛得厉害看不清')).toContain(
      'eye_pain_or_poor_sight_after_eye_procedure',
    );
    expect(flags('tonsils out last week and now spitting blood')).toContain('bleeding_after_tonsil_surgery');
    expect(flags('kidney biopsy on Monday, now shaking chills')).toContain('fever_or_rigors_after_procedure');
  });
  it('very high sugar with confusion, read from a home meter', () => {
    expect(flags('type 2 diabetes, meter reads 28.4 and he is confused')).toContain(
      'very_high_sugar_with_drowsiness',
    );
  });
  it('belly pain going through to the back, and Cantonese chest tightness', () => {
    expect(dispo('肚子上面痛，痛到后背去了，吐了两次')).toBe('emergency');
    expect(dispo('胸口翳住成个钟', { ageYears: 66 })).toBe('emergency');
  });
  it("an old person's leg looking shorter after slipping", () => {
    expect(dispo('grandad slipped in the kitchen and his left leg looks shorter', { ageYears: 88 })).toBe(
      'emergency',
    );
  });
});

describe('same-day problems found in round 7', () => {
  it('wound infection, a diabetic foot sore, a rash on carbamazepine', () => {
    expect(dispo('手术刀口这两天红肿，还流脓')).toBe('urgent');
    expect(dispo('有糖尿病，脚趾头磨破了一周还没好')).toBe('urgent');
    expect(dispo('started carbamazepine two weeks ago and now have an itchy rash')).toBe('urgent');
  });
  it('pain after an extraction, bleeding after a polyp removal, bruising on warfarin', () => {
    expect(dispo('前天拔了颗智齿，今天越来越痛')).toBe('urgent');
    expect(dispo('昨天肠镜切了息肉，今天大便带了点血')).toBe('urgent');
    expect(dispo('on warfarin and getting bruises everywhere')).toBe('urgent');
  });
  it('quick weight gain with a weak heart', () => {
    expect(dispo('heart failure, weight up 2 kg since Monday, ankles puffy')).toBe('urgent');
  });
  it('a stubbed toe with a bruise stays low priority', () => {
    expect(dispo('stubbed my toe, it is bruised but I can walk')).not.toBe('emergency');
    expect(dispo('stubbed my toe, it is bruised but I can walk')).not.toBe('urgent');
  });
});
