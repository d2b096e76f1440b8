/**
 * Round 5: discriminators a blind author's set showed were missing or worded differently —
 * complete choking, a cut-off finger, a trapped hernia, cold white limb said in two clauses, sickle
 * cell crises, infection spreading behind the ear, sight lost in one eye and back, faintness with a
 * sting or hives, vomited blood in cirrhosis, rebound pain, large scalds, hip-fracture signs, any
 * swallowed battery — plus traditional characters/Cantonese and over-triage fixes (don't want to
 * hurt myself, "can't stand light", eyelids puffy every morning, teething drool, a skipped beat).
 * Phrases here are written for the tests, not taken from eval vignettes.
 */
import { describe, expect, it } from 'vitest';
import { normaliseText } from './find-concepts.ts';
import { triage } from './triage.ts';
import type { TriageInput } from './triage-types.ts';

const run = (text: string, extra: Omit<TriageInput, 'text'> = {}) => triage({ text, ...extra });
const flags = (text: string, extra: Omit<TriageInput, 'text'> = {}) =>
  run(text, extra).redFlags.map((f) => f.id);
const present = (text: string) => [...run(text).findings.present];

describe('airway: choking that blocks the airway', () => {
  it('choking with no cough or voice, or turning blue, is an emergency at any age', () => {
    expect(flags('女儿吃汤圆噎着了 咳也咳不出来 发不出声音')).toContain('choking_cannot_cough_or_blue');
    expect(flags('老人吃馒头噎住了 憋得脸发青', { ageYears: 82 })).toContain('choking_cannot_cough_or_blue');
    expect(flags('my husband is choking on a piece of steak and cannot make a sound')).toContain(
      'choking_cannot_cough_or_blue',
    );
  });
  it('food that went down the wrong way and was coughed up is not', () => {
    expect(flags('喝水呛了一下 咳了几声就好了', { ageYears: 30 })).not.toContain(
      'choking_cannot_cough_or_blue',
    );
  });
});

describe('trauma and limbs', () => {
  it('a finger or toe cut off is an emergency', () => {
    expect(flags('装修时电锯把大拇指锯掉了半截')).toContain('amputated_part');
    expect(flags('caught his hand in the machine and the tip of his finger was torn off')).toContain(
      'amputated_part',
    );
  });
  it('a small cut on a finger is not', () => {
    expect(flags('切土豆划了个小口子 已经不流血了')).not.toContain('amputated_part');
  });
  it('a leg that is cold and white, said in separate clauses, with sudden pain is an emergency', () => {
    expect(flags('我妈右腿突然痛得厉害 摸起来冰冰凉 脚趾头发紫')).toContain('cold_pale_limb');
  });
  it('cold hands in winter with no new pain or numbness are not', () => {
    expect(flags('冬天手脚冰凉好多年了 手指有时发白')).not.toContain('cold_pale_limb');
  });
  it('a slip with a shortened, turned-out leg in an older person is an emergency', () => {
    expect(flags('奶奶在厨房绊倒了 左腿比右腿短一截 脚尖朝外翻', { ageYears: 84 })).toEqual(
      expect.arrayContaining(['major_injury_or_bleeding']),
    );
  });
  it('a scald over two body parts with blisters in a toddler is an emergency', () => {
    expect(flags('孩子碰翻了暖瓶 肚子跟腿烫了 全都起了水泡', { ageYears: 3 })).toContain(
      'major_injury_or_bleeding',
    );
    expect(run('手背被热水烫红了一小块 不起泡', { ageYears: 30 }).disposition).not.toBe('emergency');
  });
});

describe('belly', () => {
  it('a groin or belly lump that will not go back in, with pain or vomiting, is an emergency', () => {
    expect(flags('肚脐旁边的鼓包今天按不回去了 疼得厉害 还吐了')).toContain(
      'trapped_lump_with_pain_or_vomiting',
    );
    expect(flags("my hernia won't go back in since this morning and I've been sick twice")).toContain(
      'trapped_lump_with_pain_or_vomiting',
    );
  });
  it('a hernia that still goes back in is not', () => {
    expect(flags('腹股沟有个包 躺下就能推回去 不疼')).not.toContain('trapped_lump_with_pain_or_vomiting');
  });
  it('pain worse when the pressing hand is lifted counts as a rigid/very tender belly', () => {
    expect(present('右下腹按着疼 一松手反而更痛')).toContain('abdominal_rigid');
    expect(present('右下腹按着疼')).not.toContain('abdominal_rigid');
  });
  it('vomited blood in known cirrhosis is an emergency even with years of liver disease', () => {
    expect(flags('我舅舅肝硬化十几年了 今天吐了两口血', { ageYears: 60 })).toContain('gi_bleeding');
  });
});

