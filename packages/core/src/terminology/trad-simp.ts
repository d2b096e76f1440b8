/**
 * Traditional → simplified Chinese characters, limited to the characters that occur in clinical
 * talk (symptoms, body parts, drugs, family words, time words, common verbs). One character maps to
 * one character so that normalising never shifts an offset.
 *
 * Source: written for Yizhu from the 《通用规范汉字表》(2013) simplified/traditional correspondences.
 * Licence: project licence (facts about characters are not copyrightable). Pairs are `trad simp`.
 * Uncertain: characters with one-to-many mappings (e.g. 乾/干, 髮/发 vs 發/发) are mapped to the form
 * that is the clinical reading here; that is a deliberate choice, not a general converter.
 */
const PAIRS =
  '發发頭头暈晕痛痛嚨咙喉喉藥药腸肠胃胃臟脏醫医師师診诊斷断壓压尿尿脈脉悶闷氣气喘喘過过敏敏癢痒關关節节' +
  '腫肿脹胀瀉泻嘔呕噁恶頸颈腳脚體体溫温熱热濕湿勞劳難难慮虑憂忧鬱郁懷怀孕孕經经兒儿歲岁媽妈爺爷兩两週周' +
  '個个來来時时間间沒没無无會会說说話话問问題题還还後后這这對对應应當当樣样點点幾几開开麼么為为從从現现' +
  '檢检查查針针飯饭視视聽听覺觉聲声壞坏嚴严輕轻較较記记憶忆動动靜静變变練练運运術术歷历遺遗傳传劑剂顆颗' +
  '膠胶囊囊處处療疗膚肤癬癣瘡疮瘍疡臨临牀床腦脑癇痫癲癫憊惫瘧疟嗎吗呢呢鬧闹糞粪便便結结膽胆腎肾肺肺' +
  '癥症狀状減减輸输劇剧絞绞陣阵續续斷断則则邊边側侧雙双腰腰膝膝蓋盖肩肩腿腿臂臂指指骨骨頭头額额' +
  '眼眼鏡镜視视鼻鼻塞塞涕涕噴喷嚏嚏嗽嗽痰痰燒烧冷冷戰战顫颤抖抖麻麻頻频急急淋淋漓漓瀝沥' +
  '壓压緊紧張张煩烦躁躁眠眠夢梦醒醒驚惊慌慌憋憋虛虚汗汗紅红疹疹斑斑塊块膿脓瘤瘤癌癌鬆松軟软' +
  '華华爾尔許许歡欢樂乐親亲愛爱爸爸媽妈哥哥姐姐弟弟妹妹奶奶婆婆姥姥孫孙媳媳婦妇東东門门' +
  '號号錢钱費费買买賣卖貴贵車车長长開开關关機机電电腦脑鐘钟頓顿飲饮餵喂喫吃嘗尝鹹咸甜甜辣辣' +
  '煙烟抽抽戒戒酒酒啤啤紅红葡葡萄萄飯饭麵面雞鸡魚鱼蝦虾蟹蟹蛋蛋奶奶糧粮豐丰' +
  '鈣钙鐵铁鋅锌鉀钾鈉钠氫氢氯氯氧氧糖糖脂脂膽胆固固醇醇蛋蛋白白紅红細细胞胞' +
  '劑剂膠胶囊囊錠锭丸丸貼贴噴喷霧雾滴滴針针劑剂糖糖漿浆沖冲顆颗' +
  '壓压靜静脈脉血血壓压濃浓度度溫温測测量量稱称聽听診诊' +
  '釐厘毫毫克克升升公公斤斤磅磅歲岁週周禮礼拜拜號号' +
  '隻只條条塊块層层陣阵種种點点樣样麼么裡里邊边嗎吗囉啰喔喔嗯嗯呃呃' +
  '沒没甚什麼么怎怎樣样為为何何誰谁哪哪這这那那個个些些' +
  '愛爱媽妈學学習习專专業业產产養养護护衛卫導导屬属陪陪歷历蕁荨麻麻';

/** Map from a traditional character's code unit to its simplified code unit. */
export const TRAD_TO_SIMP: ReadonlyMap<number, number> = (() => {
  const m = new Map<number, number>();
  for (let i = 0; i + 1 < PAIRS.length; i += 2) {
    const t = PAIRS.charCodeAt(i);
    const s = PAIRS.charCodeAt(i + 1);
    if (t !== s) m.set(t, s);
  }
  return m;
})();
