/**
 * Self-care patterns: mild, short, self-limiting complaints in people without risk features. They
 * only apply when no urgent or emergency rule fired and every symptom is in the allowed list; every
 * self-care answer carries safety-net advice (safety-net-advice.data.ts). Source: project, following
 * common primary-care self-care advice (NHS-style "when to seek help"); licence: project.
 */
import { ACUTE, COUGH_STRAIN_CHEST_PAIN } from './red-flag-rules.data.ts';
import type { Cond } from './rule-condition.ts';
import type { TriageRule } from './triage-rule.ts';
import {
  MILD_PREGNANCY_SICKNESS,
  MINOR_HEAD_BUMP,
  OTTAWA_NEGATIVE,
  SIMPLE_FAINT,
  SMALL_SUPERFICIAL_BURN,
} from './urgency-rules.data.ts';

// A sudden start is a warning for most complaints, but every nosebleed starts suddenly.
const NOT_SUDDEN: Cond = { not: { has: 'sudden_onset' } };
// Named so a rule can lift one of them: a subconjunctival bleed is blood by nature, and sickness in
// early pregnancy is pregnancy by nature.
const NOT_PREGNANT: readonly Cond[] = [{ not: { pregnant: true } }, { not: { has: 'pregnant' } }];
const NO_BLOOD_MENTIONED: Cond = { not: { has: 'blood_mentioned' } };

/** Who must not be told "self-care": infants, older adults, pregnancy, weak immunity, severe pain. */
const LOW_RISK: readonly Cond[] = [
  { ageYearsAtLeast: 1, orUnknown: true },
  { ageYearsBelow: 65, orUnknown: true },
  ...NOT_PREGNANT,
  { not: { has: 'immunosuppressed' } },
  { severityBelow: 7, orUnknown: true },
  { tempBelow: 38.5, orUnknown: true },
  { not: { has: 'high_fever_word' } },
  NOT_SUDDEN,
  // Round 5: any mention of blood (有血, "with some blood") needs a clinician's look.
  NO_BLOOD_MENTIONED,
  { not: { has: 'self_treatment_failed' } },
  // Round 13: passing little urine or other signs of drying out are never self-care (NICE CG84).
  { not: { has: 'dehydration' } },
  { not: { has: 'passing_less_urine' } },
  { not: { has: 'follow_up_advised' } },
  { not: { has: 'head_mass_found' } },
];

const selfCare = (
  id: string,
  zh: string,
  en: string,
  conds: readonly Cond[],
  source = 'project (primary-care self-care advice)',
  lowRisk: readonly Cond[] = LOW_RISK,
  departments?: TriageRule['departments'],
): TriageRule => ({
  id,
  disposition: 'self_care',
  cnLevel: 4,
  label: { zh, en },
  when: { all: [...lowRisk, ...conds] },
  source,
  ...(departments ? { departments } : {}),
});

