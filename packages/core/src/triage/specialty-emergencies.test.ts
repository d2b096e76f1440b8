/**
 * Emergencies outside the common chest/stroke/belly patterns: dialysis, spreading weakness and
 * nerve–muscle crises, spreading mouth infections, pressure after a fracture, bleeding disorders,
 * a blocked bowel without the word "pain", heart pain called indigestion, fewer baby movements,
 * weapons, final acts before suicide, and non-native or dialect wording of known red flags.
 * Phrases here are written for the tests, not taken from eval vignettes.
 */
import { describe, expect, it } from 'vitest';
import { triage } from './triage.ts';
import type { TriageInput } from './triage-types.ts';

const run = (text: string, extra: Omit<TriageInput, 'text'> = {}) => triage({ text, ...extra });
const flags = (text: string, extra: Omit<TriageInput, 'text'> = {}) =>
  run(text, extra).redFlags.map((f) => f.id);

describe('dialysis', () => {
  it('feeling unwell after a missed session is an emergency', () => {
    expect(flags('我爸血透的，周五那次没去成，今天嘴唇发麻、浑身没力气')).toContain('dialysis_warning');
    expect(
      flags(
        "my husband has haemodialysis three times a week and skipped Wednesday's session, now he feels very weak",
      ),
    ).toContain('dialysis_warning');
  });
  it('breathlessness or a slow pulse on dialysis is an emergency', () => {
    expect(flags('我妈做腹透的，这两天喘不上气')).toContain('dialysis_warning');
    expect(flags('on dialysis and my pulse is really slow today')).toContain('dialysis_warning');
  });
});

describe('spreading weakness and nerve–muscle crises', () => {
  it('both legs weaker by the day after an infection is an emergency', () => {
    expect(flags('一周前拉肚子，现在两腿发软，越来越没劲')).toContain(
      'spreading_weakness_or_breathing_swallowing_trouble',
    );
    expect(
      flags('after a tummy bug last week my legs have got weaker every day and now my hands are tingling'),
    ).toContain('spreading_weakness_or_breathing_swallowing_trouble');
  });
  it('a slow decline without a stated recent time is not', () => {
    expect(flags('我妈八十了，最近腿越来越没劲')).not.toContain(
      'spreading_weakness_or_breathing_swallowing_trouble',
    );
  });
  it('choking on drinks or breathlessness with a known nerve–muscle condition is an emergency', () => {
    expect(flags('有重症肌无力，这两天喝水老呛，喘气费劲')).toContain(
      'spreading_weakness_or_breathing_swallowing_trouble',
    );
    expect(
      flags(
        'known myasthenia, today my eyelids are drooping and I choke when I drink, a bit short of breath',
      ),
    ).toContain('spreading_weakness_or_breathing_swallowing_trouble');
  });
  it('new choking on drinks alone is same-day; a one-off splutter is neither', () => {
    expect(run('这几天吃饭老呛', { ageYears: 50 }).disposition).toBe('urgent');
    expect(run('喝水呛了一下，咳了几声就好了', { ageYears: 30 }).disposition).not.toBe('emergency');
  });
});

describe('mouth infection spreading to the neck', () => {
  it('tooth pain with swelling under the jaw and a mouth hard to open is an emergency', () => {
    expect(flags('智齿发炎三天了，现在下巴底下肿得很硬，张不开嘴')).toContain(
      'mouth_infection_spreading_to_neck',
    );
    expect(
      flags('wisdom tooth infection, now the swelling has spread down my neck and I have trouble swallowing'),
    ).toContain('mouth_infection_spreading_to_neck');
  });
  it('a sore throat with swollen neck glands and fever is not an emergency', () => {
    expect(flags('嗓子疼发烧，脖子上的淋巴结肿了')).not.toContain('mouth_infection_spreading_to_neck');
  });
  it('a swollen cheek with a tooth abscess, mouth opening fine, is same-day', () => {
    expect(run('bad toothache and my cheek has gone swollen, no fever').disposition).toBe('urgent');
  });
});

describe('after a fracture or cast', () => {
  it('worsening pain despite painkillers with numb toes or fingers is an emergency', () => {
    expect(flags('小腿骨折打了石膏，晚上疼得越来越厉害，吃止痛药也不管用，脚趾发麻')).toContain(
      'pain_and_numbness_in_a_cast',
    );
    expect(
      flags(
        "my son's wrist is in a cast since Monday, the painkillers aren't helping and his fingers are numb",
      ),
    ).toContain('pain_and_numbness_in_a_cast');
  });
});

