/**
 * Self-care patterns: mild, short, self-limiting complaints in people without risk features. They
 * only apply when no urgent or emergency rule fired and every symptom is in the allowed list; every
 * self-care answer carries safety-net advice (safety-net-advice.data.ts). Source: project, following
 * common primary-care self-care advice (NHS-style "when to seek help"); licence: project.
 */
import type { Cond } from './rule-condition.ts';
import type { TriageRule } from './triage-rule.ts';

/** Who must not be told "self-care": infants, older adults, pregnancy, weak immunity, severe pain. */
const LOW_RISK: readonly Cond[] = [
  { ageYearsAtLeast: 1, orUnknown: true },
  { ageYearsBelow: 65, orUnknown: true },
  { not: { pregnant: true } },
  { not: { has: 'pregnant' } },
  { not: { has: 'immunosuppressed' } },
  { severityBelow: 7, orUnknown: true },
  { tempBelow: 38.5, orUnknown: true },
  { not: { has: 'high_fever_word' } },
  { not: { has: 'sudden_onset' } },
];

const selfCare = (id: string, zh: string, en: string, conds: readonly Cond[]): TriageRule => ({
  id,
  disposition: 'self_care',
  cnLevel: 4,
  label: { zh, en },
  when: { all: [...LOW_RISK, ...conds] },
  source: 'project (primary-care self-care advice)',
});

export const SELF_CARE_RULES: readonly TriageRule[] = [
  selfCare('cold_symptoms', '轻度感冒样症状', 'mild cold-like symptoms', [
    {
      onlyAmong: [
        'nose_symptom',
        'sore_throat',
        'cough',
        'sputum',
        'fever',
        'headache',
        'fatigue',
        'chills',
        'joint_msk_pain',
        'sweating',
        'eye_pain_red',
      ],
    },
    {
      any: [
        { has: 'nose_symptom' },
        { all: [{ has: 'sore_throat' }, { not: { has: 'fever' } }] },
        { all: [{ has: 'cough' }, { has: 'sore_throat' }] },
        // A cough left over from a cold: NHS "cough" self-care advice (see a GP after 3 weeks).
        { all: [{ has: 'cough' }, { has: 'cold_word' }, { not: { has: 'fever' } }] },
      ],
    },
    { durationHoursBelow: 240, orUnknown: true },
  ]),
  selfCare('mild_diarrhoea', '短期轻度腹泻', 'short, mild diarrhoea', [
    { onlyAmong: ['diarrhoea', 'nausea', 'vomiting', 'abdominal_pain', 'fatigue'] },
    { has: 'diarrhoea' },
    { durationHoursBelow: 72, orUnknown: true },
    { ageYearsAtLeast: 2, orUnknown: true },
    { severityBelow: 5, orUnknown: true },
  ]),
  selfCare('minor_skin', '轻度皮肤瘙痒/晒伤/蚊虫叮咬', 'mild itch, sunburn or insect bite', [
    { onlyAmong: ['itch', 'rash', 'skin_lesion', 'hives'] },
    // Itchy and short-lived, or a named minor cause; painless marks of unknown cause need a look.
    { any: [{ has: 'itch' }, { has: 'hives' }, { has: 'minor_skin_cause' }] },
    { not: { has: 'face_lip_swelling' } },
    { durationHoursBelow: 168, orUnknown: true },
    { not: { has: 'fever' } },
  ]),
  selfCare('mild_headache', '轻度头痛', 'mild headache', [
    { onlyAmong: ['headache', 'fatigue', 'nose_symptom'] },
    { severityBelow: 4 },
    { durationHoursBelow: 72, orUnknown: true },
    { ageYearsBelow: 50, orUnknown: true },
  ]),
  selfCare('mild_heartburn', '偶发轻度反酸烧心', 'occasional mild heartburn', [
    { onlyAmong: ['dyspepsia', 'nausea'] },
    { severityBelow: 4, orUnknown: true },
    { durationHoursBelow: 336, orUnknown: true },
    { ageYearsBelow: 55, orUnknown: true },
  ]),
  selfCare('minor_strain', '轻度扭伤或肌肉酸痛', 'minor strain or muscle ache', [
    { onlyAmong: ['joint_msk_pain', 'back_pain', 'injury', 'limb_pain'] },
    {
      any: [
        { severityBelow: 4 },
        // Strain after lifting/gardening, under 50, pain not severe: NHS back-pain self-care advice.
        {
          all: [
            { has: 'strain_trigger' },
            { severityBelow: 7, orUnknown: true },
            { ageYearsBelow: 50, orUnknown: true },
          ],
        },
      ],
    },
    { not: { has: 'deformity' } },
    { durationHoursBelow: 168, orUnknown: true },
  ]),
  selfCare('mouth_ulcer', '口腔溃疡', 'mouth ulcer', [
    { onlyAmong: ['dental'] },
    { has: 'mouth_ulcer' },
    { severityBelow: 4, orUnknown: true },
    { durationHoursBelow: 336, orUnknown: true },
  ]),
  selfCare('usual_period_pain', '与以往相同的经期腹痛', 'period pain like usual', [
    {
      onlyAmong: [
        'period_pain',
        'abdominal_pain',
        'gynae_symptom',
        'back_pain',
        'nausea',
        'fatigue',
        'headache',
      ],
    },
    { has: 'period_pain' },
    { any: [{ has: 'usual_pattern' }, { severityBelow: 4 }] },
    { not: { has: 'missed_period' } },
    { not: { has: 'vaginal_bleeding' } },
    { not: { has: 'heavy_bleeding' } },
    { not: { has: 'fever' } },
  ]),
  selfCare('after_drinking', '饮酒后头痛恶心', 'headache or nausea after drinking', [
    { onlyAmong: ['headache', 'nausea', 'vomiting', 'fatigue', 'dizziness'] },
    { has: 'alcohol_excess' },
    { not: { has: 'head_injury' } },
    { not: { has: 'persistent_vomiting' } },
    { durationHoursBelow: 48, orUnknown: true },
  ]),
  selfCare('nosebleed_stopped', '已止住的鼻出血', 'nosebleed that stopped with pressure', [
    { onlyAmong: ['nosebleed', 'nose_symptom'] },
    { has: 'nosebleed' },
    { has: 'bleeding_stopped' },
    { not: { has: 'heavy_bleeding' } },
    { not: { has: 'anticoagulant' } },
    { not: { has: 'injury' } },
  ]),
  selfCare('minor_cut', '小而浅的伤口，出血已止', 'small shallow cut, bleeding stopped', [
    { onlyAmong: ['wound'] },
    { has: 'minor_wound' },
    { not: { has: 'heavy_bleeding' } },
    { not: { has: 'animal_bite' } },
  ]),
];
