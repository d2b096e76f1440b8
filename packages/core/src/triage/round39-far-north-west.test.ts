/**
 * Round 39 (dev39, once the held-out test36): an ordinary month in Inner Mongolia, Shanxi or Xinjiang,
 * with English in many voices. Phrases here are written for the tests, not taken from eval vignettes.
 */
import { describe, expect, it } from 'vitest';
import { dispo, flags, present, quantities } from './triage-test-helpers.ts';

describe('same-day needs found in round 39', () => {
  it('a big toe that is red and swollen, said as 又红又肿', () => {
    expect(dispo('昨晚吃了海鲜 早上右脚大脚趾那块又红又肿 碰都不敢碰', { ageYears: 45 })).toBe('urgent');
  });
  it('cola-coloured urine with a puffy face', () => {
    expect(
      dispo('his eyelids look puffy since yesterday and his pee has gone dark brown like cola', {
        ageYears: 9,
      }),
    ).toBe('urgent');
  });
  it('a fingerstick reading counts as a blood sugar', () => {
    expect(quantities('fingerstick 21.4 this morning, very thirsty').vitals.glucoseMmol).toBe(21.4);
  });
  it('a scald from a pot of boiling milk knocked over', () => {
    expect(present('knocked a pan of boiling milk over my wrist')).toContain('burn');
  });
  it('a forehead that will not wrinkle on one side is a facial palsy, not a stroke sign', () => {
    const text = '孩子今天右边嘴角往下耷拉 喝水漏 右边额头右边也皱不起来 手脚有劲 说话清楚';
    expect(present(text)).toContain('forehead_weak');
    expect(flags(text, { ageYears: 9 })).not.toContain('face_arm_speech_signs');
  });
});

describe('over-reads removed in round 39', () => {
  it('blood from a nosebleed brought back up is not a stomach bleed; with a tarry stool it is', () => {
    const nose = '刚才吐了一口血 后来才发现是流鼻血流到嗓子里了 压了几分钟止住了 现在没事';
    expect(flags(nose, { ageYears: 35 })).not.toContain('gi_bleeding');
    expect(dispo(nose, { ageYears: 35 })).not.toBe('urgent');
    expect(flags(`${nose} 不过这两天大便是黑的`, { ageYears: 35 })).toContain('gi_bleeding');
  });
  it('beads from a silica-gel sachet are not tablets, and asking about 催吐 is not vomiting', () => {
    const text = '3岁女儿把零食里的干燥剂撕开吃了两三粒 包装上写着硅胶 要不要催吐';
    expect(present(text)).not.toContain('vomiting');
    expect(flags(text, { ageYears: 3 })).not.toContain('small_child_swallowed_tablets');
    expect(flags('3岁女儿把奶奶的降压药吃了两三粒', { ageYears: 3 })).not.toHaveLength(0);
  });
  it('no urine while vomiting everything is drying out, not a blocked bladder', () => {
    const text = "I keep vomiting everything, even sips of water, and haven't peed since last night";
    expect(flags(text, { ageYears: 30 })).not.toContain('acute_urinary_retention');
    expect(
      flags("I haven't peed since last night and my bladder feels like it will burst", { ageYears: 70 }),
    ).toContain('acute_urinary_retention');
  });
  it('a red patch on the white of the eye with a normal home pressure is self-care', () => {
    const eye = '早上照镜子右眼眼白上一块鲜红的 不疼不痒 看东西清楚 刚量血压125/80';
    expect(dispo(eye, { ageYears: 45 })).toBe('self_care');
    expect(
      dispo('早上照镜子右眼眼白上一块鲜红的 不疼不痒 看东西清楚 刚量血压178/105', { ageYears: 45 }),
    ).not.toBe('self_care');
  });
  it('a scope the patient only wants is not a recent procedure', () => {
    expect(present('胃不舒服很久了 想约个肠镜查一查')).not.toContain('recent_invasive_procedure');
    expect(present('上周刚做了肠镜 今天肚子疼')).toContain('recent_invasive_procedure');
  });
  it('不喝水多 (not drinking a lot) is not drying out', () => {
    expect(present('晚上尿床 平时不喝水多')).not.toContain('dehydration');
    expect(present('孩子拉肚子 一天都不喝水')).toContain('dehydration');
  });
  it('三个来月 is a duration of about three months', () => {
    expect(quantities('胃里反酸两个来月了').durationHours).toBeGreaterThan(1000);
  });
  it('years of high blood pressure are not a systolic reading', () => {
    expect(quantities('高血压二十来年了 一直吃药').vitals.systolicBp).toBeUndefined();
    expect(quantities('高血压 20年了 今天血压 180').vitals.systolicBp).toBe(180);
  });
});
