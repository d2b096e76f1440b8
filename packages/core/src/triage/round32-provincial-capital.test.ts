/**
 * Round 32 (dev32, once the held-out test29): an ordinary month in a provincial capital. Phrases here
 * are written for the tests, not taken from eval vignettes.
 */
import { describe, expect, it } from 'vitest';
import { dispo, present, run } from './triage-test-helpers.ts';

describe('emergencies found in round 32', () => {
  it('a mouth that will not go up on one side and words that come out muddled', () => {
    expect(
      dispo(
        "since tea time one side of her mouth won't go up when she laughs, and her words are coming out mixed up",
        {
          ageYears: 70,
        },
      ),
    ).toBe('emergency');
  });
  it('hot oil over a big area, told with words between the oil and the splash', () => {
    expect(
      dispo('hot oil from the deep fryer splashed on her legs, big area, blistering', { ageYears: 40 }),
    ).toBe('emergency');
  });
  it('fewer movements at 33 weeks with a hedge before them (kept emergency, a project choice)', () => {
    expect(dispo('怀孕33周 宝宝好像动得比平时少 下午就感觉动了一两下', { ageYears: 30, sex: 'F' })).toBe(
      'emergency',
    );
  });
});

describe('same-day rules reached in round 32', () => {
  it('a bone felt going down, without the words "fish bone"', () => {
    expect(
      dispo('I swallowed a chicken bone at lunch and it scratches every time I swallow', { ageYears: 35 }),
    ).toBe('urgent');
  });
  it('sugar "levels" or "readings" in the high teens', () => {
    expect(dispo('type 1, my glucose levels have been 17 to 19 since Sunday', { ageYears: 30 })).toBe(
      'urgent',
    );
  });
  it("missed doses named with apostrophes (this morning's and lunchtime's)", () => {
    expect(
      dispo(
        "I'm epileptic and missed this morning's and lunchtime's doses of lamotrigine, my bag was stolen",
        {
          ageYears: 28,
        },
      ),
    ).toBe('urgent');
  });
  it('a lump on the collarbone after coming off a scooter, not a months-old ache', () => {
    const r = run(
      'fell off my scooter yesterday, now there is a lump on my collarbone and it hurts to raise my arm',
      {
        ageYears: 19,
      },
    );
    expect(r.disposition).toBe('urgent');
    expect(r.departments[0]?.code).toBe('orthopaedics');
    expect(dispo('my collarbone has ached on and off for 3 months, no injury', { ageYears: 45 })).not.toBe(
      'urgent',
    );
  });
  it('a limp at 11 without a fall, but not at 6 or after a sprain that bears weight', () => {
    expect(
      dispo(
        'my 11 year old daughter has been limping for a week and her thigh aches, no fall that we know of',
        {
          ageYears: 11,
        },
      ),
    ).toBe('urgent');
    expect(
      dispo('my 6 year old has been limping a little since yesterday, no fever, running around otherwise', {
        ageYears: 6,
      }),
    ).toBe('routine');
    expect(
      dispo(
        "rolled my ankle at netball, walking with a limp but I can put weight on it and there's no bony tenderness",
        { ageYears: 25 },
      ),
    ).toBe('self_care');
  });
  it('a condom that slipped off last night, for the woman; not for a man or a month later', () => {
    expect(dispo('避孕套昨晚滑掉了 想吃事后药 今天能开吗', { ageYears: 24, sex: 'F' })).toBe('urgent');
    expect(dispo('昨晚套子破了 担心女朋友怀孕', { ageYears: 24, sex: 'M' })).not.toBe('urgent');
    expect(
      dispo("had unprotected sex a month ago, no symptoms, I'd like an STI check", { ageYears: 27 }),
    ).toBe('routine');
    expect(present('我现在不想怀孕')).not.toContain('pregnant');
  });
});

describe('self-care reached in round 32', () => {
  it('a red stool after red dragon fruit in a well child, but not when blood is said', () => {
    expect(dispo('孩子3岁 昨天吃了红心火龙果 今天拉的大便红红的 精神很好 能吃能玩', { ageYears: 3 })).toBe(
      'self_care',
    );
    expect(dispo('孩子3岁 昨天吃了红心火龙果 今天大便带血', { ageYears: 3 })).not.toBe('self_care');
  });
  it('dry tired eyes from screen work, but not with blurred sight', () => {
    expect(dispo('每天对着电脑十几个小时 眼睛又干又累 视力没变化', { ageYears: 30 })).toBe('self_care');
    expect(present('这两天看东西模糊')).toContain('blurred_vision');
  });
  it('a few days without a stool in a well four-year-old', () => {
    expect(dispo('儿子4岁 三天没拉大便 肚子不痛 吃喝玩都正常', { ageYears: 4 })).toBe('self_care');
  });
  it('a small cut at 70 that stopped bleeding, but not on warfarin', () => {
    expect(
      dispo('sliced my thumb on a tin lid, small cut, not deep, stopped bleeding with pressure', {
        ageYears: 70,
      }),
    ).toBe('self_care');
    expect(
      dispo('sliced my thumb on a tin lid, small cut, stopped bleeding with pressure. I take warfarin', {
        ageYears: 70,
      }),
    ).not.toBe('self_care');
  });
  it('a red patch on the white of the eye read also as a skin mark', () => {
    expect(
      dispo('woke up with a bright red patch on the white of my eye, no pain and my sight is fine', {
        ageYears: 40,
      }),
    ).toBe('self_care');
  });
  it('sore arms two days after a first gym session', () => {
    expect(dispo('在健身房练了胳膊 两天后胳膊酸痛 不肿 尿颜色正常', { ageYears: 26 })).toBe('self_care');
  });
});

describe('departments found in round 32', () => {
  const first = (text: string, ageYears: number) => run(text, { ageYears }).departments[0]?.code;
  it('skipped heartbeats, a lung nodule by its lobe, a tearing pain at the anus', () => {
    expect(first('最近心脏老是咯噔一下 没有胸痛 不晕', 45)).toBe('cardiology');
    expect(first('体检CT说左肺上叶有个4毫米的小结节 要紧吗', 55)).toBe('respiratory');
    expect(first('解大便的时候肛门撕裂一样痛 纸上有鲜红的血', 30)).toBe('general_surgery');
  });
  it('a night without passing urine and a swollen lower belly points to urology', () => {
    const r = run('我爸75岁 一晚上没尿出来 小肚子胀得很', { ageYears: 75, sex: 'M' });
    expect(r.departments.map((d) => d.code)).toContain('urology');
  });
});
