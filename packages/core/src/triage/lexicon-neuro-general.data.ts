/**
 * Lexicon: nervous system, consciousness, fever and general symptoms, mental health, injuries.
 * Source: project-authored lay wording; FAST stroke-warning wording (public health campaigns) and the
 * manual indicators of 急诊预检分诊专家共识 (2018). Licence: project.
 */
import type { ConceptDef } from './concept-def.ts';

export const LEXICON_NEURO_GENERAL: readonly ConceptDef[] = [
  {
    id: 'headache',
    kind: 'symptom',
    label: { zh: '头痛', en: 'headache' },
    en: [
      'headache',
      'head (hurts|pain|ache)',
      'pain in (my|his|her|the) head',
      'migraine',
      'occipital pain',
      '(my |his |her )?head (is )?(pounding|splitting|killing|throbbing|exploding)',
      // Pinyin typed without the characters (tou teng, toutong).
      'tou ?(teng|tong)\\b',
    ],
    zh: [
      '头痛',
      '头疼',
      '脑袋(疼|痛)',
      '偏头痛',
      '后脑勺(疼|痛)',
      // Not 一转头右边就疼 (the neck hurts when the head turns, round 26).
      // Nor 抬手梳头的时候痛 (a shoulder that hurts when combing the hair, round 40).
      '(?<!转|扭|回|抬|低|歪|梳)(?:{head})~…(疼|痛)',
      // A simile between the head and the pain: 脑壳突然像遭锤子打了一样痛.
      '{head}(突然|一下子|猛地)?(像|好像|好似|似|跟)…(一样|似的|一般)(疼|痛|炸)',
      // A band round the head (tension-type headache told in lay words): 太阳穴发紧, 像箍了个圈.
      '太阳穴…(发紧|紧|胀|疼|痛|跳)',
      '(头|脑袋|脑壳)…(像)?(箍|勒)(了|着)?(个|一个|一道)?(圈|箍|带子|紧箍咒)',
    ],
    dept: { neurology: 3 },
  },
  {
    id: 'sudden_onset',
    kind: 'modifier',
    label: { zh: '突然发生', en: 'sudden onset' },
    en: [
      // Not "sudden death" read about online (round 25).
      'sudden(?!( cardiac| unexpected)? death)',
      'abrupt',
      'all at once',
      'out of (the blue|nowhere)',
      'thunderclap',
      'within (seconds|a minute)',
      'acute onset',
      'came on (instantly|suddenly)',
    ],
    zh: ['突然', '突发', '骤然', '一下子', '猛然', '瞬间'],
  },
  {
    id: 'sudden_headache',
    kind: 'modifier',
    label: { zh: '突发头痛', en: 'headache that came on suddenly' },
    en: [
      'sudden\\w* (onset (of )?)?(a )?(severe |explosive |intense |excruciating |very bad )?headache',
      'headache (that )?(came on|started|began|hit) (suddenly|all of a sudden|in seconds|instantly)',
      'thunderclap',
      'explosive headache',
      // Pinyin typed without the characters (tou tu ran hen tong = 头突然很痛).
      'tou ?tu ?ran ?(hen |te ?bie )?(tong|teng)',
      'tu ?ran ?tou ?(tong|teng)',
    ],
    zh: [
      '突(然|发)(剧烈)?(的)?头(痛|疼)',
      '头(突然|一下子)(剧烈)?(痛|疼)',
      '突然头(部)?(剧)?(痛|疼)',
      '(突然|突发|一下子|猛地)~…(头|脑袋)~(疼|痛|炸)',
      '(头|脑袋)~(突然|一下子|猛地)~…(疼|痛)',
    ],
  },
  {
    id: 'worst_ever',
    kind: 'modifier',
    label: { zh: '一生中最剧烈', en: 'worst ever' },
    en: [
      'worst (headache|pain)',
      'worst (ever|of (my|his|her) life)',
      'never had (a )?(headache|pain) like',
      'like (being hit|a thunderclap|an explosion)',
      'worst (\\w+ ){0,2}(ever|of (my|his|her) life)',
      'never (had|felt) (\\w+ ){0,2}(like (this|it)|so bad)',
    ],
    zh: [
      // MTS 'acute onset' / thunderclap, lay simile; project
      '(像|跟)~被?雷(劈|击|打)',
      '从来没有这么(痛|疼)',
      '这辈子最(痛|疼)',
      '最严重的头痛',
      '前所未有',
      '头(像|要)(炸|裂)',
      '像被人?(打|敲)了一(棍|下)',
      '炸裂',
      // Not 从来没痛风发作过 (never had gout).
      '(这辈子|一辈子)~…最~…(疼|痛)(?!风)',
      // Not 从来没有关节疼过 (never had joint pain): "never this painful" needs 这么/那么/这样.
      '(这辈子|一辈子|从来|从没|从未)~…(没|没有|都没)?~…(这么|那么|这样)~(疼|痛)(?!风)',
      '(头|脑袋)~(疼|痛)~得~(像)?~要?~(炸|裂|爆)',
      '(炸|裂)~开',
    ],
  },
  {
    // Round 18: the forehead cannot be wrinkled on the weak side. With the whole half of the face
    // weak, and limbs and speech normal, the pattern is a peripheral facial palsy, not a stroke
    // (NICE CKS Bell's palsy: forehead sparing points to a central cause) [S].
    id: 'forehead_weak',
    kind: 'modifier',
    label: { zh: '额头皱不起来', en: 'cannot wrinkle the forehead' },
    en: [
      "(can'?t|cannot|unable to|couldn'?t) (wrinkle|raise|lift|move) (my |his |her |the )?(forehead|eyebrows?|brow)",
      "forehead (\\w+ ){0,3}(won'?t|doesn'?t|does not|will not|can'?t) (move|wrinkle)",
      // Round 33: "can't lift my left eyebrow".
      "(can'?t|cannot|unable to|couldn'?t) ([\\w ]{0,30} or )?(wrinkle|raise|lift|move) (my |his |her |the )?(left |right )?(forehead|eyebrows?|brow)",
    ],
    // Round 24: 右边眉毛抬不起来.
    zh: [
      // Round 39: 额头左边也皱不起来 (the side named in between).
      '(额头|脑门)~(左边|右边|左侧|右侧|一边|半边)?~(也)?~(皱不起来|皱不了|抬不起来|不能皱|没法皱)',
      '(抬|皱)(不起|不了)~(眉毛|额头)',
      '眉毛~(也)?~(抬不起来|抬不起|抬不动)',
    ],
  },
  {
    id: 'facial_droop',
    kind: 'symptom',
    label: { zh: '口角歪斜/一侧面部无力', en: 'face drooping on one side' },
    en: [
      'fac(e|ial) (is )?(droop|weak|palsy|numb)',
      'droop(y|ing)? (face|mouth|lip|eyelid)',
      'mouth (is )?(droop|crooked|twisted)',
      'one side of (the|my|his|her) face',
      'facial droop',
      'lopsided (smile|face)',
      '(face|mouth|smile) (looks |is |went |has gone |seems |was )?(droop\\w*|lopsided|crooked|uneven|twisted)',
      '(droop\\w*|lopsided|numb|weak) on one side',
      '(face|cheek)( \\w+){0,2} (numb|droop\\w*|weak) on one side',
      'one side of (the |my |his |her )?(face|mouth) (is |was |went )?(droop|numb|weak|down)',
      // Round 33: "the left side of my face won't move", "can't close my left eye".
      "(left |right )?side of (my |his |her |the )?face (won'?t|will not|doesn'?t|does not|can'?t|cannot) move",
      "(can'?t|cannot|unable to) (fully )?close (my |his |her |the )?(left |right )?eye\\b",
      '(face|mouth|smile) (is |was |has )?(going|gone|went|dropping|dropped|falling|fallen|hanging) down',
      // Round 32: "when she smiles one side of her mouth doesnt go up".
      "one side of (the |my |his |her )?(face|mouth|lips?|smile)( \\w+){0,2} (doesn'?t|does not|won'?t|will not|can'?t|cannot|isn'?t) (go up|lift|move|rise|curl up)",
    ],
    zh: [
      '口角歪',
      '嘴歪',
      '面瘫',
      '口眼歪斜',
      '嘴角(歪|下垂)',
      // Round 37: 嘴角好似有少少歪.
      '嘴角~…(歪|下垂)',
      '(一侧|半边|半侧)(脸|面部)(麻|无力|歪)',
      '脸歪',
      '{mouth}~{crooked}',
      '(喝水|吃饭|喝汤)~…(漏|流)~出',
      // Round 9: 漱口水从嘴角漏, 脸不听使唤, 眼睛闭不严 (facial weakness in lay words).
      '(漱口水|水|饭|汤)~…从~…嘴角~…(漏|流)',
      '(脸|面部?)~(不听使唤|动不了)',
      '眼睛闭不(严|上|紧|拢)',
      '(一侧|半边|半侧|一边)~(脸|面部?)~…(麻|木|歪|没知觉|没感觉|耷拉|不能动)',
      // Round 5: face before side, as Cantonese says it (块面一边歪咗 → 块面一边歪了); project.
      '(脸|面部?|块面)~(一边|一侧|半边|半侧)~(歪|斜|下垂|耷拉)',
    ],
    dept: { neurology: 4 },
  },
  {
    id: 'one_sided_weakness',
    kind: 'symptom',
    label: { zh: '一侧肢体无力或麻木', en: 'weakness or numbness on one side' },
    en: [
      'one side (is |feels |went |has gone )?(weak|numb|heavy|limp)',
      'weak (on|down) one side',
      '(weak(ness)?|numb(ness)?|heav(y|iness)) (in|of) (the |my |his |her )?(right|left) (arm|leg|hand|side)',
      '(right|left).?sided (\\w+ )?(weakness|numbness)',
      '(weakness|numbness) (of|on|in) (one|(the )?(right|left)) side',
      'one side of (the|my|his|her) body',
      'hemipar',
      'hemipleg',
      "(can'?t|cannot|unable to) (lift|raise|move|use) (my |his |her |the |one )?(right |left )?(arm|leg|hand)",
      '(right|left) (arm|leg|hand)( \\w+){0,3} (weak|numb|heavy|limp|useless|clumsy)',
      '(arm|leg) and (arm|leg) on one side',
      'weakness in (his|her|my) (right|left)',
      '(drop|drops|dropped|dropping) (things|his cup|her cup|my cup|the cup|his fork|her fork|things from)',
      '(arm|leg|hand) (on one side )?(suddenly )?(went|go|gone|is|feels|felt) (weak|limp|numb|dead|heavy)',
    ],
    zh: [
      '(一边|半边)~(身子|身体)?~(没劲|没力气?|无力|动不了|不听使唤)',
      '半身不遂',
      '偏瘫',
      '(一侧|单侧|半边|半侧)(肢体|身体|手脚|胳膊|腿)(无力|麻木|活动不利|没劲|不听使唤)?',
      '(左|右)侧(肢体|手脚|胳膊|腿|手|上肢|下肢)(无力|麻木|活动不利|没劲|不能动|抬不起)',
      '(左|右)(手|腿|胳膊|手臂|半身)(突然)?(无力|没劲|没力|麻木|不能动|抬不起|拿不住|拎不起|提不起)',
      '(拿不住|握不住)东西',
      // Round 38: 左手突然发麻 没劲 拿不住杯子 (the object after the verb).
      '(拿不住|握不住|端不住|攥不住)~(杯子|筷子|碗|勺子?|手机|笔|水杯|茶杯)',
      '拿(东西|筷子|杯子|碗).{0,3}(掉|不住)',
      '(手|腿|胳膊|手脚)(突然)?(不听使唤|抬不起来)',
      '(左|右)边(的)?(手脚|胳膊|腿|手|身子|肢体)',
      '(左|右)(侧|边)?(手脚|肢体)(有点|发|没)?(麻|无力|没劲)',
      '{side}~{half_body}~…({weak}|{weak_or_numb})',
      '(左|右)~(边|侧)?~的?~{limb}~…{weak}',
      // 跌 is Cantonese for dropping (拎筷子跌咗两次, round 37).
      '(筷子|碗|杯子|勺子?|东西)~(突然|一下子)?~(就)?~(掉|落|跌|拿不住|握不住)',
      '{side}~(身子|身体|手脚)~(麻|木|没劲|无力)',
      // Round 31: 左手左脚发麻 没劲 (hand and foot of one side named one by one).
      '(左|右)(手|胳膊)(和|跟|、)?(左|右)?(脚|腿)~…(麻|没劲|无力|不听使唤)',
    ],
    dept: { neurology: 4 },
  },
  {
    id: 'speech_difficulty',
    kind: 'symptom',
    label: { zh: '言语不清', en: 'slurred or lost speech' },
    en: [
      'slurr',
      "(can'?t|cannot|unable to|not able to|trouble|difficulty|problems?) (speak|speaking|talk|talking|get words out|find(ing)? words)",
      'dysphasi',
      'aphasi',
      'words (came out |are |were )?(jumbled|garbled|wrong)',
      'talking strangely',
      '(speaking|talking|speech|speaks|talks) (is )?(strange|weird|funny|odd|wrong)(ly)?\\b',
      'speech (is |was )?(slurred|garbled|strange)',
      "(couldn'?t|could not|can'?t|cannot) (find|get) (my |his |her |the )?words",
      '(lost|losing) (his |her |my )?words',
      // Round 32: "her words come out a bit jumbled".
      'words (came|come|are coming|coming) out (a bit |a little |kind of |sort of |all |slightly )?(wrong|jumbled|garbled|muddled|mixed up)',
    ],
    zh: [
      '口齿不清',
      '说话不清',
      '言语不清',
      '说话含糊',
      '说不出话',
      '吐字不清',
      '大舌头',
      '不能说话',
      '讲话不利索',
      '说话不利索',
      '{speech}~…{speech_bad}',
      '舌头~(发)?~(硬|僵|不灵|不听使唤|打结)',
      '(说|讲)~不~(出|了)~话',
      '话~说不~(清|利索|明白|出来)',
      // Cantonese 讲嘢讲唔清楚 (after the one-character folds: 讲嘢讲不清楚); project.
      '讲嘢~讲?~不~(清|出|到)',
    ],
    dept: { neurology: 4 },
  },
  {
    id: 'vision_loss',
    kind: 'symptom',
    label: { zh: '视力突然下降/看不见', en: 'loss of vision' },
    en: [
      'lost (the )?(sight|vision) in',
      '(can.?t|cannot) see (out of|with) (one|my|his|her|the) (left |right )?eye',
      '(loss of|lost (my |his |her )?|losing (my |his |her )?)(vision|sight)',
      // Not "can't see the board at school" (a child who needs glasses, round 28).
      "can'?t see(?! (the |a )?(board|blackboard|whiteboard|tv|screen|subtitles|far|things far|road signs|signs))",
      'went blind',
      'curtain (over|across|coming down)',
      // Round 5: transient loss of sight in one eye told in lay words (AHA/ASA TIA statement: amaurosis fugax).
      "(couldn'?t|could not|can'?t|cannot|wasn'?t able to) see (anything )?(out of|with|from|in) (one|my|his|her|the) (left |right )?eye",
      '(curtain|blind|shade|shutter|veil) (\\w+ )?(coming|came|comes|come|going|went|pulled|being pulled) (down|over|across)',
      '(sight|vision) (in|of|from) (my|his|her|one|the) (left |right )?eye (\\w+ )?(went|goes|gone|disappeared|blacked out|went black|went dark)',
      'vision (went|is) (black|dark)',
      // Round 11: "the vision in that eye suddenly went almost completely dark".
      '(sight|vision) (in|of|from) (my|his|her|one|the|that|this) (left |right )?eye[^.!?\\n]{0,45}\\b(dark|black|blank|went out|disappeared|gone)\\b',
      'vision (\\w+ ){0,3}(went|turned|gone|going) (\\w+ ){0,2}(black|dark)',
      'blind in',
    ],
    zh: [
      '看不见',
      '视力(突然)?(下降|丧失|模糊)',
      '失明',
      // Not on standing up (一站起来眼前发黑): that is near-fainting (round 34).
      '(?<!(站起来?|起身|蹲下?|起床|起来)(就|时|的时候|后)?)眼前(发黑|一黑)',
      '(一只|一侧)眼(睛)?看不(清|见)',
      // Round 8: Cantonese 右眼突然睇唔到嘢 (睇唔 folds to 看不), 好似落咗块黑布 (a black cloth fell).
      '(左|右|一只|一边)眼~…看不(到|见)',
      '(落|挂|拉|遮)~了?~(一)?~(块|片|层|幅)~(黑布|帘|幕|黑幕)',
      // Round 5: a curtain or black shade over one eye (amaurosis fugax, lay wording; project).
      '(左|右|一只|一边)眼~…(黑了|什么都看不|啥都看不|像~(拉|挂|遮)~了?~(帘|幕|黑布))',
    ],
    dept: { ophthalmology: 3, neurology: 1 },
  },
  {
    id: 'diplopia',
    kind: 'symptom',
    label: { zh: '视物重影', en: 'double vision' },
    // Round 33: "I see double when I look up".
    en: [
      'double vision',
      'diplopi',
      '(see|sees|seeing|saw) double',
      '(see|sees|seeing|saw) two of (everything|things)',
    ],
    zh: ['重影', '复视', '看东西成双'],
    dept: { neurology: 3, ophthalmology: 2 },
  },
  {
    id: 'balance_loss',
    kind: 'symptom',
    label: { zh: '走路不稳', en: 'loss of balance' },
    en: [
      '(loss of|lost|losing|difficulty maintaining) (his |her |my )?balance',
      "can'?t walk straight",
      'unsteady',
      'ataxi',
      'staggering',
      // Round 24: "walking kind of drunk even though he hasn't had anything to drink".
      "walking (kind of |sort of |a bit |like (he|she)'?s |as if (he|she) (was|were) )?(drunk|wobbly)",
    ],
    zh: [
      '走路不稳',
      '站不稳',
      '共济失调',
      '走路(打晃|歪)',
      '平衡(差|不好)',
      '走路…(晃晃悠悠|摇摇晃晃|像喝醉)',
      // Round 10: 走路东倒西歪跟喝醉了一样.
      '东倒西歪',
      '(跟|像|好像)~喝醉了?(酒)?~(一样|似的)',
    ],
    dept: { neurology: 3 },
  },
  {
    id: 'confusion',
    kind: 'symptom',
    label: { zh: '意识混乱/反应迟钝', en: 'new confusion or drowsiness' },
    en: [
      '(does not|doesn.?t|did not|didn.?t) know where (he|she|i|they) (is|am|are|was|were)',
      '(does not|did not|doesn.?t|didn.?t) recogni[sz]e',
      'talking (nonsense|gibberish|rubbish)',
      // Round 38: "talk strange things" (a tour guide writing in second-language English).
      '(talk|talks|talking|talked|say|says|saying|said) (\\w+ )?(strange|weird|odd|crazy|funny) (things|stuff|words)',
      // Round 12: "feels a bit 'foggy'" after a head injury; not "vision is a bit foggy".
      '(?<!(vision|sight|eyes?|glasses) )(feels?|feeling|felt|seems?|is|was) (\\w+ ){0,2}[\'"]?(foggy|dazed|muddled)',
      "(not|isn'?t) (really )?making (much |any )?sense",
      'confus',
      'disorient',
      'not making sense',
      'altered (mental|consciousness)',
      'delirious',
      'delirium',
      "doesn'?t recogni[sz]e",
      'acting strange',
      'drowsy',
      'drowsiness',
      'letharg',
      'hard to wake',
      'listless',
      'less (active|responsive|alert) than usual',
      'agitat\\w* and confus',
      'not (himself|herself) at all',
      '(hard|difficult) to (wake|rouse)',
      '(very )?sleepy and (confused|not making sense)',
      "(not|isn'?t) making sense",
      'muddled',
    ],
    zh: [
      // MTS unwell child / NICE NG143 red: does not stay awake when roused [S]
      '叫醒~(了)?~(又|就)~(马上|立刻|一会儿)?~睡',
      '(醒|叫醒)~一会儿?~就~又?~睡',
      '(人|脑子)~(迷糊|糊涂)',
      // Round 11: 说话颠三倒四, 把我认成别人.
      '颠三倒四',
      // Round 21: 说话前言不搭后语, 说早已过世的人在家 (acute confusion in an older person).
      '前言不搭后语',
      '胡言乱语',
      '说胡话',
      // Round 28: 叫他会应 但是乱讲话.
      '乱(讲|说)(话|胡话)',
      '(认成|当成|看成)~(了)?~别人',
      '认错人',
      // Round 10: answers that make no sense (问他话答得乱七八糟).
      '(答|回答|回话|说话)~(得|的)~(乱七八糟|牛头不对马嘴|驴唇不对马嘴|不着边)',
      '意识模糊',
      '神志不清',
      '糊涂',
      '说胡话',
      '认不出(人|家人)',
      '(有点|有些)迷糊',
      // Round 6 (Hokkien/Minnan-flavoured Mandarin): 讲话乱乱讲, 连阮都认不出来 (delirium, NICE CG103) [S].
      '(连|都)…认不(出|得)',
      '乱乱讲',
      '胡言乱语',
      '反应迟钝',
      '嗜睡',
      '昏昏沉沉',
      '迷迷糊糊',
      '精神萎靡',
      '叫不太醒',
      '胡说八道',
      '不认人',
      '人不清醒',
      '犯迷糊',
      '(发懵|犯懵|懵懵的|迷瞪|说话颠三倒四)',
      '精神恍惚',
      '(人|神志|意识)~(不|不太)~清(醒|楚)?',
      '反应~(慢|迟钝|变慢)',
      '答非所问',
      '认~不~(出|得)~(人|家人|我)',
      '问~…(话)?~…不~(答|回答|吭声|应)',
      '糊里糊涂',
      '昏~睡',
      // Woken only with effort: "叫了半天才醒".
      '{call}了?(半天|好久|好几声|好一会儿?|好几遍|好几下)才(醒|应|答应|有反应)',
    ],
    dept: { neurology: 3 },
  },
  {
    id: 'unresponsive',
    kind: 'symptom',
    label: { zh: '昏迷/叫不醒', en: 'unresponsive' },
    en: [
      'no (heart ?beat|pulse)\\b',
      'unconscious',
      'unresponsive',
      "(won'?t|will not|can'?t|cannot) (wake|be woken|be roused)",
      'not (breathing|responding)',
      'no pulse',
      'coma',
      'can (hardly|barely|not) (wake|rouse)',
      "(won'?t|doesn'?t|didn'?t) (wake up|respond|answer)",
    ],
    zh: [
      // Coverage audit 2026-11 (MTS / consensus Ⅰ cardiac/respiratory arrest, lay wording; project)
      '(心跳|呼吸)~(都)?~(停|停止|没)了',
      '(摸不到|摸不着|没有?了?)~(脉搏|心跳)',
      '人~没~气了',
      '没~呼吸了?(?!困难|急促)',
      '昏迷',
      '不省人事',
      '叫不醒',
      '没有?意识(?!到)',
      '叫(他|她)?…只(是|会)?(哼|嗯)',
      '没有呼吸',
      '没反应',
      '没有反应',
      '叫不应',
      '喊不醒',
      '没有知觉',
      '{call}~(他|她|也|都)*~…不~(醒|应|答应)',
      '(没|没有)~(了)?~(知觉|反应)',
    ],
    dept: { neurology: 2 },
  },
  {
    // Sleepy or listless (犯困, 蔫): on its own a common complaint, but after a head injury, with
    // dehydration in a small child or with a poisoning it is a warning sign (rules name it).
    id: 'drowsy',
    kind: 'symptom',
    label: { zh: '犯困、想睡或精神蔫', en: 'sleepy or listless' },
    en: [
      'sleepy',
      'keeps (falling asleep|dozing off|nodding off)',
      'can barely keep (his|her|my) eyes open',
      '(hard|difficult) to (wake|rouse)',
      // Round 33: "I keep wanting to sleep".
      '(keeps?|keeping) (wanting|trying) to (sleep|nap|doze)',
      'want(s)? to sleep all the time',
    ],
    zh: [
      '犯困',
      '昏昏欲睡',
      '(一直|老是?|总是?|光|就)(想|要)睡(?!不着)',
      // Round 11: 叫他能醒但一会儿又睡过去.
      '(叫|喊|推)~(他|她)?~能醒~…(一会儿?|马上|转眼)~又~睡',
      '睡(不醒|个不停)',
      '(特别|很|非常|好)困(?![难扰惑境])',
      '蔫',
      // 老是睡, 一直在睡: sleeping all the time (said of babies and the frail).
      '(老是?|总是?|一直|光)(在)?睡(觉)?(?![不眠着好得前])',
    ],
    dept: { neurology: 1 },
  },
  {
    id: 'seizure',
    kind: 'symptom',
    label: { zh: '抽搐', en: 'seizure or fit' },
    en: [
      'seizure',
      'convuls',
      'having (a )?fit',
      'had (a )?fit',
      'fitting',
      'shaking all over',
      'jerking (movements|all over)',
      'tongue biting',
      'eyes? (rolled|rolling) (back|up)',
      'febrile (fit|seizure|convulsion)',
    ],
    zh: [
      // Round 15: 两眼上翻、手脚抽 (eyes rolled up, limbs jerking),
      '(两眼|眼睛|双眼)~(往上|向上|上)~翻',
      '翻白眼',
      '手脚~(一直)?~(抽|抽动|一抽一抽)(?![血烟水])',

      '抽搐',
      // Round 11: "宝宝抽了" — a child or person who 抽了 (not blood, a cigarette or water drawn).
      '(宝宝|孩子|娃|小孩|儿子|女儿|闺女|老人|老公|老婆|他|她)~(突然|刚才|刚刚)?~抽(了|起来|过去)(?![血烟水一支根口])',
      // Round 45: 今天下午抽了一次 (not 抽了一次血, a blood test).
      '(今天|昨天|刚才|刚刚|上午|下午|晚上|早上|半夜|夜里)~又?~抽了~(一|两|几|\\d)~(次|回|阵)(?![血烟水])',
      // 抽了十几分钟 (a fit timed in minutes).
      '抽了~(\\d+|[一二两三四五六七八九十几半]+个?)(几|多)?~分钟',
      '抽风',
      '惊厥',
      '癫痫发作',
      '羊角风',
      '口吐白沫',
      '四肢抽动',
      '翻白眼',
      '(眼睛|眼珠子?)(往|向)?上翻',
      // 抽筋 is a leg cramp in adults (腿抽筋); with fever, in a child or all over it is a fit.
      '(发烧|高烧|发热|烧)~…(?<![腿脚肚子趾指手])抽筋',
      '(孩子|宝宝|娃|小孩|婴儿)~…(?<![腿脚肚子趾指手])抽筋',
      '(全身|浑身)(都)?(在)?抽(筋|动|搐)',
      // "一直在抽", "抽了快十分钟": 抽 alone means a fit when said as ongoing; not 抽烟/抽血/抽空.
      // Not a smoker's 烟还在抽 (round 40).
      '(?<!烟|烟也|烟都)(一直|不停地?|还在|正在|又在|一直在)抽(?![烟血空屉水奖签筋调查样])',
      '抽了(快|有|得有|差不多)?\\d+分钟',
    ],
    dept: { neurology: 4 },
  },
  {
    id: 'dizziness',
    kind: 'symptom',
    label: { zh: '头晕/眩晕', en: 'dizziness' },
    en: [
      'dizz',
      'light.?headed',
      'vertigo',
      'room (is )?spinning',
      'spinning sensation',
      'giddy',
      '(room|everything|world) (is |keeps |starts )?(spinning|spins|going round)',
    ],
    zh: ['头晕', '眩晕', '天旋地转', '头昏', '晕乎', '(想|要|快)~(晕|昏)(?![车船机])'],
    dept: { neurology: 3, ent: 1 },
  },
  {
    id: 'numbness',
    kind: 'symptom',
    label: { zh: '麻木/刺痛', en: 'numbness or tingling' },
    en: ['numb', 'tingl', 'pins and needles', 'paresthes', 'paraesthes'],
    // Round 28: 两条腿麻麻的.
    zh: [
      '麻木',
      '发麻',
      '手麻',
      '脚麻',
      '刺痛感',
      '{limb}(也|都|还)(有点|发)?麻(?![辣烦将药醉花油酱])',
      '{limb}~…麻麻的',
    ],
    dept: { neurology: 3 },
  },
  {
    id: 'fever',
    kind: 'symptom',
    label: { zh: '发热', en: 'fever' },
    en: [
      '(?<!hay ?)fever',
      'febrile',
      'pyrexi',
      'high temp',
      // A reading is a fever word only in the fever range: "temp 37.4" is not a fever.
      'temperature (of |was |is |has been )?(3[89]|4[0-2]|37\\.[5-9]|10[0-5])',
      'temp (of |was |is )?(3[89]|4[0-2]|37\\.[5-9]|10[0-5])',
      '(temperature|temp) (is |was |has been |keeps )?(high|raised|up|going up)',
      // Pinyin typed without the characters.
      'fa ?shao\\b',
      '(have|has|had|got|running|with|having) a (high |slight |bit of a |low |mild )?(temp|temperature)\\b',
      'feels? (a (little|bit) )?(very )?(hot|warm|feverish)',
      // Not skin hot after a day in the sun ("forgot sunscreen … red, sore and hot to touch", round 47).
      '(?<!\\b(sun|sunscreen|sun ?cream|sunblock|sunburnt?|beach)\\b[^.]{0,80})hot to (the )?touch',
      'running a temp',
    ],
    zh: [
      '发烧',
      // Not 一阵一阵发热 / 阵阵发热 (hot flushes, round 26).
      // Nor 摸着发热 (a patch of skin warm to the touch, round 35).
      '(?<!一阵|阵阵|一阵一阵|潮|烘|摸着|摸起来|摸上去)发热',
      '高烧',
      '高热',
      '低烧',
      '低热',
      '体温(高|升高|(3[89]|4[0-2]|37\\.[5-9]|10[0-5]))',
      '烧到',
      '烧了',
      // Fever coming and going (烧烧退退, 反复发烧).
      '烧烧退退',
      '反复(发)?烧',
      // 烧得厉害 is a fever; 烧心/胃里烧 (heartburn) and 火烧 are not.
      '(?<![心胃火燃燎里])烧得(很|好|太)?(厉害|不行|滚烫|迷糊|难受|直)',
      // Not skin hot from the sun (晒得通红，摸着烫, round 40).
      '(身上|额头|头)~…(烫|发烫|滚烫)',
      '(?<!晒[^。]{0,20})(摸着|摸起来)~…(烫|发烫|滚烫)',
      '\\d+(\\.\\d+)?度',
    ],
    dept: { infectious_disease: 1, general_internal: 1 },
  },
  {
    id: 'fever_resolved',
    kind: 'modifier',
    label: { zh: '发热已退', en: 'the fever has gone' },
    resolves: ['fever', 'high_fever_word'],
    en: [
      'fever (has )?(gone|went away|settled|broke|broken|resolved|come down|came down)',
      '(after|once|when) the fever (went|had gone|settled|broke|came down)',
      'no (more |longer a )?fever (now|since|anymore)',
    ],
    zh: [
      '(烧|热|体温)(已经|都|也)?(退|降)(了|下来了?|下去了?)(?![又再])',
      '退烧了(?![又再])',
      '(已经|都)(不|没)(烧|发烧)了',
    ],
  },
  {
    // Poor circulation a relative can see: cold hands and feet, mottled or blotchy skin.
    id: 'cold_peripheries',
    kind: 'modifier',
    label: { zh: '手脚冰凉或皮肤花斑', en: 'cold hands and feet or mottled skin' },
    en: [
      'cold to (the )?touch',
      'cold and clammy',
      'mottled',
      '(skin|legs|knees|hands) (is |are |look |looks )?(a bit |a little |slightly )?(blotchy|mottled)',
      // Round 24: "his hands and feet feel cold".
      '(hands and feet|hands|feet) (feel|felt|are|were) (\\w+ )?cold\\b',
      '(hands|feet|hands and feet) (are |feel |felt )?(ice|icy|freezing|very) ?cold',
      '(ice|icy|freezing) cold (hands|feet)',
      'cold (and )?(blotchy|clammy) (hands|feet|skin)',
    ],
    zh: [
      '(手脚|手|脚|四肢)…(冰凉|冰冷|发凉|冰)',
      // Regional reduplicated forms (冷吱吱, 冷冰冰, 凉飕飕).
      '(手脚|手|脚|四肢)…(冷吱吱|冷冰冰|凉冰冰|凉飕飕|冷冷)',
      '皮肤…(花斑|发花|一块一块)',
      '花斑',
    ],
  },
  {
    id: 'high_fever_word',
    kind: 'modifier',
    label: { zh: '高热', en: 'high fever' },
    en: ['high (fever|temperature)', 'very hot to touch'],
    zh: ['高烧', '高热'],
  },
  {
    id: 'chills',
    kind: 'symptom',
    label: { zh: '寒战', en: 'chills or rigors' },
    en: ['chills', 'rigou?rs', 'shivering', 'shaking chills'],
    zh: ['寒战', '打寒颤', '发冷', '冷得发抖'],
    dept: { infectious_disease: 1 },
  },
  {
    id: 'stiff_neck',
    kind: 'symptom',
    label: { zh: '颈部僵硬', en: 'stiff neck' },
    en: [
      'stiff neck',
      'neck (stiffness|is stiff|rigidity)',
      "(can'?t|cannot|unable to) (bend|touch) (his |her |my )?(neck|chin)",
      'neck pain and stiffness',
      'neck (is |feels |felt )?(so |very |really )?stiff',
    ],
    zh: [
      '脖子(发)?(硬|僵)',
      '颈部僵硬',
      '颈项强直',
      '颈强直',
      '低头困难',
      '脖子不能弯',
      '(脖子|颈部|颈项|后脖颈|颈子|脖颈|脖梗子?)~…(硬|僵|强直|发直|梗)',
      '(低|抬)~不~(下|起|动)~头',
      '头~低不下',
    ],
    dept: { neurology: 2 },
  },
  {
    id: 'photophobia',
    kind: 'modifier',
    label: { zh: '怕光', en: 'light hurts the eyes' },
    en: [
      'photophob',
      'sensitiv\\w* to light',
      "(can'?t|cannot|could ?n.?t) (stand|bear|tolerate|look at) (the |any |bright )?(light|lights|sunlight|brightness)",
      'light hurts',
      'opens (his|her) eyes to light',
      'bright light',
    ],
    zh: ['怕光', '畏光', '见光(难受|加重)'],
  },
  {
    id: 'nonblanching_rash',
    kind: 'symptom',
    label: { zh: '压之不褪色的皮疹/瘀点', en: 'rash that does not fade when pressed' },
    en: [
      'non.?blanching',
      'purpur',
      'petechi',
      "(doesn'?t|does not|won'?t) fade (when|under|with)",
      'purple (spots|rash|blotches)',
      'bruise.?like rash',
      "(doesn'?t|does not|won'?t|didn'?t|did not|don'?t|do not) (fade|go away|disappear) (when|under|with)",
      // Round 18: "small purple dots on my legs".
      '(small |tiny |little )?(purple|dark red) (dots|specks|pinpoints)',
    ],
    zh: [
      '瘀点',
      '瘀斑',
      '紫癜',
      '压之不褪色',
      '按(压)?(了)?(也)?不褪色',
      '出血点',
      '紫色的?(小)?(斑点|斑|点)',
      '(按|压|摁)~…(不|没)~(褪|退|消)~色?',
      // Not a plain 红斑 (a red patch, as in psoriasis; round 18).
      '(紫~(红|黑)?|红~(紫|黑))~色?~的?~(小)?~(点点|斑点|点子|出血点|斑)',
      '红~色?~的?~(小)?~(点点|斑点|点子|出血点)',
    ],
    dept: { infectious_disease: 2, haematology: 2 },
  },
  {
    id: 'fatigue',
    kind: 'symptom',
    label: { zh: '乏力', en: 'tiredness' },
    en: [
      '(very|really|so|extremely) weak\\b(?! (on|in) )',
      'tired',
      'fatig',
      'exhaust',
      'no energy',
      'lack of energy',
      'malaise',
      'generali[sz]ed weakness',
      'weak and',
      '(feel|feels|feeling|felt) (super |very |really |so |extremely )weak',
    ],
    zh: [
      '乏力',
      '疲劳',
      '没力气',
      '疲倦',
      '没精神',
      '浑身没劲',
      '容易累',
      '总是累',
      // Round 12: 这几天老觉得累.
      '(老|总|一直|特别|很)~(觉得|感觉|说)~(累|乏)',
    ],
    dept: { general_internal: 2, endocrinology: 1, haematology: 1 },
  },
  {
    id: 'pallor',
    kind: 'symptom',
    label: { zh: '面色苍白', en: 'looking pale' },
    // Coverage audit 2026-11 (MTS general discriminator 'shock': grey or ashen colour; project)
    en: [
      'ashen',
      '(grey|gray)[- ](looking|faced|skin)',
      '(looks?|looking|gone|turned|went) (grey|gray|ashen)',
      'pale',
      'pallor',
      'ice craving',
      'craving ice',
      'pica',
    ],
    zh: [
      '脸~(色)?~(煞白|惨白|发灰|灰白|刷白)',
      '(面无血色|没有?血色)',
      '(脸色|面色|嘴唇)(苍白|发白)',
      '脸(发白|白了|煞白|刷白)',
      '贫血貌',
    ],
    dept: { haematology: 5 },
  },
  {
    id: 'endocrine_symptoms',
    kind: 'symptom',
    label: { zh: '怕冷怕热、体重增加等', en: 'feeling cold or hot, weight gain and similar' },
    en: [
      'weight gain',
      'gained weight',
      "(been |am |i'?m |keep |keeps )putting on weight",
      'putting on weight (tho|though|even|despite|but)',
      'always (cold|freezing)',
      '(feeling|feels) cold',
      'cold intolerance',
      'heat intolerance',
      'galactorrh',
      'goitre',
      'goiter',
      'thyroid',
      'bulging eyes',
      'levothyroxine',
      'thyroxine',
    ],
    zh: ['体重增加', '怕冷', '怕热', '泌乳', '甲状腺', '脖子(变)?粗', '突眼', '优甲乐'],
    dept: { endocrinology: 5 },
  },
  {
    id: 'weight_loss',
    kind: 'symptom',
    label: { zh: '体重下降', en: 'weight loss' },
    en: ['weight loss', 'lost (\\d+ ?(kg|kilos|pounds|lbs)|weight)', 'losing weight'],
    zh: ['体重(下降|减轻)', '消瘦', '瘦了\\d*'],
    dept: { general_internal: 2, endocrinology: 1 },
  },
  {
    id: 'thirst_polyuria',
    kind: 'symptom',
    label: { zh: '口渴多饮多尿', en: 'thirst and passing a lot of urine' },
    en: [
      'thirst',
      'polydips',
      'polyuri',
      'drinking (a lot|lots)',
      'urinating a lot',
      // Round 33: "drinking tons of water and getting up at night to pee".
      'drinking (tons|loads|heaps|litres|liters|so much|gallons) of (water|fluids?)',
      'getting up (at night |in the night |every night )?(\\w+ ){0,2}to (pee|wee|urinate)',
      '(peeing|weeing) (a lot|loads|all the time|constantly|so much|every hour)',
    ],
    // Round 12: 特别能喝水，晚上也起来尿好几次.
    zh: [
      '口渴',
      '多饮',
      '多尿',
      '喝水多',
      '老想喝水',
      '(特别|很|老|总)~能喝水',
      // Round 33: 口干，喝好多水，尿也多.
      '喝(好多|很多|特别多|老多|一大堆)~水',
      '尿(也|还)(多|很多|特别多)',
      '(晚上|夜里)~…起来~…尿~(好几|很多|几)次',
    ],
    dept: { endocrinology: 4 },
  },
  {
    id: 'low_glucose',
    kind: 'symptom',
    label: { zh: '低血糖表现', en: 'low blood sugar' },
    en: ['low (blood )?sugar', 'hypo(glycaemi|glycemi)', 'sugar (is|was) low'],
    zh: ['低血糖', '血糖(很|太)?低'],
    dept: { endocrinology: 3 },
  },
  {
    // Round 30: someone who injects insulin (a missed dose can mean ketoacidosis within hours).
    id: 'insulin_treated',
    kind: 'context',
    label: { zh: '使用胰岛素', en: 'uses insulin' },
    en: ['insulin', 'type 1 diabet', '\\bT1DM?\\b', '(lantus|levemir|tresiba|novorapid|humalog|toujeo)'],
    zh: ['胰岛素', '1型糖尿病', '(来得时|诺和锐|优泌乐|长秀霖|甘精)'],
  },
  {
    id: 'diabetes_context',
    kind: 'context',
    label: { zh: '长期血糖高/使用降糖药', en: 'known high blood sugar or sugar-lowering treatment' },
    dept: { endocrinology: 1 },
    en: [
      'diabet',
      'insulin',
      'metformin',
      'blood (sugar|glucose)',
      '(hb)?a1c',
      'glycated ha?emoglobin',
      // Round 11: "type 1. sugar 28".
      '\\btype ?(1|one)\\b[.,]? ?(diabet|sugar|dm)?',
      '\\bT1DM?\\b',
    ],
    zh: ['糖尿病', '胰岛素', '二甲双胍', '血糖', '降糖药', '糖化'],
  },
  {
    // Steroid dependence: Addison's disease, hypopituitarism or congenital adrenal hyperplasia on
    // replacement. Hydrocortisone cream or eye drops are not replacement and are not matched.
    id: 'adrenal_insufficiency',
    kind: 'context',
    label: { zh: '肾上腺皮质功能减退/激素替代治疗', en: "Addison's disease or steroid replacement" },
    dept: { endocrinology: 3 },
    en: [
      "addison'?s?",
      'adrenal (insufficiency|failure|crisis)',
      'hypopituitar',
      'congenital adrenal hyperplasia',
      'hydrocortisone(?! (cream|ointment|lotion|eye))',
      'steroid (replacement|dependen\\w*)',
    ],
    zh: [
      '艾迪生',
      '阿狄森',
      '肾上腺(皮质)?(功能)?(减退|不全|危象)',
      '垂体(功能)?(减退|低下)',
      '先天性肾上腺(皮质)?增生',
      '氢化可的松(?!软膏|乳膏|眼)',
      '(激素|皮质醇)替代',
    ],
  },
  {
    // Signs of ketones: fruity breath and deep, laboured breathing (Kussmaul).
    id: 'ketotic_signs',
    kind: 'modifier',
    label: { zh: '呼气有烂苹果味或呼吸深快', en: 'fruity-smelling breath or deep, fast breathing' },
    en: [
      'pear.?drops?',
      'fruity (breath|smell)',
      // Round 33: "my breath smells weird" in someone vomiting without insulin.
      'breath (smells|smelling|smelt) (\\w+ ){0,2}(sweet|fruity|acetone|nail polish|pear|weird|strange|funny|odd)',
      'ketones?',
      'breathing (really |very |so )?(deep|deeply|heavy|heavily)',
      '(deep|heavy|sighing) (fast )?breath(ing|s)',
    ],
    zh: ['烂苹果味', '酮体', '尿酮', '酮症', '(呼吸|喘气)(又|很|特别)?(深|大)', '大口(大口)?(喘气|呼吸)'],
  },
  {
    // A past stroke/TIA, the patient's or a relative's: a reason for neurology, not a red flag itself.
    id: 'stroke_history',
    kind: 'context',
    label: { zh: '本人或家人有脑血管病史', en: 'past brain blood-vessel event (self or family)' },
    // Not the worried question ("AM I HAVING A STROKE??", "是不是中风了"), round 19.
    en: ["(?<!(having|is this|is it|it'?s|was it|be|getting) a )stroke\\b", '\\btia\\b', 'mini.?stroke'],
    zh: ['(?<!是不是|会不会|是否|难道是?|不会是)(脑梗|中风|脑出血|脑溢血|脑血栓|卒中)'],
    dept: { neurology: 2, cardiology: 1 },
  },
  {
    id: 'immunosuppressed',
    kind: 'context',
    label: { zh: '化疗/免疫抑制', en: 'chemotherapy or weak immunity' },
    en: ['chemo', 'immunosuppress', 'transplant', 'neutropeni', 'low white (cell|blood)'],
    zh: ['化疗', '免疫抑制', '移植', '白细胞(低|减少)', '粒细胞(低|减少)'],
  },
  {
    // Round 37: cutting or burning oneself to cope, told as an act rather than a wish to die. Three
    // authors (dev14, dev35, dev37) label it same-day when suicidal intent is denied (NICE NG225:
    // psychosocial assessment after self-harm); with any suicidal thought the suicidal rule speaks.
    id: 'self_harm_act',
    kind: 'symptom',
    label: { zh: '割伤或烫伤自己来缓解情绪', en: 'cutting or burning oneself to cope' },
    en: [
      // Round 25: "I've been cutting my arms when things get too much" (repeated self-cutting).
      '(been|keeps?|kept|started) (cutting|scratching|burning) (my|his|her) (arms|wrists|thighs|legs|skin)',
      // Round 42: "she had made several shallow cuts on her forearm with a pencil sharpener blade".
      '(made|making|done|did) (\\w+ ){0,2}(shallow |small |little |deep )?(cuts|scratches) (on|in|into) (her|his|my|their) (arms?|forearms?|wrists?|thighs?|legs?)',
      // Round 35: "sometimes when its too much i cut my arm".
      "when (it'?s|its|things get|it gets|things are) (\\w+ ){0,2}(too much|too hard|bad)[, ]+(i|he|she) (cut|hurt|burn|scratch)",
    ],
    zh: [
      // Round 37: 手臂上好多一道一道的割痕 … 割了心里会舒服点 (repeated self-cutting).
      '(手臂|胳膊|手腕|大腿)~…(割痕|划痕|刀痕|划的口子)',
      '(割|划)~(了|完)~(以后|之后)?~…(舒服|好受|痛快|解压)',
    ],
    dept: { psychiatry: 5 },
  },
  {
    id: 'suicidal',
    kind: 'symptom',
    label: { zh: '自伤或轻生想法', en: 'thoughts of self-harm or suicide' },
    en: [
      'suicid',
      'kill(ing)? (myself|himself|herself|themselves)',
      'end(ing)? (my|his|her|it) (own )?(life|all)',
      "(don'?t|do not|doesn'?t|no longer) want to (live|be alive|go on)",
      'better off dead',
      // Round 42: a farewell message and a charcoal burner taped in (carbon monoxide as the means).
      'charcoal (and|with|,) (\\w+ )?tape',
      // Round 48: "got the pills next to me and im going to do it tonite".
      '(got|have|holding) (all )?(the|my|these|those) pills (\\w+ ){0,4}(going|gonna) (to )?do it',
      '(i.?m|im|i am) (going|gonna) (to )?do it (tonight|tonite|today|now)',
      '(stockpiled|saved up|been saving) (\\w+ ){0,2}(pills|tablets|sleeping pills)',
      '(saying|said|says|wrote|writing) (\\w+ ){0,3}sorry for everything',
      '(message|text|note|post)\\w* (\\w+ ){0,4}saying goodbye',
      // Round 41: said of someone else ("everyone would be better off without him").
      '(everyone|they|family|people)( \\w+){0,2} (would be |are |is )?better (off )?without (me|him|her|them)',
      '(think|thinks|thinking|thought) about dying',
      '(stockpil|hoard|sav)\\w* (up )?(my |his |her )?(sleeping |sleep |pain )?(pills|tablets|meds|medication)',
      'self.?harm',
      '(hurt|hurting|cut|cutting|harm|harming) (myself|himself|herself)',
      // Round 36: rehearsal told plainly ("keep thinking about the roof of our dorm building, went up
      // there last night just to see how it would be"; NICE NG225).
      '(thinking|think|thought) about (the |our |my )?(roof|ledge|bridge|train tracks|railway|jumping)',
      // Round 37: "sometimes wishes she just wouldn't wake up" (a passive wish, NICE NG225).
      "(wish|wishes|wished|wishing) (she|he|i|they) (just |simply )?(wouldn'?t|didn'?t|would not|did not|could not|couldn'?t|won'?t) wake up",
      'went up (there|to the roof|on the roof)[^.!?]{0,40}\\b(see|how it would|what it would)',
      'take (my|his|her) (own )?life',
      'no reason to (live|go on)',
      'wish (i|he|she) (was|were) dead',
      "(don'?t|do not|can'?t) see (the |any )?point (of|in) (living|life|going on|being alive)",
      '(ending|end) it( all)?\\b',
      '(want|wants|wanted|wanting) to die',
      'no point (in )?(living|going on)',
      '(giving|gave|given) (away )?(his|her|my) (things|stuff|belongings|possessions)( away)?',
      // Round 9: farewells and putting affairs in order, as relatives notice them.
      '(texted|messaged|sent|said) (me |us |everyone )?(a )?goodbye',
      '(sorted|sorting|put|putting) (out )?(all )?(his|her|my) (things|affairs|stuff) (\\w+ )?(in order)?',
      // Round 13: "I can't do this anymore … I've decided to take them tonight".
      "(can'?t|cannot) (do|take|cope with|handle) (this|it) any ?more",
      '(decided|going|plan\\w*|want) to take (them|them all|all of them|the whole (bottle|lot)|the (pills|tablets)) (tonight|today|later|after)',
      '(not|no longer) (want to )?be (here|around) anymore',
      "(don'?t|do not|doesn'?t|does not) want to be (here|around|alive)( anymore)?",
      // Final acts and means at hand (NICE NG225 risk factors): goodbye letters, pills set aside.
      '(written|wrote|writing|left) (\\w+ ){0,2}(goodbye |suicide )?(letters?|notes?) (to|for) (my|his|her|the) (family|kids|children|wife|husband|partner|parents|mum|mom|dad)',
      '(suicide|goodbye) (note|letter)',
      '(have|got|has) (the |my |his |her |some )?(pills|tablets|rope|gun) (ready|saved|lined up)',
      '(jump|jumping|jumped) (off|from|out of) (a |the |his |her |my )?(balcony|bridge|roof|building|window|cliff)',
      // Round 17: means bought and a time set ("bought a rope and plan to do it tonight"), told
      // without apostrophes ("i dont see the point anymore").
      '(bought|buy|buying|got|have|has) (a |some |the )?(rope|noose)\\b(?! ?burn)',
      // Not "I want to do it today" about a blood test: a plan or decision, and tonight or this weekend.
      '(plan|planning|planned|decided) to (do it|end it) (tonight|this weekend|tomorrow)',
      "(don'?t|do not|can'?t|cannot) see (the |any )?point any ?more",
      // Round 20: "it'd be easier not to wake up" (a passive wish, NICE NG225).
      "(easier|better) (\\w+ ){0,2}(not (to )?wake up|if (i|he|she) (didn'?t|did not|never) wake up)",
      // Command hallucinations to self-harm.
      'voices? (\\w+ ){0,4}(tell|tells|telling|told) (him|her|me|them) to (kill|hurt|harm|jump|die|end)',
    ],
    zh: [
      '自杀',
      // Round 48: sleeping pills saved up (安眠药攒了一瓶) with no one home tonight.
      '(安眠药|安定|药片)~(我)?~(已经)?~(偷偷|悄悄)?~攒~(了)?',
      '攒~(了)?~(1|一)?~(瓶|堆|盒|把)~(的)?~(安眠药|安定)',
      '想死',
      '不想活',
      '轻生',
      '结束(自己的)?生命',
      '自残',
      '割腕',
      // Round 41: Sichuan 活起 (活着).
      '活(着|起)~(都)?~没(得|有)?~(意思|意义)',
      // Round 41: 要是睡下去不醒就好了 (a passive wish not to wake, NICE NG225).
      '(睡|睡着|睡下去|一觉睡)~(了)?~(就)?~(不|再也不|别)~(醒过来|醒来|醒|起来)~(了)?~(就)?~(好|算了|多好|也好|该多好)',
      // Round 41: a night, a place and farewells arranged (准备等室友睡了去楼顶).
      '(准备|打算|想好了?)~…(去|上)~(楼顶|天台|顶楼)',
      '伤害自己',
      '跳楼',
      '一了百了',
      '活不下去',
      '不(想|愿意?)再活',
      '死了算了',
      '一死了之',
      '活着太累',
      // Round 9: tiredness of living and a hidden plan (攒药), told as a sleep complaint.
      '活着~(挺|很|好|真)~累',
      '(攒|存|囤)~…药~…(够|一起|全|都)',
      '(把|将)~…药~…(攒|存|囤)',
      '要是我不在了',
      '(我)?要是~(消失|走|死)~了~…(轻松|更好|解脱|省心)',
      '不用再(麻烦|拖累)(大家|你们|家里|家人)',
      // Round 34: 药我也攒了一些 这周末以后估计就不用麻烦谁了 (a plan told as a sleep complaint).
      '不用~(再)?~(麻烦|拖累)~(谁|任何人|别人)',
      '药~(我)?~(也)?~(攒|囤)(了|起来|着)',
      '不~想~活',
      '活~着~…(没|没有)~(啥|什么|一点)?~(意思|意义|盼头|奔头)',
      '死了~(算了|好|倒好|干净|也好)',
      '(不如|还不如|干脆)~死',
      '寻死|寻短见|了结自己|活够了',
      '(想|要)~(去)?~(跳楼|跳河|上吊|喝农药|喝药|割腕)',
      '(攒|囤)~…(药|安眠药)',
      '(没有我|没我)…(更好|好过|轻松)',
      // Round 23: 要是睡过去不醒就好了 (a passive wish, NICE NG225).
      '(睡过去|睡着了?)~(就)?~(再)?~(也)?~不(醒|要醒)~(就好了|才好|算了|也好|多好)',
      // Round 25: 有时候会想要是明天不醒来就好了.
      '(要是|如果|真希望|希望)~(明天|明早|早上|一觉)~(就)?~(再)?~(也)?~不(醒|要醒)(来|过来)?~(就好了|才好|算了|也好|多好)',
      '结束(这)?一切',
      '(把|将)…(东西|财物|存款|宠物|积蓄)…(送人|送给|分给)',
      '交代(好)?后事',
      '遗书',
      // 声音叫她去跳楼: voices telling the person to harm themselves.
      '(声音|有人)…(叫|让|命令)(他|她|我)…(死|跳|自杀|割)',
    ],
    dept: { psychiatry: 6 },
  },
  {
    id: 'harm_others',
    kind: 'symptom',
    label: { zh: '有伤人风险', en: 'risk of harming others' },
    en: [
      '(kill|hurt|harm|attack) (someone|others|people|him|her|them)',
      'violent',
      'threaten\\w* (to|with)',
      // Not the tool of an accident ("nicked my finger with a knife", round 21).
      '(?<!\\b(cut|nicked|sliced|slipped|slip|chopp\\w*|cutting|slicing|peel\\w*|carv\\w*)\\b[^.!?]{0,30})(with|holding|grabbed|waving|carrying|picked up) (a |the |his |her )?(knife|knives|axe|gun|weapon|machete|cleaver)',
    ],
    zh: [
      '伤人',
      '想杀人',
      '打人',
      '暴力',
      '砸东西',
      // Holding a weapon against someone: 拿着菜刀说要去找人算账.
      '(拿|提|举|拎|抄|揣|挥)(着|起|了)?(把|一把)?(菜刀|刀子?|斧头|棍子|铁棍|剪刀|砖头|榔头|锤子)…(砍|杀|捅|追|拼命|算账|报仇|威胁|吓唬|找人|找他|找她)',
      '(要|想|扬言|说要)(去)?(砍|杀|捅|弄死|打死)(人|他|她|谁|邻居|全家|你)',
    ],
    dept: { psychiatry: 5 },
  },
  {
    // Round 44: hearing a voice, a fixed false belief, no need for sleep: psychotic or manic features
    // (NICE CG192: after childbirth, suspected postpartum psychosis needs assessment within 4 hours).
    id: 'psychotic_features',
    kind: 'symptom',
    label: {
      zh: '幻听幻觉、怪异想法或不需要睡觉',
      en: 'hearing voices, strange fixed beliefs or no need for sleep',
    },
    en: [
      'hallucinat',
      'hear(s|ing)? (a |the )?voices?',
      "(isn'?t|is not|aren'?t|are not) (really )?(ours|mine|his|hers|theirs|our baby|her baby|my baby)",
      "(doesn'?t|does not|don'?t|do not) need (any )?sleep",
      'talking (very |really |so )?fast',
      'paranoi',
      // Round 46: "hearing people talking about me when no ones there", "working with someone to watch me".
      "hear(s|ing)? (people|someone|somebody|things) (\\w+ ){0,4}when (no ?one'?s?|nobody'?s?|nobody is|no one is) (there|around)",
      '(working|plotting|in league) with (\\w+ ){0,3}to (watch|spy on|follow|poison|get) (me|him|her)\\b',
    ],
    zh: [
      '幻听',
      '幻觉',
      '(听到|听见)~(有人|有个声音|声音)~…(说|叫|讲|骂)',
      '(孩子|宝宝|娃)~不是~(我们|我|她|他|自己)~的',
      '(不用|不需要)~睡觉',
      '胡言乱语',
    ],
    dept: { psychiatry: 6 },
  },
  {
    id: 'mental_distress',
    kind: 'symptom',
    label: { zh: '情绪或睡眠问题', en: 'mood, anxiety or sleep problems' },
    en: [
      'depress',
      'low mood',
      'feel(ing)? (so |very |really |pretty )?(sad|hopeless|down|worthless|low|flat|empty)\\b',
      // Round 18: "Since November I've felt flat".
      'felt (so |very |really |pretty )?(sad|hopeless|down|worthless|low|flat|empty)\\b',
      // Round 20: "worrying constantly about everything" (NICE CG113 generalised anxiety).
      'worr(y|ying|ied) (constantly|all the time|non-?stop|about everything)',
      'anxi',
      'panic',
      'insomnia',
      "(can'?t|cannot|trouble) sleep",
      'stressed',
      'hallucinat',
      'hearing voices',
      'paranoi',
      'mood swings',
      'no interest',
      "feel(s|ing)? like (i'?m|i am|he'?s|she'?s) (going to|gonna|about to) die",
    ],
    zh: [
      '抑郁',
      '情绪低落',
      '焦虑',
      '失眠',
      // Round 17: 痒得睡不着 is kept awake by the itch, not a sleep problem.
      '(?<!(痒|疼|痛|咳|吵)得)睡不着',
      '心情不好',
      // Round 18: 入冬以后心情一直不太好.
      '心情~(一直|老是|总是|最近)?~不(太|怎么)好',
      '幻觉',
      '幻听',
      '恐慌',
      // Round 34: a panic attack named as such (惊恐发作).
      '惊恐(发作|障碍)',
      '压力(很|太)?大',
      '紧张不安',
      // Round 5: worry in lay words (NICE CG113 generalised anxiety) [S]; project wording.
      '坐立不安',
      '担心这~担心那',
      '(老是|总是|整天|成天)~(担心|害怕|提心吊胆)',
      // Round 33: 想起来就哭 (low mood after a loss).
      '(想起来|一想到|一想起)~…就~(哭|掉眼泪|流泪)',
      '什么都不想做',
      // Round 8: loss of interest and joy in plain words (NICE NG222 core symptoms).
      '开心不起来',
      '(对|做)~(什么|啥|任何)~(事)?~(都|也)~没~(有)?~兴趣',
      '高兴不起来',
      // A sense of dying during a panic episode.
      '(觉得|感觉|以为)(自己)?(快要|快|要)死',
      '濒死感',
      '(干啥|干什么|做什么|做啥|啥|什么)(都|也)?提不起(劲|兴趣|精神)',
      '心情…(不好|低落|差|郁闷)',
    ],
    dept: { psychiatry: 5 },
  },
  {
    id: 'poisoning',
    kind: 'symptom',
    label: { zh: '误服/中毒/过量服药', en: 'poisoning or overdose' },
    en: [
      'a handful of (\\w+ )?(pills|tablets)',
      '(ate|got into|swallowed) (some of |a few of )?(my|his|her|grandma.?s|granny.?s|mum.?s|mom.?s|dad.?s|the) (\\w+ )?(pills|tablets|medicine)',
      '(swallowed|took|taken|drank) (a |an |the )?(whole |entire |full )?(bottle|packet|box|pack|strip) of',
      'overdose',
      'poison',
      '(a |the )?whole (bottle|packet|box|pack) of',
      'took (a whole|an entire|the whole|all the|all of (my|his|her)) (bottle|packet|box|pack|pills|tablets)',
      'swallowed (bleach|pills|tablets|medicine|chemicals?|a battery|button battery|detergent)',
      '(swallowed|ate|eaten|put) (a |an |the |some |two |2 )?(button |coin |lithium |small )?(batter(y|ies)|magnets?)',
      // Round 43: "swallowed two of those tiny magnetic balls" (NASPGHAN: more than one magnet).
      '(swallow\\w*|ate|eaten|gulped)[^.!?]{0,40}\\bmagnet(s|ic)\\b',
      // Round 43: "she took about 20 of them" (the pack named in another sentence).
      '(took|taken|swallowed|had) (about |around |like |over |nearly |maybe |roughly |almost |at least )?[1-9]\\d+ of (them|those|these|the (pills|tablets))',
      'took (too many|a lot of|all (my|his|her)) (pills|tablets|medicine)',
      'pesticide',
      'carbon monoxide',
      'charcoal (burner|stove)',
      // Ten or more tablets of anything, or a whole pack, is an overdose until a clinician says not.
      // Round 29: "took about 30 of her sertraline 50mg".
      '(took|taken|swallowed|had|ate) (about |around |like |over |nearly |maybe |roughly |almost |at least )?[1-9]\\d+ (of (my|his|her|their|the) )?\\w+ \\d+ ?(mg|milligrams?)\\b',
      // Round 28: "swallowed like 30 of her sertraline pills".
      '(took|taken|swallowed|had|ate) (about |around |like |over |nearly |maybe |roughly |almost |at least )?[1-9]\\d+ (of (my|his|her|their|the) )?(\\w+ )?(pills|tablets|caps|capsules|paracetamol|acetaminophen|tylenol|panadol|ibuprofen|aspirin|sleeping pills)',
      '(took|swallowed|ate) (a |the )?(whole|entire|full) (strip|sheet|pack|packet|bottle|box|blister)',
      // Round 35: "I took a lot of paracetamol, like 20 or 25 of the 500s".
      '(took|taken|swallowed|had|ate) (a lot of|loads of|lots of|a handful of|a bunch of|too many|way too many|heaps of) (\\w+ )?(pills|tablets|paracetamol|acetaminophen|tylenol|panadol|ibuprofen|aspirin|sleeping pills)',
      // Button/coin cells however the sentence is ordered ("swallowed one of those coin batteries").
      '(swallow|ate|eaten|eat|mouth|chew|suck)\\w*[^.!?]{0,40}(button|coin|disc|lithium|watch)[ -]?(cell|batter)',
      '(button|coin|disc|lithium)[ -]?(cell|batter(y|ies))[^.!?]{0,40}(swallow|mouth|ate|eaten|missing)',
      // Round 8: "the little round battery is missing, she might have swallowed it".
      '(round|little|small|tiny|flat) batter(y|ies)[^.!?]{0,60}(swallow|mouth|ate|eaten|missing)',
      // Round 19: "can't find one of the little round flat batteries. He might have swallowed it?"
      '(round|little|small|tiny|flat) batter(y|ies)[^!?]{0,80}(swallow|ate|eaten|in (his|her) mouth)',
      // Round 5: any battery a child swallowed ("small round batteries from the remote"): the
      // sender rarely knows the type (NASPGHAN 2021 button-battery algorithm; project wording).
      '(swallow|ate|eaten|gulped)\\w*[^.!?]{0,40}\\bbatter(y|ies)\\b',
      // Round 22: a toddler in a grandparent's handbag, "one or two pills may be missing".
      '(pills?|tablets?|capsules?) (may|might|could) (be|have gone) missing',
      '(pills?|tablets?|capsules?) (are|is) missing',
      // Round 44: "grandma's diabetes pills (gliclazide, the white ones) and we think 2 or 3 are missing".
      '(pills?|tablets?|capsules?)[^.!?]{0,60}\\b(\\d|one|two|three|a few|some)( or (\\d|two|three|four))? (are|were|is|was) missing',
      '(pill ?box|pill bottle|medicine box|medicine bottle)\\w* (\\w+ ){0,2}open',
      'got into (\\w+ ){0,3}(pills|tablets|medicines?|medication|handbag|medicine (cabinet|box)|pill ?box|pill organi[sz]er)',
      // Round 37: "swallowed one or two of his diabetes tablets" (someone else's medicine).
      "(swallowed|ate|eaten|taken|took) (one|two|a couple|some|a few|one or two|1 or 2|\\d) (of )?(his|her|grandpa'?s|grandma'?s|granny'?s|nana'?s|dad'?s|mum'?s|mom'?s) (\\w+ ){0,2}(tablets|pills|capsules)",
      '(drank|drunk|swallowed|ate|had) (some |a bit of |a little |a cup of |a mouthful of |a sip of )?(bleach|weed ?killer|pesticide|antifreeze|detergent|drain cleaner|dishwasher tablet|washing (liquid|pod)|laundry (pod|capsule)|paraffin|kerosene|petrol|gasoline|rat poison)',
      // Round 31: "drank from a bottle under the sink, I think it is drain cleaner".
      '(drank|drunk|swallowed|sipped|drinking) (\\w+ )?from (a|the) (bottle|cup|can|container|jug)[^.!?]{0,60}(cleaner|bleach|detergent|chemical|pesticide|weed ?killer|acid|lye|caustic|antifreeze|under the sink)',
    ],
    zh: [
      // Round 16: 扣子电池少了一颗，应该是吞下去了 (told across a comma),
      '(纽扣|扣子|扣式|圆形)?电池⋯(吞|咽|吃)(了|下|进)',
      // A gap never crosses 不, so "不见了" (missing) is named: 电池不见了，可能吞了.
      '电池~(不见|找不到)~了⋯(吞|咽|吃)(了|下|进)',
      // Round 30: 遥控器里的纽扣电池少了一个 满地找也没找到 (a missing cell near a small child).
      '(纽扣|扣子|扣式|圆形|遥控器|手表|玩具)~…电池~…(少了|不见了|找不到|没找到)',

      // Round 14: 吃了一整板加半板的必理通 (a strip or bottle of tablets, whatever follows),
      // Not cough syrup drunk over weeks (止咳糖浆吃了好几瓶, round 40).
      '(?<!糖浆|止咳水|口服液)(吃|吞|服)~了~(一整|整|一|大半|半|好几|几|两)~(板|排|瓶)',

      // Coverage audit 2026-11 (MTS / consensus Ⅰ acute overdose: a child into someone else's medicine; project)
      '(偷吃|误吃|乱吃)~了?~…(药|片|胶囊)',
      '吃了~(好几|十几|一把|一堆)~…(片|粒|颗)',
      '中毒',
      '农药',
      '误服',
      '吃了很多(药|片)',
      '吞了(一把|很多)?(药|电池)',
      '(吞|吃|咽)(了|下|进)?…(电池|磁铁|磁珠)',
      // 把纽扣电池吞下去了: the object comes first with 把.
      '(电池|磁铁|磁珠)…(吞|咽|吃)(了|下|进)',
      // Not a gas cooker left on (煤气也忘关过): gas poisoning itself, or breathing it in.
      '煤气(中毒|熏)',
      '(闻|吸)~了?~…煤气',
      '一氧化碳',
      '吃了(整瓶|一瓶)',
      '(吞|吃|喝|服)(了|下)*(一整|整|一|大半|半|好几|几)(板|瓶|盒|把|排|包|袋)…(药|片|胶囊|安眠|安定)',
      // Round 29: 一口气吃了二十几颗对乙酰氨基酚 (tens told in characters).
      '(吞|吃|服)(了|下)*(差不多|大概|大约|将近|快|至少|起码|足足|一共|总共|一口气|一下子)?~([二三四五六七八九]?十)(几|多|来)?~(片|粒|颗)',
      // Round 25: 一时冲动吃了差不多20片扑热息痛 (a count hedged with about / nearly / at least).
      // Round 44: 一下子吃了20多片泰诺林 (a count with 多 before the measure word).
      '(吞|吃|服)(了|下)*(差不多|大概|大约|将近|快|至少|起码|足足|一共|总共|一口气|一下子)?~[1-9]\\d+(多|来|几)?(片|粒|颗)',
      // Round 20: 把家里剩下的安眠药都吃了 (all that was left, however many).
      '(安眠药|安定|药片|药)(都|全|全部)(吃|吞|喝)(了|光|完|掉)',
      // Round 33: 把家里那瓶艾司唑仑都吃了 (a bottle named by its medicine, all taken), and the count
      // said after (吃了，大概二十几颗吧).
      '(瓶|盒|板)~(的)?~[\\u4e00-\\u9fff]{2,6}(都|全|全部)(吃|吞|喝)(了|光|完|掉)',
      '(吞|吃|服)(了|下)⋯(差不多|大概|大约|将近|快|至少|起码|足足|一共|总共)~([二三四五六七八九]?十)(几|多|来)?~(片|粒|颗)',
      // Object first: 把一盒泰诺林都吃了, 一整瓶安眠药全吞了.
      '(一|整|大半|半|好几)(整)?(板|瓶|盒|排)(的)?(药|片|胶囊|安眠药|安定|退烧药|止痛药|感冒药|降压药|降糖药|泰诺林?|扑热息痛|对乙酰氨基酚|必理通|布洛芬|芬必得|阿司匹林)…(吃|吞|喝|服)(了|下|光|掉|完)',
      '(敌敌畏|百草枯|老鼠药|鼠药|耗子药|除草剂|杀虫剂|洁厕灵)',
      // Round 35: home-made aconite wine (草乌酒); 附子 only with numbness or poisoning said, since it is
      // also a cooked decoction herb (乌头类药物中毒: fatal arrhythmias).
      '(草乌|川乌|乌头|雪上一枝蒿)',
      '附子~…(中毒|发麻|嘴麻|舌头麻)',
      // Round 21: organophosphates sprayed in an orchard (乐果, 甲胺磷…).
      '(氧?乐果|甲胺磷|敌百虫|有机磷|对硫磷|毒死蜱|辛硫磷)',
      // Round 38: 打的是啥磷的那个 (a sprayer who cannot name the phosphorus pesticide).
      '(啥|什么|哪种|那种)~磷',
      '(喝|吃|误食|误喝|舔)了?…(消毒液|84|洁厕|洗衣液|汽油|农药|安眠药)',
    ],
    dept: { emergency: 6 },
  },
  {
    // Round 29: a blow to the belly (a bicycle handlebar, a kick, a fall onto an edge): later pain,
    // vomiting or pallor can be a torn spleen, liver, pancreas or bowel (NICE NG39 major trauma) [S].
    id: 'abdominal_blow',
    kind: 'modifier',
    label: { zh: '肚子被撞击', en: 'a blow to the belly' },
    en: [
      'handlebars? (\\w+ ){0,3}(hit|went into|jabbed|struck|dug into|caught) (him |her |me )?(in )?(the |his |her |my )?(left |right )?(tummy|belly|stomach|abdomen|side|ribs)',
      '(kicked|punched|hit|struck|kneed) (\\w+ )?in the (tummy|belly|stomach|abdomen)',
      // Round 42: "took a hard knee to the left side of his belly".
      '(knee|kick|punch|elbow|blow|hit|boot) (to|in|into) (the |his |her |my )?(left |right )?(side of (the |his |her |my )?)?(tummy|belly|stomach|abdomen)',
      '(fell|landed) (on|onto) (the |a )?(\\w+ )?(edge|corner|handlebar|railing)[^.!?]{0,30}(tummy|belly|stomach|abdomen)',
    ],
    zh: [
      '(车把|车龙头|把手)~…(撞|顶|戳|杵|磕)~…(肚子|肚|腹|上腹|肋)',
      '(肚子|腹部)~…(被)?~(踢|踹|撞|顶)(了|到|伤)',
    ],
  },
  {
    // Round 26: home-fermented corn or rice noodles (酸汤子, 臭米面) and spoilt wood-ear fungus carry
    // bongkrekic acid: no antidote, high mortality (国家卫健委/China CDC food-safety warnings) [S].
    // Rules need a symptom with it.
    id: 'fermented_grain_food',
    kind: 'context',
    label: {
      zh: '吃了自制发酵米面（酸汤子、臭米面）或泡发过久的木耳',
      en: 'ate home-fermented corn or rice noodles or long-soaked wood-ear fungus',
    },
    en: ['suantangzi', 'sour soup noodles', 'fermented (corn|rice) (noodles|flour|dough)'],
    zh: ['酸汤子', '臭米面', '吊浆粑', '(玉米面|米面|木耳)~…泡(了|发)~…(好些|好几|几|多)(天|日)'],
  },
  {
    // Round 28: puffer fish and nassarius sea snails (织纹螺) carry tetrodotoxin: numb lips, then
    // numb limbs and weakness, then paralysis of breathing (国家卫健委 food-poisoning warnings) [S].
    id: 'toxic_seafood',
    kind: 'context',
    label: { zh: '吃了河豚或织纹螺', en: 'ate puffer fish or nassarius snails' },
    en: ['puffer ?fish', '\\bfugu\\b', 'blow ?fish'],
    zh: ['河豚', '织纹螺', '麦螺', '白螺'],
  },
  {
    // Round 26: unlabelled, home-made or bootleg spirits: methanol until shown otherwise; blurred or
    // "snowstorm" vision, vomiting or drowsiness after it is poisoning (WHO methanol poisoning) [S].
    id: 'illicit_spirits',
    kind: 'context',
    label: { zh: '喝了来路不明的散装酒或假酒', en: 'drank unlabelled, home-made or bootleg spirits' },
    en: [
      '(no label|unlabell?ed|home.?made|bootleg|moonshine|fake|counterfeit|cheap unbranded) (\\w+ )?(vodka|alcohol|spirits?|liquor|baijiu|whisk(e)?y|rum|gin)',
      '(vodka|alcohol|spirits?|liquor|baijiu)[^.!?]{0,40}(no label|unlabell?ed|from a (man|guy|stall)|on the street)',
      'methanol',
    ],
    zh: ['假酒', '散装(白)?酒', '散白', '工业酒精', '甲醇', '(自酿|自己酿|私酿)~…酒'],
  },
  {
    // Round 27: a faint at the sight of a needle or blood, or during a blood test or injection: the
    // classic trigger of a vasovagal faint (NICE CG109 transient loss of consciousness) [S].
    id: 'vasovagal_trigger',
    kind: 'modifier',
    label: { zh: '晕针晕血', en: 'fainted at a needle or at the sight of blood' },
    en: [
      '(saw|seeing|sight of|looked at) (the |a |my )?(needle|blood|syringe)',
      '(blood test|blood draw|having blood (taken|drawn)|injection|vaccine|jab)[^.!?]{0,60}\\b(faint\\w*|passed out|went (grey|gray|black|dark)|blacked out)',
    ],
    zh: [
      '晕针',
      '晕血',
      '(抽血|打针|看到血|见血|看见针|看到针)~…(晕|眼前发黑|发黑|眼前一黑)',
      // Round 36: 抽血，抽完一站起来眼前一黑就倒了 (told across a comma).
      '(抽血|打针|打疫苗|输液|扎针)~⋯(晕倒|晕过去|眼前一黑|眼前发黑)',
      '(怕|害怕)见血',
    ],
  },
  {
    // Round 27: still eating and drinking (food and water kept down): with sickness in early
    // pregnancy it is the mild form for home care (RCOG Green-top 69) [S].
    id: 'keeps_food_down',
    kind: 'modifier',
    label: { zh: '能吃能喝', en: 'keeping food and fluids down' },
    en: [
      // "I keep water and crackers down" (round 28).
      '(keeping|keep|kept|can keep|able to keep) (food|fluids|water|drinks|things|it|everything|meals|crackers|toast)( and \\w+)? down',
      '(eating|drinking) and (drinking|eating) (ok|okay|fine|normally|well)',
    ],
    zh: ['(饭|东西)~(也|还)?~(都)?~能吃⋯水~(也|还)?~(都)?~能喝', '能吃能喝'],
  },
  {
    // Carbon monoxide: charcoal, coal stoves and gas heaters indoors. Rules need a symptom with it.
    id: 'co_exposure',
    kind: 'modifier',
    label: { zh: '室内烧炭/煤炉/燃气', en: 'indoor charcoal, coal stove or gas heater' },
    en: [
      'charcoal',
      'generator (indoors|inside|in the (house|garage|room))',
      'gas (leak|heater|fire)',
      // Round 13: "a gas water heater in the bathroom", "we all feel better when we go out" (UKHSA CO).
      'gas (water )?(heater|boiler|geyser)',
      '(feel|feels|felt|feeling) (\\w+ )?better (when|after|once) (we |i |they |he |she )?(go|went|get|leave|left|are) (out|outside|away)',
      '(faulty|broken) (boiler|heater)',
      // UKHSA CO guidance: gas boilers/fires, and symptoms that ease away from home.
      'boiler',
      '(paraffin|kerosene|wood|coal|log) (heater|stove|burner)',
      '(exhaust|car|generator|gas) fumes',
      '(carbon monoxide|co) (alarm|detector)',
    ],
    // Round 26: northern coal-heated kang beds and stoves (烧炕, 土暖气, 生炉子).
    zh: [
      '烧炭',
      '炭火',
      '炭盆',
      '煤炉',
      '蜂窝煤',
      '煤球炉?',
      '燃气(泄漏|漏了|热水器)',
      '煤气(泄漏|漏了)',
      '烧(炕|煤|火墙)',
      '(火炕|土暖气|生炉子|(煤|火|取暖)炉子)',
    ],
  },
  {
    // Mechanisms that are high-risk whatever the visible injury (ESI v4 high-risk situation).
    id: 'major_trauma_mechanism',
    kind: 'modifier',
    label: { zh: '高处坠落或被车撞', en: 'a fall from height or being hit by a vehicle' },
    en: [
      'high[- ]speed (crash|collision|accident|impact)',
      '(crash|collision|accident) at high speed',
      '(car|vehicle) (rolled|flipped)( over)?',
      'rolled over',
      '(was |got |been )stabbed',
      'fell (off|from|out of) (a |the |his |her |my )?(ladder|roof|height|balcony|scaffold\\w*|horse|tree|window|(\\w+ )?(floor|storey|story))',
      'fall from (a )?height',
      '(hit|run over|knocked (down|over)) by (a |the )?(car|truck|lorry|bus|van|vehicle|motorbike|motorcycle)',
      '(motorbike|motorcycle|motor ?cycle|scooter) (crash|accident|collision)',
      'thrown (from|off|out of)',
      'rolled (the|his|her|my) car',
      // Penetrating wounds of the trunk or neck.
      'stab(bed)? (in|into|to) (the |his |her |my )?(chest|belly|abdomen|stomach|back|neck)',
      'stab wound',
      'gunshot',
      '\\bshot (in|with)',
      // Round 21: "hand caught in a conveyor, the tip of my index finger is hanging off".
      '(caught|crushed|trapped|pulled) (in|into) (a |the )?(machine|conveyor|press|roller|gears?|chain|meat grinder|mangle)',
      '(finger|fingertip|thumb|toe|tip of)[^.!?]{0,40}(hanging off|cut off|chopped off|severed|came off|torn off|sliced off)',
    ],
    zh: [
      // ESI v4 / MTS 'high-energy transfer' and penetrating injury, lay wording; project
      '(车|汽车|小车)~翻',
      // Round 24: a motorbike fall on a mountain road (ESI v4 high-risk mechanism).
      '(骑|开)~摩托(车)?⋯(摔|撞|翻|出了?车祸)',
      '(被|让)~车~(撞|轧|碾)',
      '被~(人)?~(捅|砍|刺)~(了)?~(一|几|好几)?~刀',
      '(枪伤|中枪)',
      '(被|让)…(汽车|轿车|卡车|货车|大车|公交车?|摩托车?|小车|面包车|出租车|电动车|三轮车)…(撞|轧|碾|刮倒)',
      '(从|自)…(楼|梯子|房顶|屋顶|高处|树上|脚手架|阳台|窗户)…(摔|掉|跌|坠)',
      // Round 28: 从三米高的架子上摔下来 (a height in metres or storeys).
      '(从|自)~…([一二两三四五六七八九十]|\\d+)~(米|层|楼)~(多)?~(高)?~…(摔|掉|跌|坠)',
      '高处坠落',
      '坠楼',
      '(扎|捅|刺|戳)(到|进|伤|破)了?…(肚子|胸口|胸|腹|背|脖子)',
      // Round 21: a hand drawn into a machine, a finger cut off (共识 Ⅱ amputation, replantation window).
      '(手|胳膊|手指|衣服|袖子)~…(卷|绞|压|轧)(进|到|了)~…(机器|机子|传送带|皮带|滚筒|绞肉机|压面机)',
      // Not 手指甲掉了 (a nail that came off, round 34).
      '(手指|指头|手指头|脚趾|大拇指)(?!甲)~…(切断|断了|掉了|离断|压断|绞断|切掉|剁掉|削掉)',
    ],
  },
  {
    // Where an injury was: neck or spine (used with limb numbness after an injury).
    id: 'spine_site',
    kind: 'modifier',
    label: { zh: '颈部或脊柱', en: 'neck or spine' },
    en: ['\\bneck\\b', 'spine', 'spinal', '(my|his|her|the|lower|upper) back\\b', 'back (pain|injury|hurts)'],
    // 脚脖子 and 手脖子 are the ankle and the wrist (round 45).
    zh: ['(?<![脚手])脖子', '颈', '脊柱', '脊椎', '后背', '腰'],
  },
  {
    // Both legs (or arms) suddenly weak or numb: the spinal cord, not a one-sided stroke pattern.
    id: 'limb_paralysis',
    kind: 'symptom',
    label: { zh: '双腿（或四肢）突然不能动或没知觉', en: 'legs (or arms) suddenly cannot move or feel' },
    en: [
      "(can'?t|cannot|unable to|couldn'?t) (feel|move)( or (feel|move))? (my |his |her |both )?(legs|arms|feet|lower body)",
      '(legs|arms) (are |went |feel |have gone )?(paralys\\w*|dead(?! tired)|limp)',
      '(?<!sleep )paralys',
    ],
    zh: [
      '(双腿|两条腿|两腿|下半身|下肢|双下肢|两只脚)…(没有?(知觉|感觉)|动不了|不能动|瘫)',
      // Round 28: 两条腿麻麻的使不上力 (after a fall from height).
      '(双腿|两条腿|两腿|下半身|下肢|双下肢|两只脚)⋯使不上~(力|劲)',
      '腿(没|没有)(知觉|感觉)',
      '瘫痪',
    ],
    dept: { neurology: 3, orthopaedics: 2 },
  },
  {
    id: 'alcohol_excess',
    kind: 'modifier',
    label: { zh: '饮酒过量后', en: 'after heavy drinking' },
    en: [
      'hangover',
      'hung ?over',
      '(drank|drinking|had) (way )?too much',
      'too much (alcohol|to drink|booze|beer|wine)',
      'after (a |the |last )?(party|night out|drinking|big night)',
    ],
    zh: ['喝多了', '(?<!像|好像|跟)喝醉', '醉酒', '宿醉', '喝大了', '酒喝多了?', '喝了(很多|好多|一斤)'],
    dept: { general_internal: 3 },
  },
  {
    // Pain that started with lifting, gardening or a wrench: the usual mechanical strain.
    id: 'strain_trigger',
    kind: 'modifier',
    label: { zh: '搬重物/扭伤后', en: 'after lifting or straining' },
    en: [
      '(after|since) (lifting|gardening|moving|the gym|a workout|digging|shovel+ing|carrying)',
      '(lifting|lifted|carrying|carried) (something|a box|boxes|heavy|the)',
      'pulled a muscle',
      'gardening',
      'woke (up )?with (a )?(stiff|sore|cricked|painful) neck',
      'threw (my|his|her) back out',
      // Muscle soreness the day after exercise.
      'after (a run|running|a jog|jogging|exercise|exercising|a match|football|training|a hike)',
      '(leg|arm|chest|back) day',
      '(first|1st) (workout|gym session|run|time at (the )?gym)',
      '\\bdid (lots of |a lot of |loads of |some |many |heavy )?(squats|lunges|deadlifts|burpees)',
      '(helped|helping) (\\w+ ){0,2}(move|moving|carry|carrying|lift|lifting)',
      'at the gym',
    ],
    zh: [
      // Round 5: a neck cricked in sleep (NICE CKS neck pain: acute torticollis) [S].
      '落枕',
      '闪(了|到)(腰|一下)',
      '跑(完)?步(后|完|之后)?',
      '(运动|锻炼|健身|打球|爬山|训练)(完|后|之后)',
      // Round 35: 弯腰拔草拔了一下午.
      '(弯腰|蹲着)~…(拔草|除草|锄地|种地|插秧|干活|搬)',
      // Round 32: 第一次去健身房练腿 (soreness the days after a new workout).
      '(健身房|健身)~…练~(了)?~(腿|胸|背|臀|肩|手臂|胳膊)',
      '把腰闪',
      '腰闪(了|到)',
      '(搬|抬|提|扛)了?(东西|重物|箱子|家具|米|水)',
      // Round 37: 搬家扛了一天东西.
      // (一天 is read as 1天 after number folding.)
      '(搬|抬|提|扛)~了?~(一|1|半)?(天|下午|上午|晚上)~(的)?~(东西|重物|箱子|家具)',
      '扭(了|到)(腰|一下)',
      // Round 25: 应该是睡姿不对吧 (a neck cricked in sleep).
      '睡姿不(对|好|正)',
      '睡(歪|落枕)了?',
      // Round 47: a neck that hurts from the moment of waking was cricked in sleep.
      '(早上|早晨|今早|一早)~(起来|起床|醒来)~(发现)?~(脖子|头颈|颈子|脖颈)',
      // Round 25: 练了好久卧推 (weights the day before chest-wall pain).
      '(卧推|俯卧撑|举铁|撸铁|硬拉|深蹲|引体向上|飞鸟|哑铃|杠铃)',
    ],
  },
  {
    // "After a cold": a cough or sore throat that follows an ordinary cold.
    id: 'cold_word',
    kind: 'modifier',
    label: { zh: '感冒后', en: 'after a cold' },
    en: [
      '(a|the|my|his|her|bad|head|chest|common) cold\\b(?!\\s*(sweat|hands?|feet|skin|to|and clammy))',
      '\\bflu\\b',
      'post.?viral',
    ],
    zh: ['感冒', '着凉', '(?<!破)伤风'],
  },
  {
    // "Same as every month", "老毛病": the patient knows this pattern; used by self-care rules only.
    id: 'usual_pattern',
    kind: 'modifier',
    label: { zh: '与以往相同', en: 'same as usual' },
    en: [
      'same as (always|usual|every (month|time)|before|normal|ever)',
      'as (usual|always)',
      'like (always|every (month|time)|usual)',
      '(?<!(than|from) )(my|her|his|the) usual',
      // Round 17: "had them on and off for years, nothing new".
      'nothing new',
      '(on and off|off and on) for (years|ages)',
    ],
    zh: [
      '(跟|和|同|与)(以前|平时|往常|之前|每次|每个月|原来|往月)…(一样|差不多)',
      '老毛病',
      '(每次|每个月|每月)都(这样|会)',
      '(以前|之前|平时)(也|就)?(经常|常常|老是|总是)(这样|会这样)',
      // Round 35: 以前也这样.
      '以前~也~(这样|是这样|这么|有过)',
      // Round 17: 每次来月经第一天肚子疼.
      '每次(来)?(月经|例假|大姨妈)',
    ],
  },
  {
    // Snake or other venomous bites and stings from the wild, not a dog or cat bite.
    id: 'venomous_bite',
    kind: 'symptom',
    label: { zh: '被蛇或毒虫咬伤', en: 'snake or venomous bite' },
    en: [
      // Round 14: "bitten on the ankle by a bright green snake",
      'bitten[^.!?]{0,30}\\bby [^.!?]{0,25}\\bsnake',
      'snake[^.!?]{0,20}\\b(bit|bites|bitten)\\b',
      'snake ?bite',
      'bitten by a (\\w+ )?snake',
      'scorpion',
      'jellyfish sting',
      'spider bite',
    ],
    // 长虫 is the northern rural word for a snake (round 9).
    zh: ['(被|让)…(蛇|长虫)…(咬|伤)', '(蛇|长虫)咬', '蝎子…(蛰|蜇|咬)', '毒蜘蛛'],
    dept: { emergency: 6 },
  },
  {
    id: 'injury',
    kind: 'symptom',
    label: { zh: '外伤', en: 'injury' },
    en: [
      // Not "nearly fell asleep in a meeting" (round 27).
      '\\bfell\\b(?! asleep)',
      // Not "can't fall asleep" (round 36).
      '\\bfall\\b(?! asleep)',
      '\\b(slipped|tripped) (in|on|over|and|getting|while)',
      'fallen',
      'injur',
      'accident(s)?\\b',
      'hit by',
      'twist(ed)? (my|his|her)',
      'sprain',
      // Round 42: "went over on my right ankle".
      '(rolled|turned|went over on|twisted) (my|his|her|an|the) (left |right )?ankle',
      'crash',
      'trauma',
      'struck',
      // Round 32: "came off my bike this morning and landed on my right shoulder".
      '(came|come|got thrown|was thrown) off (my |his |her |the |a )?(bike|bicycle|e-?bike|scooter|motorbike|motorcycle|horse|skateboard)',
    ],
    // Coverage audit: a blow said passively (胸口被撞了); project
    zh: [
      '被~(车|人|东西|球|门)?~(撞|砸|踢|打)(了|伤|到)',
      // Not "差点摔了" (nearly fell), round 10.
      '(?<!差点|差一点|险些|几乎)摔(倒|伤|了)',
      '跌倒',
      // Round 5: a slip or trip said as 滑倒, 绊倒, 摔了一跤 (MTS falls chart; project wording).
      '(滑|绊)倒',
      '(?<!差点|差一点|险些|几乎)(摔|跌|滑|绊)~了~一?~跤',
      // Round 18: 从床上掉下来.
      '从~(床|沙发|椅子|凳子|楼梯|台阶|桌子|树|自行车|电动车|滑梯|梯子|高处)~上?~(掉|摔|跌|滚|栽)(下来|下去|了)',
      // Round 41: 在幼儿园滑梯上摔下来 (no 从).
      '(床|沙发|椅子|凳子|楼梯|台阶|桌子|树|自行车|电动车|滑梯|梯子|高处|单杠|秋千)~上~(掉|摔|跌|滚|栽)(下来|下去|了)',
      '车祸',
      '撞(伤|到)',
      '扭伤',
      '外伤',
      '砸伤',
      '碰伤',
      '崴(了|脚)',
      // Round 45: 右脚脖子扭了 (an ankle or wrist twisted).
      '(脚|脚脖子|脚踝|手脖子|手腕|膝盖)~扭(了|到|伤)',
    ],
    dept: { orthopaedics: 3, general_surgery: 1 },
  },
  {
    id: 'head_injury',
    kind: 'symptom',
    label: { zh: '头部受伤', en: 'head injury' },
    en: [
      '(hit|bump(ed)?|bang(ed)?|struck) (on )?(my|his|her|the) head',
      'head (injury|trauma)',
      'blow to the head',
      'fell (and|on) (hit )?(his|her|my) head',
      '(hit|bump\\w*|bang\\w*|knock\\w*|struck|smack\\w*) (his|her|my|the) (head|forehead|temple|skull)',
      'fell (on|onto) (his|her|my) head',
      // Round 12: "hit the back of his head on the sink".
      '(hit|bump\\w*|bang\\w*|knock\\w*|struck|smack\\w*) (the )?(back|side|front|top) of (his|her|my|the) head',
      // Round 25: "ran into the coffee table corner and there's a HUGE egg on his forehead".
      '(egg|lump|bump|goose ?egg|bruise) (\\w+ )?on (his|her|my|the) (forehead|head|temple)',
      // Round 33: "got elbowed in the head playing basketball".
      '(elbowed|kicked|punched|kneed|headbutted|whacked|clipped|smacked) (\\w+ ){0,2}in the (head|temple|side of the head)',
    ],
    zh: [
      '头部(外伤|受伤)',
      '(撞|磕|摔|碰)(到|了|伤)?(头|脑袋)',
      '头被(砸|打)',
      '{head}…(摔|磕|撞|碰|砸)(到|了|伤|破|着|在)',
      '(摔|磕|撞|碰|砸)(到|了|伤|破|着)…{head}',
      // Round 12: 头先着地 (landed head first).
      '(头|后脑勺|后脑|脑袋)~(先|朝下)~着地',
      // Round 22: 滑了一跤后脑勺着地.
      '(后脑勺|后脑|脑袋|头部)~着地',
      // Round 9: 脑门磕桌角上 (the head, then what it hit).
      '{head}(磕|撞|碰)(?!见)',
    ],
    dept: { neurosurgery: 4 },
  },
  {
    // Round 30: a bone through the skin (an open fracture): never the closed-wrist exception below.
    id: 'bone_through_skin',
    kind: 'modifier',
    label: { zh: '骨头露出皮肤', en: 'bone through the skin' },
    en: ['bone (is )?(sticking|poking|coming) (out|through)', 'open fracture'],
    zh: ['骨头~(都)?~露~(出来|出|在外面)', '骨头(露|戳)出', '开放(性)?骨折'],
  },
  {
    // Round 30: where a deformity is. A wrist, hand or finger out of shape with feeling and colour
    // normal is a same-day fracture clinic (NICE NG38); two authors label the Colles-type wrist so.
    id: 'hand_or_wrist_site',
    kind: 'modifier',
    label: { zh: '手腕或手部', en: 'the wrist, hand or fingers' },
    en: ['\\b(wrist|hand|finger|thumb|knuckle|pinky|pinkie)s?\\b', 'dinner fork'],
    zh: ['(手腕|手腕子|腕部|腕关节|手掌|手背|手指|大拇指|拇指|小拇指|指关节)'],
  },
  {
    id: 'deformity',
    kind: 'symptom',
    label: { zh: '肢体畸形/无法负重', en: 'deformed limb or unable to bear weight' },
    en: [
      'leg (is |looks |seems )?(\\w+ )?(shortened|shorter|turned out\\w*|rotated out\\w*)',
      'deform',
      'bone (is )?(sticking|poking|coming) (out|through)',
      'bent (the )?wrong way',
      // Round 30: "elbow is hugely swollen and bent at a weird angle".
      'bent (at |in )?(a |an )?(weird|strange|funny|odd|awkward|unnatural) (angle|way|shape)',
      // Not "can't stand on tiptoe" (a calf or Achilles sign, round 27).
      "(can'?t|cannot|unable to) (bear weight|put weight|stand on(?! (tip ?toes?|tiptoe|(my |his |her |the )?toes)))",
      'out of (its )?socket',
      'dislocat',
    ],
    zh: [
      // Round 17: 右腿好像往外撇，比左边短一点 (a hedge before the sign, the shortening in the next clause).
      '(腿|脚)~(好像|好象|像是|有点)?~(变短|外翻|外旋|往外撇)',
      // Round 13: bone showing through the skin (an open fracture).
      '骨头~(都)?~露~(出来|出|在外面)',
      // Round 5: one leg shorter than the other, toes turned out (NICE CG124 hip fracture signs; lay wording project).
      '(腿|脚)⋯短(了|一截|一点)',
      '脚(尖|趾头?)~(往外|向外|朝外)~(撇|翻|转|歪|倒)',
      '畸形',
      '骨头(露|戳)出',
      '变形',
      '不能负重',
      '不敢(落地|着地)',
      '脱臼',
      '关节脱位',
    ],
    dept: { orthopaedics: 5 },
  },
  {
    // Round 32: a child walking with a limp (NICE CKS acute childhood limp).
    id: 'limping',
    // A modifier, so "walks on it with a limp" still leaves a sprain among minor complaints.
    kind: 'modifier',
    label: { zh: '走路跛', en: 'limping' },
    en: ['limping', 'limps\\b', '(a|with a|has a|got a) (slight |small |little |bit of a )?limp\\b', 'hobbl'],
    zh: ['跛', '一瘸一拐', '(走路|走)~…(瘸|拐)'],
    dept: { orthopaedics: 3 },
  },
  {
    // Round 32: a collarbone hurt in a fall or blow (NICE NG38: X-ray and a sling for a suspected
    // clavicle fracture).
    id: 'collarbone_site',
    kind: 'modifier',
    label: { zh: '锁骨', en: 'collarbone' },
    en: ['collar ?bone', 'clavicle'],
    zh: ['锁骨(?!上窝)'],
    dept: { orthopaedics: 3 },
  },
  {
    id: 'heavy_bleeding',
    kind: 'modifier',
    label: { zh: '出血量大或止不住', en: 'heavy or non-stop bleeding' },
    en: [
      // Round 15: "bleeding through 3 towels, pressing on it but still bleeding",
      // Round 43: "bleeding a lot through the bandage".
      'bleeding (\\w+ ){0,2}through (the|his|her|my) (bandage|dressing|towel|cloth|gauze)',
      // Round 42: "bleeding a lot through two towels".
      'bleeding (\\w+ ){0,2}through (\\w+ )?(\\d+|two|three|several|many) (towels|pads|dressings|bandages|tea towels)',
      '(pressing|pressure|pressed|holding)[^.!?]{0,30}\\bstill bleeding',
      // Round 35: "we pinch the soft part and lean forward …, but still running".
      '(pinch\\w*|press\\w*|holding|lean\\w* forward)[^.!?]{0,60}\\bstill (bleeding|running|pouring|dripping|coming|going)',

      'heavy (bleeding|vaginal bleeding)',
      'bleeding heavily',
      '(a lot of|lots of|large amounts? of|profuse) (blood|bleeding)',
      // Round 27: "coughed up blood, about half a cup".
      'blood[^.!?]{0,40}\\b(half a cup|a cup(ful)?|a mug(ful)?|a glass(ful)?|a bowl(ful)?)',
      '(half a cup|a cup(ful)?|a mug(ful)?) of (fresh |dark |bright red )?blood',
      "(won'?t|will not|doesn'?t|does not|not) stop(ping)? bleeding",
      "bleeding (that )?(won'?t|will not|doesn'?t) stop",
      'soak(ing|ed|s) (through )?(a |an |one |\\d+ )?(\\w+ )?(pads?|towels?)',
      'clots (bigger|larger) than',
      '(big|large|huge|golf.?ball|plum)[ -]?(sized )?clots',
      'pouring',
      'gushing',
      'large clots',
      'spurting',
      'bleeding (quite |very |really )?heavily',
      '(a lot|lots) of (blood|it)\\b',
    ],
    zh: [
      // Round 13: 毛巾按着还在一直流血.
      '(还在|一直|不停)~(一直|不停)?~(流|出|冒)血',
      '(一大口|大口大口|一大摊|一大滩|满口|满嘴)',
      '(出血|流血|血量|血)~(特别|非常|很|好|太|老)~多',
      // Coverage audit 2026-11 (MTS general discriminator 'uncontrollable major haemorrhage', lay wording; project)
      '大出血',
      '大量(出血|流血)',
      '(很多|好多)血',
      '止不住',
      '血流不止',
      '不停地(流血|出血)',
      '大血块',
      '喷血',
      '湿透',
      '(流|出)~(了)?~(好多|很多|一大堆|一大摊|不少)~(的)?~血',
      // Spurting or not stopping with pressure: 一股一股往外喷, 按着也按不住.
      '一股一股',
      // Round 11: 压了快40分钟还在往外流.
      '(还在|一直|仍然|还)~往外~(流|冒|淌)(?![黄脓水清白])',
      '(压|捏|按|捂)~了?~…(分钟|半天|半小时|钟头)~…(还|仍|也)~(在)?~(流|出)(血)?',
      // Not pus or fluid from a wound (往外冒黄水).
      '往外(喷|冒|涌|淌)(?![黄脓水清白])',
      '(按|压|捂|捏)~(着)?~(也|都)?~(按|压|捂|捏|止)不住',
      '一大(口|滩|摊|碗|盆)~血',
      // Round 34: 血流得很多.
      '血~(流|出)~得~(很多|好多|特别多|老多|厉害|止不住)',
    ],
  },
  {
    id: 'bleeding_stopped',
    kind: 'modifier',
    label: { zh: '出血已止住', en: 'the bleeding has stopped' },
    en: [
      'bleeding (has |had )?(stopped|stops)',
      '(?<!(n.t|not|never) )stopped (the )?bleeding',
      // Round 8: "nosebleed this morning, stopped after pinching".
      // Round 25: "pinched the soft part and leaned forward for 10 minutes ... and it stopped".
      '(pinch|press|leaned forward|pressure)[^.!?]{0,80}\\b(and |then |till |until )(it |the bleeding )?(finally |eventually )?stopped',
      'nosebleed[^.!?]{0,30}(?<!(n.t|not|never) )stopped (after|with|when|once|by)',
    ],
    // Round 28: 捏着鼻子低头十分钟就停了.
    zh: ['(血)?(已经|就|都)?(止住|止了|不流了|没再流)', '(捏|按|压|摁)~⋯(就|才|后来|终于)~(停|止)~(住)?~了'],
  },
  {
    // Round 26: a burn no bigger than a coin, red without blisters, already cooled: a superficial
    // burn for home care (NICE CKS burns and scalds) [S].
    id: 'small_superficial_burn',
    kind: 'modifier',
    label: { zh: '小面积浅表烫伤（硬币大小、未起泡）', en: 'a small red burn without blisters' },
    en: [
      '(small|tiny|little|coin.?sized?) (red )?(burn|scald)',
      '(burn|scald|red patch) (\\w+ ){0,3}(the size of a coin|coin.?sized?|size of a (coin|stamp))',
    ],
    zh: ['(硬币|指甲盖|一元硬币|钢镚|纽扣)(那么|一样)?大'],
  },
  {
    // A small or shallow cut or graze (口子不深): self-care when the bleeding has stopped.
    id: 'minor_wound',
    kind: 'modifier',
    label: { zh: '小而浅的伤口', en: 'small, shallow cut or graze' },
    en: [
      '(small|tiny|little|minor|superficial|shallow) (cut|nick|scratch|graze|wound)',
      'paper cut',
      'graze',
      // Round 29: "about 1cm, the edges stay together" (a small cut that closes by itself).
      '(edges|sides|wound|cut) (stay|stays|are|is|come|comes) (together|closed)',
      '(cut|nick|slice)\\w* (\\w+ ){0,4}(about |around |maybe )?(1|one|half a|0\\.5) ?(cm|centimetre|centimeter)\\b',
    ],
    zh: [
      '(口子|伤口)(也|还)?(不深|不大|很浅|很小|浅|小)',
      // Round 40: 口子大概半厘米长 (a size of a centimetre or less).
      '(口子|伤口)~…(半|0\\.5|1|一)~(厘米|公分|cm)',
      '小口子',
      '擦破了?(点|一点|块)?皮',
      '破了(点|一点)皮',
    ],
  },
  {
    id: 'wound',
    kind: 'symptom',
    label: { zh: '伤口', en: 'cut or wound' },
    // Round 21: "sliced my fingertip chopping vegetables, small cut".
    en: [
      '\\bcut (my|his|her|it|on)',
      'lacerat',
      'gash',
      'wound',
      // A stab wound, not a stabbing pain (round 25).
      'stab(bed|s)?\\b',
      'incision',
      '(sliced|nicked) (my|his|her) (finger|fingertip|thumb|hand)',
      // Round 28: "a fishing hook stuck deep in my thumb, the barb is in".
      '(fish ?hook|hook|splinter|shard|piece of glass|nail|barb) (is )?(\\w+ ){0,2}(stuck|embedded|lodged|buried)',
      '(small|little|tiny|minor) cut',
      // Round 22: a puncture through the sole ("stepped on a rusty nail").
      'stepped on (a |an |some )?(rusty |old |broken )?(nail|needle|glass|tack|screw)',
      '(nail|needle|glass|thorn) (went )?(right )?(through|into) (my|his|her|the)',
    ],
    zh: [
      // Round 13: 手指割了, 切菜切到手.
      '(手|手指|手掌|脚)~…(割|划|切)~(了|破|伤|到)',
      '割伤',
      '伤口',
      '(刀口|切口)',
      '划伤',
      '刀伤',
      // Round 22: 踩到钉子 (a puncture wound; tetanus prophylaxis guideline 2019).
      '(踩|扎|戳)(到|了|进)~…(钉子|铁钉|铁丝|碎玻璃|玻璃|针)',
      '砍伤',
      '划(了|破|开)(个|一个|一道|道)?(小)?口子',
      '切(到|了|伤|破)…(手|手指|指头)',
      '(刀|菜刀|剪刀|玻璃)…(划|割|切)(到|了|伤|破)',
      '(刀|剪刀|钉子|玻璃|钢筋|铁条)…(扎|捅|刺|戳)(到|了|进|伤|破)',
      '被(人)?(捅|扎|砍)(了|伤)',
    ],
    dept: { general_surgery: 4 },
  },
  {
    id: 'burn',
    kind: 'symptom',
    label: { zh: '烧烫伤', en: 'burn or scald' },
    en: [
      'burn(ed|t)? in a (house )?fire',
      '(face|hand|arm|leg|back|chest) (is |was |got )?(burnt|burned|scalded)',
      '\\bburn(ed|t)? (my|his|her|on|by)',
      'scald',
      'burn(s)? (on|to) (the|his|her|my)',
      // Round 32: "hot oil from the wok splashed on his chest".
      '(hot|boiling) (oil|water|soup|tea|coffee|liquid|fat|grease) (\\w+ ){0,4}(on|over|onto|splash\\w*|spill\\w*)',
      // Round 44: "wok oil splashed on my left forearm".
      '(wok|pan|frying|cooking|chip) (oil|fat|grease) (\\w+ ){0,2}(splash|spat|spatter|spill|spilt)\\w*',
      // Round 18: an electric blanket left on all night (a low-temperature contact burn).
      '(electric blanket|hot.?water bottle|heat pad|heating pad)[^.!?]{0,60}\\b(blister|burn|white|red)',
      // Round 13: "spilled boiling water from the kettle on my forearm".
      // Round 39: "knocked a pot of boiling milk tea onto my forearm".
      '(spilled|spilt|splashed|knocked) (\\w+ ){0,3}(boiling|hot) (milk )?(water|oil|soup|tea|coffee|milk)',
    ],
    zh: [
      '烫伤',
      '烧伤',
      '开水烫',
      '被火烧',
      '(开水|热水|热油|滚油|油|热汤|汤|蒸汽|热粥|火)(给)?…烫(了|到|伤|着|出)',
      '(被|让)…烫(了|到|伤|着)',
      '(开水|热水|热油|滚油|热汤|蒸汽|沸水)…(泼|浇|洒|溅|倒|淋)(到|在|了)',
      // Round 38: 做饭的时候手背让油溅了 (spitting cooking oil).
      '(被|让)~(热|滚)?油~(溅|崩|蹦|迸|泼)(了|到|着)',
      '油~(溅|崩|蹦|迸)(到|在)',
      // Round 5: the scalded part named (肚皮烫了一大片) or a spilled kettle (打翻了开水壶); project.
      '(胸口|胸|肚皮|肚子|背|后背|手背|胳膊|手臂|腿|脚背|脖子|屁股)~…烫(了|到|伤|着|出|起|红)',
      // Round 48: 烫着胸口跟肚子 (the part named after the verb).
      '烫(着|到|伤)~(了)?~(胸口|胸|肚皮|肚子|背|后背|手背|胳膊|手臂|腿|脚背|脖子|屁股|脸)',
      '(打翻|碰翻|弄翻|碰倒|打倒)~(了)?~…(开水|热水|热汤|热油|暖壶|暖瓶|热水壶|开水壶|热水瓶)',
      // Round 36: 把桌上刚烧开的水壶拉倒了 (a child pulling the kettle over).
      '(开水|热水|热汤|热油|暖壶|暖瓶|水壶|热水壶|开水壶|热水瓶|汤锅|锅|稀饭|热粥)~…(拉倒|拽倒|扯倒|拉翻|拽翻|扯翻|打翻|碰翻)',
      // Round 18: 火锅汤拽翻了 泼在胸口; 电热毯一宿没关 小腿起了个大水泡 (a low-temperature contact burn).
      '(火锅|锅|汤|粥|开水|热水|奶|茶)⋯(泼|浇|洒|溅|淋)(到|在|了)',
      '(电热毯|热水袋|暖水袋|暖宝宝|暖手宝|取暖器|电暖器|小太阳|烤火)(一宿|一夜|一晚上|整晚|一整夜)?(没关|没拔|开着)?⋯(水泡|水疱|起泡|发白|烫)',
      // Round 26: 擦暖气片手背碰了一下 红了一块 (a touch on a hot radiator, pan or iron).
      '(暖气片|暖气管|炉子|炉盖|熨斗|烤箱|锅沿|锅边|排气管)~…(碰|贴|挨|蹭|烫)~(了|到|着)⋯(红|疼|痛|泡)',
      '(碰|摸|挨|贴|蹭)(到|着|了)~…(暖气片|暖气管|炉盖|熨斗|烤箱|锅沿|锅边|排气管|烟头)⋯(红|疼|痛|泡)',
    ],
    dept: { general_surgery: 4, dermatology: 1 },
  },
  {
    // Less than gross deformity: a wrist that "looks a bit bent" after a fall (a likely fracture, but
    // with the hand pink and moving it is a same-day fracture assessment, not a 120 call).
    id: 'limb_looks_bent',
    kind: 'modifier',
    label: { zh: '受伤部位看着有点弯/歪', en: 'injured limb looks bent or crooked' },
    en: ['(looks?|is|has gone) (a (bit|little) |slightly |kind of )?(bent|crooked|wonky|out of shape)'],
    zh: ['(手腕|胳膊|手臂|手指|腿|脚踝|脚腕|小腿|前臂)…(有点|有些|好像)~(弯|歪|变形|不直)'],
    dept: { orthopaedics: 3 },
  },
  {
    // Size or depth that makes a burn a hospital burn: a large area, or white/leathery/painless skin.
    id: 'burn_major',
    kind: 'modifier',
    label: { zh: '烧烫伤面积大或深', en: 'large or deep burn' },
    en: [
      '(most|half) of (his|her|my|the) (body|back|chest|front|arm|leg|belly)',
      'both (arms|legs|hands)',
      '(big|large|huge|wide) (area|patch|part)',
      'all over (my|his|her) (arm|leg|chest|back|body|belly|face)',
      'whole (arm|leg|chest|back|hand|face|belly)',
      'leathery',
      'charred',
      "(doesn'?t|does not|didn'?t|did not) (hurt|feel) (much|anything)",
      // Burns of the face, mouth or genitals, or in a house fire (smoke), are hospital burns whatever the size.
      'burn\\w* (\\w+ ){0,2}(face|genitals|groin|mouth)',
      'in a (house )?fire',
      'smoke inhalation',
      '(lots of|many|big|large) blisters',
    ],
    zh: [
      '一大片',
      '(好|老|很|挺)大(一)?(片|块)',
      '(全|都|全都)~起~(了)?~(水)?泡',
      '大面积',
      '一大块',
      '(整个|整条|整只|半边|半个)(胳膊|腿|手|后背|背|胸|肚子|脸|身子)',
      '皮…(发白|焦黑|发黑|硬)',
      '(脸|面部|会阴|嘴里|喉咙)…(烫伤|烧伤)',
      '(火灾|着火|失火)',
      // Partial-thickness burn over an area: many (big) blisters, or more than one body part.
      '(好多|很多|一片|满是|全是)(的)?(大)?(水泡|水疱|泡)',
      '(胳膊|手臂|腿|胸口|胸|肚子|肚皮|背|脸|脖子)(和|跟|还有|连着|、)(胳膊|手臂|腿|胸口|胸|肚子|肚皮|背|脸|脖子)',
      '吸(了|进)…烟',
    ],
  },
  {
    id: 'animal_bite',
    kind: 'symptom',
    label: { zh: '动物咬伤/抓伤', en: 'animal bite or scratch' },
    en: [
      "(bit|bitten|scratched) by (a |the |our |my |an )?(\\w+('s)? ){0,2}(dog|cat|rat|monkey|bat|animal)",
      '(dog|cat|animal|monkey|bat|rat|puppy|kitten) (bit|scratched|attacked|nipped)',
      '(dog|cat|animal|monkey|bat) (bite|scratch)',
      // Round 31: "a stray dog near the canteen nipped my ankle".
      '(dog|cat|monkey|macaque|bat|rat|puppy|kitten)[^.!?]{0,40}\\b(nipped|nip|bit|bitten)\\b',
      // Round 10: "a monkey jumped on me and scratched my hand".
      '(dog|cat|monkey|macaque|bat|rat|animal|puppy|kitten|squirrel|fox|ferret)[^.!?]{0,40}(scratched|bit) (me|him|her|my|his|our)',
    ],
    // A bite or scratch itself; a lick or a question about rabies is `animal_exposure`.
    zh: [
      '(狗|猫|老鼠|动物|猴子|蝙蝠)(咬|抓)',
      '被…(狗|猫|老鼠|猴子|蝙蝠|动物)…(咬|抓|挠|啃|叼)',
      '(狗|猫|老鼠|猴子|蝙蝠)…(咬|抓|挠)(了|伤|破|到)',
    ],
    dept: { infectious_disease: 2, general_surgery: 2, emergency: 1 },
  },
  {
    // Contact with an animal, or a question about rabies shots, without a stated bite: whether it
    // needs care depends on broken skin (WHO rabies categories).
    id: 'animal_exposure',
    kind: 'symptom',
    label: { zh: '接触动物/询问狂犬疫苗', en: 'animal contact or a rabies-shot question' },
    en: [
      '(dog|cat|puppy|kitten) (\\w+ ){0,2}(licked|lick)',
      '(licked|lick) by (a |the |our |my )?(\\w+ )?(dog|cat|puppy|kitten)',
    ],
    zh: ['狂犬', '(狗|猫|小狗|小猫)…舔'],
    dept: { infectious_disease: 3, general_surgery: 1 },
  },
  {
    // Skin stated as unbroken: "手上没有伤口", "didn't break the skin" (the negation is the meaning).
    id: 'intact_skin',
    kind: 'modifier',
    label: { zh: '皮肤没有破损', en: 'skin not broken' },
    en: [
      "(didn'?t|did not|doesn'?t|does not) break (the |my |his |her )?skin",
      '(skin|it) (was|is) (not|n.t) (broken|broke|punctured)',
      'no (break|broken skin|cuts?|wounds?|scratch(es)?|bleeding|blood)( (in|on) (the |my |his |her )?(skin|hand|arm|leg))?',
      '(skin|hand) (is |was )?(intact|fine|not broken)',
    ],
    zh: [
      '(手上|皮肤|皮|腿上|胳膊上)?(也)?(没有|没)(伤口|破皮|破|出血|流血|口子|伤)',
      '皮(肤)?(也)?(没|没有)(破|咬破|抓破)',
    ],
  },
  {
    id: 'infant_danger_signs',
    kind: 'symptom',
    label: { zh: '婴幼儿危险征象', en: 'danger signs in a young child' },
    en: [
      'floppy',
      // Floppy, not "walks with a limp" (round 9).
      // Round 25: nor "with a slight limp".
      '(?<!\\ba (slight |small |little |bit of a )?)\\blimp\\b',
      'inconsolable',
      // A young child who stops breathing, even for seconds (NICE NG143 / AAP BRUE); the rule that
      // uses this sign applies under 5 only, so an adult's snoring pauses are left to sleep apnoea.
      'stop(s|ped|ping)? breathing',
      'pauses? in (his|her) breathing',
      'high.?pitched cry',
      'bulging (fontanelle|soft spot)',
      'not (waking|feeding)',
      // Round 30: a newborn "sleeping through feeds ... only took a little".
      'sleep\\w* through (her |his |the |its )?feeds',
      'refus\\w* (to feed|feeds|feeding|the bottle|to breastfeed)',
      'not waking (up )?for feeds',
      '(hard|difficult) to (wake|rouse)',
    ],
    zh: [
      // Round 41: rouses only for a moment (叫她眼睛睁一下又闭上): lethargy (WHO IMCI danger sign).
      '(叫|喊)~(她|他|宝宝|孩子|娃)?~…(眼睛)?~睁~(一下|开)~(又|就)~闭',
      '软绵绵',
      // Round 10: 现在软软的不怎么哭了.
      '软(软|塌塌)的~(不怎么|不太|也不)~(哭|动|吃)',
      '哭声尖',
      '囟门(鼓|膨)',
      // Round 47: a bulging soft spot told in lay words; not a pulse (一鼓一鼓).
      '(前囟|头顶~软(软)?(的)?~(那块|那里|地方)?)⋯(?<!一)(鼓|膨|凸)(?!一)',
      '不吃奶',
      '拒奶',
      '叫不醒',
      '持续哭闹',
      '精神萎靡',
      // Feeding poorly: 吃奶也不太好, 奶吃得很少.
      // Not 吃奶少了点 (a little less, round 27).
      '吃奶~(不太好|不好|差|很少|少(?!了?(一)?点|些)|没劲)',
      '奶~吃得?~(不太好|很少|不好|少)',
      '不(怎么|太)吃奶',
    ],
    dept: { paediatrics: 4 },
  },
  {
    id: 'dehydration',
    kind: 'symptom',
    label: { zh: '脱水表现', en: 'signs of dehydration' },
    en: [
      'last wet (nappy|diaper) (was )?(\\d+|several|many) hours ago',
      // A baby drinking less; not an adult "drinking less water" as the cause of something (round 34).
      'drinking (much )?less(?! water)',
      // Round 21: "haven't kept anything down for 24 hours, even water. Peeing very little".
      "(haven'?t|hasn'?t|can'?t|cannot|not) (kept|keep|keeping|keeps) (anything|any fluids?|water|liquids?|fluids?) down",
      '(peeing|weeing|urinating|pee|wee|urinate) (very |so )?little',

      'dehydrat',
      // Round 12: "has weed just twice since morning", "only a few sips".
      '(peed|weed|urinated) (only |just )?(once|twice) (since|today|all day|in)',
      '(only|just) (peed|weed|urinated) (once|twice)',
      '(only|just) (had )?a few sips',
      'no (wet )?(nappies|diapers)',
      // Round 12: "only 2 wet nappies in 24 hours", "the soft spot looks sunken".
      '(only|just) (\\d|one|two|three) wet (nappies|diapers)',
      '(soft spot|fontanelle)[^.!?]{0,20}sunken',
      'sunken (soft spot|fontanelle)',
      // Not "not drinking excessively" (round 16).
      'not (peeing|urinating|drinking)(?! (excessive|too much|a lot|more|extra|lots))',
      'dry (mouth|lips)',
      'sunken eyes',
      '(decreased|poor|reduced) (oral )?intake',
      "(can'?t|cannot|unable to) keep (anything|fluids|water|food) down",
      'not (eating or )?drinking(?! (excessive|too much|a lot|more|extra|lots))',
      '(only )?(peed|weed|urinated|had one wet (nappy|diaper)) (only )?(once|one time)',
      'fewer wet (nappies|diapers)',
      '(no|without) tears',
    ],
    zh: [
      // Round 13: 从早上到现在就尿了一次.
      '(就|只)~尿~了~(一|两)次',
      // Round 47: a sunken soft spot (头顶软的那块凹下去了).
      '(囟门|前囟|头顶~软(软)?(的)?~(那块|那里|地方)?)⋯(凹|陷|瘪)',
      '脱水',
      '(尿|尿量)(很)?少',
      '没有尿(?![频急痛血不失灼道床])',
      '口干',
      '眼窝凹陷',
      // Not 不喝水多 (not drinking a lot, round 39).
      '不(喝|肯喝)水(?!多|很多|特别多)',
      // Round 41: a dry nappy all morning, crying without tears (NICE CG84).
      '(尿不湿|尿片|纸尿裤)~…(都是|都|一直是?|还是)~干的',
      '哭~(的时候|起来)?~…没(得|有)?~(眼泪|泪)',
      '喝水(都)?吐',
      '尿布(是)?干',
      '没有?(尿|小便|尿尿)(?![频急痛血不失灼道床])',
      '哭(的时候)?(都|也)?没有?(眼泪|泪)',
      '(尿|小便|尿尿)的?(次数|量)?(很|特别|明显|比较)?少',
      '(尿|小便|尿尿)(也|都)(真|蛮|老|好|很|特别)?少',
      '(一天|一整天|今天|一上午|一下午)(就|只|才)(尿|解)了?(一|1)(次|回)',
      '不(怎么|太)(尿|小便|尿尿|解小便)',
      '喝(口|点)?水(都|也|就)?吐',
      // Round 17: 尿比平时少 (NICE CG84: reduced urine output is a sign of dehydration).
      '(尿|小便|尿尿)(量)?(也|都)?比(平时|平常|以前|往常|原来)(少|要少)',
    ],
    dept: { paediatrics: 1, gastroenterology: 1 },
  },
  {
    // A choking episode: a later cough or noisy breath may be an inhaled object.
    id: 'choking_episode',
    kind: 'modifier',
    label: { zh: '呛咳/噎呛史', en: 'choking episode' },
    en: [
      'chok(ed|ing) on',
      // Round 33: "was eating grapes and suddenly choked and coughed a lot".
      '(suddenly |then )?chok(ed|es) (and|then) (\\w+ )?(cough|splutter|gag|went)',
      'inhaled (a |an |some )?(peanut|nut|seed|toy|coin|bead|piece|small)',
      'went down the wrong (way|pipe)',
    ],
    zh: [
      '呛(了|到|着|住)',
      '(花生|瓜子|豆子|果冻|糖|玩具|硬币)…(呛|卡|噎)',
      // Round 5: 噎住了, 卡在嗓子里 with any food (ERC 2021 foreign-body airway obstruction; project wording).
      '噎(住|着|到)',
      '卡(住|在)~…{throat}',
    ],
  },
  {
    // Said of a baby or toddler: screaming in bouts, drawing the legs up.
    id: 'colicky_crying',
    kind: 'modifier',
    label: { zh: '阵发性哭闹', en: 'crying in bouts' },
    en: [
      '(screaming|crying|screams|cries) (in|with) (bouts|episodes|spells|fits)',
      '(draws|drawing|drew|pulls|pulling|pulled) (his |her |their |both )?(legs|knees) up',
      // Round 8: screaming that comes and goes every few minutes (intussusception pattern, lay wording).
      '(screaming|crying|screams|cries) (on and off|off and on|every \\d+)',
    ],
    // Round 28: 阵阵哭闹.
    zh: ['(哭闹|哭)~(一阵一阵|阵发|一阵儿一阵儿|阵阵)', '(一阵一阵|阵阵)(地|的)?~(哭|哭闹|闹)', '阵发性哭闹'],
  },
  {
    id: 'tremor',
    kind: 'symptom',
    label: { zh: '手抖/震颤', en: 'tremor' },
    en: [
      'tremor',
      '(hands?|head) (have |has )?(been )?(shak|trembl)\\w*',
      '(shaky|trembling) hands?',
      'the shakes',
      '(shaking|trembling|shaky) (badly|uncontrollably|a lot|like a leaf)',
    ],
    // Round 17: 右手不动的时候抖 (a tremor at rest; NICE NG71 refers suspected parkinsonism to neurology).
    zh: ['(手|头)~抖', '震颤', '手(放着|搁着)?(不动|静止|休息|歇着)的?时候~抖'],
    dept: { neurology: 4 },
  },
  {
    id: 'memory_decline',
    kind: 'symptom',
    label: { zh: '记性变差', en: 'memory getting worse' },
    en: [
      'forgetful',
      'memory (loss|problems?|is (getting )?(worse|poor|bad))',
      '(keeps|keep|keeping) forgetting',
      // Round 17: a relative's account of memory loss (NICE NG97: refer for memory assessment).
      'forgetting (recent|things|names|appointments|conversations|what)',
      '(repeats|repeating|keeps asking|asks) (\\w+ )?(the same|himself|herself)',
      'got lost (\\w+ ){0,2}(driving|walking) (to|home|in)',
    ],
    zh: [
      '记性~(差|不好|不行)',
      '(记忆力|记忆)~(下降|减退|差|不好)',
      '(老是?|总是?)忘(事|东西)',
      '健忘',
      '丢三落四',
    ],
    dept: { neurology: 4 },
  },
  {
    id: 'no_urine_long',
    kind: 'modifier',
    label: { zh: '长时间没有小便', en: 'no urine for many hours' },
    en: [
      'no (wet )?(nappy|nappies|diaper|diapers|wee|pee) (all day|since (this )?morning|for \\d+ hours)',
      "(hasn'?t|has not|not) (peed|weed|urinated|had a wet (nappy|diaper)) (all day|since (this )?morning|for \\d+ hours)",
    ],
    // Numerals are already digits here (一天 → 1天, chinese-numerals.ts).
    zh: [
      '((一|1)整?天|半天|(一|1)?(整个)?(上午|下午|晚上)|\\d+(个)?(多)?小时)(都|也)?没(有)?(尿|小便|尿尿|撒尿)',
    ],
  },
  {
    // Seeing or hearing what is not there, as relatives describe it (说墙上有虫子在爬).
    id: 'hallucinations',
    kind: 'symptom',
    label: { zh: '看到或听到不存在的东西', en: 'seeing or hearing things that are not there' },
    en: [
      'hallucinat',
      'hear(ing|s)? voices',
      'seeing things',
      '(seeing|sees|saw) (bugs|insects|spiders|people|snakes|things) (that |who |which )?(are not|aren.t|weren.t|is not|isn.t) (there|real)',
      'voices (in|inside) (his|her|my) head',
      // Round 35: "keeps saying there are tiny people walking on the table".
      '(tiny|little|small) (people|men|creatures|animals|soldiers) (walking|running|dancing|climbing|on)',
    ],
    zh: [
      '幻觉',
      '幻听',
      '幻视',
      '(听到|听见)…(有人|声音)…(骂|叫|说话|命令|议论)',
      '(看见|看到|说|觉得)…(墙上|天花板|身上|床上|屋里|窗外|地上)…(虫子?|蛇|鬼|死人)',
    ],
    dept: { psychiatry: 4 },
  },
  {
    // Wild or foraged mushrooms: with symptoms, mushroom poisoning (中国蘑菇中毒诊治临床专家共识 2019).
    id: 'wild_mushroom',
    kind: 'modifier',
    label: { zh: '吃了野生蘑菇', en: 'ate wild mushrooms' },
    en: [
      '(wild|foraged|picked|unknown|strange) (\\w+ ){0,3}mushrooms?',
      'mushrooms? (i|we|he|she|they) (picked|found|foraged|gathered)',
      'toadstool',
      // Round 35: Yunnan's wild-mushroom hotpot (见手青, Lanmaoa/Boletus; 中国蘑菇中毒诊治临床专家共识 2019).
      'jian ?shou ?qing',
      'mushroom hot ?pot',
      'wild (fungi|fungus)',
    ],
    zh: [
      '(野生|山上|路边|林子里|树林里?|山里|野)(的|捡的|采的|摘的)?(蘑菇|菌子?|菇)',
      '(捡|采|摘)(的|来的|回来的|了)?…(蘑菇|菌子?|菇)',
      '毒(蘑菇|菌)',
      '见手青',
      '野生菌',
      '(吃|煮|炒)~了?~…菌子',
    ],
  },
  {
    // Electric shock or lightning: heart rhythm and deep tissue injury may not show at first.
    id: 'electric_injury',
    kind: 'symptom',
    label: { zh: '触电或被雷击', en: 'electric shock or lightning' },
    en: [
      'electrocut',
      '(electric|electrical) (shock|injury|burn)',
      'high.?voltage',
      'live (wire|cable)',
      '(got |been |was )?(shocked|zapped|electrified) (by|from|off)',
      // Round 33: "got a shock from a 380V line".
      '(got|had|took|received|get) (a |an )?(bad |big |nasty )?(electric |electrical )?shock (from|off|at|while)',
      '\\b\\d{3,5} ?v(olts?)?\\b (line|wire|cable|supply|power)',
      '(struck by |hit by )lightning',
      'power line',
    ],
    zh: [
      '触电',
      '被电(打|击|到|了|着)',
      '电(打|击|到)(了|着)',
      '(漏电|高压电|电线|电门|插座)…(打|击|电|碰|摸)(了|到|着)',
      // Not a simile (头像被雷劈了一样: a headache, not lightning).
      '(?<!(像|跟)[被让]?)雷(击|劈)',
      '高压(电|线)',
    ],
    dept: { emergency: 4, general_surgery: 1 },
  },
  {
    // Heat: hot sun, heat wave, a closed car or hard work in the heat.
    id: 'heat_exposure',
    kind: 'modifier',
    label: { zh: '高温或暴晒', en: 'heat or strong sun' },
    en: [
      'heat ?wave',
      '(in|out in|under) the (hot |blazing |midday )?sun',
      'hot (day|weather|car|sun)',
      // Round 38: exertion in a desert (camel riding near Dunhuang).
      '(in|into|across|through|crossing) the (\\w+ )?desert',
      'heat (exhaustion|stroke)',
      'sunstroke',
      'too much sun',
      'sauna',
    ],
    zh: [
      '中暑',
      '高温',
      '暴晒',
      '太阳(很|特别|太|好)?(大|毒|晒)',
      '大太阳',
      '烈日',
      '三伏天',
      '天(太|很|特别|好)热',
      '桑拿天',
      '太阳底下',
      '热射病',
      // Round 28: 仓库里面热得要死 (a hot workplace).
      '热得~(要死|要命|不行|受不了|喘不过气)',
      '(闷热|酷热)',
    ],
  },
  {
    // What the person already tried has not worked: whatever it is, a clinician should look.
    id: 'self_treatment_failed',
    kind: 'modifier',
    label: { zh: '自行用药无效', en: 'home treatment not working' },
    en: [
      "(moisturi[sz]ers?|creams?|ointments?|medicines?|tablets|pills|antihistamines?|paracetamol|ibuprofen|drops|sprays?) (is |are )?(not|isn'?t|aren'?t|doesn'?t|don'?t|didn'?t|did not|does not) (really )?(helping|working|help|work|doing anything)",
      "(tried|used|taken|took) (\\w+ ){1,4}(but|and) (it )?(nothing|no (change|difference|better)|(didn|hasn|doesn)'?t (help|work))",
      // Round 45: "the moisturiser and pharmacy cream are not enough anymore".
      "(moisturi[sz]ers?|creams?|ointments?|medicines?|tablets|pills|drops|sprays?) (is |are )?(not|no longer|isn'?t|aren'?t) (enough|working|helping) anymore",
      '(moisturi[sz]ers?|creams?|ointments?|medicines?|tablets|pills|drops|sprays?) (is |are )?(no longer|not) enough',
    ],
    zh: [
      '(吃|用|涂|擦|抹|喷|滴)(了)?(药|药膏|消炎药|止痛药|感冒药|胃药)?(也|都|还是)?(没用|不管用|不顶用|没效果|没有效果|不见好|没见好)',
      '(药|药膏)…(没用|不管用|不顶用|没效果|没有效果|不见好|没见好)',
    ],
  },
  {
    // A modifier: a bruise after a knock is no complaint of its own; rules name it where it matters.
    id: 'bruising',
    kind: 'modifier',
    label: { zh: '皮肤青紫/瘀斑', en: 'bruising' },
    en: [
      // Round 14: bruises nobody can explain, tiny red dots on the legs.
      "(bruises|bruising) (\\w+ ){0,4}(don'?t remember|no reason|unexplained|out of nowhere)",
      'tiny red (dots|spots)',
      'bruis(es|ing|ed)\\b(?!.?like)',
      'black and blue',
    ],
    zh: ['青紫', '淤青', '乌青', '青一块紫一块', '(身上|皮肤)…(紫|青)(了)?(一|好几|几)?块'],
  },
  {
    // Opioid medicines and drugs: with sleepiness or slow breathing, an overdose (WHO opioid overdose 2014).
    id: 'opioid',
    kind: 'context',
    label: { zh: '阿片类药物（芬太尼贴、吗啡等）', en: 'opioid medicine or drug' },
    en: [
      'fentanyl',
      'morphine',
      'oxycodone',
      'oxycontin',
      'tramadol',
      'methadone',
      'heroin',
      'codeine',
      'opioid',
      'opiate',
    ],
    zh: [
      '芬太尼',
      '吗啡',
      '羟考酮',
      '奥施康定',
      '曲马多',
      '杜冷丁',
      '哌替啶',
      '美沙酮',
      '海洛因',
      '可待因',
      '阿片',
    ],
  },
  {
    id: 'slow_breathing',
    kind: 'modifier',
    label: { zh: '呼吸很慢', en: 'very slow breathing' },
    en: ['breathing (is )?(very |really |so )?(slow|shallow)', 'slow (and shallow )?breathing'],
    zh: ['呼吸~(很|特别|非常|变得)?~(慢|浅)'],
  },
  {
    // Lithium: a narrow margin; dehydration from vomiting or diarrhoea tips it into toxicity.
    id: 'lithium',
    kind: 'context',
    label: { zh: '服用碳酸锂', en: 'takes lithium' },
    en: ['lithium', 'priadel', 'camcolit'],
    zh: ['碳酸锂', '锂盐', '锂剂'],
    dept: { psychiatry: 2 },
  },
  {
    // Lying on the floor unable to get up for an hour or more (a "long lie"): muscle breakdown,
    // cold and pressure damage follow even when the person says they are not hurt.
    id: 'long_lie',
    kind: 'modifier',
    label: { zh: '摔倒后在地上躺了很久', en: 'lay on the floor for a long time after a fall' },
    en: [
      '(on|lying on|stuck on|lay on) the floor (for |all night|overnight|since|(for )?(\\w+ ){0,2}hours)',
      "(couldn'?t|could not|unable to|can'?t) get (back )?up (off the floor|again)?.{0,40}(hours|all night|overnight)",
      'been (there|on the floor|lying there) (for )?(probably |about |maybe |at least )?(\\d|hours|all night|overnight)',
    ],
    zh: [
      '(在|倒在|躺在)地(上|板上)…(躺|趴|坐)了…(一夜|一晚|一整夜|一晚上|几个小时|好几个小时|\\d+个?(多)?小时)',
      '(摔|倒|跌)…起不来…(一夜|一晚|一晚上|几个小时|好几个小时|\\d+个?(多)?小时)',
    ],
  },
  {
    // Recent operation on or injection into the eye (cataract, vitrectomy, intravitreal injection).
    id: 'recent_eye_procedure',
    kind: 'context',
    label: { zh: '近期眼部手术或眼内注射', en: 'recent eye operation or injection' },
    en: [
      '(cataract|eye|retina\\w*|glaucoma|lasik) (surgery|operation|op)\\b',
      'injections? (in|into) (my |his |her |the )?eye',
      'vitrectomy',
    ],
    zh: [
      '白内障(手术|术后)',
      '眼(睛|部|科)?(做了|刚做了?)?手术',
      '眼(内|底)注射',
      '玻璃体(切割|手术)',
      '青光眼手术',
    ],
    dept: { ophthalmology: 3 },
  },
  {
    // Throat or mouth operation: bleeding afterwards can block the airway (tonsillectomy).
    id: 'recent_throat_surgery',
    kind: 'context',
    label: { zh: '扁桃体等咽喉手术后', en: 'after a tonsil or throat operation' },
    en: ['tonsillectomy', 'tonsils? (out|removed|taken out)', 'adenoidectomy'],
    zh: ['扁桃体(切除|摘除|手术|术后)', '扁桃体…(切|摘)(了|掉)'],
    dept: { ent: 3 },
  },
  {
    // Instrumentation that can seed bacteria into the blood (prostate biopsy, ERCP, stents, catheters).
    id: 'recent_invasive_procedure',
    kind: 'context',
    label: { zh: '近期穿刺活检、内镜或导管操作', en: 'recent biopsy, scope or catheter procedure' },
    en: [
      'biopsy',
      'ercp',
      'cystoscopy',
      'colonoscopy',
      'polyp\\w* (removed|taken|cut)',
      'polypectomy',
      'stent',
      'catheter (was )?(put in|changed|inserted)',
    ],
    // Round 39: not a scope the patient only wants (想做个胃镜看看).
    zh: [
      '穿刺',
      '活检',
      'ERCP',
      '(?<!想|要|想做|要做|想做个|要做个|约|预约|约个|准备做)(膀胱镜|肠镜|胃镜)',
      '息肉',
      '支架',
      '(导尿管|尿管)…(插|换|放)',
    ],
  },
  {
    // The complaint is easing now ("现在好多了", "getting better"): only self-care rules use it.
    id: 'improving',
    kind: 'modifier',
    label: { zh: '正在好转', en: 'getting better' },
    en: [
      'getting better',
      '(feel|feels|feeling|felt) (much |a lot |a bit |somewhat )?better',
      'improving',
      'settling( down)?',
      'easing( off)?',
      'wearing off',
    ],
    zh: [
      '好多了',
      '好(一)?(点|些)了',
      '(慢慢|已经|逐渐)(好|缓解|减轻)(了|下来)',
      '缓过来',
      '舒服(多|点|些)了',
    ],
  },
  {
    // Trapped under something heavy: crush syndrome (dark urine, high potassium) can follow release.
    id: 'crush_trapped',
    kind: 'symptom',
    label: { zh: '被重物压住或挤压', en: 'trapped or crushed under something heavy' },
    en: [
      '(trapped|pinned|crushed|stuck) (under|beneath|by|between) (a |the |some )?(\\w+ ){0,2}(car|wall|rubble|machine|machinery|beam|tree|slab|debris|vehicle|tractor|concrete|load|pallet|girder)',
      'crush(ed)? injur',
      'crushed (his|her|my) (leg|legs|arm|arms|pelvis|chest|body)',
      // Round 43: "two fingers crushed, one is almost off".
      '(fingers?|thumb|hand|toes?|foot) (\\w+ ){0,2}(crushed|smashed|mangled)',
      // Round 42: "got his forearm caught in the husking machine".
      '(arm|forearm|hand|leg|foot|fingers?) (got |was |were |is )?(caught|pulled|dragged|trapped|stuck) in (a|the) (\\w+ )?(machine|machinery|roller|rollers|belt|conveyor|press|mincer|auger)',
    ],
    zh: [
      '(被|让)…(预制板|水泥板|楼板|石板|墙|房子|砖|石头|钢筋|钢板|机器|树|土|塌方|重物|货物|大梁)…(压|埋|卡)(住|在)',
      '压(了|住|着)(快|有|将近|好|差不多)?\\d+(个)?(多)?(小时|钟头)',
      '(塌方|倒塌|坍塌)…(压|埋)',
    ],
    dept: { orthopaedics: 3, general_surgery: 2 },
  },
  {
    // Stopping heavy drinking: withdrawal can bring fits and delirium within days (NICE CG100).
    id: 'alcohol_stopped',
    kind: 'modifier',
    label: { zh: '长期饮酒后停酒', en: 'stopped drinking after heavy use' },
    en: [
      '(stopped|quit|quitting|stopping|cut out) (drinking|alcohol|the booze|booze)',
      '(alcohol|drink) withdrawal',
      'withdrawing from (alcohol|drink)',
      'detox\\w*',
      "(hasn'?t|haven'?t|has not|have not) had a drink (for|since|in)",
    ],
    zh: [
      '戒酒',
      '(要|说要|想|开始|正在|在|刚)戒(?![烟毒指严备心律尺])',
      '(停|断)(了)?酒',
      '一口(都|也)?没(喝|沾)',
      '(\\d+|几|这几)天(都)?(没|不)(喝|沾)(酒)',
    ],
  },
  {
    // Both legs (or all four limbs) weak: with spreading, breathing or swallowing trouble, a nerve
    // emergency rather than tiredness.
    id: 'bilateral_limb_weakness',
    kind: 'symptom',
    label: { zh: '双腿或四肢无力', en: 'weakness in both legs or all limbs' },
    en: [
      '(both|my|his|her) (legs|arms)( \\w+){0,3} (weak|weaker|giving way|like jelly)\\b',
      'weak(ness)? in (both|my|his|her) (legs|arms)',
      '(legs|arms) (keep |keeps )?giving way',
    ],
    zh: [
      '(双腿|两条腿|两腿|两只腿|双下肢|两只脚|双脚|四肢|手脚|胳膊腿|两条胳膊|两只手)…(无力|没劲|没力气|发软|软|抬不起|动不了|不听使唤)',
      '腿越来越(没劲|无力|软|抬不起)',
      '(楼|台阶)(都|也)?(上|爬|迈)不(去|上去|动)',
    ],
    dept: { neurology: 4 },
  },
  {
    id: 'progressive_course',
    kind: 'modifier',
    label: { zh: '逐日加重', en: 'getting worse day by day' },
    en: [
      'weaker (and weaker|by the day|every day|each day)',
      '(getting|got|gets) (weaker|worse) (every|each|by the) (day|hour)',
      '(spreading|creeping|moving) up (my|his|her|the) (legs|arms|body)',
    ],
    zh: ['越来越(没劲|无力|重|厉害|严重|差|软)', '一天比一天(重|差|厉害|没劲)'],
  },
  {
    // Weak swallowing or voice, choking on drinks, drooping lids: bulbar weakness.
    id: 'bulbar_weakness',
    kind: 'symptom',
    label: { zh: '吞咽呛咳或说话无力', en: 'choking on drinks or a weak voice' },
    en: [
      'chok\\w* on (water|drinks?|food|fluids|liquids|(my|his|her) (food|drink|saliva|spit))',
      'voice (is |has |getting |gone |sounds |became )?(\\w+ )?(weak|weaker|nasal)\\b',
      'weak voice',
      '(drooping|droopy) eyelids?',
      'trouble chewing',
    ],
    zh: [
      '(喝水|吃饭|吃东西|喝汤|喝东西)(也)?(老|总|经常|容易|就|都)(是|会)?呛',
      '(吞|咽)(东西|饭|口水)…呛',
      '说话…鼻音',
      '眼皮…(抬不起|耷拉|下垂|睁不开)',
    ],
    dept: { neurology: 3 },
  },
  {
    // A known nerve–muscle condition (myasthenia): breathing or swallowing trouble is a crisis sign.
    id: 'neuromuscular_context',
    kind: 'context',
    label: { zh: '已知神经肌肉疾病', en: 'known nerve or muscle condition' },
    en: ['myasthen', '\\bmg\\b crisis', 'motor neurone', 'motor neuron', '\\bals\\b'],
    zh: ['重症肌无力', '肌无力', '渐冻'],
    dept: { neurology: 3 },
  },
  {
    // A bleeding disorder: a bump to the head or a joint bleed needs factor replacement (WFH 2020).
    id: 'bleeding_disorder',
    kind: 'context',
    label: { zh: '有出血性疾病', en: 'known bleeding disorder' },
    en: ['ha?emophilia', 'von willebrand', 'factor (viii|ix|8|9)', 'bleeding disorder'],
    zh: ['血友病', '凝血因子', '血管性血友病'],
    dept: { haematology: 4 },
  },
  {
    // An abnormal blood count on a test, brought for review.
    id: 'blood_count_abnormal',
    kind: 'symptom',
    label: { zh: '血常规异常', en: 'abnormal blood count' },
    en: [
      'platelets?',
      '(white (cell|blood cell)|wbc|neutrophil) count',
      '(?<!(glycated|glycosylated) )(ha?emoglobin|\\bhb\\b|ferritin) (is |was |of |came back )?(low|high|\\d)',
      'low (hb|ha?emoglobin|platelets?|white cells?|iron)',
      'an(a)?emi',
    ],
    // Not 糖化血红蛋白 (HbA1c, a diabetes test).
    zh: [
      '血小板',
      '白细胞(偏|有点)?(高|低|减少|升高)',
      '(?<!糖化)血红蛋白',
      '贫血(?!貌)',
      '血常规…(异常|不正常|高|低)',
    ],
    dept: { haematology: 5 },
  },
  {
    // Swallowed things that are not poisonous (silica gel, crayon): no treatment needed
    // (US Poison Control). Not 干燥剂 alone: many Chinese snack desiccants are quicklime, which burns.
    id: 'nontoxic_ingestion',
    kind: 'symptom',
    label: { zh: '误吞无毒物品', en: 'swallowed something non-toxic' },
    en: [
      'silica( gel)?',
      '(chewed|ate|eaten|swallowed|licked) (\\w+ ){0,3}(crayon|chalk|play.?doh|toothpaste|sunscreen|lip balm)',
      // Round 36: the silica sachet from a shoe box, named by its label.
      "'?do not eat'? (packet|sachet|bag)s?",
    ],
    // Round 39: the label read out (包装上写着硅胶); not quicklime (生石灰) sachets, which burn.
    zh: ['硅胶', '(吃|吞|咬|舔)(了|下)?…(蜡笔|粉笔|橡皮泥|牙膏)'],
    dept: { paediatrics: 2, general_internal: 1 },
  },
  {
    // After a knock to the head: cried at once and is now playing or acting normally (NICE NG232
    // low-risk features, used only by the self-care rule).
    id: 'well_after_head_bump',
    kind: 'modifier',
    label: { zh: '磕碰后马上哭、现在表现正常', en: 'cried at once and now acting normally' },
    en: [
      'cried (straight away|immediately|right away|at once)',
      '(playing|acting|behaving|eating|feeding) (normally|fine|as usual|like normal|happily)',
      'back to (normal|himself|herself|his usual self|her usual self)',
      'running around (fine|happily|normally|as usual)',
    ],
    zh: [
      '(马上|立刻|立马|当时|立即)(就)?哭',
      '(现在|已经|又)(又)?(在)?(玩|跑|跳|活蹦乱跳|跟平时一样|和平时一样|正常)',
    ],
  },
  {
    // Round 25: a heart tracing or its wording brought to the visit ("company ECG says 'sinus
    // arrhythmia'"): the report is read in cardiology.
    id: 'ecg_report',
    kind: 'context',
    label: { zh: '心电图结果', en: 'an ECG result' },
    en: [
      '\\b(ecg|ekg|electrocardiogram)\\b',
      'sinus (arrhythmia|rhythm|tachycardia|bradycardia)',
      'heart tracing',
    ],
    zh: ['心电图', '窦性(心律|心动)'],
    dept: { cardiology: 2 },
  },
  {
    // Tests already done and normal ("心电图都查过了正常"): lowers the urgency of recurring episodes.
    id: 'tests_normal',
    kind: 'modifier',
    label: { zh: '相关检查正常', en: 'tests were normal' },
    en: [
      '(ecg|ekg|tests?|scans?|bloods?|blood tests?|echo|heart tests?|holter|check.?ups?)( \\w+){0,3} (were |was |came back |all |are )?(normal|fine|clear|ok)\\b',
    ],
    zh: [
      '(心电图|检查|彩超|化验|验血|ct|CT|核磁|b超|B超|体检|动态心电)…(正常|没问题|没事|没毛病)',
      '(查|检查)(过|了)+\\s?(都|也)?(正常|没问题|没事)',
    ],
  },
  {
    // Episodes that stop on their own within minutes.
    id: 'self_limiting',
    kind: 'modifier',
    label: { zh: '能自行缓解', en: 'stops on its own' },
    en: [
      '(goes|go|went|passes|pass|passed) (away |off )?(on (its|their) own|by (itself|themselves))',
      'settles? (on its own|by itself)',
      '(passes|goes away|stops) (after|within) (a few )?(minutes|\\d+ minutes)',
      // Round 29: "lasts about 10 minutes and goes away".
      'lasts? (about |around |maybe )?(\\d+|a few|ten|five|twenty) (minutes|mins)( or so)? (and|then) (goes away|stops|passes)',
    ],
    zh: [
      '(自己|自行)(就|会)?(好(?!好)|缓解|消失|停|过去)',
      // Round 34: also 十几分钟后慢慢就好了.
      '(几|十几|\\d+)分钟(就|自己|以后|后|之后)~(慢慢|渐渐)?~(就|自己)?~(好|过去|缓解)',
    ],
  },
  // Coverage audit 2026-11: MTS general discriminators and presentations that had no concept.
  {
    // "Can't stand / get up": with fluid loss, a fall in an older person or a limping child it is
    // a shock, fracture or non-weight-bearing sign (MTS "unable to walk"; project wording).
    id: 'cannot_stand',
    kind: 'modifier',
    label: { zh: '站不起来/起不了身', en: 'cannot stand or get up' },
    en: [
      // Not "can't stand (the) light/noise/it" (cannot bear), round 5.
      "(can'?t|cannot|unable to|could ?n.?t|too (weak|dizzy|faint) to) (stand(?! (the |bright |loud )?(light|lights|noise|sound|smell|pain|it|him|her|them|this|that|being))(?! on (tip ?toes?|tiptoe|(my |his |her |the )?toes))|get up|get out of bed|walk)\\b",
      "(won'?t|will not|refus\\w* to) (walk|stand|put weight)",
    ],
    zh: [
      '站~(都)?~站不(起来|住)',
      '站不起来',
      '(爬|起)不起来',
      '起不了(身|床)',
      '下不了(床|地)',
      '走不了路',
      // Round 45: 脚一落地就疼，走不了四步 (the Ottawa rules' four steps, NICE CKS sprains).
      '走不了~(四|4|两|三|几)~步',
      '(不愿意?|不肯|不敢)~(走路|下地|着地|站)',
    ],
  },
  {
    // A limb that is suddenly cold and white or blue: blood supply cut off (MTS limb problems
    // "pulseless/cold limb", red; project wording).
    id: 'cold_pale_limb',
    kind: 'symptom',
    label: { zh: '一侧肢体发凉发白', en: 'a cold, pale limb' },
    en: [
      '(leg|foot|arm|hand) (\\w+ ){0,3}(cold and (white|pale|blue)|(white|pale|blue) and cold)',
      // Round 34: "his right leg suddenly went painful, it's cold and pale/white from the knee down".
      '(leg|foot|arm|hand)[^.!?]{0,60}\\b(cold and (white|pale|blue)|(white|pale|blue) and cold)',
      '(leg|foot|arm|hand) (\\w+ ){0,3}(has )?no pulse',
    ],
    zh: [
      '(腿|脚|胳膊|手臂|手)~(突然)?~(冰凉|发凉|冰冷)~…(发白|苍白|发紫|发青)',
      // Round 37: 突然左腿痛得厉害，摸上去冰凉的，颜色发白 (told across commas; sudden, so not the
      // slow toe-first ischaemia of diabetes).
      '突然~⋯(腿|脚|胳膊|手臂)~⋯(冰凉|发凉|冰冷)~⋯(发白|苍白|发紫|发青)',
      '(腿|脚|胳膊|手臂|手)~(突然)?~(发白|苍白)~…(冰凉|发凉|冰冷)',
    ],
    dept: { vascular_surgery: 3 },
  },
  {
    // Low blood pressure said in words (a measured value goes through the vital-sign bands).
    id: 'low_blood_pressure',
    kind: 'modifier',
    label: { zh: '血压低', en: 'low blood pressure' },
    en: [
      '(very |really )?low blood pressure',
      'blood pressure (is |was )?(very |really )?(low|dropping|falling|crashing)',
    ],
    zh: ['血压~(很|特别|非常|太)?~(低|下降|往下掉|掉|测不到|量不到|量不出)'],
  },
  {
    // Submersion: any breathing sign after it needs an ambulance (ERC 2021 drowning [S]; project).
    id: 'drowning',
    kind: 'symptom',
    label: { zh: '溺水', en: 'drowning or near-drowning' },
    en: [
      'drown',
      'near[- ]drown',
      'pulled (out )?(of|from) the (water|pool|river|sea|lake)',
      'fell (in|into) the (water|pool|river|sea|lake|pond)',
    ],
    zh: [
      // Round 15: 在泳池呛水了 (inhaled water while swimming),
      '(泳池|游泳|河|水里|湖|海|水库)~…呛~了?~(水|几口水)',
      '溺水',
      '淹水',
      '(掉|落|跌|摔)~(进|到|入)~(水|河|池|塘|湖|海|泳池|水库)',
      '(掉|落)水~(里)?',
    ],
    dept: { emergency: 4 },
  },
  {
    // Drooling or unable to swallow one's own saliva: the MTS sore-throat airway discriminator
    // (kept apart from plain difficulty swallowing, which is common and not an airway sign).
    id: 'drooling',
    kind: 'modifier',
    label: { zh: '流口水/咽不下口水', en: 'drooling or cannot swallow saliva' },
    en: [
      'drool',
      "(can'?t|cannot|unable to) swallow (even )?(his |her |my |their )?(own )?(spit|saliva)",
      // Round 46: "it is dripping from my mouth".
      'dripping (out )?(from|of) (my|his|her) mouth',
    ],
    zh: ['流口水', '淌口水', '咽不下~口水', '口水~(都)?~咽不下'],
  },
  {
    // Bleeding said to be out of control (MTS "uncontrollable major haemorrhage"), kept apart from
    // "heavy", which is also how people describe a normal heavy period.
    id: 'bleeding_uncontrolled',
    kind: 'modifier',
    label: { zh: '出血止不住', en: 'bleeding that will not stop' },
    en: [
      "(won'?t|will not|doesn'?t|does not|can'?t|cannot|not) stop(ping)? (the )?bleeding",
      "bleeding (that )?(won'?t|will not|doesn'?t|does not|can'?t|cannot) (stop|be stopped)",
      'spurting',
      'pumping (out )?blood',
      '(blood|it) (is |keeps )?(pumping|pouring|gushing|spurting)',
      'soak(ing|ed) through',
    ],
    zh: [
      '血~…止不住',
      '止不住~…血',
      '血流不止',
      '按~(都|也)?~按不住',
      '(血|出血)~…(喷|哗哗|汩汩|往外涌|往外冒)',
    ],
  },
  // Round 5 (dev5): discriminators whose lay wording had no concept.
  {
    // About to faint: the world going dark on standing, "feel I'm going to go down". With a sting or
    // hives it is the circulation sign of anaphylaxis (WAO 2020 criterion 2); with vomited blood, of
    // blood loss. Not used alone (a brief head rush on standing is common).
    id: 'presyncope',
    kind: 'modifier',
    label: { zh: '眼前发黑、快要晕倒', en: 'feeling about to faint' },
    en: [
      "(about to|going to|gonna|like (i'?m|he'?s|she'?s|i am) going to) (faint|pass out|collapse|black out)",
      'nearly (fainted|passed out|collapsed|blacked out)',
      '(almost|close to) (fainting|passing out|collapsing)',
      '(vision|everything|world) (goes|went|going|is going) (black|dark|grey|gray) when (i|he|she) (stand|get up|sit up)',
    ],
    zh: [
      '(要|快|差点|差点儿|险些)~(晕倒|晕过去|昏倒|倒下去?|倒了|栽倒)',
      // Round 11: 人有点发虚 while bleeding.
      '(人|身上|浑身)~(有点|有些|很)?~发虚',
      '(眼睛|眼前)~(发黑|一黑|黑)',
      '(站不稳|站不住)~…(要倒|要晕)',
    ],
  },
  {
    // A choking person who cannot cough, cry or speak: the obstruction is complete (ERC 2021 / AHA
    // 2020 foreign-body airway obstruction, "ineffective cough") [S]. Lay wording: project.
    id: 'ineffective_cough',
    kind: 'modifier',
    label: { zh: '咳不出、哭不出声、说不出话', en: 'cannot cough, cry or make a sound' },
    en: [
      "(can'?t|cannot|unable to|not able to|isn'?t able to|couldn'?t|could not) (cough|cry|make a (sound|noise)|get a sound out)",
      'no (sound|noise) (is )?coming out',
      'silent(ly)? (cough|chok)',
    ],
    zh: ['咳不出(来|声)', '哭不出(声|来)', '发不出(声|声音)', '出不了声', '没~(有)?~声(音)?了'],
  },
  {
    // A finger, toe or limb (part) cut off: re-implantation is time-critical (MTS major trauma;
    // 急诊预检分诊专家共识 Ⅱ 断肢/断指) [S]. Lay wording: project.
    id: 'amputation',
    kind: 'symptom',
    label: { zh: '断指/断肢', en: 'a finger, toe or limb cut off' },
    en: [
      'amputat(ed|ion)',
      'severed',
      // Round 43: "one is almost off".
      '(almost|nearly|half|partly|partially) (cut |torn |ripped |hanging )?off\\b',
      '(finger|thumb|toe|fingertip|hand|foot)s? (\\w+ ){0,3}(cut|chopped|sliced|torn|ripped|taken|came) off',
      '(cut|chopped|sliced|took|taken|torn|ripped) (off )?(the )?(tip|end|top|part) of (my|his|her|a) (finger|thumb|toe)',
      '(cut|chopped|sliced|torn|ripped) off (my|his|her|a|the) (finger|thumb|toe|fingertip)',
      // Round 34: crushed off or hanging by skin.
      '(finger|thumb|toe|fingertip)s? (\\w+ ){0,3}crushed off',
      'hanging (on )?by (a|the) (bit|flap|piece|strip|thread) of skin',
    ],
    zh: [
      '断指',
      '断肢',
      '(手指头?|指头|指尖|大拇指|拇指|脚趾头?|脚指头)~…(切|剁|砍|轧|绞|夹|锯|割|压)~(掉|断)',
      '(切|剁|砍|轧|绞|夹|锯|割)~(掉|断)~(了)?~(一截|一节|半截|半节|一段)',
      '断(的|掉的)(那|一)?(截|节)',
      // Round 34: 食指前面一截基本掉了 还连着一点皮 (crushed by a press).
      '(手指头?|指头|脚趾头?|一截|一节|指尖)(?!甲)~…(掉了|断了|只连着|连着一点皮)',
      '(手指头?|指头|脚趾头?)~…(压|轧|绞|夹)(烂|断)',
    ],
    dept: { orthopaedics: 3, general_surgery: 2 },
  },
  {
    // A limb that feels cold to the touch, and one that has gone white or blue: together, and new,
    // the limb's blood supply may be cut off (ESVS 2020 acute limb ischaemia "6 Ps") [S].
    id: 'limb_cold',
    kind: 'modifier',
    label: { zh: '肢体发凉', en: 'a cold limb' },
    en: [
      // Round 15: "leg suddenly became very painful, cold and pale",
      '(leg|foot|arm|hand|calf|shin|thigh) (\\w+ ){0,5}(painful, )?cold( and (pale|white|blue))?\\b',
      '(leg|foot|arm|hand|calf|shin|thigh|toes|fingers) (\\w+ ){0,3}(ice[- ]?cold|cold to (the )?touch|freezing cold)',
    ],
    zh: ['(腿|脚|脚丫子?|胳膊|手臂)~…(冰凉|发凉|冰冷|冰冰凉|凉凉的)', '摸~(着|起来)~(冰凉|冰冷|冰冰凉)'],
  },
  {
    id: 'limb_pale',
    kind: 'modifier',
    label: { zh: '肢体发白或发紫', en: 'a pale or blue limb' },
    en: [
      '(leg|foot|arm|hand|calf|shin|thigh)[^.!?]{0,40}\\b(pale|white)\\b',
      // Round 17: "can't feel the pulse on top of my foot" (ESVS 2020: pulselessness).
      "(can'?t|cannot|couldn'?t|can not) (feel|find) (a |the |any )?pulse",
      '(leg|foot|arm|hand|toes|fingers) (\\w+ ){0,3}(white|pale|blue|purple|mottled)\\b',
    ],
    zh: [
      // Round 16: 小腿以下发凉发白, 摸不到脚背的脉搏,
      '(发凉|冰凉)~发白',
      '发白~(发凉|冰凉)',
      '摸不到~…(脉|脉搏)',

      '(腿|脚|脚丫子?|脚趾头?|脚指头|胳膊|手臂|手指头?)~(发|变)~(白|紫|青|花)',
      '(腿|脚|胳膊|手臂)~…(苍白|惨白|发花)',
    ],
  },
  {
    // Sickle cell disease: chest pain, breathlessness, fever or severe pain need hospital care now
    // (BSH 2015 acute chest syndrome; NICE CG143 acute painful sickle cell episode) [S].
    id: 'sickle_cell',
    kind: 'context',
    label: { zh: '镰状细胞病', en: 'sickle cell disease' },
    en: ['sickle', '\\bhb ?s[sc]\\b'],
    // Not 被镰刀划了 (cut by a sickle, round 21): the disease is named with 细胞, 贫血 or 病.
    zh: ['镰(状|刀)(型|形)?(细胞)(贫血|病)?', '镰(状|刀)(型|形)?(贫血|病)'],
    dept: { haematology: 3 },
  },
  {
    // Known cirrhosis: vomited blood may be from varices (Baveno VII; 中国肝硬化门静脉高压食管胃静脉
    // 曲张出血防治指南 2022) [S], whatever the years of liver disease the message mentions.
    id: 'liver_cirrhosis',
    kind: 'context',
    label: { zh: '肝硬化', en: 'cirrhosis' },
    en: ['cirrho', 'varices', 'portal hypertension'],
    zh: ['肝硬化', '门(静)?脉高压', '食管(胃底?)?静脉曲张'],
    dept: { gastroenterology: 2 },
  },
  {
    // Sight that came back after minutes: a transient loss of vision in one eye is a warning stroke
    // (AHA/ASA 2009 TIA definition; NICE NG128 transient monocular vision loss) [S]. Wording: project.
    id: 'vision_returned',
    kind: 'modifier',
    label: { zh: '视力又恢复了', en: 'sight came back' },
    en: [
      '(sight|vision|it) (\\w+ ){0,2}(came|come|comes|coming) back',
      'could see (again|normally|fine)',
      '(sight|vision) (returned|cleared|recovered)',
    ],
    zh: ['(又|就|才)~(能)?~(看见|看得见|看清|看到)了', '视力~(又|就)?~恢复'],
  },
  {
    // Round 5: blood mentioned without a body site ("拉了几次 有血", "diarrhoea with some blood"). It
    // never supports self-care (NICE CKS gastroenteritis: blood in stool needs assessment) [S].
    id: 'blood_mentioned',
    kind: 'modifier',
    label: { zh: '提到有血', en: 'blood mentioned' },
    en: [
      'with (some |a bit of |a little |streaks of )?blood\\b',
      'blood in (it|them|the|my|his|her)\\b',
      'bloody (diarrh|stool|poo|motion|mucus)',
    ],
    zh: ['(有|带|见)~(了)?~(点|些|丝|一点点|一点)?~(鲜)?血(?!压|糖|常规|脂|管|型|豆腐|块|检查)'],
  },
  {
    // Round 8: medicines that raise serotonin; with tramadol or another one added they can cause
    // agitation, sweating, jerking and fever (Hunter criteria).
    id: 'serotonergic_drug',
    kind: 'context',
    label: { zh: '服用影响5-羟色胺的药物', en: 'on a medicine that raises serotonin' },
    en: [
      'sertraline',
      'fluoxetine',
      'paroxetine',
      'citalopram',
      'escitalopram',
      'venlafaxine',
      'duloxetine',
      'fluvoxamine',
      '\\bssris?\\b',
      'linezolid',
      'moclobemide',
      'phenelzine',
    ],
    zh: [
      '舍曲林',
      '氟西汀',
      '帕罗西汀',
      '西酞普兰',
      '文拉法辛',
      '度洛西汀',
      '氟伏沙明',
      '利奈唑胺',
      '吗氯贝胺',
    ],
  },
  {
    // Round 8: muscles jerking or twitching on their own (clonus in lay words).
    id: 'muscle_jerks',
    kind: 'modifier',
    label: { zh: '肌肉不自主抽动', en: 'muscles jerking on their own' },
    en: ['(legs?|arms?|muscles?|body) (\\w+ ){0,2}(jerking|twitching|jumping)', 'clonus', 'myoclon'],
    zh: [
      // Round 15: 睡觉时一惊一惊的 (startles; HFMD nervous-system warning sign),
      '一惊一惊',
      '易惊',
      '惊跳',
      '(手脚|四肢)~(发抖|抖动|哆嗦)',
      '(腿|手|胳膊|肌肉|身上)~(一直|不停地?|老是)?~(抽动|乱跳|一跳一跳|抖动)',
    ],
  },
  {
    // Round 8: breathing faster than usual, told by a parent (WHO IMCI fast breathing; NICE NG9).
    id: 'fast_breathing',
    kind: 'modifier',
    label: { zh: '呼吸比平时快', en: 'breathing faster than usual' },
    en: [
      '(breathing|breaths?) (\\w+ ){0,3}(fast|faster|quick|quicker|rapid|rapidly)',
      '(fast|rapid|quick) breathing',
    ],
    zh: ['(喘气|呼吸|出气)~(好像|感觉)?~(比平时|比平常|比以前)?~(有点|有些|很|特别)?~(快|急|粗)'],
  },
  {
    // Persecutory or grandiose ideas as relatives report them (说邻居装了监控要害他); round 8 made them
    // their own concept so that they lead to a same-day psychiatric look (NICE CG178, CG185).
    id: 'paranoid_ideas',
    kind: 'symptom',
    label: {
      zh: '觉得有人要害自己、监视自己，或自己肩负特殊使命',
      en: 'believing people are watching or out to harm them, or that they are on a special mission',
    },
    en: [
      'paranoi',
      // Round 9: grandiose beliefs in a manic relapse (NICE CG185).
      'mission from god',
      'special (mission|powers?)',
      // Round 33: "keeps saying people are watching him through the wifi router".
      '(thinks|believes|convinced|says|saying|sure|insists|insisting) (that )?(people|someone|they|the neighbou?rs?|the government|everyone|his \\w+|her \\w+)[^.!?]{0,40}(watching|following|spying|poison|out to get|after (him|her|me)|bugged|cameras?)',
    ],
    zh: [
      // Round 15: grandiose plans in a relapse (说自己要干大事业),
      '(说|觉得|认为)~自己~…(干大事|大事业|是神|有特异功能|能拯救|是皇帝)',

      '被人害',
      '(要|想)害(他|她|我)',
      '(监视|跟踪|监控|窃听)(他|她|我)',
      // Round 20: 说手机被人监控了，有人在楼下说他坏话.
      '被(人)?(监视|跟踪|监控|窃听)',
      '有人~…说(他|她|我)~坏话',
      '(下毒|投毒)~…(害|他|她|我)',
      '(神|上帝|老天爷?|菩萨|佛祖)~…(派|交给|赋予)~…(使命|任务)',
    ],
    dept: { psychiatry: 6 },
  },
  {
    // Round 10: atrial fibrillation named as such (the source of a clot to the gut or a limb).
    id: 'af_context',
    kind: 'context',
    label: { zh: '房颤', en: 'atrial fibrillation' },
    en: ['atrial fibrillation', '\\ba-?fib\\b', '\\bAF\\b'],
    zh: ['房颤', '心房颤动', '心房纤颤', '心律不整', '心律不齐'],
  },
  {
    // Round 10: scuba diving in the last days (decompression illness: UHMS / DAN guidance).
    id: 'recent_dive',
    kind: 'context',
    label: { zh: '近期潜水', en: 'recent scuba diving' },
    en: [
      'scuba',
      '\\bdiv(e|es|ed|ing)\\b[^.!?]{0,30}\\d+ ?(m|metres|meters|feet|ft)\\b',
      '(did|do|made) (\\d+|a|two|three|several) dives?',
    ],
    zh: ['潜水', '深潜', '浮潜'],
  },
  {
    // Round 10: adrenaline already given for an allergic reaction (RCUK 2021: observe in hospital).
    id: 'adrenaline_used',
    kind: 'modifier',
    label: { zh: '已经用了肾上腺素笔', en: 'adrenaline pen already used' },
    en: ['epi-?pen', 'adrenaline (pen|auto-?injector|shot|injection)', 'epinephrine', 'auvi-?q', 'jext'],
    zh: ['肾上腺素(笔|针)?'],
  },
  {
    // Round 10: paracetamol above the daily limit, often from two products that both contain it
    // (TOXBASE / MHRA staggered overdose: more than 4 g in 24 h needs blood tests).
    id: 'paracetamol_excess',
    kind: 'symptom',
    label: { zh: '对乙酰氨基酚吃多了', en: 'too much paracetamol' },
    en: [
      '(panadol|paracetamol|tylenol|acetaminophen)[^.!?]{0,60}\\b([89]|[1-9]\\d)(-(\\d+))? (tablets|pills|caps)',
      '\\b([89]|[1-9]\\d)(-(\\d+))? (tablets|pills)[^.!?]{0,40}(panadol|paracetamol|tylenol|acetaminophen)',
      '(also|too) (has|have|contains?) (paracetamol|acetaminophen)',
    ],
    zh: [
      '(扑热息痛|对乙酰氨基酚|泰诺林?|必理通|百服宁|散利痛)⋯([2-9]\\d|1\\d)(片|粒)',

      '(扑热息痛|对乙酰氨基酚|泰诺林?|必理通|百服宁|散利痛)~…(一天|每天|一日)~…([89]|[1-9]\\d)(片|粒)',
      '(也|还|都)(含|有)(扑热息痛|对乙酰氨基酚)',
    ],
  },
  {
    // Round 10: the scalp sore to touch or the jaw aching on chewing, with a new headache after 50
    // (BSR 2020 giant cell arteritis: same-day steroids and referral).
    id: 'jaw_or_scalp_pain',
    kind: 'modifier',
    label: { zh: '咀嚼时下巴痛或头皮一碰就痛', en: 'jaw ache on chewing or a tender scalp' },
    en: [
      'jaw (\\w+ )?(aches|hurts|pain|pains|tired)[^.!?]{0,20}(chew|eat)',
      'scalp (is |feels )?(very |so )?(sore|tender|painful)',
      'hurts to (brush|comb) (my |her |his )?hair',
    ],
    zh: [
      '(嚼|咀嚼|吃饭)~…(下巴|下颌|腮帮子?)~…(痛|疼|酸)',
      '头皮~…(一碰|一摸|梳头)~…(痛|疼)',
      '梳头~…头皮~…(痛|疼)',
    ],
  },
  {
    // Round 10: dizzy or blacking out on standing up (postural drop; NICE NG136 on treatment side effects).
    id: 'postural_dizziness',
    kind: 'modifier',
    label: { zh: '一站起来就头晕眼黑', en: 'dizzy or blacking out on standing' },
    en: [
      '(dizzy|lightheaded|light-headed|faint|black out|blacks out|vision goes)[^.!?]{0,20}(when|on|after|every time) (i |he |she )?(stand|standing|get up|getting up|gets up|stands)',
    ],
    zh: ['(一|刚|每次)?~站起来~(就)?~…(头晕|眼黑|眼前发黑|发黑|天旋地转)'],
  },
  {
    // Round 11: a small child who swallowed tablets of any kind (a few adult tablets can kill a
    // toddler: calcium-channel blockers, beta-blockers, sulfonylureas; NPIS/TOXBASE).
    id: 'tablets_swallowed',
    kind: 'modifier',
    label: { zh: '吃了药片', en: 'swallowed tablets' },
    en: ['(ate|swallowed|took|eaten|got into) (\\w+ ){0,3}(pills|tablets)'],
    zh: [
      '(偷吃|误吃|误服|吃|吞)~了~(几|两|三|四|五|一些|好些|好几)?~(片|粒|颗)~…药',
      '(偷吃|误吃|误服)~了?~…(药|片)',
      // Round 12: 不知道吃了几片，可能两三片 (the rule asks for a small child).
      '(吃|吞|咽)~了~(几|两三|一两|二三|好几)~(片|粒|颗)',
      // Round 26: 把姥爷的降糖药倒出来吃了 我数了少两三片.
      '(药|片|胶囊)~…(倒|拿|翻|抠)出来~…(吃|吞)',
      '(少|不见)了~(一|两|三|几|两三|一两|1|2|3)~(片|粒|颗)',
    ],
  },
  {
    // Round 11: a needle-stick or a splash of someone's blood (HIV post-exposure prophylaxis best
    // within 2 hours, no later than 72: 中国HIV暴露后预防用药专家共识 2020).
    id: 'needlestick',
    kind: 'symptom',
    label: { zh: '被用过的针扎伤', en: 'stuck by a used needle' },
    en: [
      'needle ?stick',
      '(stuck|pricked|jabbed|poked) (myself |my finger |my hand )?(with|by|on) (a |an )?(used |dirty |patient.?s )?(needle|syringe|sharps?)',
    ],
    zh: ['针刺伤', '(针头|针尖|针)~…扎~(到|了|伤|破)', '被~…(针头|针)~…扎'],
    dept: { infectious_disease: 5 },
  },
  {
    // Round 13: jaw or left-arm ache without chest pain, the anginal equivalent (AHA/ACC 2021).
    id: 'jaw_or_arm_ache',
    kind: 'symptom',
    label: { zh: '下巴或左臂酸痛', en: 'an ache in the jaw or left arm' },
    en: [
      '(ache|pain|aching|heaviness|discomfort) in (my |his |her )?(jaw|left arm|left shoulder)',
      '(jaw|left arm) (\\w+ )?(ache|aches|aching|pain|hurts)',
      // Round 33: "my left arm and jaw have had this dull ache".
      '(jaw|left arm) and (my |his |her |the )?(left )?(jaw|arm|neck|shoulder) (\\w+ ){0,4}(ache|aches|aching|pain|hurting|hurt)',
    ],
    zh: [
      '(下巴|下颌|左(边)?(胳膊|手臂|臂|肩膀?))~…(酸|痛|疼|沉|发麻)',
      // Round 35: 后背两个肩胛骨中间那里发胀 (between the shoulder blades, AHA/ACC 2021).
      '肩胛骨?~(中间|之间)~…(胀|痛|疼|酸|不舒服|压)',
    ],
    dept: { cardiology: 2 },
  },
  {
    // Round 13: back from an area with malaria (中国疟疾诊疗规范; NICE CKS fever in returning travellers).
    id: 'malaria_area_travel',
    kind: 'context',
    label: { zh: '从疟疾流行地区回来', en: 'back from a malaria area' },
    en: [
      'malaria',
      '(back|returned|came back|home|flew in|arrived) from (\\w+ ){0,3}(africa|nigeria|ghana|kenya|tanzania|uganda|congo|angola|mozambique|cameroon|sierra leone|zambia|malawi|sudan|papua|solomon)',
    ],
    zh: [
      '疟疾',
      '(非洲|尼日利亚|安哥拉|刚果|坦桑尼亚|赞比亚|加纳|苏丹|莫桑比克|几内亚|塞拉利昂|喀麦隆|乌干达|肯尼亚)~…(回国|回来|干活|工作|打工|出差)',
    ],
  },
  {
    // Round 13: a possible HIV exposure by sex (PEP as soon as possible, within 72 h).
    id: 'hiv_risk_exposure',
    kind: 'symptom',
    label: { zh: '可能接触了HIV', en: 'a possible HIV exposure' },
    en: [
      'condom (broke|split|came off|slipped)[^.!?]{0,80}(hiv|status)',
      // Round 37: "… and the condom broke. Dont know her status. Worried about HIV." (across sentences).
      'condom (broke|split|came off|slipped)[^!?]{0,120}\\b(hiv|status)\\b',
      "(hiv|hiv status)[^.!?]{0,40}(don'?t know|unknown|not sure|positive)[^.!?]{0,60}(sex|condom)",
    ],
    zh: ['(套(子)?破|没戴套|无保护)~…(HIV|艾滋)', '(HIV|艾滋)~…(阳性|不清楚|不知道)~…(套|发生关系|性行为)'],
    dept: { infectious_disease: 5 },
  },
  {
    // Round 13: seizure medicines named or epilepsy said outright.
    id: 'epilepsy_context',
    kind: 'context',
    label: { zh: '长期服用防抽搐的药', en: 'on seizure medicine' },
    en: [
      'epilep',
      'levetiracetam',
      'keppra',
      'valpro',
      'lamotrigine',
      'carbamazepine',
      'phenytoin',
      'oxcarbazepine',
    ],
    zh: ['癫痫', '羊角风', '左乙拉西坦', '丙戊酸', '拉莫三嗪', '卡马西平', '奥卡西平', '苯妥英'],
  },
  {
    // Round 13: regular medicines forgotten or run out.
    id: 'meds_run_out',
    kind: 'modifier',
    label: { zh: '药吃完了或忘带', en: 'medicines run out or left behind' },
    en: [
      '(forgot|forgotten|ran out of|run out of|running out of|left) (\\w+ ){0,2}(meds|medication|medicines?|tablets|pills|doses?)',
      // Round 32: "missed last night's and this morning's doses".
      "missed ([\\w']+ ){0,5}doses?",
      // Not "babies slow down when they run out of room" (round 25).
      '(ran|run|running) out of (my |his |her |the )?(?!room\\b|space\\b|time\\b|patience\\b|breath\\b)\\w+',
      // Round 30: "the airline lost the suitcase with all his insulin".
      '(lost|left|forgot|forgotten) (\\w+ ){0,5}(insulin|inhalers?|epi ?pens?|medicines?|medication|pills|tablets)',
      '(no|without) (his |her |my )?insulin',
    ],
    // Not 药快用完了 (nearly out, round 35).
    zh: [
      '药~…(?<!快)(吃完了|忘带|没带|断了|停了|用完了)',
      '(忘带|没带|忘了带)~…药',
      '漏服',
      // Round 45: 忙忘了吃几次药 (doses missed, not run out).
      '(漏|忘了?|忘记)~吃~了?~(好|两|几|\\d)~(次|回|顿)~药',
    ],
  },
  {
    // Round 14: dengue named, or its "breakbone" aches (WHO 2009 dengue warning signs).
    id: 'dengue_context',
    kind: 'context',
    label: { zh: '登革热流行或怀疑', en: 'dengue suspected or around' },
    en: [
      'dengue',
      'break ?bone',
      // Round 34: a fever after South-East or South Asia (WHO: dengue is endemic there).
      '(back|returned|came back|come back|home|flew in|arrived) from (\\w+ ){0,3}(thailand|vietnam|cambodia|laos|malaysia|indonesia|philippines|singapore|india|sri lanka|bangladesh|myanmar|bali)',
    ],
    zh: ['登革热', '骨痛热'],
    dept: { infectious_disease: 5 },
  },
  {
    // Round 15: hand, foot and mouth disease named (手足口病诊疗指南 2018: warning signs of the
    // severe form).
    id: 'hfmd_context',
    kind: 'context',
    label: { zh: '手足口病', en: 'hand, foot and mouth disease' },
    en: ['hand,? foot,? (and|&) mouth', '\\bHFMD\\b'],
    zh: ['手足口'],
  },
  {
    // Round 24: trekking high up (above about 2,500 m); with unsteadiness, confusion or breathlessness
    // at rest it is altitude illness that needs descent now (Wilderness Medical Society 2019) [S].
    id: 'high_altitude',
    kind: 'context',
    label: { zh: '在高海拔地区', en: 'at high altitude' },
    // A height climbed to, not a distance run ("ran 5000 m").
    en: [
      'altitude',
      '\\b(at|to|above|over|reached|climbed( to)?) (about |around |nearly |over )?([3-5],?\\d{3}) ?(m|metres|meters)\\b',
      'base camp',
    ],
    zh: ['高原', '海拔~([3-5]\\d{3}|[三四五]千)', '高反', '高原反应'],
  },
  {
    // Round 15: a wasp, hornet or bee sting.
    id: 'insect_sting',
    // A modifier, so that a single sting with a little itch can still be self-care.
    kind: 'modifier',
    label: { zh: '被蜂蜇', en: 'a wasp or bee sting' },
    en: [
      '(stung|sting|stings) (\\w+ ){0,3}by (a |an |some )?(wasp|bee|hornet)s?',
      '(wasp|bee|hornet) stings?',
      // Round 33: "a bee stung my arm".
      '(wasp|bee|hornet)s? (just |has |have )?stung',
      // Round 24: "attacked by a hornet swarm".
      '(attacked|chased|swarmed) by (a |an )?(swarm of )?(wasps?|bees?|hornets?)',
      '(wasp|bee|hornet) (swarm|attack|nest)',
    ],
    zh: ['(马蜂|胡蜂|黄蜂|蜜蜂|野蜂|蜂)~…(蛰|蜇|叮)', '被蜂~(蛰|蜇|叮)'],
    dept: { dermatology: 2, emergency: 2 },
  },
  {
    // Round 15: ten or more stings (胡蜂蜇伤规范化诊治中国专家共识 2018: ≥ 10 stings → hospital).
    id: 'many_stings',
    kind: 'modifier',
    label: { zh: '被蜇了很多下', en: 'many stings' },
    en: [
      '(stung|stings) (\\w+ ){0,4}(\\d{2,}|dozens of|many|lots of) times',
      '(\\d{2,}|dozens of|many|lots of) stings',
    ],
    zh: ['(蛰|蜇|叮)~了?~(十几|二十几?|几十|好多|很多|[1-9]\\d)~(下|处|口|个包)'],
  },
  {
    // Round 17: a scan or report that tells the person to see a specialist is never self-care,
    // however familiar the symptoms (project).
    id: 'follow_up_advised',
    kind: 'modifier',
    label: { zh: '报告或医生建议专科随访', en: 'a report or doctor advised a specialist follow-up' },
    en: [
      '(report|scan|mri|ct|ultrasound|result|doctor|gp)s? (says?|said|recommends?|recommended|advises?|advised|suggests?|suggested) (to )?(a )?(follow[- ]?up|see|seeing|refer\\w*|review)',
    ],
    zh: ['(报告|片子|检查单|医生|大夫)(上)?(说|写着?|建议|让)~…(复查|随访|转诊|找|看|就诊)'],
  },
  {
    // Round 37: a small child who stops using an arm after it was pulled (NICE CKS / AAFP 2014: a
    // pulled elbow is reduced the same day; swelling or deformity would point to a fracture).
    id: 'arm_limp_after_pull',
    kind: 'symptom',
    label: { zh: '拉扯手臂后孩子不肯用这只手', en: 'a child not using an arm after it was pulled' },
    en: [
      "(pulled|yanked|tugged|swung) (\\w+ ){0,2}(by )?(the |his |her )?(arm|hand|wrist)[^.!?]{0,60}\\b(won'?t|will not|doesn'?t|does not|not|refus\\w*) (to )?(use|move|lift|reach)",
      'pulled elbow',
      "nursemaid'?s? elbow",
    ],
    zh: [
      '(拉|扯|拽|牵|提)~(了)?~(她|他|孩子|宝宝)?~(一下)?~(的)?~(手|胳膊|手臂)⋯(垂着|耷拉|不肯(拿|动|用|抬)|不动|不敢动|抬不起)',
    ],
    dept: { orthopaedics: 5 },
  },
  {
    // Round 37: a sleep terror as parents tell it: an hour or two after falling asleep the child sits up
    // screaming, eyes open, does not answer, settles back to sleep in minutes and remembers nothing.
    id: 'night_terror_pattern',
    kind: 'modifier',
    label: {
      zh: '睡着后突然坐起哭叫，第二天不记得',
      en: 'sitting up screaming in sleep, no memory of it next day',
    },
    en: [
      '(sits?|sat) up (\\w+ ){0,3}(screaming|crying|shouting)[^.!?]{0,80}\\b(asleep|sleep)',
      "(doesn'?t|does not|didn'?t|did not|can'?t) remember (\\w+ ){0,4}(in the morning|next morning|the next day)",
      'night terrors?',
      'sleep terrors?',
    ],
    zh: [
      '(睡着|入睡|睡下)~…(突然)?~(坐起来|坐起)~…(哭|叫|尖叫|喊)',
      '第二天~…(完全)?~(不记得|记不得|没印象|想不起来)',
      '夜惊',
    ],
  },
  {
    // Round 36: travel sickness in a car, coach, boat or plane (NICE CKS motion sickness: self-care,
    // an over-the-counter antihistamine or hyoscine before the journey).
    id: 'motion_sickness',
    kind: 'modifier',
    label: { zh: '晕车晕船', en: 'travel sickness' },
    en: ['motion sick', 'travel sick', 'car ?sick', 'sea ?sick', 'air ?sick'],
    zh: ['晕(车|船|机)'],
  },
  {
    // Round 34: a clinician who has seen the patient asked them to go to hospital straight away
    // (诊所让赶紧去大医院); the engine never answers such a message with less than same day.
    id: 'sent_in_urgently',
    kind: 'modifier',
    label: { zh: '医生让尽快去医院', en: 'a clinician said to go to hospital urgently' },
    en: [
      '(gp|doctor|clinic|nurse|pharmacist|optician|dentist|midwife)s? (\\w+ ){0,3}(told|said|advised|asked|wants) (me|him|her|us|them) to (go|come|get|be seen) (\\w+ ){0,4}(today|straight away|immediately|right away|urgently|asap|same day|now)\\b',
    ],
    zh: [
      '(诊所|医生|大夫|社区|卫生院|村医|护士|药师)⋯(让|叫|说|建议|要求)~(我|我们|他|她|俺)?~(们)?~(赶紧|马上|立刻|立即|尽快|赶快|今天)~(就)?~(去|来|上|到)',
    ],
  },
  {
    // Round 17: a growth inside the head already found on a scan goes to neurosurgery.
    id: 'head_mass_found',
    kind: 'context',
    label: { zh: '检查发现颅内肿物', en: 'a growth in the head found on a scan' },
    // Named findings only: "I'm convinced I have a brain tumour" is a worry, not a finding (round 19).
    en: ['meningioma', 'pituitary (adenoma|tumou?r|macroadenoma)'],
    zh: ['脑膜瘤', '垂体(瘤|腺瘤)', '(颅内|脑部)(占位|肿物)'],
    dept: { neurosurgery: 7 },
  },
  {
    // Round 46: a child known to react to broad beans (G6PD deficiency), or who has just eaten them.
    id: 'broad_bean_sensitivity',
    kind: 'context',
    label: { zh: '蚕豆过敏体质或刚吃过蚕豆', en: 'known to react to broad beans, or just ate them' },
    en: ['g6pd', '(fava|broad) beans?'],
    zh: ['蚕豆', 'G6PD', '葡萄糖-?6-?磷酸脱氢酶'],
  },
  {
    // Round 45: "she is still peeing but less". Less urine than usual is a NICE CG84 red flag for a
    // same-day check, milder than the no-urine or drying-out signs of 'dehydration' (which with a
    // tired child is an emergency), so it is its own concept.
    id: 'passing_less_urine',
    kind: 'modifier',
    label: { zh: '尿比平时少', en: 'passing less urine than usual' },
    en: [
      '(peeing|weeing|urinating|wees?|pees?) (\\w+ ){0,2}(but )?less\\b',
      '(fewer|less) (wet (nappies|diapers)|pees|wees)',
    ],
    zh: ['尿~(比平时|比平常)?~少了', '尿尿~(也)?~少了'],
  },
  {
    // A fit that went on or came again: what keeps a known-epilepsy fit an emergency (NHS 999 list).
    id: 'long_or_repeated_fit',
    kind: 'modifier',
    label: { zh: '抽搐时间长或反复发作', en: 'a long fit, or one after another' },
    en: [
      '(more than|over|longer than|at least) (5|five|6|six|7|seven|8|eight|10|ten|15|fifteen|20|twenty) min',
      '(another|a second|two|three|several|more) (fits|seizures|fit|seizure) (since|after|today|in a row)',
      'one (fit|seizure) after (another|the other)',
      "(didn'?t|did not|never) (come round|wake up) (between|in between)",
    ],
    zh: [
      '(抽|抽搐|发作)~了?~([5-9]|\\d\\d|五|六|七|八|九|十|半个|二十|好几)(几|多)?~分钟',
      '(连续|接连|接二连三|反复)~(抽|发作)',
      '又抽了',
    ],
  },
  {
    // Round 45: fully awake again after a fit, as NHS "when to call 999" asks (not in place of it).
    id: 'fully_recovered_after_fit',
    kind: 'modifier',
    label: { zh: '发作后已完全清醒', en: 'fully awake again afterwards' },
    en: [
      'back to (normal|(his|her|my)self|(his|her|my) (usual|normal) self)',
      '(fully|completely) (awake|alert|recovered|back)',
      '(awake|alert) and (talking|chatting|answering)',
    ],
    zh: [
      '(现在|已经|之后|后来|停了)~人?~(已经|就|也|都)?~(清醒|醒过来|缓过来|恢复正常)',
      '(跟|和)平时一样了',
    ],
  },
  {
    // Round 47: a headache like a tight band round both sides, worse after long days and better
    // with sleep (told in lay words). NICE CKS tension-type headache: simple analgesia and
    // self-care; new, changed, daily or red-flag headaches need review [S].
    id: 'band_like_headache',
    kind: 'modifier',
    label: { zh: '头两侧发紧、像箍着', en: 'a tight band round the head' },
    en: [
      'tension headache',
      'band.like',
      '(like )?a (tight )?band (round|around|across) (my |his |her |the )?(head|forehead)',
      'head (\\w+ ){0,3}(like|in) a vi[cs]e',
    ],
    zh: [
      '(头|脑袋|脑壳|太阳穴|后脑勺)⋯(箍|勒)(了|着)?(个|一个|一道)?(圈|箍|带子|紧箍咒)',
      '(像)?戴~(了)?~(个|一个)?~紧箍',
      '太阳穴…发紧',
    ],
  },
  {
    // Round 47: a baby's soft spot seen moving with the heartbeat: normal, as long as it is neither
    // bulging nor sunken (those are infant_danger_signs / dehydration) [project; NHS baby health].
    id: 'fontanelle_pulsing',
    kind: 'symptom',
    label: { zh: '囟门随心跳起伏', en: 'the soft spot moving with the heartbeat' },
    en: ['(soft (bit|spot|part)|fontanelle)[^.!?]{0,60}\\b(moves?|moving|puls|throbb|beat)'],
    zh: ['(头顶|囟门|前囟)⋯(一跳一跳|跳动|跟心跳|随着心跳|一鼓一鼓)'],
    dept: { paediatrics: 4 },
  },
];
