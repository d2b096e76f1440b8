/**
 * Round 47: minor complaints that were sent to a clinic although home care with safety-net advice
 * is what NHS / NICE CKS advise (dev sets 3–46 held 260 such self-care cases answered "routine"),
 * each with the warning sign that must still take it out of self-care. Phrases are written for the
 * tests, not taken from eval vignettes.
 */
import { describe, expect, it } from 'vitest';
import { dispo, present } from './triage-test-helpers.ts';

describe('sunburn', () => {
  it('a day on the beach without sunscreen, red and sore, no blisters: home care', () => {
    expect(dispo('去海滩晒了一整天忘了擦防晒，胳膊和脖子红红的有点疼，没起泡', { ageYears: 26 })).toBe(
      'self_care',
    );
  });
  it('skin hot to the touch after the sun is not a fever; a child hot to the touch still is', () => {
    const sun = 'forgot sunscreen at the pool, shoulders pink and hot to the touch, no blisters';
    expect(present(sun)).not.toContain('fever');
    expect(dispo(sun, { ageYears: 33 })).toBe('self_care');
    expect(present('my son is hot to the touch and very sleepy')).toContain('fever');
  });
  it('sunburn with blisters all over the back or with a fever is not home care', () => {
    expect(dispo('晒了一天，后背起了好多水泡，火辣辣的', { ageYears: 30 })).not.toBe('self_care');
    expect(dispo('sunburnt yesterday and now I have a fever and chills', { ageYears: 30 })).not.toBe(
      'self_care',
    );
  });
});

describe('eyes', () => {
  it('dry eyes from heating or air conditioning with clear vision: home care', () => {
    expect(dispo('开了暖气以后眼睛老发干，有点涩，看东西清楚', { ageYears: 40 })).toBe('self_care');
    expect(
      dispo('my eyes feel dry and gritty by the evening from the office air conditioning, vision is fine', {
        ageYears: 40,
      }),
    ).toBe('self_care');
  });
  it('dry and red eyes in a contact-lens wearer are not', () => {
    expect(dispo('戴隐形眼镜，这两天眼睛干涩发红', { ageYears: 24 })).not.toBe('self_care');
  });
  it('a small sore lump on the eyelid with normal eyesight: home care; a swollen lid is not', () => {
    expect(
      dispo('little sore lump on my lower eyelid since yesterday, eyesight fine', { ageYears: 31 }),
    ).toBe('self_care');
    expect(dispo('下眼皮长了个小疙瘩，今天整个眼皮和脸都肿起来了', { ageYears: 31 })).not.toBe('self_care');
  });
});

describe('a tight-band headache', () => {
  const text = '头像被勒了一道带子一样紧，最近赶论文熬夜，吃片止痛药就好';
  it('in a young adult for a few days: home care', () => {
    expect(present(text)).toContain('band_like_headache');
    expect(dispo(text, { ageYears: 25 })).toBe('self_care');
  });
  it('over 50, or on 15 days or more, it goes to a clinic', () => {
    expect(dispo(text, { ageYears: 58 })).not.toBe('self_care');
    expect(
      dispo('for the past four weeks I get a headache like a tight band around my head every day', {
        ageYears: 30,
      }),
    ).not.toBe('self_care');
  });
});

describe('a neck cricked in sleep', () => {
  it('stiff on waking, hurts turning to one side, no fever: home care', () => {
    expect(dispo('今早醒来脖子僵了，往右扭头就痛，没发烧，手不麻', { ageYears: 36 })).toBe('self_care');
    expect(dispo('早上起床脖子就动不了了，不发烧', { ageYears: 36 })).toBe('self_care');
  });
  it('a stiff neck with a fever is not', () => {
    expect(dispo('早上起来脖子动不了了，还发烧三十九度', { ageYears: 36 })).not.toBe('self_care');
  });
});

describe('tick bites', () => {
  it('a tick taken out whole with no fever: home care', () => {
    expect(dispo('爬山回来在腿上发现个蜱虫，用镊子整个拔出来了，不发烧', { ageYears: 44 })).toBe('self_care');
  });
  it('a fever or rash in the days after a tick bite is same-day', () => {
    const text = '上周在茶园被草爬子咬了，这两天发烧，浑身没劲';
    expect(present(text)).toContain('tick_bite');
    expect(dispo(text, { ageYears: 61 })).toBe('urgent');
    expect(
      dispo('a tick bit me ten days ago and now there is a red ring spreading out', { ageYears: 40 }),
    ).toBe('urgent');
  });
  it('"tick the box" on a form is not a tick', () => {
    expect(present('please tick the box if you have had a fever')).not.toContain('tick_bite');
  });
});

describe("a baby's soft spot", () => {
  it('moving with the heartbeat in a well baby: reassurance at home', () => {
    expect(dispo('宝宝头顶软软的那块一鼓一鼓的，跟心跳一样，吃奶正常，不发烧', { ageMonths: 4 })).toBe(
      'self_care',
    );
  });
  it('sunken with diarrhoea, or bulging with a fever, is an emergency', () => {
    expect(present('头顶软软的那块凹下去了')).toContain('dehydration');
    expect(dispo('宝宝拉肚子好几次，头顶软软的那块凹下去了', { ageMonths: 5 })).toBe('emergency');
    expect(dispo('宝宝发烧，头顶软的那块鼓起来了', { ageMonths: 5 })).toBe('emergency');
  });
});
