/**
 * Round 26 (dev26, once the held-out test23): an early-winter month in a north-eastern city.
 * Phrases here are written for the tests, not taken from eval vignettes.
 */
import { describe, expect, it } from 'vitest';
import { run, dispo, flags, present } from './triage-test-helpers.ts';

describe('emergencies found in round 26', () => {
  it('a household on a coal-heated kang with headaches', () => {
    expect(dispo('爷爷奶奶屋里烧炕，今天俩人都说头晕想吐', { ageYears: 80 })).toBe('emergency');
  });
  it("a toddler into grandpa's diabetes tablets, some missing", () => {
    expect(dispo('孙子2岁，把爷爷的降糖药从药盒里拿出来吃了，好像少了一两片', { ageYears: 2 })).toBe(
      'emergency',
    );
  });
  it('home-fermented corn noodles, then vomiting', () => {
    expect(flags('前天做的酸汤子今天吃了，中午开始一直吐，没力气', { ageYears: 50 })).toContain(
      'food_or_drink_poisoning_signs',
    );
    // The food named on its own is no emergency.
    expect(flags('酸汤子怎么做才安全？', { ageYears: 50 })).not.toContain('food_or_drink_poisoning_signs');
  });
  it('unlabelled vodka, then blurred vision', () => {
    expect(
      flags('we drank some homemade vodka from a neighbour last night and now my vision is blurry', {
        ageYears: 28,
      }),
    ).toContain('food_or_drink_poisoning_signs');
  });
  it('a lot of blood brought up, told with several words between', () => {
    expect(present('last night he threw up a really large amount of blood').has('vomiting_blood')).toBe(true);
  });
});

describe('same-day rules reached in round 26', () => {
  it('a low sugar on diabetes tablets that has come back up', () => {
    expect(dispo('我爸糖尿病吃格列齐特，早上测血糖3.4，喝了糖水好了', { ageYears: 75 })).toBe('urgent');
  });
  it('sugars in the high teens with thirst', () => {
    expect(
      dispo('type 2 diabetic, my sugars have been around 19 since Monday and I am so thirsty', {
        ageYears: 60,
      }),
    ).toBe('urgent');
  });
  it('a blood pressure read off the cuff without the word for it', () => {
    expect(dispo('高血压，这几天药断了，早上量了一下190/115，头有点胀', { ageYears: 66 })).toBe('urgent');
  });
  it('shingles at 50 or older in its first days', () => {
    expect(
      dispo('my dad is 68, a band of red bumps and blisters came up round his right side yesterday', {
        ageYears: 68,
      }),
    ).toBe('urgent');
  });
  it('a knuckle sunk after a punch', () => {
    expect(
      dispo('hit a door in anger, my pinky knuckle has sunk and the finger overlaps the next one', {
        ageYears: 22,
      }),
    ).toBe('urgent');
  });
});

describe('what round 26 no longer over-reads', () => {
  it('a sandpaper rash with a strawberry tongue at 39 °C is same-day, not an emergency', () => {
    expect(dispo('女儿6岁，发烧39度，身上起了砂纸一样的小红疹，舌头像草莓', { ageYears: 6 })).toBe('urgent');
  });
  it('hot flushes are not a fever', () => {
    expect(present('50岁，最近总是一阵一阵发热出汗，月经不规律').has('fever')).toBe(false);
    expect(present('昨天开始发热，38度5').has('fever')).toBe(true);
  });
  it('"一天比一天" stays a word, not a number of days', () => {
    expect(present('腿上红的地方一天比一天大').has('spreading')).toBe(true);
    expect(dispo('腿上红肿发烫，一天比一天大', { ageYears: 40 })).toBe('urgent');
  });
  it('the neck that will not turn is not a headache', () => {
    expect(present('脖子一转头右边就疼').has('headache')).toBe(false);
  });
});

describe('self-care reached in round 26', () => {
  it('a coin-sized red burn without blisters', () => {
    expect(dispo('做饭手指碰到锅边了，红了一小块，指甲盖那么大，没起泡', { ageYears: 35 })).toBe('self_care');
    // With blisters it is not.
    expect(dispo('做饭手指碰到锅边了，指甲盖那么大，起了水泡', { ageYears: 35 })).not.toBe('self_care');
  });
  it('a sprain that walks and has no bony tenderness, but not one that only walks', () => {
    expect(
      dispo(
        'rolled my ankle on the stairs, I can walk on it fine and pressing the ankle bones does not hurt',
        { ageYears: 30 },
      ),
    ).toBe('self_care');
    expect(dispo('rolled my ankle on the stairs, it is swollen but I can walk on it', { ageYears: 30 })).toBe(
      'urgent',
    );
  });
  it('a sore arm and low fever the day after a vaccine', () => {
    expect(dispo('前天打了新冠加强针，打针的胳膊红肿疼，低烧37.6', { ageYears: 40 })).toBe('self_care');
  });
  it('cracked hands from washing, a happy baby with nappy rash, a posseting baby that is thriving', () => {
    expect(dispo('my hands are so dry and cracked from washing at work', { ageYears: 30 })).toBe('self_care');
    expect(
      dispo('6 month old with nappy rash for a day, happy and feeding well, no fever', { ageMonths: 6 }),
    ).toBe('self_care');
    expect(dispo('宝宝3个月，吃完奶老吐一口，一个月长了3斤', { ageMonths: 3 })).toBe('self_care');
  });
  it('cracked lips in a feverish child are not dry skin', () => {
    expect(present('his lips are cracked and red').has('dry_skin')).toBe(false);
  });
});

describe('departments found in round 26', () => {
  it('an infected burn points to surgery and dermatology, not to the stove', () => {
    const r = run('左小腿前几天在炉子边烫了一下，现在红了一大片，一天比一天往上走，发烧', { ageYears: 60 });
    expect(r.disposition).toBe('urgent');
    expect(present('在炉子边烫了一下').has('co_exposure')).toBe(false);
    expect(present('在炉子边烫了一下，红了').has('burn')).toBe(true);
  });
});
