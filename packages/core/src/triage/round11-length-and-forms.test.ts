/**
 * Round 11 (dev11, once the held-out test8): very short messages, long pasted histories and form or
 * checklist answers. Phrases here are written for the tests, not taken from eval vignettes.
 */
import { describe, expect, it } from 'vitest';
import { dispo, run } from './triage-test-helpers.ts';
import { findConcepts, normaliseText } from './find-concepts.ts';
import { parseQuantities } from './parse-quantities.ts';

const found = (text: string) => findConcepts(normaliseText(text));

describe('forms and checklists', () => {
  it('a "no" after the label denies what the label names', () => {
    const zh = found('症状：背痛\n腿麻/腿无力：无\n大小便异常：无\n发烧：没有');
    expect([...zh.present]).not.toContain('numbness');
    expect([...zh.present]).not.toContain('fever');
    const en = found('Chest pain: no\nShortness of breath: none\nCough: yes');
    expect(en.present.has('chest_pain')).toBe(false);
    expect(en.present.has('dyspnea')).toBe(false);
    expect(en.present.has('cough')).toBe(true);
  });
  it('a checklist of denials does not make a plain back strain an emergency', () => {
    expect(
      dispo('症状：腰痛\n起因：搬东西\n会阴部麻木：无\n大小便异常：无\n发热：无', { ageYears: 40 }),
    ).not.toBe('emergency');
  });
});

describe('long pasted histories', () => {
  it('years of background do not date a complaint that started today', () => {
    expect(parseQuantities('高血压十几年，糖尿病8年，今天下午开始胸闷').durationHours).toBeUndefined();
    expect(parseQuantities('diabetic for 12 years. Since 2 hours ago chest tightness').durationHours).toBe(2);
    // Without a today-word, the years stay the complaint's duration.
    expect(parseQuantities('knee pain for 5 years').durationHours).toBe(5 * 8760);
  });
  it('a new hot toe after years of blood pressure treatment is same-day', () => {
    expect(
      dispo(
        'on blood pressure tablets for 8 years, last night my big toe joint became red and swollen and hot',
        {
          ageYears: 55,
        },
      ),
    ).toBe('urgent');
  });
  it('confusion and sleepiness in a long liver history', () => {
    expect(dispo('肝硬化好几年了，今天说话颠三倒四，叫他能醒但一会儿又睡过去', { ageYears: 60 })).toBe(
      'emergency',
    );
  });
});

describe('short messages and emergencies found in round 11', () => {
  it('a small child who swallowed tablets, but not an adult taking two', () => {
    expect(dispo('孙子偷吃了两片降糖药', { ageYears: 2 })).toBe('emergency');
    expect(dispo('toddler got into my pills, maybe ate 3', { ageYears: 3 })).toBe('emergency');
    expect(dispo('今天吃了两片降压药', { ageYears: 60 })).not.toBe('emergency');
  });
  it('"宝宝抽了" is a fit; 抽了血 is a blood test', () => {
    expect(dispo('孩子刚才抽了', { ageYears: 2 })).toBe('emergency');
    expect(found('孩子今天抽了血').present.has('seizure')).toBe(false);
  });
  it('fever with shivers and a known blocked kidney', () => {
    expect(dispo('有输尿管结石肾积水，今天发烧寒战', { ageYears: 50 })).toBe('emergency');
  });
  it('right lower belly pain with fever, vomiting and pain on coughing', () => {
    expect(
      dispo('pain moved to the right lower belly, fever, threw up, hurts when I cough', { ageYears: 22 }),
    ).toBe('emergency');
  });
  it('a nosebleed still running after long pressure, not passing urine at all, a high sugar with vomiting', () => {
    expect(dispo('鼻子出血，捏了半个小时还在往外流', { ageYears: 72 })).toBe('emergency');
    expect(dispo('从昨晚到现在一滴尿都没尿出来，肚子胀痛', { ageYears: 75, sex: 'M' })).toBe('emergency');
    expect(dispo('type 1, vomiting since this morning', { ageYears: 20, vitals: { glucoseMmol: 24 } })).toBe(
      'emergency',
    );
  });
});

describe('same-day rules found in round 11', () => {
  it('a deep cut, blisters on the forehead by the eye, a needle-stick', () => {
    expect(dispo('切菜切到手，口子挺深')).toBe('urgent');
    const zoster = run('blisters on my forehead and my eye is sore', { ageYears: 70 });
    expect(zoster.disposition).toBe('urgent');
    expect(zoster.departments.slice(0, 2).map((d) => d.code)).toContain('ophthalmology');
    expect(dispo('got a needlestick from a used syringe at work an hour ago')).toBe('urgent');
  });
});
