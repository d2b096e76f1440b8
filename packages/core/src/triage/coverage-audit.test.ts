/**
 * Coverage audit: the Manchester Triage System presentational flowcharts and general discriminators
 * (Mackway-Jones et al., Emergency Triage, 3rd ed.) and the 急诊预检分诊专家共识 2018 level Ⅰ/Ⅱ criteria,
 * each probed in several wordings (plain zh, colloquial/dialect zh, plain en, lay en). The phrasings
 * were written for this audit from the discriminator definitions, not taken from any eval vignette;
 * the point is that a discriminator is recognised however it is said, not that one message passes.
 */
import { describe, expect, it } from 'vitest';
import { triage } from './triage.ts';
import { DISPOSITION_RANK, type Disposition, type TriageInput } from './triage-types.ts';

type Probe = [discriminator: string, texts: readonly string[], extra?: Omit<TriageInput, 'text'>];

const dispo = (text: string, extra: Omit<TriageInput, 'text'> = {}): Disposition =>
  triage({ text, ...extra }).disposition;

const cases = (probes: readonly Probe[]) =>
  probes.flatMap(([d, texts, extra]) => texts.map((t) => [d, t, extra ?? {}] as const));

// MTS red/orange discriminators and consensus level Ⅰ/Ⅱ criteria: emergency however they are said.
const EMERGENCY: Probe[] = [
  // General discriminators
  [
    'airway compromise',
    [
      '喉咙堵住了，喘不过气',
      '嗓子眼像被堵死了，气都进不去',
      'his airway is blocked, he is choking',
      "can't get any air in, throat closing up",
    ],
  ],
  [
    'inadequate breathing',
    [
      '呼吸很弱，快没气了',
      '喘得说不出话来',
      'barely breathing',
      'gasping for breath and cannot finish a sentence',
    ],
  ],
  [
    'lips blue',
    [
      '嘴唇发紫，喘',
      '嘴巴乌了，脸都青了',
      'his lips are turning blue',
      'her lips have gone a bluish colour and she is struggling to breathe',
    ],
  ],
  [
    'shock',
    [
      '脸色苍白，浑身冷汗，手脚冰凉',
      '人虚得很，一身冷汗，手冰凉冰凉的',
      'pale, clammy and cold to touch, feels faint',
      'cold and sweaty and grey looking, very weak',
    ],
  ],
  ['unresponsive', ['叫不醒', '怎么喊都喊不应', 'he is unresponsive', "won't wake up, I can't rouse him"]],
  [
    'currently fitting',
    [
      '正在抽搐',
      '在抽风，口吐白沫',
      'she is having a fit right now',
      'he is shaking all over and not responding',
    ],
  ],
  [
    'altered conscious level',
    [
      '人迷迷糊糊的，说胡话',
      '突然糊涂了，不认识人了',
      'suddenly confused and not making sense',
      "he's really drowsy and hard to keep awake",
    ],
    { ageYears: 70 },
  ],
  [
    'severe pain (worst ever)',
    [
      '肚子疼得受不了，在地上打滚',
      '疼死了，这辈子没这么疼过',
      'worst pain of my life in my belly',
      'the pain is unbearable, 10 out of 10',
    ],
  ],
  [
    'uncontrollable major haemorrhage',
    [
      '伤口血止不住，一直往外喷',
      '血哗哗地流，按都按不住',
      'bleeding that will not stop, soaking through towels',
      'blood is spurting out of the cut',
    ],
  ],
  ['very hot', ['高烧41度，人迷糊', 'body temperature 41.5 and confused'], { ageYears: 40 }],
  [
    'very cold',
    ['在外面冻了一夜，浑身冰凉，说话不清楚', 'found outside in the snow, body ice cold and confused'],
    { ageYears: 70 },
  ],
  [
    'immunosuppressed with fever',
    ['在做化疗，发烧38.5', 'on chemo and now running a temperature of 38.4'],
    { ageYears: 55 },
  ],

  // Presentations
  [
    'abdominal pain: severe, pain to back',
    ['肚子剧痛，疼到后背', 'severe stomach pain going through to my back'],
    { ageYears: 68 },
  ],
  ['abdominal pain: rigid belly', ['肚子硬得像木板，一碰就疼', 'belly is hard as a board and very tender']],
  [
    'allergy: throat swelling',
    ['吃了花生，嗓子发紧，说话声音变了', 'ate peanuts, throat feels tight and my voice changed'],
  ],
  [
    'allergy: lips/tongue after sting',
    ['被蜂蜇了，嘴唇舌头都肿了', 'bee sting and now his tongue is swelling'],
  ],
  [
    'asthma: cannot speak',
    [
      '哮喘发作，喷了药也不管用，说话都说不全',
      'asthma attack, inhaler not helping, can only say a few words',
    ],
  ],
  ['assault: stabbed', ['被人捅了一刀，在肚子上', 'I was stabbed in the chest']],
  [
    'back pain: with leg weakness/incontinence',
    ['腰疼，两条腿没劲，尿失禁', 'back pain and I cannot control my bladder, numb between my legs'],
  ],
  [
    'behaving strangely: sudden',
    ['突然胡言乱语，认不出家人', 'suddenly talking nonsense and does not recognise us'],
    { ageYears: 60 },
  ],
  ['bites: snake', ['被蛇咬了，腿肿起来了', 'bitten by a snake, leg swelling up']],
  [
    'burns: face / airway',
    ['着火被烧伤了脸，鼻毛都烧焦了，声音嘶哑', 'burned in a fire, face burnt and voice hoarse'],
  ],
  [
    'burns: large',
    ['开水烫了，整个后背和两条胳膊都起泡了', 'scalded by boiling water over most of his back and both arms'],
  ],
  [
    'collapsed adult',
    [
      '突然倒地，没反应了',
      '人一下子栽倒了，叫不答应',
      'she collapsed and is not responding',
      'dad just keeled over and is not answering',
    ],
    { ageYears: 65 },
  ],
  ['collapsed: no pulse/breathing', ['倒地不省人事，没气了', 'not breathing and has no pulse']],
  [
    'crying baby: floppy/inconsolable',
    ['宝宝一直哭闹，浑身软绵绵的', 'my baby is floppy and not responding normally'],
    { ageMonths: 4 },
  ],
  [
    'diabetes: hypo, confused',
    ['糖尿病，打了胰岛素，现在出冷汗、人糊涂了', 'diabetic on insulin, sweaty and confused, sugar 2.5'],
    { ageYears: 60 },
  ],
  [
    'diabetes: high sugar and drowsy',
    ['血糖30多，人昏昏沉沉的', 'blood sugar is over 30 and he is very drowsy'],
  ],
  [
    'diarrhoea/vomiting: shock signs',
    [
      '上吐下泻一天，现在站不起来，头晕要倒',
      'vomiting and diarrhoea all day, now too dizzy to stand and very pale',
    ],
    { ageYears: 75 },
  ],
  ['eye: chemical', ['眼睛溅进了强碱', 'got bleach splashed in my eye', '石灰进眼睛了']],
  ['eye: sudden vision loss', ['一只眼突然看不见了', 'suddenly lost the sight in one eye']],
  [
    'facial problems: face swelling with breathing trouble',
    ['脸肿得厉害，喘不上气', 'face swelling fast and I am short of breath'],
  ],
  ['falls: from height', ['从三楼摔下来了', 'fell off a roof about 4 metres']],
  [
    'falls: hip, cannot stand',
    [
      '老人摔倒了，髋部疼，站不起来，腿变短外翻',
      'my gran fell and cannot get up, hip pain and leg turned out',
    ],
    { ageYears: 82 },
  ],
  ['fits: first / ongoing', ['抽搐了5分钟还没停', 'had a seizure and is still not waking up']],
  [
    'foreign body: airway',
    ['孩子被糖卡住了，喘不过气，脸憋紫了', 'child choking on a sweet, cannot breathe'],
    { ageYears: 3 },
  ],
  [
    'GI bleeding',
    [
      '拉了好多血，头晕',
      '吐了一大口鲜血',
      'throwing up blood',
      'passing lots of bright red blood from my bottom and feel faint',
    ],
  ],
  ['headache: thunderclap', ['头像被雷劈了一样突然剧痛', 'sudden explosive headache, worst ever']],
  [
    'headache: with fever and neck stiffness',
    ['头疼，发烧，脖子僵硬', 'headache with a high temperature and stiff neck'],
  ],
  [
    'head injury: with drowsiness/vomiting',
    ['头撞了以后一直吐，越来越困', 'hit his head, now vomiting repeatedly and sleepy'],
  ],
  [
    'head injury: loss of consciousness',
    ['头被砸了，当时晕过去了几分钟', 'knocked out for a few minutes after a blow to the head'],
  ],
  [
    'irritable child: non-blanching rash',
    ['孩子发烧，身上有按不褪色的红点', 'my child has a fever and a rash that does not fade under a glass'],
    { ageYears: 2 },
  ],
  [
    'limb problems: cold pulseless limb',
    ['腿突然冰凉发白，疼得厉害', 'my leg suddenly went cold and white and very painful'],
    { ageYears: 70 },
  ],
  ['limb problems: open fracture', ['腿骨头戳出来了', 'bone sticking out through the skin']],
  [
    'major trauma: high-energy',
    ['出车祸了，车翻了', 'in a car crash at high speed, car rolled over', '被车撞了'],
  ],
  [
    'mental illness / self-harm: plan',
    ['想自杀，已经准备好药了', 'I want to kill myself and I have a plan', '活着没意思，想从楼上跳下去'],
  ],
  [
    'neck pain: after trauma with numb arms',
    ['摔了以后脖子疼，手发麻', 'neck pain after a fall and tingling in both arms'],
  ],
  [
    'overdose',
    ['吃了一整瓶安眠药', 'took a whole packet of paracetamol', '喝了农药', 'swallowed a bottle of pills'],
  ],
  [
    'palpitations: with chest pain or faint',
    ['心慌，胸口痛，要晕倒', 'heart racing with chest pain and nearly blacked out'],
    { ageYears: 55 },
  ],
  [
    'pregnancy: heavy bleeding / pain',
    ['怀孕7个月，肚子剧痛，出血', '30 weeks pregnant with bad tummy pain and bleeding'],
    { sex: 'F', ageYears: 30 },
  ],
  [
    'pregnancy: severe headache/vision',
    ['怀孕8个月，头疼眼花，脚肿', '34 weeks pregnant with a severe headache and blurred vision'],
    { sex: 'F', ageYears: 30 },
  ],
  ['pregnancy: fluid/cord/fits', ['怀孕了，抽搐了', 'pregnant and had a fit'], { sex: 'F', ageYears: 30 }],
  [
    'PV bleeding: heavy with faintness',
    ['下面大出血，头晕眼花', 'heavy vaginal bleeding soaking a pad every hour and feeling faint'],
    { sex: 'F', ageYears: 35 },
  ],
  [
    'rashes: with fever and purple spots',
    ['发烧，身上起了紫色的斑点', 'fever with purple spots all over'],
    { ageYears: 18 },
  ],
  [
    'shortness of breath: severe, adult',
    [
      '喘不上气，只能坐着',
      '气紧得很，一句话要歇几次',
      'so breathless I cannot lie down or talk',
      "I can't catch my breath at all",
    ],
    { ageYears: 60 },
  ],
  [
    'shortness of breath: child, recession',
    ['孩子喘得厉害，肋骨都凹进去了', 'child breathing fast with the skin sucking in between the ribs'],
    { ageYears: 2 },
  ],
  [
    'sore throat: drooling, cannot swallow',
    ['嗓子疼得咽不下口水，流口水', 'sore throat so bad he is drooling and cannot swallow his spit'],
  ],
  ['testicular pain: sudden', ['蛋突然疼得厉害', 'sudden pain in my balls'], { sex: 'M', ageYears: 15 }],
  [
    'torso injury: chest injury breathless',
    ['胸口被撞了，喘不上气', 'hit in the chest and now struggling to breathe'],
  ],
  [
    'unwell newborn: poor feeding, floppy',
    ['新生儿不吃奶，软软的，很嗜睡', 'newborn not feeding, floppy and very sleepy'],
    { ageMonths: 0.5 },
  ],
  [
    'unwell adult: sepsis-like',
    ['发烧寒战，血压很低，人没精神', 'fever and shivering, blood pressure low and feeling very faint'],
    { ageYears: 70 },
  ],
  [
    'urinary: cannot pass urine',
    ['一天尿不出来，肚子胀痛', 'cannot pee at all since this morning, belly swollen and painful'],
    { ageYears: 72, sex: 'M' },
  ],
  ['wounds: deep / spurting', ['刀割到手腕，血喷出来', 'cut my wrist and it is pumping blood']],
  [
    'stroke signs colloquial',
    [
      '嘴歪了，一边手没劲',
      '说话突然大舌头，半边身子麻',
      'her face dropped and she cannot lift her arm',
      'slurring words all of a sudden',
    ],
  ],
  [
    'chest pain: crushing',
    ['胸口像压了块大石头，出汗', 'crushing chest pain and sweating'],
    { ageYears: 58 },
  ],
  [
    "can't stand up (acute weakness)",
    ['突然站不起来了，一边没劲', "suddenly can't stand up, one side weak"],
    { ageYears: 70 },
  ],
  [
    'getting worse fast + breathing',
    ['喘得越来越重，嘴唇发紫', 'breathing getting worse fast and lips going blue'],
  ],
  [
    'electric / drowning',
    ['孩子掉水里了，捞上来不怎么喘气', 'pulled out of the pool, not breathing properly'],
    { ageYears: 5 },
  ],
  // Second pass: more wordings of the same discriminators, and consensus Ⅰ/Ⅱ items.
  [
    'cardiac arrest',
    [
      '心跳停了，没呼吸',
      '人没气了，摸不到脉搏',
      'no heartbeat and not breathing',
      'she has stopped breathing',
    ],
  ],
  ['massive haemoptysis', ['咳出一大口一大口的鲜血', 'coughing up lots of blood'], { ageYears: 50 }],
  [
    'acute heart failure',
    ['晚上躺不下，一躺就憋醒，咳粉红色泡沫痰', 'cannot lie flat, coughing up pink frothy spit'],
    { ageYears: 72 },
  ],
  [
    'anaphylaxis, colloquial',
    [
      '吃了药以后浑身起疙瘩，喘不上气',
      'after the injection came out in hives all over and my throat feels tight',
    ],
  ],
  [
    'febrile convulsion ongoing',
    ['孩子高烧抽起来了，眼睛往上翻，叫不应', 'my toddler is fitting with a high fever and not responding'],
    { ageYears: 2 },
  ],
  [
    'hypothermia / frostbite drowsy',
    ['老人冻得浑身发抖，叫不太醒', 'gran is freezing cold and very drowsy'],
    { ageYears: 85 },
  ],
  [
    'overdose colloquial',
    [
      '她把一瓶降压药都吃了',
      '孩子偷吃了奶奶的药，吃了好几片',
      'my son ate a handful of my pills',
      'she drank weedkiller',
    ],
  ],
  ['self-harm: cut deeply', ['拿刀割腕了，流了很多血', 'she has cut her wrists and there is a lot of blood']],
  [
    'suicidal colloquial',
    [
      '活够了，不想活了',
      '想死，药都买好了',
      "I don't want to be here anymore and I've got the pills ready",
      'thinking about ending it all tonight',
    ],
  ],
  ['aggressive / danger to others', ['他拿着刀说要杀人', 'he is threatening to kill us with a knife']],
  [
    'new confusion, lay',
    ['老爷子今天突然说话颠三倒四，不认识我了', 'grandad suddenly does not know where he is'],
    { ageYears: 80 },
  ],
  [
    'drowsy child',
    ['孩子发烧，一直睡，叫醒了又马上睡过去', 'my child has a fever and is very hard to wake up'],
    { ageYears: 3 },
  ],
  [
    'infant not feeding, floppy',
    ['宝宝两个月，不吃奶，软塌塌的', 'my 2 month old is not feeding and floppy'],
    { ageMonths: 2 },
  ],
  [
    'ectopic-type pain',
    ['月经推迟了，肚子一侧剧痛，头晕', 'missed my period, sharp pain low on one side and feel faint'],
    { sex: 'F', ageYears: 27 },
  ],
  [
    'waters broken / cord',
    ['怀孕36周，破水了，看到有东西掉出来', '36 weeks pregnant, waters broke and I can see the cord'],
    { sex: 'F', ageYears: 30 },
  ],
  [
    'postpartum heavy bleeding',
    ['生完孩子一周，下面出血特别多，头晕', 'had my baby last week, bleeding heavily and feel dizzy'],
    { sex: 'F', ageYears: 30 },
  ],
  [
    'DKA',
    [
      '糖尿病，口渴得厉害，吐了好几次，呼吸又深又快',
      'diabetic, very thirsty, vomiting and breathing deep and fast',
    ],
    { ageYears: 19 },
  ],
  ['hypoglycaemia unconscious', ['糖尿病人出冷汗，叫不醒', 'diabetic and now unconscious']],
  [
    'heat stroke',
    ['在工地中暑了，人糊涂，不出汗，浑身滚烫', 'collapsed in the heat, very hot and confused'],
    { ageYears: 45 },
  ],
  [
    'CO poisoning',
    [
      '屋里烧炭取暖，一家人都头疼恶心',
      'whole family has headaches and vomiting, we use a gas heater in a closed room',
    ],
  ],
  ['snake / scorpion', ['被毒蛇咬了', 'bitten by a scorpion and my tongue feels numb']],
  [
    'eye: penetrating',
    ['铁屑扎进眼睛了，看不清', 'a metal splinter flew into my eye and my vision is blurry'],
  ],
  [
    'severe headache with vomiting and drowsiness',
    ['头疼得厉害，吐了，人越来越迷糊', 'bad headache, vomiting and getting more and more drowsy'],
    { ageYears: 50 },
  ],
  [
    'aortic-type pain',
    ['突然胸背撕裂样疼痛', 'sudden tearing pain going through to my back'],
    { ageYears: 65 },
  ],
  [
    'GI bleed colloquial',
    ['拉的大便黑乎乎的像柏油，头晕', 'poo is black and sticky like tar and I feel dizzy', '吐咖啡色的东西'],
  ],
  [
    'stroke colloquial 2',
    ['说话突然不利索了，嘴也歪了', 'she suddenly cannot find her words and her smile is lopsided'],
    { ageYears: 68 },
  ],
  [
    'chest pain colloquial',
    ['心口疼，像被人攥住一样，冒冷汗', 'chest feels like an elephant is sitting on it'],
    { ageYears: 60 },
  ],
];

