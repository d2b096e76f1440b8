/**
 * Lexicon: chest, breathing, circulation. Source: project-authored from common lay wording heard in
 * Chinese and English outpatient clinics and the manual indicators of 急诊预检分诊专家共识 (2018).
 * Licence: project. Reviewed like code: every wording added here changes triage.
 */
import type { ConceptDef } from './concept-def.ts';

export const LEXICON_CARDIORESPIRATORY: readonly ConceptDef[] = [
  {
    id: 'chest_pain',
    kind: 'symptom',
    label: { zh: '胸痛/胸闷', en: 'chest pain or tightness' },
    en: [
      'chest (pain|discomfort|tightness|pressure|heaviness|ache|hurts?|is (tight|heavy|hurting|sore))',
      '(pain|ache|pressure|tightness|heaviness|discomfort) (in|across|on|of|behind) (my |his |her |the )?(middle of (my |his |her |the )?)?(chest|breastbone|sternum)',
      'behind (my |his |her |the )?(breastbone|sternum)',
      'tight chest',
      // Adverbs between: "my chest is really tight".
      'chest (is|feels|felt|was|went) (really |very |so |a bit |quite |all |kind of )+(tight|heavy|sore|painful)',
      // Round 22: "he said his chest was tight".
      'chest (was|went|got) (tight|heavy)',
      'retrosternal',
      // Round 9: the clinical shorthand some patients use ("CP x 30min").
      '\\bCP\\b',
      'substernal',
      'angina',
      'my chest (hurts|is killing)',
      'chest (feels|felt|is feeling|was feeling) (\\w+ )?(tight|heavy|funny|strange|weird|sore|painful|pressure|like)',
      // Round 27: "a tight heavy feeling in the middle of my chest".
      // Round 41: "a heavy tight feeling right across my chest".
      '(tight|heavy|pressing|squeezing|crushing)( (and )?(tight|heavy|pressing|squeezing|crushing))? (feeling |sensation )?(right |just )?(in|across|on) (the middle of )?(my |his |her |the )?chest',
      '(band|weight|elephant) (around|on|across) (my |his |her |the )?chest',
      '(pressure|tightness|heaviness|discomfort|ache|pain|burning) (in|across|on|behind) (my |his |her |the )?(chest|breastbone)',
      // Seen by a relative rather than said by the patient: clutching or rubbing the chest.
      '(clutch|rubb|hold|grabb|clasp)\\w* (at )?(his|her|my|their) chest',
      // Pinyin typed without the characters (xiong kou tong, xiongmen).
      'xiong ?(kou|bu|qian)? ?(tong|teng|men|bie|ya)\\b',
      'xin ?kou ?(tong|teng|men)\\b',
    ],
    zh: [
      '胸痛',
      '胸口痛',
      '胸口疼',
      '胸疼',
      '胸闷',
      '胸部(疼|痛|不适|发紧)',
      '心口(痛|疼)',
      '胸前区',
      '胸骨后',
      '胸口(不舒服|发紧|闷|压)',
      '胸部压',
      '胸骨(后|下)',
      '心脏(疼|痛|不舒服|难受)',
      '(胸口|心口)(堵|憋)',
      // Cantonese 翳 (胸口翳住): chest tightness.
      '(胸口|心口)…翳',
      '心前区',
      '{chest}~…{chest_feeling}',
      '(疼|痛|闷|压|堵)~(在|到)~{chest}',
      '(捂|揉|抓|攥)着{chest}',
    ],
    dept: { cardiology: 3, respiratory: 1 },
  },
  {
    id: 'heart_failure',
    kind: 'context',
    label: { zh: '已知心脏功能差', en: 'known weak heart' },
    en: ['heart failure', '\\bchf\\b', 'weak heart', 'enlarged heart'],
    zh: ['心衰', '心力衰竭', '心功能不全'],
    dept: { cardiology: 3 },
  },
  {
    // Fluid gain the scales show before breathlessness does (ESC 2021 HF guideline: > 2 kg in 3 days).
    id: 'weight_gain_fast',
    kind: 'modifier',
    label: { zh: '几天内体重增加明显', en: 'weight up quickly over a few days' },
    en: [
      '(gained|put on|up|increased( by)?) (\\d|two|three|four)(\\.\\d)? ?(kg|kilos?|pounds|lbs)',
      'weight (has )?(gone up|jumped|increased)',
    ],
    zh: ['(体重|秤上)…(涨|长|重|增加|多)了…(公斤|斤|kg|千克)'],
  },
  {
    // Belly pain going through to the back: MTS abdominal pain chart, orange discriminator [S].
    id: 'pain_to_back',
    kind: 'modifier',
    label: { zh: '疼痛放射到后背', en: 'pain going through to the back' },
    en: [
      '(goes|going|went|radiat\\w*|spread\\w*|shoot\\w*|bor\\w*) (straight )?(through |into |to |round to )(my |his |her |the )?back',
    ],
    zh: [
      '往~(后背|背后|背上)~(串|窜|放射|走|钻)',
      '(痛|疼)(到|向|往|得)(后背|背)(去|上)?',
      '(穿|窜|放射|牵扯)(到)?(后背|背部?)',
    ],
  },
  {
    id: 'pressure_character',
    kind: 'modifier',
    label: { zh: '压榨/紧缩样', en: 'pressing or squeezing' },
    en: [
      'pressure',
      'squeez',
      'crushing',
      'heavy',
      'heaviness',
      'elephant',
      'vice',
      'constrict',
      'like a (band|belt|weight|vice|vise)',
      'tight(ness)?\\b',
      'squeez',
    ],
    zh: [
      '压榨',
      '压迫感',
      '紧缩',
      '石头压',
      '压着',
      '闷痛',
      '憋闷',
      '勒紧',
      '(压|堵|闷|憋|揪|攥|勒|箍|捏)~(得慌|得难受|得喘不|住)',
      '像~(有|被)?~[一块个只]*~(石头|大石|东西|手|砖|铁|绳子?)~…(压|揪|攥|勒|捏|箍|坠)',
      '(压|闷|堵|憋)~得~慌',
      '揪~着~(疼|痛)',
      '沉甸甸',
      // Round 11: 上腹部闷闷的.
      '闷闷(的|地)',
      '(压|坠|搁)~[一块个只]*~(大)?~(石头|东西|砖|铁块|秤砣)',
    ],
  },
  {
    id: 'pain_radiates',
    kind: 'modifier',
    label: { zh: '疼痛向他处放射', en: 'pain spreading elsewhere' },
    en: [
      'radiat\\w* (to|into|down|towards|from)',
      'spread(s|ing)? (to|into|down)',
      'goes (to|into|down) (my |his |her |the )?(arm|jaw|neck|back|shoulder)',
      '(left )?arm (pain|numbness|heaviness|is numb|felt numb)',
      'jaw (pain|ache)',
      '(ache|pain|discomfort|it) (goes|went|spreads?|spreading|moves?|travels?|shoots?) (up |down |into |to )+(my |his |her |the )?(left )?(arm|jaw|neck|back|shoulder|teeth)',
      '(left )?(arm|shoulder) (feels |felt |is |went )?(numb|heavy|tingly|achy|aching)',
      'between (my |his |her |the )?shoulder ?blades',
      // Round 41: "… across my chest going up into my jaw".
      'going (up |down )?(into|to) (my |his |her |the )?(left )?(arm|jaw|neck|back|shoulder|teeth)',
    ],
    zh: [
      '放射',
      '牵涉',
      '传到(胳膊|手臂|后背|背部|下巴|脖子|肩)',
      '连着(后背|胳膊|肩膀)',
      '左(臂|胳膊|肩)(也)?(痛|疼|麻|发麻)',
      '下颌(痛|疼)',
      '(疼|痛|窜|串|扯|传|牵|放射|拽|带)~(到|至|向|着)~{spread_site}',
      '牵~{spread_site}',
      '{left}~{arm}…{ache_or_numb}',
      '(下巴|下颌|下颚)~…(疼|痛|酸|紧|麻)',
      // From the chest through to the back: 心口到背脊, 胸口连着后背.
      '{chest}(到|至|连着?|连到|通到|串到|一直到){spread_site}',
    ],
  },
  {
    id: 'tearing_character',
    kind: 'modifier',
    label: { zh: '撕裂样', en: 'tearing' },
    // Not bare "tearing" (watering eyes) or 撕裂伤 (a torn wound): the pain itself is tearing.
    en: [
      '(tearing|ripping) (pain|sensation|feeling|chest|back|through)',
      '(pain|it) (is |was |feels |felt )?(like )?(something )?(tearing|ripping)',
    ],
    // 好似/似 as well as 像 (Cantonese and written styles: 好似撕开咁痛).
    zh: ['撕裂~(样|一样|般|似的)?~…(疼|痛)', '(疼|痛)~得?~(像|似)~…撕裂', '(像|似)~…撕(开|裂|扯)'],
  },
  {
    id: 'chest_wall_features',
    kind: 'modifier',
    label: { zh: '按压痛/活动相关', en: 'reproduced by pressing or movement' },
    en: [
      '(worse|hurts|painful|pain) (when|on|with) (i |he |she )?(press|touch|twist|turn)',
      'tender (to|on) (touch|palpation|pressing)',
      'reproduc',
      'pulled a muscle',
      'after (lifting|moving furniture|a fall)',
      'chest wall',
    ],
    zh: ['按压(痛|疼)', '一按就(痛|疼)', '按着(痛|疼)', '压痛明显', '扭身(痛|疼)', '搬东西后', '拉伤'],
  },
  {
    id: 'pleuritic',
    kind: 'modifier',
    label: { zh: '深呼吸时加重', en: 'worse on breathing in' },
    en: [
      '(worse|increases|exacerbat\\w*|hurts) (with|on|when|during) (deep )?(breath|breathing|inspiration|inhal)',
      'pleuritic',
      'hurts? (to|when (i|he|she|you)) (breathe|take a (deep )?breath)',
      '(pain|hurts?|sharp|stabbing) (\\w+ )?(when|on|as) (i |he |she )?(breathe|breathing|take a breath) in',
      // Round 30: "sharp pain on the right side of my chest when I breathe in".
      '(pain|hurts?)[^.!?]{0,40}\\b(when|as) (i |he |she )?(breathe|take a (deep )?breath) in',
    ],
    zh: [
      '深呼吸(时)?(加重|更痛|痛|疼)',
      '吸气(时)?(痛|疼|加重)',
      '(喘气|呼吸|吸气|深吸气|吸口气)(的时候|时)?~(就)?~(扯着)?(疼|痛)',
    ],
  },
  {
    id: 'exertional',
    kind: 'modifier',
    label: { zh: '活动后出现', en: 'brought on by exertion' },
    en: [
      // Round 13: snow shovelling, the classic winter exertion.
      'shovel+(ing|ed)? (the )?snow',
      'snow (off|from)',
      'exert',
      'climbing stairs',
      'walking up',
      'on exercise',
      'during exercise',
      'after walking',
      'while (running|exercising|lifting)',
      'gym',
      'biceps curl',
      'jogging',
      'running',
      'exercising',
      'working out',
      'playing (football|basketball|tennis|sport)',
      'shovel\\w*',
      '(mowing|digging|crossfit|spin class|marathon|hiit|bootcamp|workout)',
    ],
    zh: [
      '活动后',
      '劳累后',
      // Not "爬楼也没问题" (climbing stairs is fine), round 9.
      '爬楼(?!(梯)?(也|都)?(没问题|没事|不累|不喘|还行|可以))',
      '走路(时|后)',
      '运动(时|后)',
      '活动时',
      '干活时',
      '上楼',
      '(健身|撸铁|练腿|马拉松|深蹲|动感单车|高强度训练)',
      // Round 34: 打篮球的时候跑着跑着突然就晕倒了.
      '(打篮球|打球|踢球|跑步|跑着|打羽毛球|游泳|爬山)~…(的时候|时|中)',
      '跑着跑着',
      // Round 45: 一走快路胸口就憋.
      '一~(走快|快走|爬坡|上坡|干重活)~路?⋯就',
    ],
  },
  {
    id: 'at_rest',
    kind: 'modifier',
    label: { zh: '休息时也有', en: 'even at rest' },
    en: [
      // Not "breathing at rest feels ok".
      'at rest(?! (feels |is |seems |was )?(ok|okay|fine|normal|good|alright))',
      'while resting',
      'while (watching|sitting|lying)',
      'even (when |while )?(sitting|lying|resting)',
      // Not "I'm OK sitting still" (round 34).
      '(?<!(ok|okay|fine|alright|good) (when |while )?)(sitting|lying) (down|still)',
      'not (better|relieved|easing) (with|by|after) rest',
    ],
    zh: [
      '休息时',
      '静息',
      '坐着(也|不动)',
      '躺着也',
      '(坐|躺|歇|待)~着~(也|都|不动)',
      '(歇|休息)~(了|一会儿?|半天)?~(也|都)~(不|没)~(见)?~(好|缓解|减轻|轻)',
      '(不动|不干活)~(的时候)?~(也|都)',
      // Round 45: 今天早上坐着看电视也发作了一回.
      '(坐|躺)着~(看|玩|吃|聊|休息)…(也|都)~(发作|犯|来了|疼|痛|闷|憋)',
    ],
  },
  {
    id: 'sweating',
    kind: 'symptom',
    label: { zh: '出冷汗', en: 'sweating' },
    en: ['(?<!night )sweat(ing|y|s)?\\b', 'diaphore', 'clammy', 'cold sweat', 'clammy', 'perspir'],
    // Not the 汗 of 不出汗 / 没出汗, which the clause check cannot see past 出 (round 25).
    zh: ['(?<!盗|不出|不冒|没出|没冒)汗', '冷汗', '大汗', '出虚汗', '冒~汗', '一身~汗'],
  },
  {
    // Cold sweat with chest discomfort, arm/jaw ache or breathlessness is a warning pattern of its own;
    // plain sweating (fever, heat, exercise) is not.
    id: 'cold_sweat',
    kind: 'modifier',
    label: { zh: '出冷汗/大汗', en: 'cold sweat or drenching sweat' },
    en: [
      'cold sweat',
      'clammy',
      'drenched in sweat',
      'pouring with sweat',
      'sweating (heavily|profusely|buckets|a lot)',
      '(pale|grey|gray|ashen) and (sweaty|clammy)',
      '(sweaty|clammy) and (pale|grey|gray|ashen)',
      'broke out in a (cold )?sweat',
    ],
    zh: [
      '冷汗',
      '虚汗',
      '大汗',
      // Not 一身汗/浑身是汗 alone: that is also what exercise or heat does.
      '(满头|满脸|一头|一脑门子?)~…汗',
      '(直|一直|往外|呼呼)~冒~(冷)?~汗',
      '汗~(如雨下|淋淋|津津|湿透|都湿了|把衣服都?湿)',
    ],
  },
  {
    id: 'orthopnoea',
    kind: 'modifier',
    label: { zh: '不能平躺', en: 'cannot lie flat' },
    en: [
      "(can'?t|cannot|unable to) lie (down|flat)",
      'ha(s|ve) to (sit|prop (myself|himself|herself)) up',
      'propped up on (\\w+ )?pillows',
      '(two|three|extra|more) pillows',
      'sleep(ing)? (sitting up|in (a|the) chair)',
      'wak(e|es|ing) (up )?(gasping|breathless|short of breath)',
      'orthopn',
      "(can'?t|cannot|unable to|struggl\\w* to) breathe (\\w+ ){0,2}(when |while )?(i |he |she )?(lying|lie|lay) (down|flat)",
      '(breathless|short of breath|out of breath) (when |while )?(lying|i lie|he lies|she lies) (down|flat)',
    ],
    zh: [
      '(躺|睡)~不~(下|平)',
      '不能~平躺',
      '只能~(坐|靠)~着',
      '端坐',
      // Heart-failure breathlessness at night as patients tell it (ESC 2021 HF guideline) [S].
      '(垫|要垫|得垫)(两|三|几|好几|2|3)个枕头',
      '(坐着|靠着)睡',
      '(一)?躺(下|平)(就)?…(憋|喘|咳)',
      '(憋|喘)醒',
    ],
  },
  {
    id: 'dyspnea',
    kind: 'symptom',
    label: { zh: '气短/呼吸困难', en: 'shortness of breath' },
    en: [
      'short(ness)?,? of,? breath',
      'breathless',
      '(difficulty|trouble|struggl\\w*|problems?|hard|labou?red|laboured|labored) (in |with )?breath',
      'hard(er)? to breathe?\\b',
      "(can'?t|cannot|unable to|couldn'?t) breathe?\\b",
      "can'?t (catch (my|his|her) )?breath",
      'dyspn',
      'out of breath',
      'work of breathing',
      'breathing (is )?(fast|rapid|difficult|hard|labou?red)',
      'gasp',
      '\\bsob\\b',
      "(can'?t|cannot|couldn'?t) (get|catch) (my |his |her |a )?breath",
      // Pinyin typed without the characters.
      'chuan ?bu ?(shang|guo) ?qi',
      'hu ?xi ?kun ?nan',
      '(winded|puffed|puffing|panting)',
      'breathing (is |was |has been )?(hard|difficult|laboured|labored|heavy|a struggle)',
    ],
    zh: [
      '气短',
      '气促',
      '呼吸困难',
      '喘不(上|过)气',
      '上不来气',
      '气喘',
      // Not 喝水憋气都试了 (holding the breath to stop hiccups, round 27).
      '(?<!水|屏住|屏|、)憋气(?!(都|也)?试)',
      '呼吸急促',
      '透不过气',
      '喘气(费劲|费力)',
      '呼吸费力',
      '呼吸不(畅|顺)',
      '气不够用',
      '喘不动',
      '喘得',
      '憋得',
      '喘(?![气息])',
      '喘气~(费劲|费力|困难|急|粗|不匀|都难)',
      '喘~不~(上|过|动|匀)',
      '(上|倒|透|出|接)~不~(上|过|进)?~来?~气',
      '(?<![天空生脾运口名勇力没])气~(紧|短|促|急)(?!张)',
      '气~不~够~用?',
      '呼吸~(困难|费力|费劲|急促|不畅|不顺|不过来|不上来)',
      '憋~得~慌',
      // Round 33: 喘气也不太顺 (a 不 inside the phrase, not a denial of it).
      '(喘气|出气|呼吸)~(也|都)?~不(太|大|怎么|是很)?(顺|畅|匀)',
    ],
    dept: { respiratory: 3, cardiology: 1 },
  },
  {
    id: 'dyspnea_severe',
    kind: 'modifier',
    label: { zh: '严重气促（说话困难/口唇发紫）', en: 'severe breathlessness' },
    en: [
      // Coverage audit 2026-11 (MTS general discriminator 'inadequate breathing' / 'airway compromise', lay wording; project)
      '(hardly|barely) breathing',
      '(isn.?t|is not|not) breathing (properly|normally|well)',
      'stopped breathing',
      '(can.?t|cannot|unable to) (catch|get) (my|his|her|their) breath at all',
      '(can.?t|cannot) get (any )?air (in|into)',
      'airway (is )?(blocked|obstructed|closing)',
      'throat (is )?closing( up)?',
      // Round 27: "she can only say 1 or 2 words then stops to breathe".
      // Round 38: "can only say few words at a time".
      'only (say|speak|get out|manage) (a few|few|one or two|two or three|single|\\d( or \\d)?) words?',
      'chok\\w* (and|,) (can.?t|cannot|not) (breathe|breathing)',
      "(can ?not|can'?t|unable to) (speak|talk) (in )?(full )?sentences",
      'too breathless to (speak|talk)',
      'gasping',
      'severe(ly)? (short|breathless|dyspn)',
      'struggling to breathe',
      'fighting for breath',
      'breathing very hard',
      'ribs (are )?(sucking|pulling) in',
      '(skin|chest) (is )?(sucking|pulling) in (between|under|below) (the |his |her )?ribs',
      // Round 41: "the skin between his ribs is sucking in".
      '(between|under|below) (the |his |her |my )?ribs (is |are )?(sucking|pulling|going|caving) in',
      'nostrils (are )?flaring',
      "(can ?not|can'?t|cannot|unable to|couldn'?t) (finish|complete|get out|say) (a |my |his |her )?(full |whole )?sentences?",
    ],
    zh: [
      // Coverage audit 2026-11 (MTS general discriminator 'inadequate breathing' / 'airway compromise', colloquial zh; project)
      '呼吸~(很|非常|特别)?~(弱|浅|微弱)',
      '快~没~气',
      '(不怎么|不太|几乎不)~(喘气|呼吸)',
      '气~(都)?~(进不去|吸不进)',
      '(一句话|说话|说几个字)…(歇|停|喘)~(几|好几|一)(次|下|口)',
      '(嗓子|喉咙|嗓子眼|气管)…堵死',
      '说不出完整的话',
      '喘得说不出话',
      '憋得(厉害|不行)',
      '严重呼吸困难',
      '呼吸非常困难',
      '喘不上气来',
      '吸气时肋骨凹陷',
      '三凹征',
      // A child's work of breathing as a parent sees it: nostrils flaring, ribs or neck sucking in.
      '鼻翼(扇动|煽动|一扇一扇|一张一张)',
      '(肋骨|肋间|锁骨上|胸口|脖子下面)…(凹|陷|往里|吸进去)',
      '(喘|憋)~得~(厉害|不行|要命|受不了|说不(出|了)话)',
      '喘~不~上~气~来',
      '(一句话|话)(都|也)?说不(完|全|完整|下来|利索)',
      '说(不到|不了|没)?(几个字|两句|一句|半句|几句)(话)?就~(喘|憋|上不来气|没气)',
      '说(几个字|两句|一句|几句)(话)?就(要|得)?(停|歇)(下来)?~(喘|歇)',
    ],
  },
  {
    id: 'cyanosis',
    kind: 'symptom',
    label: { zh: '口唇发紫', en: 'blue lips or face' },
    en: [
      'cyano',
      // Round 35: "he reckons my lips look a bit blue".
      '(lips|face|skin) (look |looks |looking |are |is |turning |turned |went |gone |going )?(\\w+ ){0,2}(blue|bluish|blue-ish|grey|gray|purple)',
      '(blue|bluish|purple) (lips|face)',
    ],
    zh: [
      '发绀',
      '嘴唇发(紫|青)',
      '口唇(发)?(紫|青|绀)',
      '脸色发(紫|青)',
      '嘴唇~(发)?~(紫|青|乌)',
      // Round 10: 嘴唇和手指头紫得厉害.
      '嘴唇(和|跟|、|还有)(手指头?|指甲|脚趾头?)~…(发)?(紫|青|乌)',
      '(嘴唇|嘴)~(有点|有些)?~(发灰|灰了|发乌)',
      '(脸|脸色|面色)~(发)?~(紫|青|乌)(?!春)',
      // Round 5: 脸都憋紫了, 憋得发青 (short of air, lay wording; project).
      '憋(得)?~(发)?~(紫|青)(?!春)',
    ],
    dept: { respiratory: 1 },
  },
  {
    id: 'wheeze',
    kind: 'symptom',
    label: { zh: '喘鸣', en: 'wheeze' },
    en: [
      'wheez',
      'asthma (attack|flare)',
      // "my asthma's worse" (round 24: the 's was read as a separate word).
      "asthma('s| is| has been)? (flar\\w*|playing up|acting up|bad|worse|getting worse)",
      // Reliever use far above usual (BTS/SIGN 158: worsening control).
      '(needs?|needing|using|used|uses|taking) (the |his |her |my )?((blue|reliever|rescue) (inhaler|puffer|pump)|ventolin|salbutamol|albuterol|inhaler|puffer) (every (\\d+(-\\d+)?|few|couple of) hours|more (often )?than usual|a lot|all the time|\\d+(-\\d+)? times (a|per|every) (day|night))',
    ],
    zh: [
      '喘鸣',
      '哮鸣',
      '哮喘(发作|犯了)',
      '嗓子里有(哨|呼噜)',
      '哮喘(又)?(犯|发作|加重|严重)',
      '(喷|用|吸)(了)?…(万托林|沙丁胺醇|喘乐宁|特布他林|博利康尼)…([4-9]|\\d{2}|好几|十几)(次|回|下)',
    ],
    dept: { respiratory: 3 },
  },
  {
    // Round 36: asthma named as the person's condition (context: rules read what it changes).
    id: 'known_asthma',
    kind: 'context',
    label: { zh: '已有医生诊断过的喘息病', en: 'a wheezing illness already diagnosed' },
    en: ['asthma'],
    zh: ['哮喘'],
  },
  {
    id: 'stridor',
    kind: 'symptom',
    label: { zh: '吸气时喉鸣', en: 'noisy high-pitched breathing in' },
    en: [
      'stridor',
      'noisy breathing',
      'high.?pitched (sound|noise) (when|on) breathing',
      // Round 41: "a loud harsh noise when breathing IN".
      '(harsh|loud|squeaky|whistling|high.?pitched|crowing) (\\w+ )?(noise|sound) (when|while|on) (he |she )?breath(ing|es)? in',
      'seal.?bark',
      'barking cough',
      'muffled voice',
    ],
    zh: [
      '喉鸣',
      '犬吠样',
      '吸气时有(响声|怪声)',
      '声音像(狗叫|海豹)',
      // Round 18: 咳嗽跟狗叫似的，空空空的; 哭的时候吸气有点响 (NICE CKS croup).
      '(咳|咳嗽)~(声)?~(跟|像|和)~(狗叫|海豹)',
      '吸气~(的时候)?~(有点|有些)?~(响|有声音|有响声)',
      // 喘气嗓子里有声音, 呼吸的时候喉咙里有响声.
      '(喘气|呼吸|吸气)(的时候|时)?~(嗓子|喉咙|嗓子眼)~里?~有(声音|响声|怪声|哨音)',
    ],
    dept: { ent: 2, respiratory: 1 },
  },
  {
    id: 'cough',
    kind: 'symptom',
    label: { zh: '咳嗽', en: 'cough' },
    en: ['cough'],
    zh: ['咳嗽', '干咳', '咳痰', '(?<!不)咳(?!血)'],
    dept: { respiratory: 3 },
  },
  {
    id: 'sputum',
    kind: 'symptom',
    label: { zh: '咳痰', en: 'phlegm' },
    en: ['sputum', 'phlegm', 'productive'],
    zh: ['有痰', '咳痰', '黄痰', '白痰'],
    dept: { respiratory: 2 },
  },
  {
    id: 'hemoptysis',
    kind: 'symptom',
    label: { zh: '咳血', en: 'coughing up blood' },
    en: [
      'cough\\w* up (\\w+ ){0,3}blood',
      'cough\\w* (up )?blood',
      // Round 30: "coughed a little blood this morning".
      'cough\\w* (up )?(a bit of |a little |some |a lot of |a few drops of |specks of )blood',
      'cough\\w* up (a bit of |a little |some |a lot of |bits of |streaks of |specks of )blood',
      'bringing up blood',
      'spitting (up |out )?(\\w+ )?blood',
      'bloody sputum',
      'blood in (the |my |his |her )?sputum',
      'ha?emoptysis',
      'blood.?streaked sputum',
    ],
    zh: [
      '咳(出|了|嗽出)~…血',
      '咳(出|了|嗽出)~(一大口|大口|一口)+~的?~…血',
      '咳血',
      '咯血',
      '痰(中|里)带血',
      '痰里有血',
      '痰(里|中)(有|带)…血',
      '咳(出|了)~…血',
    ],
    dept: { respiratory: 3 },
  },
  {
    id: 'palpitations',
    kind: 'symptom',
    label: { zh: '心慌/心悸', en: 'palpitations' },
    en: [
      'palpitat',
      'heart (is )?(racing|pounding|fluttering|skipping|beating (fast|irregularly))',
      'racing heart',
      'irregular heart ?beat',
      'heart flutter',
      // Round 22: quoted, "his heart was 'fluttering'".
      'heart (was|is|felt|feels|kept) [\'"‘“](fluttering|racing|pounding|skipping|jumping|thumping)',
      "heart (feels |felt |is |was |keeps |kept |has been |started )?(like (it'?s|its|it is|it was) )?(skipping|missing|jumping|racing|pounding|fluttering|thumping|going crazy)",
      'skipp(ed|ing) beats?',
      'skips? a beat',
      'heart (\\w+ ){0,4}(thumps?|thumping)\\b',
      "heart (keeps |kept )?(feeling|feels|felt) like (it'?s|its|it is|it was) (skipping|fluttering|racing|pounding|jumping)",
    ],
    zh: [
      '心慌',
      '心悸',
      '心跳(很|特别|非常)?(快|乱|不齐|加速)',
      '心里扑通',
      '心跳得厉害',
      '心跳~…(快|乱|不齐|加速|厉害|咚咚|砰砰)',
      '心(里|脏)?~(老是|总是|有时|经常)?~(怦怦|砰砰|扑通扑通|咚咚|突突)',
      // Round 33: 心里慌慌的.
      '心里~(也|有点|好|老是|总是)?~慌(慌|得)',
      '心跳~(得)?~…(蹦|跳)出来',
    ],
    dept: { cardiology: 3 },
  },
  {
    id: 'syncope',
    kind: 'symptom',
    label: { zh: '晕厥/晕倒', en: 'fainting' },
    en: [
      'knocked (out|unconscious)',
      'faint(ed|ing)?',
      'passed out',
      'blacked out',
      'syncop',
      'loss of consciousness',
      'lost consciousness',
      'collaps',
      '(went|go|goes) down (like a sack|all of a sudden)',
      'keeled over',
      // Round 33: "I was out for a few seconds" (after a blow).
      '(was|were|went|been) out (cold |for )(a few |a couple of |some |about |maybe )?(\\d+ )?(seconds?|secs?|moments?|minutes?|mins?)',
      'out cold',
    ],
    zh: [
      '晕倒',
      '晕厥',
      '昏倒',
      '晕过去',
      '昏过去',
      '意识丧失',
      '倒地',
      '一过性黑矇',
      '(晕|昏)了过去',
      '突然倒(下|地)',
      '人事不省',
      '(晕|昏)~(过去|倒)',
      '(一下子|突然)~(就)?~倒(了|下|地)',
      '眼前一黑~…(倒|摔|晕)',
    ],
    dept: { cardiology: 2, neurology: 2 },
  },
  {
    id: 'edema',
    kind: 'symptom',
    label: { zh: '水肿', en: 'swelling of legs or body' },
    en: [
      'o?edema',
      '(leg|ankle|feet|foot|body|face) (swelling|puffiness)',
      'swollen (legs|ankles|feet)',
      'puffy',
      'puffiness',
      'fluid retention',
    ],
    // Round 33: 脚也肿起来了.
    zh: ['水肿', '脚肿', '腿肿', '浮肿', '脚踝肿', '眼皮肿', '(脚|腿|脚踝|脚背|小腿)~(也|都)?~肿(起来|了)'],
    dept: { nephrology: 2, cardiology: 2 },
  },
  {
    id: 'unilateral_leg_swelling',
    kind: 'symptom',
    label: { zh: '单侧小腿肿痛', en: 'one leg swollen or painful' },
    en: [
      '(one|right|left) (leg|calf|lower leg) (is )?(swollen|swelling|painful|pain)',
      '(right|left) (lower )?leg (pain )?(and )?(swelling|swollen)',
      '(swollen|painful|tender),? (swollen |painful |tender )?(right|left) (calf|leg|lower leg)',
      '(right|left) calf',
      'calf (pain|swelling|tender)',
      'calf (is |was |feels )?(really |very |quite )?(swollen|tender|painful|hot)',
      'swelling (of|in) (the|his|her|my) (right|left) (leg|calf)',
      'lower leg (pain|swelling)',
    ],
    zh: [
      '(左|右|一侧|单侧)(小)?腿(肿|肿痛|疼|痛)',
      '小腿肿痛',
      '单侧下肢(肿|水肿)',
      '(左|右)下肢(肿|水肿)',
      // 左边小腿肿得厉害, 右边腿肚子又胀又疼.
      '{side}~(的)?(小)?腿(肚子?)?~(又)?(肿|疼|痛|胀)',
      // Round 30: 右小腿有点肿 按着有点疼 腿肚子发紧.
      '(左|右)(小)?腿~(有点|有些|也)?~(肿|胀)',
      '腿肚子~(有点|有些)?~(发紧|发硬|胀痛|胀)',
      // Round 10: 右小腿比左边粗一圈.
      '(左|右)(小)?腿~…比~(左|右)边?~…(粗|肿|胖)',
      // Round 36: 左腿从大腿到小腿都比右边粗一圈, 小腿肚子按着疼.
      '(左|右)腿~⋯比~(左|右)(边|腿)~(的)?~(粗|肿|胖)',
      '(小腿肚子?|腿肚子?)~(按着|压着|摸着|一按)~(就)?~(疼|痛)',
      '(right|left) (calf|leg|lower leg) (is )?(bigger|thicker|fatter|wider) than',
    ],
    dept: { vascular_surgery: 4 },
  },
  {
    // Round 23: aspirin or another antiplatelet after a stent (recurrent nosebleeds on them are a
    // same-day ENT visit; NICE CKS epistaxis) [S].
    id: 'antiplatelet',
    kind: 'context',
    label: { zh: '服用阿司匹林等抗血小板药', en: 'taking aspirin or another antiplatelet' },
    en: ['aspirin', 'clopidogrel', 'plavix', 'ticagrelor', 'brilinta', 'prasugrel'],
    zh: ['阿司匹林', '拜阿司匹灵', '氯吡格雷', '波立维', '替格瑞洛', '倍林达'],
  },
  {
    id: 'cardiac_history',
    kind: 'context',
    label: { zh: '心脏病史或危险因素', en: 'heart disease or risk factors' },
    dept: { cardiology: 1 },
    en: [
      // Round 17: not the worried question "am I having a heart attack??".
      "(?<!(having|is this|is it|it'?s|was it|be|getting) a )heart (disease|attack|failure|problem)",
      'coronary',
      'stent',
      'bypass',
      'hypertension',
      'high blood pressure',
      'blood pressure (tablets|pills|medicine|medication)',
      'cholesterol',
      'hyperlipid',
      'dyslipid',
      'smok',
      'cigarette',
      'diabet',
      // Round 34: a close relative who died suddenly (ESC 2018 syncope: family history of sudden death).
      '(dad|father|mum|mom|mother|brother|sister) (\\w+ ){0,4}died suddenly',
      'sudden (cardiac )?death',
    ],
    zh: [
      '冠心病',
      '心梗',
      '支架',
      '搭桥',
      '心脏病',
      '高血压',
      '降压药',
      '血脂高',
      '高血脂',
      '吸烟',
      '抽烟',
      '糖尿病',
      '心衰',
      // Round 34: a parent or sibling who died suddenly young (ESC 2018 syncope: family history of
      // sudden death is a high-risk feature).
      '(爸|妈|父亲|母亲|哥|姐|弟|妹)~…(突然|一下子)~(就)?~(没了|走了|去世|猝死)',
      '猝死',
    ],
  },
  {
    // A blood pressure reading or "high blood pressure" as the reason for writing: points to
    // cardiology. How high it is is judged from the parsed numbers (rules and vital bands).
    id: 'blood_pressure',
    kind: 'symptom',
    label: { zh: '血压偏高或血压读数', en: 'raised blood pressure or a reading' },
    en: [
      '(blood pressure|\\bbp)( \\w+){0,4} (high|raised|up|elevated|\\d{2,3}\\s*/\\s*\\d{2,3})',
      'high (blood pressure|bp)\\b',
      '(blood pressure|bp) (readings?|is high|has been high)',
    ],
    zh: [
      '血压~…(高|升高|偏高|\\d{2,3}\\s*/\\s*\\d{2,3})',
      // A reading after a space: 量了个血压 175/105.
      '血压\\s*(是|有|为|:|：)?\\s*\\d{2,3}\\s*/\\s*\\d{2,3}',
      // Round 34: 平时血压130左右 … 量了一下142/85.
      '(量|测)~(了)?~(一下|下)?~\\d{2,3}\\s*/\\s*\\d{2,3}',
    ],
    dept: { cardiology: 4 },
  },
  {
    id: 'anticoagulant',
    kind: 'context',
    label: { zh: '服用抗凝/抗血小板药', en: 'takes blood thinners' },
    // Brand names as patients say them (Eliquis, Xarelto…): lay people rarely know the generic name.
    en: [
      'warfarin',
      'blood thinner',
      'anticoag',
      'apixaban',
      'rivaroxaban',
      'dabigatran',
      'edoxaban',
      'clopidogrel',
      'coumadin',
      'eliquis',
      'xarelto',
      'pradaxa',
      'lixiana',
      '(enoxaparin|clexane|heparin) injections?',
    ],
    zh: [
      '华法林',
      '抗凝',
      '利伐沙班',
      '氯吡格雷',
      '阿哌沙班',
      '达比加群',
      '依度沙班',
      '拜瑞妥',
      '艾乐妥',
      '泰毕全',
      '低分子肝素',
      '稀释血液的药',
    ],
  },
  {
    // Wells/Geneva risk factors for a clot: a recent operation, childbirth, a long journey sitting
    // still, a cast or bed rest. Only a stated recent time counts ("5 days after my op", 术后第5天),
    // so an operation years ago is not read as current risk.
    id: 'vte_risk_context',
    kind: 'modifier',
    label: {
      zh: '近期手术、分娩、长途乘坐或卧床制动',
      en: 'recent operation, childbirth, long journey or immobilisation',
    },
    en: [
      '(\\d+|a few|few|two|three|four|five|six|several) (days?|weeks?) (after|since|post) (my |his |her |the |an? )?(\\w+ ){0,2}(operation|surgery|op\\b|replacement|c-?section|caesarean|cesarean|delivery|birth)',
      '(operation|surgery|replaced|replacement|c-?section|caesarean)[^.!?]{0,20}(\\d+|a few|few|two|three|four|five|six|several) (days?|weeks?) ago',
      'post-?op(erative)?(ly| day)?',
      'recent (operation|surgery)',
      'just (had|came out of) (an? |my |his |her )?(operation|surgery)',
      '(long|long-haul|\\d+.?hours?) (flight|plane|drive|car journey|coach|bus ride|train)',
      '(got|came) off a (long |long-haul )?(flight|plane)',
      // Round 30: "since landing from Frankfurt yesterday"; oestrogen pills (NICE NG158 risk factors).
      '(since|after) (landing|flying (in|back)|my flight) from',
      'combined (oral contraceptive )?pill',
      '(o?estrogen|hormone replacement|\\bHRT\\b|birth control pill)',
      'in a (plaster )?cast',
      'bed.?(bound|ridden)',
    ],
    zh: [
      '术后(第)?\\d+(天|周)',
      '(手术|开刀|置换|切除)(术)?(以)?后(第)?\\d+(天|周)',
      '做完…(手术|置换|切除)(术)?(的)?(第)?\\d*(天|周)',
      '(刚|刚刚)(做完?|动完?)…(手术|刀)',
      // Round 30: 膝关节置换刚出院两个礼拜.
      '(置换|手术|开刀)~…(出院|做完)~…(\\d+|一|两|三|四)~(个)?~(礼拜|星期|周|天)',
      '(上周|上个?星期|上个?礼拜|前几天|这几天|昨天|前天)…(做|动)(了|完)?…(手术|刀)',
      '(坐|飞)(了)?…(长途|\\d+(个)?(多)?小时)(的)?(飞机|火车|汽车|大巴)',
      '长途(飞行|飞机|旅行|坐车|汽车|火车|大巴)',
      '打(着)?石膏',
      '(长期|一直)?卧床',
    ],
  },
  {
    id: 'slow_heartbeat',
    kind: 'symptom',
    label: { zh: '心跳慢', en: 'slow heartbeat' },
    en: [
      'slow (heart ?beat|heart ?rate|pulse)',
      '(heart ?rate|pulse|heart ?beat|heart) (is |was |feels |has been )?(very |really |so |quite )?slow\\b',
    ],
    zh: ['心跳(很|特别|非常|有点|比较)?慢(?!慢)', '心率…(慢|低)', '脉搏…(慢|弱)'],
    dept: { cardiology: 3 },
  },
  {
    // Coffee, strong tea and energy drinks: a common, harmless cause of a racing heart.
    id: 'caffeine_trigger',
    kind: 'modifier',
    label: { zh: '喝咖啡/浓茶/功能饮料后', en: 'after coffee, strong tea or energy drinks' },
    // Not the coffee table a child ran into (round 25).
    en: [
      'energy drinks?',
      'red ?bull',
      'monster energy',
      'coffees?(?! table)',
      'espresso',
      'caffeine',
      'pre.?workout',
    ],
    zh: ['咖啡(?!色|渣)', '浓茶', '功能饮料', '红牛', '能量饮料'],
  },
  {
    // Blood-pressure and cholesterol medicines by name: a refill request goes to cardiology.
    id: 'cardio_medication',
    kind: 'context',
    label: { zh: '服用降压或降脂药', en: 'takes blood-pressure or cholesterol medicine' },
    en: [
      '(lisinopril|amlodipine|losartan|valsartan|irbesartan|candesartan|ramipril|perindopril|enalapril|bisoprolol|metoprolol|atenolol|nifedipine|indapamide|bendroflumethiazide)',
      '(atorvastatin|rosuvastatin|simvastatin|pravastatin|statins?)\\b',
    ],
    zh: [
      '(氨氯地平|硝苯地平|非洛地平|缬沙坦|厄贝沙坦|氯沙坦|替米沙坦|培哚普利|贝那普利|美托洛尔|比索洛尔|吲达帕胺)',
      '(阿托伐他汀|瑞舒伐他汀|辛伐他汀|他汀|倍他乐克|络活喜|拜新同|立普妥|可定)',
    ],
    dept: { cardiology: 4 },
  },
  {
    id: 'leg_veins',
    kind: 'symptom',
    label: { zh: '腿上静脉鼓起', en: 'bulging leg veins' },
    en: [
      'varicose',
      '(bulging|swollen|twisted|lumpy|knotted) (blue |purple )?veins',
      'spider veins',
      'veins (\\w+ ){0,3}(bulging|popping out|twisted|lumpy)',
    ],
    zh: [
      '静脉曲张',
      '青筋(都)?(鼓|凸|突)',
      '青筋…(鼓|凸|突|像蚯蚓)',
      '(腿|小腿)(上)?(的)?(血管|静脉)(都)?(鼓|凸|突)',
    ],
    dept: { vascular_surgery: 5 },
  },
  {
    // Chest pain only when coughing, in someone with a cough: strained chest-wall muscles.
    id: 'pain_on_coughing',
    kind: 'modifier',
    label: { zh: '咳嗽时才疼', en: 'hurts only when coughing' },
    en: [
      '(hurts|pain|sore|aches?) (\\w+ ){0,2}(when|with|on|while) (he |she |i |they )?(cough|coughs|coughing)',
      'cough\\w* (makes|made) (my|his|her|the) chest (hurt|sore|ache)',
    ],
    zh: ['咳(嗽)?(的时候|时|起来)…(疼|痛)'],
  },
  {
    // Stimulant use turns chest pain or a racing heart into an emergency (AHA 2008 statement).
    id: 'stimulant_use',
    kind: 'modifier',
    label: { zh: '使用兴奋性毒品', en: 'stimulant drug use' },
    en: [
      'cocaine',
      '(took|taking|take|did|doing|done|snorted|snorting|using|used|on) (some |a line of |lines of |a bit of )?(coke|crack|meth|crystal|speed|ecstasy|mdma|amphetamines?)\\b',
      'crystal meth',
    ],
    zh: ['可卡因', '冰毒', '摇头丸', '溜冰', '吸毒', 'K粉', '麻古', '兴奋剂'],
  },
  {
    // Pink frothy sputum: fluid on the lungs (MTS shortness of breath chart; consensus Ⅱ acute heart
    // failure; coverage audit 2026-11, project wording).
    id: 'pink_frothy_sputum',
    kind: 'modifier',
    label: { zh: '粉红色泡沫痰', en: 'pink frothy sputum' },
    en: ['(pink|blood.?stained|bloody) (\\w+ )?(froth|foam)', 'froth\\w* (pink|bloody)'],
    zh: ['(粉红色?|粉色|血色)~…泡沫', '泡沫~…(粉红|带血)', '泡沫(样)?痰'],
  },
  {
    // Round 5: a single skipped or extra beat lasting a second (EHRA 2023 palpitations position
    // paper: isolated ectopic beats without red flags are assessed routinely) [S]. Wording: project.
    id: 'momentary_beats',
    kind: 'modifier',
    label: { zh: '偶尔漏跳一下、一闪而过', en: 'an odd skipped beat lasting a moment' },
    en: [
      '(skipped|skipping|missed|missing|extra|dropped|odd) (heart ?)?beats?',
      'skips? a beat',
      'lasts? (only |just )?(a|one|a split|a few|1|2) (second|seconds|moment|sec)\\b',
    ],
    zh: ['(漏跳|停跳|早搏)', '停了?一拍', '咯噔一下', '(一下|几秒钟?|一两秒)~(就)?~(过去|好|没)了'],
  },
  {
    // Round 32: the heart named with a skipped beat (心脏突然咯噔一下): read in cardiology. Not "a
    // pain that passes in seconds" alone, which momentary_beats also covers.
    id: 'heart_skips',
    kind: 'modifier',
    label: { zh: '心脏漏跳感', en: 'the heart skipping a beat' },
    en: ['heart (\\w+ ){0,3}(skips|skipped|skipping|misses|missed|flips|flipped|flutters|fluttered)'],
    zh: ['心(脏|里|口)?~…(咯噔|漏跳|停跳|早搏|停了?一拍)'],
    dept: { cardiology: 4 },
  },
  {
    // Round 9: an INR of 5 or more on warfarin, read from the number the patient quotes (BSH 2011
    // warfarin guideline: withhold and review the same day; vitamin K above 8).
    id: 'inr_high',
    kind: 'modifier',
    label: { zh: 'INR 5 以上', en: 'INR of 5 or more' },
    // "INR came back 6.8" (round 19).
    en: [
      'INR\\s*(值|值是|是|为|:|：|=|of|is|was|at|came back( as| at)?|result( was)?|today)?\\s*([5-9]|[1-9]\\d)(\\.\\d+)?(?!\\d|\\.\\d)',
      // Round 34: "did my home INR check this morning and it says 6.8".
      'INR\\b[^.!?\\d]{0,40}\\b(says|said|reads|read|shows|showed|was|is|came back( as| at)?|result( was| is)?|of|at)\\s*([5-9]|[1-9]\\d)(\\.\\d+)?(?!\\d|\\.\\d)',
    ],
    zh: ['国际标准化比值~(是|为)?~([5-9]|[1-9]\\d)(\\.\\d+)?(?!\\d|\\.\\d)'],
    dept: { cardiology: 2, haematology: 1 },
  },
];
