/**
 * Context that changes the risk of an ordinary-sounding complaint (a recent operation or birth,
 * blood thinners, stimulant drugs, diabetes, the newborn period, a choking episode), and colloquial
 * wording of emergencies. Phrases here are written for the tests, not taken from eval vignettes.
 */
import { describe, expect, it } from 'vitest';
import { normaliseChineseNumbers } from './chinese-numerals.ts';
import { parseQuantities } from './parse-quantities.ts';
import { triage } from './triage.ts';
import type { TriageInput } from './triage-types.ts';

const run = (text: string, extra: Omit<TriageInput, 'text'> = {}) => triage({ text, ...extra });
const flags = (text: string, extra: Omit<TriageInput, 'text'> = {}) =>
  run(text, extra).redFlags.map((f) => f.id);

describe('clot risk: recent operation, birth, long journey', () => {
  it('breathlessness or coughing blood soon after an operation or a long flight is an emergency', () => {
    expect(flags('胆囊切除术后第6天，今天突然气短')).toContain('clot_risk_with_breathing_or_chest_signs');
    expect(flags('Had knee surgery 10 days ago and now I get out of breath on the stairs')).toContain(
      'clot_risk_with_breathing_or_chest_signs',
    );
    expect(flags('flew back on a 13 hour flight, now it hurts when I breathe in')).toContain(
      'clot_risk_with_breathing_or_chest_signs',
    );
    expect(flags('剖宫产后2周，喘气的时候右边胸口疼', { sex: 'F' })).toContain(
      'clot_risk_with_breathing_or_chest_signs',
    );
  });
  it('an operation long ago is not a current risk', () => {
    expect(flags('十年前做过阑尾手术，最近爬楼有点气短')).not.toContain(
      'clot_risk_with_breathing_or_chest_signs',
    );
  });
  it('a swollen leg after an operation is same-day', () => {
    expect(run('髋关节置换术后第8天，右边腿肚子胀疼').disposition).not.toBe('routine');
  });
});

describe('after birth and in pregnancy', () => {
  it('severe-range blood pressure in pregnancy or after birth is an emergency', () => {
    expect(flags('孕32周，在家量血压165/100，有点头晕', { sex: 'F' })).toContain('after_birth_warning');
    expect(flags('gave birth 6 days ago, bad headache and my vision is blurry', { sex: 'F' })).toContain(
      'after_birth_warning',
    );
  });
});

describe('blood thinners and bleeding', () => {
  it('bleeding that will not stop on an anticoagulant is an emergency', () => {
    expect(flags('在吃拜瑞妥，牙龈出血按着也止不住')).toContain('bleeding_on_blood_thinners');
    expect(flags("I'm on Eliquis and this cut has been bleeding heavily for an hour")).toContain(
      'bleeding_on_blood_thinners',
    );
  });
  it('spurting blood from a wound is an emergency', () => {
    expect(run('被玻璃划伤了胳膊，血一股一股往外冒').disposition).toBe('emergency');
  });
});

describe('stimulant drugs', () => {
  it('chest tightness or a racing heart after stimulants is an emergency', () => {
    expect(flags('昨晚溜冰了，现在胸口发紧心慌')).toContain('stimulant_with_chest_or_heart_symptoms');
    expect(flags('did some coke last night and my heart is pounding')).toContain(
      'stimulant_with_chest_or_heart_symptoms',
    );
  });
  it('a soft drink is not a drug', () => {
    expect(flags('had a coke with lunch and now I have palpitations')).not.toContain(
      'stimulant_with_chest_or_heart_symptoms',
    );
  });
});

describe('diabetes and the foot', () => {
  it('a foot sore with fever in diabetes is an emergency; a red one without fever is same-day', () => {
    expect(flags('有糖尿病，脚趾上的伤口溃烂了，今天发烧寒战')).toContain('diabetic_foot_with_fever');
    expect(run('I have diabetes and the ulcer on my heel is red and swollen').disposition).toBe('urgent');
  });
  it('a very high sugar reading is same-day', () => {
    expect(run('血糖有点高，没别的不舒服', { vitals: { glucoseMmol: 22 } }).disposition).toBe('urgent');
  });
});

