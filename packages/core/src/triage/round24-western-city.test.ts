/**
 * Round 24 (dev24, once the held-out test21): a month at a hospital in a mid-sized western city.
 * Phrases here are written for the tests, not taken from eval vignettes.
 */
import { describe, expect, it } from 'vitest';
import { dispo, flags, present } from './triage-test-helpers.ts';

describe('emergencies found in round 24', () => {
  it('a baby cold to the touch, blotchy and sleepy, with no fever', () => {
    expect(
      dispo('our 6 week old is sleepy, her feet feel very cold and her skin looks a bit mottled', {
        ageMonths: 1,
      }),
    ).toBe('emergency');
  });
  it('a hornet swarm; a motorbike fall on a mountain road', () => {
    expect(dispo('my uncle was chased by a swarm of hornets and is dizzy', { ageYears: 60 })).toBe(
      'emergency',
    );
    expect(dispo('骑摩托车回村的路上在坡上摔了，肚子越来越胀', { ageYears: 30 })).toBe('emergency');
  });
  it('unsteady and sleepy high in the mountains', () => {
    expect(
      flags('we are at 4,500 m, my friend is walking as if he was drunk and wants to sleep', {
        ageYears: 30,
      }),
    ).toContain('altitude_illness_warning');
    // Altitude alone is not an emergency.
    expect(flags('flying to Lhasa next week, any advice about altitude?', { ageYears: 30 })).not.toContain(
      'altitude_illness_warning',
    );
  });
  it('the baby much quieter than usual', () => {
    expect(dispo('30 weeks pregnant, baby has been much quieter today', { ageYears: 29, sex: 'F' })).toBe(
      'emergency',
    );
  });
});

describe('same-day rules reached in round 24', () => {
  it('"my asthma\'s worse", with the reliever 4-5 times a day', () => {
    expect(present("my asthma's worse this week").has('wheeze')).toBe(true);
    expect(dispo('using my ventolin 5-6 times a day since the cold started', { ageYears: 35 })).toBe(
      'urgent',
    );
  });
  it('one ear that cannot hear; a newborn getting yellower', () => {
    expect(dispo('右耳朵今天早上突然听不到了', { ageYears: 45 })).toBe('urgent');
    expect(dispo('宝宝出生第4天，脸上身上越来越黄', { ageMonths: 0 })).toBe('urgent');
  });
  it('the big toe told as 脚大拇指, and a brow that will not lift', () => {
    expect(dispo('右脚大拇指根根上昨晚突然红肿，烫手', { ageYears: 50 })).toBe('urgent');
    expect(dispo('左边脸突然歪了，左边眉毛抬不起来，说话清楚，手脚有劲', { ageYears: 40 })).toBe('urgent');
  });
});

describe('departments found in round 24', () => {
  it('points to the specialty the words name', () => {
    expect(present('屁股眼旁边长了个包').has('anal_pain')).toBe(true);
    expect(present('晚上起来解三次小便').has('urinary_frequency')).toBe(true);
    expect(present('the scan showed gallstones').has('gallbladder_stones_found')).toBe(true);
    expect(present('my vision is getting cloudy').has('blurred_vision')).toBe(true);
  });
});

describe('false alarms closed when reviewing rounds 17–24', () => {
  it('a rope burn, a blood test "today" and a 5000 m run are not emergencies', () => {
    expect(flags('I have a rope burn on my hand from sailing', { ageYears: 30 })).not.toContain(
      'self_harm_thoughts',
    );
    expect(flags('Can I book a blood test? I want to do it today', { ageYears: 30 })).not.toContain(
      'self_harm_thoughts',
    );
    expect(flags('ran 5000 m this morning and now I feel unsteady', { ageYears: 30 })).not.toContain(
      'altitude_illness_warning',
    );
  });
  it('a baby who stops breathing for seconds is an emergency; an adult’s snoring pauses are not', () => {
    expect(dispo('my 2 month old sometimes stops breathing for a few seconds', { ageMonths: 2 })).toBe(
      'emergency',
    );
    expect(dispo('my husband snores and stops breathing in his sleep', { ageYears: 55 })).toBe('routine');
  });
});