describe('specialty contexts', () => {
  it('sickle cell disease with chest pain, breathlessness or fever is an emergency', () => {
    expect(flags('I have HbSS and since this morning my chest hurts and I feel feverish')).toContain(
      'sickle_cell_crisis_signs',
    );
    expect(flags('sickle cell trait, asking about a routine blood test')).not.toContain(
      'sickle_cell_crisis_signs',
    );
  });
  it('swelling behind the ear with the ear pushed out during an ear infection is an emergency', () => {
    expect(flags('孩子中耳炎好几天了 现在耳朵后面红肿 耳朵往外翘', { ageYears: 5 })).toContain(
      'ear_infection_spreading_behind_ear',
    );
    expect(flags('a small pimple behind my ear, no fever', { ageYears: 25 })).not.toContain(
      'ear_infection_spreading_behind_ear',
    );
  });
  it('sight lost in one eye that came back after minutes is an emergency despite other durations', () => {
    expect(
      flags(
        'my shoulder has ached for months. last week the sight in my right eye went for a few minutes, then it came back',
      ),
    ).toContain('eye_emergency');
  });
});

describe('allergy and fainting', () => {
  it('hives or a sting with feeling about to faint is an emergency', () => {
    expect(flags('让马蜂蜇了 身上起风疹块 头晕眼前发黑 要晕倒了')).toContain(
      'allergy_with_airway_or_breathing',
    );
    expect(flags('stung by a wasp, hives everywhere and I feel like I am going to pass out')).toContain(
      'allergy_with_airway_or_breathing',
    );
  });
  it('a sting with local swelling only is not', () => {
    expect(flags('被蜜蜂叮了手指 有点肿 别的都好')).not.toContain('allergy_with_airway_or_breathing');
  });
});

describe('swallowed batteries', () => {
  it('any battery a child swallowed is an emergency, even when the child seems fine', () => {
    expect(
      flags('my toddler swallowed a little battery out of a musical card, acting normal', { ageYears: 2 }),
    ).toContain('poisoning_or_overdose');
  });
});

describe('traditional characters and Cantonese', () => {
  it('folds one-to-one so offsets are kept', () => {
    const t = '佢講嘢唔清楚';
    expect(normaliseText(t)).toBe('他讲嘢不清楚');
    expect(normaliseText(t)).toHaveLength(t.length);
  });
  it('reads a stroke told in Cantonese', () => {
    expect(flags('阿爺啱啱突然右手冇力 講嘢講唔清楚')).toContain('face_arm_speech_signs');
    expect(flags('老豆塊面一邊歪咗')).toContain('face_arm_speech_signs');
  });
  it('a Cantonese denial still denies', () => {
    expect(run('冇發燒 冇咳 喉嚨少少痛').findings.absent).toContain('fever');
  });
});

describe('over-triage fixes', () => {
  it('"don\'t want to hurt myself" denies self-harm; wanting to does not', () => {
    expect(flags("I'm stressed at work but I don't want to hurt myself")).not.toContain('self_harm_thoughts');
    expect(flags('sometimes I want to hurt myself')).toContain('self_harm_thoughts');
    expect(flags("I don't want to live any more")).toContain('self_harm_thoughts');
  });
  it('"can\'t stand light" is light sensitivity, not being unable to stand', () => {
    const p = present("my eye is very sore and I can't stand bright light");
    expect(p).toContain('photophobia');
    expect(p).not.toContain('cannot_stand');
    expect(present("he can't stand up after the fall")).toContain('cannot_stand');
  });
  it('eyelids puffy every morning for weeks are routine; a new swollen face is same-day', () => {
    expect(run('早上起来眼皮总是肿 已经三个礼拜了', { ageYears: 40 }).disposition).toBe('routine');
    expect(run('今天下午突然嘴唇肿起来了', { ageYears: 40 }).disposition).not.toMatch(/routine|self_care/);
  });
  it('drooling while teething under 38 °C is self-care; a higher temperature is not', () => {
    expect(run('teething, dribbling and drooling a lot, temp 37.4', { ageMonths: 8 }).disposition).toBe(
      'self_care',
    );
    expect(run('teething, drooling, temp 38.6', { ageMonths: 8 }).disposition).not.toBe('self_care');
  });
  it('a momentary skipped beat with no warning features is routine; with chest pain it is not', () => {
    expect(
      run('now and then my heart skips a beat, lasts a second, no dizziness', { ageYears: 30 }).disposition,
    ).toBe('routine');
    expect(run('skipped beats with chest pain for the last hour', { ageYears: 30 }).disposition).toBe(
      'emergency',
    );
  });
});

describe('self-care for short, minor complaints', () => {
  it('counted loose stools with nothing else are mild diarrhoea; with blood they are not self-care', () => {
    expect(run('今天拉了三四回 水一样 精神还好', { ageYears: 30 }).disposition).toBe('self_care');
    expect(run('今天拉了三四回 有血', { ageYears: 30 }).disposition).not.toBe('self_care');
  });
  it('a few days of constipation without pain is self-care; at 70 it is not', () => {
    expect(run('两天没解大便了 有点便秘 别的没什么', { ageYears: 25 }).disposition).toBe('self_care');
    expect(run('两天没解大便了 有点便秘 别的没什么', { ageYears: 70 }).disposition).not.toBe('self_care');
  });
  it('a neck cricked in sleep is a minor strain; with an arm going numb it is not self-care', () => {
    expect(run('早上起来落枕 扭头就疼', { ageYears: 35 }).disposition).toBe('self_care');
    expect(run('落枕三天了 右手也开始发麻', { ageYears: 35 }).disposition).not.toBe('self_care');
  });
});
