/**
 * Red flags: patterns that send the patient to emergency care now (call 120 / go to the ED).
 * Sources: issue 7 list; 急诊预检分诊专家共识 2018 Table 1 manual indicators (clinical-rules.md §2.3,
 * [S]); ESI v4 high-risk situations (§2.1). Where a source gives no threshold, the choice is marked
 * "project" and errs towards the more urgent answer: under-triage of an emergency is the worst failure.
 */
import type { Cond } from './rule-condition.ts';
import type { TriageRule } from './triage-rule.ts';

const CN = '急诊预检分诊专家共识 2018 表1 (clinical-rules.md §2.3)';
export const ACUTE = { durationHoursBelow: 336, orUnknown: true } as const; // < 2 weeks, or not stated
/** A fever said in words, or a measured temperature of 38 °C or more (NICE NG143 fever threshold). */
export const FEBRILE: Cond = { any: [{ has: 'fever' }, { tempAtLeast: 38 }] };
// A stated duration may belong to the background ("肝硬化好几年了，今天突然吐血"): a symptom said to
// have come on suddenly is new whatever other duration the message gives.
const NEW_OR_SUDDEN = { any: [ACUTE, { has: 'sudden_onset' }] } as const;
/**
 * Round 29: known panic episodes under 40 that pass within minutes, heart tests already normal, no
 * chest pain or faint: a routine visit (NICE CG113 panic disorder) [S]. Round 34: the same episode
 * told with its breathlessness is not a breathing emergency either.
 */
const KNOWN_PANIC_EPISODE: Cond = {
  all: [
    { has: 'mental_distress' },
    { has: 'tests_normal' },
    { has: 'self_limiting' },
    { ageYearsBelow: 40 },
    { not: { has: 'chest_pain' } },
    { not: { has: 'syncope' } },
  ],
};

/**
 * Black stool after iron, bismuth, blood tofu or similar (or a red one after red dragon fruit or
 * beetroot), not tarry and with no sign of blood loss (dizziness, fainting, pallor, belly pain,
 * racing heart): colouring, not bleeding. NICE CKS (gastrointestinal bleeding: iron and bismuth
 * darken stools) [S]; which signs must be absent: project.
 */
export const FOOD_COLOURED_STOOL: Cond = {
  all: [
    { has: 'colouring_food_or_drug' },
    { not: { has: 'tarry' } },
    {
      not: {
        any: [
          { has: 'dizziness' },
          { has: 'syncope' },
          { has: 'pallor' },
          { has: 'abdominal_pain' },
          { has: 'vomiting_blood' },
          { has: 'vomiting' },
          { has: 'cold_sweat' },
          { has: 'palpitations' },
          { has: 'fatigue' },
          { has: 'dyspnea' },
          { has: 'anticoagulant' },
          { has: 'bleeding_disorder' },
        ],
      },
    },
  ],
};
/**
 * A wrist, hand or finger out of shape after a fall, closed, with feeling and colour normal and no
 * high-energy mechanism: a same-day fracture clinic, not the emergency department (NICE NG38 fractures
 * (non-complex)) [S]. Two blind authors label the Colles-type wrist so (round 30).
 */
export const CLOSED_HAND_OR_WRIST_DEFORMITY: Cond = {
  all: [
    { has: 'hand_or_wrist_site' },
    { not: { has: 'bone_through_skin' } },
    { not: { has: 'numbness' } },
    { not: { has: 'limb_pale' } },
    { not: { has: 'heavy_bleeding' } },
    { not: { has: 'major_trauma_mechanism' } },
    { not: { has: 'cannot_stand' } },
  ],
};

/**
 * One whole side of the face weak, forehead included, with arms, legs and speech normal: a
 * peripheral (Bell's) facial palsy, a same-day visit rather than a stroke call (NICE CKS Bell's
 * palsy: forehead sparing suggests a central cause) [S]. Shared with the same-day rule.
 */
export const PERIPHERAL_FACIAL_PALSY: Cond = {
  all: [
    { has: 'facial_droop' },
    { has: 'forehead_weak' },
    { not: { has: 'one_sided_weakness' } },
    { not: { has: 'speech_difficulty' } },
    { not: { has: 'numbness' } },
    { not: { has: 'confusion' } },
    { not: { has: 'balance_loss' } },
  ],
};

/**
 * Chest pain only on coughing with a cough, or tender to the touch after lifting or a workout, under
 * 40 and with no heart-type feature: strained chest-wall muscles (NHS "chest pain" self-care; NICE CKS
 * chest pain: reproducible chest-wall tenderness; project: age limit and excluded features).
 */
/**
 * Round 39: "吐了一口血 … 后来发现是鼻子在流血，流到嗓子里又吐出来的": blood from a nosebleed,
 * swallowed and brought up, with no tarry stool and no sign of blood loss. The nosebleed's own rules
 * (a blood thinner, bleeding that will not stop) still apply (NICE CKS epistaxis) [S]; project wording.
 */
export const SWALLOWED_NOSEBLEED: Cond = {
  all: [
    { has: 'nosebleed' },
    {
      not: {
        any: [
          { has: 'black_stool' },
          { has: 'pallor' },
          { has: 'presyncope' },
          { has: 'syncope' },
          { has: 'cold_sweat' },
          { has: 'heavy_bleeding' },
          { has: 'liver_cirrhosis' },
        ],
      },
    },
  ],
};

/**
 * Round 45: a fit in someone with known epilepsy that stopped and left them fully awake, without an
 * injury, a fever or pregnancy, needs no ambulance (NHS "epilepsy: when to call 999": first fit, over 5
 * minutes, not waking, injured, pregnant, repeated fits) [S]; it goes to the urgent rule instead.
 */
export const USUAL_FIT_IN_KNOWN_EPILEPSY: Cond = {
  all: [
    { has: 'epilepsy_context' },
    { has: 'fully_recovered_after_fit' },
    { not: { has: 'long_or_repeated_fit' } },
    { not: { has: 'injury' } },
    { not: { has: 'head_injury' } },
    { not: FEBRILE },
    { not: { has: 'pregnant' } },
    { not: { pregnant: true } },
    { not: { has: 'confusion' } },
  ],
};

export const COUGH_STRAIN_CHEST_PAIN: Cond = {
  all: [
    {
      any: [
        { all: [{ has: 'pain_on_coughing' }, { has: 'cough' }] },
        // Round 25: "左边胸口一按就疼 … 昨天在健身房练了好久卧推", 19 years old.
        { all: [{ has: 'chest_wall_features' }, { has: 'strain_trigger' }] },
      ],
    },
    { ageYearsBelow: 40 },
    {
      not: {
        any: [
          { has: 'dyspnea' },
          { has: 'sweating' },
          { has: 'pain_radiates' },
          { has: 'pressure_character' },
          { has: 'syncope' },
          { has: 'hemoptysis' },
          { has: 'cardiac_history' },
          { severityAtLeast: 7 },
        ],
      },
    },
  ],
};

/**
 * A little brown or pink spotting in a known pregnancy, with no pain, faintness or heavy bleeding:
 * NICE NG126 (ectopic pregnancy and miscarriage) refers this to an early pregnancy assessment
 * service, not as an emergency; pain, tenderness or faintness are what make it one [S].
 */
export const LIGHT_PAINLESS_SPOTTING_IN_PREGNANCY: Cond = {
  all: [
    { any: [{ has: 'pregnant' }, { pregnant: true }] },
    { has: 'light_spotting' },
    {
      not: {
        any: [
          { has: 'abdominal_pain' },
          { has: 'period_pain' },
          { has: 'heavy_bleeding' },
          { has: 'dizziness' },
          { has: 'syncope' },
          { has: 'pallor' },
          { has: 'cold_sweat' },
          { has: 'pregnancy_danger' },
        ],
      },
    },
  ],
};

