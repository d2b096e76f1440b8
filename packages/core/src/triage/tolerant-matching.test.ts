import { describe, expect, it } from 'vitest';
import { findConcepts } from './find-concepts.ts';
import { expandZhPattern, factorFillers } from './symptom-lexicon.ts';
import { ZH_FILLERS } from './zh-wording.data.ts';
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

  it('a sentence gap crosses commas but not a negation or a sentence end', () => {
    const re = new RegExp(expandZhPattern('包皮⋯翻不回'));
    expect(re.test('包皮翻上去了，现在翻不回来')).toBe(true);
    expect(re.test('包皮没翻上去，翻不回')).toBe(false);
    expect(re.test('包皮翻上去了。现在翻不回来')).toBe(false);
    // 差不多 ("about") is not a denial.
    expect(new RegExp(expandZhPattern('药⋯30片')).test('吃了药，差不多30片')).toBe(true);
  });

  it('the factored filler group matches exactly what the plain word list matches', () => {
    const flat = new RegExp(`^(?:${ZH_FILLERS.join('|')})$`);
    const factored = new RegExp(`^${factorFillers(ZH_FILLERS)}$`);
    const chars = [...new Set(ZH_FILLERS.join('').replace(/\?/g, ''))];
    const differ: string[] = [];
    for (const a of chars) {
      for (const b of ['', ...chars]) {
        for (const c of ['', ...chars]) {
          if (factored.test(a + b + c) !== flat.test(a + b + c)) differ.push(a + b + c);
        }
      }
    }
    expect(differ).toEqual([]);
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
  ['头突然像炸开一样疼', 'headache'],
  ['娃儿脑壳摔到了', 'head_injury'],
  ['发烧抽筋了', 'seizure'],
  ['眼睛往上翻', 'seizure'],
  ['今天一整天没尿', 'dehydration'],
  ['哭都没眼泪', 'dehydration'],
  ['老人叫了半天才醒', 'confusion'],
  ['尿尿的时候火辣辣的', 'dysuria'],
  ['上吐下泻一天了', 'diarrhoea'],
  ['大便的时候滴鲜血', 'rectal_bleeding'],
  ['一天没大便也没放屁', 'obstipation'],
  ['吞了一整板安眠药', 'poisoning'],
  ['说不到两句话就喘', 'dyspnea_severe'],
  ['鼻翼一扇一扇的', 'dyspnea_severe'],
  ['吐了好多血', 'vomiting_blood'],
  ['烧得厉害', 'fever'],
  ['脖子梗着', 'stiff_neck'],
  ['心跳突然很快', 'palpitations'],
  ['小腿红肿发烫', 'skin_inflamed'],
  ['腰上一圈起了一串小水泡', 'dermatomal_rash'],
  ['开水泼到孩子身上', 'burn'],
  ['刀扎到肚子了', 'major_trauma_mechanism'],
  ['月经过了两周没来', 'missed_period'],
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
  // 抽筋 in a named limb is a cramp, not a fit.
  ['孩子晚上腿抽筋', 'seizure'],
  ['半夜小腿抽筋', 'seizure'],
  ['心里烧得厉害', 'fever'],
  ['头一次肚子疼', 'headache'],
  ['胸口像有块石头压着', 'headache'],
  // A head movement is not a head pain (round 5).
  ['脖子一扭头就疼', 'headache'],
  ['没有尿频尿急', 'dehydration'],
  ['呼吸很困难', 'drowsy'],
  ['腿肚子疼', 'abdominal_pain'],
  ['吐了一次', 'persistent_vomiting'],
  ['嗓子老觉得有东西堵着', 'airway_swelling'],
];

// English look-alikes.
const NOT_EN: [string, string][] = [
  ['sleep paralysis a few times a month', 'limb_paralysis'],
  ['my legs feel dead tired after work', 'limb_paralysis'],
  ['eyes tearing and itchy', 'tearing_character'],
  ['I had a cold sweat', 'cold_word'],
  ['worse than my usual period pain', 'usual_pattern'],
  ["it hasn't stopped bleeding", 'bleeding_stopped'],
];

describe('colloquial red-flag wording', () => {
  it.each(COLLOQUIAL)('%s → %s', (text, concept) => {
    expect(present(text).has(concept)).toBe(true);
  });
  it.each(NOT)('%s is not %s', (text, concept) => {
    expect(present(text).has(concept)).toBe(false);
  });
  it.each(NOT_EN)('%s is not %s', (text, concept) => {
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
