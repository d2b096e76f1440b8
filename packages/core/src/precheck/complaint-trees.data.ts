/**
 * Question trees per complaint family. Each = family questions (character, associated symptoms, red
 * flags) between the shared onset and history blocks. Red-flag questions map to triage concepts so
 * answers drive the same rules as free text. Source: project-authored from the red-flag list of
 * issue 7 and 急诊预检分诊专家共识 2018 manual indicators (clinical-rules.md §2.3); licence: project.
 * linkIds are stable: rename only with a new tree version and a migration of stored answers.
 */
import type { Bilingual } from '../types/evidence.ts';
import {
  CHILD_BLOCK,
  FREE_TEXT_END,
  HISTORY_BLOCK,
  ONSET_BLOCK,
  PREGNANCY_BLOCK,
} from './common-questions.data.ts';
import type {
  AnswerOption,
  ComplaintFamily,
  EnableWhen,
  Question,
  QuestionTree,
} from './question-tree-types.ts';

const yesNo = (
  linkId: string,
  zh: string,
  en: string,
  concept: string,
  enableWhen?: readonly EnableWhen[],
): Question => ({
  linkId,
  text: { zh, en },
  type: 'boolean',
  concept,
  redFlag: true,
  ...(enableWhen ? { enableWhen } : {}),
});

const opt = (code: string, zh: string, en: string, concept?: string): AnswerOption => ({
  code,
  text: { zh, en },
  ...(concept ? { concept } : {}),
});

const associated = (linkId: string, options: readonly AnswerOption[]): Question => ({
  linkId,
  text: { zh: '还有以下哪些情况？（可多选）', en: 'Do you also have any of these? (choose all that apply)' },
  guardianText: {
    zh: '孩子还有以下哪些情况？（可多选）',
    en: 'Does your child also have any of these? (choose all that apply)',
  },
  type: 'multi',
  options: [...options, opt('none', '都没有', 'None of these')],
});

const FAMILY_QUESTIONS: Readonly<
  Record<ComplaintFamily, { title: Bilingual; questions: readonly Question[]; pregnancy?: boolean }>
