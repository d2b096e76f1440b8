/**
 * Shared Chinese wording for the lexicon's tolerant patterns. Patients rarely say a symptom as one
 * fixed word: they put degree words and particles inside it (胸口有点压着, 说话也不太利索), name the body
 * part colloquially or regionally (心口窝, 胳膊, 膀子) and put the feeling after a few words (胸口像有块
 * 石头压着). Rather than list every variant, `zh` lexicon patterns may use:
 *
 * - `~`      optional filler: up to three of ZH_FILLERS (degree words, particles, "there", "feel");
 * - `…`      a short gap: up to ZH_GAP_MAX characters inside the same clause, never crossing
 *            punctuation or a negation word (so 胸口不疼 never reads as 胸口…疼);
 * - `{name}` a word class from ZH_WORD_CLASSES (every way of saying "chest", "left arm", "numb"…).
 *
 * Source: project-authored from common Mandarin usage, including northern (俺, 得慌, 膀子), southwestern
 * (气紧) and other regional colloquial forms heard in outpatient clinics; licence: project. Reviewed
 * like code: a filler or class member added here widens every pattern that uses it.
 */

/** Degree words, particles and place/perception words that may sit inside a symptom phrase. */
export const ZH_FILLERS: readonly string[] = [
  '有点儿?',
  '有一点儿?',
  '有些',
  '一点儿?',
  '一些',
  '稍微',
  '稍稍',
  '略微?',
  '比较',
  '特别',
  '非常',
  '十分',
  '很',
  '挺',
  '太',
  '好',
  '老是?',
  '总是?',
  '也',
  '还',
  '都',
  '又',
  '就',
  '一直',
  '越来越',
  '更',
  '真',
  '蛮',
  '怪',
  '突然',
  '一下子?',
  '了',
  '着',
  '得',
  '的',
  '地',
  '儿',
  '起来',
  '觉得',
  '感觉',
  '感到',
  '那儿',
  '这儿',
  '那里',
  '这里',
  '那块儿?',
  '这块儿?',
  '那边',
  '这边',
  '里',
  '上',
  '发',
];

/** Longest gap `…` may bridge: a short clause fragment like 像有块石头 or 那儿一阵一阵地. */
export const ZH_GAP_MAX = 6;

/** Characters a gap never crosses: clause punctuation and negation (a denial must stay a denial). */
export const ZH_GAP_STOP = '\\s，。；;！!？?,.:：、不没无未别非';

/**
 * `⋯`: a longer gap within one sentence that may cross commas and spaces, for the two halves of a
 * complaint told in two clauses (包皮翻上去了，现在翻不回来). It still never crosses a sentence end or a
 * negation.
 */
export const ZH_SENTENCE_GAP_MAX = 24;
export const ZH_SENTENCE_GAP_STOP = '。；;！!？?\\n不没无未别非';

export const ZH_WORD_CLASSES: Readonly<Record<string, readonly string[]>> = {
  // Chest, including 心口/心窝 (lay words for the lower chest); not 胸椎/胸罩/胸围.
  chest: ['胸口', '胸部', '胸前', '前胸', '胸膛', '胸骨', '心口窝?', '心窝子?', '心前区', '胸(?![椎罩围])'],
  // How chest pain, pressure or tightness is described; burning (烧心) is left out on purpose.
  chest_feeling: [
    '疼',
    '痛',
    '闷',
    '压',
    '堵',
    '憋',
    '揪',
    '紧',
    '沉',
    '勒',
    '箍',
    '绞',
    '攥',
    '不舒服',
    '难受',
    '不得劲',
  ],
  left: ['左边的?', '左侧的?', '左'],
  arm: ['胳膊', '胳臂', '手臂', '膀子', '肩膀', '肩头', '肩', '臂', '上肢'],
  // Where chest pain may spread to.
  spread_site: [
    '胳膊',
    '胳臂',
    '手臂',
    '膀子',
    '肩膀',
    '肩',
    '下巴',
    '下颌',
    '牙',
    '脖子',
    '后背',
    '背脊',
    '背',
    '后心',
  ],
  ache_or_numb: ['麻', '木', '酸', '疼', '痛', '沉', '胀', '没劲'],
  // One side of the body.
  side: ['一侧', '单侧', '半边', '半侧', '一边', '左半边', '右半边', '左边', '右边', '左侧', '右侧', '偏'],
  half_body: ['身子', '身体', '肢体', '手脚', '手和脚', '胳膊腿', '胳膊和腿', '手跟脚'],
  limb: ['胳膊', '胳臂', '手臂', '上肢', '下肢', '手', '腿', '脚'],
  weak: [
    '无力',
    '没~(什么|啥)?~劲儿?',
    '没~力气?',
    '使不~上~劲',
    '抬不~起来?',
    '不~听使唤',
    '动不了',
    '不能动',
    '拿不住',
    '握不住',
    '不好使',
    '不灵活?',
    '发软',
    '软',
  ],
  weak_or_numb: ['麻', '木', '发沉', '沉'],
  mouth: ['嘴角?', '口角', '嘴巴', '脸', '面部', '口眼'],
  crooked: ['歪', '斜', '下垂', '耷拉', '往一边'],
  // Not bare 话: 电话里听不清楚 is about the phone line.
  // 讲嘢 is Cantonese for speaking (round 37).
  speech: ['说话', '讲话', '说的话', '吐字', '口齿', '讲嘢'],
  speech_bad: ['不~(清楚?|利索|利落|清晰|连贯|成句)', '含糊', '含含糊糊', '费劲', '让人听不懂', '大舌头'],
  call: ['叫', '喊', '推', '拍', '摇'],
  throat: ['喉咙', '嗓子眼?', '喉头', '咽喉', '气管'],
  testis: ['睾丸', '蛋蛋', '蛋子', '阴囊', '卵蛋', '下面的蛋'],
  // The head, including regional 脑壳 (south-west) and 脑瓜 (north). Bare 头 only where it is not the
  // end of another word (石头, 骨头, 舌头, 指头, 里头, 枕头, 念头, 跟头…) and not 头发/头皮/头晕, nor
  // 头一次/头天/头几天 ("the first time", "the day before"; 头一直疼 is the head, round 40), nor a head
  // movement (扭头, 回头, 点头, 摇头).
  head: [
    '脑袋',
    '脑门',
    '脑壳',
    '脑瓜子?',
    '后脑勺',
    '额头',
    '(?<![石骨舌枕拳指码里外上前后丫馒锄罐念苗个奔盼甜苦风龙山源车床笔镜跟插乳接线木砖扭回点摇])头(?![发皮晕昏屑两几天回次胎])(?!一[次回天个遍年胎趟晚夜])',
  ],
};
