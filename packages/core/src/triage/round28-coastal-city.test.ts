/**
 * Round 28 (dev28, once the held-out test25): late summer into autumn in a coastal city in Fujian or
 * Zhejiang. Phrases here are written for the tests, not taken from eval vignettes.
 */
import { describe, expect, it } from 'vitest';
import { dispo, flags, present } from './triage-test-helpers.ts';

describe('emergencies found in round 28', () => {
  it('collapse and muddled talk in a hot workplace', () => {
    expect(flags('车间里热得不行，师傅突然晕倒了，醒了以后乱说话', { ageYears: 50 })).toContain(
      'heat_with_collapse_or_confusion',
    );
  });
  it('a fall of a few metres with both legs numb and weak', () => {
    expect(dispo('从4米高的货架上摔下来，后背着地，两条腿麻麻的使不上劲', { ageYears: 40 })).toBe(
      'emergency',
    );
  });
  it('numb lips and weak hands after puffer fish or sea snails', () => {
    expect(dispo('晚上吃了织纹螺，现在嘴巴和手指都发麻，手没力气', { ageYears: 50 })).toBe('emergency');
    expect(
      dispo('ate some puffer fish a friend cooked, now my lips and tongue are numb', { ageYears: 35 }),
    ).toBe('emergency');
  });
  it('a baby with jelly-like red stool', () => {
    expect(dispo('宝宝9个月，阵阵哭闹，刚才大便红红的像果冻', { ageMonths: 9 })).toBe('emergency');
  });
  it('"swallowed 20 of her" tablets; a bone coming out of the skin; a crew member\'s age is not a duration', () => {
    expect(dispo('my sister swallowed 20 of her sleeping tablets an hour ago', { ageYears: 25 })).toBe(
      'emergency',
    );
    expect(dispo('writing for our crew member, 40 years, his shin bone is coming out of the skin', {})).toBe(
      'emergency',
    );
  });
});

describe('same-day rules reached in round 28', () => {
  it('a gritty eye after grinding without goggles', () => {
    expect(dispo('下午用角磨机磨钢管没戴护目镜，现在左眼一直流泪睁不开', { ageYears: 35 })).toBe('urgent');
  });
  it('pain that moved to the right lower belly', () => {
    expect(dispo('早上肚脐那边疼，中午疼到右下边了，不想吃饭', { ageYears: 25 })).toBe('urgent');
  });
  it('a hook stuck in a finger; a toe gone black at the tip', () => {
    expect(
      dispo('a fish hook is stuck in my index finger and the barb is under the skin', { ageYears: 40 }),
    ).toBe('urgent');
    expect(dispo('diabetic, my little toe has turned black at the end this week', { ageYears: 70 })).toBe(
      'urgent',
    );
  });
  it('only two or three movements all day at 31 weeks', () => {
    expect(dispo('怀孕31周，今天一天宝宝只动了两三下', { ageYears: 30, sex: 'F' })).not.toBe('routine');
  });
});

describe('what round 28 no longer over-reads', () => {
  it('a child who cannot see the board needs glasses, not an eye emergency', () => {
    expect(
      dispo("my son is 9, he can't see the board at school and squints at the tv", { ageYears: 9 }),
    ).toBe('routine');
    // Losing the sight of an eye is still an emergency.
    expect(dispo("suddenly I can't see out of my right eye", { ageYears: 60 })).toBe('emergency');
  });
  it('a big nosebleed that stopped with pinching; a teething baby who drools', () => {
    expect(dispo('女儿12岁，鼻血流了一大滩，捏住鼻子五分钟就止住了', { ageYears: 12 })).not.toBe('emergency');
    expect(present('宝宝7个月，抓到什么都咬，口水很多').has('teething')).toBe(true);
  });
  it('morning sickness with crackers kept down', () => {
    expect(
      dispo('9 weeks pregnant, sick most mornings but I keep toast and water down', {
        ageYears: 28,
        sex: 'F',
      }),
    ).toBe('self_care');
  });
});
