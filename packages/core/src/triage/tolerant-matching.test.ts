import { describe, expect, it } from 'vitest';
import { findConcepts } from './find-concepts.ts';
import { expandZhPattern } from './symptom-lexicon.ts';
import { triage } from './triage.ts';

const present = (text: string) => findConcepts(text).present;

describe('zh tolerant pattern notation', () => {
  it('expands fillers, gaps and word classes', () => {
    const re = new RegExp(expandZhPattern('{chest}~…{chest_feeling}'));
    expect(re.test('胸口有点压着')).toBe(true);
    expect(re.test('心口那儿堵得慌')).toBe(true);
    expect(re.test('胸口像有块石头压着')).toBe(true);
  });

  it('a gap never bridges a negation or a clause boundary', () => {
    const re = new RegExp(expandZhPattern('{chest}…{chest_feeling}'));
    expect(re.test('胸口不疼')).toBe(false);
    expect(re.test('胸口没什么不舒服')).toBe(false);
    expect(re.test('胸口长了个包，手疼')).toBe(false);
  });

  it('rejects an unknown word class at compile time', () => {
    expect(() => expandZhPattern('{no_such_class}疼')).toThrow(/unknown zh word class/);
  });
});

// Colloquial, regional and family-reported ways of saying each red-flag concept, with modifiers and
// particles inside the phrase. Each must be read as the concept.
const COLLOQUIAL: [string, string][] = [
  ['胸口有点压着', 'chest_pain'],
  ['胸口闷得慌', 'chest_pain'],
  ['心口窝疼', 'chest_pain'],
  ['胸口揪着疼', 'chest_pain'],
  ['胸口有些发紧', 'chest_pain'],
  ['胸口像压了块大石头', 'pressure_character'],
  ['疼到后背去了', 'pain_radiates'],
  ['牵着下巴疼', 'pain_radiates'],
  ['左胳膊也有点麻', 'pain_radiates'],
  ['出了一身冷汗', 'cold_sweat'],
  ['大汗淋漓', 'cold_sweat'],
  ['一脑门子的汗', 'cold_sweat'],
  ['有点喘不上来气', 'dyspnea'],
  ['上不来气', 'dyspnea'],
  ['走两步就气紧', 'dyspnea'],
  ['躺不下去，只能坐着', 'orthopnoea'],
  ['嘴有点歪', 'facial_droop'],
  ['口角歪斜', 'facial_droop'],
  ['说话也不太利索了', 'speech_difficulty'],
  ['说话含含糊糊的', 'speech_difficulty'],
  ['右边手脚没劲儿', 'one_sided_weakness'],
  ['半边身子发麻', 'one_sided_weakness'],
  ['吃着饭筷子突然掉了', 'one_sided_weakness'],
  ['怎么叫都叫不醒', 'unresponsive'],
  ['人有点不太清醒', 'confusion'],
  ['晕过去了一下', 'syncope'],
  ['拉的屎跟柏油似的', 'black_stool'],
  ['大便是黑的', 'black_stool'],
  ['吐了一口血', 'vomiting_blood'],
  ['嗓子眼像被掐住了', 'airway_swelling'],
  ['嘴唇也肿起来了', 'face_lip_swelling'],
  ['全身起风团', 'hives'],
  ['活着真没啥意思', 'suicidal'],
  ['死了算了', 'suicidal'],
  ['下面流了好多血', 'vaginal_bleeding'],
  ['这辈子没这么疼过', 'worst_ever'],
  ['蛋蛋疼得厉害', 'testicular_pain'],
  ['脖子发硬低不下头', 'stiff_neck'],
  ['按了也不褪色', 'nonblanching_rash'],
];

// Look-alikes that must not be read as the concept (the unsafe direction here is over-triage).
const NOT: [string, string][] = [
  ['胸口不疼', 'chest_pain'],
  ['胸椎有点疼', 'chest_pain'],
  ['喘气正常', 'dyspnea'],
  ['天气紧张', 'dyspnea'],
  ['没有意识到问题', 'unresponsive'],
  ['电话里听不清楚', 'speech_difficulty'],
  ['大便不黑', 'black_stool'],
  ['睾丸不痛', 'testicular_pain'],
  ['跑完步出了一身汗', 'cold_sweat'],
];

describe('colloquial red-flag wording', () => {
  it.each(COLLOQUIAL)('%s → %s', (text, concept) => {
    expect(present(text).has(concept)).toBe(true);
  });
  it.each(NOT)('%s is not %s', (text, concept) => {
    expect(present(text).has(concept)).toBe(false);
  });
});

describe('calm-sounding cardiac stories', () => {
  it('"nothing serious, just chest pressure, cold sweat, left arm numb" (62 M) is an emergency', () => {
    const r = triage({
      text: '没什么大事，就是胸口有点压着，出了一身冷汗，左胳膊也麻',
      ageYears: 62,
      sex: 'M',
    });
    expect(r.disposition).toBe('emergency');
    expect(r.redFlags.map((f) => f.id)).toContain('cardiac_type_chest_pain');
  });

  it('cold sweat with arm ache and breathlessness goes now even without the word chest', () => {
    expect(triage({ text: '出了一身冷汗，左胳膊酸，有点喘', ageYears: 70 }).disposition).toBe('emergency');
    expect(
      triage({ text: 'Pale and clammy, short of breath, aching left arm', ageYears: 70 }).disposition,
    ).toBe('emergency');
  });

  it('sweating after exercise with mild breathlessness alone is not sent to emergency', () => {
    expect(triage({ text: '跑完步出了一身汗，有点喘，休息一下就好了', ageYears: 30 }).disposition).not.toBe(
      'emergency',
    );
  });
});
