/**
 * One-character folds applied before matching, so the Mandarin (simplified) lexicon also reads
 * messages typed in traditional characters (Hong Kong, Macau, Taiwan, older relatives' phones) and the
 * commonest Cantonese function words. Every fold maps one character to one character, so offsets,
 * clause breaks and negation scope are unchanged.
 *
 * Sources: traditional → simplified pairs from 通用规范汉字表 (2013) 附件1 规范字与繁体字对照表, limited
 * to characters that occur in symptom messages (body parts, feelings, time words); Cantonese words
 * (冇 = 没, 唔 = 不, 咗 = 了, 佢 = 他, 喺 = 在, 睇 = 看, 嘅 = 的, 啲 = 些, 攞/拎 stay) from standard
 * Cantonese–Mandarin usage [project]. Not folded: 係 (also 系 in 关係) and 咁 (好似…咁痛 is matched as is).
 */
const PAIRS =
  '頭头 腦脑 殼壳 臉脸 嘴嘴 邊边 側侧 腳脚 腿腿 膊膊 隻只 個个 歲岁 講讲 說说 話话 語语 聽听 覺觉 ' +
  '眼眼 睛睛 見见 視视 線线 暈晕 厥厥 無无 氣气 喘喘 嘔呕 瀉泻 腸肠 胃胃 腹腹 膽胆 腎肾 尿尿 ' +
  '痛痛 疼疼 麻麻 癢痒 腫肿 脹胀 熱热 燒烧 發发 燙烫 傷伤 爛烂 潰溃 瘡疮 膚肤 顏颜 紅红 紫紫 ' +
  '藍蓝 黃黄 綠绿 黑黑 歪歪 斜斜 鬆松 緊紧 硬硬 軟软 搖摇 動动 難难 過过 們们 這这 裡里 裏里 ' +
  '後后 時时 間间 鐘钟 點点 幾几 兩两 貓猫 狗狗 蟲虫 蜂蜂 毒毒 藥药 醫医 院院 診诊 檢检 驗验 ' +
  '壓压 血血 糖糖 脈脉 搏搏 嚴严 重重 處处 機机 車车 撞撞 跌跌 斷断 開开 關关 門门 會会 還还 ' +
  '沒没 冇没 唔不 咗了 佢他 喺在 睇看 嘅的 啲些 從从 現现 剛刚 陣阵 囉啰 麼么 媽妈 爺爷 孫孙 ' +
  '嬰婴 兒儿 寶宝 親亲 婦妇 懷怀 孕孕 經经 產产 陰阴 莖茎 喉喉 嚨咙 聲声 鼻鼻 涕涕 咳咳 嗽嗽 ' +
  '痰痰 帶带 膿脓 層层 塊块 團团 節节 與与 對对 為为 讓让 給给 據据 學学 長长 東东 倆俩 衝冲 ' +
  '憂忧 慮虑 殺杀 躁躁 煩烦 厭厌 瘋疯 癲癫 癇痫 抽抽 筋筋 僵僵 覆复 復复 數数 錢钱 電电 漲涨';

export const ZH_CHAR_FOLDS: ReadonlyMap<string, string> = new Map(
  PAIRS.split(' ')
    .filter((p) => p.length === 2 && p[0] !== p[1])
    .map((p) => [p[0]!, p[1]!] as const),
);

/**
 * Voice-input slips (语音输入错别字): homophones a phone's dictation writes for symptom words, folded
 * word for word before matching. Each pair has the same length, so offsets stay as they are. Only
 * pairs with no everyday meaning of their own are listed (凶口 is not a word; 凶 alone is). Source:
 * project, from the dictation slips blind vignette authors wrote (round 9); uncertain coverage.
 */
export const ZH_VOICE_SLIPS: ReadonlyMap<string, string> = new Map([
  ['凶口', '胸口'],
  ['凶闷', '胸闷'],
  ['凶痛', '胸痛'],
  ['头云', '头晕'],
  ['发绕', '发烧'],
  ['糖料病', '糖尿病'],
  ['糖鸟病', '糖尿病'],
  ['高血牙', '高血压'],
  ['拉肚纸', '拉肚子'],
  ['呼吸困男', '呼吸困难'],
]);