// MTS yellow discriminators: same day, not an ambulance (at least urgent). Not asserted (project choices
// or parser gaps found by this audit, listed in README): adult earache with fever 38.5, discharge with
// burning urine, a painful red eye without poor vision, "7分" pain without a pain word, and a pulse
// given as 心跳每分钟30多下.
const URGENT: Probe[] = [
  [
    'hot child',
    ['孩子发烧39度，精神还行', 'my son has a temperature of 39.2, still playing a bit'],
    { ageYears: 2 },
  ],
  ['dental: facial swelling', ['牙疼，半边脸肿了', 'toothache and my cheek is swollen']],
  [
    'urinary: UTI with fever / loin pain',
    ['尿痛，发烧，腰疼', 'burning when I pee, fever and pain in my side'],
    { ageYears: 40, sex: 'F' },
  ],
  [
    'limb problems: cannot bear weight',
    ['崴脚了，肿得厉害，不能走路', 'twisted my ankle, badly swollen and I cannot put weight on it'],
    { ageYears: 30 },
  ],
  [
    'limping child',
    ['孩子突然不愿意走路了，腿疼', "my child is limping and won't walk on his leg"],
    { ageYears: 4 },
  ],
  [
    'wounds: needs stitches',
    ['手被刀划了个大口子，挺深的，血已经止住了', 'deep cut on my hand, gaping, bleeding has stopped'],
  ],
  ['animal bite: broken skin', ['被狗咬了，出血了', 'bitten by a dog, skin broken']],
  [
    'vomiting child',
    ['孩子吐了一天，吃什么吐什么', 'my toddler has been vomiting all day and cannot keep anything down'],
    { ageYears: 2 },
  ],
];

