/**
 * Phrases that make a sentence a request to the system (or to whoever writes the record) rather
 * than something said about the patient: prompt-injection openers and directives to write, change
 * or output the record. Such sentences are never read as clinical facts; the draft notes that an
 * instruction-like sentence was ignored. Matched on normalised text (lower case, half width).
 * Source: written for Yizhu from common prompt-injection phrasings (OWASP LLM01 examples) and
 * Chinese/English ways of dictating to a scribe. Licence: project licence.
 */

/** An override: the sentence it opens and everything after it in the same turn are ignored. */
export const OVERRIDE_PATTERNS: readonly RegExp[] = [
  /(忽略|无视|忘记|忘掉|不要理会|不用管|别管|跳过|覆盖)[^。!?]{0,12}(指令|指示|提示词|提示|规则|要求|设定|命令|上文|以上内容|前面的内容|之前的内容)/,
  /系统提示|提示词注入|越狱模式|开发者模式/,
  /\b(ignore|disregard|forget|override|bypass)\b[^.!?]{0,40}\b(instructions?|prompts?|rules|guidelines|directions|the above|everything above|previous|prior)\b/,
  /\bsystem prompt\b|\bjailbreak\b|\bdeveloper mode\b|\bnew instructions?\b/,
];

/** A directive to write/change/output the record: the sentence holding it is ignored. */
export const DIRECTIVE_PATTERNS: readonly RegExp[] = [
  // Writing verbs address the record whatever their object (把诊断写成…, 写上…, 请输出…).
  /写成|写为|写上|写进|写到病历|记成|记为|记作|记录为|记录成|记上|填成|填为|填上|标成|标为|标记为|输出|打印出/,
  // Changing verbs only when their object is the record (药改成每天两次 is a plan, not a directive).
  /(诊断|病历|记录|结论|报告|主诉|病史|过敏史|既往史|现病史|检查结果|化验结果|医嘱)[^。!?,]{0,6}(改成|改为|换成|更改为|修改为|变成|改写)/,
  /\b(write|put down|put|record|document|enter|chart|change|set|mark|list|rewrite|update|say)\b\s+(down\s+)?(the|my|his|her|their|this|that|a|an)?\s*(diagnosis|diagnoses|assessment|note|record|chart|allergies|allergy list|history|report|summary|problem list)\b[^.!?]{0,30}\b(as|to|into|that)\b/,
  /\b(output|print|respond with|reply with)\b\s*[:"']/,
];
