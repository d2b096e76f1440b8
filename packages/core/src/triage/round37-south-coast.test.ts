/**
 * Round 37 (dev37, once the held-out test34): an ordinary month in Guangdong, Hainan or Fujian, with
 * English in many voices and Cantonese-flavoured Chinese. Phrases here are written for the tests, not
 * taken from eval vignettes.
 */
import { describe, expect, it } from 'vitest';
import { dispo, present } from './triage-test-helpers.ts';

describe('emergencies found in round 37', () => {
  it('stroke signs told in Cantonese', () => {
    expect(dispo('阿爷今朝讲嘢有啲含糊 右手拎筷子跌咗两次 嘴角好似有少少歪', { ageYears: 80 })).toBe(
      'emergency',
    );
  });
  it('no stool and no wind, with 了 in between, and vomiting', () => {
    expect(dispo('做过肠子手术 这两天没拉大便了也没放屁 肚子胀 一直吐', { ageYears: 70 })).toBe('emergency');
  });
  it('a leg suddenly cold and white, told across commas', () => {
    expect(dispo('有房颤 药停了 今天突然右腿很痛，摸着冰凉，颜色发白', { ageYears: 75 })).toBe('emergency');
    expect(dispo('糖尿病 脚趾发黑好几天了，脚背发凉，颜色发紫', { ageYears: 70 })).not.toBe('emergency');
  });
  it("a toddler who swallowed a tablet or two of grandma's", () => {
    expect(
      dispo("our 3 year old swallowed one or two of grandma's blood pressure tablets", { ageYears: 3 }),
    ).toBe('emergency');
  });
});

describe('same-day rules reached in round 37', () => {
  it('a fish bone stuck, told in Cantonese', () => {
    expect(dispo('卡咗条鱼骨喺喉咙 吞口水都痛', { ageYears: 50 })).toBe('urgent');
  });
  it('self-cutting to cope without a wish to die is same-day; with one, an emergency', () => {
    expect(dispo('儿子手臂上有好几道割痕 他说割了心里好受点 不想死', { ageYears: 15 })).toBe('urgent');
    expect(dispo('儿子手臂上有好几道割痕 他说割了心里好受点 有时候想死', { ageYears: 15 })).toBe('emergency');
  });
  it('a toddler who will not use an arm after it was pulled', () => {
    expect(dispo('牵着孩子过马路拽了一下他的胳膊 之后这只手就一直垂着不肯拿东西', { ageYears: 2 })).toBe(
      'urgent',
    );
  });
  it('a condom that broke, the worry about HIV in a later sentence', () => {
    expect(
      dispo('the condom broke last night. No idea of her status. Worried about HIV', {
        ageYears: 30,
        sex: 'M',
      }),
    ).toBe('urgent');
  });
});

describe('over-triage removed in round 37', () => {
  it('a sleep terror is not a child who cannot be woken', () => {
    expect(
      dispo('女儿5岁 睡着一个钟头后突然坐起来尖叫 叫她不应 几分钟后又睡了 第二天不记得', { ageYears: 5 }),
    ).not.toBe('emergency');
  });
  it('a passive wish not to wake up is read (kept emergency, a project choice)', () => {
    expect(present("she sometimes wishes she just wouldn't wake up")).toContain('suicidal');
  });
  it('a back sore after carrying boxes all day is self-care', () => {
    expect(dispo('搬家扛了一天箱子 今天腰酸 腿不麻 大小便正常', { ageYears: 35 })).toBe('self_care');
  });
});