// Ordinary minor complaints with nothing else wrong: self-care with safety-net advice.
const SELF_CARE: Probe[] = [
  [
    'mild cold',
    ['有点感冒，流鼻涕，打喷嚏，嗓子有点痒', 'a bit of a cold, runny nose and sneezing'],
    { ageYears: 30 },
  ],
  [
    'mild diarrhoea',
    ['拉肚子两次，没发烧，能吃能喝', 'mild diarrhoea since this morning, no fever, drinking fine'],
    { ageYears: 30 },
  ],
  [
    'small cut',
    ['切菜切到手指，小口子，已经不流血了', 'small cut on my finger from a knife, stopped bleeding'],
    { ageYears: 30 },
  ],
  ['mosquito bites', ['被蚊子咬了几个包，很痒', 'mosquito bites on my legs, itchy'], { ageYears: 30 }],
  [
    'mild sunburn',
    ['晒伤了，皮肤发红有点疼', 'mild sunburn on my shoulders, red and a bit sore'],
    { ageYears: 30 },
  ],
  [
    'hangover',
    ['昨晚喝多了，今天头疼恶心', 'hungover, headache and a bit queasy after drinking last night'],
    { ageYears: 30 },
  ],
  [
    'mild period pain',
    ['来月经了，肚子有点疼，跟平时一样', 'usual period cramps, mild'],
    { ageYears: 25, sex: 'F' },
  ],
];

