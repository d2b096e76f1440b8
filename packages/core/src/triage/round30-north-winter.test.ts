/**
 * Round 30 (dev30, once the held-out test27): a winter month at a district hospital in Beijing or
 * Tianjin. Phrases here are written for the tests, not taken from eval vignettes.
 */
import { describe, expect, it } from 'vitest';
import { dispo, flags, present } from './triage-test-helpers.ts';

describe('emergencies found in round 30', () => {
  it('an uneasy stomach with a cold sweat in a diabetic', () => {
    expect(dispo('有糖尿病，今天胃里不得劲，一阵阵冒虚汗', { ageYears: 62, sex: 'F' })).toBe('emergency');
  });
  it('a button cell missing from the remote with a toddler about', () => {
    expect(
      dispo('遥控器后盖开了，里面的纽扣电池少了一个，满地找也没找到，孩子2岁还在玩', { ageYears: 2 }),
    ).toBe('emergency');
  });
  it('breathless with a pain on breathing in after a flight, on the pill', () => {
    expect(
      flags(
        'since flying back from London I get a sharp pain in my side of the chest when I breathe in, and I am short of breath; I take the combined pill',
        {
          ageYears: 35,
          sex: 'F',
        },
      ),
    ).toContain('clot_risk_with_breathing_or_chest_signs');
  });
  it('no movement felt since last night, late in pregnancy', () => {
    expect(
      dispo("38 weeks pregnant and I haven't felt anything since last night", { ageYears: 30, sex: 'F' }),
    ).toBe('emergency');
  });
  it('a baby of 3 weeks who is cold and sleeps through feeds', () => {
    expect(flags('3 weeks old, sleeping through her feeds, temperature 35.7', { ageMonths: 0.7 })).toContain(
      'cold_young_baby',
    );
  });
  it('an elbow bent at an odd angle', () => {
    expect(present('his elbow is swollen and bent at an odd angle').has('deformity')).toBe(true);
  });
});

describe('same-day rules reached in round 30', () => {
  it('insulin lost on the journey', () => {
    expect(
      dispo('type 1 diabetic, I left my insulin pens at home and I am away for a week', { ageYears: 30 }),
    ).toBe('urgent');
  });
  it('red urine with puffy eyelids after a sore throat', () => {
    expect(dispo('25岁，嗓子发炎两周后，这两天眼皮肿，今天尿是洗肉水颜色', { ageYears: 25 })).toBe('urgent');
  });
  it('a swollen tight calf two weeks after a knee replacement', () => {
    expect(dispo('做完髋关节置换出院一周，左小腿有点肿，腿肚子发紧', { ageYears: 70 })).toBe('urgent');
  });
  it('a blister on a diabetic toe that broke down', () => {
    expect(dispo('糖尿病，脚趾底下磨了个泡后来烂了，周围红', { ageYears: 65 })).toBe('urgent');
  });
  it('the reliever every 3-4 hours', () => {
    expect(dispo('asthma, using my blue inhaler every 3-4 hours since the weekend', { ageYears: 30 })).toBe(
      'urgent',
    );
  });
});

describe('a closed wrist deformity with feeling and colour normal is same-day (four authors)', () => {
  it('a wrist like a dinner fork after a fall, fingers fine', () => {
    expect(dispo('奶奶摔倒手撑地，手腕肿了，看着有点变形，手指能动也不麻', { ageYears: 80, sex: 'F' })).toBe(
      'urgent',
    );
  });
  it('but not with numb or pale fingers, a bone through the skin, or a leg', () => {
    expect(
      dispo('fell on my hand, the wrist is deformed and my fingers are numb and white', { ageYears: 60 }),
    ).toBe('emergency');
    expect(dispo('fell off a ladder, wrist deformed and the bone is sticking out', { ageYears: 50 })).toBe(
      'emergency',
    );
    expect(dispo('摔了一跤，右腿变形了，站不起来', { ageYears: 80 })).toBe('emergency');
  });
});

describe('what round 30 reads correctly now', () => {
  it('"without goggles" does not deny what flew into the eye', () => {
    expect(
      present('I was cutting tiles all afternoon without safety glasses and a chip flew into my eye').has(
        'eye_foreign_body',
      ),
    ).toBe(true);
  });
  it('"aren\'t numb" denies; a tight calf is not a tightening belly', () => {
    expect(present("fingers aren't numb").has('numbness')).toBe(false);
    expect(present('腿肚子发紧').has('pregnancy_danger')).toBe(false);
  });
});
