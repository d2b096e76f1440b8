import type { HypertensionProtocol } from '../protocol.ts';

/**
 * 高血压患者健康管理服务规范 — 国家基本公共卫生服务规范（第三版）2017.
 * Transcribed from ../shared/specs/clinical-rules.md §3.1/§3.3. The primary PDF has not been read:
 * every rule is at best [S]; boundary inclusivity and anything marked U must be confirmed against the
 * text before the marks are raised. Change a value → bump `version`.
 */
export const HYPERTENSION_NBPHS_2017 = {
  id: 'hypertension-nbphs-2017',
  version: '2017.1.0',
  programme: 'hypertension',
  name: {
    zh: '高血压患者健康管理服务规范（国家基本公共卫生服务规范第三版）',
    en: 'Hypertension management — national basic public health service standard, 3rd ed.',
  },
  source: {
    title: {
      zh: '国家基本公共卫生服务规范（第三版）',
      en: 'National Basic Public Health Service Standard, 3rd ed.',
    },
    citation: '国家卫生计生委, 国卫基层发〔2017〕13号, 2017-02',
    licence: 'Government normative document; rules restated, text not copied',
    specRef: 'specs/clinical-rules.md §3.1, §3.3',
  },
  enrolment: {
    codes: [
      {
        category: 'I10',
        match: 'direct',
        label: { zh: '原发性高血压', en: 'essential (primary) hypertension' },
        verification: 'S',
      },
      {
        category: 'I11',
        match: 'direct',
        label: { zh: '高血压性心脏病', en: 'hypertensive heart disease' },
        verification: 'U',
        note: 'primary hypertension with target-organ disease; assumed in scope',
      },
      {
        category: 'I12',
        match: 'direct',
        label: { zh: '高血压性肾脏病', en: 'hypertensive renal disease' },
        verification: 'U',
        note: 'as I11',
      },
      {
        category: 'I13',
        match: 'direct',
        label: { zh: '高血压性心脏和肾脏病', en: 'hypertensive heart and renal disease' },
        verification: 'U',
        note: 'as I11',
      },
      {
        category: 'I15',
        match: 'review',
        label: { zh: '继发性高血压', en: 'secondary hypertension' },
        verification: 'U',
        note: 'the standard targets primary hypertension; the doctor decides',
      },
    ],
    minAgeYears: {
      value: 35,
      verification: 'S',
      note: '辖区内35岁及以上常住居民; younger patients are proposed for review, not refused',
    },
  },
  schedule: {
    minFaceToFacePerYear: { value: 4, verification: 'S' },
    routineIntervalDays: {
      value: 90,
      verification: 'project',
      note: 'derived from ≥4 visits a year: 4 × 90 days fit in one year',
    },
    recheckWithinDays: {
      value: 14,
      verification: 'S',
      note: 'first uncontrolled or ADR → re-visit within 2 weeks',
    },
    referralFollowUpWithinDays: {
      value: 14,
      verification: 'S',
      note: 'follow up any referral within 2 weeks',
    },
    dueSoonDays: { value: 7, verification: 'project', note: 'panel "due this week" window' },
  },
  urgent: {
    systolicAtLeast: { value: 180, verification: 'S', note: 'inclusive ≥ boundary is [U]' },
    diastolicAtLeast: { value: 110, verification: 'S', note: 'inclusive ≥ boundary is [U]' },
    dangerSymptoms: [
      {
        code: 'altered_consciousness',
        label: { zh: '意识改变', en: 'altered consciousness' },
        verification: 'S',
      },
      {
        code: 'severe_headache_or_dizziness',
        label: { zh: '剧烈头痛或头晕', en: 'severe headache or dizziness' },
        verification: 'S',
      },
      { code: 'nausea_vomiting', label: { zh: '恶心呕吐', en: 'nausea or vomiting' }, verification: 'S' },
      { code: 'blurred_vision', label: { zh: '视力模糊', en: 'blurred vision' }, verification: 'S' },
      { code: 'eye_pain', label: { zh: '眼痛', en: 'eye pain' }, verification: 'S' },
      { code: 'palpitations', label: { zh: '心悸', en: 'palpitations' }, verification: 'S' },
      { code: 'chest_tightness', label: { zh: '胸闷', en: 'chest tightness' }, verification: 'S' },
      {
        code: 'orthopnoea_or_breathlessness',
        label: { zh: '喘憋不能平卧', en: 'breathlessness, cannot lie flat' },
        verification: 'S',
      },
      {
        code: 'site_cannot_manage',
        label: { zh: '存在不能处理的其他疾病', en: 'other condition the site cannot manage' },
        verification: 'S',
      },
    ],
    pregnancyNormalBelow: {
      value: { systolic: 120, diastolic: 80 },
      verification: 'U',
      note: '规范 says "BP above normal" without numbers; read as ≥120/80, the upper limit of normal in Chinese hypertension guidelines. A clinician flag also triggers.',
    },
  },
  control: {
    general: {
      value: { systolicBelow: 140, diastolicBelow: 90 },
      verification: 'S',
      note: 'strict < boundary is [U]; DM/CKD may go lower but 140/90 is the service standard',
    },
    elderly: {
      value: { fromAgeYears: 65, systolicBelow: 150, diastolicBelow: 90 },
      verification: 'S',
      note: 'further to <140/90 if tolerated — display only',
    },
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
    control: { value: '血压控制率 = 最近一次随访血压达标人数 / 年内已管理人数', verification: 'U' },
  },
} as const satisfies HypertensionProtocol;