> = {
  chest_pain: {
    title: { zh: '胸痛/胸闷', en: 'Chest pain or tightness' },
    questions: [
      {
        linkId: 'chest.character',
        text: { zh: '胸部不适像什么？', en: 'What does the chest feeling feel like?' },
        type: 'choice',
        options: [
          opt('pressure', '压榨、紧缩、沉重', 'Pressure, squeezing or heavy', 'pressure_character'),
          opt('sharp', '刺痛、刀割样', 'Sharp or stabbing'),
          opt('tearing', '撕裂样', 'Tearing', 'tearing_character'),
          opt('burning', '烧灼感', 'Burning'),
          opt('other', '其他', 'Other'),
        ],
      },
      yesNo(
        'chest.radiates',
        '疼痛是否传到手臂、下巴、脖子或后背？',
        'Does the pain spread to your arm, jaw, neck or back?',
        'pain_radiates',
      ),
      yesNo(
        'chest.exertion',
        '是否在活动时出现或加重？',
        'Does it come on or get worse with exertion?',
        'exertional',
      ),
      yesNo(
        'chest.pressing',
        '按压胸壁时是否会引起同样的疼痛？',
        'Does pressing on your chest wall bring on the same pain?',
        'chest_wall_features',
      ),
      associated('chest.associated', [
        opt('sweating', '出冷汗', 'Cold sweat', 'sweating'),
        opt('breathless', '气短', 'Short of breath', 'dyspnea'),
        opt('nausea', '恶心', 'Nausea', 'nausea'),
        opt('palpitations', '心慌', 'Palpitations', 'palpitations'),
        opt('faint', '晕倒或快要晕倒', 'Fainting or nearly fainting', 'syncope'),
      ]),
    ],
  },
  breathing_cough: {
    title: { zh: '咳嗽/气短', en: 'Cough or breathlessness' },
    questions: [
      yesNo(
        'breath.rest',
        '休息时也喘不上气，或说话说不完整吗？',
        'Are you breathless at rest or unable to finish sentences?',
        'dyspnea_severe',
      ),
      yesNo('breath.blue', '嘴唇或脸色发紫吗？', 'Are your lips or face turning blue?', 'cyanosis'),
      yesNo('breath.blood', '咳出血了吗？', 'Have you coughed up blood?', 'hemoptysis'),
      associated('breath.associated', [
        opt('fever', '发热', 'Fever', 'fever'),
        opt('wheeze', '喘鸣', 'Wheeze', 'wheeze'),
        opt('chest_pain', '胸痛', 'Chest pain', 'chest_pain'),
        opt('sputum', '咳痰', 'Phlegm', 'sputum'),
        opt('leg', '单侧腿肿', 'One swollen leg', 'unilateral_leg_swelling'),
        opt('stridor', '吸气时有响声/犬吠样咳', 'Noisy breathing in or barking cough', 'stridor'),
      ]),
    ],
  },
  fever: {
    title: { zh: '发热', en: 'Fever' },
    questions: [
      {
        linkId: 'fever.max',
        text: { zh: '最高体温是多少（℃）？', en: 'Highest temperature measured (°C)?' },
        type: 'integer',
        min: 34,
        max: 43,
      },
      yesNo('fever.neck', '脖子发硬、低头困难吗？', 'Is the neck stiff, hard to bend forward?', 'stiff_neck'),
      yesNo(
        'fever.rash',
        '有压之不褪色的紫红色皮疹吗？',
        'Is there a purple-red rash that does not fade when pressed?',
        'nonblanching_rash',
      ),
      yesNo(
        'fever.confusion',
        '有意识不清、嗜睡或说胡话吗？',
        'Any confusion, unusual sleepiness or talking nonsense?',
        'confusion',
      ),
      associated('fever.associated', [
        opt('cough', '咳嗽', 'Cough', 'cough'),
        opt('throat', '咽痛', 'Sore throat', 'sore_throat'),
        opt('urine', '尿痛', 'Pain passing urine', 'dysuria'),
        opt('diarrhoea', '腹泻', 'Diarrhoea', 'diarrhoea'),
        opt('rash', '皮疹', 'Rash', 'rash'),
        opt('chills', '寒战', 'Shivering chills', 'chills'),
      ]),
    ],
  },
  abdominal: {
    title: { zh: '腹痛/消化道', en: 'Belly pain or digestion' },
    pregnancy: true,
    questions: [
      {
        linkId: 'abdomen.site',
        text: { zh: '主要哪里痛？', en: 'Where is the pain mostly?' },
        type: 'choice',
        options: [
          opt('upper', '上腹/胃部', 'Upper belly'),
          opt('around_navel', '肚脐周围', 'Around the belly button'),
          opt('right_lower', '右下腹', 'Lower right'),
          opt('lower', '下腹部', 'Lower belly'),
          opt('all', '全腹', 'All over'),
        ],
      },
      yesNo(
        'abdomen.rigid',
        '肚子发硬、一碰就很痛吗？',
        'Is the belly hard or very painful to touch?',
        'abdominal_rigid',
      ),
      yesNo(
        'abdomen.blood_vomit',
        '吐血或吐咖啡色东西了吗？',
        'Have you vomited blood or coffee-ground material?',
        'vomiting_blood',
      ),
      yesNo('abdomen.black_stool', '有黑色柏油样大便吗？', 'Any black, tarry stools?', 'black_stool'),
      associated('abdomen.associated', [
        opt('vomiting', '呕吐', 'Vomiting', 'vomiting'),
        opt('diarrhoea', '腹泻', 'Diarrhoea', 'diarrhoea'),
        opt('fever', '发热', 'Fever', 'fever'),
        opt('sweating', '出冷汗', 'Cold sweat', 'sweating'),
        opt('no_fluids', '喝水就吐', "Can't keep fluids down", 'persistent_vomiting'),
        opt('yellow', '皮肤眼睛发黄', 'Yellow skin or eyes', 'jaundice'),
      ]),
    ],
  },
  headache_neuro: {
    title: { zh: '头痛/头晕/肢体无力', en: 'Headache, dizziness or weakness' },
    questions: [
      yesNo(
        'neuro.thunderclap',
        '头痛是否突然发生且是一生中最剧烈的？',
        'Did the headache start suddenly and is it the worst ever?',
        'worst_ever',
      ),
      yesNo('neuro.face', '有口角歪斜吗？', 'Is one side of the face drooping?', 'facial_droop'),
      yesNo(
        'neuro.weakness',
        '有一侧手脚无力或麻木吗？',
        'Is one arm or leg weak or numb?',
        'one_sided_weakness',
      ),
      yesNo('neuro.speech', '说话不清或说不出话吗？', 'Is speech slurred or lost?', 'speech_difficulty'),
      associated('neuro.associated', [
        opt('vomiting', '呕吐', 'Vomiting', 'vomiting'),
        opt('fever', '发热', 'Fever', 'fever'),
        opt('vision', '视物模糊或重影', 'Blurred or double vision', 'blurred_vision'),
        opt('spinning', '天旋地转', 'Room spinning', 'dizziness'),
        opt('fit', '抽搐', 'A fit', 'seizure'),
        opt('head_injury', '头部受过伤', 'Recent head injury', 'head_injury'),
      ]),
    ],
  },
  injury_musculoskeletal: {
    title: { zh: '外伤/关节肌肉', en: 'Injury, joints or muscles' },
    questions: [
      {
        linkId: 'msk.cause',
        text: { zh: '是受伤引起的吗？', en: 'Was it caused by an injury?' },
        type: 'choice',
        options: [
          opt('injury', '是，受伤/摔倒', 'Yes, an injury or fall', 'injury'),
          opt('no', '不是', 'No'),
        ],
      },
      yesNo(
        'msk.deformity',
        '受伤部位变形或完全不能负重吗？',
        'Is the injured part deformed or unable to bear weight?',
        'deformity',
        [{ linkId: 'msk.cause', equals: 'injury' }],
      ),
      yesNo('msk.bleeding', '出血止不住吗？', 'Is there bleeding that will not stop?', 'heavy_bleeding', [
        { linkId: 'msk.cause', equals: 'injury' },
      ]),
      yesNo('msk.head', '头部撞到了吗？', 'Did you hit your head?', 'head_injury', [
        { linkId: 'msk.cause', equals: 'injury' },
      ]),
      associated('msk.associated', [
        opt('swelling', '关节红肿', 'Red swollen joint', 'joint_msk_pain'),
        opt('morning', '晨僵超过半小时', 'Morning stiffness over 30 minutes', 'inflammatory_joint'),
        opt('back', '腰背痛', 'Back pain', 'back_pain'),
        opt(
          'saddle',
          '会阴麻木或大小便失控',
          'Numb groin or loss of bladder/bowel control',
          'saddle_or_sphincter',
        ),
      ]),
    ],
  },
  skin: {
    title: { zh: '皮肤', en: 'Skin' },
    questions: [
      yesNo(
        'skin.airway',
        '有喉咙发紧、舌头或嘴唇肿、呼吸困难吗？',
        'Any throat tightness, tongue or lip swelling, or trouble breathing?',
        'airway_swelling',
      ),
      yesNo(
        'skin.nonblanching',
        '皮疹压之不褪色吗？',
        'Does the rash stay when pressed (does not fade)?',
        'nonblanching_rash',
      ),
      associated('skin.associated', [
        opt('itch', '瘙痒', 'Itching', 'itch'),
        opt('hives', '风团', 'Hives', 'hives'),
        opt('fever', '发热', 'Fever', 'fever'),
        opt('blisters', '水疱', 'Blisters', 'rash'),
        opt(
          'trigger',
          '新用药或接触过敏原后出现',
          'After a new medicine or a likely allergen',
          'allergen_trigger',
        ),
      ]),
    ],
  },
  eye: {
    title: { zh: '眼睛', en: 'Eyes' },
    questions: [
      yesNo(
        'eye.injury',
        '眼睛受伤或有化学物溅入吗？',
        'Was the eye injured or splashed with a chemical?',
        'eye_injury',
      ),
      yesNo(
        'eye.vision_loss',
        '视力突然下降或看不见吗？',
        'Has vision suddenly dropped or gone?',
        'vision_loss',
      ),
      associated('eye.associated', [
        opt('red', '眼红眼痛', 'Red or painful eye', 'eye_pain_red'),
        opt('light', '怕光', 'Light hurts', 'photophobia'),
        opt('blur', '视物模糊', 'Blurred vision', 'blurred_vision'),
        opt('headache', '头痛', 'Headache', 'headache'),
        opt('vomit', '恶心呕吐', 'Nausea or vomiting', 'nausea'),
      ]),
    ],
  },
  ear_nose_throat: {
    title: { zh: '耳鼻咽喉', en: 'Ear, nose and throat' },
    questions: [
      yesNo(
        'ent.airway',
        '有流口水、不能吞咽或呼吸有响声吗？',
        'Any drooling, inability to swallow, or noisy breathing?',
        'swallow_problem',
      ),
      yesNo('ent.hearing', '听力突然下降了吗？', 'Has hearing suddenly dropped?', 'hearing_loss'),
      associated('ent.associated', [
        opt('throat', '咽痛', 'Sore throat', 'sore_throat'),
        opt('nose', '鼻塞流涕', 'Blocked or runny nose', 'nose_symptom'),
        opt('ear', '耳痛', 'Ear pain', 'ear_symptom'),
        opt('nosebleed', '流鼻血', 'Nosebleed', 'nosebleed'),
        opt('fever', '发热', 'Fever', 'fever'),
      ]),
    ],
  },
  urinary_genital: {
    title: { zh: '泌尿/生殖', en: 'Urinary or genital' },
    questions: [
      yesNo(
        'uro.testis',
        '睾丸或阴囊突然疼痛吗？',
        'Sudden pain in a testicle or the scrotum?',
        'testicular_pain',
        [{ context: 'male' }],
      ),
      yesNo('uro.retention', '完全尿不出来吗？', 'Are you unable to pass urine at all?', 'urinary_retention'),
      associated('uro.associated', [
        opt('dysuria', '尿痛', 'Pain passing urine', 'dysuria'),
        opt('frequency', '尿频尿急', 'Passing urine often or urgently', 'urinary_frequency'),
        opt('blood', '血尿', 'Blood in urine', 'hematuria'),
        opt('flank', '腰侧痛', 'Side (flank) pain', 'flank_pain'),
        opt('fever', '发热', 'Fever', 'fever'),
      ]),
    ],
  },
  womens_health: {
    title: { zh: '妇产科', en: "Women's health and pregnancy" },
    pregnancy: true,
    questions: [
      yesNo('gyn.bleeding', '有阴道出血吗？', 'Any vaginal bleeding?', 'vaginal_bleeding'),
      yesNo(
        'gyn.movements',
        '（孕晚期）胎动减少或破水了吗？',
        '(Late pregnancy) fewer baby movements or waters broken?',
        'pregnancy_danger',
        [{ linkId: 'pregnancy.status', equals: 'yes' }],
      ),
      associated('gyn.associated', [
        opt('pain', '下腹痛', 'Lower belly pain', 'abdominal_pain'),
        opt('discharge', '白带异常', 'Unusual discharge', 'gynae_symptom'),
        opt('dizzy', '头晕或晕倒', 'Dizziness or fainting', 'dizziness'),
        opt('headache', '剧烈头痛/视物模糊', 'Severe headache or blurred vision', 'headache'),
      ]),
    ],
  },
  mental_health: {
    title: { zh: '情绪与睡眠', en: 'Mood and sleep' },
    questions: [
      yesNo(
        'mind.self_harm',
        '最近有没有想过伤害自己或结束生命？',
        'Have you recently thought about harming yourself or ending your life?',
        'suicidal',
      ),
      yesNo(
        'mind.others',
        '有没有想伤害别人的念头？',
        'Any thoughts of harming someone else?',
        'harm_others',
      ),
      associated('mind.associated', [
        opt('low', '情绪低落', 'Low mood', 'mental_distress'),
        opt('anxiety', '焦虑紧张', 'Anxiety', 'mental_distress'),
        opt('sleep', '失眠', 'Poor sleep', 'mental_distress'),
        opt('voices', '听到别人听不到的声音', 'Hearing voices others do not', 'mental_distress'),
      ]),
    ],
  },
  dental: {
    title: { zh: '口腔/牙齿', en: 'Mouth and teeth' },
    questions: [
      yesNo(
        'dental.swallow',
        '有吞咽困难或呼吸费力吗？',
        'Any difficulty swallowing or breathing?',
        'swallow_problem',
      ),
      associated('dental.associated', [
        opt('swelling', '面部肿胀', 'Face swelling', 'face_lip_swelling'),
        opt('fever', '发热', 'Fever', 'fever'),
        opt('bleeding', '牙龈出血', 'Bleeding gums', 'dental'),
        opt('ulcer', '口腔溃疡', 'Mouth ulcer', 'dental'),
      ]),
    ],
  },
  general: {
    title: { zh: '其他不适', en: 'Other symptoms' },
    pregnancy: true,
    questions: [
      associated('general.associated', [
        opt('fever', '发热', 'Fever', 'fever'),
        opt('tired', '乏力', 'Tiredness', 'fatigue'),
        opt('weight', '体重下降', 'Weight loss', 'weight_loss'),
        opt('faint', '晕倒', 'Fainting', 'syncope'),
        opt('breathless', '气短', 'Short of breath', 'dyspnea'),
        opt('chest', '胸痛', 'Chest pain', 'chest_pain'),
      ]),
    ],
  },
};

const TREE_VERSION = '1.0.0';

function buildTree(family: ComplaintFamily): QuestionTree {
  const f = FAMILY_QUESTIONS[family];
  return {
    id: `precheck-${family.replace(/_/g, '-')}`,
    version: TREE_VERSION,
    family,
    title: f.title,
    source: 'project-authored (issue 7); red flags from 急诊预检分诊专家共识 2018 (clinical-rules.md §2.3)',
    // Pregnancy comes before the family questions so their skip logic can depend on it.
    questions: [
      ...ONSET_BLOCK,
      ...(f.pregnancy ? PREGNANCY_BLOCK : []),
      ...f.questions,
      ...CHILD_BLOCK,
      ...HISTORY_BLOCK,
      FREE_TEXT_END,
    ],
  };
}

export const QUESTION_TREES: Readonly<Record<ComplaintFamily, QuestionTree>> = Object.fromEntries(
  (Object.keys(FAMILY_QUESTIONS) as ComplaintFamily[]).map((f) => [f, buildTree(f)]),
) as Record<ComplaintFamily, QuestionTree>;
