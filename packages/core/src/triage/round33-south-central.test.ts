/**
 * Round 33 (dev33, once the held-out test30): an ordinary month in a south-central city, with English
 * in many voices. Phrases here are written for the tests, not taken from eval vignettes.
 */
import { describe, expect, it } from 'vitest';
import { dispo, present, run } from './triage-test-helpers.ts';

describe('emergencies found in round 33', () => {
  it('jaw and left arm aching together with sweat and nausea at 32', () => {
    expect(
      dispo('my jaw and left arm have been aching for an hour, I am sweaty and feel sick', { ageYears: 32 }),
    ).toBe('emergency');
  });
  it('vomiting and fast breathing after the insulin ran out', () => {
    expect(
      dispo('type 1, my insulin ran out yesterday, vomiting since this morning and breathing really fast', {
        ageYears: 22,
      }),
    ).toBe('emergency');
  });
  it('a tongue that started to swell and a voice gone thick', () => {
    expect(
      dispo('my tongue started to swell after my new blood pressure pill and my voice feels thick', {
        ageYears: 60,
      }),
    ).toBe('emergency');
  });
  it('a shock from a cable named by its voltage, with a burn', () => {
    expect(
      dispo('my husband got a shock from a 220V cable at work, there is a small burn on his hand', {
        ageYears: 40,
      }),
    ).toBe('emergency');
  });
  it('choked on an apple, then wheezy', () => {
    expect(
      dispo('she was eating an apple, choked and coughed for a while, now she is a bit wheezy', {
        ageYears: 6,
      }),
    ).toBe('emergency');
  });
  it('a bottle of sleeping pills named by the drug, or a count said after', () => {
    expect(dispo('刚才把一瓶阿普唑仑都吃了 现在很困', { ageYears: 40 })).toBe('emergency');
    expect(dispo('晚上心里烦就吃了药，大概十几颗吧，现在想睡', { ageYears: 40 })).toBe('emergency');
    expect(dispo('艾司唑仑都不管用了 还是睡不着', { ageYears: 40 })).not.toBe('emergency');
  });
  it('belly pain growing a day after a fall, faint on standing', () => {
    expect(dispo('昨天骑车摔了一跤 今天左上腹越来越痛 一站起来就头晕', { ageYears: 30 })).toBe('emergency');
  });
  it('coffee-ground vomit with black stools, years of back pain and painkillers before', () => {
    expect(dispo('腰疼好几年了一直吃止痛片 这两天大便发黑 早上吐了一口咖啡色的东西', { ageYears: 65 })).toBe(
      'emergency',
    );
  });
  it('three days without dialysis and a heart that feels panicky', () => {
    expect(dispo('血透的 三天没透了 心里慌慌的 脚也肿起来了', { ageYears: 60 })).toBe('emergency');
  });
  it('knocked out for seconds by a knee to the head, then vomiting and sleepy', () => {
    expect(
      dispo(
        'kneed in the head at football, was out for a few seconds, now vomiting and I keep wanting to sleep',
        {
          ageYears: 20,
        },
      ),
    ).toBe('emergency');
  });
  it('no poo or wind for days with vomiting', () => {
    expect(dispo("haven't passed any stool or wind for 3 days and keep vomiting", { ageYears: 60 })).toBe(
      'emergency',
    );
  });
});

describe('same-day rules reached in round 33', () => {
  it('a child drinking loads of water and getting up at night to wee', () => {
    expect(
      dispo(
        'my 9 year old is drinking loads of water and getting up every night to wee, and has lost weight',
        {
          ageYears: 9,
        },
      ),
    ).toBe('urgent');
  });
  it('red urine with clots', () => {
    expect(dispo('my pee is red this morning and I passed a few small clots', { ageYears: 70 })).toBe(
      'urgent',
    );
  });
  it('redness still spreading outwards, hot and sore', () => {
    expect(dispo('小腿红了一大块 又热又痛 还在往外扩', { ageYears: 50 })).toBe('urgent');
  });
  it('a cut that is quite deep, or the question of stitches', () => {
    expect(dispo('手指切了个口子，挺深的', { ageYears: 30 })).toBe('urgent');
    expect(dispo('slipped with a knife, the cut is gaping, do I need stitches?', { ageYears: 30 })).toBe(
      'urgent',
    );
  });
  it('a flatmate saying people are watching him through the walls', () => {
    expect(
      dispo('my brother keeps saying the neighbours are spying on him through the walls', { ageYears: 24 }),
    ).toBe('urgent');
  });
  it('a fading rash with dengue around is same-day, not an emergency by the fever-and-rash rule', () => {
    expect(
      dispo('fever 39.5 for two days, aches behind my eyes, now a rash on my chest, dengue is going round', {
        ageYears: 30,
      }),
    ).toBe('urgent');
  });
});

describe('self-care reached in round 33', () => {
  it('a single bee sting swollen and red around it', () => {
    expect(
      dispo('a bee stung my arm an hour ago, swollen and red around it, breathing fine', { ageYears: 30 }),
    ).toBe('self_care');
    expect(dispo('a bee stung my arm and now my lips are swelling', { ageYears: 30 })).not.toBe('self_care');
  });
  it('sneezing that comes every April', () => {
    expect(dispo('每年四月份就开始打喷嚏流鼻涕 眼睛痒 不发烧', { ageYears: 30 })).toBe('self_care');
  });
});

describe('wording read in round 33', () => {
  const first = (text: string, ageYears: number) => run(text, { ageYears }).departments[0]?.code;
  it('an ulcer inside the mouth, a knee sore at the front, a bunion, a test for infections', () => {
    expect(first('嘴巴里面长了个溃疡 吃东西痛', 30)).toBe('stomatology');
    expect(first('上楼的时候膝盖前面痛 半年了', 40)).toBe('orthopaedics');
    expect(first('my bunion is getting worse and rubs in my shoes', 50)).toBe('orthopaedics');
    expect(
      run('I would like to be tested for HIV and syphilis', { ageYears: 30 }).departments.map((d) => d.code),
    ).toContain('infectious_disease');
  });
  it('a whole half of the face that will not move, the eyebrow too, is not read as a stroke', () => {
    const r = run(
      "the right side of my face won't move, I can't close my right eye or lift my right eyebrow",
      {
        ageYears: 30,
      },
    );
    expect(r.disposition).toBe('urgent');
    expect(r.departments[0]?.code).toBe('neurology');
  });
  it('symptoms told in everyday Chinese', () => {
    expect(present('大便三四天才一次')).toContain('constipation');
    expect(present('心里慌慌的')).toContain('palpitations');
    expect(present('喘气也不太顺')).toContain('dyspnea');
    expect(present('脚也肿起来了')).toContain('edema');
    expect(present('头晕眼花')).not.toContain('blurred_vision');
    expect(present('I see double when I look up')).toContain('diplopia');
  });
});