/** For babies: LOW_RISK without its age floor, plus no fever and no danger sign. */
const BABY_LOW_RISK: readonly Cond[] = [
  ...LOW_RISK.filter((c) => !('ageYearsAtLeast' in c)),
  { ageYearsAtLeast: 0.08 }, // about 4 weeks: newborns are left to a clinician
  { not: { has: 'fever' } },
  { tempBelow: 38, orUnknown: true },
  { not: { has: 'infant_danger_signs' } },
  { not: { has: 'dehydration' } },
  { not: { has: 'drowsy' } },
];

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
  // Round 5: a few days' constipation with no pain, bloating or bleeding in an adult under 50
  // (NICE CKS constipation: diet, fluids; alarm features and age ≥ 50 with a change need review) [S].
  selfCare(
    'short_constipation',
    '短期便秘，无腹痛腹胀',
    'a few days of constipation with no pain or bloating',
    [
      { onlyAmong: ['constipation'] },
      { ageYearsAtLeast: 1, orUnknown: true },
      { ageYearsBelow: 50, orUnknown: true },
      ACUTE,
      {
        not: {
          any: [
            { has: 'vomiting' },
            { has: 'obstipation' },
            { has: 'weight_loss' },
            { has: 'rectal_bleeding' },
          ],
        },
      },
    ],
    'NICE CKS constipation (self-care advice; alarm features and age ≥ 50 need review) [S]; age limits: project',
  ),
  selfCare(
    'usual_hay_fever',
    '每年同季的鼻痒、打喷嚏、眼痒',
    'the usual seasonal sneezing, runny nose and itchy eyes',
    [
      { onlyAmong: ['nose_symptom', 'itch', 'eye_pain_red', 'dry_eye', 'sore_throat', 'cough', 'fatigue'] },
      { has: 'nose_symptom' },
      { has: 'seasonal_allergy' },
      { not: { has: 'fever' } },
    ],
    'NICE CKS allergic rhinitis (pharmacy antihistamine or nasal steroid; review if not controlled) [S]',
    LOW_RISK,
    ['ent'],
  ),
  selfCare('mild_diarrhoea', '短期轻度腹泻', 'short, mild diarrhoea', [
    { onlyAmong: ['diarrhoea', 'nausea', 'vomiting', 'abdominal_pain', 'fatigue'] },
    { has: 'diarrhoea' },
    { durationHoursBelow: 72, orUnknown: true },
    { ageYearsAtLeast: 2, orUnknown: true },
    { severityBelow: 5, orUnknown: true },
  ]),
  selfCare(
    'minor_skin',
    '轻度皮肤瘙痒/晒伤/蚊虫叮咬/皮肤干裂',
    'mild itch, sunburn, insect bites or dry cracked skin',
    [
      { onlyAmong: ['itch', 'rash', 'skin_lesion', 'hives', 'dry_skin', 'sunburn'] },
      // Itchy and short-lived, or a named minor cause; painless marks of unknown cause need a look.
      { any: [{ has: 'itch' }, { has: 'hives' }, { has: 'minor_skin_cause' }, { has: 'dry_skin' }] },
      { not: { has: 'wound_infected' } },
      { not: { has: 'face_lip_swelling' } },
      { durationHoursBelow: 168, orUnknown: true },
      { not: { has: 'fever' } },
    ],
  ),
  selfCare(
    'local_sting_reaction',
    '单处蜂蜇，只有局部红肿',
    'a single sting with only local redness and swelling',
    [
      { onlyAmong: ['skin_inflamed', 'itch', 'rash', 'skin_lesion', 'limb_pain'] },
      { has: 'insect_sting' },
      { not: { has: 'many_stings' } },
      { not: { has: 'face_lip_swelling' } },
      { not: { has: 'hives' } },
      { not: { has: 'spreading' } },
      { durationHoursBelow: 48, orUnknown: true },
    ],
    'NICE CKS insect bites and stings (a local reaction: cold compress, oral antihistamine, analgesia) [S]; 胡蜂蜇伤规范化诊治中国专家共识 2018 (many stings or any systemic sign: hospital) [S]',
    LOW_RISK,
    ['dermatology'],
  ),
  selfCare('mild_headache', '轻度头痛', 'mild headache', [
    { onlyAmong: ['headache', 'fatigue', 'nose_symptom'] },
    // Or the person's usual headache, not severe: NICE CKS tension-type headache (self-care with
    // simple analgesia; new, changed or red-flag headaches need review) [S].
    {
      any: [{ severityBelow: 4 }, { all: [{ has: 'usual_pattern' }, { severityBelow: 7, orUnknown: true }] }],
    },
    { durationHoursBelow: 72, orUnknown: true },
    { ageYearsBelow: 50, orUnknown: true },
  ]),
  selfCare('mild_heartburn', '偶发轻度反酸烧心', 'occasional mild heartburn', [
    { onlyAmong: ['dyspepsia', 'nausea'] },
    { severityBelow: 4, orUnknown: true },
    ACUTE,
    { ageYearsBelow: 55, orUnknown: true },
  ]),
  selfCare('minor_strain', '轻度扭伤或肌肉酸痛', 'minor strain or muscle ache', [
    { onlyAmong: ['joint_msk_pain', 'back_pain', 'injury', 'limb_pain', 'stiff_neck'] },
    // A stiff neck only when it was cricked in sleep or by a strain (round 47); with a fever or a
    // headache the list above already rules it out.
    { any: [{ not: { has: 'stiff_neck' } }, { has: 'strain_trigger' }] },
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
        // A sprain with the Ottawa rules negative: walks on it, no bony tenderness (round 26).
        { all: [{ has: 'injury' }, OTTAWA_NEGATIVE] },
      ],
    },
    { not: { has: 'deformity' } },
    // Up to six weeks when it is getting better: NICE CKS low back pain without sciatica [S].
    {
      any: [
        { durationHoursBelow: 168, orUnknown: true },
        { all: [{ has: 'improving' }, { durationHoursBelow: 1008 }] },
      ],
    },
  ]),
  selfCare('mouth_ulcer', '口腔溃疡', 'mouth ulcer', [
    { onlyAmong: ['dental'] },
    { has: 'mouth_ulcer' },
    { severityBelow: 4, orUnknown: true },
    ACUTE,
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
  selfCare(
    'nosebleed_stopped',
    '已止住的鼻出血',
    'nosebleed that stopped with pressure',
    [
      { onlyAmong: ['nosebleed', 'nose_symptom'] },
      { has: 'nosebleed' },
      { has: 'bleeding_stopped' },
      { not: { has: 'anticoagulant' } },
      { not: { has: 'injury' } },
    ],
    'NHS nosebleeds (pinch the soft part for 10–15 minutes; seek help if it lasts over 20 minutes or is heavy) [S]',
    LOW_RISK.filter((c) => c !== NOT_SUDDEN),
  ),
  selfCare(
    'minor_cut',
    '小而浅的伤口，出血已止',
    'small shallow cut, bleeding stopped',
    [
      { onlyAmong: ['wound'] },
      { has: 'minor_wound' },
      { not: { has: 'heavy_bleeding' } },
      { not: { has: 'animal_bite' } },
      { not: { has: 'anticoagulant' } },
    ],
    'project (primary-care self-care advice: a small shallow cut that has stopped bleeding needs no closure at any adult age)',
    // Round 32: no upper age limit for a small cut, but not on a blood thinner.
    LOW_RISK.filter((c) => !('ageYearsBelow' in c)),
  ),
  selfCare(
    'small_superficial_burn',
    '硬币大小、未起泡的浅表烫伤',
    'a coin-sized red burn without blisters',
    [SMALL_SUPERFICIAL_BURN],
    'NICE CKS burns and scalds (superficial epidermal burn, small, not on the face or genitals: cool, cover, simple pain relief) [S]',
  ),
  selfCare(
    'food_or_medicine_colour',
    '食物或药物引起的大便发黑/尿色发红',
    'dark stool or red urine from a food or medicine',
    [
      // A red stool after red dragon fruit or beetroot reads as rectal bleeding until the food
      // explains it; the word "blood" itself still stops self-care (round 32).
      { onlyAmong: ['black_stool', 'hematuria', 'rectal_bleeding'] },
      { has: 'colouring_food_or_drug' },
      { not: { has: 'tarry' } },
      { not: { has: 'anticoagulant' } },
      { not: { has: 'bleeding_disorder' } },
    ],
    'NICE CKS (iron and bismuth turn stools black; beetroot colours urine red) [S]; project: only when nothing else is wrong',
  ),
  selfCare(
    'subconjunctival_bleed',
    '眼白上一片鲜红，不疼、视力正常',
    'a red patch on the white of the eye, painless and with normal vision',
    [
      // "a big bright red patch" also reads as a skin mark (round 32); a pressure taken at home and
      // not high is what NICE asks to check (round 39).
      { onlyAmong: ['eye_pain_red', 'bleeding_any', 'cough', 'rash', 'blood_pressure'] },
      { has: 'subconjunctival_bleed' },
      { not: { systolicAtLeast: 160 } },
      { not: { has: 'anticoagulant' } },
      { not: { has: 'bleeding_disorder' } },
      { not: { has: 'injury' } },
      { not: { has: 'eye_foreign_body' } },
      { not: { has: 'photophobia' } },
    ],
    'NICE CKS subconjunctival haemorrhage (painless, vision normal, no trauma: self-limiting; check BP and INR if recurrent or anticoagulated) [S]',
    LOW_RISK.filter((c) => c !== NO_BLOOD_MENTIONED),
    ['ophthalmology'],
  ),
  selfCare(
    'expected_vaccine_reaction',
    '打疫苗后局部红肿疼、低热乏力',
    'a sore red arm, low fever or tiredness after a vaccine',
    [
      { onlyAmong: ['skin_inflamed', 'fever', 'fatigue', 'joint_msk_pain', 'headache', 'limb_pain'] },
      { has: 'recent_vaccination' },
      { durationHoursBelow: 72, orUnknown: true },
      { tempBelow: 38.5, orUnknown: true },
      { not: { has: 'face_lip_swelling' } },
      { not: { has: 'hives' } },
      { not: { has: 'dyspnea' } },
      { not: { has: 'spreading' } },
    ],
    'WHO influenza vaccine position paper 2022 and 预防接种工作规范 2023 (local redness, soreness and low fever in the first days are expected reactions) [S]',
  ),
  selfCare(
    'simple_faint',
    '晕针晕血后短暂晕倒，很快完全恢复',
    'a brief faint at a needle or the sight of blood, fully recovered',
    [SIMPLE_FAINT],
    'NICE CG109 transient loss of consciousness (uncomplicated faint: no further immediate management) [S]',
    // A faint at a blood test says "blood" by nature (round 36).
    LOW_RISK.filter((c) => c !== NO_BLOOD_MENTIONED),
  ),
  selfCare(
    'mild_pregnancy_sickness',
    '孕早期恶心呕吐，能吃能喝',
    'sickness in early pregnancy with food and drink kept down',
    [MILD_PREGNANCY_SICKNESS],
    'RCOG Green-top 69 nausea and vomiting of pregnancy (mild, fluids kept down: home care with advice) [S]',
    LOW_RISK.filter((c) => !NOT_PREGNANT.includes(c)),
    ['obstetrics_gynaecology'],
  ),
  selfCare(
    'screen_tired_eyes',
    '长时间看屏幕后眼干眼累，不红不痛、视力不变',
    'dry, tired eyes from screen work, with sight unchanged',
    [
      { onlyAmong: ['screen_eye_strain', 'dry_eye', 'eye_pain_red', 'headache', 'fatigue', 'itch'] },
      // Round 47: dry, gritty eyes from heating or air conditioning as well as from screens.
      { any: [{ has: 'screen_eye_strain' }, { has: 'dry_eye' }] },
      { not: { has: 'blurred_vision' } },
      { not: { has: 'photophobia' } },
      { not: { has: 'eye_foreign_body' } },
      { not: { has: 'injury' } },
      // A lens wearer's sore eye needs a same-day look for keratitis (NICE CKS red eye) [S].
      { not: { has: 'contact_lens' } },
    ],
    'TFOS DEWS II 2017 management report and 中国干眼专家共识 2020 (screen-related dry eye: screen breaks, blinking, artificial tears first) [S]; NICE CKS dry eye syndrome (lubricants; heating and air conditioning) [S]; see an eye clinic if it lasts or vision changes',
    LOW_RISK,
    ['ophthalmology'],
  ),
  selfCare(
    'travel_sickness',
    '晕车晕船',
    'travel sickness',
    [
      { onlyAmong: ['vomiting', 'nausea', 'dizziness', 'headache'] },
      { has: 'motion_sickness' },
      { not: { has: 'persistent_vomiting' } },
      { not: { has: 'dehydration' } },
    ],
    'NICE CKS motion sickness (self-care: an antihistamine or hyoscine before travel, sitting where motion is least) [S]',
    LOW_RISK,
    ['general_internal'],
  ),
  selfCare(
    'heat_easing',
    '暑热后轻度头晕出汗，已好转',
    'mild dizziness or sweating in the heat, already easing',
    [
      { onlyAmong: ['dizziness', 'sweating', 'headache', 'fatigue', 'nausea', 'thirst_polyuria'] },
      { has: 'heat_exposure' },
      { has: 'improving' },
      { not: { has: 'cold_sweat' } },
    ],
    '中国热射病诊断与治疗专家共识 2019 (heat exhaustion without CNS signs: cool, rest, fluids) [S]; project: only when already easing',
    LOW_RISK,
    ['general_internal'],
  ),
  selfCare(
    'palpitations_after_caffeine',
    '喝咖啡/功能饮料后心跳快，已在好转',
    'racing heart after coffee or energy drinks, already easing',
    [
      { onlyAmong: ['palpitations', 'tremor', 'sweating', 'nausea'] },
      { has: 'caffeine_trigger' },
      { has: 'improving' },
      { ageYearsBelow: 50, orUnknown: true },
      { not: { has: 'cardiac_history' } },
    ],
    'NHS heart palpitations (caffeine and energy drinks are common triggers; see a GP if they last long or come with chest pain, breathlessness or fainting) [S]',
  ),
  selfCare(
    'minor_head_bump',
    '轻微磕碰头部，马上哭、现在正常',
    'minor knock to the head, cried at once and acting normally now',
    [MINOR_HEAD_BUMP],
    'NICE NG232 head injury (no CT-indicating feature: home with head-injury advice) [S]',
  ),
  selfCare(
    'animal_lick_on_intact_skin',
    '动物舔舐完好皮肤',
    'animal lick on unbroken skin',
    [
      { onlyAmong: ['animal_exposure'] },
      { has: 'animal_exposure' },
      { has: 'intact_skin' },
      { not: { has: 'animal_bite' } },
    ],
    'WHO rabies position paper 2018 and 狂犬病暴露预防处置工作规范 2023: touching, feeding or licks on intact skin are category I, no prophylaxis [S]',
  ),
  selfCare(
    'non_toxic_swallow',
    '误吞无毒物品，无不适',
    'swallowed something non-toxic, no symptoms',
    [{ onlyAmong: ['nontoxic_ingestion', 'swallowed_object'] }, { has: 'nontoxic_ingestion' }],
    'US Poison Control (silica gel, crayons and similar are non-toxic; watch for choking) [S]',
  ),
  selfCare(
    'chest_ache_from_coughing',
    '感冒咳嗽时胸口扯着疼',
    'chest ache only when coughing with a cold',
    [
      { onlyAmong: ['cough', 'chest_pain', 'sputum', 'nose_symptom', 'sore_throat', 'fatigue'] },
      { has: 'chest_pain' },
      COUGH_STRAIN_CHEST_PAIN,
      { not: { has: 'fever' } },
      ACUTE,
    ],
    'NHS chest pain (pain when coughing with a chest infection or cold, without breathlessness, can be managed at home) [S]; project: age under 40 and no heart-type feature',
  ),
  selfCare(
    'baby_spitting_up_milk',
    '吃奶后少量吐奶，体重增长好',
    'a little milk brought up after feeds, growing well',
    [
      { onlyAmong: ['vomiting', 'posseting'] },
      { has: 'posseting' },
      { has: 'thriving' },
      { not: { has: 'persistent_vomiting' } },
      { ageYearsBelow: 1 },
    ],
    'NICE NG1 gastro-oesophageal reflux in children (regurgitation in a thriving infant: reassurance, no investigation) [S]',
    BABY_LOW_RISK,
  ),
  selfCare(
    'nappy_rash',
    '尿布区红疹，宝宝精神吃奶都好',
    'a red rash in the nappy area in a happy, feeding baby',
    [
      { onlyAmong: ['rash', 'itch'] },
      { has: 'nappy_rash' },
      { ageYearsBelow: 3 },
      { durationHoursBelow: 168, orUnknown: true },
      { not: { has: 'nonblanching_rash' } },
      { not: { has: 'wound_infected' } },
    ],
    'NICE CKS nappy rash (irritant dermatitis sparing the skin folds: barrier cream, nappy-free time; review if not better in a week or the baby is unwell) [S]',
    BABY_LOW_RISK,
  ),
  selfCare(
    'teething',
    '出牙期流口水、低热（<38℃）',
    'teething with drooling and a temperature under 38 °C',
    [
      { onlyAmong: ['dental', 'swallow_problem', 'drooling', 'fever', 'nose_symptom'] },
      { has: 'teething' },
      { ageYearsAtLeast: 0.25, orUnknown: true },
      { ageYearsBelow: 3, orUnknown: true },
    ],
    'NICE CKS teething (may cause a mild rise in temperature, never ≥ 38 °C) [S]',
    // A reading under 38 °C is allowed; a fever without a reading is not.
    [
      ...LOW_RISK.filter((c) => !('ageYearsAtLeast' in c)),
      { any: [{ not: { has: 'fever' } }, { tempBelow: 38 }] },
      { not: { has: 'infant_danger_signs' } },
      { not: { has: 'drowsy' } },
    ],
    ['paediatrics'],
  ),
  selfCare(
    'sunburn_without_blisters',
    '晒后皮肤发红、疼、发热，没有水疱',
    'skin red, sore and warm after the sun, without blisters',
    [
      {
        onlyAmong: [
          'sunburn',
          'rash',
          'skin_inflamed',
          'itch',
          'skin_lesion',
          'limb_pain',
          'back_pain',
          'fatigue',
        ],
      },
      { has: 'sunburn' },
      { not: { has: 'blisters' } },
      { not: { has: 'fever' } },
      { durationHoursBelow: 168, orUnknown: true },
    ],
    'NHS sunburn (cool, moisturise, fluids, pain relief; seek help for blistering, a large area, fever, dizziness or a baby) [S]',
    LOW_RISK,
    ['dermatology'],
  ),
  selfCare(
    'eyelid_bump',
    '眼皮边上的小疙瘩，视力正常、眼皮没有整个肿',
    'a small bump on the eyelid edge, vision normal, the lid not swollen all over',
    [
      { onlyAmong: ['eye_pain_red', 'skin_lesion', 'lump', 'skin_inflamed'] },
      { has: 'eyelid_bump' },
      { not: { has: 'face_lip_swelling' } },
      { not: { has: 'spreading' } },
      { durationHoursBelow: 336, orUnknown: true },
    ],
    'NHS styes (warm compresses; see a GP if the whole eyelid swells, vision changes or it lasts weeks) [S]',
    LOW_RISK,
    ['ophthalmology'],
  ),
  selfCare(
    'band_like_headache',
    '头两侧发紧如箍，不重、不伴其他症状',
    'a tight-band headache, not severe, with nothing else',
    [
      { onlyAmong: ['headache', 'fatigue', 'nose_symptom', 'joint_msk_pain'] },
      { has: 'headache' },
      { has: 'band_like_headache' },
      { severityBelow: 7, orUnknown: true },
      { ageYearsBelow: 50, orUnknown: true },
      // Headache on 15 or more days is the chronic form NICE CG150 asks a clinician to review.
      { durationHoursBelow: 360, orUnknown: true },
    ],
    'NICE CKS tension-type headache (simple analgesia, sleep and stress; review if frequent, changing or with red flags) [S]',
  ),
  selfCare(
    'tick_removed_whole',
    '蜱虫已完整取出，无发热、无皮疹',
    'a tick removed whole, with no fever or rash',
    [
      { onlyAmong: ['tick_bite', 'itch', 'skin_lesion'] },
      { has: 'tick_removed_whole' },
      { not: { has: 'fever' } },
    ],
    'NICE NG95 Lyme disease (no antibiotics after a tick bite without symptoms; watch the site for a spreading rash or a fever for 30 days) [S]',
    LOW_RISK,
    ['infectious_disease'],
  ),
  selfCare(
    'soft_spot_moves_with_heartbeat',
    '宝宝囟门随心跳起伏，不鼓不凹，吃睡正常',
    "a baby's soft spot moving with the heartbeat, flat, feeding and sleeping well",
    [{ onlyAmong: ['fontanelle_pulsing'] }],
    'project (a visible pulse in a flat fontanelle is normal; a bulging or sunken one is not: NICE NG143 / CG84) [S]',
    BABY_LOW_RISK,
    ['paediatrics'],
  ),
];