describe('bleeding disorders', () => {
  it('a head knock with a bleeding disorder is an emergency', () => {
    expect(flags('I have haemophilia A and fell off my bike, bumped my head')).toContain(
      'high_risk_head_injury',
    );
  });
  it('a swollen joint with a bleeding disorder is same-day haematology', () => {
    const r = run('血友病，打球后膝盖肿了');
    expect(r.disposition).toBe('urgent');
    expect(r.departments[0]?.code).toBe('haematology');
  });
});

describe('a blocked bowel without the word pain', () => {
  it('vomiting with no stool and no wind is an emergency', () => {
    expect(flags('吐了一天了，两天没拉屎也没放屁')).toContain('vomiting_with_no_wind_or_stool');
    expect(flags("been throwing up since yesterday and haven't pooed or passed wind")).toContain(
      'vomiting_with_no_wind_or_stool',
    );
  });
});

describe('heart pain called indigestion', () => {
  it('indigestion brought on by exertion or with a cold sweat is an emergency', () => {
    expect(
      flags('feels like indigestion every time I walk up the hill and it goes into my left arm', {
        ageYears: 62,
      }),
    ).toContain('indigestion_with_heart_warning_signs');
    expect(flags('胃胀，一干活就出虚汗', { ageYears: 66 })).toContain('indigestion_with_heart_warning_signs');
  });
  it('bloating after the gym in a young adult is not', () => {
    expect(flags('always bloated after the gym', { ageYears: 25 })).not.toContain(
      'indigestion_with_heart_warning_signs',
    );
  });
  it('heartburn after spicy food is not', () => {
    expect(flags('heartburn after spicy food, nothing else', { ageYears: 30 })).not.toContain(
      'indigestion_with_heart_warning_signs',
    );
  });
});

describe('pregnancy', () => {
  it('not feeling the baby move is an emergency, in either language', () => {
    expect(flags('孕38周了，今天好像感觉不到胎动', { sex: 'F' })).toContain('pregnancy_warning');
    expect(flags("36 weeks and I haven't felt the baby move since this morning", { sex: 'F' })).toContain(
      'pregnancy_warning',
    );
  });
});

describe('mental health', () => {
  it('a weapon against someone is a risk to others', () => {
    expect(flags('我弟喝多了拿着刀说要去砍人')).toContain('risk_to_others');
    expect(flags('my son is waving a knife around and shouting at us')).toContain('risk_to_others');
  });
  it('a kitchen knife in use is not', () => {
    expect(flags('拿着菜刀切菜的时候切到手了')).not.toContain('risk_to_others');
  });
  it('goodbye letters and voices telling someone to jump are suicide warnings', () => {
    expect(flags("I've written a goodbye letter to my kids")).toContain('self_harm_thoughts');
    expect(flags('the voices keep telling me to jump')).toContain('self_harm_thoughts');
    expect(flags('i dont want to be around anymore')).toContain('self_harm_thoughts');
  });
});

describe('non-native, dialect and pinyin wording of known red flags', () => {
  it('reads a stroke described in non-native English with the age given as "66 years"', () => {
    expect(
      flags('my father 66 years, since 30 minutes his mouth is going down and he cannot move the left arm'),
    ).toContain('face_arm_speech_signs');
  });
  it('reads Cantonese-flavoured tearing chest-to-back pain', () => {
    expect(flags('成个心口好似撕开咁痛，痛到背脊')).toContain('tearing_chest_back_pain');
  });
  it('reads a head injury said as 磕在 and a headache said with a simile', () => {
    expect(flags('老爷子吃着华法林，头磕在桌角上了')).toContain('high_risk_head_injury');
    expect(flags('脑壳像被门夹了一样痛，这辈子没这么痛过')).toContain('thunderclap_headache');
  });
  it('reads chest pain typed in pinyin', () => {
    const r = run('xiongkou teng, zuo shoubi ma', { ageYears: 50 });
    expect(r.findings.present).toContain('chest_pain');
    expect(r.disposition).toBe('emergency');
  });
  it('does not read the English word "fare" as a pinyin fever', () => {
    expect(run('paid my bus fare and got a runny nose').findings.present).not.toContain('fever');
  });
});
