/**
 * Lexicon: skin, eyes, ears/nose/throat, mouth and teeth, muscles and joints, allergy.
 * Source: project-authored lay wording. Licence: project.
 */
import type { ConceptDef } from './concept-def.ts';

export const LEXICON_SKIN_EENT_MSK: readonly ConceptDef[] = [
  {
    id: 'rash',
    kind: 'symptom',
    label: { zh: '皮疹', en: 'rash' },
    en: [
      'rash',
      'spots',
      'erythema',
      'red (patch|patches|blotches|skin)',
      // Round 47: a ring or target of redness round a bite.
      '(red|pink) (ring|circle|bull.?s.?eye|target)',
      'redness of (the )?skin',
      'vesicle',
      'blister',
    ],
    zh: [
      // Round 16: 身上起了密密麻麻的小红点,
      '(小红点|红点点|红疹子)',
      '皮疹',
      '疹子',
      '红疹',
      '起疹',
      '出疹',
      '红斑',
      '水泡',
      '水疱',
      // Round 25: skin burnt red by the sun (晒得通红) is a rash a patient can see.
      '晒~(得)?~(通红|红|伤|脱皮)',
    ],
    dept: { dermatology: 4 },
  },
  {
    // A red, swollen, hot patch of skin: with spreading or fever it needs treatment today.
    id: 'skin_inflamed',
    kind: 'symptom',
    label: { zh: '局部红肿热痛', en: 'red, hot, swollen skin' },
    en: [
      '(red|reddened),? (hot|warm)(,? and)?,? (swollen|tender|painful)',
      '(red|hot|warm),? (and )?swollen',
      'swollen,? (red|hot)',
      'spreading redness',
      // Round 8: "a red, warm patch".
      '(red|reddened),? (and )?(warm|hot) (patch|area|skin|spot|lump)',
      // Round 33: "it's swollen and red for a few cm around it".
      '(swollen|puffy) and (red|hot|warm)',
      // Round 46: "the foot is red, the red going up to ankle, hot and painful".
      'red\\b[^.!?]{0,40}\\bhot and (painful|swollen|tender|sore)',
    ],
    // Round 27: 左小腿前面红肿了一大片 摸着发烫.
    zh: [
      '红肿(热痛|发烫|发热|热|疼|痛)',
      '又红又(肿|热|烫)',
      '红…肿…(烫|热)',
      '红肿~(了)?~(一大片|一片|一块)?⋯(发烫|烫手|摸着烫)',
      // Round 29: 红了一大片 … 摸着热热的.
      '红了~(一大片|一片|一块|一圈)⋯(热热的|发烫|烫手|摸着烫|发热)',
      // Round 33: 红了一大块，又热又痛.
      '红了~(一大片|一片|一块|一大块|一圈)⋯又(热|烫)又(痛|疼|肿)',
      // Round 45: 起了个疙瘩，红肿 (a lump said to be red and swollen).
      '(包|疙瘩|肿块|脓包)[，,]?~(又)?红肿',
    ],
    dept: { dermatology: 3, general_surgery: 2 },
  },
  {
    // Round 43: dark or blood-filled blisters or purple skin on an infected limb: necrotising soft-tissue
    // infection (NICE CKS cellulitis: admit if necrotising fasciitis is suspected; IDSA 2014) [S].
    id: 'skin_necrosis_signs',
    kind: 'modifier',
    label: { zh: '皮肤发紫发黑或起血疱', en: 'purple or dark skin, or dark blisters' },
    en: [
      '(dark|black|purple|bloody|blood.filled|blood) blisters',
      '(skin|arm|leg|hand|foot|it) (is |has )?(gone |turned |turning |going )?(purple|black|dusky|grey)(.?ish)?\\b(?! (bruise|eye))',
      'purple.?ish',
    ],
    zh: ['(紫黑|发紫|发黑|黑紫|暗紫)~的?~(水泡|水疱|泡)', '血泡', '血疱'],
  },
  {
    id: 'spreading',
    kind: 'modifier',
    label: { zh: '范围在扩大', en: 'spreading or growing' },
    en: [
      'spreading',
      '(spread|grown) (a bit|a little|more|further|since)',
      'drew a line (around|round)',
      'getting (bigger|larger|wider)',
      'growing',
      'red (line|streak) (going|running|moving) up',
      // Round 43: "the redness is moving up past his elbow".
      '(redness|red area|swelling) (is |has )?(moving|spreading|creeping|going|tracking|gone|moved|spread) (up|past|beyond|above|onto|into)',
      // Round 46: "the foot is red, the red going up to ankle".
      'the red (is |has )?(moving|spreading|creeping|going|gone|moved|spread) (up|past|onto|into|to)',
    ],
    // Round 26: 一天比一天往上走 (redness creeping up the leg).
    zh: [
      // Round 29: 比昨天又大了一圈.
      // Round 35: 今天比昨天扩大了两指宽.
      '比(昨天|前天|早上|上午|昨晚)~(又)?~(扩大|扩|大|宽|长|红|肿)~了',
      // Round 27: 前天才巴掌那么大 今天快到膝盖了.
      '(快|已经|都)~(到|蔓延到|扩到|长到|肿到|红到)~(了)?~(膝盖|大腿|小腿|手肘|胳膊肘|肩膀|腋下|大腿根|脚踝|手腕)',
      '(一天比一天|越来越)(大|多|宽|红|肿)',
      '(在|往)(扩散|蔓延|扩大)',
      '扩散',
      '蔓延',
      '(一天比一天|越来越)~往(上|外)~(走|爬|窜|跑|长)',
      // Round 33: 红的地方还在往外扩.
      '(还在|一直在|在)~往(上|外|四周)~(扩|走|爬|长)',
    ],
  },
  {
    // Painful blisters in a band or cluster on one side (带状/成簇): antivirals work best within 72 h.
    id: 'dermatomal_rash',
    kind: 'symptom',
    label: { zh: '成簇或带状分布的疼痛水疱', en: 'painful blisters in a band or cluster' },
    en: [
      '(band|strip|stripe|cluster|line|patch) of (\\w+ )?(blisters|rash|spots|bumps|blotches)',
      // Round 26: "red bumps with little blisters appeared in a band from her back round to the front".
      '(blisters|rash|bumps|spots)[^.!?]{0,40}\\b(in a (band|strip|line|belt)|round to the front|wrapping round)',
      '(blisters|rash) (in a (band|strip|line)|on one side|wrapping)',
      'shingles',
    ],
    zh: [
      '(一圈|一串|一条|一溜|成串|成簇|一簇|一片)…(水泡|水疱|疱疹|小泡)',
      '(缠腰|蛇缠腰|蛇盘疮|缠腰龙|生蛇|带状疱疹)',
    ],
    dept: { dermatology: 5 },
  },
  {
    id: 'hives',
    kind: 'symptom',
    label: { zh: '风团', en: 'hives' },
    en: ['hives', 'welts', 'urticaria', 'wheals', 'hives all over', '(itchy )?(welts|bumps|lumps) all over'],
    zh: [
      '风团',
      '荨麻疹',
      '起(疙瘩|包)',
      '全身(起|长)(包|疙瘩)',
      '(全身|身上|浑身|满身)~…(风团|风疙瘩|疙瘩|包|红块|荨麻疹)',
      '风疙瘩',
      // Round 5: regional names for wheals (Sichuan 起红坨坨, 风疹块, 鬼风疙瘩); project.
      '(起|冒|长)~…(红坨坨|坨坨)',
      '风疹块',
      '鬼风疙瘩',
      '起~(了)?~…(风团|风疙瘩)',
    ],
    dept: { dermatology: 4 },
  },
  {
    id: 'itch',
    kind: 'symptom',
    label: { zh: '瘙痒', en: 'itching' },
    en: ['itch', 'prurit'],
    zh: ['(?<!(眼睛?|鼻子?|耳朵?|嗓子|喉咙)(有点|有些|好|很|特别|老是|总是|发)?干?)痒', '瘙痒'],
    dept: { dermatology: 3 },
  },
  {
    id: 'skin_lesion',
    kind: 'symptom',
    label: { zh: '皮肤或指甲问题', en: 'skin, hair or nail problem' },
    en: [
      'acne',
      'break(ing|s)? out',
      'zits?\\b',
      'pimple',
      '\\bmoles?\\b',
      'warts?\\b',
      'eczema',
      'scal(y|ing|es)',
      'skin (lesion|darkening|discolou?r|tag|patch|patches|peeling)',
      'dark (skin|patches)',
      'toenail',
      'fingernail',
      '\\bnails?\\b',
      'hair (loss|falling)',
      'dandruff',
      'psoria',
      'dry,? itchy',
      'dry skin',
      'crust',
      'sunburn',
      'boil',
      'abscess',
      'insect bites?',
      'mosquito',
      'ulcer on (the|my|his|her) (leg|foot)',
      'leg ulcer',
    ],
    zh: [
      '痘',
      '痤疮',
      '痣',
      '疣',
      '湿疹',
      '脱皮',
      '皮肤(发黑|变黑|干|破|溃烂|问题|发红)',
      '(灰)?指甲',
      '脚气',
      '脱发',
      '头皮屑',
      '银屑病',
      '牛皮癣',
      '晒伤',
      '疖子',
      '蚊子咬',
      '虫咬',
      '色斑',
      '结痂',
      '足癣',
      '手癣',
    ],
    dept: { dermatology: 5 },
  },
  {
    id: 'airway_swelling',
    kind: 'symptom',
    label: { zh: '喉咙发紧/舌头肿', en: 'throat tight or tongue swelling' },
    en: [
      'throat (is )?(closing|tight|swelling|swollen shut)',
      'tongue (is )?(swelling|swollen)',
      'swollen tongue',
      'angio.?o?edema',
      'swelling of (the )?(tongue|throat)',
      'face and tongue swelling',
      // Round 36: "my throat feels kind of tight and scratchy, my voice sounds funny".
      'throat (feels |felt |is |was |getting )?(kind of |a bit |a little |sort of |really |so )?(tight|closing|swollen|swelling)',
      '(tight|closing) throat',
      'tongue (feels |is |looks |went |getting )?(big|thick|swollen|huge|fat)',
      // Round 33: "my lips and tongue started swelling ... my voice feels thick".
      'tongue (started|starting|began|begun|has started|have started) (to )?swell',
      // Not "muffled" alone: that is a collection beside the tonsil (trismus).
      'voice (feels |sounds |is |has gone |went )?thick',
    ],
    zh: [
      '喉咙发紧',
      '喉头水肿',
      '嗓子发紧',
      '舌头(肿|发麻肿)',
      '喉咙(肿|堵)得',
      '{throat}~…(发紧|紧|掐|锁|勒|收紧|肿得|卡住|被掐)',
      '舌头~…(肿|大了|变大)',
    ],
    dept: { emergency: 4 },
  },
  {
    // A blocked or lumpy throat: on its own often a harmless lump-in-the-throat feeling (梅核气), so
    // only an allergy rule counts it, together with hives or a trigger.
    id: 'throat_blocked',
    kind: 'modifier',
    label: { zh: '嗓子堵', en: 'throat feels blocked' },
    en: [
      'lump in (my |his |her |the )?throat',
      'throat (feels )?(blocked|funny|thick)',
      // Round 10: "my throat got tight" in an allergic reaction.
      'throat (got|gets|is|was|felt|feels|went|going|became) (very |really |so )?(tight|closing|swollen)',
    ],
    zh: ['{throat}…(堵|噎|有东西)'],
  },
  {
    id: 'face_lip_swelling',
    kind: 'symptom',
    label: { zh: '面部/嘴唇肿', en: 'face or lip swelling' },
    en: [
      // Round 36: "my lips are a bit swollen".
      '(lips?|face|eyes|eyelids?) (are |is )?(a bit |a little |slightly |kind of |quite )?(swelling|swollen|puffed up|puffy)',
      'swollen (lips?|face|eyes|eyelids?)',
      'swelling of (the )?(lips?|face)',
      'facial swelling',
      '(lips?|face|eyes|eyelids?|tongue) (are |is |was |were )?(getting |starting to |begin(ning)? to )?(swell|swelling|puff)',
      '(cheek|jaw|side of (my |his |her )?face) (is |are |has )?(getting |starting to |gone |got )?(swell\\w*|swollen|puff\\w*)',
      'swollen (cheek|jaw)',
      // Round 33: "my lips and tongue started swelling".
      '(lips?|face|tongue|eyelids?)( and (my |his |her )?(lips?|face|tongue|eyelids?|throat))? (started|starting|began|begun|have started|has started|keep|kept) (to )?(swell|puff)',
    ],
    zh: [
      '嘴唇肿',
      '脸肿',
      '面部(肿|水肿)',
      '眼睛肿',
      '眼皮肿',
      '(嘴唇|嘴巴|眼皮|眼睛|脸|面部|腮帮子?|脸颊|半边脸)~…(肿|鼓起)',
    ],
    dept: { dermatology: 2 },
  },
  {
    id: 'allergen_trigger',
    kind: 'modifier',
    label: { zh: '接触过敏原/新药后', en: 'after a likely allergy trigger' },
    en: [
      'allerg',
      'after eating (peanut|nut|shellfish|seafood|shrimp|prawn)',
      'peanut',
      'shellfish',
      '\\bbee\\b',
      'wasp',
      'stung',
      '\\bsting\\b',
      'new (medicine|medication|drug|antibiotic)',
      'amoxi\\w*',
      'augmentin',
      'antibiotics?',
      'first (dose|time taking|time (i|he|she) (took|had|tried))',
      'penicillin',
      'after (an |the )?(injection|infusion|drip)',
      '(after|since) (taking|starting|eating|a (bee|wasp) sting)',
      '(bee|wasp|insect) sting',
    ],
    zh: [
      '过敏',
      '吃了(海鲜|花生|虾|蟹|芒果|坚果)',
      '蜂蛰',
      '被(蜂|马蜂|蜜蜂)',
      // Round 5: south-western 遭蜂子叮, 让马蜂蜇了; project.
      '(遭|让|给|叫)~(蜂子?|马蜂|蜜蜂|黄蜂|胡蜂)',
      '(蜂子|马蜂|蜜蜂|黄蜂|胡蜂)~…(叮|蛰|蜇)',
      '(打针|输液|吃药|用药)后',
      '新(药|开的药)',
      '青霉素',
      '头孢',
      '吃~(了)?~…(海鲜|花生|虾|蟹|芒果|坚果|贝|鱼)',
      '(吃|打|用|输|换|喝)~(了)?~(个|完|新)?~(药|针|液|头孢|青霉素|中药)~(以后|之后|后|完)',
    ],
  },
  {
    // Sunburn and insect bites: minor skin causes a self-care rule may accept.
    id: 'minor_skin_cause',
    kind: 'modifier',
    label: { zh: '晒伤或蚊虫叮咬', en: 'sunburn or insect bites' },
    en: [
      'sunburn',
      '(mosquito|insect|bug|midge|flea|gnat) bites?',
      'bitten by (mosquitoes|bugs|insects|midges)',
    ],
    zh: [
      '晒伤',
      '晒~(得)?~(通红|红|黑|脱皮|伤)',
      '(蚊子|虫子|蚊虫|跳蚤|小咬)…(咬|叮)',
      '被…(蚊子|虫)…(咬|叮)',
    ],
  },
  {
    id: 'eye_pain_red',
    kind: 'symptom',
    label: { zh: '眼痛/眼红', en: 'eye pain or red eye' },
    en: [
      // Round 14: "eye got really painful and red overnight",
      'eye (\\w+ ){0,3}(painful|sore) and red',
      'eye (\\w+ ){0,3}red and (painful|sore)',
      // Round 46: "my right eye has been getting redder and more painful".
      'eye (\\w+ ){0,4}redder and (more )?(painful|sore)',

      'eye (pain|redness|is red|hurts|irritat|discharge|swelling)',
      // Round 5: degree words between ("eye really red and painful"); project.
      // Round 41: "right eye now super red".
      'eyes? (is |are |looks |feels |has been |went |gone )?(now |still )?((very|really|so|quite|bit|a bit|super) )*(red|painful|sore|bloodshot)\\b',
      'red,? (irritated |itchy |painful |sore )?eyes?',
      // Round 40: "both eyes started burning like sand in them" (a welder's arc eye).
      'eyes? (\\w+ ){0,2}(started |began |are |is |keep )?(burning|stinging)',
      '(pain|redness) (in|of) (the |my |his |her )?(left |right )?eye',
      'conjunctiv',
      'eyelid',
      'stye',
      'pink eye',
      'sore eyes?',
      'eyes? (are |is |feel |feels |feeling )?(itchy|watering|watery|dry|gritty)',
      'lacrimation',
      // Watering eyes, not a tearing pain or a torn muscle.
      'eyes? (\\w+ )?(tearing|watering)',
      'tearing (of )?(the |his |her |my )?eyes?',
      'foreign body sensation',
      'something in (my|his|her) eye',
      // Round 17: "half the white of my left eye is bright red".
      'white of (my|his|her|the) (left |right )?eye',
    ],
    zh: [
      '(?<!腰)眼(睛)?(痛|疼|红|肿|痒|干|涩)',
      // Round 17: 眼睛老是干涩，有异物感.
      '眼(睛)?(老是|总是|一直|经常|有点|有些)(干涩|发干|干|涩)',
      '眼(睛)?~…异物感',
      // Round 18: 左眼白眼珠上一大块鲜红的.
      '(白眼珠|眼白|白眼仁)~(上|里)?~…(红|出血|血)',
      // 右眼突然剧烈胀痛, 眼睛也红了.
      // Not 腰眼 (the small of the back, round 34).
      '(左|右|一只|两只)?(?<!腰)眼(?!看|前)(睛|珠子?)?~…(胀痛|胀|疼|痛)',
      '眼(睛)?~(红|肿)',
      // 右眼今天开始红, 左眼有点充血.
      '(左|右|一只|两只|双)眼(睛)?…(红|充血)',
      '眼睑',
      '麦粒肿',
      '眼屎',
      '(眼睛)?流泪',
      '红眼',
      '结膜',
      '眼里进了',
      '眼睛(里)?有异物',
    ],
    dept: { ophthalmology: 6 },
  },
  {
    // Round 25: a bright red patch on the white of the eye, often after coughing or straining:
    // subconjunctival haemorrhage (NICE CKS: painless with normal vision, it clears by itself).
    id: 'subconjunctival_bleed',
    kind: 'modifier',
    label: { zh: '眼白上一片鲜红', en: 'a red patch of blood on the white of the eye' },
    en: [
      '(white of (my|his|her|the) (left |right )?eye|eye white) (\\w+ ){0,3}(bright |blood |deep )?red',
      '(bright |blood |deep )?red (patch|spot|blotch|splotch) (\\w+ ){0,2}(on|in) the white of',
      '(burst|broken|popped) (a )?blood vessel in (my|his|her|the) eye',
    ],
    zh: ['(白眼珠|眼白|白眼仁|白眼球)~(上|里)?~…(鲜红|一大(片|块)~(红|血)|出血|红了一(片|块))'],
  },
  {
    // Round 32: dry, tired eyes after long hours at a screen (TFOS DEWS II 2017; 中国干眼专家共识 2020).
    id: 'screen_eye_strain',
    // A symptom itself: "眼睛又干又累" may be the only complaint.
    kind: 'symptom',
    label: { zh: '长时间看屏幕后眼干眼累', en: 'dry or tired eyes from screen work' },
    en: [
      '(screen|screens|computer|laptop|monitor|phone)[^.!?]{0,50}\\beyes? (\\w+ ){0,2}(dry|tired|strained|gritty|achy)',
      'eyes? (\\w+ ){0,2}(dry|tired|strained|gritty)[^.!?]{0,50}(screen|computer|laptop|monitor)',
      'eye ?strain',
    ],
    zh: ['(电脑|手机|屏幕|显示器)~⋯眼(睛)?~…(干|涩|酸|累|疲劳|胀)'],
    dept: { ophthalmology: 6 },
  },
  {
    // Round 26: after a punch or a fall on the hand, a knuckle that has sunk or a finger that crosses
    // its neighbour when the fist is made: a metacarpal fracture with rotation (NICE NG38: X-ray).
    id: 'hand_fracture_signs',
    kind: 'modifier',
    label: { zh: '指关节塌陷或手指交叉', en: 'a sunken knuckle or a finger crossing its neighbour' },
    en: [
      'knuckle (\\w+ ){0,4}(sunk|sunken|flat|flattened|dropped|gone|disappeared)',
      '(finger|pinky|pinkie) (\\w+ ){0,3}(cross(es|ing)? over|overlaps?|points? (towards|at) the)',
    ],
    zh: ['(指关节|骨节|拳峰)~…(塌|凹|没了|平了)', '(手指|小指|小拇指)~…(交叉|叠在|压在)'],
  },
  {
    // Round 26: a vaccine in the last days (a sore red arm and a low fever are the expected reaction:
    // WHO influenza vaccine position paper 2022; 预防接种工作规范 2023) [S].
    id: 'recent_vaccination',
    kind: 'context',
    label: { zh: '近几天打过疫苗', en: 'a vaccine in the last few days' },
    en: [
      '(flu |covid |booster |tetanus |the )?(jab|vaccine|vaccination|shot|booster) (yesterday|this morning|today|\\d+ days? ago)',
      '(had|got) (my|his|her|the) (flu |covid |booster |tetanus )?(jab|vaccine|vaccination|shot|booster)',
    ],
    zh: [
      '(打|接种|种)(了|过)?~…疫苗',
      '疫苗~…(打|接种)(了|完)',
      '(打|接种)(了|过)?~…(加强针|预防针|流感针|新冠针)',
    ],
  },
  {
    // Round 27: a kick felt at the back of the ankle with nobody there, a pop or snap, and no push-off
    // on tiptoe: an Achilles tendon rupture until shown otherwise (NICE CKS: same-day assessment) [S].
    id: 'tendon_snap',
    kind: 'symptom',
    label: {
      zh: '脚后跟后面像被踢了一下、听到响声、踮不起脚',
      en: 'a pop or kick felt at the back of the ankle, cannot go on tiptoe',
    },
    en: [
      '(kicked|hit|struck|shot) (me )?(hard )?(in|on) the (back of (the |my )?)?(ankle|heel|calf|achilles)',
      "(can'?t|cannot|unable to) (stand|go|get|rise) (up )?on (tip ?toes?|tiptoe|(my |his |her |the )?toes)",
      '(heard|felt) (a |an )?(loud )?(pop|snap)[^.!?]{0,40}(ankle|heel|calf|achilles)',
      '(ankle|heel|calf|achilles)[^.!?]{0,40}(heard|felt) (a |an )?(loud )?(pop|snap)',
    ],
    zh: [
      '(脚后跟|跟腱|小腿肚)~…(被|让)?~(人)?~踢了~(一脚|一下)',
      '踮不起(脚|来)',
      '(跟腱|脚后跟)~…(啪|嘣|砰)~(的)?~一声',
    ],
    dept: { orthopaedics: 6 },
  },
  {
    // Round 26: walked on it, and the bony points do not hurt when pressed: the Ottawa ankle and knee
    // rules say no X-ray (NICE CKS sprains and strains) [S].
    id: 'walks_on_it',
    kind: 'modifier',
    label: { zh: '能走路', en: 'can walk on it' },
    en: [
      '(walked|walk|walking|can walk|able to walk|weight.?bear\\w*) (home |fine |ok |okay )?(\\w+ ){0,2}(on it|ok|okay|fine|normally)',
      // Round 32: "I can put weight on it".
      '(can|could|able to) (still )?(put|take|bear) (my )?(full )?weight on (it|my|the)',
    ],
    // Round 27: 能自己走回宿舍.
    zh: ['(能|可以|还能)~(自己)?~(正常)?~(走路|走|下地|踩地)'],
  },
  {
    id: 'no_bony_tenderness',
    kind: 'modifier',
    label: { zh: '按骨头不疼', en: 'the bones are not tender' },
    en: [
      "(no pain|doesn'?t hurt|not tender|not sore) (\\w+ ){0,3}(press\\w*|push\\w*|touch\\w*) (on )?(the )?(bony|bones?|ankle ?bones?)",
      // "pressing the ankle bones does not hurt".
      '(press\\w*|push\\w*|touch\\w*) (on )?(the )?(\\w+ )?(bony (bits|points|parts)|bones?) (does ?n.?t|does not|did ?n.?t|did not) hurt',
      "(no|isn'?t any|there'?s no) (bony|bone) tenderness",
    ],
    zh: ['(按|压|摁)~…骨头~…(不疼|不痛)', '骨头~…(按|压|摁)~(着)?~(不疼|不痛)'],
  },
  {
    // Round 26: a red rash where the nappy sits (irritant napkin dermatitis: NICE CKS nappy rash,
    // barrier cream and more nappy-free time) [S].
    id: 'nappy_rash',
    kind: 'modifier',
    label: { zh: '尿布疹', en: 'nappy rash' },
    en: ['(nappy|diaper) (rash|area|region)', 'where (his|her|the) (nappy|diaper) (sits|goes)'],
    zh: [
      '尿布疹',
      '尿布皮炎',
      '红屁股',
      '(尿布|尿不湿|纸尿裤)~(那块|那里|那片|区域|包着的地方|盖着的地方)~…红',
      '屁股~…(红了|发红|一片红)',
    ],
  },
  {
    // Round 26: dry, cracked or chapped skin (heating season, hand washing): emollients first (NICE
    // CKS contact dermatitis, xerosis) [S].
    id: 'dry_skin',
    kind: 'symptom',
    label: { zh: '皮肤干燥皲裂', en: 'dry or cracked skin' },
    en: [
      // Not cracked lips, a sign in a feverish child (Kawasaki disease, drying out).
      '(hands|skin|knuckles|heels|fingers) (are |is |got |have got )?(so |very |really )?(dry|cracked|chapped|split)',
      '(dry|cracked|chapped),? (and )?(cracked |sore |split )?(skin|hands|knuckles|heels)',
    ],
    zh: ['(皮肤|手|手背|脚后跟|小腿|腿)~…(干裂|皲裂|干得起(白)?皮|起白皮|脱皮|干燥)'],
    dept: { dermatology: 4 },
  },
  {
    id: 'blurred_vision',
    kind: 'symptom',
    label: { zh: '视物模糊', en: 'blurred vision' },
    en: [
      'blurr',
      'vision (is )?(blurry|blurred|worse|decreased|distorted)',
      'distort\\w* (of )?vision',
      '(decreased|reduced|poor|worsening) (visual acuity|vision|eyesight)',
      'floaters',
      // Round 24: "my eyesight has been getting slowly cloudy", "glare from headlights".
      '(eyesight|vision) (\\w+ ){0,4}(cloudy|hazy|misty|foggy)',
      'glare from (the )?(headlights|lights|oncoming)',
      'flashes of light',
      'flashing lights',
      'halos?',
      'rainbow (rings?|circles?|colou?rs?) (around|round)',
      'difficulty (reading|seeing)',
    ],
    zh: [
      '视物模糊',
      // Round 32: 看东西模糊 was not read at all.
      '看东西~…模糊',
      '看(东西)?不清',
      '视力(下降|减退|变差)',
      '飞蚊',
      '闪光感',
      '看灯有光圈',
      // Round 21: 越看越模糊, 像隔着一层雾.
      '越看越模糊',
      '(像|跟)隔(着|了)~(一)?层(雾|毛玻璃|纱)',
      // Not 头晕眼花 (an idiom for dizziness, round 33).
      // 头运眼花 is a slip for 头晕眼花 (same yun).
      '(?<!头晕|头昏|头运)眼花',
      // Halos around lights: 看灯有彩虹圈, 光晕.
      '彩虹(圈|环|色的圈)',
      '光晕',
      '虹视',
      '(看|模)~(东西)?~模模糊糊',
      // Round 19: a child who squints at the board (看黑板模糊, 老眯眼).
      '看~(黑板|电视|远处|远的|字)~…(模糊|看不清|不清楚)',
      '(老|总|总是|经常)~眯(眼|着眼)',
      // Round 8: gradual clouding told in lay words (眼睛越来越花, 像隔了层雾).
      '眼睛~(越来越|有点|有些)~花',
      '(看|望)~(东西|嘢|野)?~…(隔|蒙|罩)~了?~(一)?~层~(雾|纱|膜)',
    ],
    dept: { ophthalmology: 6 },
  },
  {
    id: 'eye_injury',
    kind: 'symptom',
    label: { zh: '眼外伤/化学物溅入', en: 'eye injury or chemical in the eye' },
    en: [
      // Round 13: "a pan of hot oil spat into my face … my right eye is burning".
      '(hot oil|boiling water|steam|hot fat|grease)[^.!?]{0,40}\\b(eyes?|face)\\b',
      '(chemical|bleach|acid|alkali|lime|cleaner)\\w* (splash\\w* )?(in|into) (my |his |her |the )?eyes?',
      // Round 18: "splashed drain cleaner (the strong alkaline one) in my right eye".
      '(splash\\w*|spray\\w*|squirt\\w*|got|spilled|spilt) (\\w+ ){0,3}(chemical|bleach|acid|alkali\\w*|lime|cleaner|detergent|oven cleaner|caustic)[^.!?]{0,60}\\b(in|into) (my |his |her |the )?(left |right )?eyes?',
      // Round 36: "a splash of sodium hydroxide solution in his left eye".
      '(sodium hydroxide|potassium hydroxide|caustic soda|lye|ammonia|hydrochloric|sulphuric|sulfuric|hydrofluoric|quicklime|cement|battery acid)[^.!?]{0,40}\\b(in|into) (my |his |her |the )?(left |right )?eyes?',
      'poked (in )?(the |my |his |her )?eye',
      'eye (injury|trauma)',
      '(hit|struck) in the eye',
      // Round 42: "my friend hit the shuttlecock directly in my right eye".
      '(hit|struck|smashed|fired)\\w* (\\w+ ){0,4}(directly |right |straight )?(in|into) (my|his|her|the) (left |right )?eye',
      'metal (in|into) (my |his |her )?eye',
    ],
    zh: [
      '(碱|酸|石灰|漂白|消毒液|洁厕|水泥)…(进|溅|弄|迸)…眼',
      '眼(睛)?…(进|溅)(了|进)?…(碱|酸|石灰|漂白|消毒液|洁厕|水泥)',
      '眼外伤',
      // Round 19: a firecracker went off in front of the face (爆炸伤, 共识 Ⅱ).
      '(鞭炮|炮仗|烟花|爆竹|二踢脚|摔炮)⋯(炸|崩|蹦)⋯(眼|脸)',
      '(溅|进|弄)到~(左|右|两|一只|一边)?~眼(睛)?(里)?',
      '眼睛被(打|戳|扎|撞)',
      '化学(品|物)(溅|进)',
    ],
    dept: { ophthalmology: 6 },
  },
  {
    id: 'ear_symptom',
    kind: 'symptom',
    label: { zh: '耳痛/耳部不适', en: 'ear pain or ear problem' },
    en: [
      'ear ?(ache|pain|hurts|discharge|infection|wax|blocked|fullness)',
      'otalgia',
      'otorrh',
      'pain in (his|her|my|the) (left |right )?ear',
      'tug\\w* (on|at) (his|her) ear',
      'tinnitus',
      // Round 10: "both ears have a high whistling sound".
      '(whistling|ringing|buzzing|hissing) (sound |noise )?in (my |the |both |one )?ears?',
      '(a )?(whistling|ringing|buzzing|hissing) (noise|sound) (at night|all the time|in my head)',
      'ears? (has|have) a (\\w+ )?(whistling|ringing|buzzing|hissing)',
      'ringing in (the |my |his |her |both |one |my left |my right )?ears?',
      '(full|blocked|heavy) (feeling|sensation) (in|of) (the |that |his |her |my )?ear',
      'blocked (heavy )?ear',
    ],
    // Round 21: 耳朵还是闷闷的，像进了水.
    zh: [
      '耳(朵)?(痛|疼|流脓|流水|闷|堵|痒)',
      '耳鸣',
      '中耳',
      '耳屎',
      '耳朵~(还是|一直|有点|老是)~(闷闷的|闷|堵)',
      // Round 23: 两边耳朵嗡嗡响.
      '耳朵~(里)?~(嗡嗡|嗡嗡嗡|轰轰|吱吱)',
    ],
    dept: { ent: 6 },
  },
  {
    id: 'hearing_loss',
    kind: 'symptom',
    label: { zh: '听力下降', en: 'hearing loss' },
    en: [
      'hearing (loss|difficulty|problem)',
      "(can'?t|cannot) hear",
      'deaf',
      '(decreased|reduced|loss of|lost) hearing',
      '(trouble|difficulty|problems?) hearing',
      'muffled hearing',
      // Round 17: "I can barely hear from it", "hearing in both ears slowly worse".
      '(can|could) (barely|hardly|only just) hear',
      // Round 19: "I keep asking people to repeat themselves".
      '(asking|ask|asks) (people|others|everyone|them) to repeat',
      'hearing (\\w+ ){0,4}(worse|worsening|getting worse|deteriorat\\w*|declin\\w*)',
      '(ear|ears) (is |are |feels? |sounds? )?(all )?muffled',
      '(ear|ears) (\\w+ ){1,3}muffled',
    ],
    // 耳朵背 is the everyday word for hard of hearing (round 10).
    // Round 27: 右耳朵就听不太清了.
    zh: ['听力(下降|减退|不好)', '听不~(太|怎么|大)?~(见|清|到)', '耳聋', '耳(朵)?~(越来越|有点|有些)?~背'],
    dept: { ent: 6 },
  },
  {
    id: 'nose_symptom',
    kind: 'symptom',
    label: { zh: '鼻塞/流涕', en: 'runny or blocked nose' },
    en: [
      'runny nose',
      'rhinorrh',
      'nasal (congestion|itch|discharge|obstruction)',
      'stuffy nose',
      'blocked nose',
      'sneez',
      'post.?nasal',
      'congested',
      // Not "sinus arrhythmia" or "sinus rhythm" on an ECG (round 25).
      'sinus(?! (arrhythmia|rhythm|tachycardia|bradycardia))',
      // Round 8: "left side of my nose has been blocked for months", "can't smell".
      '(nose|nostril) (\\w+ ){0,4}(blocked|stuffed|congested)',
      "(can'?t|cannot|can not) smell",
    ],
    zh: ['流鼻涕', '流鼻水', '流涕', '鼻塞', '打喷嚏', '鼻涕', '鼻子(痒|不通)', '鼻窦'],
    dept: { ent: 4, respiratory: 1 },
  },
  {
    id: 'nosebleed',
    kind: 'symptom',
    label: { zh: '鼻出血', en: 'nosebleed' },
    en: ['nose.?bleed', 'epistaxis', 'bleeding from (the |my |his |her )?nose', 'nose (is )?bleeding'],
    // Round 23: 鼻子出了三次血.
    zh: [
      '流鼻血',
      '鼻(子)?出血',
      '鼻血',
      '鼻(子|孔)~…(流|出)(了)?~血',
      '鼻(子|孔)~(出|流)~了?~(\\d|[一二三四五六七八九几两好]+)(次|回)~血',
    ],
    dept: { ent: 6 },
  },
  {
    id: 'sore_throat',
    kind: 'symptom',
    label: { zh: '咽痛', en: 'sore throat' },
    en: [
      'sore.?throat',
      'throat (pain|hurts|is sore|itch)',
      // Round 46: "my throat has been painful since yesterday".
      'throat (has been|is|was|got|getting) (very |really |so )?(painful|sore)',
      'pain (in|at) the back of (his|her|my|the) throat',
      'pharyngit',
      'tonsil',
      'odynophag',
      'pain(ful)? (while |when |on )?swallow',
      'hoarse',
      'lost (my|his|her) voice',
      'laryngit',
      'strep',
      'throat (is |was |feels )?(so |really |very |extremely |quite )(sore|painful)',
    ],
    zh: [
      // Coverage audit: an itchy throat with a cold is throat, not skin; project
      '(嗓子|喉咙)~(有点|有些|发)?~干?痒',
      '咽(喉)?(痛|疼)',
      '嗓子(疼|痛|哑|痒)',
      '喉咙(痛|疼|痒)',
      '扁桃体',
      '声音嘶哑',
      '吞咽(时)?(痛|疼)',
      '失声',
      // 咽口水都疼, 咽东西扎着疼.
      '咽(口水|东西|饭|唾沫)…(疼|痛)',
    ],
    dept: { ent: 5, respiratory: 1 },
  },
  {
    // Round 35: something pushed up a nostril (ENT UK: same-day removal; a button battery or magnets
    // are removed at once, which the swallowed-battery and poisoning rules already send on).
    id: 'nose_foreign_body',
    kind: 'symptom',
    label: { zh: '鼻子里塞进了东西', en: 'something stuck up the nose' },
    en: [
      '(pushed|stuck|put|shoved|poked) (\\w+ ){0,4}(up|in|into) (his|her|my|the) (right |left )?(nose|nostril)',
      '(bead|pea|bean|button|stone|seed|toy|rubber|rice|peanut|sweet)s? (\\w+ ){0,2}(stuck )?(up|in) (his|her|my|the) (right |left )?(nose|nostril)',
    ],
    zh: [
      '(塞|塞进|放进|捅进|弄进)~…(鼻子|鼻孔)',
      '(鼻子|鼻孔)~(里)?~…(塞|卡)~(进|了|住)~…(东西|珠子|豆|纸|玩具|花生|米)',
    ],
    dept: { ent: 6 },
  },
  {
    // Round 34: a hoarse or lost voice. "说话费劲" then means the voice, not slurred speech.
    id: 'hoarse_voice',
    kind: 'modifier',
    label: { zh: '声音嘶哑', en: 'a hoarse voice' },
    en: [
      'hoarse',
      'lost (my|his|her) voice',
      'voice (is |went |has gone |sounds )?(croaky|raspy|husky|gone)',
    ],
    zh: ['(嗓子|嗓音|声音|喉咙)~…(哑|沙哑|嘶哑)', '失声', '哑(了|掉)'],
  },
  {
    id: 'swallow_problem',
    kind: 'symptom',
    label: { zh: '吞咽困难/流口水', en: 'difficulty swallowing or drooling' },
    en: [
      'drool',
      "(can'?t|cannot|unable to) swallow",
      '(difficulty|trouble|problems?) swallowing',
      'dysphag',
      'food (gets )?stuck',
      'fish ?bone',
      'something stuck in (my|his|her) throat',
    ],
    zh: [
      '流口水',
      '吞咽困难',
      '咽不下',
      '不能吞咽',
      '鱼刺',
      '(东西|骨头)卡(在|住)',
      '卡喉',
      // 吞东西有点呛, 咽饭费劲.
      '(吞|咽)(东西|饭|口水)…(呛|困难|费劲|费力)',
    ],
    dept: { ent: 4, gastroenterology: 2 },
  },
  {
    id: 'dental',
    kind: 'symptom',
    label: { zh: '牙齿/牙龈/口腔问题', en: 'tooth, gum or mouth problem' },
    en: [
      'tooth',
      'teeth',
      '\\bgums?\\b',
      'dental',
      'molar',
      'wisdom tooth',
      'mouth (ulcer|sore)',
      'canker',
      'sores? in (the|my|his|her) mouth',
      'jaw (swelling|pain when chewing)',
      'ulcer (on|in) (the )?(inside of )?(my |his |her )?(lip|mouth|tongue|cheek|gum)',
    ],
    zh: [
      '牙(疼|痛|齿|龈|床|周)',
      '(大牙|槽牙|门牙)',
      // Round 8: Cantonese 啲牙成日痛 (啲 folds to 些).
      '牙~(成日|成天|总是|老是|经常|一直|有时)~(痛|疼|酸)',
      // Round 20: a clear bubble inside the lower lip (a mucocele, seen in stomatology).
      '嘴唇~(里面|内侧|里边|内面)~…(泡|包|肉瘤|疙瘩)',
      '智齿',
      '蛀牙',
      '口腔溃疡',
      '口疮',
      '嘴里(长)?溃疡',
      '假牙',
      '牙出血',
      '(嘴|嘴里|口腔|舌头|嘴唇|口|舌|腮帮子?)…溃疡',
    ],
    dept: { stomatology: 6 },
  },
  {
    id: 'mouth_ulcer',
    kind: 'modifier',
    label: { zh: '口腔溃疡', en: 'mouth ulcer' },
    en: ['(mouth |lip |tongue )?ulcer', 'canker'],
    zh: ['溃疡', '口疮'],
  },
  {
    // Round 33: an ulcer named inside the mouth (嘴巴里面长了一个溃疡): the dental clinic. mouth_ulcer
    // above carries no department because its 溃疡 is also a stomach ulcer.
    id: 'ulcer_in_mouth',
    kind: 'modifier',
    label: { zh: '嘴里的溃疡', en: 'an ulcer in the mouth' },
    en: [
      '(mouth|lip|tongue|canker) (ulcer|sore)',
      'ulcer (\\w+ ){0,2}(in|on|inside) (my|his|her|the) (mouth|lip|tongue|cheek|gum)',
    ],
    zh: ['(嘴|嘴巴|嘴里|口腔|舌头|嘴唇|舌|腮帮子?|牙龈)~(里面|里|上)?~…(溃疡|口疮)', '口腔溃疡'],
    dept: { stomatology: 6 },
  },
  {
    id: 'joint_msk_pain',
    kind: 'symptom',
    label: { zh: '关节/肌肉疼痛', en: 'joint or muscle pain' },
    en: [
      'joints? (pain|swelling|stiffness|ache)',
      'arthralg',
      'arthrit',
      '(knee|hip|shoulder|elbow|wrist|ankle|finger|fingers|toe|toes|hand|hands|foot|feet|heel|thumb|neck|forearm|arm|leg)s? (pain|swelling|stiffness|hurts|ache|is (painful|swollen|stiff))',
      // Round 20: "pain around the front of my kneecap".
      'pain (\\w+ ){0,5}(kneecap|knee cap|patella)',
      '(pain|swelling|stiffness|ache) (in|of|at) (the |my |his |her |both )?(base of the )?(knee|hip|shoulder|elbow|wrist|ankle|fingers?|toes?|hands?|feet|foot|heel|thumb|neck|joints?|forearm)',
      'myalg',
      'muscle (pain|ache|cramp|spasm)',
      'aching (all over|muscles)',
      'swollen (big )?toe',
      'tendon',
      'sprain',
      'stiff(ness)? (in the morning|after waking)',
      'morning stiffness',
      'finger joints',
      'aching (and hurting )?all over',
      'hurting all over',
      'widespread pain',
      '(knee|ankle|elbow|wrist|shoulder|hip)( \\w+){1,3} (swelling|swollen|puffy)',
      // Round 33: a bunion getting worse.
      'bunions?',
      'hallux valgus',
    ],
    zh: [
      '关节(痛|疼|肿|僵)',
      '膝(盖|关节)?(痛|疼|肿)',
      // Round 23: 两个膝盖上下楼疼.
      '(膝盖|膝关节)~(上下楼|下楼|上楼|爬楼|蹲下|蹲|走路)~(的时候|时)?~(疼|痛)',
      // Round 33: 膝盖前面痛, 拇外翻.
      '(膝盖|膝关节|肩膀|手肘|脚踝|髋)(前面|后面|前侧|后侧|内侧|外侧|里面|外面)~(痛|疼|肿)',
      '(拇|大脚)(指|趾)外翻',
      '大脚骨',
      // Northern words for the knee (round 9).
      '(波棱盖|波罗盖|膊棱盖|磕膝盖|胳拉拜子)~…(痛|疼|肿)',
      '肩(膀|周)?(痛|疼)',
      '手腕(痛|疼|肿)',
      '脚踝(痛|疼|肿)',
      '足跟(痛|疼)',
      '手指(肿|痛|疼|僵)',
      '脚趾(肿|痛|疼)',
      '肘(部)?(痛|疼)',
      '髋(部)?(痛|疼)',
      '颈椎',
      '脖子(痛|疼)',
      '落枕',
      '脖子~…(一转|转动|扭头|一扭|一动)~(就)?~(痛|疼)',
      // Round 25: 早上起来头颈扭不过来了 (acute torticollis).
      '(脖子|头颈|颈子|脖颈)~…(扭|转|回)~不~(过来|动|了)',
      // Round 47: 脖子歪了 往左转就痛; 脖子动不了了.
      '脖子~(歪|僵)~(了)?[ ，,]?(往|向)(左|右)(边)?~(转|扭|回)~(头)?~(就)?~(痛|疼)',
      '(脖子|头颈|颈子|脖颈)~(动不了|动不得)',
      '肌肉(痛|疼|酸痛)',
      '浑身酸痛',
      '晨僵',
      '关节…(痛|疼|肿|僵)',
      '(脚趾|大脚趾|脚趾头|大拇脚趾|大脚指)…(肿|痛|疼)',
    ],
    dept: { orthopaedics: 4, rheumatology: 2 },
  },
  {
    id: 'inflammatory_joint',
    kind: 'symptom',
    label: { zh: '晨僵或多关节肿痛', en: 'morning stiffness or many painful joints' },
    en: [
      'morning stiffness',
      'stiff\\w* (every|in the) morning',
      'stiff for hours',
      'hard to get going in the morning',
      'both (hands|wrists)',
      'bilateral (hand|wrist|joint)',
      'several (fingers|joints)',
      'aching (and hurting )?all over',
      'hurting all over',
      'tender to touch all over',
      'widespread pain',
      '\\bgout',
    ],
    zh: [
      '晨僵',
      '早上(起来)?(关节|手指)?(发)?僵',
      '多个关节',
      '全身(关节)?(酸痛|疼痛)',
      '(早上|早晨|晨起|起床)(起来)?…僵',
      '痛风',
    ],
    dept: { rheumatology: 6 },
  },
  {
    id: 'back_pain',
    kind: 'symptom',
    label: { zh: '腰背痛', en: 'back pain' },
    en: [
      // Round 14: British and Australian wording,
      '(dodgy|bad|sore|crook|stuffed) back',
      'back (has )?(flared|went|gone|locked|given out)',

      'back (pain|ache|stiffness|spasm)',
      'backache',
      'lumbar',
      'sciatica',
      'lower back',
      'low back',
      // Round 38: "a sudden ache low in my back".
      '(ache|pain|aching|hurting) low (down )?in (my|his|her|the) back',
      'pain in (the|my|his|her) back',
      '(bad|sore|painful|aching|achy) back',
      '(my|his|her) back (is |has been )?(killing|playing up|hurting|sore)',
      // Round 36: "my back has been bad for weeks".
      '(my|his|her) back (is|has been|was|been) (\\w+ )?(bad|awful|terrible|painful|stiff)',
    ],
    // Round 21: 搬化肥闪了腰，弯腰的时候痛.
    zh: [
      '腰(痛|疼|酸)',
      '背(痛|疼)',
      '后背(痛|疼)',
      '腰椎',
      '腰酸背痛',
      '腰扭',
      '闪~了?~腰',
      '弯腰~(的时候)?~(痛|疼)',
    ],
    dept: { orthopaedics: 5 },
  },
  {
    id: 'limb_pain',
    kind: 'symptom',
    label: { zh: '四肢疼痛', en: 'limb pain' },
    en: [
      'leg pain',
      'arm pain',
      'pain in (the|my|his|her) (legs?|arms?|calf|thigh)',
      'calf pain',
      'claudication',
      'cramp\\w* in (my|his|her) (legs?|calf|calves)',
      // Muscle soreness after exercise ("thighs are super sore 2 days later").
      '(thighs?|calf|calves|hamstrings?|quads|glutes|legs|arms|biceps) (are |is |feel |feels )?(\\w+ )?(sore|achy|aching|stiff)',
    ],
    zh: [
      '腿(痛|疼)',
      '胳膊(痛|疼)',
      '小腿(痛|疼)',
      '大腿(痛|疼)',
      '走路腿(痛|疼)',
      // Round 32: 大腿前面酸痛 (the side of the limb named in between).
      '(大腿|小腿|胳膊|腿肚子|腿)(前面|后面|前侧|后侧|内侧|外侧|里面|外面)?~(酸痛|酸疼|酸胀)',
      '(大腿|小腿|胳膊|腿肚子)(又肿又|又)(疼|痛)',
    ],
    dept: { orthopaedics: 3, vascular_surgery: 2 },
  },
  {
    // Mouth hard to open or a muffled voice with a sore throat: a collection beside the tonsil.
    id: 'trismus',
    kind: 'symptom',
    label: { zh: '张口困难', en: 'difficulty opening the mouth' },
    en: [
      "(can'?t|cannot|barely|hardly|struggl\\w* to) open (my|his|her) mouth",
      'voice (sounds |is )?(muffled|like (a )?hot potato)',
      'trismus',
      'lockjaw',
    ],
    zh: ['(嘴|口)(巴)?~张不~开', '张(不开)?(嘴|口)~(困难|费劲|疼)', '张不开嘴', '张口困难'],
    dept: { ent: 5 },
  },
  {
    // Something flew or blew into the eye (grinding, hammering, wind): needs removal today.
    id: 'eye_foreign_body',
    kind: 'symptom',
    label: { zh: '异物入眼', en: 'something in the eye' },
    en: [
      '(\\w+ ){0,3}(splinter|shard|fragment|chip|fleck) (flew|went|got) (in|into) (my|his|her|the) eye',
      // Round 25: "a speck got in my right eye" (no "of ...").
      '(something|metal|grit|dust|sand|a (bit|piece|speck|fleck|chip)( of \\w+)?|a fragment|a splinter|a fleck) (flew|went|got|blew|flicked) (in|into) (my|his|her|the) (left |right )?eye',
      '(something|grit|sand|a (bit|piece|speck|fleck)( of \\w+)?) (is |feels )?(stuck|trapped|caught|lodged) (under|in|behind) (my|his|her|the) (upper |lower )?(eye)?lid',
      '(grinding|hammering|drilling|welding|chiselling|chiseling|sawing|sanding)[^.!?]{0,60}eye',
    ],
    zh: [
      '(铁屑|铁渣|铁末|碎屑|沙子?|异物|东西|灰|虫子|木屑|玻璃渣)…(崩|进|飞|溅|掉|迷|蹦)(进|到|入)?(了)?…眼',
      '(崩|飞|蹦|迷)(进|到|入)(了)?眼(睛)?',
      // Round 28: 打磨铁件没戴护目镜 … 右眼像进了沙子 (grinding metal, then a gritty eye).
      '(打磨|磨铁|砂轮|切割|电焊|焊接|角磨)⋯(眼|眼睛)',
      // Round 40: 感觉右眼进了东西 (the eye first).
      '眼(睛)?~…进了~(东西|沙子?|铁屑|铁渣|异物|灰|脏东西)',
      // The gap cannot cross 没, so "没戴护目镜" is named.
      '(打磨|磨铁|砂轮|切割|电焊|焊接|角磨)~…(没|不)~(戴|带)~(护目镜|防护镜|眼镜|面罩)',
    ],
    dept: { ophthalmology: 6 },
  },
  {
    // A sore or wound on the foot: in someone with diabetes it can hide a deep infection.
    id: 'foot_wound',
    kind: 'symptom',
    label: { zh: '脚上有伤口或溃烂', en: 'sore or wound on the foot' },
    en: [
      // Round 44: "a sore on the bottom of my right big toe".
      '(sore|ulcer|wound|blister|cut) on (the )?(ball|sole|heel|top|side|bottom)? ?(of )?(my|his|her|the) (left |right )?(big |great |little |second )?(foot|feet|toe|heel|sole)',

      '(sore|ulcer|wound|blister|cut) on (my|his|her|the) (foot|feet|toe|heel|sole)',
      // Round 31: "a sore under my right big toe".
      '(sore|ulcer|wound|blister) (under|beneath|between) (my|his|her|the) (left |right )?(big |great |little |second )?(toes?|heel|foot)',
      '(foot|toe|heel) (ulcer|wound|sore)',
    ],
    zh: [
      '(脚|脚底|脚趾|脚后跟|脚面|足)(头)?(上|底)?(的|有)?~…(伤口|溃烂|烂了|溃疡|破(了|口|皮)|口子)',
      '(脚|脚趾|大脚趾|脚后跟|脚底)…磨破',
      // Round 30: 右脚大脚趾底下磨了个泡 后来烂了.
      '(脚|脚趾|大脚趾|脚后跟|脚底)~…(磨|起)~了?~(个|一个)?~泡⋯(烂|破)',
      '磨破~了?~…(脚|脚趾|脚后跟|脚底)',
    ],
    dept: { endocrinology: 2, general_surgery: 3 },
  },
  {
    // Signs a wound is infected: spreading redness, swelling, pus, a bad smell.
    id: 'wound_infected',
    kind: 'modifier',
    label: { zh: '伤口红肿流脓', en: 'wound red, swollen or oozing pus' },
    en: [
      '(wound|cut|incision|scar|stitches) (is |are |looks |getting |has gone |have gone )?(\\w+ )?(red|swollen|hot|oozing|weeping|infected|smelly)',
      // Round 12: "stitches have become more and more painful, red and swollen", "smelly discharge from the wound".
      '(stitches|wound|incision) (have |has )?(become|got|gotten|getting) [^.!?]{0,30}(red|swollen|oozing)',
      '(smelly|yellow\\w*|green\\w*) (\\w+ )?discharge from the (wound|stitches|incision|cut)',
      '\\bpus\\b',
      'oozing',
    ],
    zh: [
      '(伤口|口子|刀口|切口)…(红|肿|化脓|流脓|渗液|渗黄水|发臭|臭)',
      // Round 25: 大脚趾下面磨破了一个多礼拜 现在周围红肿 流黄水 有臭味 (an ulcer told across clauses).
      '(溃疡|磨破|破口|破溃)⋯(红肿|流脓|流黄水|渗液|渗黄水|臭味|发臭)',
      '(挤|流|渗)(出|了)…脓',
      '流脓',
      '化脓',
    ],
  },
  {
    // Round 18: sore, raw or blistered lips, mouth or eyes with a rash (mucosal involvement,
    // BAD 2016 SJS/TEN guideline).
    id: 'mucosal_sores',
    kind: 'modifier',
    label: { zh: '嘴唇/口腔溃烂', en: 'raw or blistered lips or mouth' },
    en: [
      '(lips|mouth|inside of (my|his|her) mouth) (\\w+ ){0,3}(raw|peeling|blistered|crusted|bleeding sores)',
    ],
    zh: ['(嘴唇|嘴里|口腔|嘴巴)~(和嘴里|和口腔)?~(都)?~(烂|溃烂|破溃|糜烂|起泡|脱皮)'],
  },
  {
    // Medicines that most often cause severe skin reactions (SJS/TEN) in their first weeks.
    id: 'severe_rash_risk_drug',
    kind: 'context',
    label: {
      zh: '新用卡马西平、别嘌醇等易致重症药疹的药',
      en: 'a medicine known for severe rashes (carbamazepine, allopurinol…)',
    },
    en: [
      'carbamazepine',
      'tegretol',
      'oxcarbazepine',
      'allopurinol',
      'lamotrigine',
      'phenytoin',
      'nevirapine',
      'sulfa\\w*',
      'co-trimoxazole',
      'septrin',
    ],
    zh: ['卡马西平', '奥卡西平', '别嘌醇', '拉莫三嗪', '苯妥英', '奈韦拉平', '磺胺', '复方新诺明'],
    dept: { dermatology: 3 },
  },
  {
    id: 'tooth_extraction',
    kind: 'context',
    label: { zh: '近期拔牙', en: 'recent tooth extraction' },
    en: [
      '(tooth|teeth|wisdom tooth) (out|extract\\w*|pulled|removed)',
      '(extraction|extracted|pulled out) (of )?(a |my |his |her )?(wisdom )?(tooth|teeth)',
    ],
    zh: ['拔(了|掉)?…(牙|智齿|牙齿)', '(牙|智齿)…拔(了|掉)'],
    dept: { stomatology: 4 },
  },
  {
    // New floaters, flashes or a shadow in the vision: a retinal tear must be looked at the same day.
    id: 'flashes_floaters',
    kind: 'symptom',
    label: { zh: '眼前闪光、飘黑影或有遮挡', en: 'flashes, floaters or a shadow in the vision' },
    en: [
      '(new |lots of |many |a shower of )?floaters',
      'flash(es|ing)? (of )?lights?',
      '(shadow|curtain|veil|cobweb|cloud) (\\w+ ){0,4}(vision|sight|eye)',
    ],
    zh: [
      '飞蚊',
      '闪光感',
      '(黑点|黑影|黑丝|小虫子?|蚊子)…(飘|晃|飞)',
      '眼(睛|前|里)?…(闪光|闪电|一闪一闪)',
      '眼前…(闪光|冒金星|黑影|飘(黑点|黑影|东西)|挡(着|住)|幕|帘子|窗帘)',
    ],
    dept: { ophthalmology: 6 },
  },
  {
    // Swelling of the neck or under the jaw: with a tooth or throat infection it may threaten the airway.
    id: 'neck_swelling',
    kind: 'symptom',
    label: { zh: '脖子或下巴下面肿', en: 'swelling of the neck or under the jaw' },
    en: [
      '(neck|throat|under (my|his|her|the) (jaw|chin)|floor of (my|his|her|the) mouth) (is |are |has |got )?(\\w+ )?(swollen|swelling|puffed)',
      'swollen (neck|jaw and neck)',
      'swelling (in|of|under) (the |my |his |her )?(neck|jaw|chin)',
      'swelling (\\w+ ){0,3}(down|into|to|under) (my |his |her |the )?(neck|throat|chin)',
    ],
    zh: [
      '((?<![脚手])脖子|颈部|下巴|下颌|下颚|颌下|喉咙外面)(和|跟|还有|连着|、)?(脖子|颈部|下巴)?…(肿|鼓起)',
      '舌头…(顶|抬|翘)起',
    ],
    dept: { stomatology: 3, ent: 3 },
  },
  {
    // The same nose, eye and throat itch every season: allergic rhinitis that the person knows.
    id: 'seasonal_allergy',
    kind: 'modifier',
    label: { zh: '季节性/花粉过敏', en: 'seasonal or pollen allergy' },
    en: [
      'hay ?fever',
      'pollen',
      'every (spring|summer|autumn|fall|year (at|around) this time)',
      'allerg\\w* (season|rhinitis)',
      '(seasonal|my) allergies',
    ],
    zh: [
      '花粉',
      '柳絮',
      '杨絮',
      '过敏性鼻炎',
      '季节性过敏',
      '每年(春天|春季|秋天|秋季|这个时候|这时候)',
      // Round 33: 每年三月份油菜花开的时候就开始打喷嚏.
      '每年~…([一二三四五六七八九十]{1,2}|[1-9]|1[0-2])月份?',
      '(油菜花|桂花|槐花|梧桐|豚草)~…(开|飞|的时候)',
    ],
    dept: { ent: 2 },
  },
  {
    id: 'teething',
    kind: 'modifier',
    label: { zh: '正在出牙', en: 'teething' },
    en: [
      'teething',
      'cutting (a |his |her )?(new )?(tooth|teeth)',
      // What parents see before they name it: a baby chewing everything (NICE CKS teething) [S].
      'chewing (on )?(everything|(his|her) (fists?|hands?|fingers))',
    ],
    // Round 28: 抓到什么都咬, 牙龈肿肿的.
    zh: [
      '出牙',
      '长牙',
      '萌牙',
      '(啃|咬)(手|手指|拳头|东西|玩具)',
      '(抓到|拿到|逮到)~(什么|啥)~都~(咬|啃)',
      '牙龈~…肿~肿?的',
    ],
  },
  {
    // A bone injury or a cast: with pain that painkillers do not touch and numb fingers or toes, the
    // pressure inside the limb may be rising (BOAST 10).
    id: 'cast_or_bone_injury',
    kind: 'context',
    label: { zh: '骨头受伤后或打着石膏', en: 'in a cast or after a bone injury' },
    en: [
      'in a (plaster |fibreglass |fiberglass )?cast',
      '(plaster |arm |leg )?cast (on|was put)',
      '\\bcast (was |got |been )?(put|applied|fitted|done)',
      'plaster (cast|of paris)',
      '(broke|broken|fractured?) (my |his |her |a |the )?(\\w+ )?(arm|forearm|wrist|leg|shin|tibia|ankle|femur|bone)',
      'splint',
    ],
    zh: ['打(了|着|上)?石膏', '骨折', '夹板', '骨头断了'],
    dept: { orthopaedics: 4 },
  },
  {
    id: 'pain_unrelieved',
    kind: 'modifier',
    label: { zh: '疼痛越来越重、止痛药无效', en: 'pain getting worse despite painkillers' },
    en: [
      "painkillers? (barely|hardly|only just|don'?t really|do not really) (help|work|touch)",
      "painkillers? (do(es)? nothing|(are|is)n'?t (helping|working|touching it)|(are |is )?not (helping|working)|don'?t (help|work|touch it))",
      'pain (is |keeps )?(getting|got|gets) (way |much |a lot |even )?worse',
      'pain out of proportion',
      'hurts? (\\w+ ){0,2}when (i|he|she) (stretch|move|wiggle) (them|my|his|her|the) (fingers|toes)',
    ],
    zh: [
      '止痛药(吃了)?(也|都)(没用|不管用|不顶用|没效果?|压不住|止不住)',
      // Round 17: "Painkillers barely help".
      '止痛药(吃了)?(也|都)?(不太|不怎么)(管用|顶用)',
      '越来越(疼|痛)',
      '(疼|痛)得越来越厉害',
      '(动|掰|伸)(一下)?(脚趾|手指)(头)?…(疼|痛)',
    ],
  },
  {
    // Round 18: breathing stops in sleep with daytime sleepiness (sleep apnoea is assessed by
    // respiratory/sleep medicine; NICE NG202).
    id: 'sleep_apnoea_signs',
    kind: 'symptom',
    label: { zh: '睡觉时憋气、呼吸暂停', en: 'breathing stops during sleep' },
    en: [
      'stop(s|ped|ping)? breathing (for a (while|bit|moment) )?(at night|in (my|his|her) sleep|while (asleep|sleeping))',
      'stop(s|ped|ping)? breathing for a few seconds',
    ],
    // Round 29: 老婆说我晚上会憋住不出气 停一会又喘上来.
    zh: [
      '(打呼噜|打鼾|睡觉|睡着)⋯(憋气|呼吸暂停|停止呼吸|不喘气)',
      '(晚上|夜里|睡觉)~…憋住~不~(出|喘)~气',
      '停一会~(儿)?~又~喘~(上来|过来)',
    ],
    dept: { respiratory: 6 },
  },
  {
    // Round 19: a lung nodule on a check-up CT (Fleischner 2017 / 中国肺结节诊治共识: respiratory follow-up).
    id: 'lung_nodule',
    kind: 'symptom',
    label: { zh: '肺结节', en: 'a lung nodule on a scan' },
    en: ['(lung|pulmonary) nodule', 'nodule in (my|the|his|her) (left |right )?lung', 'ground.?glass'],
    // Round 32: 右肺下叶有一个5毫米的实性小结节.
    zh: ['肺~(上|里|部)?~…结节', '肺(上|中|下)叶⋯结节', '磨玻璃'],
    dept: { respiratory: 6 },
  },
  {
    // Round 19: blood in the semen (NICE CKS haematospermia: urology if persistent or over 40).
    id: 'blood_in_semen',
    kind: 'symptom',
    label: { zh: '精液带血', en: 'blood in the semen' },
    en: [
      'blood in (my |the |his )?(semen|sperm|ejaculate)',
      'ha?ematospermia',
      '(bloody|red|pink|brown) (semen|sperm)',
    ],
    zh: ['精液~…(带血|有血|发红|红色|血丝)', '血精'],
    dept: { urology: 6 },
  },
  {
    // Round 20: fingers that go white, then blue, then red in the cold (Raynaud's phenomenon is
    // assessed in rheumatology for an underlying connective-tissue disease; NICE CKS).
    id: 'cold_colour_change_fingers',
    kind: 'symptom',
    label: { zh: '遇冷手指发白发紫再变红', en: 'fingers going white, blue and red in the cold' },
    en: [
      '(fingers|toes) (\\w+ ){0,2}(go|turn|went|turned|going|turning) white,? (then |and )?(blue|purple|red)',
    ],
    zh: ['(手指|指头|手指头)~…(发白|变白)~…(发紫|变紫|变红|发红|发青)'],
    dept: { rheumatology: 6 },
  },
  {
    // Round 23: a toe going black, or foot pain at night eased by hanging the leg down (chronic
    // limb-threatening ischaemia; NICE CG147, ESVS 2019: urgent vascular referral) [S].
    id: 'toe_black_or_rest_pain',
    kind: 'symptom',
    label: {
      zh: '脚趾发黑或夜里脚痛、垂腿才缓解',
      en: 'a toe going black, or night foot pain eased by hanging the leg down',
    },
    en: [
      '(toe|toes|toenail bed) (\\w+ ){0,3}(black|blackened|gangren\\w*)',
      // Round 28: "my 2nd toe on the right foot has gone black at the tip".
      '\\btoes?\\b[^.!?]{0,40}\\b(gone|turned|turning|going) (black|dark purple|purple.black)',
      '(hang|hanging|dangle|dangling) (my |his |her )?(foot|leg) (over|off|out of) (the )?(side of the )?bed',
    ],
    zh: ['(脚趾|脚指|趾头|脚丫)~…(发黑|变黑|黑了|坏死)', '(脚|腿)~(耷拉|垂|吊|放)~(在|到)~床(边|下|沿)'],
    dept: { vascular_surgery: 6 },
  },
  {
    // Round 23: a painful swelling at the vaginal opening (a Bartholin's abscess needs same-day
    // drainage; RCOG / BASHH) [S].
    id: 'vulval_swelling',
    kind: 'symptom',
    label: { zh: '外阴或阴道口肿痛', en: 'a painful swelling at the vaginal opening' },
    en: [
      '(swelling|lump|boil|abscess|cyst) (\\w+ ){0,5}(vaginal opening|vulva|labia|entrance (of|to) (my |the )?vagina)',
      // Round 46: "a very painful swelling at the edge of my vagina on one side".
      '(swelling|lump|boil|abscess|cyst) (at|on|by) the (edge|side|opening) of (my |the |her )?vagina',
    ],
    zh: ['(阴道口|外阴|阴唇)~…(肿|包|疙瘩|脓)'],
    dept: { obstetrics_gynaecology: 7 },
  },
  {
    // Round 23: a TB infection test from a visa or residence medical (WHO 2024 TB preventive
    // treatment: assessed in infectious diseases) [S].
    id: 'tb_test_result',
    kind: 'symptom',
    label: { zh: 'T-SPOT 或 PPD 检测结果', en: 'a T-SPOT, QuantiFERON or skin test result' },
    en: ['t-?spot', 'quantiferon', '\\bigra\\b', 'mantoux', 'tuberculin'],
    zh: ['T-?SPOT', 'PPD(试验|皮试)?', '结核(感染)?(检测|抗体|菌素)'],
    dept: { infectious_disease: 6 },
  },
  {
    // Round 21: a PSA result from a check-up is read in urology (NICE NG12 / EAU prostate cancer).
    id: 'psa_result',
    kind: 'symptom',
    label: { zh: '前列腺特异抗原（PSA）结果', en: 'a PSA result' },
    en: ['\\bpsa\\b'],
    zh: ['PSA', '前列腺特异(性)?抗原'],
    dept: { urology: 6 },
  },
  {
    // Round 18: a bone-density report (osteoporosis is treated in endocrinology or orthopaedics).
    id: 'low_bone_density',
    kind: 'symptom',
    label: { zh: '骨密度低', en: 'low bone density' },
    en: ['t-?score', 'osteopor', 'osteopen', 'dexa', 'bone density'],
    zh: ['骨密度', '骨质疏松', 'T值'],
    dept: { endocrinology: 6, orthopaedics: 3 },
  },
  {
    id: 'snoring',
    kind: 'symptom',
    label: { zh: '打鼾', en: 'snoring' },
    en: ['snor'],
    zh: ['打(呼噜|鼾)', '鼾声', '呼噜~(很|特别)?响'],
    dept: { ent: 5 },
  },
  {
    // Round 5: swelling behind the ear, or the ear pushed forwards, during an ear infection: infection
    // spreading into the bone behind the ear (NICE CKS otitis media: mastoiditis, admit) [S].
    id: 'behind_ear_swelling',
    kind: 'symptom',
    label: { zh: '耳后红肿', en: 'swelling behind the ear' },
    en: [
      '(swelling|swollen|lump|bump|redness) (\\w+ ){0,3}behind (his|her|my|the|their) ears?',
      'behind (his|her|my|the|their) ears? (is |are |has |looks )?(\\w+ )?(swollen|red|puffy|bulging|tender)',
    ],
    zh: ['耳(朵)?后(面|边|头)?~…(肿|红肿|鼓|包|隆起)'],
    dept: { ent: 4 },
  },
  {
    id: 'ear_pushed_out',
    kind: 'modifier',
    label: { zh: '耳朵被顶得往外翘', en: 'the ear sticking out' },
    en: ['ears? (is |are |has |have )?(now )?(sticking|pushed|poking|pointing|standing|bent) (out|forward)'],
    zh: ['耳朵~(往外|向外|往前|向前|朝外)~(翘|支|顶|凸|鼓|推|扇)'],
  },
  {
    // Round 8: one joint suddenly red, hot and swollen (NICE CKS gout / hot swollen joint: same-day
    // assessment to treat and to exclude an infected joint).
    id: 'hot_swollen_joint',
    kind: 'symptom',
    label: { zh: '单个关节突然红肿发烫', en: 'a joint suddenly red, hot and swollen' },
    en: [
      '(joint|toe|knee|ankle|wrist|elbow)[^.!?]{0,30}\\b(red|hot|swollen)\\b[^.!?]{0,25}\\b(hot|warm|swollen|red)\\b',
      // Round 38: "my big toe joint blew up overnight, red and shiny".
      '(joint|toe|knee|ankle|wrist|elbow) (\\w+ ){0,2}(blew up|ballooned|swelled up|puffed up)[^.!?]{0,40}\\b(red|hot|shiny|warm)\\b',
      // Round 45: "woke up with my big toe on fire. red, swollen, shiny" (the signs in the next sentence).
      '(joint|toe|knee|ankle|wrist|elbow) (\\w+ ){0,2}(on fire|burning|throbbing)[^.!?]{0,25}[.!?,] ?(\\w+ ){0,2}(red|hot|swollen)\\b[^.!?]{0,20}\\b(swollen|hot|shiny|red)\\b',
    ],
    zh: [
      '(关节|脚趾|脚指|大脚趾|大脚指|膝盖|膝关节|脚踝|脚脖子|手腕|手指)~…(肿痛|红肿|肿)~…(发烫|发热|烫|热)',
      // Told across a comma: 大脚趾根突然肿痛，红红的发烫.
      '(关节|脚趾|脚指|膝盖|脚踝|脚脖子|手腕|手指)⋯肿⋯(发烫|烫手|摸着烫|发热)',
      // Round 17: 大脚趾根儿昨晚上突然红肿，贼疼 (the heat not named; a sudden red swollen big toe).
      '(大脚趾|大脚指|大拇脚趾|大拇脚指|脚趾|脚指|脚大拇指)(头)?(根|根儿|根根|根部)?⋯突然~红肿',
      // Round 24: 右脚大拇指根根上突然红肿 烫手.
      '脚~(的)?~大拇指(头)?(根|根儿|根根|根部)?(上)?⋯突然~红肿',
      '(大脚趾|大脚指|大拇脚趾|大拇脚指|脚趾|脚指)(头)?(根|根儿|根部)?⋯突然~肿~得?~(通红|发红|红红的)',
      // Round 39: 大脚趾根那突然疼醒了，又红又肿又烫.
      '(关节|脚趾|脚指|大脚趾|大脚指|膝盖|膝关节|脚踝|脚脖子|手腕|手指)⋯(又红又肿|又肿又红)',
      // Round 22: 大脚趾关节痛醒 红肿发亮.
      '(大脚趾|大脚指|大拇脚趾|大拇脚指)(头)?(关节|根|根儿|根部)?⋯红肿~(发亮|发烫|发热|通红)',
    ],
    dept: { rheumatology: 4, orthopaedics: 2 },
  },
  {
    // Round 11: a deep or gaping cut (closure within hours, tendon and nerve check).
    id: 'deep_wound',
    kind: 'symptom',
    label: { zh: '伤口深或裂开', en: 'a deep or gaping cut' },
    en: [
      'deep (cut|wound|gash|laceration)',
      'gaping',
      'can see (the )?(fat|bone|tendon)',
      '(cut|wound) (is )?(very |really )?deep',
      // Round 33: edges that stay apart. Not the question "do I need stitches?", which small cuts ask too.
      '(edges|sides) (are |stay |keep )?(apart|open)',
    ],
    zh: [
      '(口子|伤口|刀口)~(很|特别|挺|比较|有点)?~深',
      '(深|大)口子',
      // Round 46: 划了一个很深的口子.
      '深的~(口子|伤口)',
      '(皮|肉)~都?~翻~(开|出来)',
      // Round 33: 口子大概2厘米长，有点深 (told in the next clause).
      '(口子|伤口|刀口)~⋯(有点|挺|很|比较|特别|蛮)深(?!夜)',
      '(口子|伤口|刀口)~…(见肉|合不上|合不拢|裂开|张开)',
    ],
    dept: { general_surgery: 4 },
  },
  {
    // Round 11: blisters on the forehead or the tip of the nose (shingles near the eye; NICE CKS
    // shingles: same-day ophthalmology when the eye may be involved).
    id: 'forehead_or_nose_tip_blisters',
    kind: 'symptom',
    label: { zh: '额头或鼻尖起水疱', en: 'blisters on the forehead or the tip of the nose' },
    en: [
      '(blisters?|rash|shingles|spots) (\\w+ )?(on|around|over) (my |his |her |the )?(forehead|nose tip|tip of (the|my|his|her) nose)',
      // Round 45: "blisters came up yesterday on the right side of my forehead".
      'blisters?\\b[^.!?]{0,40}\\b(on|around|over) (the (right|left) side of )?(my |his |her |the )?(forehead|nose tip|tip of (the|my|his|her) nose)',
    ],
    zh: ['(额头|脑门|鼻尖|鼻子尖|鼻头)~…(水疱|水泡|疱疹|起泡)'],
    dept: { ophthalmology: 3, dermatology: 3 },
  },
  {
    // Round 12: a knee or joint that locks or swells up within the hour after a twist (NICE CKS knee
    // pain: a locked knee or a rapid effusion after injury needs same-day assessment).
    id: 'joint_locked_or_fast_swelling',
    kind: 'modifier',
    label: {
      zh: '扭伤后关节卡住伸不直或很快肿起',
      en: 'a joint locked or swollen within the hour after a twist',
    },
    en: [
      "(can'?t|cannot|can not) (fully )?straighten",
      'stuck (a bit |slightly )?bent',
      '(knee|joint) (is |has )?(locked|locking|gave way)',
      'swell\\w* up (\\w+ )?within (an|1|one) hour',
    ],
    zh: ['伸不直', '(膝盖|关节)~…卡住', '(很快|马上|一下子|立马)~就?~肿~(起来|了)'],
  },
  {
    // Round 12: a thyroid test result someone asks about (routine endocrinology, not self-care).
    id: 'thyroid_result',
    kind: 'symptom',
    label: { zh: '甲状腺化验结果', en: 'a thyroid test result' },
    en: ['\\bTSH\\b', '\\bfree T[34]\\b', 'thyroid (test|result|function|level)'],
    zh: ['甲功', '促甲状腺', '甲状腺功能'],
    dept: { endocrinology: 5 },
  },
  {
    // Round 13: a scald or burn with a blister bigger than a coin, or on the face (NICE CKS burns).
    id: 'burn_blister_large',
    kind: 'modifier',
    label: { zh: '烫伤起了大水疱', en: 'a burn with a large blister' },
    en: [
      'blister (about |as big as |the size of )+(my |a |his |her )?(palm|hand|egg)',
      '(large|big|huge) blisters?',
    ],
    zh: ['(大|巴掌大|鸡蛋大|手掌大)~的?~(水疱|水泡|泡)', '(水疱|水泡)~…(巴掌|手掌|鸡蛋)~(大|那么大)'],
  },
  {
    // Round 14: pain at the base of the thumb after a fall on the hand (NICE NG38: suspected scaphoid
    // fracture needs an X-ray and a splint the same day).
    id: 'snuffbox_pain',
    kind: 'modifier',
    label: { zh: '摔倒手撑地后拇指根部疼', en: 'pain at the base of the thumb after a fall on the hand' },
    en: [
      'snuff ?box',
      'base of (my |his |her |the )?thumb',
      'fell on (my |an |his |her )?outstretched (hand|arm)',
      '\\bFOOSH\\b',
    ],
    zh: ['(大拇指|拇指)~根~(部)?~…(痛|疼)', '鼻烟窝', '手~(撑|按)~地'],
  },
  {
    // Round 16: a strawberry tongue or a sandpaper rash (UKHSA / NICE CKS: same-day antibiotics).
    id: 'scarlet_signs',
    kind: 'modifier',
    label: { zh: '杨梅舌或砂纸样皮疹', en: 'a strawberry tongue or a sandpaper rash' },
    en: ['strawberry tongue', 'sand ?paper'],
    // Round 26: 砂纸一样的小红疹, 舌头像草莓.
    zh: ['杨梅(舌|样|一样)?', '(像|摸着像|摸起来像)~砂纸', '砂纸(一样|似的|样)', '(舌头|舌)~…(草莓|杨梅)'],
  },
  {
    // Round 47: a day in the sun without protection told as the complaint (没擦防晒, "forgot
    // sunscreen"): skin red, sore and warm from the sun. NHS sunburn: self-care unless blistering,
    // a large area, fever, dizziness or a baby [S].
    id: 'sunburn',
    kind: 'symptom',
    label: { zh: '晒伤', en: 'sunburn' },
    en: [
      'sun ?burn',
      '(without|no|forgot( to put on| to wear)?|didn.t (put on|wear|use)|never put on) (any |my |the )?(sun ?screen|sun ?cream|sun ?block)',
      'fell asleep (on|at) the beach',
    ],
    zh: ['晒伤', '没~(涂|擦|抹|搽)~防晒', '晒了~(1|一|半|整)?~(整|一整)?~天', '晒~(得)?~(通红|红通通|脱皮)'],
    dept: { dermatology: 4 },
  },
  {
    // Round 47: blisters said on their own, so a sunburn or a rash with blisters is told apart.
    id: 'blisters',
    kind: 'modifier',
    label: { zh: '起水疱', en: 'blisters' },
    en: ['blister'],
    zh: ['水泡', '水疱', '起泡', '起了~泡'],
  },
  {
    // Round 47: eyes dry, gritty or tired from screens, heating or air conditioning. NICE CKS dry eye
    // syndrome: lubricant drops and self-care; pain, redness with reduced vision or light
    // sensitivity need a clinician [S].
    id: 'dry_eye',
    kind: 'symptom',
    label: { zh: '眼睛干涩', en: 'dry, gritty eyes' },
    dept: { ophthalmology: 5 },
    en: [
      'eyes? (\\w+ ){0,2}(are |is |feel |feels |feeling )?(so |very |really )?(dry|gritty)',
      'dry (and gritty |gritty )?eyes?',
    ],
    zh: ['眼(睛)?~(老是|总是|老|总|一直|经常)?~(干涩|发干|干干的|干得|涩)'],
  },
  {
    // Round 47: a small tender bump on the eyelid edge (针眼). NHS styes: warm compresses; see a
    // clinician if the whole eyelid swells, vision changes or it has not gone in a few weeks [S].
    id: 'eyelid_bump',
    kind: 'modifier',
    label: { zh: '眼皮边上的小疙瘩（针眼）', en: 'a small bump on the eyelid edge' },
    en: [
      'stye',
      '(bump|lump|spot|pimple|swelling) on (the )?(edge of )?(my |his |her |the )?(left |right )?(upper |lower )?eyelid',
    ],
    zh: ['针眼', '麦粒肿', '眼皮~(上|边)?~(长|起)~(了)?~(个|一个)?~(小)?(疙瘩|包|痘|疖|脓点)'],
  },
  {
    // Round 47: a contact-lens wearer's sore or red eye is never self-care (NICE CKS: refer same day
    // for possible microbial keratitis) [S].
    id: 'contact_lens',
    kind: 'context',
    label: { zh: '戴隐形眼镜', en: 'wears contact lenses' },
    en: ['contact lens', 'contacts (in|out|lens)', 'wear(ing)? contacts'],
    zh: ['隐形眼镜', '美瞳'],
  },
  {
    // Round 47: a tick found on the skin (草爬子, 狗豆子 in the north-east; 蜱虫). Ticks in central and
    // eastern China carry SFTS virus as well as Lyme disease, so a fever or rash after one is same-day
    // (国家卫健委 发热伴血小板减少综合征诊疗方案 2023; NICE NG95) [S].
    id: 'tick_bite',
    kind: 'symptom',
    label: { zh: '被蜱虫叮咬', en: 'a tick bite' },
    // Not "tick the box" on a form.
    en: [
      '(a|the|small|tiny|little|black|brown) tick\\b',
      'ticks? (bite|bit|on|in|stuck|attached|embedded|burrowed)',
      'tick.?bite',
    ],
    zh: ['蜱', '草爬子', '狗豆子', '壁虱', '草鳖'],
    dept: { infectious_disease: 4, dermatology: 2 },
  },
  {
    // Round 47: the whole tick taken out (head and all): nothing more than watching the site.
    id: 'tick_removed_whole',
    kind: 'modifier',
    label: { zh: '蜱虫已完整取出', en: 'the whole tick removed' },
    en: [
      '(pulled|took|got|removed|twisted) (it|the tick|the whole (thing|tick)) (\\w+ ){0,3}out',
      '(pulled|took|got|removed) out (the )?(whole|entire) (thing|tick)',
      'whole (thing|tick) (came )?out',
    ],
    zh: [
      '(拔|取|夹|弄|揪)~(了)?~(出来|下来)⋯(整个|完整|头也|连头)',
      '(整个|完整)~(的)?~(拔|取|夹|弄|揪)~(了)?~(出来|下来)',
    ],
  },
];