describe('babies and children', () => {
  it('a yellow newborn who feeds poorly or sleeps all the time is an emergency', () => {
    expect(flags('宝宝生下来第5天，全身都发黄，老是睡，不怎么吃奶', { ageMonths: 0 })).toContain(
      'yellow_newborn_unwell',
    );
    expect(flags('my 5 day old looks yellow and is hard to wake', { ageMonths: 0 })).toContain(
      'yellow_newborn_unwell',
    );
  });
  it('noisy breathing or coughing after choking is an emergency in a child', () => {
    expect(flags('孩子吃瓜子呛了，现在一直咳嗽', { ageYears: 4 })).toContain('choking_then_breathing_signs');
    expect(flags('my son choked on a grape and is still wheezing', { ageYears: 6 })).toContain(
      'choking_then_breathing_signs',
    );
  });
  it('blood in the stool of a toddler who cries in bouts is an emergency', () => {
    expect(flags('宝宝一阵一阵地哭闹，大便带血', { ageMonths: 14 })).toContain(
      'infant_bloody_stool_with_crying_or_vomiting',
    );
  });
  it('no urine for many hours while losing fluid is an emergency', () => {
    expect(run('孩子拉肚子，一上午没尿', { ageYears: 7 }).disposition).toBe('emergency');
  });
  it('a swallowed battery said object-first is an emergency', () => {
    expect(flags('孩子把一颗纽扣电池咽下去了', { ageYears: 3 })).toContain('poisoning_or_overdose');
  });
});

describe('colloquial emergencies', () => {
  it('an ongoing fit said as 一直在抽 is an emergency, smoking is not a fit', () => {
    expect(run('老人一直在抽，叫不答应').disposition).toBe('emergency');
    expect(run('他一直在抽烟，咳嗽两周').redFlags.map((f) => f.id)).not.toContain('seizure');
  });
  it('painful eye with halos and vomiting is an emergency; 眼看 is not an eye complaint', () => {
    expect(flags('左眼胀痛得厉害，看灯周围有光晕，恶心想吐')).toContain('eye_emergency');
    expect(run('眼看着肚子越来越疼').findings.present).not.toContain('eye_pain_red');
  });
  it('back pain with numbness around the bottom or bladder control lost is an emergency', () => {
    expect(flags('腰疼了一周，现在肛门周围发麻')).toContain('severe_flank_or_back_pain');
    expect(flags("bad back and I can't feel anything when I wipe")).toContain('severe_flank_or_back_pain');
  });
  it('a sudden bleed is new even when the background has lasted years', () => {
    expect(flags('胃病十几年了，刚才突然吐血')).toContain('gi_bleeding');
  });
});

describe('same-day patterns', () => {
  it('a mouth hard to open with a sore throat is same-day', () => {
    expect(run('喉咙疼得厉害，嘴张不开').disposition).toBe('urgent');
  });
  it('something that flew into the eye is same-day', () => {
    expect(run('砂轮打磨的时候有碎屑蹦进眼睛里了').disposition).toBe('urgent');
  });
});

describe('past episodes and durations', () => {
  it('a chest pain months ago, said with 过, is history and sends to the specialty that follows it', () => {
    const r = run('半年前心口疼过一回，一直没再疼，想复查');
    expect(r.disposition).toBe('routine');
    expect(r.departments[0]?.code).toBe('cardiology');
  });
  it('a frequency is not a duration', () => {
    expect(parseQuantities('heartburn twice a week for 3 months').durationHours).toBe(3 * 720);
    expect(parseQuantities(normaliseChineseNumbers('一天三次，拉了两天')).durationHours).toBe(48);
    expect(parseQuantities(normaliseChineseNumbers('这几年一直胃胀')).durationHours).toBe(9000);
  });
  it('muscle soreness after a run is self-care', () => {
    expect(run('前天跑步之后大腿酸痛', { ageYears: 30 }).disposition).toBe('self_care');
  });
});
