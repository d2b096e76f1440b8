/**
 * Same-day (urgent) rules: needs a clinician today but not an ambulance. Sources: 急诊预检分诊专家共识
 * 2018 Table 1 level Ⅲ manual indicators (clinical-rules.md §2.3, [S]) and project choices marked so.
 */
import {
  ACUTE,
  FOOD_COLOURED_STOOL,
  COUGH_STRAIN_CHEST_PAIN,
  FEBRILE,
  LIGHT_PAINLESS_SPOTTING_IN_PREGNANCY,
  PERIPHERAL_FACIAL_PALSY,
  SWALLOWED_NOSEBLEED,
  USUAL_FIT_IN_KNOWN_EPILEPSY,
} from './red-flag-rules.data.ts';
import type { Cond } from './rule-condition.ts';
import type { TriageRule } from './triage-rule.ts';

const CN3 = '急诊预检分诊专家共识 2018 表1 Ⅲ (clinical-rules.md §2.3)';

/** A red stool after a red food, the word "blood" never said (round 32). */
const RED_FOOD_NOT_BLOOD: Cond = { all: [FOOD_COLOURED_STOOL, { not: { has: 'blood_mentioned' } }] };

/**
 * A knock to the head with only low-risk features: cried at once, now acting normally, nothing else
 * wrong, aged 1–64, no blood thinner or bleeding disorder (NICE NG232 head injury: no CT and home
 * advice without risk factors) [S]. Shared with the self-care rule.
 */
export const MINOR_HEAD_BUMP: Cond = {
  all: [
    { has: 'head_injury' },
    { has: 'well_after_head_bump' },
    { onlyAmong: ['head_injury', 'injury', 'lump', 'wound'] },
    { ageYearsAtLeast: 1 },
    { ageYearsBelow: 65, orUnknown: true },
    { not: { has: 'anticoagulant' } },
    { not: { has: 'bleeding_disorder' } },
    { not: { has: 'major_trauma_mechanism' } },
    { not: { has: 'heavy_bleeding' } },
  ],
};

/**
 * A burn no bigger than a coin, red without blisters, nothing else wrong (NICE CKS burns and scalds:
 * superficial epidermal burns are cared for at home) [S]. Blisters said and not denied (没起泡 is
 * absent) make it partial thickness. Shared with the self-care rule (round 26).
 */
export const SMALL_SUPERFICIAL_BURN: Cond = {
  all: [
    { has: 'burn' },
    { has: 'small_superficial_burn' },
    // "红了一小块" also reads as a skin mark.
    { onlyAmong: ['burn', 'skin_lesion'] },
    { not: { has: 'burn_major' } },
    { not: { has: 'rash' } },
  ],
};

/**
 * A twisted ankle or knee that bears weight and whose bony points do not hurt when pressed: the
 * Ottawa rules say no X-ray (NICE CKS sprains and strains) [S]. Both halves must be said; "I can
 * walk on it" alone is not enough (round 26).
 */
export const OTTAWA_NEGATIVE: Cond = {
  all: [
    { has: 'walks_on_it' },
    { has: 'no_bony_tenderness' },
    { not: { has: 'deformity' } },
    { severityBelow: 7, orUnknown: true },
  ],
};

/**
 * A faint with a clear vasovagal trigger (a needle, the sight of blood), quick full recovery and no
 * warning feature, under 50: NICE CG109 needs no further tests for an uncomplicated faint [S]. The
 * excluded features (heart symptoms, exertion, injury, a fit) are NICE's; the age limit is project.
 * Shared with the self-care rule (round 27).
 */
export const SIMPLE_FAINT: Cond = {
  all: [
    { has: 'syncope' },
    { has: 'vasovagal_trigger' },
    { onlyAmong: ['syncope', 'pallor', 'nausea', 'sweating', 'dizziness'] },
    { ageYearsBelow: 50 },
    { not: { any: [{ has: 'exertional' }, { has: 'cardiac_history' }, { has: 'pregnant' }] } },
  ],
};

/**
 * Sickness in early pregnancy with food and water kept down and no sign of drying out: the mild form,
 * home care (RCOG Green-top 69 nausea and vomiting of pregnancy) [S]. Shared with the self-care rule.
 */
export const MILD_PREGNANCY_SICKNESS: Cond = {
  all: [
    { any: [{ has: 'pregnant' }, { pregnant: true }] },
    { onlyAmong: ['nausea', 'vomiting'] },
    { has: 'keeps_food_down' },
    { not: { has: 'dehydration' } },
    { not: { has: 'persistent_vomiting' } },
  ],
};

const rule = (
  id: string,
  zh: string,
  en: string,
  when: TriageRule['when'],
  source: string,
  departments?: TriageRule['departments'],
): TriageRule => ({
  id,
  disposition: 'urgent',
  cnLevel: 3,
  label: { zh, en },
  when,
  source,
  ...(departments ? { departments } : {}),
});

