import type { DiabetesProtocol } from '../protocol.ts';

/**
 * 2型糖尿病患者健康管理服务规范 — 国家基本公共卫生服务规范（第三版）2017.
 * Transcribed from ../shared/specs/clinical-rules.md §3.2/§3.3; primary PDF not read, so rules are at
 * best [S]. Glucose in mmol/L. Change a value → bump `version`.
 */
export const T2DM_NBPHS_2017 = {
  id: 't2dm-nbphs-2017',
  version: '2017.1.0',
  programme: 't2dm',
  name: {
    zh: '2型糖尿病患者健康管理服务规范（国家基本公共卫生服务规范第三版）',
    en: 'Type 2 diabetes management — national basic public health service standard, 3rd ed.',
  },
  source: {
    title: {
      zh: '国家基本公共卫生服务规范（第三版）',
      en: 'National Basic Public Health Service Standard, 3rd ed.',
    },
    citation: '国家卫生计生委, 国卫基层发〔2017〕13号, 2017-02',
    licence: 'Government normative document; rules restated, text not copied',
    specRef: 'specs/clinical-rules.md §3.2, §3.3',
  },
  enrolment: {
    codes: [
      {
        category: 'E11',
        match: 'direct',
        label: { zh: '2型糖尿病', en: 'type 2 diabetes mellitus' },
        verification: 'S',
      },
      {
        category: 'E14',
        match: 'review',
        label: { zh: '未特指的糖尿病', en: 'unspecified diabetes mellitus' },
        verification: 'U',
        note: 'type not coded; the doctor confirms type 2',
      },
    ],
    minAgeYears: {
      value: 35,
      verification: 'S',
      note: '辖区内35岁及以上常住居民; younger patients are proposed for review, not refused',
    },
  },
  schedule: {
    minFaceToFacePerYear: { value: 4, verification: 'S', note: 'plus 4 free fasting-glucose tests a year' },
    routineIntervalDays: {
      value: 90,
      verification: 'project',
      note: 'derived from ≥4 visits a year ("next quarterly visit")',
    },
    recheckWithinDays: { value: 14, verification: 'S' },
    referralFollowUpWithinDays: { value: 14, verification: 'S' },
    dueSoonDays: { value: 7, verification: 'project', note: 'panel "due this week" window' },
  },
  urgent: {
    glucoseAtLeast: { value: 16.7, verification: 'S', note: 'inclusive ≥ boundary is [U]' },
    glucoseAtMost: { value: 3.9, verification: 'S', note: 'inclusive ≤ boundary is [U]' },
    systolicAtLeast: { value: 180, verification: 'S', note: 'inclusive ≥ boundary is [U]' },
    diastolicAtLeast: { value: 110, verification: 'S', note: 'inclusive ≥ boundary is [U]' },
    heartRateAbovePersistent: {
      value: 100,
      verification: 'S',
      note: 'only when persistent; an unconfirmed high rate is a prompt, not a referral',
    },
    temperatureAbove: { value: 39, verification: 'S' },
    dangerSymptoms: [
      {
        code: 'altered_consciousness',
        label: { zh: '意识或行为改变', en: 'altered consciousness or behaviour' },
        verification: 'S',
      },
      {
        code: 'acetone_breath',
        label: { zh: '呼气有烂苹果样丙酮味', en: 'acetone ("rotten apple") breath' },
        verification: 'S',
      },
      { code: 'palpitations', label: { zh: '心悸', en: 'palpitations' }, verification: 'S' },
      { code: 'sweating', label: { zh: '出汗', en: 'sweating' }, verification: 'S' },
      { code: 'anorexia', label: { zh: '食欲减退', en: 'loss of appetite' }, verification: 'S' },
      { code: 'nausea_vomiting', label: { zh: '恶心、呕吐', en: 'nausea or vomiting' }, verification: 'S' },
      { code: 'polydipsia', label: { zh: '多饮', en: 'excessive thirst' }, verification: 'S' },
      { code: 'polyuria', label: { zh: '多尿', en: 'excessive urination' }, verification: 'S' },
      { code: 'abdominal_pain', label: { zh: '腹痛', en: 'abdominal pain' }, verification: 'S' },
      {
        code: 'kussmaul_breathing',
        label: { zh: '深大呼吸', en: 'deep (Kussmaul) breathing' },
        verification: 'S',
      },
      { code: 'flushed_skin', label: { zh: '皮肤潮红', en: 'flushed skin' }, verification: 'S' },
      {
        code: 'sudden_vision_loss',
        label: { zh: '视力骤降', en: 'sudden loss of vision' },
        verification: 'S',
      },
      {
        code: 'site_cannot_manage',
        label: { zh: '存在不能处理的其他疾病', en: 'other condition the site cannot manage' },
        verification: 'S',
      },
    ],
    pregnancyFastingGlucoseAtLeast: {
      value: 5.1,
      verification: 'U',
      note: '规范 says "glucose above normal" without numbers; 5.1 mmol/L fasting is the pregnancy cut-off (IADPSG). A clinician flag also triggers.',
    },
  },
  control: {
    fastingGlucoseBelow: { value: 7.0, verification: 'S', note: 'strict < boundary is [U]' },
  },
  classificationPriority: {
    value: ['complication', 'adverse_reaction', 'uncontrolled', 'controlled'],
    verification: 'project',
    note: 'the form has one box; the most serious applicable class is primary, all are returned',
  },
  kpi: {
    standardManagement: {
      value: '规范管理率 = 年内按规范管理（≥4次面对面随访）人数 / 年内已管理人数',
      verification: 'U',
    },
    control: { value: '血糖控制率 = 最近一次随访空腹血糖达标人数 / 年内已管理人数', verification: 'U' },
  },
} as const satisfies DiabetesProtocol;
