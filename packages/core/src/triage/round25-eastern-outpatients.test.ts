/**
 * Round 25 (dev25, once the held-out test22): a month across the outpatient building of a large
 * hospital in eastern China. Phrases here are written for the tests, not taken from eval vignettes.
 */
import { describe, expect, it } from 'vitest';
import { run, dispo, flags, present } from './triage-test-helpers.ts';

describe('emergencies found in round 25', () => {
  it('a hedged count of tablets after a quarrel', () => {
    expect(dispo('昨晚心情不好，一口气吃了大概15片安眠药', { ageYears: 22 })).toBe('emergency');
    expect(dispo('吵完架吃了差不多30粒退烧药', { ageYears: 17 })).toBe('emergency');
  });
  it('only a couple of small movements since yesterday, late in pregnancy', () => {
    expect(
      dispo("32 weeks along, today I've only felt maybe 1 or 2 little movements", { ageYears: 30, sex: 'F' }),
    ).toBe('emergency');
  });
  it('a belly hard like a board after sudden upper pain', () => {
    expect(
      dispo('sudden sharp pain below my ribs an hour ago and now my stomach is stiff as a board', {
        ageYears: 50,
      }),
    ).toBe('emergency');
  });
  it('after egg collection: a swollen belly with breathlessness', () => {
    expect(flags('取卵后第4天，肚子胀得越来越大，喘不上气', { ageYears: 31, sex: 'F' })).toContain(
      'severe_signs_after_ivf_stimulation',
    );
  });
});

describe('same-day rules reached in round 25', () => {
  it('a swollen belly after IVF stimulation without severe signs', () => {
    expect(
      dispo('two days after my egg retrieval my tummy is getting bigger and a bit sore', {
        ageYears: 34,
        sex: 'F',
      }),
    ).toBe('urgent');
  });
  it('a fever into its fifth day counts its days, not today', () => {
    expect(dispo('女儿3岁，发烧今天已经第5天了', { ageYears: 3 })).toBe('urgent');
    expect(dispo('my son has a fever, today is day 5', { ageYears: 6 })).toBe('urgent');
  });
  it('low counts on a report with bleeding gums', () => {
    expect(dispo('化验单上血小板只有30，这几天刷牙牙龈老出血', { ageYears: 40 })).toBe('urgent');
  });
  it('a speck stuck under the eyelid', () => {
    expect(
      dispo('sanding a door and a speck got in my left eye, now it feels stuck under the lid', {
        ageYears: 30,
      }),
    ).toBe('urgent');
  });
  it('an infected diabetic foot with a measured 37.7 °C is same-day, with 38.6 °C it goes now', () => {
    const text = '糖尿病好多年，左脚底磨破了，这几天周围红肿流黄水';
    expect(dispo(`${text}，今天体温37.7`, { ageYears: 66 })).toBe('urgent');
    expect(dispo(`${text}，今天发烧38.6`, { ageYears: 66 })).toBe('emergency');
  });
});

describe('what round 25 no longer over-reads', () => {
  it('a stabbing pain is not a stab wound; "run out of room" is not medicine run out', () => {
    expect(present('a stabbing pain in my side').has('wound')).toBe(false);
    expect(present('he was stabbed in the arm').has('wound')).toBe(true);
    expect(present('the baby is running out of room in there').has('meds_run_out')).toBe(false);
    expect(present('I ran out of my blood pressure pills').has('meds_run_out')).toBe(true);
  });
  it('"I don\'t bleed or bruise" denies, but a later clause is not reached', () => {
    expect(present("I don't bleed or bruise easily").has('bleeding_any')).toBe(false);
    expect(present("bruises I don't remember getting, my gums bleed when I brush").has('bleeding_any')).toBe(
      true,
    );
    expect(present("I don't know why my chest hurts").has('chest_pain')).toBe(true);
  });
  it('a heavy nosebleed that stopped with pinching is not an emergency', () => {
    expect(
      dispo('huge nosebleed, blood was pouring out, I pinched my nose for 10 minutes and then it stopped', {
        ageYears: 40,
      }),
    ).not.toBe('emergency');
  });
  it('chest-wall pain after weights in a young man', () => {
    expect(dispo('20岁，前天练卧推后右边胸口按着疼，不喘不出汗', { ageYears: 20, sex: 'M' })).toBe(
      'self_care',
    );
    // The same pain with breathlessness still goes now.
    expect(dispo('20岁，前天练卧推后右边胸口按着疼，现在喘不上气', { ageYears: 20, sex: 'M' })).toBe(
      'emergency',
    );
  });
  it('a limp, a coffee table, "sinus arrhythmia" and "looks terrible" are read for what they are', () => {
    expect(present('she walks with a slight limp').has('infant_danger_signs')).toBe(false);
    expect(present('bumped into the coffee table').has('caffeine_trigger')).toBe(false);
    expect(present('the ECG said sinus arrhythmia').has('nose_symptom')).toBe(false);
    expect(
      dispo(
        'my 5 year old hit the table and has a lump on his forehead, it looks terrible, but he cried at once and is playing normally',
        {
          ageYears: 5,
        },
      ),
    ).toBe('self_care');
  });
});

describe('self-care reached in round 25', () => {
  it('a bright red patch on the white of the eye, painless, vision normal', () => {
    expect(dispo('早上起来发现左眼白上一大片鲜红，不疼不痒，看东西正常', { ageYears: 45 })).toBe('self_care');
    // On a blood thinner it needs a look.
    expect(dispo('右眼白上一大块鲜红，不疼，我在吃华法林', { ageYears: 70 })).not.toBe('self_care');
  });
  it('a neck cricked in sleep, sunburn, red urine after dragon fruit', () => {
    expect(dispo('早上起来脖子扭不过来了，估计是睡姿不对', { ageYears: 35 })).toBe('self_care');
    expect(dispo('去海边晒得通红，碰着疼', { ageYears: 25 })).toBe('self_care');
    expect(dispo('昨晚吃了红心火龙果，今早尿是红的，不疼', { ageYears: 30 })).toBe('self_care');
  });
  it('a child sent home with advice is pointed to paediatrics first', () => {
    const r = run('my 4 year old bumped his head on the door, cried straight away, now playing normally', {
      ageYears: 4,
    });
    expect(r.disposition).toBe('self_care');
    expect(r.departments[0]?.code).toBe('paediatrics');
  });
});

describe('departments found in round 25', () => {
  it('an ECG report goes to cardiology', () => {
    expect(
      run('体检心电图写着窦性心律不齐，我该挂什么科', { ageYears: 24 }).departments.map((d) => d.code),
    ).toContain('cardiology');
  });
});