export const URGENT_RULES: readonly TriageRule[] = [
  rule(
    'chest_pain_other',
    '胸痛',
    'chest pain',
    { all: [{ has: 'chest_pain' }, { not: COUGH_STRAIN_CHEST_PAIN }] },
    `${CN3} moderate non-cardiac chest pain`,
    ['cardiology'],
  ),
  rule(
    'breathlessness',
    '气短',
    'shortness of breath',
    {
      all: [
        { has: 'dyspnea' },
        // Woken at night by it counts however old the condition is (GINA 2024: night symptoms mean
        // poor control; round 36: 老毛病哮喘 … 晚上喘醒两次).
        { any: [{ durationHoursBelow: 720, orUnknown: true }, { has: 'orthopnoea' }] },
        // Pauses in breathing at night told by a bed partner, with snoring: a sleep clinic, not a
        // same-day visit (NICE NG202) [S]; round 29.
        { not: { all: [{ has: 'sleep_apnoea_signs' }, { has: 'snoring' }] } },
        // Breathless on hurrying "as before" in known lung disease: a routine review (GOLD 2024:
        // stable COPD follow-up) [S]; round 34.
        // Not a flare that wakes at night (喘醒) or wheezes.
        {
          not: {
            all: [
              { has: 'usual_pattern' },
              { not: { any: [{ has: 'at_rest' }, { has: 'orthopnoea' }, { has: 'wheeze' }] } },
            ],
          },
        },
      ],
    },
    `${CN3} acute asthma with stable vitals`,
  ),
  rule(
    'wheeze_acute',
    '喘鸣',
    'wheezing',
    { all: [{ any: [{ has: 'wheeze' }, { has: 'stridor' }] }, ACUTE] },
    `${CN3} acute asthma`,
  ),
  rule(
    'fainting',
    '晕厥',
    'fainting',
    { all: [{ has: 'syncope' }, { not: SIMPLE_FAINT }] },
    'ESI v4 high-risk; project; an uncomplicated faint with a clear trigger is home care (NICE CG109) [S]',
  ),
  rule('older_seizure', '近期抽搐', 'recent seizures', { has: 'seizure' }, `${CN3} intermittent seizures`, [
    'neurology',
  ]),
  rule(
    'head_injury',
    '头部受伤',
    'head injury',
    { all: [{ has: 'head_injury' }, { not: MINOR_HEAD_BUMP }] },
    `${CN3} head injury; a bump with only low-risk features is home care (NICE NG232) [S]`,
    ['neurosurgery'],
  ),
  rule(
    'acute_injury',
    '新近外伤',
    'recent injury',
    {
      all: [
        { any: [{ has: 'injury' }, { has: 'wound' }, { has: 'burn' }] },
        { durationHoursBelow: 72, orUnknown: true },
        { severityAtLeast: 4, orUnknown: true },
        // A fall that was only a low-risk knock to the head is home advice (round 18), and so is a
        // coin-sized red burn (round 26).
        { not: MINOR_HEAD_BUMP },
        { not: SMALL_SUPERFICIAL_BURN },
        // Walked on it and no bony tenderness: Ottawa ankle and knee rules negative, no X-ray (round 26).
        { not: OTTAWA_NEGATIVE },
        // A small shallow cut that has stopped bleeding is first aid, not a same-day visit.
        {
          not: {
            all: [
              { has: 'minor_wound' },
              { not: { has: 'heavy_bleeding' } },
              { not: { has: 'injury' } },
              { not: { has: 'burn' } },
            ],
          },
        },
      ],
    },
    `${CN3} moderate trauma; project`,
  ),
  rule(
    'infected_wound_or_diabetic_foot_sore',
    '伤口红肿流脓，或血糖高的人脚上有伤口',
    'an infected-looking wound, or a foot sore with high blood sugar',
    {
      any: [
        {
          all: [
            { any: [{ has: 'wound' }, { has: 'foot_wound' }, { has: 'recent_invasive_procedure' }] },
            { has: 'wound_infected' },
          ],
        },
        { all: [{ has: 'diabetes_context' }, { has: 'foot_wound' }] },
      ],
    },
    'NICE NG19 diabetic foot (active foot problem → multidisciplinary team within 1 working day) [S]; NICE NG125 surgical site infection; project',
    ['general_surgery', 'endocrinology'],
  ),
  rule(
    'rash_on_high_risk_medicine',
    '新用易致重症药疹的药物后出皮疹',
    'a new rash on a medicine known for severe skin reactions',
    {
      all: [{ has: 'severe_rash_risk_drug' }, { any: [{ has: 'rash' }, { has: 'hives' }, { has: 'itch' }] }],
    },
    'MHRA / FDA: carbamazepine, allopurinol, lamotrigine — stop and seek advice at the first rash (SJS/TEN risk) [S]',
    ['dermatology'],
  ),
  rule(
    'pain_or_bleeding_after_tooth_extraction',
    '拔牙后疼痛加重、出血或肿胀',
    'worsening pain, bleeding or swelling after a tooth extraction',
    {
      all: [
        { has: 'tooth_extraction' },
        {
          any: [
            { has: 'pain_unrelieved' },
            { has: 'bleeding_any' },
            { has: 'skin_inflamed' },
            { has: 'fever' },
          ],
        },
      ],
    },
    'NICE CKS / SDCEP post-extraction complications (dry socket, bleeding, infection: see the dentist) [S]',
    ['stomatology'],
  ),
  rule(
    'heart_failure_weight_gain',
    '心脏功能差的人几天内体重明显增加',
    'quick weight gain with a known weak heart',
    { all: [{ has: 'heart_failure' }, { has: 'weight_gain_fast' }] },
    'ESC 2021 heart failure guideline, self-care: weight gain > 2 kg in 3 days → contact the heart-failure team [S]',
    ['cardiology'],
  ),
  rule(
    'bleeding_after_procedure',
    '内镜、息肉切除或穿刺后出血',
    'bleeding after a scope, polyp removal or biopsy',
    {
      all: [
        { has: 'recent_invasive_procedure' },
        {
          any: [
            { has: 'rectal_bleeding' },
            { has: 'bleeding_any' },
            { has: 'blood_mentioned' },
            { has: 'hematuria' },
          ],
        },
      ],
    },
    'BSG/ESGE post-polypectomy bleeding (delayed bleeding needs same-day assessment) [S]; project',
    ['gastroenterology'],
  ),
  rule(
    'bruising_or_bleeding_on_blood_thinners',
    '服抗凝药出现瘀斑、牙龈出血等出血',
    'bruising or bleeding on a blood thinner',
    {
      all: [
        { has: 'anticoagulant' },
        { any: [{ has: 'bruising' }, { has: 'bleeding_any' }, { has: 'blood_mentioned' }] },
      ],
    },
    'NICE CKS anticoagulation (warfarin): bruising or bleeding → check INR the same day [S]',
    ['cardiology', 'haematology'],
  ),
  rule(
    'light_spotting_in_pregnancy',
    '孕期少量褐色或点滴出血，无腹痛头晕',
    'light brown or pink spotting in pregnancy without pain or faintness',
    LIGHT_PAINLESS_SPOTTING_IN_PREGNANCY,
    'NICE NG126 ectopic pregnancy and miscarriage: refer to an early pregnancy assessment service [S]',
    ['obstetrics_gynaecology'],
  ),
  rule(
    'injured_limb_looks_bent',
    '受伤后肢体看着弯了或歪了',
    'an injured limb that looks bent or crooked',
    { all: [{ has: 'limb_looks_bent' }, { any: [{ has: 'injury' }, { has: 'joint_msk_pain' }] }, ACUTE] },
    'MTS limb problems chart: deformity → urgent (yellow) [S]; with circulation and movement kept (else the emergency rules apply): project',
    ['orthopaedics'],
  ),
  rule(
    'animal_bite',
    '动物咬伤/抓伤（需评估狂犬病暴露）',
    'animal bite or scratch (rabies exposure needs same-day care)',
    {
      any: [
        { has: 'animal_bite' },
        // A rabies question or an animal's lick counts unless the skin is said to be unbroken.
        { all: [{ has: 'animal_exposure' }, { not: { has: 'intact_skin' } }] },
      ],
    },
    'project (national rabies exposure management: start care within 24 h); 狂犬病暴露预防处置工作规范 2023 (licks on intact skin are category I, no prophylaxis) [S]',
    ['infectious_disease', 'general_surgery'],
  ),
  rule(
    'severe_pain_acute',
    '新发中重度疼痛',
    'new moderate-to-severe pain',
    { all: [{ severityAtLeast: 7 }, { durationHoursBelow: 168, orUnknown: true }] },
    `${CN3} moderate–severe pain needing analgesia`,
  ),
  rule(
    'abdominal_pain_older',
    '65岁以上腹痛',
    'belly pain at 65 or older',
    { all: [{ has: 'abdominal_pain' }, { ageYearsAtLeast: 65 }, ACUTE] },
    `${CN3} any abdominal pain age > 65`,
    ['general_surgery', 'gastroenterology'],
  ),
  rule(
    'abdominal_pain_moderate',
    '新发腹痛伴呕吐、发热或明显疼痛',
    'new belly pain with vomiting, fever or marked pain',
    {
      all: [
        { has: 'abdominal_pain' },
        { durationHoursBelow: 72, orUnknown: true },
        {
          any: [
            { has: 'vomiting' },
            { has: 'nausea' },
            { has: 'fever' },
            { severityAtLeast: 5 },
            { has: 'sudden_onset' },
            { has: 'flank_pain' },
            { has: 'pregnant' },
            // Round 28: pain that moved to the right lower belly, or jolts on walking (peritoneal
            // irritation): an appendix is looked at the same day (WSES Jerusalem 2020) [S].
            { has: 'rlq_pain' },
            { has: 'peritonism' },
          ],
        },
      ],
    },
    `${CN3} moderate abdominal pain; WSES Jerusalem guidelines 2020 (migration to the right iliac fossa, pain on movement) [S]`,
    ['general_surgery', 'gastroenterology'],
  ),
  rule(
    'persistent_vomiting',
    '反复呕吐或脱水',
    'repeated vomiting or dehydration',
    {
      any: [
        { all: [{ has: 'persistent_vomiting' }, ACUTE] },
        { all: [{ has: 'dehydration' }, ACUTE] },
        // Round 45: losing fluid and passing less urine (NICE CG84 red flag: same-day assessment).
        { all: [{ has: 'passing_less_urine' }, { any: [{ has: 'vomiting' }, { has: 'diarrhoea' }] }, ACUTE] },
        {
          all: [
            { has: 'vomiting' },
            { has: 'diarrhoea' },
            { any: [{ ageYearsBelow: 2 }, { ageYearsAtLeast: 75 }] },
          ],
        },
      ],
    },
    `${CN3} persistent vomiting / dehydration`,
    ['gastroenterology'],
  ),
  rule(
    'rectal_bleeding_recent',
    '新近便血',
    'recent blood from the back passage',
    {
      all: [
        { has: 'rectal_bleeding' },
        { durationHoursBelow: 168, orUnknown: true },
        { not: RED_FOOD_NOT_BLOOD },
        { not: { has: 'anal_pain' } },
        { not: { has: 'haemorrhoids' } },
      ],
    },
    `${CN3} moderate bleeding; known piles with a small bleed: project (routine, NICE NG12 lists rectal bleeding for referral by age and pattern, not same day)`,
    ['general_surgery', 'gastroenterology'],
  ),
  rule(
    'bleeding_moderate',
    '出血',
    'bleeding',
    {
      any: [
        { has: 'hemoptysis' },
        { all: [{ has: 'vaginal_bleeding' }, { has: 'heavy_bleeding' }] },
        {
          all: [
            { has: 'nosebleed' },
            ACUTE,
            { not: { has: 'nose_symptom' } },
            { not: { has: 'bleeding_stopped' } },
          ],
        },
        // Round 23: nosebleeds on a blood thinner or antiplatelet, even when this one has stopped
        // (NICE CKS epistaxis: recurrent bleeds or anticoagulation → same-day review) [S].
        {
          all: [{ has: 'nosebleed' }, ACUTE, { any: [{ has: 'anticoagulant' }, { has: 'antiplatelet' }] }],
        },
        { all: [{ has: 'hematuria' }, { has: 'flank_pain' }] },
        { all: [{ has: 'vomiting_blood' }, { not: SWALLOWED_NOSEBLEED }] },
        { all: [{ has: 'black_stool' }, { not: FOOD_COLOURED_STOOL }] },
      ],
    },
    `${CN3} moderate bleeding`,
  ),
  rule(
    'fever_high_or_risk',
    '高热，或老人/孕妇/幼儿发热，或持续发热',
    'high fever, fever in an older adult, pregnancy or a toddler, or a long-lasting fever',
    {
      all: [
        FEBRILE,
        {
          any: [
            { tempAtLeast: 39.5 },
            { has: 'high_fever_word' },
            { ageYearsAtLeast: 65 },
            { ageYearsBelow: 3 },
            { has: 'pregnant' },
            { pregnant: true },
            { durationHoursAtLeast: 72 },
            { has: 'chills' },
            { has: 'rash' },
            { has: 'dysuria' },
            { has: 'flank_pain' },
            { has: 'swallow_problem' },
            { has: 'diabetes_context' },
          ],
        },
        // Teething with a measured temperature under 38 °C: teething does not cause a fever.
        { not: { all: [{ has: 'teething' }, { tempBelow: 38 }] } },
      ],
    },
    'project (fever with risk features); NICE CKS teething (a temperature of 38 °C or more is not from teething) [S]',
  ),
  rule(
    'headache_concerning',
    '头痛伴发热、呕吐、视力改变，或50岁后新发头痛',
    'headache with fever, vomiting or visual change, or new headache after 50',
    {
      all: [
        { has: 'headache' },
        ACUTE,
        {
          any: [
            {
              all: [
                { has: 'fever' },
                { not: { any: [{ has: 'nose_symptom' }, { has: 'cough' }, { has: 'sore_throat' }] } },
              ],
            },
            { has: 'vomiting' },
            { has: 'blurred_vision' },
            { has: 'diplopia' },
            { has: 'stiff_neck' },
            { ageYearsAtLeast: 50 },
            { has: 'head_injury' },
          ],
        },
      ],
    },
    'project (headache warning features)',
    ['neurology'],
  ),
  rule(
    'pregnancy_concern',
    '孕期出现症状',
    'symptoms during pregnancy',
    {
      all: [
        { any: [{ has: 'pregnant' }, { pregnant: true }] },
        { not: MILD_PREGNANCY_SICKNESS },
        {
          any: [
            { has: 'abdominal_pain' },
            { has: 'headache' },
            { has: 'vomiting' },
            { has: 'edema' },
            { has: 'fever' },
            { has: 'dysuria' },
            { has: 'gynae_symptom' },
          ],
        },
        ACUTE,
      ],
    },
    'project (obstetric same-day review)',
    ['obstetrics_gynaecology'],
  ),
  rule(
    'urinary_retention',
    '排尿困难/尿不出',
    'unable to pass urine',
    { has: 'urinary_retention' },
    `${CN3}; project`,
    ['urology'],
  ),
  rule(
    'urinary_infection_upper',
    '尿痛伴发热或腰痛',
    'painful urination with fever or side pain',
    {
      all: [
        { has: 'dysuria' },
        { any: [{ has: 'fever' }, { has: 'flank_pain' }, { has: 'chills' }, { has: 'vomiting' }] },
      ],
    },
    'project',
    ['urology'],
  ),
  rule(
    'flank_pain_acute',
    '腰侧部疼痛',
    'side (flank) pain',
    { all: [{ has: 'flank_pain' }, { durationHoursBelow: 168, orUnknown: true }] },
    `${CN3} moderate pain`,
    ['urology'],
  ),
  rule(
    'testicular_other',
    '睾丸/阴囊疼痛',
    'testicle or scrotum pain',
    { all: [{ has: 'testicular_pain' }, { durationHoursBelow: 720, orUnknown: true }] },
    'project',
    ['urology'],
  ),
  rule(
    'one_leg_swelling',
    '单侧腿肿痛',
    'one swollen, painful leg',
    { all: [{ has: 'unilateral_leg_swelling' }, { durationHoursBelow: 720, orUnknown: true }] },
    'project (suspected venous clot needs same-day assessment)',
    ['vascular_surgery'],
  ),
  rule(
    'eye_urgent',
    '眼痛眼红伴怕光或视物模糊，或视力突然变化',
    'painful red eye with light sensitivity or blurring, or sudden change in vision',
    {
      any: [
        {
          all: [
            { has: 'eye_pain_red' },
            { any: [{ has: 'photophobia' }, { has: 'blurred_vision' }, { severityAtLeast: 7 }] },
            ACUTE,
          ],
        },
        { all: [{ has: 'blurred_vision' }, { has: 'sudden_onset' }] },
        { all: [{ has: 'diplopia' }, ACUTE] },
      ],
    },
    'project (ophthalmic same-day)',
    ['ophthalmology'],
  ),
  rule(
    'known_stone_with_new_pain_or_blood',
    '已知尿路堵塞，又出现腰痛或血尿',
    'a known blockage in the urinary tract with new loin pain or blood in the urine',
    {
      all: [
        { has: 'urinary_obstruction' },
        {
          any: [{ has: 'hematuria' }, { has: 'back_pain' }, { has: 'spine_site' }, { has: 'abdominal_pain' }],
        },
        ACUTE,
      ],
    },
    'NICE NG118 renal and ureteric stones (imaging within 24 hours of presentation with renal colic) [S]; round 19',
    ['urology'],
  ),
  rule(
    'toe_going_black_or_rest_pain',
    '脚趾发黑或静息痛',
    'a toe going black or pain at rest in the foot',
    { has: 'toe_black_or_rest_pain' },
    'NICE CG147 peripheral arterial disease / ESVS 2019 chronic limb-threatening ischaemia (urgent vascular referral) [S]; round 23',
    ['vascular_surgery'],
  ),
  rule(
    'painful_vulval_swelling',
    '外阴或阴道口肿痛',
    'a painful swelling at the vaginal opening',
    { all: [{ has: 'vulval_swelling' }, ACUTE] },
    'RCOG / BASHH Bartholin’s abscess (same-day drainage) [S]; round 23',
    ['obstetrics_gynaecology'],
  ),
  rule(
    'painful_lump_by_the_anus_with_fever',
    '肛门旁肿痛伴发热或越来越大',
    'a painful lump by the anus with a fever, or growing',
    // Round 35: or a lump there growing over days without a fever.
    {
      all: [
        { has: 'anal_pain' },
        // Round 45: or red and swollen there without a fever (CKS: refer any suspected abscess).
        { any: [FEBRILE, { all: [{ has: 'lump' }, { has: 'spreading' }] }, { has: 'skin_inflamed' }] },
        ACUTE,
      ],
    },
    'NICE CKS perianal abscess (refer for same-day surgical drainage) [S]; ASCRS 2016 anorectal abscess guideline (prompt drainage) [S]; round 19',
    ['general_surgery'],
  ),
  rule(
    'red_swollen_eyelid_with_fever',
    '眼睑红肿伴发热',
    'a red, swollen eyelid with a fever',
    {
      all: [{ has: 'eye_pain_red' }, { has: 'skin_inflamed' }, FEBRILE, ACUTE],
    },
    'NICE CKS / RCOphth periorbital cellulitis (same-day assessment; orbital signs go to emergency) [S]; round 20',
    ['ophthalmology'],
  ),
  rule(
    'peripheral_facial_palsy',
    '一侧面部连额头一起无力，肢体和说话正常',
    'one side of the face weak including the forehead, with normal limbs and speech',
    PERIPHERAL_FACIAL_PALSY,
    'NICE CKS Bell’s palsy (prednisolone within 72 hours of onset; same-day assessment) [S]',
    ['neurology'],
  ),
  rule(
    'sudden_hearing_loss',
    '突发听力下降',
    'sudden hearing loss',
    {
      all: [
        { has: 'hearing_loss' },
        { any: [{ has: 'sudden_onset' }, { durationHoursBelow: 336 }] },
        { not: { has: 'fever' } },
      ],
    },
    'project (sudden hearing loss: ENT within 72 h)',
    ['ent'],
  ),
  rule(
    'palpitations_acute',
    '心慌',
    'palpitations',
    {
      all: [
        { has: 'palpitations' },
        { any: [ACUTE, { has: 'dizziness' }] },
        // Easing after coffee or energy drinks, or brief episodes already checked and normal.
        { not: { all: [{ has: 'caffeine_trigger' }, { has: 'improving' }, { not: { has: 'dizziness' } }] } },
        { not: { all: [{ has: 'tests_normal' }, { has: 'self_limiting' }, { not: { has: 'dizziness' } }] } },
        // Round 5: a momentary skipped beat with no faintness, chest pain or breathlessness is routine.
        {
          not: {
            all: [
              { has: 'momentary_beats' },
              {
                not: {
                  any: [
                    { has: 'dizziness' },
                    { has: 'syncope' },
                    { has: 'presyncope' },
                    { has: 'chest_pain' },
                    { has: 'dyspnea' },
                    { has: 'exertional' },
                  ],
                },
              },
            ],
          },
        },
      ],
    },
    'project; NICE CKS palpitations (urgent assessment only with syncope, chest pain, breathlessness or a structural heart history) [S]',
    ['cardiology'],
  ),
  rule(
    'dizziness_with_vomiting',
    '眩晕伴呕吐或走路不稳',
    'dizziness with vomiting or unsteadiness',
    { all: [{ has: 'dizziness' }, { any: [{ has: 'vomiting' }, { has: 'balance_loss' }] }, ACUTE] },
    'project',
    ['neurology', 'ent'],
  ),
  rule(
    'face_arm_speech_signs_older',
    '肢体无力、口角歪斜或言语不清（非新发）',
    'one-sided weakness, face drooping or speech trouble (not new)',
    {
      any: [
        { has: 'facial_droop' },
        { has: 'one_sided_weakness' },
        // Not a voice gone hoarse (round 34).
        { all: [{ has: 'speech_difficulty' }, { not: { has: 'hoarse_voice' } }] },
        { has: 'balance_loss' },
      ],
    },
    'project',
    ['neurology'],
  ),
  rule(
    'rash_with_fever',
    '发热伴皮疹',
    'fever with a rash',
    { all: [FEBRILE, { any: [{ has: 'rash' }, { has: 'hives' }] }] },
    'project',
    ['dermatology', 'infectious_disease'],
  ),
  rule(
    'nonblanching_rash_alone',
    '压之不褪色的皮疹',
    'a rash that does not fade when pressed',
    { has: 'nonblanching_rash' },
    'project',
    ['haematology', 'dermatology'],
  ),
  rule(
    'face_swelling',
    '面部或嘴唇肿胀',
    'face or lip swelling',
    {
      any: [
        // Round 5: puffy eyelids for weeks are not an allergic swelling (kidney or thyroid work-up is
        // routine; KDIGO 2021 glomerular diseases) [S]; a new swelling is same-day.
        { all: [{ has: 'face_lip_swelling' }, ACUTE] },
        // Hives after a trigger go same-day only with some other sign; plain itchy wheals with no
        // swelling of the lips or breathing trouble are home care (NICE CKS urticaria), round 29.
        {
          all: [
            { has: 'hives' },
            { has: 'allergen_trigger' },
            { not: { onlyAmong: ['hives', 'itch', 'rash'] } },
          ],
        },
      ],
    },
    'project; duration limit: project; NICE CKS urticaria (acute hives without angioedema or anaphylaxis: antihistamine at home) [S]',
    ['dermatology'],
  ),
  rule(
    'jaundice',
    '皮肤或眼白发黄',
    'yellow skin or eyes',
    { all: [{ has: 'jaundice' }, { durationHoursBelow: 720, orUnknown: true }] },
    'project',
    ['gastroenterology', 'infectious_disease'],
  ),
  rule(
    'hallucinations_or_crisis',
    '严重情绪困扰或幻觉',
    'severe distress or hallucinations',
    { all: [{ has: 'mental_distress' }, { any: [{ severityAtLeast: 8 }, { has: 'confusion' }] }] },
    `${CN3} acute confusion/anxiety/depression`,
    ['psychiatry'],
  ),
  rule(
    'very_high_bp',
    '血压很高',
    'very high blood pressure',
    { systolicAtLeast: 180 },
    `${CN3} SBP 180–200`,
    ['cardiology'],
  ),
  rule(
    'dental_swelling',
    '牙痛伴面部肿胀或发热',
    'tooth pain with face swelling or fever',
    {
      all: [
        { has: 'dental' },
        { any: [{ has: 'face_lip_swelling' }, { has: 'fever' }] },
        // Round 5: a teething baby under 38 °C (NICE CKS teething: teething does not cause a fever) [S].
        { not: { all: [{ has: 'teething' }, { tempBelow: 38 }, { not: { has: 'face_lip_swelling' } }] } },
      ],
    },
    'project; teething exception: NICE CKS teething [S]',
    ['stomatology'],
  ),
  rule(
    'swallow_stuck',
    '异物卡喉或吞咽困难',
    'something stuck in the throat or difficulty swallowing',
    {
      all: [
        { has: 'swallow_problem' },
        { durationHoursBelow: 168, orUnknown: true },
        // Round 5: drooling is what teething babies do (NICE CKS teething) [S]; not a swallowing problem.
        { not: { all: [{ has: 'teething' }, { has: 'drooling' }] } },
      ],
    },
    'project; teething exception: NICE CKS teething [S]',
    ['ent'],
  ),
  rule(
    'confusion_subacute',
    '意识或行为改变',
    'change in alertness or behaviour',
    { has: 'confusion' },
    `${CN3} somnolent but rousable`,
    ['neurology'],
  ),
  rule(
    'gi_bleeding_old',
    '呕血或黑便（非新近）',
    'vomiting blood or black stools (not recent)',
    {
      any: [
        { all: [{ has: 'vomiting_blood' }, { not: SWALLOWED_NOSEBLEED }] },
        { all: [{ has: 'black_stool' }, { not: FOOD_COLOURED_STOOL }] },
      ],
    },
    'project',
    ['gastroenterology'],
  ),
  rule(
    'breast_infection',
    '乳房红肿热痛伴发热',
    'red, painful breast with fever',
    { all: [{ has: 'breast_symptom' }, { has: 'fever' }] },
    'project',
    ['general_surgery'],
  ),
  rule(
    'joint_hot_swollen',
    '关节红肿剧痛',
    'hot, very painful swollen joint',
    {
      all: [
        {
          any: [
            // Round 8: one joint suddenly red, hot and swollen, however mild the pain is told; a
            // flare of gout the patient already knows is not the same-day question.
            { all: [{ has: 'hot_swollen_joint' }, { not: { has: 'inflammatory_joint' } }] },
            // Round 18: with a fever, even in a known gout patient (BSR/BOA hot swollen joint: septic
            // arthritis until proven otherwise).
            { all: [{ has: 'hot_swollen_joint' }, FEBRILE] },
            {
              all: [
                { has: 'joint_msk_pain' },
                {
                  any: [
                    { severityAtLeast: 7 },
                    {
                      all: [
                        { has: 'fever' },
                        { not: { any: [{ has: 'nose_symptom' }, { has: 'cough' }, { has: 'sore_throat' }] } },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
        { durationHoursBelow: 168, orUnknown: true },
      ],
    },
    'project; a hot swollen joint: NICE CKS gout and hot swollen joint (same-day assessment to exclude septic arthritis) [S]',
    ['rheumatology', 'orthopaedics'],
  ),
  rule(
    'skin_infection_spreading',
    '皮肤红肿热痛在扩大、伴发热或有肿包',
    'red, hot, swollen skin that is spreading, with fever, or with a lump',
    {
      all: [
        { has: 'skin_inflamed' },
        { any: [{ has: 'spreading' }, { has: 'fever' }, { has: 'lump' }] },
        { not: { any: [{ has: 'sore_throat' }, { has: 'eye_pain_red' }, { has: 'dental' }] } },
        // A sore red arm and a low fever the day after a vaccine are the expected reaction (round 26).
        {
          not: {
            all: [
              { has: 'recent_vaccination' },
              { not: { has: 'spreading' } },
              { tempBelow: 38.5, orUnknown: true },
            ],
          },
        },
        ACUTE,
      ],
    },
    'project (spreading skin infection or a collection needs antibiotics or drainage today; NICE NG141 cellulitis) [S]',
    ['dermatology', 'general_surgery'],
  ),
  rule(
    'painful_blister_band',
    '成簇或带状分布的疼痛水疱',
    'painful blisters in a band or cluster',
    { all: [{ has: 'dermatomal_rash' }, ACUTE] },
    'project (antiviral treatment works best started within 72 h of the rash; NICE CKS) [S]',
    ['dermatology'],
  ),
  rule(
    'listless_young_child',
    '幼儿精神差伴发热、呕吐或腹泻',
    'young child listless or sleepy with fever, vomiting or diarrhoea',
    {
      all: [
        { has: 'drowsy' },
        { ageYearsBelow: 5 },
        { any: [{ has: 'fever' }, { has: 'vomiting' }, { has: 'diarrhoea' }] },
      ],
    },
    'NICE NG143 traffic-light amber: reduced activity, not responding normally [S]; project',
    ['paediatrics'],
  ),
  rule(
    'mouth_hard_to_open',
    '咽痛伴张口困难或声音含糊',
    'sore throat with a mouth hard to open or a muffled voice',
    { has: 'trismus' },
    'NICE CKS sore throat (suspected quinsy: same-day ENT assessment) [S]',
    ['ent'],
  ),
  rule(
    'something_in_the_eye',
    '异物入眼',
    'something went into the eye',
    { has: 'eye_foreign_body' },
    'NICE CKS corneal superficial injury (high-velocity or embedded object: same-day eye assessment) [S]; project',
    ['ophthalmology'],
  ),
  rule(
    'blister_band_near_eye',
    '疱疹带状分布并累及眼部',
    'painful blister band with eye redness or pain',
    { all: [{ has: 'dermatomal_rash' }, { any: [{ has: 'eye_pain_red' }, { has: 'blurred_vision' }] }] },
    'NICE CKS shingles (ophthalmic involvement: same-day ophthalmology) [S]',
    ['ophthalmology', 'dermatology'],
  ),
  rule(
    'low_sugar_on_sugar_lowering_treatment',
    '用降糖药的人血糖低于3.9',
    'blood sugar below 3.9 in someone on sugar-lowering treatment',
    { all: [{ has: 'diabetes_context' }, { glucoseBelow: 3.9 }] },
    'ADA Standards of Care 2024 (level 1 hypoglycaemia < 3.9 mmol/L; on a sulfonylurea or insulin it recurs: review the treatment the same day) [S]; 国家基本公共卫生服务规范 (血糖 ≤ 3.9 紧急转诊) [S]',
    ['endocrinology'],
  ),
  rule(
    'blister_band_older_adult',
    '50岁以上，身体一侧成带状的疼痛水疱（3天内出现）',
    'painful blisters in a band on one side at 50 or older, within three days',
    {
      all: [
        { has: 'dermatomal_rash' },
        { ageYearsAtLeast: 50 },
        { durationHoursBelow: 72, orUnknown: true },
        // Near the eye the ophthalmic-shingles rule speaks (same-day ophthalmology).
        { not: { any: [{ has: 'eye_pain_red' }, { has: 'blurred_vision' }] } },
      ],
    },
    'NICE CKS shingles (antiviral within 72 hours of rash onset for people over 50) [S]',
    ['dermatology'],
  ),
  rule(
    'sunken_knuckle_or_crossing_finger',
    '手部受伤后指关节塌陷或手指交叉',
    'a sunken knuckle or a finger crossing over after a hand injury',
    { has: 'hand_fracture_signs' },
    'NICE NG38 fractures (non-complex): suspected metacarpal fracture with rotation needs an X-ray and fracture clinic [S]; same day: project',
    ['orthopaedics'],
  ),
  rule(
    'collarbone_hurt_in_injury',
    '摔倒或撞击后锁骨疼痛或鼓包',
    'a painful or lumpy collarbone after a fall or a blow',
    { all: [{ has: 'collarbone_site' }, { has: 'injury' }, ACUTE] },
    'NICE NG38 fractures (non-complex): a suspected clavicle fracture needs an X-ray and a sling [S]; same day: project',
    ['orthopaedics'],
  ),
  rule(
    'sore_wrist_after_a_fall_from_50',
    '50岁以上摔倒后手腕或手肿痛、淤青',
    'a swollen, bruised or painful wrist or hand after a fall at 50 or older',
    {
      all: [
        { has: 'injury' },
        { has: 'hand_or_wrist_site' },
        { any: [{ has: 'bruising' }, { has: 'joint_msk_pain' }] },
        { ageYearsAtLeast: 50 },
        { durationHoursBelow: 168, orUnknown: true },
        { not: OTTAWA_NEGATIVE },
      ],
    },
    'NICE NG38 fractures (non-complex): a fall on the outstretched hand with wrist pain and swelling in an older person is X-rayed for a distal radius fracture [S]; same day: project',
    ['orthopaedics'],
  ),
  rule(
    'tendon_snap_at_the_heel',
    '脚后跟像被踢了一下或听到响声，踮不起脚',
    'a kick or pop felt at the back of the ankle, cannot go on tiptoe',
    { has: 'tendon_snap' },
    'NICE CKS Achilles tendon rupture (suspected rupture: same-day referral to orthopaedics or the emergency department) [S]',
    ['orthopaedics'],
  ),
  rule(
    'insulin_run_out',
    '用胰岛素的人断了胰岛素',
    'someone on insulin has run out of it or lost it',
    { all: [{ has: 'meds_run_out' }, { has: 'insulin_treated' }] },
    'NICE NG17 type 1 diabetes / ADA Standards of Care 2024 (missed basal insulin: ketoacidosis within hours; replace it the same day) [S]',
    ['endocrinology'],
  ),
  rule(
    'blood_in_urine_with_clots',
    '肉眼血尿并有血块',
    'visible blood in the urine with clots',
    { all: [{ has: 'hematuria' }, { has: 'urine_clots' }] },
    'project (clots can block the bladder outlet; visible haematuria needs urological investigation: NICE NG12 / EAU 2024) [S for the investigation, project for the timing]',
    ['urology'],
  ),
  rule(
    'visible_blood_in_urine_with_swelling',
    '肉眼血尿伴眼皮或腿肿、尿少或血压高',
    'visible blood in the urine with puffy eyelids or legs, little urine or a raised blood pressure',
    {
      all: [
        // Round 39: urine "dark brown like cola" is how nephritic urine is usually told.
        { any: [{ has: 'hematuria' }, { has: 'dark_urine' }] },
        {
          any: [
            { has: 'edema' },
            { has: 'face_lip_swelling' },
            { has: 'dehydration' },
            { systolicAtLeast: 130 },
          ],
        },
      ],
    },
    'KDIGO 2021 glomerular diseases (nephritic syndrome: haematuria, oedema, hypertension, oliguria; post-streptococcal in children) [S]; same day: project',
    ['nephrology'],
  ),
  rule(
    'very_high_sugar',
    '血糖很高',
    'very high blood sugar',
    { glucoseAtLeast: 16.7 },
    '中国2型糖尿病防治指南 2020 (血糖 > 16.7 mmol/L 需查酮体) [S]; ADA sick-day guidance; same day: project',
    ['endocrinology'],
  ),
  rule(
    'clot_risk_with_leg_swelling',
    '近期手术、分娩、长途乘坐或卧床后腿肿',
    'leg swelling after a recent operation, childbirth, long journey or bed rest',
    {
      all: [
        { any: [{ has: 'vte_risk_context' }, { has: 'recent_birth' }] },
        { any: [{ has: 'unilateral_leg_swelling' }, { has: 'edema' }] },
      ],
    },
    'Wells DVT criteria (recent surgery, immobilisation) [S]; project',
    ['vascular_surgery'],
  ),
  rule(
    'diabetic_foot_wound_inflamed',
    '血糖高的人脚上伤口红肿',
    'red or swollen foot wound in someone with high blood sugar',
    {
      all: [
        { has: 'diabetes_context' },
        { has: 'foot_wound' },
        { any: [{ has: 'skin_inflamed' }, { has: 'spreading' }, { has: 'wound_infected' }] },
      ],
    },
    'IWGDF/IDSA 2023 diabetic-foot infection guideline [S]; same day: project',
    ['endocrinology', 'general_surgery'],
  ),
  rule(
    'yellow_baby',
    '婴儿发黄',
    'yellow baby',
    { all: [{ has: 'jaundice' }, { ageYearsBelow: 0.25 }] },
    'NICE CG98 neonatal jaundice (visible jaundice: bilirubin measured within hours) [S]',
    ['paediatrics'],
  ),
  rule(
    'blood_in_stool_young_child',
    '婴幼儿便血',
    'blood in a baby or toddler’s stool',
    { all: [{ has: 'rectal_bleeding' }, { ageYearsBelow: 3 }, { not: RED_FOOD_NOT_BLOOD }] },
    'project (blood in the stool under 3 needs a same-day look)',
    ['paediatrics'],
  ),
  rule(
    'swallowed_object',
    '吞下异物',
    'swallowed an object',
    {
      all: [
        { has: 'swallowed_object' },
        { not: { has: 'nontoxic_ingestion' } },
        { durationHoursBelow: 168, orUnknown: true },
      ],
    },
    'NASPGHAN 2015 foreign-body ingestion (coins: X-ray to find where it sits, same day) [S]; batteries and magnets are emergencies (poisoning_or_overdose)',
    ['gastroenterology'],
  ),
  rule(
    'flashes_or_floaters',
    '眼前闪光、飘黑影或有遮挡',
    'flashes, floaters or a shadow in the vision',
    { all: [{ has: 'flashes_floaters' }, ACUTE] },
    "Royal College of Ophthalmologists: new flashes/floaters need a dilated retinal exam within 24 h [S]; 'curtain' over vision stays an emergency (vision_loss)",
    ['ophthalmology'],
  ),
  rule(
    'slow_pulse_with_symptoms',
    '心跳慢伴头晕、乏力或气短',
    'slow heartbeat with dizziness, tiredness or breathlessness',
    {
      all: [
        { has: 'slow_heartbeat' },
        { any: [{ has: 'dizziness' }, { has: 'fatigue' }, { has: 'dyspnea' }, { has: 'confusion' }] },
      ],
    },
    'ESC 2021 cardiac pacing guideline (symptomatic bradycardia needs assessment) [S]; same day: project',
    ['cardiology'],
  ),
  rule(
    'new_swallowing_or_voice_weakness',
    '新出现的吞咽呛咳或说话无力',
    'new choking on drinks or a weak voice',
    { all: [{ has: 'bulbar_weakness' }, ACUTE] },
    'Association of British Neurologists myasthenia gravis guideline 2015 (new bulbar weakness: prompt neurology review) [S]; same day: project',
    ['neurology'],
  ),
  rule(
    'bleeding_disorder_bleed_or_injury',
    '有出血性疾病者受伤、关节肿痛或出血',
    'injury, joint swelling or bleeding with a known bleeding disorder',
    {
      all: [
        { has: 'bleeding_disorder' },
        {
          any: [
            { has: 'joint_msk_pain' },
            { has: 'injury' },
            { has: 'limb_pain' },
            { has: 'bleeding_any' },
            { has: 'hematuria' },
            { has: 'nosebleed' },
            { has: 'black_stool' },
            { has: 'vomiting_blood' },
            { has: 'rectal_bleeding' },
            { has: 'wound' },
          ],
        },
      ],
    },
    'WFH Guidelines for the Management of Hemophilia 2020 (suspected joint or muscle bleed: factor replacement and haemophilia-centre contact the same day) [S]',
    ['haematology'],
  ),
  rule(
    'electric_shock',
    '触电',
    'electric shock',
    { has: 'electric_injury' },
    'project (an ECG the same day after any electric shock; symptomatic or high-voltage shocks are emergencies)',
    ['cardiology'],
  ),
  rule(
    'alcohol_withdrawal_shakes',
    '停酒后手抖、出汗、心慌或呕吐',
    'shaking, sweating, racing heart or vomiting after stopping drinking',
    {
      all: [
        { has: 'alcohol_stopped' },
        {
          any: [
            { has: 'tremor' },
            { has: 'sweating' },
            { has: 'palpitations' },
            { has: 'vomiting' },
            { has: 'mental_distress' },
          ],
        },
      ],
    },
    'NICE CG100 alcohol-use disorders (acute withdrawal: assess the same day for admission or assisted withdrawal) [S]',
    ['psychiatry', 'general_internal'],
  ),
  // Coverage audit 2026-11 (MTS limping child / falls charts).
  rule(
    'cannot_walk_or_stand',
    '孩子不肯走路/不能负重，或受伤后站不起来',
    'a child who will not walk or bear weight, or unable to stand after an injury',
    {
      any: [
        { all: [{ has: 'cannot_stand' }, { ageYearsBelow: 16 }] },
        { all: [{ has: 'cannot_stand' }, { any: [{ has: 'injury' }, { has: 'limb_pain' }] }, ACUTE] },
      ],
    },
    'MTS limping child chart ("unable to walk", "new abnormal gait": yellow); RCEM/NICE CKS acute limp in a child: same-day assessment [S]',
    ['orthopaedics', 'paediatrics'],
  ),
  rule(
    'limping_child_under_3_or_from_9',
    '3岁以下或9岁以上的孩子走路跛',
    'a limp in a child under 3, or from 9 years on',
    {
      all: [
        { has: 'limping' },
        // A limp after a knock is weighed by the injury rules (Ottawa, cannot bear weight).
        { not: { has: 'injury' } },
        { ageYearsBelow: 16 },
        { any: [{ ageYearsBelow: 3 }, { ageYearsAtLeast: 9 }] },
      ],
    },
    'NICE CKS acute childhood limp (under 3: same-day assessment; 9 and over with a limp or hip or knee pain: suspected slipped upper femoral epiphysis, same-day referral) [S]',
    ['orthopaedics', 'paediatrics'],
  ),
  rule(
    'wants_emergency_contraception',
    '5天内无保护性行为或避孕失败，想避免怀孕',
    'unprotected sex or a failed contraceptive within 5 days',
    {
      all: [
        { has: 'contraception_failure' },
        { not: { sex: 'M' } },
        { durationHoursBelow: 120, orUnknown: true },
      ],
    },
    'FSRH 2017 emergency contraception (oral methods within 72–120 hours and a copper IUD within 5 days; the sooner the better) [S]; same day: project',
    ['obstetrics_gynaecology'],
  ),
  rule(
    'sent_in_urgently_by_a_clinician',
    '接诊过的医生让尽快去医院',
    'a clinician who saw them said to go to hospital urgently',
    { has: 'sent_in_urgently' },
    'project (a clinician who has examined the patient asked for care today; pre-consultation never answers that with less)',
  ),
  rule(
    'something_up_the_nose',
    '鼻子里塞进了东西',
    'something stuck up the nose',
    { has: 'nose_foreign_body' },
    'ENT UK / NICE CKS (a nasal foreign body is removed the same day: it may be breathed in or cause infection) [S]',
    ['ent'],
  ),
  rule(
    'self_harm_act_without_suicidal_thoughts',
    '割伤或烫伤自己来缓解情绪，没有轻生想法',
    'cutting or burning oneself to cope, without thoughts of suicide',
    { all: [{ has: 'self_harm_act' }, { not: { has: 'suicidal' } }] },
    'NICE NG225 self-harm (a psychosocial assessment by mental health services after self-harm; same day here, as three authors label it) [S]',
    ['psychiatry'],
  ),
  rule(
    'child_not_using_arm_after_pull',
    '孩子被拉手臂后不肯用这只手',
    'a child not using an arm after it was pulled',
    { all: [{ has: 'arm_limp_after_pull' }, { ageYearsBelow: 7, orUnknown: true }] },
    'NICE CKS / AAFP 2014 (radial head subluxation: reduction the same day; swelling, deformity or bruising need an X-ray) [S]',
    ['orthopaedics'],
  ),
  rule(
    'stuck_in_throat',
    '喉咙卡了鱼刺或骨头',
    'a fish bone or something sharp stuck in the throat',
    { has: 'throat_foreign_body' },
    'project (a bone stuck in the throat is removed by ENT the same day: the risk is a deep neck infection or a tear); 急诊预检分诊专家共识 2018 Ⅳ foreign body without breathing difficulty sets the floor, not the timing',
    ['ent'],
  ),
  rule(
    'young_child_breathing_fast',
    '5岁以下孩子咳嗽、感冒或发热时呼吸比平时快',
    'a child under 5 breathing faster than usual with a cough, cold or fever',
    {
      all: [
        { ageYearsBelow: 5 },
        { has: 'fast_breathing' },
        {
          any: [
            { has: 'cough' },
            { has: 'cold_word' },
            { has: 'nose_symptom' },
            { has: 'fever' },
            { has: 'wheeze' },
          ],
        },
      ],
    },
    'WHO IMCI (fast breathing with a cough: assess and treat the same day) [S]; NICE NG9 bronchiolitis (raised breathing rate: clinical review) [S]',
    ['paediatrics'],
  ),
  rule(
    'new_persecutory_ideas_or_voices',
    '新出现觉得被害、被监视或听到声音',
    'new beliefs of being watched or harmed, or hearing voices',
    {
      all: [
        { any: [{ has: 'paranoid_ideas' }, { has: 'hallucinations' }] },
        { not: { has: 'usual_pattern' } },
        { durationHoursBelow: 2160, orUnknown: true },
      ],
    },
    'NICE CG178 psychosis: refer a first episode urgently to early intervention [S]; 急诊预检分诊专家共识 2018 Ⅲ (possible agitation); 90-day window: project',
    ['psychiatry'],
  ),
  rule(
    'inr_five_or_more',
    '华法林治疗中 INR 达到 5 或更高',
    'an INR of 5 or more on warfarin',
    { has: 'inr_high' },
    'BSH guidelines on oral anticoagulation with warfarin, 4th edition 2011 (INR 5–8: withhold, vitamin K if bleeding; > 8: vitamin K) [S]; same day: project',
    ['cardiology', 'haematology'],
  ),
  rule(
    'new_headache_with_jaw_or_scalp_pain',
    '50岁以上新发头痛伴咀嚼时下巴痛或头皮触痛',
    'a new headache after 50 with jaw ache on chewing or a tender scalp',
    { all: [{ has: 'headache' }, { has: 'jaw_or_scalp_pain' }, { ageYearsAtLeast: 50, orUnknown: true }] },
    'BSR 2020 guideline on giant cell arteritis (start glucocorticoids and refer the same day; visual symptoms are an emergency) [S]',
    ['rheumatology', 'neurology'],
  ),
  rule(
    'dizzy_on_standing_on_blood_pressure_medicine',
    '服降压药或老年人一站起来就头晕眼黑',
    'dizzy or blacking out on standing, on blood-pressure medicine or at 65 or older',
    {
      all: [
        { has: 'postural_dizziness' },
        { any: [{ has: 'cardio_medication' }, { has: 'blood_pressure' }, { ageYearsAtLeast: 65 }] },
      ],
    },
    'NICE NG136 hypertension (symptomatic postural hypotension: review treatment) [S]; 国家基层高血压防治管理指南 2020 (adverse reactions: adjust or refer) [S]; same day because of falls: project',
    ['cardiology', 'general_internal'],
  ),
  rule(
    'raised_blood_pressure_in_pregnancy',
    '孕期血压达到 140 以上',
    'blood pressure of 140 or more in pregnancy',
    { all: [{ any: [{ pregnant: true }, { has: 'pregnant' }] }, { systolicAtLeast: 140 }] },
    'NICE NG133 hypertension in pregnancy (new 140/90 after 20 weeks: same-day assessment for pre-eclampsia) [S]; 妊娠期高血压疾病诊治指南 2020 [S]',
    ['obstetrics_gynaecology'],
  ),
  rule(
    'deep_or_gaping_cut',
    '伤口深或裂开',
    'a deep or gaping cut',
    { has: 'deep_wound' },
    'NICE CKS lacerations (a deep or gaping wound: closure within hours and a tendon/nerve check) [S]; 急诊预检分诊专家共识 2018 Ⅲ',
    ['general_surgery'],
  ),
  rule(
    'blisters_near_the_eye',
    '额头或鼻尖起水疱，或伴眼红眼痛',
    'blisters on the forehead or the tip of the nose',
    { has: 'forehead_or_nose_tip_blisters' },
    'NICE CKS shingles (ophthalmic zoster, Hutchinson sign: antivirals and same-day ophthalmology) [S]',
    ['ophthalmology', 'dermatology'],
  ),
  rule(
    'needlestick_or_blood_exposure',
    '被用过的针扎伤或可能接触了HIV',
    'stuck by a used needle, or a possible HIV exposure',
    { any: [{ has: 'needlestick' }, { has: 'hiv_risk_exposure' }] },
    '中国HIV暴露后预防用药专家共识 2020 (PEP as soon as possible, best within 2 h) [S]; WHO PEP guidelines 2014 [S]',
    ['infectious_disease'],
  ),
  rule(
    'itchy_palms_or_soles_in_pregnancy',
    '孕期手心脚心发痒',
    'itchy palms or soles in pregnancy',
    { all: [{ any: [{ pregnant: true }, { has: 'pregnant' }] }, { has: 'palm_sole_itch' }] },
    'RCOG Green-top 43 intrahepatic cholestasis of pregnancy 2022 (itching without a rash: bile acids and liver tests) [S]; same day: project',
    ['obstetrics_gynaecology'],
  ),
  rule(
    'chickenpox_contact_in_pregnancy',
    '孕期接触水痘或带状疱疹',
    'contact with chickenpox or shingles in pregnancy',
    { all: [{ any: [{ pregnant: true }, { has: 'pregnant' }] }, { has: 'chickenpox_contact' }] },
    'RCOG Green-top 13 chickenpox in pregnancy (no immunity: antibody test and post-exposure treatment within days) [S]',
    ['obstetrics_gynaecology'],
  ),
  rule(
    'vomiting_everything_in_pregnancy',
    '孕期呕吐不止、喝水也吐或尿少',
    'vomiting everything or passing little urine in pregnancy',
    {
      all: [
        { any: [{ pregnant: true }, { has: 'pregnant' }] },
        { any: [{ has: 'persistent_vomiting' }, { has: 'dehydration' }, { has: 'ketotic_signs' }] },
      ],
    },
    'RCOG Green-top 69 hyperemesis gravidarum (unable to keep fluids down, ketonuria, weight loss: day-unit rehydration) [S]',
    ['obstetrics_gynaecology'],
  ),
  rule(
    'heavy_period_with_dizziness',
    '月经量大并头晕、乏力或面色苍白',
    'very heavy periods with dizziness, tiredness or pallor',
    {
      all: [
        { has: 'gynae_symptom' },
        { has: 'heavy_bleeding' },
        {
          any: [
            { has: 'dizziness' },
            { has: 'presyncope' },
            { has: 'postural_dizziness' },
            { has: 'pallor' },
            { has: 'fatigue' },
          ],
        },
      ],
    },
    'NICE NG88 heavy menstrual bleeding (symptoms of anaemia: full blood count and review) [S]; same day: project',
    ['obstetrics_gynaecology'],
  ),
  rule(
    'child_fever_with_urine_symptoms',
    '孩子发烧伴尿痛或尿频',
    'a child with a fever and pain or frequency passing urine',
    {
      all: [
        { ageYearsBelow: 16 },
        { has: 'fever' },
        { any: [{ has: 'dysuria' }, { has: 'urinary_frequency' }] },
      ],
    },
    'NICE NG224 urinary tract infection in under 16s (fever with urinary symptoms: urine test and antibiotics the same day) [S]',
    ['paediatrics'],
  ),
  rule(
    'child_thirst_with_weight_loss',
    '孩子口渴多尿并消瘦或乏力',
    'a child drinking and passing urine a lot, with weight loss or tiredness',
    {
      all: [
        { ageYearsBelow: 18 },
        { has: 'thirst_polyuria' },
        { any: [{ has: 'weight_loss' }, { has: 'fatigue' }] },
      ],
    },
    'NICE NG18 diabetes in children (suspected type 1: same-day referral to a paediatric diabetes team) [S]',
    ['paediatrics', 'endocrinology'],
  ),
  rule(
    'joint_locked_or_swollen_fast_after_twist',
    '扭伤后关节卡住伸不直或很快肿起',
    'a joint locked or swollen within the hour after a twist',
    { has: 'joint_locked_or_fast_swelling' },
    'NICE CKS knee pain (a locked knee or a rapid effusion after a twisting injury: same-day assessment) [S]; Ottawa knee rule [S]',
    ['orthopaedics'],
  ),
  rule(
    'fever_after_malaria_area',
    '从疟疾流行地区回来后发烧',
    'a fever after returning from a malaria area',
    {
      all: [
        { has: 'malaria_area_travel' },
        { any: [{ has: 'fever' }, { has: 'chills' }, { tempAtLeast: 37.5 }] },
      ],
    },
    '中国疟疾诊疗规范 / WS 259-2015 (fever after travel to an endemic area: same-day blood film) [S]; NICE CKS malaria [S]',
    ['infectious_disease'],
  ),
  rule(
    'potassium_six_or_more',
    '血钾 6.0 或更高',
    'a potassium of 6.0 or more',
    { potassiumAtLeast: 6 },
    'UK Kidney Association hyperkalaemia guideline 2023 (K 6.0–6.4: same-day repeat and ECG) [S]; ≥ 7.0 is level Ⅰ on the China scale (cn-vital-thresholds.data.ts)',
    ['nephrology'],
  ),
  rule(
    'voices_or_feeling_watched',
    '听到别人听不到的声音、觉得被人监视或算计，或不需要睡觉',
    'hearing what others do not, feeling watched or plotted against, or no need for sleep',
    { all: [{ has: 'psychotic_features' }, ACUTE] },
    'NICE CG178 psychosis and schizophrenia in adults (refer a first episode urgently to early intervention or crisis services) [S]; same day: project',
    ['psychiatry'],
  ),
  rule(
    'usual_fit_on_seizure_medicine',
    '平时就有抽搐发作，这次已停止且人已清醒',
    'a fit in someone known to have fits, stopped and now fully awake',
    { all: [{ has: 'seizure' }, USUAL_FIT_IN_KNOWN_EPILEPSY] },
    'NHS epilepsy "when to call 999" (a brief fit with full recovery in known epilepsy: no ambulance) [S]; NICE NG217 (review after a change in seizure pattern or missed doses) [S]; same day: project',
    ['neurology'],
  ),
  rule(
    'seizure_medicine_run_out',
    '防抽搐的药吃完了或漏服',
    'seizure medicine run out or missed',
    { all: [{ has: 'epilepsy_context' }, { has: 'meds_run_out' }] },
    'NICE NG217 epilepsies (do not stop antiseizure medicines abruptly: risk of seizures and status) [S]; same day: project',
    ['neurology'],
  ),
  rule(
    'burn_with_large_blister',
    '烫伤起了大水疱',
    'a burn with a large blister',
    { all: [{ has: 'burn' }, { has: 'burn_blister_large' }] },
    'NICE CKS burns and scalds (a partial-thickness burn larger than a coin: same-day dressing and assessment) [S]',
    ['general_surgery', 'dermatology'],
  ),
  rule(
    'thumb_base_pain_after_fall_on_hand',
    '摔倒手撑地后拇指根部疼',
    'pain at the base of the thumb after a fall on the hand',
    {
      all: [
        { has: 'snuffbox_pain' },
        { any: [{ has: 'injury' }, { has: 'joint_msk_pain' }, { has: 'limb_pain' }] },
      ],
    },
    'NICE NG38 fractures (suspected scaphoid fracture: X-ray and immobilisation) [S]; same day: project',
    ['orthopaedics'],
  ),
  rule(
    'potassium_below_three',
    '血钾低于 3.0',
    'a potassium below 3.0',
    { potassiumBelow: 3 },
    'UK Kidney Association / local hypokalaemia guidance (K 2.5–2.9 with symptoms: same-day ECG and replacement) [S]',
    ['general_internal'],
  ),
  rule(
    'yellow_newborn',
    '出生一个月内的宝宝皮肤发黄',
    'a baby under a month old turning yellow',
    { all: [{ has: 'jaundice' }, { ageYearsBelow: 0.085 }] },
    'NICE CG98 neonatal jaundice (visible jaundice: measure bilirubin within 6 hours; in the first 24 hours within 2) [S]',
    ['paediatrics'],
  ),
  rule(
    'unexplained_bruising_with_bleeding_or_tiredness',
    '不明原因瘀斑伴出血或乏力',
    'unexplained bruising with bleeding or tiredness',
    {
      all: [
        { has: 'bruising' },
        { not: { has: 'anticoagulant' } },
        { not: { has: 'injury' } },
        { any: [{ has: 'bleeding_any' }, { has: 'nosebleed' }, { has: 'fatigue' }, { has: 'pallor' }] },
      ],
    },
    'NICE NG12 suspected cancer (unexplained petechiae or bruising: very urgent full blood count within 48 hours) [S]',
    ['haematology'],
  ),
  rule(
    'belly_symptoms_after_ivf_stimulation',
    '取卵或促排卵后腹胀、腹痛或体重快速增加',
    'a swollen or painful belly or fast weight gain after IVF stimulation or egg collection',
    {
      all: [
        { has: 'ovarian_stimulation' },
        {
          any: [
            { has: 'belly_swelling' },
            { has: 'abdominal_pain' },
            { has: 'weight_gain_fast' },
            { has: 'dyspepsia' },
            { has: 'vomiting' },
          ],
        },
      ],
    },
    'RCOG Green-top 5 (2016) OHSS: assess the same day; outpatient care only for mild cases after assessment [S]',
    ['obstetrics_gynaecology'],
  ),
  rule(
    'low_blood_counts_with_bleeding',
    '血常规异常伴牙龈出血、鼻出血或皮肤出血点',
    'an abnormal blood count with bleeding gums, nosebleeds or spots of bleeding in the skin',
    {
      all: [
        { has: 'blood_count_abnormal' },
        { not: { has: 'anticoagulant' } },
        // Anaemia from heavy periods is a routine gynaecology visit (NICE NG88), round 27.
        { not: { any: [{ has: 'gynae_symptom' }, { has: 'vaginal_bleeding' }] } },
        {
          any: [
            { has: 'bleeding_any' },
            { has: 'nosebleed' },
            { has: 'bruising' },
            { has: 'nonblanching_rash' },
          ],
        },
      ],
    },
    'NICE NG12 suspected cancer (petechiae, bleeding or unexplained bruising with an abnormal count: very urgent review) [S]; BSH; same day: project',
    ['haematology'],
  ),
  rule(
    'belly_swelling_in_cirrhosis',
    '肝硬化的人肚子越来越大',
    'a belly getting bigger in someone with cirrhosis',
    { all: [{ has: 'liver_cirrhosis' }, { any: [{ has: 'belly_swelling' }, { has: 'weight_gain_fast' }] }] },
    'EASL 2018 decompensated cirrhosis (new or worse ascites: same-day review and paracentesis) [S]; 肝硬化腹水诊疗指南 2023 [S]',
    ['gastroenterology'],
  ),
  rule(
    'strawberry_tongue_or_sandpaper_rash',
    '发烧或嗓子疼伴杨梅舌或砂纸样皮疹',
    'a fever or sore throat with a strawberry tongue or a sandpaper rash',
    { all: [{ has: 'scarlet_signs' }, { any: [{ has: 'fever' }, { has: 'sore_throat' }, { has: 'rash' }] }] },
    'UKHSA scarlet fever guidance and NICE CKS scarlet fever (antibiotics the same day; notifiable, 乙类传染病) [S]',
    ['paediatrics', 'infectious_disease'],
  ),
  rule(
    'bowel_disease_flare',
    '溃疡性结肠炎或克罗恩病发作：便血或腹泻增多',
    'blood or more diarrhoea in known inflammatory bowel disease',
    {
      all: [
        { has: 'ibd_context' },
        { any: [{ has: 'rectal_bleeding' }, { has: 'diarrhoea' }, { has: 'blood_mentioned' }] },
      ],
    },
    'NICE NG130 ulcerative colitis (a flare: same-day specialist advice; severe by Truelove and Witts: admission) [S]',
    ['gastroenterology'],
  ),
  rule(
    'fever_or_rash_after_tick',
    '被蜱虫叮咬后发热或出疹',
    'a fever or rash after a tick bite',
    { all: [{ has: 'tick_bite' }, { any: [{ has: 'fever' }, { has: 'rash' }, { has: 'fatigue' }] }] },
    '国家卫健委 发热伴血小板减少综合征诊疗方案 2023 (fever after a tick bite in an endemic area: same-day blood count) [S]; NICE NG95 Lyme disease (erythema migrans: treat on clinical grounds) [S]',
    ['infectious_disease'],
  ),
];
