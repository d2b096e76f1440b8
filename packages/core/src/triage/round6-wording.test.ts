/**
 * Round 6 (dev6): wordings and patterns a sixth blind author's vignettes showed missing — steroid
 * replacement with vomiting, "胃不舒服" as a heart warning, regional Chinese (Shanghainese, Minnan),
 * painless spotting in a known pregnancy, a wrist that "looks bent", fever readings below the fever
 * range, and self-care for hay fever, the usual tension headache and gym soreness.
 * Phrases here are written for the tests, not taken from eval vignettes.
 */
import { describe, expect, it } from 'vitest';
import { dispo, flags, run } from './triage-test-helpers.ts';

describe('new emergencies', () => {
  it('steroid replacement with vomiting or fainting is an adrenal crisis', () => {
    expect(flags("I have Addison's and have thrown up twice this morning")).toContain(
      'steroid_dependent_with_vomiting_or_collapse',
    );
    expect(flags('肾上腺皮质功能减退，一直吃氢化可的松，今天拉肚子拉了好几次')).toContain(
      'steroid_dependent_with_vomiting_or_collapse',
    );
    // Hydrocortisone cream is not replacement.
    expect(flags('using hydrocortisone cream on a rash and I vomited once after dinner')).not.toContain(
      'steroid_dependent_with_vomiting_or_collapse',
    );
  });
  it('"胃不舒服" with sweating in a diabetic is a heart warning, not gastritis', () => {
    expect(flags('胃里不舒服一上午了，一直冒汗，有糖尿病', { ageYears: 61 })).toContain(
      'indigestion_with_heart_warning_signs',
    );
  });
  it('regional words for severe pain, confusion and cold hands count', () => {
    expect(dispo('肚皮痛得来交关结棍', { ageYears: 75 })).toBe('emergency');
    expect(dispo('阿公今仔日讲话乱乱讲', { ageYears: 80 })).toBe('emergency');
    expect(flags('发烧，手脚冷冰冰，小便也很少，人没精神')).toContain('fever_with_poor_circulation');
  });
  it('a bump to the forehead on a blood thinner, and a missed dialysis weekday', () => {
    expect(flags('Dad bumped his forehead on a door, he takes rivaroxaban')).toContain(
      'high_risk_head_injury',
    );
    expect(flags('on dialysis, missed Friday, now my heart is fluttering')).toContain('dialysis_warning');
  });
  it('a rock-hard belly after surgery is an emergency even days after the operation', () => {
    expect(dispo('appendix out 5 days ago, now my belly is rock hard and I feel awful')).toBe('emergency');
  });
  it('counted vomited blood and brown vomit across a comma are bleeding', () => {
    expect(flags('早上吐了三口血')).toContain('gi_bleeding');
    expect(flags('吐了一次，吐出来是咖啡色的')).toContain('gi_bleeding');
  });
  it('fewer baby movements with a pinyin slip and the weeks said alone', () => {
    expect(flags('34周了，今天台动少了很多')).toContain('pregnancy_warning');
  });
});

describe('same-day, not 120', () => {
  it('light brown spotting in a known pregnancy without pain is same-day', () => {
    expect(dispo('怀孕8周，内裤上有一点褐色的，不疼')).toBe('urgent');
    expect(dispo('10 weeks pregnant with a bit of brown spotting, no pain')).toBe('urgent');
  });
  it('with pain or faintness it is still an emergency', () => {
    expect(dispo('怀孕8周，内裤上有一点褐色的，小肚子疼')).toBe('emergency');
    expect(dispo('10 weeks pregnant with a bit of brown spotting and feel dizzy')).toBe('emergency');
  });
  it('brown on the underwear is not vomited blood', () => {
    expect(flags('怀孕7周，内裤上有点咖啡色')).not.toContain('gi_bleeding');
  });
  it('a wrist that looks a bit bent after a fall is same-day orthopaedics', () => {
    const r = run('fell on the ice, my wrist looks slightly crooked and swollen, fingers fine');
    expect(r.disposition).toBe('urgent');
    expect(r.departments[0]?.code).toBe('orthopaedics');
  });
  it('pregnancy vomiting with weeks stated is still acute', () => {
    expect(dispo('怀孕十周，吐得厉害，喝水都吐')).toBe('urgent');
  });
});

describe('self-care and departments', () => {
  it('a temperature reading below the fever range is not a fever', () => {
    expect(run('temp 37.2, runny nose, otherwise fine', { ageYears: 30 }).disposition).toBe('self_care');
    expect(run('temp 38.6 and shivering', { ageYears: 70 }).disposition).not.toBe('self_care');
  });
  it('the usual hay fever is self-care, unless the medicine is not working', () => {
    expect(dispo('hay fever is back, sneezing and itchy eyes')).toBe('self_care');
    expect(dispo('每年春天都打喷嚏流鼻涕，今年又来了')).toBe('self_care');
    expect(dispo('hay fever is back, sneezing and itchy eyes, antihistamines not working')).toBe('routine');
  });
  it('the usual band-like headache is self-care', () => {
    expect(dispo('头像箍了个圈一样，以前也经常这样，睡一觉就好', { ageYears: 35 })).toBe('self_care');
  });
  it('soreness after a gym day and a back strain getting better are self-care', () => {
    expect(dispo('calves are really sore after leg day')).toBe('self_care');
    expect(dispo('back ache for 4 weeks since lifting boxes, slowly getting better', { ageYears: 40 })).toBe(
      'self_care',
    );
  });
  it('a small cut that stopped bleeding is not a cold (破伤风 is not 伤风)', () => {
    expect(dispo('手指划了个小口子，血止住了，破伤风打过')).toBe('self_care');
  });
  it('visible blood in the urine and bulging leg veins find their clinics', () => {
    expect(run('小便颜色像洗肉水', { ageYears: 68 }).departments[0]?.code).toBe('urology');
    expect(run('腿上青筋像蚯蚓一样鼓着').departments[0]?.code).toBe('vascular_surgery');
    expect(run('always cold and keep putting on weight, hair thinning').departments[0]?.code).toBe(
      'endocrinology',
    );
  });
});
