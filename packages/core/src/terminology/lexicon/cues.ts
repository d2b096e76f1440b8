import type { CueEntry } from '../lexicon-entry.ts';

/**
 * Context cues (negation, uncertainty, family, time, answers, severity, laterality) in the style of
 * NegEx/ConText (Chapman et al. 2001, 2009), adapted to Chinese conversational speech.
 * Source: written for Yizhu; the English triggers follow the published NegEx trigger list in spirit.
 * Licence: project licence. Each string is '|'-separated surface forms, matched after normalisation.
 * Longer phrases win over shorter ones (睡不着 is a symptom, not 不 + 着), so 'block' entries exist
 * only to swallow phrases that would otherwise read as a cue (不错, not only).
 */
export const CUES: CueEntry[] = [
  {
    cue: 'neg_pre',
    zh: '没有|没|无|否认|未|并没有|从来没有|从没|从来没|也没有|也没|都没有|都没|没什么|毫无|未见|未闻及|未触及|未再|没再|没怎么|不存在|没出现|没有出现|没发现|没有过|没得过|无明显|否认有',
    en: "no|denies|denied|deny|denying|without|negative for|never had|never|free of|absence of|no signs of|no evidence of|haven't had|hasn't had|haven't been|hasn't been|didn't have|don't have|doesn't have|do not have|does not have|did not have|no longer|not had|nor|none of|not experiencing|not having|no more|without any|not been having|don't get|don't really have|not noticing|not noticed|haven't noticed|wish i had|i wish i had|hasn't noticed|haven't had any|hasn't had any|no history of|not on|do n't have|does n't have|did n't have|have n't had|has n't had|do n't see any|do n't see|do n't get|do n't really have|have n't noticed|have n't been",
  },
  {
    cue: 'neg_near',
    zh: '不|不怎么|不太|不再|没那么|不会|不大|也不|都不|从不|并不',
    en: "not|isn't|wasn't|aren't|weren't|don't|doesn't|didn't|won't|can't|haven't|hasn't|stopped having|n't|i don't|i haven't|i didn't|i do not|i have not|i do n't|i have n't|i did n't|do n't|does n't|did n't|is n't|was n't|are n't|ca n't|have n't|has n't",
  },
  {
    cue: 'neg_post',
    zh: '没有|没|无|阴性|不明显|倒没有|倒是没有|也没有|都没有|没发现|不沾|基本没有|没什么',
    en: 'none|negative|denied|absent|is gone|are gone',
  },
  {
    cue: 'uncertain',
    zh: '可能|好像|似乎|也许|不太确定|不确定|说不准|说不清|不清楚|不知道是不是|怀疑|疑似|待查|不排除|考虑|像是|估计|或许|不一定|是不是有点|感觉像',
    en: "maybe|possibly|possible|probably|might have|might be|may have|not sure|i'm not sure|not certain|perhaps|could be|suspect|suspected|questionable|likely|concern for|rule out|i think i|i guess|kind of|sort of|unclear",
  },
  {
    cue: 'hypothetical',
    zh: '如果|要是|万一|假如|一旦|的话|注意有没有|预防|警惕|避免|防止|以防|若|会引起|容易引起|可能会|会导致|副作用',
    en: 'if|in case|watch for|watch out for|look out for|call me if|should you|whether|prevent|avoid|risk of|side effects|side effect|can cause|could cause|may cause|make sure|signs of|screen for|screening|let me know if|let us know if|any time you',
  },
  {
    cue: 'family',
    zh: '爸|爸爸|父亲|老爸|我爸|妈|妈妈|母亲|我妈|老妈|爷爷|奶奶|外公|外婆|姥姥|姥爷|哥哥|姐姐|弟弟|妹妹|兄弟姐妹|兄弟|姐妹|家里人|家族|家族史|遗传|舅舅|叔叔|姑姑|姨妈|父母|家父|家母|老家人|亲戚|我哥|我姐|我弟|我妹|家里有人|家里有没有人|家人|家里谁|家里其他人',
    en: 'my mother|my mom|my father|my dad|mother|father|mom|dad|brother|sister|brothers|sisters|grandmother|grandfather|grandma|grandpa|aunt|uncle|family history|runs in the family|runs in my family|siblings|parents|cousin|my son|my daughter',
  },
  {
    // Someone the patient lives or works with. Said by the patient, what follows is about them: a
    // relative's chronic disease is family history; an infection is contact, not the patient's.
    cue: 'other_person',
    zh: '孩子|小孩|儿子|女儿|闺女|老公|老婆|爱人|丈夫|妻子|媳妇|对象|同事|同学|室友|舍友|邻居|朋友',
    en: 'my wife|my husband|my partner|my kids|my kid|my child|my children|my coworker|my co-worker|coworkers|my roommate|my friend|my boyfriend|my girlfriend',
  },
  {
    cue: 'past',
    zh: '以前|之前|过去|曾经|原来|早年|年轻时|年轻的时候|小时候|前几年|以往|那时候|得过|患过|做过|有过|去年|几年前|那会儿|当年|已经好了|既往有过',
    en: 'used to|previously|in the past|years ago|back in|prior|formerly|as a child|when i was younger|had a history|ex|former|once had|had one|a while back',
  },
  {
    cue: 'current',
    zh: '现在|目前|一直|还在|仍然|至今|最近|这几天|这两天|这段时间|今天|这次|近来|持续|还是',
    en: 'now|currently|still|recently|lately|these days|this week|today|ongoing|right now|continues|persistent|the past',
  },
  {
    cue: 'resolved',
    zh: '好了|退了|消了|没了|停了|不吃了|已经好|痊愈|治好了|停药|停掉|好转了|不烧了|不疼了|已经不|早就好了|戒了',
    en: 'went away|resolved|gone away|has resolved|have resolved|stopped taking|discontinued|quit|got better|cleared up|no longer taking|went off|came off|ran out of',
  },
  {
    cue: 'break',
    zh: '但|但是|不过|可是|就是|只是|而是|倒是|还有|然后|除了|另外|而且|同时|并且|只有|就|却',
    en: 'but|however|although|though|except|aside from|apart from|other than|besides|which|who|still|yet|and i|and it|and she|and he|and my|otherwise|because',
  },
  {
    cue: 'affirm_answer',
    zh: '有|有的|有点|有一点|有些|对|对的|是|是的|嗯|嗯嗯|偶尔|经常|会|一直有|有时候|有时|老是|总是|挺多|厉害|还有|有过|确实|没错|一点点|稍微有点|有那么一点|得过|犯过|吃过|用过|在吃|吃着|在用|用着|还在吃|一直吃|一直在吃|打着|在打|查过',
    en: "yes|yeah|yep|yup|uh-huh|mm-hmm|mhm|sure|correct|right|i do|i have|i did|sometimes|occasionally|a little|a bit|definitely|absolutely|it does|it has|i am|i was|often|quite a bit|a lot|some|kind of|yes ma'am|yes sir|i have been",
  },
  {
    cue: 'neg_answer',
    zh: '没有|没|不|无|都没有|没什么|不会|没有的|没感觉|还好|没那回事|不是|没呢|没发现|都没|从来没有|一点也没有|都不|也没有|倒没有|那倒没有|倒是没有|那倒是没有|那倒没|那没有|那没有的',
    en: "no|nope|nah|not really|never|none|i don't|i haven't|i didn't|negative|not that i've noticed|not that i know of|not at all|don't think so|i don't think so|no ma'am|no sir|not since|i do not|i have not|not lately|no i|not that i can recall|not that i recall|i do n't|i have n't|i did n't|do n't think so|none of that|none of those|none of them|neither|nothing like that|not that i can remember",
  },
  {
    cue: 'question',
    zh: '吗|呢|有没有|是不是|会不会|怎么样|多少|哪里|哪儿|对不对|有无|几次|么|没有吧',
    en: "any|do you|does it|did you|are you|have you|has it|is it|is there|were you|was it|can you|any other|how about|what about|ever had|how is|how are|how's|how has|how have",
  },
  {
    cue: 'duration_question',
    zh: '多久|多长时间|几天|多少天|几年|什么时候开始|多长|哪天开始|什么时候|多少年|几个月',
    en: 'how long|when did|since when|when was|how many days|how many weeks',
  },
  { cue: 'value_question', zh: '量过|测过|多少|几度', en: 'what was|what is|how high|how much|what were' },
  {
    cue: 'allergy',
    zh: '过敏|过敏反应|过敏史|不耐受',
    en: 'allergic|allergy|allergies|reaction to|intolerant|intolerance',
  },
  {
    cue: 'pain',
    zh: '疼|痛|酸痛|胀痛|刺痛|隐痛|绞痛|疼痛|酸疼|闷痛|抽痛|作痛|不舒服|难受',
    en: 'pain|pains|hurts|hurt|hurting|aching|ache|aches|sore|discomfort|painful|tender|tenderness',
  },
  {
    cue: 'sev_mild',
    zh: '轻微|有点|有一点|一点点|稍微|轻度|不太严重|不严重|还能忍|偶尔',
    en: 'mild|mildly|slight|slightly|a little|a bit|minor|little bit',
  },
  { cue: 'sev_moderate', zh: '中度|比较|挺|蛮', en: 'moderate|moderately|fairly|pretty bad' },
  {
    cue: 'sev_severe',
    zh: '很|特别|厉害|剧烈|严重|非常|受不了|要命|老厉害|重度|剧痛|难以忍受',
    en: 'severe|severely|very|really bad|terrible|excruciating|unbearable|worst|extreme|intense|a lot of',
  },
  { cue: 'left', zh: '左|左侧|左边', en: 'left' },
  { cue: 'right', zh: '右|右侧|右边', en: 'right' },
  { cue: 'bilateral', zh: '双|两侧|两边|双侧', en: 'both|bilateral|bilaterally' },
  {
    cue: 'filler',
    zh: '嗯|呃|啊|那个|这个|就是说|哦|额|唉|吧',
    en: 'um|uh|uhm|umm|you know|like|well|so|okay|ok',
  },
  {
    cue: 'block',
    zh: '不错|不用|不要|不行|不好意思|不知道|不一样|不然|不管|不同|不过来|无所谓|没事|没关系|没问题|晕车|不对劲|无聊|不少|不少于|没想到|不舒服的话|是否|有没有可能|没办法|不客气|不得不|没多久|没多少|不多|不够|无论|好的|对了|好吧|没啥事|不大好|右手边|左手边|左右|不知道是不是|全身检查|肿大',
    en: "not only|no problem|no worries|no doubt|not sure if|i don't know|no matter|no change|not bad|alright|all right|to the right|to the left|left over|left side of the|no, no|right here|that's right|you're right|right away|right hand side|left hand side|right-hand side|left-hand side|if it's okay|if that's okay|if it's ok|if that's ok|if it's alright|if you don't mind|if you do n't mind|if it's all right",
  },
];