describe('coverage audit: MTS red/orange discriminators and consensus Ⅰ/Ⅱ → emergency', () => {
  it.each(cases(EMERGENCY))('%s: %s', (_d, text, extra) => {
    expect(dispo(text, extra)).toBe('emergency');
  });
});

describe('coverage audit: MTS yellow discriminators → at least same day', () => {
  it.each(cases(URGENT))('%s: %s', (_d, text, extra) => {
    expect(DISPOSITION_RANK[dispo(text, extra)]).toBeGreaterThanOrEqual(DISPOSITION_RANK.urgent);
  });
});

describe('coverage audit: ordinary minor complaints → self-care', () => {
  it.each(cases(SELF_CARE))('%s: %s', (_d, text, extra) => {
    expect(dispo(text, extra)).toBe('self_care');
  });
});

// Look-alikes the audit's wider wording must not catch.
describe('coverage audit: look-alikes stay below emergency', () => {
  it.each([
    ['heavy but usual period', '月经量有点多，跟平时差不多，不头晕', { ageYears: 30, sex: 'F' as const }],
    [
      'heavy period in a breast-lump history',
      'breast lump noticed 2 days ago, periods regular with 2 days of heavy bleeding',
      {},
    ],
    ['many itchy bites', 'lots of itchy mosquito bites on my legs', { ageYears: 30 }],
    ['egg then belly ache', '吃了鸡蛋肚子有点疼', { ageYears: 30 }],
    ['cough that will not stop', '咳嗽止不住，两天了，不发烧', { ageYears: 30 }],
    ['child limping after a small knock, walking', '孩子踢球磕了一下膝盖，走路还行', { ageYears: 8 }],
  ])('%s', (_n, text, extra) => {
    expect(dispo(text, extra)).not.toBe('emergency');
  });
  it('a headache "like being struck by lightning" is not an electric injury, but is still an emergency', () => {
    const r = triage({ text: '头像被雷劈了一样突然剧痛' });
    expect(r.findings.present).not.toContain('electric_injury');
    expect(r.disposition).toBe('emergency');
  });
});
