/**
 * Lexicon: abdomen, digestive tract, urinary tract, genital organs, pregnancy.
 * Source: project-authored lay wording and the manual indicators of 急诊预检分诊专家共识 (2018).
 * Licence: project.
 */
import type { ConceptDef } from './concept-def.ts';

export const LEXICON_ABDOMEN_GU_OBGYN: readonly ConceptDef[] = [
  {
    id: 'abdominal_pain',
    kind: 'symptom',
    label: { zh: '腹痛', en: 'abdominal pain' },
    en: [
      '(sharp |bad |severe )?pain (low |lower )?(on|in) one side( of (my|her|the) (belly|tummy|abdomen))?',
      'abdom\\w*,? (pain|cramp|discomfort|ache|tender)',
      'stomach (ache|pain|cramp|hurts|is (sore|hurting|painful))',
      'stomachache',
      // Right upper quadrant told by landmarks: "pain under my right ribs".
      'pain (under|below|beneath) (my |the |his |her )?(right|left) (ribs?|rib ?cage)',
      // Not where spots are ("spots on her tummy and back", round 40).
      '(?<!(on|over|across|all over) (her|his|my|the|their|your) )tumm(y|ies)',
      'belly (pain|ache|hurts)',
      '(pain|ache|cramp\\w*|discomfort) (in|of|at) (the |my |his |her )?(lower |upper |right |left |mid.?)*(abdomen|stomach|belly|tummy)',
      'epigastri',
      '(rlq|ruq|llq|luq)\\b',
      '(right|left) (lower|upper) quadrant',
      'pelvic pain',
      'lower abdominal',
      'suprapubic',
      'cramps',
      'belly button',
      'navel',
      'umbilic',
      '(lower|upper) (right|left) (side|abdomen|belly|quadrant)',
      '(pain|ache|cramp\\w*) (is )?(low|down low|lower down) (on|in) (the |my |her )?(left|right|belly|tummy|abdomen|side)',
    ],
    zh: [
      '腹痛',
      '(?<!腿)肚子(痛|疼)',
      '胃(痛|疼)',
      // Round 41: 胃这一块痛.
      '胃(这块|这一块|那一块|这一片|这里|这儿|这边|口|部)…(痛|疼)',
      '肚脐(周围)?(痛|疼)',
      '小腹(痛|疼|坠痛|不适)',
      '(下|上)腹(部)?(痛|疼|不适)',
      '(右|左)(下|上)腹',
      '腹部(疼|痛|不适|绞痛)',
      '肚子绞痛',
      '心窝(痛|疼)',
      '胃部不适',
      '绞痛',
      '(?<!腿)(肚子|肚|腹部|小肚子|小腹|下腹|上腹|肚脐|心窝)…(疼|痛|绞)',
      // Round 20: 肚子下面右边一阵阵疼 (where, then how, then the pain).
      '(?<!腿)(肚子|小肚子|小腹)(下面|底下|下边)?(右边|左边|右下|左下)?~(一阵阵|一阵一阵|隐隐)~(地|的)?~(疼|痛)',
      // Pinyin typed without the characters.
      'du ?zi ?(teng|tong)',
      // Round 34: 从后腰疼到肚子.
      '(疼|痛)到~(了)?~(前面)?~(肚子|小肚子|肚皮|肚脐)',
    ],
    dept: { gastroenterology: 3, general_surgery: 2 },
  },
  {
    id: 'abdominal_rigid',
    kind: 'modifier',
    label: { zh: '腹部发硬/碰不得', en: 'rigid or very tender belly' },
    en: [
      'rigid',
      'board.?like',
      'guarding',
      'rebound',
      '(hurts?|pain|worse) (\\w+ ){0,2}when (you|i|he|she|they|the doctor) (let go|release|take (the|your|my|his|her) hand away)',
      '(belly|tummy|stomach|abdomen) (is |feels |looks |has gone )?(\\w+ and )?(rock |really |very |super )?(hard|rigid|tense)\\b',
      'hard (swollen )?(belly|tummy|stomach|abdomen)',
      // Round 25: "whole belly hurts and is hard like a board".
      '(hard|stiff|rigid|tight) (as|like) a (board|plank|rock|brick)',
    ],
    zh: [
      '板状腹',
      '腹肌紧张',
      '反跳痛',
      '肚子(发)?硬',
      '肚子碰不得',
      '(肚子|肚皮|腹部)…(硬|硬邦邦|梆硬|碰不得|不让碰)',
      // Round 5: rebound tenderness told in lay words (按下去疼 手一松更疼): peritoneal irritation
      // (MTS abdominal pain chart; Alvarado score) [S]; wording: project.
      '(一松|松手|松开|手一松|一放手|放开手?|一抬手|手一抬|手拿开|一拿开)~(就|反而|倒)?~(更|还|特别|反而)~(疼|痛)',
    ],
  },
  {
    // Not passing wind or stool: with belly pain and vomiting, a blocked bowel.
    id: 'obstipation',
    kind: 'modifier',
    label: { zh: '不排气不排便', en: 'not passing wind or stool' },
    en: [
      // "haven't passed any wind or stool" (round 23).
      "(no|not|haven'?t|hasn'?t|can'?t|cannot|unable to) (been able to )?(pass(ed|ing)? )?(any )?(wind|gas)\\b",
      "(not|haven'?t|hasn'?t) (pooed|pooped|passed (a )?stool|had a bowel movement|opened (his|her|my) bowels) (or|and|nor) (passed )?(wind|gas)",
      // Round 33: "haven't passed any poo or wind for 2 days".
      "(no|not|haven'?t|hasn'?t) (passed |passing )?(any )?(poo|poop|stools?|bowel movements?) (or|and|nor) (any )?(wind|gas|farts?)",
      // Round 46: "haven't pooped or farted since yesterday".
      "(not|haven'?t|hasn'?t) (pooed|pooped) (or|and|nor) farted",
    ],
    // The whole phrase is matched from its first negation, so an earlier 没 in the clause (没拉大便也没放屁)
    // does not read as a denial of the second.
    zh: [
      '(没|没有|不)(排气|放屁|放过屁|通气)',
      '(没|没有|不)(拉|解|排)?(大便|排便|拉屎|屎|便)(了)?(也|又|还)?(没|没有|不)(排气|放屁|放过屁|通气)',
      '(没|没有|不)(排气|放屁|放过屁|通气)(也|又|还)?(没|没有|不)(拉|解|排)?(大便|排便|屎|便)',
      // Round 40: 三天没大便了，屁也不放 (the wind named first, its negation after).
      '屁(也|都|还)?(不|没|没有)(放|出|排)',
    ],
  },
  {
    id: 'vomiting',
    kind: 'symptom',
    label: { zh: '呕吐', en: 'vomiting' },
    // British "has been sick since last night" means vomiting; "feel sick" (nausea) is not matched.
    en: [
      // Round 14: British "I've been sick" (vomited), not "been sick for a week" (ill),
      "(i|he|she|they|we)('ve| have| has|'s) been sick(?! (for|with|since|lately|all|recently|a lot|of))",

      'vomit',
      'throwing up',
      'threw up',
      'thrown up',
      'emesis',
      '(has|have|had|keeps?) (been )?(being )?sick (since|all|overnight|twice|\\d|several|a few|multiple|again)',
      "(can'?t|cannot) stop (being sick|throwing up)",
      'been sick (once|twice|\\d|a few times|several times)',
    ],
    zh: ['呕吐', '吐了', '吐得', '(?<!想|催)吐(?!血|痰|字)'],
    dept: { gastroenterology: 2 },
  },
  {
    // Round 17: green (bile-stained) vomit, a red flag for a blocked or twisted bowel in a child
    // (NICE CKS gastroenteritis in children / NICE NG143 red features; APLS).
    id: 'green_vomit',
    kind: 'symptom',
    label: { zh: '吐绿色的东西', en: 'green vomit' },
    en: [
      '(vomit|vomits|vomited|vomiting|sick|throwing up|threw up|brings? up)( \\w+){0,5} (bright |dark |yellow-?|yellowish )?green',
      // Round 34: "started vomiting this afternoon, the last 3 times it was bright green".
      "(vomit|vomits|vomited|vomiting|throwing up|threw up)[^.!?]{0,40}\\b(it was|it is|it's|they were|was|were) (all )?(bright |dark |yellow-?|yellowish )?green",
      'green (vomit|sick)',
      '(bile|bilious)[- ](stained|vomit)',
    ],
    zh: ['吐~…(绿|黄绿|墨绿)(色|水|汁)', '(绿色|黄绿色|墨绿色)~的?~(呕吐物|吐的)', '吐胆汁'],
    dept: { general_surgery: 4 },
  },
  {
    id: 'persistent_vomiting',
    kind: 'modifier',
    label: { zh: '反复呕吐', en: 'repeated vomiting' },
    en: [
      "(can'?t|cannot|unable to) keep (anything|fluids|water|food) down",
      'vomit\\w* (everything|repeatedly|non.?stop|constantly)',
      "(can'?t|cannot) stop (being sick|throwing up|vomiting)",
      'projectile',
      'persistent vomiting',
      'severe vomiting',
      'vomited (\\d+|several|many) times',
    ],
    zh: [
      '吐个不停',
      '一直(在)?吐',
      '吐完(了)?(也|还)?不见好',
      '喝水(都)?吐',
      '频繁呕吐',
      '反复呕吐',
      '喷射(状|性)呕吐',
      // Two or more times; once is not "repeated".
      '吐了(好几|很多|[2-9]|\\d{2,}|几)(次|回|遍|趟)',
      '喝(口|点)?水(都|也|就)?吐',
      '吃(什么|啥)吐(什么|啥)',
    ],
  },
  {
    id: 'nausea',
    kind: 'symptom',
    label: { zh: '恶心', en: 'nausea' },
    // Round 28: "sick most mornings" (morning sickness).
    en: ['nause', 'feel(s|ing)? sick', 'queasy', 'morning sickness', '\\bsick (most|every|in the) mornings?'],
    zh: ['恶心', '想吐', '反胃'],
    dept: { gastroenterology: 2 },
  },
  {
    id: 'diarrhoea',
    kind: 'symptom',
    label: { zh: '腹泻', en: 'diarrhoea' },
    en: ['diarrh', 'loose (stool|bowel|motion)', 'watery stool', 'the runs'],
    zh: [
      // Round 15: Cantonese 肚屙, 屙咗十几次 (屙 = to pass stool),
      '肚屙',
      '屙~了?~…(次|水|烂屎)',

      '腹泻',
      '拉肚子',
      '稀便',
      '水样便',
      '拉稀',
      // Round 5: 拉了四五次 (稀的), 大便稀 — loose stools counted or described; project wording.
      '拉了~[\\d几两一二三四五六七八九十好\\-到至、]{1,5}(次|回|趟)',
      '(大便|便便|屎)~…稀',
      '大便次数多',
      '上吐下泻',
      '下泻',
      '泻肚子?',
      '窜稀',
      '跑肚',
      '闹肚子',
      '拉~(水|稀)',
      // 拉了三次稀的 (numerals are digits here).
      '拉(了)?\\d+(次|回|趟)(稀|水)',
    ],
    dept: { gastroenterology: 4 },
  },
  {
    id: 'constipation',
    kind: 'symptom',
    label: { zh: '便秘', en: 'constipation' },
    en: [
      'constipat',
      'hard stools',
      "(haven'?t|hasn'?t) (had a bowel movement|pooed)",
      // Round 34: "haven't pooped much, only once".
      "(haven'?t|hasn'?t|not) (pooped|pooed) (much|properly|in \\w+ days)",
    ],
    // Round 21: 这几天都没怎么解大便.
    zh: [
      '便秘',
      '大便干',
      '排便困难',
      '几天没(大便|排便)',
      '没(怎么|有?)~(解|拉)~(大便|大手|屎)',
      // Round 33: 大便三四天才一次，有点硬.
      '(大便|排便|拉屎)~…([一二三四五六七]|[1-9]|两三|三四|四五)天~(才)?~(一次|一回)',
      // Round 35: 回来三四天没大便了.
      '([一二三四五六七]|[1-9]|两三|三四|四五)天~没~(大便|排便|拉屎|解大便|拉)',
    ],
    dept: { gastroenterology: 4 },
  },
  {
    id: 'dyspepsia',
    kind: 'symptom',
    label: { zh: '反酸/烧心/胃胀', en: 'heartburn or indigestion' },
    en: [
      'heartburn',
      'acid reflux',
      'reflux',
      'indigestion',
      'dyspeps',
      'burping',
      'bloat',
      'fullness after',
      'early satiety',
    ],
    // "胃不舒服" is how many people name epigastric discomfort, the anginal equivalent that rules ask about.
    zh: [
      '反酸',
      '烧心',
      // Round 9: 胃这块老是烧得慌.
      '胃~(这块|这里|这儿|那块|那里|口|部)?~…(烧得慌|火烧|灼烧|烧着)',
      '胃胀',
      '嗳气',
      '消化不良',
      '腹胀',
      '打嗝',
      '胃(里|部|口)?(有点|有些)?(不舒服|难受)',
      // Round 17: 胃不太舒服，上腹部说不上来的难受.
      '胃~(不太|不大|不怎么|不是很)舒服',
      // Round 30: 胃里不得劲 (northern: uneasy stomach).
      '胃(里|部|口)?~(不得劲|不舒坦|不带劲)',
      // Round 23: 胃口那块不太舒服.
      '(胃|胃口|心口)(那块|这块|那里|这里|那儿|这儿)((不太|不大|不怎么|不是很)舒服|(有点|有些)?(不舒服|难受))',
      '(上腹|心口|心窝)(部)?(说不上来的|说不出的|有点|有些|老是)?(难受|不舒服)',
    ],
    dept: { gastroenterology: 5 },
  },
  {
    id: 'vomiting_blood',
    kind: 'symptom',
    label: { zh: '呕血', en: 'vomiting blood' },
    en: [
      'vomit\\w* (up )?(of )?(a (large |small )?(amount|lot) of |some |lots of )?(fresh )?blood',
      'ha?ematemesis',
      'coffee.?ground',
      'threw up blood',
      'blood in (the |my |his |her )?vomit',
      // Round 26: "threw up a big amount of blood".
      '(vomit\\w*|threw up|throwing up|sick) (\\w+ ){0,5}(blood|coffee.?grounds?)',
      // Round 19: "threw up a lot, then the last time was mostly bright red blood" (the blood told
      // later in the sentence; a "no" or "not" before it keeps it denied).
      '(vomit\\w*|threw up|throwing up|brought up)(?:(?!\\b(no|not|without|never)\\b)[^.!?]){0,60}\\b(bright red|fresh|dark red) blood',
    ],
    zh: [
      '吐血',
      '呕血',
      '呕吐物(带|有)血',
      // 咖啡色 alone is also old blood on underwear in early pregnancy or brown urine: only the
      // grounds, or brown matter brought up (next pattern), are haematemesis.
      '咖啡渣',
      '吐出(了)?血',
      '(吐|呕)~(出)?~(了)?~([一两几]?(口|大口|些|点|滩|摊))?~(鲜|红|黑)?~血',
      '(吐|呕)(出)?(了)?(好多|很多|不少|大量|一堆|一地|一大?[口滩摊碗杯盆])的?(鲜|红|黑)?血',
      '吐~(的|出来的)~(东西)?~…(血|咖啡)',
      // Counted: 吐了两次血, 呕了几回血; and 吐…咖啡色, also across a comma (吐了两次，咖啡色的).
      '(吐|呕)(了|过)?([一两三四五几好]|\\d)+(次|回|口)(的)?(鲜|红|黑)?血',
      '(吐|呕)[^。.!！?？]{0,8}咖啡(色|渣)',
      '(吐|呕)…(鲜红|暗红)(色)?的?血',
    ],
    dept: { gastroenterology: 5 },
  },
  {
    id: 'black_stool',
    kind: 'symptom',
    label: { zh: '黑便', en: 'black, tarry stools' },
    en: [
      'black,? (tarry |sticky )?(stool|poo|bowel)',
      'tarry stool',
      'mela?ena',
      'stools? (is|are|was|were|turned) black',
      '(stools?|poo|poop|bowel movements?) (\\w+ ){0,3}(black|tarry|like tar)',
      'black and (sticky|tarry)',
    ],
    zh: [
      '黑便',
      '柏油样便',
      '大便…黑',
      '(拉|解)(的|出)?…黑(便|色|的)',
      '柏油',
      '(大便|屎|粑粑|便便|粪便|拉的|解的|拉出来的)~…(发黑|黑色|黑的|黑乎乎|乌黑|黑)',
      '黑~(乎乎|色)?~的?~(大便|屎|粑粑|便)',
    ],
    dept: { gastroenterology: 5 },
  },
  {
    id: 'rectal_bleeding',
    kind: 'symptom',
    label: { zh: '便血', en: 'blood from the back passage' },
    en: [
      '(blood|bleeding) (in|on|from|with) (the |my |his |her )?(stool|poo|toilet paper|rectum|bottom|anus|back passage|bowel)',
      '(pooping|pooing|pooped|pood|passing|shitting) (out )?(\\w+ )?blood',
      'blood (when|while|after) (i |he |she )?(poo|poop|wip(e|ed|ing))',
      // Round 9: "bright red on the paper and a few drops in the bowl".
      'bright red (blood )?(on|in) the (toilet )?(paper|bowl|pan)',
      'rectal bleeding',
      'bleeding (per|from the) rectum',
      'bloody (stool|diarrh)',
      '(stools?|poos?|diarrh\\w*|motions)( \\w+){0,4} (with|containing|full of) blood',
      'redcurrant jelly',
      '(jelly|jam).?like (stool|poo)',
      // Round 8: "nappy had red jelly-like stuff".
      '(red|bloody|pink) (jelly|jam)',
      'ha?ematochezia',
      'passing blood',
      '(blood|bleeding) (in|into) the (toilet|bowl|pan)',
      '(bright|dark) red blood (from|in|on|when)',
      // Round 32: "his poo is bright red in his nappy" (blood until a red food explains it).
      '(poo|poop|stools?|bowel movements?) (is|was|are|were|looks|looked|turned|came out) (\\w+ )?(bright |dark |deep )?red\\b',
    ],
    zh: [
      '便血',
      '大便(带|出)血',
      '(大便|解大便|拉屎|便)~…(带|有|见)(了)?…(鲜)?血',
      '拉血',
      // Round 12: 大便里有点红色黏糊糊的东西，像果酱 (redcurrant-jelly stool in lay words).
      '果酱(样|一样|似的|色)?',
      '大便~…红色~…(黏|粘)',
      '肛门出血',
      '鲜血便',
      '血便',
      // Redcurrant-jelly stool: 果酱样便.
      '果酱(样|一样|色)',
      // Round 28: 大便红红的像果冻一样.
      '(大便|便便|屎|粑粑)~…(像|跟)~(果冻|果酱|草莓酱|鼻涕)',
      '(大便|便便|屎|粑粑|拉的)~(是)?~(鲜红|红色|红红|通红|发红)',
      '(小便|尿)(和|跟)(大便|便便)~都是?~(粉红|红)',
      '大便上有血',
      '(大便|屎|粑粑|便便|粪便)~…(带|有|出|见)~血',
      '(手纸|卫生纸|纸)~上~…血',
      // Round 32: 纸上和马桶里都有鲜红的血.
      '(手纸|卫生纸|纸上|马桶)⋯(鲜红的?|鲜)血',
      '(拉|解)~(出)?~(了)?~…(鲜)?血',
      '(大便|拉屎|解手|便后|便时|上厕所|解大便)…(滴|流|出|有|带|见|喷)(鲜)?血',
    ],
    dept: { general_surgery: 3, gastroenterology: 3 },
  },
  {
    id: 'anal_pain',
    kind: 'symptom',
    label: { zh: '肛门疼痛', en: 'pain around the anus' },
    en: [
      'anal (pain|itch|lump)',
      // Round 35: "painful lump next to my anus".
      'lump (next to|near|beside|by|around|on) (my|his|her|the) (anus|bottom|bum|back passage)',
      'perianal',
      'pain (on|during|with|after) (defecation|passing stool|bowel movement)',
      'haemorrhoid',
      'hemorrhoid',
      'piles',
    ],
    // Round 17: 肛门旁边长了个包，又红又疼 (a lump beside the anus goes to general surgery).
    zh: [
      '肛门(痛|疼|痒|肿)',
      // Round 32: 拉的时候肛门像刀割一样.
      '(拉|解|大便)~(的)?时候~…肛门~…(刀割|撕裂|撕|疼|痛)',
      '痔疮',
      '大便时(痛|疼)',
      // 屁股眼 and 屁眼 are everyday words for the anus (round 24).
      '(肛门|屁股眼|屁眼)(旁边|边上|周围|附近|口|左边|右边|左侧|右侧)[）)]?~(长了?|起了?)?~(个|一个)?~(包|疙瘩|肿块|脓包)',
      // Round 36: 屁股旁边长了个包 越来越大 (a buttock or perianal abscess, the same surgery).
      '屁股(旁边|边上|上|沟)~(长了?|起了?)~(个|一个)?~(包|疙瘩|肿块|脓包)',
    ],
    dept: { general_surgery: 5 },
  },
  {
    // Known piles: bright blood with them is usually from them (rules keep heavy bleeding urgent).
    id: 'haemorrhoids',
    kind: 'context',
    label: { zh: '有痔疮', en: 'known piles' },
    en: ['ha?emorrhoid', '\\bpiles\\b'],
    zh: ['痔疮'],
  },
  {
    id: 'jaundice',
    kind: 'symptom',
    label: { zh: '皮肤/眼白发黄', en: 'yellow skin or eyes' },
    en: [
      'jaundice',
      'yellow (skin|eyes)',
      '(looks?|looking|gone|turned|turning|going) (very |quite |a bit |really |more )?yellow',
      'whites of (his|her|my|their|the) eyes (are |look |have )?(gone |turned )?yellow',
      '(skin|eyes) (is |are |turned )?yellow',
      // Round 21: "my skin and eyes went yellow".
      '(skin|eyes) and (skin|eyes) (\\w+ )?(went|turned|are|look|have gone|have turned) yellow',
      'dark (urine|tea.coloured urine)',
    ],
    zh: [
      '(脸|眼白|皮肤|身上)~…黄黄的',
      // Round 24: 脸和身上越来越黄，肚皮都黄了.
      '(脸|眼白|皮肤|身上|肚皮)~…(越来越|都|发|变)黄',
      // Round 42: 今天看肚皮和大腿也黄了 (a newborn yellow to the thighs); 眼珠子发黄.
      '(肚皮|大腿|身上|皮肤|手心|脚心)~(和|跟)?~(肚皮|大腿|身上|手心|脚心)?~(也|都)~黄',
      '眼珠(子)?~(有点|发|都|也)~黄',

      // Round 14: 脸和胸口都黄了 (a newborn yellow to the chest),
      '(脸|胸口|身上|肚子|全身)~(和|跟)?~(脸|胸口|身上|肚子)?~(都)?~黄了',

      '黄疸',
      '皮肤发黄',
      '眼睛发黄',
      '眼白发黄',
      '尿色(很)?深',
      // 脸和身上都发黄, 黄到肚子和腿了 (how parents describe a yellow baby).
      '(脸|脸上|身上|皮肤|全身|眼白|眼睛|巩膜)~…发黄',
      '黄到(了)?~(肚子|腿|脚|手|手心|脚心|胸口|身上|肚脐)',
    ],
    dept: { gastroenterology: 4, infectious_disease: 2 },
  },
  {
    id: 'flank_pain',
    kind: 'symptom',
    label: { zh: '腰侧部疼痛', en: 'pain in the side (flank)' },
    en: [
      'flank',
      'loin pain',
      'kidney pain',
      'pain in (the|my|his|her) (side|loin)',
      'radiat\\w* (down )?(towards|to|into) (the|his|her|my) groin',
      '(right|left) side of (my |his |her |the )?(lower )?back',
      // Round 38: "an ache low in my back and left side, feels very much like the kidney stone".
      '(my|his|her|the) back and (left|right) side',
      'feels? (\\w+ ){0,2}like (a |the |my |his |her )?(kidney|renal) (stone|colic)',
    ],
    zh: [
      '肾区(痛|疼)',
      '腰(部)?.{0,4}绞痛',
      '(左|右)边腰(部)?(痛|疼)',
      '侧腰(痛|疼)',
      '腰(的)?(一侧|左边|右边)(剧)?(痛|疼)',
      '(左|右)侧腰(部)?(痛|疼)',
      '(左|右)(边|侧)?的?腰…(疼|痛)',
      // Round 5: colicky loin pain with a long description between (腰突然一阵一阵绞着痛); project.
      '(左|右)(边|侧)?的?腰~…绞着?(疼|痛)',
    ],
    dept: { urology: 5 },
  },
  {
    id: 'dysuria',
    kind: 'symptom',
    label: { zh: '尿痛', en: 'pain or burning passing urine' },
    en: [
      'dysuri',
      'burn\\w* (sensation )?(when|on|with|while|during) (urinat|peeing|passing urine|voiding)',
      'pain(ful)? (when|on|while) (peeing|urinating|passing urine)',
      'painful urination',
      'stings when',
      '(burn\\w*|sting\\w*|pain\\w*|hurts?) (\\w+ )?(when|while|on|during|after) (i |he |she |you )?(pee|wee|urinat|pass(ing)? urine|void)',
    ],
    zh: [
      '尿痛',
      '小便(痛|疼|灼热)',
      '排尿(痛|疼|灼热)',
      '尿道(灼热|痛)',
      '(尿尿|撒尿|小便|排尿|解小便)(的)?(时候)?…(疼|痛|火辣辣|烧|灼|刺|辣)',
    ],
    dept: { urology: 4, nephrology: 1 },
  },
  {
    id: 'urinary_frequency',
    kind: 'symptom',
    label: { zh: '尿频/尿急', en: 'passing urine often or urgently' },
    en: [
      'frequen\\w* (of )?urinat',
      'urinary (frequency|urgency)',
      'urgency',
      'peeing (a lot|often|frequently)',
      'nocturia',
      'wak\\w* \\w+ (\\w+ )?(times )?(a night )?to (pee|urinate|void)',
      'hesitancy',
      'weak (urine )?stream',
      // Round 5: night-time and stream wording (NICE CG97 male LUTS) [S]; project wording.
      '(getting|get|gets|got|wake|waking) up (\\S+ )?(times )?(a |at |each |every |per )?night (\\w+ )?to (pee|wee|urinate|void)',
      '(stream|flow) is (\\w+ )?(weak|slow|poor)',
      'takes (ages|a long time|forever|a while) to (start|get going)',
      'not emptying',
    ],
    zh: [
      '尿频',
      '尿急',
      '夜尿(多|增多)',
      '小便次数多',
      '排尿(困难|费力)',
      '尿不尽',
      '尿线细',
      // Round 20: 晚上要起来尿四五次 尿得慢 尿不干净 (NICE CG97 male LUTS).
      '(晚上|夜里|半夜)~(要)?~起(来|夜)~尿~(\\d|[一二三四五六七八九几两]+)~次',
      '尿得~(很|特别|比较)?~慢',
      // Round 24: 晚上要起来解三四次小便 解得慢.
      '(晚上|夜里|半夜)~(要)?~起(来|夜)~(解|上)~(\\d|[一二三四五六七八九几两]+)~次~(小便|厕所)',
      '(小便|尿)~解得~(很|特别|比较)?~慢',
      '尿不干净',
      '老(是)?想(上厕所|尿尿|小便|解手)',
      '(跑|上)厕所…(勤|多|频)',
    ],
    dept: { urology: 4, nephrology: 1 },
  },
  {
    id: 'urinary_retention',
    kind: 'symptom',
    label: { zh: '尿不出来', en: 'unable to pass urine' },
    en: [
      "(can'?t|cannot|unable to) (pee|urinate|pass (any )?urine|pass water)",
      'urinary retention',
      "(haven'?t|hasn'?t|has not|have not) (peed|urinated|passed urine) (for|in|since)",
      "(haven'?t|hasn'?t|has not|have not|not) been able to (pee|urinate|wee|pass (any )?urine|pass water)",
      'bladder (feels )?(\\w+ ){0,4}(burst|explode)',
    ],
    zh: [
      '尿不出',
      '排不出尿',
      '尿潴留',
      '(一直|整天)没(有)?小便',
      // Round 11: 一滴尿都没尿出来.
      '一滴(尿)?都没~(尿|解|排)?~出(来)?',
      // Round 32: 快10个小时没尿出来, 小肚子胀得鼓鼓的.
      '没(有)?~(尿|解|排)~出(来)?~…(小肚子|肚子|膀胱)~…(胀|鼓)',
      '(小时|一天|一宿|一晚上|一上午|半天)~没(有)?~(尿|解|排)~出(来)',
    ],
    dept: { urology: 5 },
  },
  {
    id: 'incontinence',
    kind: 'symptom',
    label: { zh: '尿失禁', en: 'leaking urine' },
    en: [
      'incontinen',
      'leak\\w* (of )?urine',
      'urine leak',
      'wet(ting)? (myself|herself|himself)',
      'involuntary (loss|leakage)',
    ],
    zh: ['尿失禁', '漏尿', '憋不住尿', '尿裤子'],
    dept: { urology: 4, obstetrics_gynaecology: 1 },
  },
  {
    id: 'saddle_or_sphincter',
    kind: 'modifier',
    label: { zh: '会阴麻木或大小便失控', en: 'numb groin/buttocks or loss of bladder or bowel control' },
    en: [
      'numb\\w* (in|around|of) (the |my |his |her )?(groin|buttocks|genitals|saddle|bottom)',
      'saddle (anaesthesia|anesthesia|numbness)',
      // Round 10: "numb around my backside when I wipe", "urine slow to start, I need to push".
      'numb\\w* (in|around|of) (the |my |his |her )?(backside|bum|private parts)',
      '(urine|pee|wee) (is )?(slow|hard) to (start|come)',
      '(need|have) to (push|strain) to (pee|urinate|wee|pass urine)',
      '(lost|loss of) (bladder|bowel) control',
      "(can'?t|cannot|couldn'?t) feel (it |anything )?when (i|he|she) wipe",
      // Round 18: "I can't really feel the toilet paper when I wipe", "hard to get my pee started".
      "(can'?t|cannot|couldn'?t) (really |quite )?feel (the )?(toilet paper|tissue)",
      '(hard|difficult|trouble|struggl\\w*) (to get|getting) (my |the )?(pee|wee|urine|stream) (started|going)',
      'numb (down below|down there|between (my|his|her|the) legs)',
      // Round 40: "peeing has been weird - I have to strain and it doesn't feel like I empty properly".
      '(peeing|pee|weeing|urinating|urine)[^.!?]{0,40}(have|need) to (strain|push)',
      "(doesn'?t|don'?t|does not|do not) feel (like )?(i|he|she) (empty|emptied)",
      // Round 36: "my bum and the inside of my thighs feel numb like after the dentist".
      '(bum|buttocks?|bottom|backside|groin|inner thighs?|inside of (my|his|her) thighs)( and (the |my |his |her )?(\\w+ ){0,3}thighs?)? (feels? |felt |went |are |is |has gone )?(\\w+ )?numb',
      '(just |only )?dribbles? (even though|although|but) (i|he|she) (feel|feels|felt) full',
    ],
    zh: [
      '会阴(部)?麻木',
      '大小便失禁',
      '鞍区麻木',
      '屁股(周围)?麻木',
      // 屁股周围也麻, 裆部发麻; 小便控制不住 (new loss of control, not long-standing leaking).
      '(屁股|肛门|会阴|裆部?|下身|私处)(周围|附近|一圈|那一?圈|那块)?~(发)?麻',
      '(大小便|小便|大便|解小便|解大便|尿尿|撒尿)~…(控制不住|不受控制|管不住)',
    ],
  },
  {
    id: 'hematuria',
    kind: 'symptom',
    label: { zh: '血尿', en: 'blood in the urine' },
    en: [
      'blood in (the |my |his |her )?(urine|pee|wee)',
      'ha?ematuria',
      '(red|pink|cola.?colou?red) urine',
      'bloody urine',
      '(peed|peeing|pee|wee|urine) (is |was |looks |came out |turned )?(\\w+ )?(red|pink|bloody)\\b',
    ],
    zh: [
      '血尿',
      '尿血',
      '尿里有血',
      '尿(色)?发红',
      '小便带血',
      '酱油色尿',
      // "像洗肉水" (like water meat was rinsed in) is the classic lay description of visible haematuria.
      '洗肉水',
      '(小便|尿|尿液)…(是|成|变成?)?(红色|发红|血红)',
      // Round 25: 今天早上尿是红的 粉红粉红的.
      '(小便|尿|尿液)(是|成|变成?|有点|都)?(粉红|红)(的|色)',
      // Round 36: 小便和大便都是红的.
      '(小便|尿)(和|跟)(大便|便便)~都是?~(粉红|红)',
    ],
    dept: { urology: 4, nephrology: 3 },
  },
  {
    // Round 33: clots passed with red urine (a clot can block the bladder outlet; EAU non-muscle-
    // invasive bladder cancer guideline 2024: visible haematuria is investigated).
    id: 'urine_clots',
    kind: 'modifier',
    label: { zh: '尿里有血块', en: 'clots in the urine' },
    en: [
      '(passed|passing|pee\\w*|wee\\w*) (\\w+ ){0,4}clots?',
      'clots? in (the |my |his |her )?(urine|pee|wee)',
    ],
    zh: ['(尿|小便|尿液)~…血(块|凝块|丝)', '尿出~…血块'],
  },
  {
    id: 'foamy_urine',
    kind: 'symptom',
    label: { zh: '尿泡沫多', en: 'foamy urine' },
    en: ['foamy urine', 'frothy urine', 'oliguri', 'passing (very )?little urine'],
    zh: ['泡沫尿', '尿(里)?泡沫多', '尿少', '(小便|尿)~(里)?~…泡沫~…多'],
    dept: { nephrology: 5 },
  },
  {
    // Round 17: a painless lump in a testicle (NICE NG12: suspected cancer pathway, urology).
    id: 'testicular_lump',
    kind: 'symptom',
    label: { zh: '睾丸肿块', en: 'a lump in a testicle' },
    en: [
      'lump (on|in) (my |his |the |one )?(left |right )?(testicle|testis|ball|scrotum)',
      '(testicle|testis) (\\w+ ){0,2}(lump|hard|harder|bigger|enlarged)',
    ],
    zh: ['(睾丸|蛋蛋|阴囊)~…(肿块|硬块|疙瘩|包|结节)', '(睾丸|蛋蛋)~…(变大|变硬|硬硬的)'],
    dept: { urology: 7 },
  },
  {
    id: 'testicular_pain',
    kind: 'symptom',
    label: { zh: '睾丸/阴囊疼痛', en: 'pain or swelling in the testicle or scrotum' },
    en: [
      '(pain in|hurt\\w*) (my |his )?(balls|nuts)',
      '(balls|nuts) (hurt|ache|are (so )?(painful|sore))',
      'testic\\w*,? (pain|swelling|ache)',
      '(pain|swelling|ache) (in|of) (the |my |his |one )?(left |right )?(testicle|testis|testes|scrotum|balls?)',
      'scrot\\w* (pain|swelling)',
      'testicle (hurts|is swollen|pain)',
      'swelling in scrotum',
      '(testicle|testis|ball|balls|scrotum) (is |are )?(really |very |so )?(painful|hurting|hurts?|sore|swollen|killing)',
    ],
    zh: [
      '(?<![鸡鸭鹅皮咸卤])蛋蛋?~(突然)?~(疼|痛|肿)',
      // Round 31: 下面左边蛋蛋今天早上打完球突然开始疼.
      '(?<![鸡鸭鹅皮咸卤])蛋蛋⋯(疼|痛|肿)',
      '{testis}~…(疼|痛|肿|胀)',
      // Round 41: a 16-year-old too shy to name it (下面那里也痛，有点肿); the rule excludes women.
      '下面(那里|那儿|那块|那个地方)~(也)?~(有点|有些)?~(痛|疼|肿)',
      '蛋疼',
      // Round 9: side and adverbs between (蛋蛋右边突然特别疼), never across a denial.
      '{testis}[^。！？!?，,\\s不没无未]{0,8}(疼|痛|肿)',
    ],
    dept: { urology: 6 },
  },
  {
    id: 'male_genital',
    kind: 'symptom',
    label: { zh: '男性生殖器症状', en: 'penis or urethral symptoms' },
    en: [
      'penis',
      'penile',
      'urethral discharge',
      'erectile',
      'erection',
      'prostat',
      // Round 9: "trouble getting it up".
      '(getting|get|keeping|keep) it up',
    ],
    zh: ['阴茎', '尿道(口)?(流脓|分泌物)', '勃起', '前列腺'],
    dept: { urology: 5 },
  },
  {
    id: 'pregnant',
    kind: 'context',
    label: { zh: '妊娠', en: 'pregnant' },
    en: [
      // Round 14: "34 weeks with my first",
      '\\b\\d{1,2} ?(weeks|wks) (with (my|our) (first|second|third|baby|twins|bump)|along|gone)',

      '(?<!(get|getting|become|becoming|got|trying to get) )pregnan',
      '\\d+ ?weeks? (pregnant|gestation|of gestation)',
      "weeks'? gestation",
      'expecting a baby',
      'positive (home )?pregnancy test',
      'gestation',
      // Baby movements felt from inside only happen in pregnancy.
      '(felt|feel|feeling) (the |my |her )baby (move|moving|kick)',
      "(baby'?s?|fetal|foetal) movements",
    ],
    zh: [
      // Not "不想怀孕" (wanting to prevent one, round 32).
      '(?<!不想|不要|避免|防止)怀孕',
      // Round 12: 我怀的是双胞胎.
      '怀(的是|了|着)~(双胞胎|三胞胎|二胎|头胎|一胎)',
      '孕\\d+',
      '孕期',
      '孕妇',
      '妊娠',
      '怀了',
      '早孕',
      '孕(早|中|晚)期',
      '验孕(棒)?(阳性|两道)',
      '(胎|台)动',
      // Opening with the week of pregnancy alone ("36周了，…"): weeks 12–42 said as a state.
      '^(孕)?(1[2-9]|[23]\\d|4[0-2]) ?(周|w)(了|多|\\+)',
    ],
    dept: { obstetrics_gynaecology: 6 },
  },
  {
    // Round 32: a condom that broke or no contraception, wanting to prevent a pregnancy (FSRH 2017
    // emergency contraception: the sooner the better, a copper IUD up to 5 days).
    id: 'contraception_failure',
    kind: 'modifier',
    label: { zh: '避孕失败或无保护性行为', en: 'unprotected sex or a failed contraceptive' },
    en: [
      'condom (\\w+ )?(broke|split|tore|burst|came off|slipped off)',
      // Recent only: "unprotected sex a month ago" asks for an infection test, not this. Not a
      // question about "the morning after pill" after one late pill (FSRH: none needed).
      'unprotected sex (\\w+ ){0,4}(last night|yesterday|this morning|(\\d|one|two|three|four|a couple of) days ago|on (mon|tues|wednes|thurs|fri|satur|sun)day)',
    ],
    // No department weight: after unprotected sex a test for infections is read in dermatology
    // (皮肤性病科); the same-day rule itself points to gynaecology.
    zh: [
      '(套子|避孕套|安全套)~…(破|掉|滑)',
      '(?<![手被外枕书])套~(破|掉|滑)',
      '没(戴|带)套',
      '没(做|采取)~(任何)?~(措施|避孕)',
      '紧急避孕',
      '事后(药|避孕)',
      '毓婷',
    ],
  },
  {
    // Round 33: a test for infections after sex (皮肤性病科 or 感染科 in Chinese hospitals).
    id: 'sti_test',
    kind: 'context',
    label: { zh: '想查性传播疾病', en: 'wanting a test for sexually transmitted infections' },
    en: [
      '\\bST(I|D)s?\\b',
      'sexual(ly)? transmitted',
      '(test|tested|testing|check|checked|screen\\w*) (\\w+ ){0,2}for (hiv|syphilis|chlamydia|gonorrh\\w*|herpes|everything)',
    ],
    zh: ['性病', '(查|检查|筛查|检测|化验)~…(艾滋|HIV|梅毒|淋病|衣原体|尖锐湿疣|性传播)'],
    dept: { infectious_disease: 3, dermatology: 3 },
  },
  {
    id: 'missed_period',
    kind: 'context',
    label: { zh: '停经/月经推迟', en: 'missed or late period' },
    en: [
      'missed (my |her |a )?period',
      'period (is |was )?late',
      'late period',
      'last (menstrual )?period was ([5-9]|1\\d) weeks ago',
      'lmp (was )?([5-9]|1\\d) weeks',
      // Round 38: "about 7 weeks since her last period".
      '([5-9]|1\\d|five|six|seven|eight|nine|ten|twelve) (weeks|wks) (since|from|after) (my|her|the) last (menstrual )?period',
      'amenorr',
      'period (is |was )?((\\d+|a|one|two|three|few|couple of) (days?|weeks?) )?(late|overdue)',
    ],
    zh: [
      '停经',
      '月经(推迟|没来|未来|过期)',
      '例假没来',
      '大姨妈没来',
      // Round 43: 大姨妈这个月晚了十来天.
      '(大姨妈|月经|例假|姨妈)…(没来|推迟|迟到|晚来|过期|晚了)',
      // Round 20: 平时月经挺准的，这次推迟了8天还没来.
      '(大姨妈|月经|例假|姨妈)⋯推迟~了?~(\\d+|[一二三四五六七八九十几两]+)(天|周|个星期|个礼拜)',
    ],
    dept: { obstetrics_gynaecology: 5 },
  },
  {
    id: 'vaginal_bleeding',
    kind: 'symptom',
    label: { zh: '阴道出血', en: 'vaginal bleeding' },
    en: [
      'vaginal (bleeding|spotting|blood)',
      'bleeding (from|per) (the |my |her )?vagina',
      'spotting',
      'bleeding between periods',
    ],
    zh: [
      '阴道(出血|流血)',
      '见红',
      '下面(出血|流血)',
      '非经期出血',
      '不规则出血',
      '下面~(流|出|见|有)~…血',
      '(阴道|下身)~…(流|出|见)~…血',
      '内裤(上)?…(血|血迹)',
      '内裤(上)?…(咖啡色|褐色|棕色|粉色|粉红色)',
      '(咖啡色|褐色|棕色)的?(分泌物|白带)',
    ],
    dept: { obstetrics_gynaecology: 6 },
  },
  {
    // A little old (brown) or pinkish blood, said to be little: in a known pregnancy without pain or
    // faintness this is a same-day early-pregnancy assessment, not an ambulance (NICE NG126).
    id: 'light_spotting',
    kind: 'modifier',
    label: { zh: '少量点滴或褐色出血', en: 'light or brown spotting' },
    en: [
      '(bit of|little|light|slight|some|tiny bit of) (brown |pink |pinkish )?spotting',
      '(light|pale|dark) ?(brown|pink) (spotting|discharge|blood)',
      '(brown|pink|pinkish) (spotting|discharge)',
    ],
    zh: [
      '(一点|一点点|有点|少量|一丝|一些|些许)(的)?(咖啡色|褐色|棕色|粉色|粉红色)',
      '(咖啡色|褐色|棕色)的?(分泌物|白带)',
      '(量|出血|血)(很|特别|非常)?少',
      '(量|出血|血)不多',
    ],
  },
  {
    id: 'period_pain',
    kind: 'symptom',
    label: { zh: '经期腹痛', en: 'period pain' },
    en: [
      'period (pain|cramps?)',
      'menstrual (pain|cramps?)',
      'cramps? (with|during|on) (my |her )?periods?',
      'dysmenorr',
    ],
    zh: [
      '(来|来了)(大姨妈|月经|例假|姨妈)了?[，, ]*(肚子|小肚子|小腹)~…(疼|痛)',
      '痛经',
      '(来|来了)(大姨妈|月经|例假|姨妈)…(疼|痛)',
      '(大姨妈|月经|例假|经期)…(疼|痛)',
      // Round 35: 来大姨妈第一天 肚子痛.
      '(来|来了)(大姨妈|月经|例假|姨妈)~(第[一二三1-3]天)?~[，, ]*(肚子|小肚子|小腹)~…(疼|痛)',
    ],
    dept: { obstetrics_gynaecology: 5 },
  },
  {
    id: 'bleeding_any',
    kind: 'modifier',
    label: { zh: '出血', en: 'bleeding' },
    en: ['bleed', 'passing (large )?clots', 'blood clots'],
    zh: ['出血', '流血', '血块'],
  },
  {
    id: 'pregnancy_danger',
    kind: 'symptom',
    label: { zh: '孕期危险信号', en: 'warning sign in pregnancy' },
    en: [
      '(baby|she|he) (has )?moved (much |a lot |way |far )?less',

      "(barely|hardly|not|haven'?t|hasn'?t|didn'?t) felt (anything|her|him|the baby|a kick|much|any (movement|kicks?))",
      // Round 30: "I haven't felt anything since last night" is told after the pregnancy.

      // MTS pregnancy chart (cord prolapse, ruptured membranes); project
      'waters? (broke|went|have gone)',
      '(see|feel|can see|can feel) the (umbilical )?cord',
      'cord (is )?(coming out|hanging|prolapsed?)',
      "(baby'?s?|fetal|foetal) movements? (are |is |have )?(decreased|reduced|less|stopped)",
      "(decreased|reduced|less|no) (baby'?s?|fetal|foetal) movement",
      // Round 9: "baby moving way less since last night".
      "(baby|she|he) (is |has been |'s )?(moving|kicking) (way |much |a lot |far )?less",
      // Round 24: "baby's been much quieter than usual", "only felt a few kicks today".
      "baby('s| has| is)? (been )?(much |a lot |way )?quieter",
      // Round 25: "only felt maybe 2 or 3 small movements".
      'only (felt|had|noticed) (maybe |about |like |around )?(a few|one|two|a couple of|two or three|\\d( or \\d)?)( small| little| tiny| weak| faint)? (kicks|movements)',
      "(haven'?t|hasn'?t|not|can'?t|cannot) (felt|feel|feeling) (the |my |her )?baby (move|moving|kick)",
      'waters? (have )?broken',
      'leaking (clear |watery |some )?(fluid|water)',
      'contractions',
      'premature labou?r',
    ],
    zh: [
      '破水',
      '羊水~(破|流)',
      '脐带~…(出来|脱|掉|露)',
      // 台动: a common pinyin-input slip for 胎动 (same tai).
      '(胎|台)动(明显)?(减少|少了|消失|不动)',
      '破水',
      '羊水(破|流出)',
      '宫缩',
      // Not 腿肚子发紧 (a tight calf, round 30).
      '(?<!腿)肚子(一阵阵)?发紧',
      // Round 12: 肚子一阵一阵发紧, 宝宝动得少了很多.
      '肚子~(一阵一阵|一阵阵|阵阵)~(地|的)?~发紧',
      '(宝宝|孩子|胎儿)~动~得~(少|少了)',
      // Said with its negation: 基本没感觉到胎动, 感觉不到胎动了 (RCOG GTG 57: absent movements).
      // Round 38: 一上午都没怎么感觉到胎动 (two softeners before the movements).
      '(没|没有|感觉不到|摸不到|觉不出)(怎么|什么|啥|太)?(感觉到|感到|觉得|什么|啥|怎么)?(胎|台)动',
      '(胎|台)动…(少|没了|没有了|停了|不明显)',
      // Round 8: "感觉宝宝动得比平时少" (RCOG GTG 57 reduced fetal movements).
      '(宝宝|孩子|胎儿|小孩)~(在肚子里)?~动~得?~(比平时|比以前|比往常)~…少',
      // Round 18: 平时宝宝动得挺欢，今天几乎没怎么动; 数了一个钟头才动了两下 (RCOG GTG 57).
      '(宝宝|胎儿)⋯(几乎|基本)?(没|没有)(怎么|什么)动',
      '(一|1|两|2)个(小时|钟头|钟)~(才|只)~动~了?~(一|两|1|2|几)下',
      // Round 28: 今天从早上到下午三点 感觉只动了两三下.
      '(只|才)~动~了~(一|两|三|1|2|3|两三|一两|几)~下',
      // Round 32: 宝宝好像动得比平时少很多, 就感觉动了两三下.
      '(宝宝|孩子|胎儿|小孩)~(好像|好象|似乎|感觉)~动~得?~(比平时|比以前|比往常)~…少',
      '就(感觉|觉得)~动~了~(一|两|三|1|2|3|两三|一两|几)~下',
    ],
    dept: { obstetrics_gynaecology: 6 },
  },
  {
    id: 'gynae_symptom',
    kind: 'symptom',
    label: { zh: '月经或妇科症状', en: 'period or gynaecological symptom' },
    en: [
      'vaginal (discharge|itch|odou?r|dryness)',
      'discharge from (the |my |her )?vagina',
      'vulv',
      'labia',
      'genital (itch|sore|wart|ulcer|bump|lesion|vesicle)',
      'menstru',
      'menses',
      '\\bperiods?\\b',
      'dysmenorr',
      'menorrh',
      'hot flash',
      'hot flush',
      'menopaus',
      'infertil',
      "(can'?t|cannot|trying to) (get|become) pregnant",
      'contracepti',
      // Round 9: family planning and pre-conception questions belong in gynaecology too.
      '(combined |contraceptive |birth control |morning.?after )pill',
      '\\b(iud|coil)\\b',
      'folic acid',
      '(try|trying|want to try) for a baby',
      'bartholin',
      'polycystic',
      'pap smear',
      'vaginal delivery',
      'postpartum',
      'after (giving birth|delivery|childbirth)',
      '\\bpara \\d',
    ],
    zh: [
      '白带',
      // Round 19: a cervical screening result (TCT, HPV) is read in gynaecology.
      'TCT',
      'HPV',
      '宫颈(涂片|筛查|刮片|细胞学)',
      // Round 9: family planning (上环, 结扎, 避孕).
      '(上|取|放|带)环',
      '结扎',
      '避孕',
      '备孕',
      '阴道(分泌物|瘙痒|炎)',
      '外阴',
      '下体(瘙痒|痒)',
      '月经',
      '例假',
      '痛经',
      '经期',
      '大姨妈',
      '经量',
      '潮热',
      '更年期',
      '不孕',
      '备孕',
      '怀不上',
      '避孕',
      '产后',
      '顺产',
      '剖宫产',
      '绝经',
    ],
    dept: { obstetrics_gynaecology: 5 },
  },
  {
    id: 'breast_symptom',
    kind: 'symptom',
    label: { zh: '乳房症状', en: 'breast symptom' },
    // Not "breastfed" or "breast milk" (round 34).
    en: ['breast(?!bone|[- ]?fe(d|eding)|[- ]?milk|[- ]?pump)', 'nipple'],
    zh: ['乳房', '乳腺', '乳头'],
    dept: { general_surgery: 5 },
  },
  {
    id: 'lump',
    kind: 'symptom',
    label: { zh: '肿块', en: 'lump' },
    en: [
      'lump',
      '\\bmass\\b',
      'swollen (glands|lymph nodes|nodes)',
      'lymphadenopath',
      'enlarged (lymph )?(nodes|glands)',
      'bulge',
      'hernia',
    ],
    zh: ['肿块', '包块', '淋巴结(肿大|肿)', '鼓包', '疝'],
    dept: { general_surgery: 4 },
  },
  {
    id: 'dialysis',
    kind: 'context',
    label: { zh: '正在透析', en: 'on dialysis' },
    en: ['dialysis', 'ha?emodialysis', '(kidney|renal) replacement'],
    zh: ['透析', '血透', '腹透'],
    dept: { nephrology: 4 },
  },
  {
    // A dialysis session missed or cut short: potassium and fluid build up (UK Kidney Association).
    id: 'missed_dialysis',
    kind: 'modifier',
    label: { zh: '漏做或少做透析', en: 'missed or shortened dialysis' },
    en: [
      "(missed|skipped|cancelled|canceled|cut short) ([\\w']+ ){0,2}(dialysis|session|treatment|run)",
      "(didn'?t|did not|couldn'?t) (go to|make|have) (\\w+ ){0,2}(dialysis|session)",
      // "on dialysis … but missed Monday and Wednesday": counted only next to a dialysis mention.
      '(missed|skipped) (my |the )?(last )?(two |2 |both )?((mon|tues|wednes|thurs|fri|satur|sun)day|sessions)',
    ],
    zh: [
      '(少|漏|误|缺|停|跳过|耽误)(透|做)了?',
      '(没|没有)(去|做|透)(成)?(透析|血透|腹透)',
      // Only counted next to a dialysis mention (rules require the dialysis concept): 周五那次没去成.
      '(那次|这次|上次|这周|周[1-7一二三四五六日天])…(没去|没做|没透)',
      '(透析|血透|腹透)…(没做|没去|漏了|少做|少透|推迟|耽误|停了|没透)',
      // Round 33: 漏了一次，已经四天冇透了 (冇 folds to 没).
      '(漏|少|缺)了?(一|两|1|2)(次|回)',
      '([1-9]|几|两|[一二三四五六七八九十])天~(没|没有)~透',
    ],
  },
  {
    // A kidney test result brought for review (creatinine, protein in the urine).
    id: 'kidney_test_abnormal',
    kind: 'symptom',
    label: { zh: '肾功能或尿蛋白检查异常', en: 'abnormal kidney test' },
    en: [
      'creatinine',
      '\\begfr\\b',
      'protein in (my |his |her |the )?urine',
      'proteinuria',
      'kidney function',
    ],
    zh: ['肌酐', '尿蛋白', '蛋白尿', '尿(里|中)…蛋白', '肾功能…(异常|不好|高|差)', '尿素氮'],
    dept: { nephrology: 5 },
  },
  {
    // Urine dark like cola, tea or soy sauce: with muscle injury or exertion, muscle breakdown.
    id: 'dark_urine',
    kind: 'modifier',
    label: { zh: '尿色像可乐/浓茶/酱油', en: 'urine dark like cola or tea' },
    en: [
      // Round 14: "my wee has gone dark brown like Coke",
      '(pee|urine|wee|piss) (has )?(gone|went|turned) (\\w+ )?(brown|black|cola|coke|dark)',

      '(pee|urine|wee|piss) (is |was |looks |turned |has turned )?(\\w+ )?(brown|black|cola|coke)\\b',
      '(pee|urine|wee|piss) (is |was |looks |turned |has turned )?(\\w+ )?dark (brown|red|like (cola|coke|tea)|as (cola|coke|tea))',
      '(cola|coke|tea|dark brown|brown|coca.?cola).?colou?red (urine|pee|wee)',
    ],
    zh: ['(尿|小便|尿尿|尿液)…(酱油|浓茶|可乐|茶色|咖啡色)', '酱油色(的)?(尿|小便)'],
  },
  {
    // Foods and medicines that colour stool black or urine red (iron, bismuth, blood tofu, beetroot,
    // red dragon fruit): without other signs, not bleeding (NICE CKS; common pharmacist advice).
    id: 'colouring_food_or_drug',
    kind: 'modifier',
    label: { zh: '吃了会染色的食物或药', en: 'ate a food or took a medicine that colours stool or urine' },
    en: [
      'pepto',
      'bismuth',
      'iron (tablets?|supplements?|pills?)',
      'ferrous',
      'blueberr',
      'black (liquorice|licorice)',
      'activated charcoal',
      'beet(root|s)?',
      'red dragon ?fruit',
    ],
    zh: [
      // 猪红 is Cantonese for pig's blood (round 22).
      '(猪血|猪红|鸭血|血豆腐|毛血旺|血旺|动物血)',
      '(铁剂|补铁|硫酸亚铁|琥珀酸亚铁|多糖铁|铋剂|果胶铋|枸橼酸铋钾|丽珠得乐|药用炭|活性炭)',
      '(黑芝麻|桑葚|墨鱼|乌贼|蓝莓)',
      '(红心)?火龙果',
      '甜菜',
    ],
  },
  {
    // Tarry, sticky, shiny black stool: bleeding, whatever was eaten.
    id: 'tarry',
    kind: 'modifier',
    label: { zh: '柏油样、黏稠发亮', en: 'tarry or sticky' },
    en: ['tarry', 'tar-like', 'like tar', 'sticky', 'shiny black'],
    zh: ['柏油', '黏糊糊', '发亮', '像沥青'],
  },
  {
    // A baby bringing up small amounts of milk after feeds.
    id: 'posseting',
    kind: 'symptom',
    label: { zh: '吃奶后吐出少量奶', en: 'brings up a little milk after feeds' },
    en: [
      'spit(s|ting)? up',
      'posset',
      'bring(s|ing)? up (a little|some|a bit of) milk',
      'reflux after feeds',
    ],
    zh: ['吐奶', '溢奶', '(吃|喝)完奶…(吐|溢|漾)', '吐(一点|一口|点|一些)(奶|出来)'],
    dept: { paediatrics: 2, gastroenterology: 1 },
  },
  {
    // Growing well and content: the feature that makes infant regurgitation harmless (NICE NG1).
    id: 'thriving',
    kind: 'modifier',
    label: { zh: '体重增长好、精神好', en: 'gaining weight and content' },
    en: [
      'gaining weight (well|fine|normally)',
      'growing well',
      "(?<!(been|am|i'?m|keep|keeps) )putting on weight(?! (tho|though|even|despite|but))",
      'weight gain (is )?(good|fine|normal)',
    ],
    // Round 26: 一个月长了2斤多, 尿不湿一天七八片 (weight gained by the month, plenty of wet nappies).
    zh: [
      '体重…(长|增长|增加)得?(挺|很|还|蛮)?(好|快|正常)',
      '长得(挺|很|蛮)好',
      '((一|1|这)个月|满月)~…(长|胖)了~(快)?~\\d+(\\.\\d)?~(多)?~(斤|两|公斤|克|kg)',
    ],
  },
  {
    // A chronic viral liver infection followed up yearly.
    id: 'liver_virus_followup',
    kind: 'context',
    label: { zh: '肝脏病毒指标随访', en: 'liver virus follow-up' },
    en: ['hep(atitis)? ?[bc]\\b', '\\bhbsag\\b', '\\bhbv\\b', '\\bhcv\\b'],
    zh: ['乙肝', '丙肝', '大三阳', '小三阳', '乙型肝炎', '丙型肝炎', '表面抗原阳性'],
    dept: { infectious_disease: 5, gastroenterology: 2 },
  },
  {
    // A swallowed object that is not a battery or magnet (coin, toy part): an X-ray today.
    id: 'swallowed_object',
    kind: 'symptom',
    label: { zh: '吞下异物', en: 'swallowed an object' },
    en: [
      '(swallowed|swallow|swallowing) (a |an |the |one of (the|those|his|her) |some |his |her |my )?(\\w+ ){0,2}(coins?|toy|marble|pin|safety pin|screw|nail|ring|bead|earring|button|key|lego|hair ?clip|tack)s?\\b',
    ],
    zh: [
      '(吞|咽)(了|下|进)?(去)?…(硬币|钢镚|纽扣|扣子|钉子|别针|珠子|弹珠|戒指|发卡|螺丝|图钉|玩具|耳环|钥匙)',
      '(硬币|钢镚|纽扣|扣子|钉子|别针|珠子|弹珠|戒指|发卡|螺丝|图钉|耳环)…(吞|咽|吃)(了|下|进)',
      // Round 12: told across a comma (玩硬币，一块钱的，吞下去了).
      '(硬币|钢镚|纽扣|珠子|弹珠|螺丝|耳环)⋯(吞|咽)(了|下|进)',
    ],
    dept: { gastroenterology: 3, ent: 1 },
  },
  {
    // Within the weeks after giving birth: the same warning signs as late pregnancy apply
    // (pre-eclampsia can start after delivery; clots are most likely then).
    id: 'recent_birth',
    kind: 'modifier',
    label: { zh: '近期分娩', en: 'recently gave birth' },
    en: [
      '(\\d+|a few|few|two|three|four|five|six|several) (days?|weeks?) (after|since|post) (my |the |a )?(c-?section|caesarean|cesarean|delivery|birth|giving birth|having (my |the |a )?baby)',
      'just (had|gave birth to) (a|my|the|our) baby',
      // Round 8: "had my baby 10 days ago".
      '(had|delivered) (a|my|the|our|her) (baby|son|daughter) (\\d+|a few|few|two|three|four|five|six|several) (days?|weeks?) ago',
      'gave birth (\\d+|a few|two|three|four|five|six|several|last|yesterday)',
      'post-?natal',
      'postpartum',
    ],
    zh: [
      '产后(第)?\\d+(天|周)',
      // Round 12: 顺产第5天.
      '(顺产|剖宫产|剖腹产|生完|生了)~(后|以后)?~第?\\d+(天|周)',
      '生完(孩子|宝宝|小孩|娃)?(第)?\\d+(天|周|个?星期|个?礼拜)',
      '(刚|刚刚)生(完|了)(孩子|宝宝|小孩|娃)?',
      '坐月子',
      '月子(里|中|期间)',
      '剖(腹|宫)产(后|完)?…\\d+(天|周)',
      '产褥期',
    ],
    dept: { obstetrics_gynaecology: 3 },
  },
  {
    // Round 5: a lump (hernia) that no longer goes back in: with pain or vomiting it may be trapped
    // and strangulating (HerniaSurge 2018 incarcerated hernia) [S]. Lay wording: project.
    id: 'hernia_irreducible',
    kind: 'modifier',
    label: { zh: '包块推不回去', en: 'a lump that will not go back in' },
    en: [
      "(won'?t|will not|can'?t|cannot|doesn'?t|does not|isn'?t) (go|push|pop|slide|going) (back )?(in|back)",
      'irreducible',
      '(stuck|trapped) out',
    ],
    zh: ['(推|塞|按|揉|托|顶|送)~不~(回去|进去|回来)', '(回|缩)不(回|进)去'],
    dept: { general_surgery: 4 },
  },
  {
    // Round 8: a foreskin pulled back that will not go forward again (EAU paediatric urology:
    // paraphimosis is an emergency reduction).
    id: 'foreskin_stuck',
    kind: 'symptom',
    label: { zh: '包皮翻上去回不来', en: 'foreskin pulled back and stuck' },
    en: [
      "foreskin[^.!?]{0,40}(stuck|won'?t go back|will not go back|can'?t (be )?(pulled|put|pushed|get it) (back|forward)|cannot (be )?(pulled|put|pushed) (back|forward))",
    ],
    zh: [
      '包皮~…(翻|退|撸|缩|推)~(不|不回|不下)~(回|下)?~(去|来)',
      '包皮~…卡(住|在)',
      // The two halves are often told in two clauses: 包皮翻上去了，现在翻不回来.
      '包皮⋯(翻|退|撸|推)不(回|下)',
    ],
    dept: { urology: 6 },
  },
  {
    // Round 8: an erection that will not go down for hours (AUA/SMSNA 2022: ischaemic priapism is
    // an emergency after 4 hours).
    id: 'prolonged_erection',
    kind: 'symptom',
    label: { zh: '勃起持续不消退', en: 'an erection that will not go down' },
    en: [
      "erection[^.!?]{0,40}(hasn'?t|has not|won'?t|will not|not|doesn'?t|does not) (gone|go|going|come) down",
      'erection (for|lasting|lasted|that has lasted) (over |more than )?\\d+ ?(hours|hrs)',
      'priapism',
    ],
    zh: [
      '勃起~…(不消|消不下去|下不去|软不下来|不软|不倒)',
      '(一直|持续)~勃起~…(小时|钟头)',
      // Told across a comma: 一直勃起，到现在五个小时了软不下来.
      '勃起⋯(软不下来|不消|消不下去|下不去)',
    ],
    dept: { urology: 6 },
  },
  {
    // Round 8: something sharp stuck in the throat (a fish bone); ENT removes it the same day.
    id: 'throat_foreign_body',
    kind: 'symptom',
    label: { zh: '喉咙卡了东西', en: 'something stuck in the throat' },
    en: [
      'fish ?bone',
      '(bone|something|a pill|food) (\\w+ )?stuck in (my |his |her |the )?throat',
      // Round 32: "ate fish ... felt a bone go down, now something prickling in my throat".
      '(felt|swallowed) (a |the )?(small |sharp |chicken |duck )?bone',
      // Round 41: "I think a bone got stuck".
      '\\bbone (\\w+ )?(got |is |has got |has )(stuck|lodged|caught)',
    ],
    // 卡咗条鱼骨喺喉咙 (Cantonese, folded to 卡了条鱼骨在喉咙; round 37).
    zh: ['(鱼刺|鱼骨|骨头|刺)~…卡', '卡~了?~(根|块|个|条)?~(鱼)?(刺|骨头|鱼骨)'],
    dept: { ent: 6 },
  },
  {
    // Round 17: a check-up that found raised liver enzymes or a fatty liver (gastroenterology/hepatology
    // outpatients; EASL–EASD–EASO 2016 NAFLD guideline).
    id: 'liver_test_abnormal',
    kind: 'symptom',
    label: { zh: '肝功能异常或脂肪肝', en: 'abnormal liver tests or a fatty liver' },
    en: [
      'fatty liver',
      '(alt|ast|liver enzymes?|liver function|lfts?) (is |are |was |were )?(high|raised|elevated|abnormal)',
      '(alt|ast) (of |is |was )?([4-9]\\d|[1-9]\\d\\d)\\b',
    ],
    zh: ['脂肪肝', '转氨酶~…(高|升高|偏高|异常)', '肝功能~(异常|不正常|不好|偏高)'],
    // Less than hepatitis B's pull to infectious diseases.
    dept: { gastroenterology: 3 },
  },
  {
    // Round 24: stones in the gallbladder found on a check-up scan (general surgery outpatients;
    // NICE CG188: asymptomatic gallbladder stones are not operated on routinely) [S].
    id: 'gallbladder_stones_found',
    kind: 'symptom',
    label: { zh: '检查发现胆囊里有石头', en: 'stones in the gallbladder on a scan' },
    en: ['gall ?stones?', 'gall ?bladder stones?', 'cholelith'],
    zh: ['胆(囊)?结石', '胆囊(多发)?(强回声|结石)'],
    dept: { general_surgery: 5, gastroenterology: 2 },
  },
  {
    // Round 22: a groin bulge that comes out on standing or coughing and goes away lying down
    // (an inguinal hernia; general surgery outpatients, NICE CKS) [S].
    id: 'groin_bulge',
    kind: 'symptom',
    label: { zh: '腹股沟站立时鼓包、躺下消失', en: 'a groin bulge that comes and goes' },
    en: ['(bulge|lump|swelling) in (my |his |her |the )?(left |right )?groin', 'groin (bulge|lump)'],
    zh: ['(大腿根|腹股沟)~…(包|鼓包|肿块)', '(站着|站起来|咳嗽)~…鼓出来'],
    dept: { general_surgery: 6 },
  },
  {
    // Round 22: protein or blood in the urine on a screening test (KDIGO 2024: nephrology review).
    id: 'urine_test_abnormal',
    kind: 'symptom',
    label: { zh: '尿检有蛋白或潜血', en: 'protein or blood on a urine test' },
    en: ['protein(uria)? (\\d\\+|\\+|trace|in (my |the )?urine)', 'proteinuria', 'urine test showed protein'],
    zh: ['尿蛋白', '蛋白尿', '尿(常规)?~…潜血'],
    dept: { nephrology: 6 },
  },
  {
    // Round 8: pain under the breastbone / in the pit of the stomach (心口窝), where heart pain is
    // often felt as "stomach" pain.
    id: 'epigastric_site',
    kind: 'modifier',
    label: { zh: '心口窝/上腹部', en: 'upper middle belly' },
    en: ['pit of (my|his|her|the) stomach', 'upper (middle )?(belly|abdomen|tummy)', 'epigastr'],
    zh: ['心口窝', '心窝', '胃口(那|这)', '上腹(部)?', '剑突下'],
  },
  {
    // Round 11: a kidney or ureter known to be blocked by a stone (EAU urolithiasis: an obstructed
    // kidney with infection needs decompression as an emergency).
    id: 'urinary_obstruction',
    kind: 'context',
    label: { zh: '已知尿路堵塞', en: 'a known blocked kidney or ureter' },
    en: [
      'hydronephrosis',
      '(kidney|ureteric|ureteral|urinary) stones?',
      'stone in (my |his |her |the )?(ureter|kidney)',
    ],
    zh: ['肾积水', '输尿管(上段|中段|下段)?结石', '肾结石', '尿路结石'],
    dept: { urology: 4 },
  },
  {
    // Round 11: pain in the right lower belly, or moving there from around the navel.
    id: 'rlq_pain',
    kind: 'modifier',
    label: { zh: '右下腹痛', en: 'pain in the right lower belly' },
    en: [
      '(bottom|lower) right( side| of (my|the) (belly|tummy|stomach|abdomen))?\\b',

      '(lower right|right lower) (side|quadrant|part|corner)',
      'right lower (belly|abdomen|tummy|side of (my|his|her|the) (belly|abdomen|tummy))',
      '\\bRLQ\\b',
      '\\bRIF\\b',
    ],
    // Round 28: 今天早上痛到右下边去了.
    zh: ['右下腹', '右边小肚子', '(转|移)到~(了)?~右下', '(痛|疼)到~(了)?~右下(边|面|方|腹)?'],
  },
  {
    // Round 11: belly pain made worse by coughing, walking or bumps, or walking bent over (MTS
    // "signs of peritonism"; Alvarado migration and cough pain).
    id: 'peritonism',
    kind: 'modifier',
    label: { zh: '咳嗽、走路或颠簸时腹痛加重', en: 'belly pain worse with coughing, walking or bumps' },
    en: [
      '(goes|go|going|went|hits?|over) (over )?(a |every )?bumps?',

      '(hurts|pain|worse|painful)[^.!?]{0,20}(when|if|on) (i |he |she )?(cough|walk|jump|move|go over bumps)',
      '(walk|walking|walks) (bent|hunched|doubled)',
      'every bump in the (car|road)',
    ],
    zh: [
      '咳嗽~(时|的时候)?~…(更|加重)~(疼|痛)',
      '一(颠|震|动)就~(疼|痛)',
      '(弯着腰|弓着腰|猫着腰)~(走|走路)',
      '走路~…(震|颠)~…(疼|痛)',
      '(颠|震)~一下~…(疼|痛)',
    ],
  },
  {
    // Round 12: itching of the palms and soles late in pregnancy (RCOG GTG 43: check bile acids).
    id: 'palm_sole_itch',
    kind: 'symptom',
    label: { zh: '手心脚心发痒', en: 'itchy palms or soles' },
    en: ['itch\\w*[^.!?]{0,30}\\b(palms|soles)\\b', '\\b(palms|soles)\\b[^.!?]{0,30}itch'],
    zh: ['(手心|脚心|手掌|脚掌|脚底)~…痒'],
    dept: { obstetrics_gynaecology: 2, dermatology: 2 },
  },
  {
    // Round 12: contact with chickenpox or shingles (RCOG GTG 13: a pregnant woman without immunity
    // needs a same-day antibody test).
    id: 'chickenpox_contact',
    kind: 'context',
    label: { zh: '接触过水痘或带状疱疹', en: 'contact with chickenpox or shingles' },
    en: ['chicken ?pox', 'varicella'],
    zh: ['水痘'],
  },
  {
    // Round 15: a belly getting bigger or tight (new or worse fluid in cirrhosis: EASL 2018).
    id: 'belly_swelling',
    kind: 'modifier',
    label: { zh: '肚子越来越大或发紧', en: 'a belly getting bigger or tight' },
    en: [
      '(belly|tummy|abdomen|stomach) (is )?(getting |got |gone )?(\\w+ )?(bigger|swollen|distended|tight|bloated and tight)',
    ],
    // Round 25: 肚子胀得越来越大.
    zh: [
      '肚子~(越来越|一天比一天)~(大|鼓|胀)',
      '肚子~(胀|鼓)~得~(越来越|一天比一天)~(大|鼓|硬)',
      '腹水~…(多|加重|涨)',
    ],
  },
  {
    // Round 16: known inflammatory bowel disease (NICE NG130: a flare needs prompt specialist review).
    id: 'ibd_context',
    kind: 'context',
    label: { zh: '溃疡性结肠炎或克罗恩病', en: 'ulcerative colitis or Crohn’s disease' },
    en: ['ulcerative colitis', "crohn'?s", '\\bIBD\\b', '\\bUC\\b'],
    zh: ['溃疡性结肠炎', '克罗恩', '炎症性肠病'],
  },
  {
    // Round 25: IVF or ovarian stimulation in the last weeks: belly swelling or pain afterwards may be
    // ovarian hyperstimulation syndrome (RCOG Green-top 5, 2016).
    id: 'ovarian_stimulation',
    kind: 'context',
    label: { zh: '近期促排卵或取卵（试管婴儿）', en: 'recent ovarian stimulation or egg collection (IVF)' },
    en: [
      'egg (retrieval|collection|pick ?up)',
      '\bIVF\b',
      'ovarian (stimulation|hyperstimulation)',
      '\bOHSS\b',
      '(fertility|stimulation|ovulation) (injections|shots|drugs)',
    ],
    zh: ['取卵', '促排', '试管婴儿', '卵巢过度刺激', '打~…促排卵~…针'],
    dept: { obstetrics_gynaecology: 4 },
  },
];