export const RED_FLAG_RULES: readonly TriageRule[] = [
  {
    id: 'cardiac_type_chest_pain',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '胸痛伴压迫感、放射痛、出汗、气短或活动诱发',
      en: 'chest pain with pressure, spreading pain, sweating, breathlessness or exertion',
    },
    departments: ['cardiology'],
    when: {
      all: [
        { has: 'chest_pain' },
        ACUTE,
        { not: COUGH_STRAIN_CHEST_PAIN },
        {
          any: [
            { has: 'pressure_character' },
            { has: 'pain_radiates' },
            { has: 'sweating' },
            { has: 'dyspnea' },
            { has: 'exertional' },
            { has: 'at_rest' },
            { has: 'syncope' },
            { has: 'tearing_character' },
            { has: 'sudden_onset' },
            { severityAtLeast: 7 },
          ],
        },
      ],
    },
    source: `${CN} Ⅱ: cardiac-type chest pain; chest pain with suspected AMI/PE/dissection`,
  },
  {
    // Round 45: weeks of chest tightness on exertion, now an episode at rest (even if it has passed):
    // the crescendo pattern goes now whatever the duration stated for the exertional part.
    id: 'exertional_chest_pain_now_at_rest',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '活动时胸闷胸痛，现在休息时也发作',
      en: 'chest pain on exertion, now also coming at rest',
    },
    departments: ['cardiology'],
    when: {
      all: [
        { has: 'chest_pain' },
        { has: 'exertional' },
        { has: 'at_rest' },
        { not: COUGH_STRAIN_CHEST_PAIN },
      ],
    },
    source:
      'NICE CG95 chest pain (suspected ACS: pain now or in the last 12 hours goes to hospital as an emergency; unstable angina = new or worsening pain at rest) [S]',
  },
  {
    // Round 46: soy-sauce or cola-coloured urine with yellowing after broad beans, or with a listless
    // or breathless child: red cells breaking down fast, which can need a transfusion the same day.
    id: 'dark_urine_and_yellowing_after_beans_or_listless',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '尿色像酱油或浓茶，伴皮肤眼睛发黄或脸色苍白，吃过蚕豆或精神差、气促',
      en: 'urine like cola or soy sauce with yellow or pale skin, after broad beans or with listlessness or breathlessness',
    },
    departments: ['haematology', 'paediatrics'],
    when: {
      all: [
        { has: 'dark_urine' },
        { any: [{ has: 'jaundice' }, { has: 'pallor' }] },
        { any: [{ has: 'broad_bean_sensitivity' }, { has: 'drowsy' }, { has: 'dyspnea' }] },
        ACUTE,
      ],
    },
    source:
      'WHO Working Group 1989 / Luzzatto 2020 (G6PD deficiency: acute haemolysis after fava beans, haemoglobinuria and jaundice, may need urgent transfusion) [S]; emergency grade: project',
  },
  {
    id: 'chest_pain_adult_risk',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '35岁以上新发胸痛或有心血管危险因素',
      en: 'new chest pain at 35 or older, or with heart risk factors',
    },
    departments: ['cardiology'],
    when: {
      all: [
        { has: 'chest_pain' },
        { durationHoursBelow: 168, orUnknown: true },
        { not: { has: 'chest_wall_features' } },
        { not: COUGH_STRAIN_CHEST_PAIN },
        { any: [{ ageYearsAtLeast: 35, orUnknown: true }, { has: 'cardiac_history' }] },
      ],
    },
    source: `${CN} Ⅱ cardiac-type chest pain; age threshold: project (conservative)`,
  },
  {
    // A cold sweat with arm/jaw/back ache, breathlessness or fainting is how heart pain often
    // presents when the patient does not call it chest pain (older adults, women, people with
    // diabetes) — so it goes now even without the word "chest".
    id: 'cold_sweat_with_cardiac_features',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '出冷汗伴胳膊/下巴/后背酸痛麻木、气短或晕厥',
      en: 'cold sweat with arm, jaw or back ache or numbness, breathlessness or fainting',
    },
    departments: ['cardiology'],
    when: {
      all: [
        { has: 'cold_sweat' },
        ACUTE,
        { ageYearsAtLeast: 30, orUnknown: true },
        {
          any: [
            { has: 'chest_pain' },
            { has: 'pain_radiates' },
            { has: 'dyspnea' },
            { has: 'syncope' },
            { has: 'pallor' },
          ],
        },
      ],
    },
    source: `${CN} Ⅱ cardiac-type chest pain (atypical presentation); AHA/ACC 2021 chest pain guideline: anginal equivalents (dyspnoea, diaphoresis, arm/jaw discomfort) — age threshold: project`,
  },
  {
    id: 'face_arm_speech_signs',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '突发口角歪斜、一侧肢体无力麻木或言语不清',
      en: 'sudden face drooping, one-sided weakness or numbness, or speech trouble',
    },
    departments: ['neurology'],
    when: {
      all: [
        { durationHoursBelow: 720, orUnknown: true },
        {
          any: [
            { all: [{ has: 'facial_droop' }, { not: PERIPHERAL_FACIAL_PALSY }] },
            { has: 'one_sided_weakness' },
            // A hoarse voice makes talking hard without slurring it (round 34); so does a throat
            // too sore to open the mouth, the muffled voice of a throat abscess (round 38) unless
            // the speech trouble came on suddenly.
            {
              all: [
                { has: 'speech_difficulty' },
                { not: { has: 'hoarse_voice' } },
                { not: { all: [{ has: 'sore_throat' }, { not: { has: 'sudden_onset' } }] } },
              ],
            },
            {
              all: [
                { has: 'sudden_onset' },
                { any: [{ has: 'vision_loss' }, { has: 'balance_loss' }, { has: 'diplopia' }] },
              ],
            },
            // Round 40: unsteady, veering to one side, with double vision since waking, no "sudden"
            // said: a posterior-circulation stroke until shown otherwise (AHA/ASA 2019; BE-FAST) [S].
            { all: [{ has: 'balance_loss' }, { has: 'diplopia' }] },
          ],
        },
      ],
    },
    source: `${CN} Ⅱ acute stroke; FAST warning signs`,
  },
  {
    id: 'severe_breathlessness',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '严重呼吸困难（静息时、说话困难或口唇发紫）',
      en: 'severe breathlessness (at rest, cannot speak in sentences, or blue lips)',
    },
    departments: ['respiratory', 'cardiology'],
    when: {
      any: [
        { has: 'cyanosis' },
        { has: 'dyspnea_severe' },
        { has: 'pink_frothy_sputum' },
        {
          all: [
            { has: 'dyspnea' },
            {
              any: [
                { has: 'at_rest' },
                // Woken at night in known asthma is poor control, same day (GINA 2024), not the
                // lying-flat breathlessness of a failing heart (round 36).
                { all: [{ has: 'orthopnoea' }, { not: { has: 'known_asthma' } }] },
                { has: 'sudden_onset' },
                { severityAtLeast: 7 },
                { has: 'chest_pain' },
                { has: 'stridor' },
                { has: 'cold_sweat' },
                { ageYearsBelow: 2 },
                // Throat "blocked" while breathless: MTS airway compromise (coverage audit).
                { has: 'throat_blocked' },
              ],
            },
            { durationHoursBelow: 720, orUnknown: true },
            { not: KNOWN_PANIC_EPISODE },
          ],
        },
        {
          all: [
            { has: 'stridor' },
            {
              any: [
                { has: 'at_rest' },
                { has: 'swallow_problem' },
                { has: 'confusion' },
                { has: 'infant_danger_signs' },
              ],
            },
          ],
        },
      ],
    },
    source: `${CN} Ⅱ severe dyspnoea / airway at risk`,
  },
  {
    id: 'airway_threat_swallowing',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '流口水或不能吞咽伴发热/呼吸异常',
      en: 'drooling or unable to swallow with fever or noisy breathing',
    },
    departments: ['ent', 'paediatrics'],
    when: {
      all: [
        { has: 'swallow_problem' },
        {
          any: [
            { has: 'stridor' },
            { has: 'dyspnea' },
            // A measured temperature under 38 °C is not a fever here (a drooling, teething baby).
            { all: [{ has: 'fever' }, { not: { tempBelow: 38 } }, { ageYearsBelow: 12 }] },
          ],
        },
      ],
    },
    source: `${CN} Ⅱ airway at risk`,
  },
  {
    id: 'altered_consciousness',
    disposition: 'emergency',
    cnLevel: 1,
    label: { zh: '昏迷或叫不醒', en: 'unresponsive or cannot be woken' },
    departments: ['neurology'],
    when: {
      all: [
        { has: 'unresponsive' },
        // Round 37: a child who sits up screaming an hour after falling asleep, does not answer, lies
        // back down within minutes and remembers nothing, with no jerking or fever: a sleep terror
        // (NICE CKS night terrors: reassurance), not a child who cannot be woken.
        {
          not: {
            all: [
              { has: 'night_terror_pattern' },
              { ageYearsBelow: 12 },
              { not: { has: 'seizure' } },
              { not: FEBRILE },
            ],
          },
        },
      ],
    },
    source: `${CN} Ⅰ acute altered consciousness (GCS < 9)`,
  },
  {
    id: 'new_confusion',
    disposition: 'emergency',
    cnLevel: 2,
    label: { zh: '新出现的意识混乱、嗜睡或反应迟钝', en: 'new confusion, drowsiness or slowed responses' },
    departments: ['neurology'],
    when: { all: [{ has: 'confusion' }, ACUTE] },
    source: `${CN} Ⅱ stupor; ESI level 2 new confusion/lethargy`,
  },
  {
    id: 'seizure',
    disposition: 'emergency',
    cnLevel: 2,
    label: { zh: '抽搐发作', en: 'a seizure (fit)' },
    departments: ['neurology'],
    when: {
      all: [
        { has: 'seizure' },
        { durationHoursBelow: 168, orUnknown: true },
        { not: USUAL_FIT_IN_KNOWN_EPILEPSY },
      ],
    },
    source: `${CN} Ⅰ status epilepticus / infant convulsion; Ⅲ intermittent seizures — project: any recent seizure goes now, except a brief fit in known epilepsy with full recovery (NHS "when to call 999")`,
  },
  {
    id: 'high_risk_fainting',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '晕厥伴胸痛、心慌、气短、活动中发生或年龄较大',
      en: 'fainting with chest pain, palpitations, breathlessness, during exertion, or at an older age',
    },
    departments: ['cardiology', 'neurology'],
    when: {
      all: [
        { has: 'syncope' },
        ACUTE,
        {
          any: [
            { has: 'chest_pain' },
            { has: 'palpitations' },
            { has: 'dyspnea' },
            { has: 'exertional' },
            { ageYearsAtLeast: 60 },
            { has: 'head_injury' },
            { has: 'cardiac_history' },
            { has: 'pregnant' },
            { has: 'anticoagulant' },
            { has: 'back_pain' },
            { has: 'abdominal_pain' },
            { has: 'heavy_bleeding' },
          ],
        },
      ],
    },
    source: 'ESI v4 high-risk situation; project',
  },
  {
    id: 'allergy_with_airway_or_breathing',
    disposition: 'emergency',
    cnLevel: 1,
    label: {
      zh: '喉咙发紧、舌头肿胀，或接触过敏原后呼吸困难/头晕',
      en: 'throat tightness or tongue swelling, or breathing trouble or faintness after an allergy trigger',
    },
    departments: ['emergency', 'dermatology'],
    when: {
      any: [
        { has: 'airway_swelling' },
        {
          all: [
            { any: [{ has: 'allergen_trigger' }, { has: 'hives' }, { has: 'face_lip_swelling' }] },
            {
              any: [
                // Round 5: feeling about to faint is the circulation criterion of anaphylaxis (WAO 2020).
                { has: 'presyncope' },
                { has: 'dyspnea' },
                { has: 'wheeze' },
                { has: 'syncope' },
                { has: 'stridor' },
                { has: 'throat_blocked' },
              ],
            },
          ],
        },
        {
          all: [
            { has: 'allergen_trigger' },
            { has: 'face_lip_swelling' },
            { any: [{ has: 'hives' }, { has: 'dizziness' }, { has: 'vomiting' }] },
          ],
        },
      ],
    },
    source: `${CN} Ⅰ airway cannot be maintained / shock; issue 7 anaphylaxis`,
  },
  {
    id: 'gi_bleeding',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '呕血、黑便或大量便血',
      en: 'vomiting blood, black tarry stools, or heavy bleeding from the back passage',
    },
    departments: ['gastroenterology', 'general_surgery'],
    when: {
      any: [
        { all: [{ has: 'vomiting_blood' }, NEW_OR_SUDDEN, { not: SWALLOWED_NOSEBLEED }] },
        // Round 5: with signs of blood loss, or in known cirrhosis (variceal risk; Baveno VII [S]), the
        // years of liver disease in the message do not make the bleed old.
        {
          all: [
            { has: 'vomiting_blood' },
            {
              any: [
                { has: 'liver_cirrhosis' },
                { has: 'pallor' },
                { has: 'presyncope' },
                { has: 'syncope' },
                { has: 'cold_sweat' },
                { has: 'heavy_bleeding' },
              ],
            },
          ],
        },
        { all: [{ has: 'black_stool' }, NEW_OR_SUDDEN, { not: FOOD_COLOURED_STOOL }] },
        // Round 33: blood vomited and tarry stool together, however long the painkillers before.
        { all: [{ has: 'vomiting_blood' }, { has: 'black_stool' }, { not: FOOD_COLOURED_STOOL }] },
        // Round 20: tarry stool with fainting or pallor, however long the painkillers were taken before.
        {
          all: [
            { has: 'black_stool' },
            { any: [{ has: 'pallor' }, { has: 'presyncope' }, { has: 'syncope' }, { has: 'cold_sweat' }] },
            { not: FOOD_COLOURED_STOOL },
          ],
        },
        {
          all: [
            { has: 'rectal_bleeding' },
            { any: [{ has: 'heavy_bleeding' }, { has: 'syncope' }, { has: 'dizziness' }] },
          ],
        },
      ],
    },
    source: `${CN} Ⅱ active/severe bleeding`,
  },
  {
    // Round 44: ten days after a birth, no sleep for three nights, talking fast, hearing a voice that
    // says the baby is evil: postpartum psychosis, a psychiatric emergency for mother and baby.
    id: 'voices_or_no_sleep_after_birth',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '产后出现幻听、怪异想法或不睡觉也不累',
      en: 'hearing voices, strange beliefs or no need for sleep after giving birth',
    },
    departments: ['psychiatry', 'obstetrics_gynaecology'],
    when: { all: [{ has: 'recent_birth' }, { has: 'psychotic_features' }] },
    source:
      'NICE CG192 antenatal and postnatal mental health (suspected postpartum psychosis: assessment by secondary mental health services within 4 hours) [S]; RCOG Good Practice No. 14 [S]',
  },
  {
    id: 'self_harm_thoughts',
    disposition: 'emergency',
    cnLevel: 2,
    label: { zh: '有轻生或自伤的想法', en: 'thoughts of suicide or self-harm' },
    departments: ['psychiatry'],
    when: { has: 'suicidal' },
    source: `${CN} Ⅰ/Ⅲ self-harm risk; issue 7 suicidal thoughts — project: always urgent help now`,
  },
  {
    id: 'risk_to_others',
    disposition: 'emergency',
    cnLevel: 2,
    label: { zh: '可能伤害他人', en: 'may harm others' },
    departments: ['psychiatry'],
    when: { has: 'harm_others' },
    source: `${CN} Ⅱ violent behaviour`,
  },
  {
    id: 'bleeding_in_pregnancy',
    disposition: 'emergency',
    cnLevel: 2,
    label: { zh: '怀孕或停经后阴道出血', en: 'vaginal bleeding in pregnancy or after a missed period' },
    departments: ['obstetrics_gynaecology'],
    when: {
      all: [
        { any: [{ has: 'pregnant' }, { has: 'missed_period' }, { pregnant: true }] },
        { not: LIGHT_PAINLESS_SPOTTING_IN_PREGNANCY },
        {
          any: [
            { has: 'vaginal_bleeding' },
            {
              all: [
                { has: 'bleeding_any' },
                { not: { any: [{ has: 'nosebleed' }, { has: 'dental' }, { has: 'wound' }] } },
              ],
            },
          ],
        },
      ],
    },
    source: `${CN} Ⅱ suspected ectopic pregnancy; issue 7 bleeding in pregnancy`,
  },
  {
    // Round 25: after egg collection or ovarian stimulation, a swollen or painful belly with
    // breathlessness, little urine or fainting is severe OHSS: admission (RCOG Green-top 5, 2016) [S].
    id: 'severe_signs_after_ivf_stimulation',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '取卵或促排卵后腹胀腹痛伴气短、尿少或晕倒',
      en: 'after IVF stimulation or egg collection: a swollen or painful belly with breathlessness, little urine or fainting',
    },
    departments: ['obstetrics_gynaecology'],
    when: {
      all: [
        { has: 'ovarian_stimulation' },
        { any: [{ has: 'belly_swelling' }, { has: 'abdominal_pain' }, { has: 'weight_gain_fast' }] },
        { any: [{ has: 'dyspnea' }, { has: 'dehydration' }, { has: 'syncope' }, { has: 'presyncope' }] },
      ],
    },
    source:
      'RCOG Green-top 5 (2016) OHSS: severe features (oliguria, breathlessness, tense ascites) → admit [S]',
  },
  {
    id: 'pregnancy_warning',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '孕期腹痛加重、胎动减少、破水、宫缩或剧烈头痛视物模糊',
      en: 'in pregnancy: worsening belly pain, fewer baby movements, waters breaking, contractions, or severe headache with blurred vision',
    },
    departments: ['obstetrics_gynaecology'],
    when: {
      all: [
        { any: [{ has: 'pregnant' }, { pregnant: true }, { has: 'missed_period' }] },
        {
          any: [
            { has: 'pregnancy_danger' },
            {
              all: [
                { has: 'abdominal_pain' },
                {
                  any: [
                    { severityAtLeast: 6 },
                    { has: 'sudden_onset' },
                    { has: 'dizziness' },
                    // Round 20: 站起来眼前发黑 (near-fainting on standing).
                    { has: 'presyncope' },
                    { has: 'syncope' },
                  ],
                },
              ],
            },
            {
              all: [
                { has: 'headache' },
                {
                  any: [
                    { has: 'blurred_vision' },
                    { has: 'vision_loss' },
                    { has: 'edema' },
                    { severityAtLeast: 7 },
                    { has: 'abdominal_pain' },
                  ],
                },
              ],
            },
            { has: 'seizure' },
          ],
        },
      ],
    },
    source: `${CN} Ⅱ suspected ectopic pregnancy; project (obstetric warning signs)`,
  },
  {
    id: 'bleeding_with_pelvic_pain',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '阴道出血伴突发或剧烈下腹痛、头晕',
      en: 'vaginal bleeding with sudden or severe lower belly pain or dizziness',
    },
    departments: ['obstetrics_gynaecology'],
    when: {
      all: [
        { not: { sex: 'M' } },
        { has: 'vaginal_bleeding' },
        {
          any: [
            { has: 'heavy_bleeding' },
            {
              all: [
                { has: 'abdominal_pain' },
                {
                  any: [
                    { has: 'sudden_onset' },
                    { severityAtLeast: 7 },
                    { has: 'dizziness' },
                    { has: 'syncope' },
                  ],
                },
              ],
            },
            { has: 'syncope' },
          ],
        },
      ],
    },
    source: `${CN} Ⅱ active bleeding, suspected ectopic pregnancy`,
  },
  {
    id: 'fever_young_infant',
    disposition: 'emergency',
    cnLevel: 2,
    label: { zh: '3个月以下婴儿发热', en: 'fever in a baby under 3 months' },
    departments: ['paediatrics'],
    // A fever reported as already gone still counts under 3 months (NICE NG143: reported fever counts).
    when: {
      all: [
        { ageYearsBelow: 0.25 },
        { any: [{ has: 'fever' }, { has: 'fever_resolved' }, { tempAtLeast: 38 }] },
      ],
    },
    source:
      'issue 7; ESI v4 ch.6 febrile infant (<28 d ≥38.0 °C → ESI 2), extended to < 3 months (project); NICE NG143 (parent-reported fever counts) [S]',
  },
  {
    id: 'sick_child_danger_signs',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '婴幼儿精神差、拒奶、哭声异常或脱水',
      en: 'young child floppy, refusing feeds, unusual cry or dehydrated',
    },
    departments: ['paediatrics'],
    when: {
      any: [
        { all: [{ has: 'infant_danger_signs' }, { ageYearsBelow: 5, orUnknown: true }] },
        { all: [{ has: 'dehydration' }, { ageYearsBelow: 1 }] },
        { all: [{ has: 'fatigue' }, { ageYearsBelow: 5 }, { has: 'fever' }, { has: 'dehydration' }] },
        // Listless or sleepy with signs of dehydration (IMCI: lethargic + dehydration = severe).
        { all: [{ has: 'drowsy' }, { ageYearsBelow: 5, orUnknown: true }, { has: 'dehydration' }] },
        // Losing fluid with no urine for many hours, or listless: IMCI severe dehydration.
        {
          all: [
            { ageYearsBelow: 5 },
            { any: [{ has: 'diarrhoea' }, { has: 'vomiting' }] },
            { has: 'dehydration' },
            { any: [{ has: 'no_urine_long' }, { has: 'fatigue' }] },
          ],
        },
        // No urine for many hours while losing fluid is shock-level dehydration at any child age.
        {
          all: [
            { ageYearsBelow: 16 },
            { any: [{ has: 'diarrhoea' }, { has: 'vomiting' }] },
            { has: 'no_urine_long' },
          ],
        },
      ],
    },
    source: `${CN} Ⅰ shocked child/infant; project (WHO IMCI general danger signs)`,
  },
  {
    id: 'thunderclap_headache',
    disposition: 'emergency',
    cnLevel: 2,
    label: { zh: '突然发生的剧烈头痛', en: 'a sudden, severe headache' },
    departments: ['neurology', 'neurosurgery'],
    when: {
      all: [
        { any: [{ has: 'headache' }, { has: 'sudden_headache' }] },
        ACUTE,
        { any: [{ has: 'worst_ever' }, { has: 'sudden_headache' }] },
      ],
    },
    source: 'issue 7 severe headache of sudden onset',
  },
  {
    // Round 43: a crab-shell cut, then a swollen purple forearm with dark blisters, redness moving up,
    // chills and 38.9 in a man with cirrhosis.
    id: 'skin_infection_with_necrosis_signs',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '皮肤感染处发紫发黑或起血疱，伴发热寒战或迅速扩散',
      en: 'an infected limb turning purple or with dark blisters, with fever, chills or fast spread',
    },
    departments: ['general_surgery'],
    when: {
      all: [
        { has: 'skin_necrosis_signs' },
        { any: [{ has: 'fever' }, { has: 'chills' }, { tempAtLeast: 38 }, { has: 'spreading' }] },
        ACUTE,
      ],
    },
    source:
      'NICE CKS cellulitis and erysipelas (admit if necrotising fasciitis is suspected: blistering, skin discolouration, rapid spread, systemic illness) [S]; IDSA 2014 skin and soft-tissue infections [S]',
  },
  {
    // Round 34: back pain running into the belly with a cold sweat, faintness or a low pressure in an
    // older person: a leaking aortic aneurysm until shown otherwise.
    id: 'back_and_belly_pain_with_shock_signs',
    disposition: 'emergency',
    cnLevel: 1,
    label: {
      zh: '50岁以上腰背痛连着肚子痛，伴冷汗、头晕或血压低',
      en: 'back pain running into the belly at 50 or older, with a cold sweat, faintness or a low pressure',
    },
    departments: ['vascular_surgery', 'general_surgery'],
    when: {
      all: [
        { any: [{ has: 'back_pain' }, { has: 'flank_pain' }] },
        { has: 'abdominal_pain' },
        { ageYearsAtLeast: 50, orUnknown: true },
        {
          any: [
            { has: 'cold_sweat' },
            { has: 'syncope' },
            { has: 'presyncope' },
            { has: 'postural_dizziness' },
            { has: 'pallor' },
            { systolicBelow: 100 },
          ],
        },
      ],
    },
    source:
      'ESVS 2024 abdominal aorto-iliac aneurysm guideline (abdominal or back pain with hypotension or collapse: suspected rupture, emergency transfer) [S]; 急诊预检分诊专家共识 2018 Ⅰ shock',
  },
  {
    // Round 38: "feels like my old kidney stone" at 72 with a pressure of 96: a first "renal colic"
    // after 60 is an aneurysm until shown otherwise. Only a measured low pressure or a faint counts
    // here, since a cold sweat and pallor come with any stone.
    id: 'sudden_flank_pain_older_with_low_pressure',
    disposition: 'emergency',
    cnLevel: 1,
    label: {
      zh: '60岁以上突然腰背或腰侧痛，伴血压低或晕厥',
      en: 'sudden back or side pain at 60 or older with a low pressure or a faint',
    },
    departments: ['vascular_surgery', 'urology'],
    when: {
      all: [
        { any: [{ has: 'back_pain' }, { has: 'flank_pain' }] },
        { has: 'sudden_onset' },
        { ageYearsAtLeast: 60 },
        { any: [{ systolicBelow: 100 }, { has: 'syncope' }, { has: 'presyncope' }] },
      ],
    },
    source:
      'NICE CKS renal colic (consider a leaking abdominal aortic aneurysm in people over 60 with suspected renal colic; admit if haemodynamically unstable) [S]; ESVS 2024 [S]',
  },
  {
    // Round 34: a headache for days, then vomiting and new double vision (a nerve to the eye pressed on).
    id: 'headache_with_vomiting_and_double_vision',
    disposition: 'emergency',
    cnLevel: 2,
    label: { zh: '头痛伴呕吐和新出现的视物重影', en: 'a headache with vomiting and new double vision' },
    departments: ['neurology', 'neurosurgery'],
    when: {
      all: [{ has: 'headache' }, { has: 'diplopia' }, { has: 'vomiting' }, { not: { has: 'usual_pattern' } }],
    },
    source:
      'NICE CKS headache assessment (headache with a new neurological deficit, or worse on waking and straining with vomiting: raised intracranial pressure, refer immediately) [S]',
  },
  {
    id: 'acute_testicular_pain',
    disposition: 'emergency',
    cnLevel: 2,
    label: { zh: '急性睾丸/阴囊疼痛', en: 'new pain in a testicle or the scrotum' },
    departments: ['urology'],
    when: {
      all: [{ has: 'testicular_pain' }, { durationHoursBelow: 168, orUnknown: true }, { not: { sex: 'F' } }],
    },
    source: `${CN} Ⅱ suspected testicular torsion; issue 7`,
  },
  {
    id: 'fever_with_stiff_neck_or_rash',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '发热伴颈部僵硬、不褪色皮疹，或高热伴皮疹',
      en: 'fever with a stiff neck or a rash that does not fade, or high fever with a rash',
    },
    departments: ['infectious_disease', 'neurology'],
    when: {
      any: [
        { all: [{ has: 'fever' }, { has: 'stiff_neck' }] },
        {
          all: [
            { has: 'headache' },
            { has: 'stiff_neck' },
            { any: [{ has: 'photophobia' }, { has: 'vomiting' }, { has: 'chills' }] },
          ],
        },
        { all: [FEBRILE, { has: 'nonblanching_rash' }] },
        {
          all: [
            { any: [{ tempAtLeast: 39 }, { has: 'high_fever_word' }] },
            { any: [{ has: 'rash' }, { has: 'nonblanching_rash' }] },
            // A sandpaper rash with a strawberry tongue explains itself (scarlet fever, same-day by
            // its own rule), unless the rash does not fade (round 26).
            { not: { all: [{ has: 'scarlet_signs' }, { not: { has: 'nonblanching_rash' } }] } },
            // So does a fading rash with dengue around, weighed by the dengue warning-sign rule
            // instead (WHO 2009: dengue without warning signs is seen as an outpatient; round 33).
            { not: { all: [{ has: 'dengue_context' }, { not: { has: 'nonblanching_rash' } }] } },
          ],
        },
      ],
    },
    source: 'issue 7 high fever with stiff neck or rash; consensus Ⅱ suspected sepsis',
  },
  {
    // Round 18: a spreading rash with a raw mouth, weeks after starting carbamazepine.
    id: 'rash_with_raw_mouth_on_high_risk_medicine',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '新用易致重症药疹的药后出皮疹，伴嘴唇口腔溃烂或发热',
      en: 'a rash with a raw mouth or fever on a medicine known for severe skin reactions',
    },
    departments: ['dermatology'],
    when: {
      all: [
        { has: 'severe_rash_risk_drug' },
        { has: 'rash' },
        { any: [{ has: 'mucosal_sores' }, { has: 'fever' }, { tempAtLeast: 38 }] },
      ],
    },
    source:
      'BAD 2016 UK guidelines for SJS/TEN (skin rash with mucosal involvement or fever after a culprit drug: admit) [S]; MHRA carbamazepine/allopurinol warnings [S]',
  },
  {
    id: 'fever_with_poor_circulation',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '发热或寒战伴手脚冰凉/皮肤花斑，并有尿少、气促或精神差',
      en: 'fever or shivering with cold hands and feet or mottled skin, and little urine, fast breathing or drowsiness',
    },
    departments: ['emergency', 'infectious_disease'],
    when: {
      all: [
        { any: [{ has: 'fever' }, { has: 'chills' }, { tempAtLeast: 38 }] },
        { has: 'cold_peripheries' },
        {
          any: [
            { has: 'dehydration' },
            { has: 'dyspnea' },
            { has: 'drowsy' },
            { has: 'confusion' },
            { has: 'pallor' },
            { has: 'fatigue' },
          ],
        },
      ],
    },
    source: `${CN} Ⅱ poor perfusion, mottled cold skin, suspected sepsis; NICE NG51 high-risk criteria [S]`,
  },
  {
    id: 'fever_weak_immunity',
    disposition: 'emergency',
    cnLevel: 2,
    label: { zh: '化疗或免疫力低下时发热', en: 'fever during chemotherapy or with weak immunity' },
    departments: ['haematology', 'infectious_disease'],
    when: { all: [FEBRILE, { has: 'immunosuppressed' }] },
    source: `${CN} Ⅱ fever with neutropenia`,
  },
  {
    id: 'severe_abdominal_pain',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '剧烈腹痛、腹部发硬或伴出汗',
      en: 'severe belly pain, a rigid belly, or belly pain with sweating',
    },
    departments: ['general_surgery', 'gastroenterology'],
    when: {
      any: [
        // Belly pain going through to the back (MTS abdominal pain chart, orange) [S].
        { all: [{ has: 'abdominal_pain' }, { has: 'pain_to_back' }, ACUTE] },
        // A board-hard belly is the sign itself, even when the pain is not named (coverage audit),
        // and days after an operation too (a stated "5 days ago" may date the operation, round 6).
        { all: [{ has: 'abdominal_rigid' }, ACUTE] },
        {
          all: [
            { has: 'abdominal_pain' },
            { durationHoursBelow: 72, orUnknown: true },
            {
              any: [
                { severityAtLeast: 7 },
                { has: 'abdominal_rigid' },
                {
                  all: [
                    { has: 'sweating' },
                    { any: [{ severityAtLeast: 5, orUnknown: true }, { has: 'sudden_onset' }] },
                  ],
                },
                { has: 'syncope' },
              ],
            },
          ],
        },
      ],
    },
    source: `${CN} Ⅱ severe pain 7–10; unexplained severe pain with sweating above the umbilicus; GI perforation`,
  },
  {
    id: 'severe_flank_or_back_pain',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '剧烈腰侧/背部疼痛，或腰背痛伴大小便失控/会阴麻木',
      en: 'severe side or back pain, or back pain with numb groin or loss of bladder/bowel control',
    },
    departments: ['urology', 'orthopaedics'],
    when: {
      any: [
        { all: [{ has: 'flank_pain' }, { severityAtLeast: 7 }, { durationHoursBelow: 72, orUnknown: true }] },
        {
          all: [
            { has: 'back_pain' },
            {
              any: [
                { has: 'saddle_or_sphincter' },
                { has: 'urinary_retention' },
                // Coverage audit: wet oneself or both legs weak with back pain (NICE CKS sciatica
                // red flags: bilateral symptoms, sphincter disturbance [S]).
                { has: 'incontinence' },
                { has: 'bilateral_limb_weakness' },
              ],
            },
          ],
        },
        {
          all: [
            { has: 'back_pain' },
            { has: 'sudden_onset' },
            { severityAtLeast: 7 },
            { ageYearsAtLeast: 50, orUnknown: true },
          ],
        },
      ],
    },
    source: `${CN} Ⅱ severe pain 7–10, suspected aortic aneurysm; project (cauda equina warning signs)`,
  },
  {
    id: 'high_risk_head_injury',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '头部受伤后昏迷、呕吐、抽搐、意识改变，或服抗凝药/高龄',
      en: 'head injury with fainting, vomiting, a fit, confusion, blood thinners, or older age',
    },
    departments: ['neurosurgery'],
    when: {
      all: [
        { has: 'head_injury' },
        {
          any: [
            { has: 'syncope' },
            { has: 'unresponsive' },
            { has: 'confusion' },
            { has: 'drowsy' },
            { has: 'vomiting' },
            { has: 'seizure' },
            { has: 'anticoagulant' },
            { has: 'bleeding_disorder' },
            { ageYearsAtLeast: 65 },
            { ageYearsBelow: 1 },
            { severityAtLeast: 7 },
          ],
        },
      ],
    },
    source: `${CN} Ⅲ head injury; project (head-injury high-risk features); bleeding disorder: WFH Guidelines for the Management of Hemophilia 2020 (treat a head injury as a bleed before imaging) [S]`,
  },
  {
    id: 'major_injury_or_bleeding',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '肢体畸形/不能负重，或出血量大止不住',
      en: 'deformed limb or unable to bear weight, or heavy bleeding that will not stop',
    },
    departments: ['orthopaedics', 'general_surgery'],
    when: {
      any: [
        { all: [{ has: 'deformity' }, ACUTE, { not: CLOSED_HAND_OR_WRIST_DEFORMITY }] },
        {
          all: [
            { any: [{ has: 'wound' }, { has: 'injury' }, { has: 'nosebleed' }, { has: 'hemoptysis' }] },
            { has: 'heavy_bleeding' },
            // Heavy but stopped ("pouring out ... pinched for 10 minutes and it stopped"): no longer
            // active bleeding; blood-loss signs still go now by uncontrolled_bleeding (round 25, project).
            { not: { has: 'bleeding_stopped' } },
          ],
        },
        {
          all: [
            { has: 'burn' },
            {
              any: [{ severityAtLeast: 8 }, { ageYearsBelow: 2 }, { has: 'dyspnea' }, { has: 'burn_major' }],
            },
            // Redness creeping further day by day after a small burn is an infection, same-day by the
            // skin-infection rule, not a large burn (round 26).
            { not: { has: 'spreading' } },
          ],
        },
        { all: [{ has: 'major_trauma_mechanism' }, { durationHoursBelow: 72, orUnknown: true }] },
      ],
    },
    source: `${CN} Ⅱ major fracture, active/severe bleeding, multiple trauma; ESI v4 high-risk mechanism; burns: project (large or full-thickness burns need a burns service, as in common burn-referral criteria)`,
  },
  {
    id: 'poisoning_or_overdose',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '误服、中毒、过量服药或被毒蛇毒虫咬伤',
      en: 'poisoning, swallowing something harmful, overdose, or a venomous bite',
    },
    departments: ['emergency'],
    when: { any: [{ has: 'poisoning' }, { has: 'venomous_bite' }] },
    source: `${CN} Ⅰ acute overdose; Ⅱ toxic exposure (venomous bites included: project)`,
  },
  {
    id: 'high_sugar_with_vomiting_or_drowsiness',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '口渴多尿伴呕吐、腹痛或气促，或使用降糖药者出现低血糖表现',
      en: 'thirst and passing lots of urine with vomiting, belly pain or fast breathing, or low-sugar signs in someone on sugar-lowering treatment',
    },
    departments: ['endocrinology'],
    when: {
      any: [
        {
          all: [
            { has: 'thirst_polyuria' },
            { has: 'vomiting' },
            { any: [{ has: 'abdominal_pain' }, { has: 'dyspnea' }, { has: 'fatigue' }] },
          ],
        },
        {
          all: [
            { has: 'diabetes_context' },
            { has: 'vomiting' },
            {
              any: [
                // Round 11: a meter reading of 16.7 or more with vomiting (NICE NG17 DKA).
                { glucoseAtLeast: 16.7 },
                { has: 'abdominal_pain' },
                { has: 'ketotic_signs' },
                { has: 'dyspnea' },
                // Round 33: breathing fast, or vomiting after the insulin ran out (NICE NG17 DKA).
                { has: 'fast_breathing' },
                { all: [{ has: 'insulin_treated' }, { has: 'meds_run_out' }] },
                { has: 'drowsy' },
                { has: 'confusion' },
              ],
            },
          ],
        },
        { all: [{ has: 'diabetes_context' }, { has: 'ketotic_signs' }, { has: 'thirst_polyuria' }] },
        {
          all: [
            { has: 'low_glucose' },
            { any: [{ has: 'sweating' }, { has: 'confusion' }, { has: 'syncope' }, { has: 'seizure' }] },
          ],
        },
      ],
    },
    source: `${CN} Ⅰ POCT glucose < 3.33 mmol/L; project (hyperglycaemic crisis warning signs)`,
  },
  {
    id: 'eye_emergency',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '眼睛化学物溅入/外伤，或眼痛眼红伴视力下降、头痛呕吐',
      en: 'chemical or injury to the eye, or a painful red eye with poor vision, headache or vomiting',
    },
    departments: ['ophthalmology'],
    when: {
      any: [
        { has: 'eye_injury' },
        {
          all: [
            { has: 'eye_pain_red' },
            { any: [{ has: 'blurred_vision' }, { has: 'vision_loss' }, { has: 'headache' }] },
            { any: [{ has: 'nausea' }, { has: 'vomiting' }, { has: 'sudden_onset' }] },
          ],
        },
        { all: [{ has: 'vision_loss' }, { durationHoursBelow: 72, orUnknown: true }] },
        // Round 5: sight lost and back within minutes is a warning stroke whatever other durations the
        // message gives (AHA/ASA TIA statement; NICE NG128: transient monocular vision loss) [S].
        { all: [{ has: 'vision_loss' }, { any: [{ has: 'vision_returned' }, { has: 'self_limiting' }] }] },
        // Something flew into the eye and the sight is now blurred: possible penetrating injury
        // (MTS eye chart "penetrating eye injury", "acute reduced visual acuity"; coverage audit).
        {
          all: [{ has: 'eye_foreign_body' }, { any: [{ has: 'blurred_vision' }, { has: 'vision_loss' }] }],
        },
      ],
    },
    source: 'project (ophthalmic emergencies); consensus Ⅱ severe pain',
  },
  {
    id: 'very_high_bp_with_symptoms',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '血压很高并伴头痛、胸痛、视物模糊或意识改变',
      en: 'very high blood pressure with headache, chest pain, blurred vision or confusion',
    },
    departments: ['cardiology'],
    when: {
      all: [
        { systolicAtLeast: 180 },
        {
          any: [
            // A headache the patient calls mild is not by itself a sign of organ damage (ACC/AHA 2017:
            // severe BP without target-organ damage is an urgency, seen the same day).
            { all: [{ has: 'headache' }, { severityAtLeast: 4, orUnknown: true }] },
            { has: 'chest_pain' },
            { has: 'blurred_vision' },
            { has: 'confusion' },
            { has: 'dyspnea' },
          ],
        },
      ],
    },
    source: `${CN} Ⅱ SBP > 200; project (hypertensive emergency symptoms at ≥ 180)`,
  },
  {
    id: 'leg_swelling_with_breathlessness',
    disposition: 'emergency',
    cnLevel: 2,
    label: { zh: '单侧腿肿伴气短或胸痛', en: 'one swollen leg with breathlessness or chest pain' },
    departments: ['vascular_surgery', 'respiratory'],
    when: {
      all: [
        { has: 'unilateral_leg_swelling' },
        { any: [{ has: 'dyspnea' }, { has: 'chest_pain' }, { has: 'hemoptysis' }] },
      ],
    },
    source: `${CN} Ⅱ suspected PE (chest pain/dyspnoea with risk)`,
  },
  {
    id: 'palpitations_with_warning',
    disposition: 'emergency',
    cnLevel: 2,
    label: { zh: '心慌伴胸痛、晕厥或气短', en: 'palpitations with chest pain, fainting or breathlessness' },
    departments: ['cardiology'],
    when: {
      all: [
        { has: 'palpitations' },
        { any: [{ has: 'chest_pain' }, { has: 'syncope' }, { has: 'dyspnea' }] },
        ACUTE,
        { not: KNOWN_PANIC_EPISODE },
      ],
    },
    source: `${CN} Ⅰ unstable rhythm`,
  },
  {
    id: 'acute_urinary_retention',
    disposition: 'emergency',
    cnLevel: 2,
    label: { zh: '突然完全尿不出来', en: 'suddenly unable to pass any urine' },
    departments: ['urology'],
    when: {
      all: [
        { has: 'urinary_retention' },
        { durationHoursBelow: 72, orUnknown: true },
        // "It burns and I can't pee" in a younger adult is usually painful frequency, not a blocked
        // bladder: the same-day rule still applies.
        { not: { all: [{ has: 'dysuria' }, { ageYearsBelow: 50, orUnknown: true }] } },
        // Round 39: "haven't peed since this morning" while vomiting everything back or with diarrhoea
        // is too little urine from losing fluid (its own dehydration rules), not a blocked bladder.
        { not: { any: [{ has: 'persistent_vomiting' }, { has: 'diarrhoea' }] } },
      ],
    },
    source: `issue 7 brief (acute urinary retention goes straight to the ED: it needs a catheter now); ${CN} Ⅱ severe pain 7–10 — project [U: the table lists retention under no level by name]`,
  },
  {
    id: 'blocked_bowel_or_older_severe_belly_pain',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '腹痛伴呕吐且不排气排便，或65岁以上剧烈腹痛',
      en: 'belly pain with vomiting and no wind or stool, or severe belly pain at 65 or older',
    },
    departments: ['general_surgery', 'gastroenterology'],
    when: {
      all: [
        { has: 'abdominal_pain' },
        ACUTE,
        {
          any: [
            { all: [{ any: [{ has: 'vomiting' }, { has: 'persistent_vomiting' }] }, { has: 'obstipation' }] },
            {
              all: [
                { ageYearsAtLeast: 65 },
                {
                  any: [
                    { severityAtLeast: 7 },
                    { has: 'obstipation' },
                    { has: 'abdominal_rigid' },
                    { has: 'pallor' },
                    { has: 'confusion' },
                    { has: 'cold_sweat' },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
    source: `${CN} Ⅱ unexplained severe pain, GI perforation; Ⅲ abdominal pain > 65 without high-risk features (so with them, Ⅱ); project (obstruction pattern)`,
  },
  {
    id: 'tearing_chest_back_pain',
    disposition: 'emergency',
    cnLevel: 2,
    label: { zh: '撕裂样胸背痛', en: 'tearing pain in the chest or back' },
    departments: ['cardiology', 'vascular_surgery'],
    when: {
      all: [
        { has: 'tearing_character' },
        ACUTE,
        {
          any: [
            { has: 'chest_pain' },
            { has: 'back_pain' },
            { has: 'pain_radiates' },
            { has: 'abdominal_pain' },
            { has: 'sudden_onset' },
          ],
        },
      ],
    },
    source: `${CN} Ⅱ chest/abdominal pain with suspected aortic dissection`,
  },
  {
    id: 'indoor_fumes_with_symptoms',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '室内烧炭/煤炉/燃气后头痛、恶心、头晕或意识改变',
      en: 'headache, nausea, dizziness or confusion after indoor charcoal, a coal stove or a gas heater',
    },
    departments: ['emergency'],
    when: {
      all: [
        { has: 'co_exposure' },
        {
          any: [
            { has: 'headache' },
            { has: 'nausea' },
            { has: 'vomiting' },
            { has: 'dizziness' },
            { has: 'confusion' },
            { has: 'drowsy' },
            { has: 'unresponsive' },
            { has: 'syncope' },
          ],
        },
      ],
    },
    source: `${CN} Ⅱ toxic exposure`,
  },
  {
    // Round 26: bongkrekic acid after fermented grain food, methanol after bootleg spirits: both kill
    // hours after a mild start, and a second person ill from the same food or drink is the clue.
    id: 'food_or_drink_poisoning_signs',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '吃了自制发酵米面、河豚、织纹螺或喝了来路不明的酒后呕吐、发麻、乏力、视物模糊或嗜睡',
      en: 'vomiting, numbness, weakness, blurred vision or drowsiness after home-fermented noodles, puffer fish, sea snails or bootleg spirits',
    },
    departments: ['emergency'],
    when: {
      all: [
        { any: [{ has: 'fermented_grain_food' }, { has: 'illicit_spirits' }, { has: 'toxic_seafood' }] },
        {
          any: [
            { has: 'vomiting' },
            { has: 'persistent_vomiting' },
            { has: 'nausea' },
            { has: 'abdominal_pain' },
            { has: 'blurred_vision' },
            { has: 'vision_loss' },
            { has: 'drowsy' },
            { has: 'confusion' },
            { has: 'dyspnea' },
            { has: 'jaundice' },
            { has: 'numbness' },
            { has: 'fatigue' },
            { has: 'dizziness' },
          ],
        },
      ],
    },
    source: `${CN} Ⅱ toxic exposure; 国家卫健委/China CDC 米酵菌酸 (bongkrekic acid) food-safety warnings [S]; WHO methanol poisoning information note 2014 [S]`,
  },
  {
    // Round 29: after a blow to the belly, pain that grows with vomiting, pallor or faintness.
    id: 'belly_pain_after_a_blow',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '肚子被撞后腹痛伴呕吐、面色苍白或头晕，或撞后脸色苍白、一站起来就晕',
      en: 'a blow to the belly followed by belly pain with vomiting, pallor or faintness, or by faintness alone',
    },
    departments: ['general_surgery', 'paediatrics'],
    when: {
      any: [
        {
          all: [
            { has: 'abdominal_blow' },
            { has: 'abdominal_pain' },
            {
              any: [
                { has: 'vomiting' },
                { has: 'pallor' },
                { has: 'dizziness' },
                { has: 'syncope' },
                { has: 'presyncope' },
                { has: 'abdominal_rigid' },
                { has: 'hematuria' },
              ],
            },
          ],
        },
        // Round 42: a blow to the belly, then pale and dizzy on standing, with or without belly pain
        // (a torn spleen can show first as shoulder-tip pain and faintness; NICE NG39) [S].
        {
          all: [
            { has: 'abdominal_blow' },
            {
              any: [
                { has: 'postural_dizziness' },
                { has: 'syncope' },
                { has: 'presyncope' },
                { all: [{ has: 'pallor' }, { has: 'dizziness' }] },
              ],
            },
          ],
        },
        // Round 33: any fall or crash, then belly pain and faintness on standing (blood loss inside).
        {
          all: [
            { has: 'injury' },
            { has: 'abdominal_pain' },
            {
              any: [
                { has: 'postural_dizziness' },
                { has: 'syncope' },
                { has: 'presyncope' },
                { has: 'pallor' },
              ],
            },
            { durationHoursBelow: 168, orUnknown: true },
          ],
        },
      ],
    },
    source:
      'NICE NG39 major trauma (suspected intra-abdominal injury after blunt trauma, including handlebar injuries in children; delayed splenic bleeding) [S]',
  },
  {
    id: 'injury_with_limb_numbness',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '颈背部受伤后手脚麻木或无力',
      en: 'numb, tingling or weak limbs after an injury to the neck or back',
    },
    departments: ['orthopaedics', 'neurosurgery'],
    when: {
      all: [
        { any: [{ has: 'injury' }, { has: 'major_trauma_mechanism' }, { has: 'head_injury' }] },
        { has: 'spine_site' },
        // A strained back after lifting with some leg tingling is not a spinal injury.
        { not: { has: 'strain_trigger' } },
        { any: [{ has: 'numbness' }, { has: 'limb_paralysis' }, { has: 'one_sided_weakness' }] },
        { durationHoursBelow: 72, orUnknown: true },
      ],
    },
    source: `${CN} Ⅲ moderate trauma with limb sensory/motor change, graded up for the spine; Canadian C-spine rule (paraesthesia in the limbs is high-risk) [S]`,
  },
  {
    id: 'new_limb_paralysis',
    disposition: 'emergency',
    cnLevel: 2,
    label: { zh: '双腿或四肢突然不能动、没知觉', en: 'legs or limbs suddenly unable to move or feel' },
    departments: ['neurology', 'orthopaedics'],
    when: { all: [{ has: 'limb_paralysis' }, { durationHoursBelow: 720, orUnknown: true }] },
    source: `${CN} Ⅲ trauma with limb sensory/motor change, Ⅱ acute neurological deficit; project (spinal cord warning signs)`,
  },
  {
    id: 'clot_risk_with_breathing_or_chest_signs',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '近期手术、分娩、长途乘坐或卧床后出现气短、胸痛、咯血或晕厥',
      en: 'breathlessness, chest pain, coughing blood or fainting after a recent operation, childbirth, long journey or bed rest',
    },
    departments: ['respiratory', 'vascular_surgery'],
    when: {
      all: [
        { any: [{ has: 'vte_risk_context' }, { has: 'recent_birth' }] },
        {
          any: [
            { has: 'dyspnea' },
            { has: 'pleuritic' },
            { has: 'hemoptysis' },
            { has: 'chest_pain' },
            { has: 'syncope' },
          ],
        },
      ],
    },
    source: `${CN} Ⅱ suspected PE; Wells PE criteria (surgery/immobilisation within 4 weeks) [S]; NICE NG158 [S]; long-haul travel and the postpartum weeks as risk factors: project`,
  },
  {
    id: 'after_birth_warning',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '孕期或产后血压很高，或产后剧烈头痛、视物模糊、抽搐、大出血',
      en: 'very high blood pressure in pregnancy or after birth, or after birth a severe headache, blurred vision, a fit or heavy bleeding',
    },
    departments: ['obstetrics_gynaecology'],
    when: {
      any: [
        {
          all: [
            { any: [{ has: 'pregnant' }, { pregnant: true }, { has: 'recent_birth' }] },
            { systolicAtLeast: 160 },
          ],
        },
        {
          all: [
            { has: 'recent_birth' },
            {
              any: [
                {
                  all: [
                    { has: 'headache' },
                    {
                      any: [
                        { has: 'blurred_vision' },
                        { has: 'vision_loss' },
                        { severityAtLeast: 7 },
                        { systolicAtLeast: 140 },
                      ],
                    },
                  ],
                },
                { has: 'seizure' },
                { has: 'heavy_bleeding' },
              ],
            },
          ],
        },
      ],
    },
    source:
      'ACOG Practice Bulletin 222 (severe-range BP ≥ 160/110; pre-eclampsia may start up to 6 weeks after birth) [S]; 妊娠期高血压疾病诊治指南 (中华医学会妇产科学分会 2020) [S]; postpartum heavy bleeding: project',
  },
  {
    id: 'stimulant_with_chest_or_heart_symptoms',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '使用兴奋性毒品后胸痛、胸闷、心慌或抽搐',
      en: 'chest pain or tightness, racing heart or a fit after stimulant drugs',
    },
    departments: ['cardiology'],
    when: {
      all: [
        { has: 'stimulant_use' },
        {
          any: [
            { has: 'chest_pain' },
            { has: 'pressure_character' },
            { has: 'palpitations' },
            { has: 'syncope' },
            { has: 'seizure' },
          ],
        },
      ],
    },
    source: `${CN} Ⅱ chest pain with suspected AMI; AHA scientific statement on cocaine-associated chest pain (Circulation 2008) [S]`,
  },
  {
    id: 'diabetic_foot_with_fever',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '血糖高的人脚上伤口伴发热寒战',
      en: 'foot wound with fever or chills in someone with high blood sugar',
    },
    departments: ['endocrinology', 'general_surgery'],
    when: {
      all: [
        { has: 'diabetes_context' },
        { has: 'foot_wound' },
        // IWGDF/IDSA 2023 counts a temperature over 38 °C as a systemic sign: a measured 37.8 °C
        // with a spreading red foot is a moderate infection, same-day (round 25).
        {
          any: [
            { all: [{ has: 'fever' }, { tempAtLeast: 38, orUnknown: true }] },
            { tempAtLeast: 38 },
            { has: 'chills' },
          ],
        },
      ],
    },
    source:
      'IWGDF/IDSA 2023 diabetic-foot infection guideline (systemic signs = severe infection, admit) [S]; fever or chills alone taken as a systemic sign: project, uncertain',
  },
  {
    id: 'yellow_newborn_unwell',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '新生儿发黄伴吃奶差、嗜睡或发热',
      en: 'yellow newborn who feeds poorly, is sleepy or feverish',
    },
    departments: ['paediatrics'],
    when: {
      all: [
        { has: 'jaundice' },
        { ageYearsBelow: 0.08 }, // about 4 weeks
        { any: [{ has: 'infant_danger_signs' }, { has: 'drowsy' }, { has: 'fever' }] },
      ],
    },
    source:
      'NICE CG98 neonatal jaundice (jaundice with poor feeding or lethargy needs urgent medical review) [S]; ESI v4 neonate high risk',
  },
  {
    id: 'choking_then_breathing_signs',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '儿童呛咳后持续咳嗽、喘息或呼吸有声音',
      en: 'a child still coughing, wheezing or breathing noisily after choking',
    },
    departments: ['ent', 'paediatrics'],
    when: {
      all: [
        { has: 'choking_episode' },
        { ageYearsBelow: 14, orUnknown: true },
        {
          any: [
            { has: 'stridor' },
            { has: 'wheeze' },
            { has: 'dyspnea' },
            { has: 'cyanosis' },
            // A cough after choking counts only for a child whose age we know; an adult who coughed
            // after water went down the wrong way is left to the other breathing rules.
            { all: [{ has: 'cough' }, { ageYearsBelow: 14 }] },
          ],
        },
      ],
    },
    source:
      '中国儿童气道异物诊断与治疗专家共识 (2018): a choking history with cough or wheeze needs airway assessment; project (adults left to the other breathing rules), uncertain',
  },
  {
    // Round 17: "a 10-day-old whose vomit is bright green". Adults with green vomit are left to the
    // bowel-obstruction rule (vomiting with no wind or stool), which needs more than the colour.
    id: 'green_vomit_in_child',
    disposition: 'emergency',
    cnLevel: 2,
    label: { zh: '孩子吐绿色的东西', en: 'a child vomiting green' },
    departments: ['paediatrics', 'general_surgery'],
    when: { all: [{ has: 'green_vomit' }, { ageYearsBelow: 16 }] },
    source:
      'NICE NG143 / NICE CKS gastroenteritis in children: bile-stained (green) vomit is a red flag for intestinal obstruction; APLS: bilious vomiting in a neonate is malrotation with volvulus until proven otherwise [S]',
  },
  {
    id: 'infant_bloody_stool_with_crying_or_vomiting',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '婴幼儿便血伴阵发性哭闹、呕吐或精神差',
      en: 'blood in a baby or toddler’s stool with bouts of crying, vomiting or floppiness',
    },
    departments: ['paediatrics', 'general_surgery'],
    when: {
      all: [
        { has: 'rectal_bleeding' },
        { ageYearsBelow: 3 },
        {
          any: [
            { has: 'colicky_crying' },
            { has: 'vomiting' },
            { has: 'infant_danger_signs' },
            { has: 'drowsy' },
          ],
        },
      ],
    },
    source:
      'project (intussusception warning signs: episodic crying, vomiting, redcurrant-jelly stool; 诸福棠实用儿科学), uncertain threshold',
  },
  {
    id: 'bleeding_on_blood_thinners',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '服抗凝药或有出血性疾病时出血止不住',
      en: 'bleeding that will not stop while on blood thinners or with a bleeding disorder',
    },
    departments: ['emergency'],
    when: {
      all: [{ any: [{ has: 'anticoagulant' }, { has: 'bleeding_disorder' }] }, { has: 'heavy_bleeding' }],
    },
    source: `${CN} Ⅱ active/severe bleeding; ESI v4 high-risk (anticoagulated bleeding): project; bleeding disorders: WFH 2020 [S]`,
  },
  {
    id: 'vomiting_with_no_wind_or_stool',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '反复呕吐且不排气不排便',
      en: 'vomiting with no wind or stool passed',
    },
    departments: ['general_surgery', 'gastroenterology'],
    // Belly pain is not always named ("肚子胀得像鼓"): vomiting with no wind or stool is the pattern.
    when: {
      all: [{ any: [{ has: 'vomiting' }, { has: 'persistent_vomiting' }] }, { has: 'obstipation' }, ACUTE],
    },
    source: `${CN} Ⅱ (suspected bowel obstruction, project reading); WSES Bologna guidelines on adhesive small-bowel obstruction 2017 (vomiting, distension, no flatus/stool) [S]`,
  },
  {
    id: 'indigestion_with_heart_warning_signs',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '“胃不舒服/消化不良”伴出冷汗、放射痛、气短或活动诱发',
      en: '"indigestion" with a cold sweat, spreading pain, breathlessness or brought on by exertion',
    },
    departments: ['cardiology'],
    when: {
      all: [
        {
          any: [
            { has: 'dyspepsia' },
            // Round 8: "胃疼…心口窝那里闷闷的" is the same complaint told as pain.
            {
              all: [
                { has: 'epigastric_site' },
                { any: [{ has: 'abdominal_pain' }, { has: 'pressure_character' }] },
              ],
            },
          ],
        },
        ACUTE,
        { ageYearsAtLeast: 30, orUnknown: true },
        {
          any: [
            { has: 'pain_radiates' },
            { has: 'cold_sweat' },
            { has: 'dyspnea' },
            { has: 'syncope' },
            { all: [{ has: 'sweating' }, { has: 'cardiac_history' }] },
            {
              all: [{ has: 'sweating' }, { any: [{ has: 'diabetes_context' }, { ageYearsAtLeast: 50 }] }],
            },
            { all: [{ has: 'exertional' }, { ageYearsAtLeast: 40 }] },
          ],
        },
      ],
    },
    source:
      'AHA/ACC 2021 chest pain guideline (epigastric discomfort, diaphoresis, jaw pain and exertional symptoms as anginal equivalents) [S]; ESC 2023 ACS guideline [S]; age threshold: project',
  },
  {
    id: 'wild_mushroom_with_symptoms',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '吃野生蘑菇后呕吐、腹泻、腹痛或神志改变',
      en: 'vomiting, diarrhoea, belly pain or confusion after eating wild mushrooms',
    },
    departments: ['emergency', 'gastroenterology'],
    when: {
      all: [
        { has: 'wild_mushroom' },
        {
          any: [
            { has: 'vomiting' },
            { has: 'diarrhoea' },
            { has: 'abdominal_pain' },
            { has: 'nausea' },
            { has: 'confusion' },
            { has: 'drowsy' },
            { has: 'hallucinations' },
            { has: 'jaundice' },
            { has: 'dizziness' },
            { has: 'sweating' },
            { has: 'unresponsive' },
          ],
        },
      ],
    },
    source:
      '中国蘑菇中毒诊治临床专家共识 (中华急诊医学杂志 2019): any suspected mushroom poisoning goes to hospital; symptoms ≥ 6 h after the meal suggest the lethal hepatotoxic type [S]',
  },
  {
    id: 'electric_injury_with_signs',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '触电或雷击后有烧伤、心慌、胸痛、晕厥、气短或麻木',
      en: 'electric shock or lightning with burns, a racing heart, chest pain, fainting, breathlessness or numbness',
    },
    departments: ['emergency', 'cardiology'],
    when: {
      all: [
        { has: 'electric_injury' },
        {
          any: [
            { has: 'burn' },
            { has: 'palpitations' },
            { has: 'chest_pain' },
            { has: 'syncope' },
            { has: 'unresponsive' },
            { has: 'confusion' },
            { has: 'dyspnea' },
            { has: 'numbness' },
            { has: 'seizure' },
            { has: 'pregnant' },
            { pregnant: true },
            { has: 'major_trauma_mechanism' },
          ],
        },
      ],
    },
    source:
      'Manchester Triage System 3rd ed. (burns and scalds / electrical injury discriminator) [S]; ECG and monitoring after high-voltage or symptomatic shocks: project, following common emergency-medicine practice (uncertain for asymptomatic household shocks, which are left same-day)',
  },
  {
    id: 'heat_with_collapse_or_confusion',
    disposition: 'emergency',
    cnLevel: 1,
    label: {
      zh: '高温暴晒或劳作后晕倒、神志改变、抽搐或体温很高',
      en: 'collapse, confusion, a fit or a very high temperature after heat exposure',
    },
    departments: ['emergency'],
    when: {
      all: [
        { has: 'heat_exposure' },
        {
          any: [
            { has: 'confusion' },
            { has: 'unresponsive' },
            { has: 'syncope' },
            { has: 'seizure' },
            { tempAtLeast: 40 },
          ],
        },
      ],
    },
    source:
      '中国热射病诊断与治疗专家共识 (解放军医学杂志 2019): heat exposure + CNS dysfunction or core temperature > 40 °C [S]',
  },
  {
    id: 'crush_or_dark_urine_after_exertion',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '被重物长时间压住，或剧烈运动/受压后尿色像可乐或酱油',
      en: 'trapped under something heavy, or cola- or tea-coloured urine after hard exercise or crushing',
    },
    departments: ['emergency', 'nephrology'],
    when: {
      any: [
        { has: 'crush_trapped' },
        {
          all: [
            { has: 'dark_urine' },
            {
              any: [
                { has: 'exertional' },
                { has: 'strain_trigger' },
                { has: 'injury' },
                { has: 'limb_pain' },
                { has: 'joint_msk_pain' },
                { has: 'heat_exposure' },
                { has: 'seizure' },
              ],
            },
          ],
        },
      ],
    },
    source:
      '挤压综合征急诊救治专家共识 (中华急诊医学杂志 2023) [S]; exertional rhabdomyolysis with dark urine: project (IV fluids and potassium/CK monitoring; uncertain, some guidance accepts same-day review)',
  },
  {
    id: 'alcohol_withdrawal_danger',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '停酒后出现幻觉、意识混乱或抽搐',
      en: 'after stopping drinking: seeing or hearing things, confusion or a fit',
    },
    departments: ['emergency', 'psychiatry'],
    // Not ACUTE: the message often gives the years of drinking as its only duration.
    when: {
      all: [
        { has: 'alcohol_stopped' },
        {
          any: [{ has: 'hallucinations' }, { has: 'confusion' }, { has: 'seizure' }, { has: 'unresponsive' }],
        },
      ],
    },
    source:
      'NICE CG100 alcohol-use disorders: acute withdrawal (delirium tremens or withdrawal seizures need hospital care) [S]',
  },
  {
    id: 'dialysis_warning',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '透析患者漏透后不适，或出现心慌、心跳慢、气短、胸痛',
      en: 'on dialysis: unwell after a missed session, or palpitations, a slow pulse, breathlessness or chest pain',
    },
    departments: ['emergency', 'nephrology'],
    when: {
      all: [
        { has: 'dialysis' },
        {
          any: [
            { has: 'palpitations' },
            { has: 'slow_heartbeat' },
            { has: 'dyspnea' },
            { has: 'chest_pain' },
            { has: 'syncope' },
            {
              all: [
                { has: 'missed_dialysis' },
                {
                  any: [
                    { has: 'fatigue' },
                    { has: 'bilateral_limb_weakness' },
                    { has: 'numbness' },
                    { has: 'nausea' },
                    { has: 'vomiting' },
                    { has: 'confusion' },
                    { has: 'edema' },
                    { has: 'dizziness' },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
    source:
      'UK Kidney Association clinical practice guideline: treatment of acute hyperkalaemia in adults (2023) (missed dialysis, weakness, arrhythmia) [S]; KDIGO; which symptoms count: project',
  },
  {
    id: 'spreading_weakness_or_breathing_swallowing_trouble',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '双腿或四肢无力逐日加重，或伴麻木、气短、吞咽呛咳',
      en: 'weakness of both legs or all limbs that is getting worse, or with numbness, breathlessness or choking on swallowing',
    },
    departments: ['neurology'],
    when: {
      any: [
        {
          all: [
            { has: 'bilateral_limb_weakness' },
            { durationHoursBelow: 720, orUnknown: true },
            {
              any: [
                { has: 'dyspnea' },
                { has: 'swallow_problem' },
                { has: 'bulbar_weakness' },
                { has: 'saddle_or_sphincter' },
              ],
            },
          ],
        },
        // Getting worse by the day, or with numbness, over a stated few weeks at most (a slow decline
        // over months in an older person is not this).
        {
          all: [
            { has: 'bilateral_limb_weakness' },
            { durationHoursBelow: 720 },
            { any: [{ has: 'progressive_course' }, { has: 'numbness' }] },
          ],
        },
        {
          all: [
            // The known condition is what makes choking or breathlessness a crisis sign.
            { has: 'neuromuscular_context' },
            {
              any: [
                { has: 'dyspnea' },
                { has: 'orthopnoea' },
                { has: 'swallow_problem' },
                { has: 'bulbar_weakness' },
              ],
            },
          ],
        },
      ],
    },
    source:
      'EAN/PNS 2023 Guillain–Barré syndrome guideline (rapidly progressive weakness, bulbar or respiratory involvement: hospital) [S]; Association of British Neurologists myasthenia gravis guideline 2015 (bulbar/respiratory weakness = crisis) [S]',
  },
  {
    id: 'mouth_infection_spreading_to_neck',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '牙痛或咽痛后脖子/下巴下肿，伴张口困难、吞咽困难、气短（牙痛时或发热）',
      en: 'tooth or throat pain with swelling of the neck or under the jaw, and a mouth hard to open, trouble swallowing or breathlessness (with tooth pain, or fever)',
    },
    departments: ['stomatology', 'ent'],
    // A tooth infection with airway or swallowing signs, or fever unless the swelling is named as glands;
    // a sore throat only with airway signs (swollen glands with a sore throat and fever are common).
    when: {
      any: [
        {
          all: [
            { has: 'dental' },
            { has: 'neck_swelling' },
            {
              any: [
                { has: 'trismus' },
                { has: 'swallow_problem' },
                { has: 'dyspnea' },
                { has: 'stridor' },
                { has: 'airway_swelling' },
                { all: [{ has: 'fever' }, { not: { has: 'lump' } }] },
              ],
            },
          ],
        },
        {
          all: [
            { any: [{ has: 'sore_throat' }, { has: 'trismus' }] },
            { has: 'neck_swelling' },
            {
              any: [
                { has: 'dyspnea' },
                { has: 'stridor' },
                { has: 'airway_swelling' },
                { all: [{ has: 'trismus' }, { has: 'swallow_problem' }] },
              ],
            },
          ],
        },
      ],
    },
    source:
      'British Association of Oral and Maxillofacial Surgeons / SDCEP drug prescribing for dentistry (spreading odontogenic infection with trismus, floor-of-mouth or neck swelling or dysphagia: same-day hospital) [S]; ' +
      CN +
      ' Ⅱ airway at risk',
  },
  {
    id: 'pain_and_numbness_in_a_cast',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '打石膏或骨头受伤后疼痛加重、止痛药无效并手指/脚趾麻木或发白',
      en: 'in a cast or after a bone injury: pain getting worse despite painkillers with numb or pale fingers or toes',
    },
    departments: ['orthopaedics'],
    when: {
      all: [
        { has: 'cast_or_bone_injury' },
        { has: 'pain_unrelieved' },
        {
          any: [
            { has: 'numbness' },
            { has: 'pallor' },
            { has: 'cyanosis' },
            { has: 'cold_peripheries' },
            { severityAtLeast: 7 },
          ],
        },
      ],
    },
    source: 'BOAST 10 diagnosis and management of compartment syndrome of the limbs (BOA 2016) [S]',
  },

  // Coverage audit 2026-11: Manchester Triage System general discriminators (Mackway-Jones K, Marsden J,
  // Windle J. Emergency Triage, 3rd ed. 2014) and consensus level Ⅰ/Ⅱ criteria that had no rule of their
  // own, worded at the discriminator level rather than for one message.
  {
    id: 'shock_signs',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '面色苍白/发灰、冷汗、手脚冰凉或血压低等休克表现',
      en: 'signs of shock: pale or grey, cold sweat, cold hands and feet or low blood pressure',
    },
    departments: ['emergency'],
    when: {
      any: [
        { all: [{ has: 'cold_peripheries' }, { any: [{ has: 'cold_sweat' }, { has: 'pallor' }] }] },
        // Round 24: cold, blotchy and sleepy (a 5-week-old "with no fever"; NICE NG143 red features).
        { all: [{ has: 'cold_peripheries' }, { any: [{ has: 'drowsy' }, { has: 'confusion' }] }] },
        {
          all: [
            { has: 'cold_sweat' },
            { has: 'pallor' },
            { any: [{ has: 'dizziness' }, { has: 'syncope' }, { has: 'fatigue' }, { has: 'confusion' }] },
          ],
        },
        {
          all: [
            { has: 'low_blood_pressure' },
            {
              any: [
                { has: 'fever' },
                { has: 'chills' },
                { has: 'confusion' },
                { has: 'drowsy' },
                { has: 'cold_sweat' },
                { has: 'cold_peripheries' },
                { has: 'syncope' },
                { has: 'heavy_bleeding' },
                { has: 'vomiting_blood' },
                { has: 'black_stool' },
              ],
            },
          ],
        },
      ],
    },
    source: `MTS general discriminator "shock" (pallor, sweating, cold, hypotension); ${CN} Ⅱ shock / poor perfusion`,
  },
  {
    id: 'worst_pain_ever',
    disposition: 'emergency',
    cnLevel: 2,
    label: { zh: '新出现的一生中最剧烈的疼痛', en: 'new pain described as the worst ever' },
    when: {
      any: [
        { all: [{ has: 'worst_ever' }, NEW_OR_SUDDEN] },
        // 9–10 out of 10 in a new complaint.
        { all: [{ severityAtLeast: 9 }, ACUTE] },
      ],
    },
    source: `MTS general discriminator "severe pain" (orange); ${CN} Ⅱ severe pain 7–10`,
  },
  {
    id: 'uncontrolled_bleeding',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '出血止不住，或大量出血伴头晕、苍白、冷汗',
      en: 'bleeding that will not stop, or heavy bleeding with dizziness, pallor or a cold sweat',
    },
    departments: ['emergency', 'general_surgery'],
    when: {
      any: [
        {
          all: [
            { has: 'bleeding_uncontrolled' },
            { not: { has: 'bleeding_stopped' } },
            // Heavy periods and bleeding in pregnancy have their own rules with their own thresholds.
            {
              not: {
                any: [
                  { has: 'vaginal_bleeding' },
                  { has: 'gynae_symptom' },
                  { has: 'period_pain' },
                  { has: 'pregnant' },
                  { has: 'rectal_bleeding' },
                  { has: 'hematuria' },
                  { has: 'haemorrhoids' },
                ],
              },
            },
          ],
        },
        {
          all: [
            { any: [{ has: 'heavy_bleeding' }, { has: 'bleeding_any' }] },
            { any: [{ has: 'heavy_bleeding' }, { has: 'syncope' }, { has: 'cold_sweat' }] },
            {
              any: [
                { has: 'dizziness' },
                { has: 'syncope' },
                { has: 'pallor' },
                { has: 'cold_sweat' },
                { has: 'palpitations' },
              ],
            },
          ],
        },
      ],
    },
    source: `MTS general discriminators "uncontrollable major haemorrhage" (red) and "shock"; ${CN} Ⅱ active severe bleeding`,
  },
  {
    // Round 27: a systolic below 90 with dizziness on standing, little urine or a faint: shock,
    // whatever the cause (a haemorrhagic fever's hypotensive phase, bleeding, sepsis).
    id: 'low_blood_pressure_with_shock_signs',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '收缩压低于90，伴站起头晕、尿少、晕倒或意识改变',
      en: 'systolic pressure below 90 with dizziness on standing, little urine, fainting or confusion',
    },
    departments: ['emergency'],
    when: {
      all: [
        { systolicBelow: 90 },
        {
          any: [
            { has: 'postural_dizziness' },
            { has: 'presyncope' },
            { has: 'syncope' },
            { has: 'dehydration' },
            { has: 'confusion' },
            { has: 'drowsy' },
            { has: 'cold_sweat' },
            // Round 45: with a fever or shaking chills a low pressure is sepsis until shown otherwise.
            FEBRILE,
            { has: 'chills' },
          ],
        },
      ],
    },
    source: `${CN} Ⅱ shock (SBP < 90 mmHg with signs of poor perfusion); NICE NG51 sepsis high-risk criteria (SBP ≤ 90) [S]`,
  },
  {
    // Round 30: a baby under 3 months who is cold (below 36 °C) is as worrying as one with a fever
    // (NICE NG195 neonatal infection red flags; NICE NG143) [S].
    id: 'cold_young_baby',
    disposition: 'emergency',
    cnLevel: 2,
    label: { zh: '3个月以下婴儿体温低于36℃', en: 'a baby under 3 months with a temperature below 36 °C' },
    departments: ['paediatrics'],
    when: { all: [{ ageYearsBelow: 0.25 }, { tempBelow: 36 }] },
    source: 'NICE NG195 neonatal infection (temperature below 36 °C is a red flag) [S]; NICE NG143 [S]',
  },
  {
    id: 'very_high_temperature',
    disposition: 'emergency',
    cnLevel: 2,
    label: { zh: '体温达41℃或以上', en: 'temperature of 41 °C or more' },
    when: { tempAtLeast: 41 },
    source: 'MTS general discriminator "very hot" (≥ 41 °C, orange)',
  },
  {
    id: 'fluid_loss_with_shock_signs',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '上吐下泻后站不起来、晕倒、意识改变或头晕伴苍白',
      en: 'vomiting or diarrhoea with inability to stand, fainting, confusion, or dizziness with pallor',
    },
    departments: ['emergency', 'gastroenterology'],
    when: {
      all: [
        { any: [{ has: 'vomiting' }, { has: 'diarrhoea' }, { has: 'persistent_vomiting' }] },
        {
          any: [
            { has: 'cannot_stand' },
            { has: 'syncope' },
            { has: 'confusion' },
            { has: 'cold_peripheries' },
            { all: [{ has: 'dizziness' }, { has: 'pallor' }] },
          ],
        },
      ],
    },
    source:
      'MTS diarrhoea and vomiting chart, "shock" / "altered conscious level"; NICE CG84 red flags for clinical dehydration/shock [S]',
  },
  {
    id: 'fall_older_cannot_stand',
    disposition: 'emergency',
    cnLevel: 2,
    label: { zh: '老人摔倒后站不起来', en: 'an older person who cannot get up after a fall' },
    departments: ['orthopaedics'],
    when: {
      all: [{ has: 'injury' }, { has: 'cannot_stand' }, { ageYearsAtLeast: 65 }, ACUTE],
    },
    source: `${CN} Ⅱ suspected major (hip) fracture; MTS falls chart; age threshold: project`,
  },
  {
    id: 'cold_pale_limb',
    disposition: 'emergency',
    cnLevel: 2,
    label: { zh: '肢体突然发凉、发白或发紫', en: 'a limb that has suddenly gone cold, pale or blue' },
    departments: ['vascular_surgery'],
    when: {
      any: [
        { all: [{ has: 'cold_pale_limb' }, NEW_OR_SUDDEN] },
        // Round 5: cold and white said in separate clauses (腿剧痛 摸着冰凉 脚发白), with a sign that it is
        // new (sudden, severe, numb or weak), so long-standing cold white fingers are left out.
        {
          all: [
            { has: 'limb_cold' },
            { has: 'limb_pale' },
            NEW_OR_SUDDEN,
            {
              any: [
                { has: 'sudden_onset' },
                { severityAtLeast: 7 },
                { has: 'numbness' },
                { has: 'limb_paralysis' },
              ],
            },
          ],
        },
      ],
    },
    source:
      'MTS limb problems chart "pulseless limb / cold limb" (red); ESC 2017 peripheral arterial disease: acute limb ischaemia [S]',
  },
  {
    id: 'sore_throat_drooling',
    disposition: 'emergency',
    cnLevel: 2,
    label: { zh: '咽痛伴流口水或咽不下口水', en: 'sore throat with drooling or unable to swallow saliva' },
    departments: ['ent'],
    when: {
      all: [
        { has: 'drooling' },
        { any: [{ has: 'sore_throat' }, { has: 'fever' }] },
        { ageYearsAtLeast: 3, orUnknown: true },
      ],
    },
    source: `MTS sore throat chart "drooling" / airway compromise; ${CN} Ⅱ airway at risk; age limit (teething): project`,
  },
  {
    id: 'injury_with_breathlessness',
    disposition: 'emergency',
    cnLevel: 2,
    label: { zh: '受伤后气促', en: 'short of breath after an injury' },
    departments: ['general_surgery', 'orthopaedics'],
    when: { all: [{ any: [{ has: 'injury' }, { has: 'wound' }] }, { has: 'dyspnea' }, ACUTE] },
    source: `MTS torso injury chart "inadequate breathing" / "SOB"; ${CN} Ⅱ trauma with respiratory distress (project)`,
  },
  {
    id: 'drowning_with_symptoms',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '溺水后咳嗽、呼吸异常或反应差',
      en: 'after drowning: coughing, breathing trouble or not responding normally',
    },
    departments: ['emergency'],
    when: {
      all: [
        { has: 'drowning' },
        {
          any: [
            { has: 'dyspnea' },
            { has: 'dyspnea_severe' },
            { has: 'cough' },
            { has: 'cyanosis' },
            { has: 'vomiting' },
            { has: 'drowsy' },
            { has: 'confusion' },
            { has: 'unresponsive' },
          ],
        },
      ],
    },
    source: 'ERC Guidelines 2021 drowning: any symptom after submersion needs hospital assessment [S]; MTS',
  },
  {
    id: 'missed_period_pain_and_faint',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '停经或怀孕早期腹痛伴晕厥、冷汗或头晕苍白',
      en: 'a missed period or early pregnancy with belly pain and fainting, cold sweat, or dizziness with pallor',
    },
    departments: ['obstetrics_gynaecology'],
    when: {
      all: [
        { any: [{ has: 'missed_period' }, { has: 'pregnant' }] },
        { any: [{ has: 'abdominal_pain' }, { has: 'gynae_symptom' }] },
        {
          any: [
            { has: 'syncope' },
            // Round 43: 站起来的时候眼前一黑差点栽地上 (nearly fainted).
            { has: 'presyncope' },
            { has: 'cold_sweat' },
            { all: [{ has: 'dizziness' }, { has: 'pallor' }] },
          ],
        },
      ],
    },
    source: `MTS abdominal pain / PV bleeding charts ("shock", "pain radiating to shoulder"); NICE NG126 ectopic pregnancy: pain with fainting needs emergency referral [S]; ${CN} Ⅱ`,
  },
  // Round 5 (dev5): discriminators the blind set found uncovered.
  {
    id: 'choking_cannot_cough_or_blue',
    disposition: 'emergency',
    cnLevel: 1,
    label: {
      zh: '噎住后咳不出、哭不出声、说不出话或发紫',
      en: 'choking and unable to cough, cry or speak, or turning blue',
    },
    departments: ['emergency', 'ent'],
    when: {
      all: [
        { has: 'choking_episode' },
        {
          any: [
            { has: 'ineffective_cough' },
            { has: 'cyanosis' },
            { has: 'throat_blocked' },
            { has: 'unresponsive' },
            { has: 'dyspnea_severe' },
          ],
        },
      ],
    },
    source:
      'ERC Guidelines 2021 / AHA 2020 foreign-body airway obstruction: ineffective cough → back blows, abdominal thrusts and call EMS [S]; MTS airway discriminator',
  },
  {
    id: 'amputated_part',
    disposition: 'emergency',
    cnLevel: 2,
    label: { zh: '手指、脚趾或肢体被切断', en: 'a finger, toe or limb cut off' },
    departments: ['orthopaedics', 'general_surgery'],
    when: { all: [{ has: 'amputation' }, ACUTE] },
    source: `${CN} Ⅱ 断肢/断指 (re-implantation is time-critical); MTS major trauma [S]`,
  },
  {
    id: 'trapped_lump_with_pain_or_vomiting',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '包块推不回去并疼痛、呕吐或不排气',
      en: 'a lump that will not go back in, with pain, vomiting or no wind passed',
    },
    departments: ['general_surgery'],
    // A hernia is years old by the time it traps: no duration condition.
    when: {
      all: [
        { has: 'hernia_irreducible' },
        {
          any: [
            { has: 'lump' },
            { has: 'abdominal_pain' },
            { has: 'vomiting' },
            { has: 'obstipation' },
            { severityAtLeast: 5 },
          ],
        },
      ],
    },
    source:
      'HerniaSurge 2018 international groin hernia guidelines: incarcerated/strangulated hernia needs emergency surgery [S]; MTS abdominal pain chart',
  },
  {
    id: 'sickle_cell_crisis_signs',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '镰状细胞病伴胸痛、气短、发热或剧痛',
      en: 'sickle cell disease with chest pain, breathlessness, fever or severe pain',
    },
    departments: ['haematology'],
    when: {
      all: [
        { has: 'sickle_cell' },
        {
          any: [
            { has: 'chest_pain' },
            { has: 'dyspnea' },
            { has: 'fever' },
            { tempAtLeast: 38 },
            { severityAtLeast: 7 },
            { has: 'one_sided_weakness' },
            { has: 'speech_difficulty' },
          ],
        },
      ],
    },
    source:
      'BSH 2015 guideline on acute chest syndrome; NICE CG143 sickle cell acute painful episode (assess within 30 min) [S]; fever as a trigger: project (functional asplenia)',
  },
  {
    id: 'steroid_dependent_with_vomiting_or_collapse',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '肾上腺功能减退（激素替代）患者呕吐、腹泻、晕倒或意识改变',
      en: 'on steroid replacement for adrenal failure, with vomiting, diarrhoea, fainting or confusion',
    },
    departments: ['endocrinology'],
    // Vomiting means the tablets are not absorbed: an injection of hydrocortisone is needed now.
    when: {
      all: [
        { has: 'adrenal_insufficiency' },
        {
          any: [
            { has: 'vomiting' },
            { has: 'persistent_vomiting' },
            { has: 'diarrhoea' },
            { has: 'syncope' },
            { has: 'confusion' },
            { has: 'drowsy' },
            { all: [{ has: 'dizziness' }, { has: 'abdominal_pain' }] },
          ],
        },
      ],
    },
    source:
      'Society for Endocrinology emergency guidance: acute adrenal insufficiency (adrenal crisis) in adults, 2016/2020; Endocrine Society primary adrenal insufficiency guideline 2016 (Bornstein) [S]',
  },
  {
    id: 'opioid_with_drowsiness_or_slow_breathing',
    disposition: 'emergency',
    cnLevel: 1,
    label: {
      zh: '用阿片类药物（如芬太尼贴、吗啡）后叫不醒、嗜睡或呼吸很慢',
      en: 'very sleepy, hard to wake or breathing slowly on an opioid (fentanyl patch, morphine…)',
    },
    departments: ['emergency'],
    when: {
      all: [
        { has: 'opioid' },
        {
          any: [
            { has: 'drowsy' },
            { has: 'unresponsive' },
            { has: 'confusion' },
            { has: 'slow_breathing' },
            { has: 'cyanosis' },
          ],
        },
      ],
    },
    source: `${CN} Ⅰ respiratory depression / acute overdose; WHO community management of opioid overdose 2014 [S]`,
  },
  {
    id: 'lithium_with_toxicity_signs',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '服用碳酸锂出现意识模糊、走路不稳、手抖明显伴吐泻',
      en: 'on lithium with confusion, unsteadiness, or a marked tremor with vomiting or diarrhoea',
    },
    departments: ['emergency', 'psychiatry'],
    when: {
      all: [
        { has: 'lithium' },
        {
          any: [
            { has: 'confusion' },
            { has: 'drowsy' },
            { has: 'balance_loss' },
            { has: 'seizure' },
            { all: [{ has: 'tremor' }, { any: [{ has: 'vomiting' }, { has: 'diarrhoea' }] }] },
          ],
        },
      ],
    },
    source:
      'NICE CG185 / BNF lithium: toxicity signs (coarse tremor, ataxia, confusion, vomiting and diarrhoea) need urgent assessment and a level [S]; emergency level: project',
  },
  {
    id: 'long_lie_after_fall',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '老人摔倒后在地上躺了很久起不来',
      en: 'an older person who lay on the floor for a long time after a fall',
    },
    departments: ['emergency'],
    when: { all: [{ has: 'long_lie' }, { ageYearsAtLeast: 65, orUnknown: true }] },
    source:
      'NICE CG161 falls in older people (a long lie needs assessment); BGS; rhabdomyolysis, hypothermia and pressure damage after a long lie; level: project',
  },
  {
    id: 'eye_pain_or_poor_sight_after_eye_procedure',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '眼部手术或眼内注射后眼痛加重或视力下降',
      en: 'a painful eye or worse sight after an eye operation or injection',
    },
    departments: ['ophthalmology'],
    when: {
      all: [
        { has: 'recent_eye_procedure' },
        { any: [{ has: 'eye_pain_red' }, { has: 'vision_loss' }, { has: 'blurred_vision' }] },
        ACUTE,
      ],
    },
    source:
      'RCOphth / ESCRS: suspected post-operative endophthalmitis is an eye emergency (same-session review, intravitreal antibiotics) [S]',
  },
  {
    id: 'bleeding_after_tonsil_surgery',
    disposition: 'emergency',
    cnLevel: 2,
    label: { zh: '扁桃体等咽喉手术后出血', en: 'bleeding after a tonsil or throat operation' },
    departments: ['ent'],
    when: {
      all: [
        { has: 'recent_throat_surgery' },
        {
          any: [
            { has: 'bleeding_any' },
            { has: 'vomiting_blood' },
            { has: 'hemoptysis' },
            { has: 'blood_mentioned' },
          ],
        },
      ],
    },
    source:
      'ENT UK post-tonsillectomy haemorrhage guidance (any bleed after tonsillectomy → hospital now) [S]',
  },
  {
    id: 'fever_or_rigors_after_procedure',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '穿刺活检、内镜或导管操作后寒战高热',
      en: 'shivering fits or high fever after a biopsy, scope or catheter procedure',
    },
    departments: ['emergency'],
    when: {
      all: [
        { has: 'recent_invasive_procedure' },
        ACUTE,
        {
          any: [
            { has: 'chills' },
            { tempAtLeast: 39 },
            {
              all: [
                FEBRILE,
                {
                  any: [
                    { has: 'dizziness' },
                    { has: 'palpitations' },
                    { has: 'confusion' },
                    { has: 'syncope' },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
    source:
      'EAU guidelines on urological infections (infective complications after prostate biopsy, urosepsis) [S]; NICE NG51 sepsis; which signs count: project',
  },
  {
    id: 'very_high_sugar_with_drowsiness',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '长期血糖高的人测得血糖很高（≥16.7）并嗜睡、糊涂',
      en: 'known high blood sugar with a reading of 16.7 mmol/L or more and sleepiness or confusion',
    },
    departments: ['endocrinology'],
    when: {
      all: [
        { has: 'diabetes_context' },
        { glucoseAtLeast: 16.7 },
        { any: [{ has: 'drowsy' }, { has: 'confusion' }, { has: 'unresponsive' }, { has: 'syncope' }] },
      ],
    },
    source:
      '中国2型糖尿病防治指南 2020 高血糖危象 (血糖 > 16.7 mmol/L 伴意识障碍) [S]; ADA hyperglycaemic crises consensus 2024 (HHS) [S]',
  },
  {
    id: 'ear_infection_spreading_behind_ear',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '耳朵感染后耳后红肿或耳朵被顶得往外翘',
      en: 'swelling behind the ear or the ear pushed outwards during an ear infection',
    },
    departments: ['ent'],
    when: {
      all: [
        { has: 'behind_ear_swelling' },
        {
          any: [
            { has: 'ear_pushed_out' },
            { all: [{ has: 'ear_symptom' }, { any: [{ has: 'fever' }, { has: 'skin_inflamed' }] }] },
          ],
        },
      ],
    },
    source:
      'NICE CKS acute otitis media: suspected acute mastoiditis → refer immediately [S]; MTS ear problems chart',
  },
  {
    id: 'foreskin_stuck_back',
    disposition: 'emergency',
    cnLevel: 2,
    label: { zh: '包皮翻上去回不来', en: 'a foreskin pulled back that will not go forward' },
    departments: ['urology'],
    when: { has: 'foreskin_stuck' },
    source:
      'EAU Guidelines on Paediatric Urology (paraphimosis: an emergency, reduce at once to save the glans) [S]',
  },
  {
    id: 'erection_not_going_down',
    disposition: 'emergency',
    cnLevel: 2,
    label: { zh: '勃起持续不消退', en: 'an erection that will not go down' },
    departments: ['urology'],
    when: { has: 'prolonged_erection' },
    source:
      'AUA/SMSNA 2022 guideline on priapism (an erection lasting over 4 hours is an emergency) [S]; EAU guidelines on sexual and reproductive health [S]',
  },
  {
    id: 'serotonin_medicine_with_jerking_and_fever',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '服用抗抑郁等药物后肌肉抽动并发热、大汗或烦躁',
      en: 'muscle jerking with fever, heavy sweating or agitation on an antidepressant-type medicine',
    },
    departments: ['emergency'],
    when: {
      all: [
        { has: 'serotonergic_drug' },
        {
          any: [
            {
              all: [
                { has: 'muscle_jerks' },
                {
                  any: [{ has: 'fever' }, { has: 'sweating' }, { has: 'mental_distress' }, { has: 'tremor' }],
                },
              ],
            },
            { all: [{ has: 'tremor' }, { has: 'fever' }] },
          ],
        },
      ],
    },
    source: `Hunter serotonin toxicity criteria (Dunkley 2003: clonus with agitation, sweating or fever; tremor with fever) [S]; ${CN} Ⅱ toxic exposure`,
  },
  {
    id: 'child_fever_will_not_walk',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '孩子发热并且不肯走路或不敢着地',
      en: 'a child with a fever who will not walk or put weight on a leg',
    },
    departments: ['paediatrics', 'orthopaedics'],
    when: {
      all: [{ ageYearsBelow: 16 }, { has: 'fever' }, { has: 'cannot_stand' }, { not: { has: 'injury' } }],
    },
    source:
      'NICE CKS acute childhood limp (a limp with fever: same-day hospital assessment for an infected joint or bone) [S]; Kocher criteria [S]; emergency rather than same-day: project',
  },
  {
    id: 'bad_belly_pain_with_af',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '房颤的老人剧烈腹痛或腹痛伴呕吐',
      en: 'severe belly pain, or belly pain with vomiting, in an older person with an irregular heartbeat (AF)',
    },
    departments: ['emergency', 'vascular_surgery'],
    when: {
      all: [
        { has: 'abdominal_pain' },
        { has: 'af_context' },
        { ageYearsAtLeast: 60, orUnknown: true },
        {
          any: [
            { severityAtLeast: 7 },
            { has: 'vomiting' },
            { has: 'black_stool' },
            { has: 'rectal_bleeding' },
          ],
        },
      ],
    },
    source:
      'ESVS 2017 guidelines on the mesenteric arteries (acute mesenteric ischaemia: sudden severe pain out of proportion, AF as the embolic source) [S]; age threshold: project',
  },
  {
    id: 'symptoms_after_diving',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '潜水后出现关节痛、麻木、无力、气短或神志改变',
      en: 'joint pain, numbness, weakness, breathlessness or confusion after diving',
    },
    departments: ['emergency'],
    when: {
      all: [
        { has: 'recent_dive' },
        { durationHoursBelow: 72, orUnknown: true },
        {
          any: [
            { has: 'joint_msk_pain' },
            { has: 'limb_pain' },
            { has: 'numbness' },
            { has: 'limb_paralysis' },
            { has: 'one_sided_weakness' },
            { has: 'bilateral_limb_weakness' },
            { has: 'dyspnea' },
            { has: 'chest_pain' },
            { has: 'confusion' },
            { has: 'balance_loss' },
          ],
        },
      ],
    },
    source:
      'UHMS / Divers Alert Network guidance on decompression illness (any neurological or joint symptom within 24–48 h of a dive: oxygen and recompression assessment) [S]',
  },
  {
    id: 'adrenaline_already_given',
    disposition: 'emergency',
    cnLevel: 2,
    label: { zh: '过敏后已经用了肾上腺素', en: 'adrenaline already used for an allergic reaction' },
    departments: ['emergency'],
    when: {
      all: [
        { has: 'adrenaline_used' },
        {
          any: [
            { has: 'allergen_trigger' },
            { has: 'hives' },
            { has: 'face_lip_swelling' },
            { has: 'airway_swelling' },
            { has: 'throat_blocked' },
            { has: 'itch' },
          ],
        },
      ],
    },
    source:
      'Resuscitation Council UK anaphylaxis guideline 2021 (everyone given adrenaline for anaphylaxis goes to hospital: biphasic reactions) [S]; WAO 2020 [S]',
  },
  {
    id: 'too_much_paracetamol',
    disposition: 'emergency',
    cnLevel: 2,
    label: { zh: '对乙酰氨基酚可能超量', en: 'possibly too much paracetamol' },
    departments: ['emergency'],
    when: { has: 'paracetamol_excess' },
    source: `TOXBASE / MHRA paracetamol overdose (more than 4 g in 24 h, or a staggered overdose: blood levels and liver tests now) [S]; ${CN} Ⅱ toxic exposure`,
  },
  {
    id: 'small_child_swallowed_tablets',
    disposition: 'emergency',
    cnLevel: 2,
    label: { zh: '幼儿吃了药片', en: 'a small child swallowed tablets' },
    departments: ['emergency', 'paediatrics'],
    // Round 39: "吃了几粒" of the beads in a silica-gel sachet counts pieces, not tablets; a medicine
    // named with it is still poisoning (its own rule).
    when: {
      all: [{ has: 'tablets_swallowed' }, { ageYearsBelow: 6 }, { not: { has: 'nontoxic_ingestion' } }],
    },
    source: `NPIS / TOXBASE ("one pill can kill" a toddler: calcium-channel blockers, beta-blockers, sulfonylureas, opioids) [S]; ${CN} Ⅱ toxic exposure`,
  },
  {
    id: 'fever_or_rigors_with_blocked_kidney',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '已知尿路堵塞时发烧并寒战或腰痛',
      en: 'fever with shivering or loin pain when a blocked kidney or ureter is known',
    },
    departments: ['emergency', 'urology'],
    when: {
      all: [{ has: 'urinary_obstruction' }, FEBRILE, { any: [{ has: 'chills' }, { has: 'flank_pain' }] }],
    },
    source:
      'EAU guidelines on urolithiasis (an obstructed kidney with signs of infection: urgent decompression) [S]; NICE NG118 renal colic (fever with obstruction: same-day admission) [S]',
  },
  {
    id: 'right_lower_belly_pain_with_fever_and_vomiting',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '右下腹痛伴发热和呕吐，且咳嗽、走路时加重',
      en: 'right lower belly pain with fever and vomiting, worse with coughing or walking',
    },
    departments: ['emergency', 'general_surgery'],
    when: {
      // Low fever alone with the pain stays same-day surgical review (another author's label).
      all: [{ has: 'rlq_pain' }, { has: 'fever' }, { has: 'vomiting' }, { has: 'peritonism' }],
    },
    source:
      'MTS abdominal pain chart (signs of peritonism) [S]; WSES Jerusalem guidelines 2020 on acute appendicitis (migration, anorexia, vomiting, fever, cough pain) [S]; emergency rather than same-day: project',
  },
  {
    id: 'yellow_eyes_with_fever_and_shivers_or_pain',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '皮肤眼睛发黄并发烧，伴寒战或腹痛',
      en: 'yellow eyes or skin with a fever and shivering or belly pain',
    },
    departments: ['emergency', 'general_surgery'],
    when: {
      all: [{ has: 'jaundice' }, { has: 'fever' }, { any: [{ has: 'chills' }, { has: 'abdominal_pain' }] }],
    },
    source:
      'Tokyo Guidelines 2018 for acute cholangitis (fever or rigors, jaundice, abdominal pain: Charcot triad) [S]; 急诊预检分诊专家共识 2018 Ⅱ',
  },
  {
    id: 'after_birth_voices_or_strange_beliefs',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '产后听到声音、怪异想法或糊涂',
      en: 'hearing voices, strange beliefs or confusion after giving birth',
    },
    departments: ['emergency', 'psychiatry'],
    when: {
      all: [
        { has: 'recent_birth' },
        { any: [{ has: 'hallucinations' }, { has: 'paranoid_ideas' }, { has: 'confusion' }] },
      ],
    },
    source:
      'NICE CG192 antenatal and postnatal mental health (suspected postpartum psychosis: assessment within 4 hours) [S]; RCPsych postpartum psychosis guidance [S]',
  },
  {
    id: 'shivering_in_pregnancy_or_after_birth',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '孕期或产后寒战，伴腰痛、呕吐、腹痛或心慌',
      en: 'shivering fits in pregnancy or after birth with loin pain, vomiting, belly pain or a racing heart',
    },
    departments: ['emergency', 'obstetrics_gynaecology'],
    when: {
      all: [
        { any: [{ pregnant: true }, { has: 'pregnant' }, { has: 'recent_birth' }] },
        // Shivering fits are the fever's own sign; a thermometer reading is not needed.
        { has: 'chills' },
        {
          any: [
            { has: 'flank_pain' },
            { has: 'back_pain' },
            { has: 'vomiting' },
            { has: 'abdominal_pain' },
            { has: 'palpitations' },
          ],
        },
      ],
    },
    source:
      'RCOG Green-top 64a/64b (sepsis in pregnancy and after birth: fever with rigors and a source needs urgent hospital assessment) [S]; NICE NG111 pyelonephritis in pregnancy (admit) [S]',
  },
  {
    id: 'jaw_or_arm_ache_with_heart_warning_signs',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '下巴或左臂酸痛伴出汗、恶心、气短或活动后出现',
      en: 'a jaw or left-arm ache with sweating, nausea, breathlessness or after exertion',
    },
    departments: ['emergency', 'cardiology'],
    when: {
      all: [
        { has: 'jaw_or_arm_ache' },
        // From 30 as for a cold sweat with cardiac features (round 33: 34 with a smoker's risk).
        { ageYearsAtLeast: 30, orUnknown: true },
        { not: { has: 'injury' } },
        { any: [{ has: 'sweating' }, { has: 'nausea' }, { has: 'dyspnea' }, { has: 'exertional' }] },
      ],
    },
    source:
      'AHA/ACC 2021 chest pain guideline (jaw, arm or shoulder discomfort with diaphoresis, nausea or exertion as anginal equivalents) [S]; 急诊预检分诊专家共识 2018 Ⅱ; age threshold: project',
  },
  {
    id: 'dengue_warning_signs',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '登革热样发热后腹痛、持续呕吐、出血或嗜睡',
      en: 'belly pain, repeated vomiting, bleeding or drowsiness after a dengue-like fever',
    },
    departments: ['emergency', 'infectious_disease'],
    when: {
      all: [
        { has: 'dengue_context' },
        {
          any: [
            { has: 'abdominal_pain' },
            { has: 'persistent_vomiting' },
            { has: 'bleeding_any' },
            { has: 'drowsy' },
            { has: 'confusion' },
          ],
        },
      ],
    },
    source:
      'WHO 2009 dengue guidelines (warning signs: abdominal pain, persistent vomiting, mucosal bleeding, lethargy — often as the fever settles) [S]; 登革热诊疗指南 2024 [S]',
  },
  {
    id: 'hand_foot_mouth_warning_signs',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '手足口病时易惊、肢体抖动、嗜睡、反复呕吐或呼吸快',
      en: 'in hand, foot and mouth disease: startling, jerks or trembling, drowsiness, repeated vomiting or fast breathing',
    },
    departments: ['emergency', 'paediatrics'],
    when: {
      all: [
        { has: 'hfmd_context' },
        {
          any: [
            { has: 'muscle_jerks' },
            { has: 'tremor' },
            { has: 'drowsy' },
            { has: 'persistent_vomiting' },
            { has: 'fast_breathing' },
            { has: 'dyspnea' },
            { has: 'seizure' },
            { all: [{ has: 'vomiting' }, { any: [{ tempAtLeast: 39 }, { has: 'high_fever_word' }] }] },
          ],
        },
      ],
    },
    source:
      '手足口病诊疗指南 2018 年版 (warning signs of the severe form: persistent high fever, startling, limb tremor or jerks, vomiting, drowsiness, fast breathing) [S]',
  },
  {
    id: 'altitude_illness_warning',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '在高海拔出现走路不稳、意识改变或静息气促',
      en: 'unsteady, confused or breathless at rest at high altitude',
    },
    departments: ['emergency'],
    when: {
      all: [
        { has: 'high_altitude' },
        {
          any: [
            { has: 'balance_loss' },
            { has: 'confusion' },
            { has: 'drowsy' },
            { has: 'dyspnea_severe' },
            { has: 'cyanosis' },
            { all: [{ has: 'dyspnea' }, { has: 'at_rest' }] },
          ],
        },
      ],
    },
    source:
      'Wilderness Medical Society clinical practice guidelines for acute altitude illness 2019 (HACE: ataxia or altered mental status; HAPE: breathlessness at rest — descend and seek emergency care) [S]',
  },
  {
    id: 'stings_with_general_reaction',
    disposition: 'emergency',
    cnLevel: 2,
    label: {
      zh: '被蜂蜇后头晕、心慌、气短或呕吐，或被蜇很多下',
      en: 'dizziness, a racing heart, breathlessness or vomiting after stings, or many stings',
    },
    departments: ['emergency'],
    when: {
      all: [
        { has: 'insect_sting' },
        {
          any: [
            { has: 'many_stings' },
            { has: 'dizziness' },
            { has: 'presyncope' },
            { has: 'syncope' },
            { has: 'palpitations' },
            { has: 'dyspnea' },
            { has: 'wheeze' },
            { has: 'vomiting' },
            { has: 'face_lip_swelling' },
            { has: 'confusion' },
          ],
        },
      ],
    },
    source:
      '胡蜂蜇伤规范化诊治中国专家共识 2018 (≥ 10 stings or any general reaction: emergency department) [S]; WAO anaphylaxis guidance 2020 [S]',
  },
];
