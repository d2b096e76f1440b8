import { describe, expect, it } from 'vitest';
import { normaliseChineseNumbers } from './chinese-numerals.ts';
import { parseQuantities } from './parse-quantities.ts';

const q = (t: string) => parseQuantities(normaliseChineseNumbers(t));

describe('parseQuantities', () => {
  it('reads temperatures in °C, °F and Chinese', () => {
    expect(q('fever of 39.2°C').temperatureC).toBe(39.2);
    expect(q('temp 102F').temperatureC).toBe(38.9);
    expect(q('发烧三十九度五').temperatureC).toBe(39.5);
    expect(q('体温38.6').temperatureC).toBe(38.6);
  });

  it('reads pain scores and flags impossible ones', () => {
    expect(q('pain 7/10').severity).toBe(7);
    expect(q('疼痛评分8分').severity).toBe(8);
    expect(q('pain 15/10').severity).toBeUndefined();
    expect(q('excruciating').severityWord).toBe('severe');
    expect(q('heart rate 130').severity).toBeUndefined();
  });

  it('takes the earliest complaint duration and skips background durations', () => {
    expect(q('chest pain for 2 hours').durationHours).toBe(2);
    expect(q('咳嗽三天').durationHours).toBe(72);
    expect(q('smoker for 35 years. Vomiting blood since this morning').durationHours).toBe(4);
    expect(q('cough for three weeks').durationHours).toBe(504);
    expect(q('32 weeks pregnant, contractions').durationHours).toBeUndefined();
    // Non-native English drops "old": years right after a person are an age, not a duration.
    expect(q('my mother 70 years, since one hour her face is drooping').durationHours).toBe(1);
    expect(q('my father, 68 years, chest pain for 2 days').durationHours).toBe(48);
  });

  it('reads age, infant age and vital signs from text', () => {
    expect(q('61 year old man').ageYears).toBe(61);
    expect(q('宝宝2个月，发热').ageMonths).toBe(2);
    expect(q('6-week-old baby').ageMonths).toBeCloseTo(1.4, 1);
    expect(q('咳嗽3个月').ageMonths).toBeUndefined();
    const v = q('BP 190/120, pulse 130, SpO2 reads 86%').vitals;
    expect(v).toMatchObject({ systolicBp: 190, diastolicBp: 120, heartRate: 130, spo2: 86 });
  });

  it('reads a blood pressure pair with a few words between the word and the numbers', () => {
    expect(q('血压量了好几次都是185/115').vitals).toMatchObject({ systolicBp: 185, diastolicBp: 115 });
    expect(q('home BP readings around 150/95').vitals).toMatchObject({ systolicBp: 150, diastolicBp: 95 });
    // Other numbers before the pair are not taken for a blood pressure.
    expect(q('血压药吃了3天').vitals.systolicBp).toBeUndefined();
  });

  it("reads a baby's age said the colloquial way", () => {
    expect(q('娃才四十天，摸着发烫').ageMonths).toBeCloseTo(1.33, 1);
    expect(q('孩子出生20天 发烧').ageMonths).toBeCloseTo(0.67, 1);
    expect(q('宝宝1个多月 体温38.1').ageMonths).toBe(1.5);
  });

  it('reads "bit of a" as mild and 疼得直… as severe', () => {
    expect(q('bit of a headache').severityWord).toBe('mild');
    expect(q('肚子疼得直哼哼').severityWord).toBe('severe');
  });
});
