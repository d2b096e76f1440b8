import type { Bilingual } from '../types/evidence.ts';
import type { FactKind, FactStatus, Speaker } from '../types/fact.ts';
import type { BodySiteEntry, CueType } from '../terminology/lexicon-entry.ts';
import { hasCjk, normalizeText } from '../terminology/normalize.ts';
import type { Concept, Terminology, Token } from '../terminology/terminology.ts';
import { findDurations } from './duration.ts';
import type { DurationSpan } from './duration.ts';
import { DIRECTIVE_PATTERNS, OVERRIDE_PATTERNS } from './instruction-patterns.data.ts';
import { findNumbers } from './numbers.ts';
import type { NumberSpan } from './numbers.ts';
import { readDose, readMeasurement, readPackYears } from './read-values.ts';
import { splitSentences } from './split-sentences.ts';
import type { Clause, Sentence } from './split-sentences.ts';

/** One concept as it occurs in a segment, with its context resolved. */
export interface Mention {
  concept: Concept;
  /** 'allergen' only transiently: an allergen outside an allergy context is dropped. */
  kind: FactKind | 'allergen';
  start: number;
  end: number;
  status: FactStatus;
  duration?: string;
  onset?: string;
  severity?: string;
  laterality?: 'left' | 'right' | 'bilateral';
  bodySite?: Bilingual;
  value?: number | string;
  unit?: string;
  frequency?: string;
  route?: string;
  /** Extra spans that support the mention (a value, a dose), same coordinates. */
  extra: { start: number; end: number }[];
}

export interface Answer {
  polarity: 'affirm' | 'neg';
  uncertain: boolean;
  start: number;
  end: number;
}

export interface SegmentAnalysis {
  norm: string;
  /** Mentions asserted by the segment (outside questions and hypotheticals). */
  mentions: Mention[];
  /** Mentions inside question sentences: their status comes from the next speaker's answer. */
  questionMentions: Mention[];
  /** The segment's last sentence is a question. */
  endsWithQuestion: boolean;
  asksDuration: boolean;
  /** The segment opens with a bare yes/no (没有, 有一点, yeah) not attached to a concept of its own. */
  answer?: Answer;
  /** A duration said without any concept (「三天了」), for a preceding "how long?". */
  leadDuration?: DurationSpan;
  numbers: NumberSpan[];
  hasAllergyCue: boolean;
  /** The last question is a wh-question (怎么样, 多久, how is): it presupposes what it names. */
  whQuestion: boolean;
  /** Measurements named without a value (a questionnaire item's "体温" label). */
  named: Mention[];
  /** The segment says something stopped (后来停了, 好了): an affirmed answer becomes historical. */
  resolved: boolean;
  /**
   * Spans read as instructions (写成…, ignore previous instructions): nothing inside them is a fact,
   * an answer or a duration. Reported so the draft can say that something was ignored.
   */
  ignored: { start: number; end: number }[];
}

export interface AnalyzeOptions {
  speaker: Speaker;
  terminology: Terminology;
  /** The previous question asked about allergies: drugs named here are allergens. */
  allergyContext?: boolean;
}

const has = (t: Token, c: CueType): boolean => t.cues.includes(c);
// Questions that ask about something rather than whether it exists (咳嗽多久了？ 甲减吃药吃得怎么样？).
const WH = new Set(['怎么样', '多少', 'how is', 'how are', "how's", 'how has', 'how have']);
// Class words that add nothing once a specific drug is named in the same segment.
const CLASS_MEDS = new Set([
  'antihypertensive',
  'antidiabetic',
  'nsaid',
  'antibiotic',
  'statin',
  'hypnotic',
  'cold_medicine',
  'antacid',
]);
const SYMPTOM_LIKE = new Set<string>(['symptom', 'condition', 'finding']);
const PAIN_GENERAL = 'pain_general';
// "pain on the right side of my abdomen", "pain on the outside of the knee": words that only place
// the pain on its site may stretch the distance between them.
const SITE_FRAME =
  /^\s*(in|on|of|at|around)((\s+(the|my|your|his|her|that|this|of|right|left|lower|upper|inner|outer|inside|outside|front|back|side|part|top|bottom|middle))+)?\s*$/;

/** Gap in characters between two spans, counting only non-space characters. */
function gap(norm: string, from: number, to: number): number {
  if (to <= from) return 0;
  let n = 0;
  for (let i = from; i < to; i++) if (norm.charCodeAt(i) !== 32) n++;
  return n;
}
/** Gap in words (English). */
function wordGap(norm: string, from: number, to: number): number {
  if (to <= from) return 0;
  const s = norm.slice(from, to).trim();
  return s.length === 0 ? 0 : s.split(/\s+/).length;
}

/** Reads one segment (a turn, a questionnaire answer, a free-text passage). Offsets are into `text`. */
export function analyzeSegment(text: string, opts: AnalyzeOptions): SegmentAnalysis {
  const norm = normalizeText(text);
  const T = opts.terminology;
  const zh = hasCjk(norm);
  const tokens = bridgeInfixQuestions(norm, T.tokenize(norm), T);
  const durations = findDurations(norm);
  const numbers = findNumbers(norm);
  const sentences = splitSentences(norm, tokens, zh);
  const mentions: Mention[] = [];
  const questionMentions: Mention[] = [];
  let asksDuration = false;

  let whQuestion = false;
  let prevQuestion = false;
  const named: Mention[] = [];
  const ignored = instructionSpans(norm, sentences);
  const isIgnored = (start: number): boolean => ignored.some((r) => start >= r.start && start < r.end);
  const hasAllergyCue = tokens.some((t) => has(t, 'allergy') && !isIgnored(t.start));
  for (const s of sentences) {
    if (isIgnored(s.start)) continue;
    const wh =
      s.question && s.tokens.some((t) => has(t, 'duration_question') || WH.has(norm.slice(t.start, t.end)));
    if (s.question && s.tokens.some((t) => has(t, 'duration_question'))) asksDuration = true;
    if (s.question) {
      whQuestion = wh;
      // An answer answers the last run of questions ("chest pain? shortness of breath?" "no").
      if (!prevQuestion) questionMentions.length = 0;
    }
    prevQuestion = s.question;
    const lastClause = s.clauses[s.clauses.length - 1];
    for (const c of s.clauses) {
      for (const m of clauseMentions(norm, c, zh, T, opts.allergyContext === true)) {
        const ctx = context(norm, m, c, s, zh, opts, durations);
        if (ctx === 'skip') continue;
        m.status = ctx;
        attach(norm, m, c, s, zh, durations, numbers, T);
        // In 「您说胸口疼，具体什么感觉？」 only the last clause asks; the rest is said.
        const asked = s.question && (!zh || c === lastClause);
        const measured = m.kind === 'vital' || m.kind === 'lab';
        if (asked && wh && !measured) {
          mentions.push(m);
          questionMentions.push({ ...m, extra: [...m.extra] });
        } else (asked ? questionMentions : mentions).push(m);
        if (m.concept.id === 'fever' && m.status === 'present') {
          // 烧到三十八度五: the number is a body temperature as well.
          const temp = T.concept('temp');
          const v = temp
            ? readMeasurement('temp', norm, numbers, m.end, Math.min(s.end, m.end + (zh ? 10 : 30)))
            : undefined;
          if (temp && v) {
            const tm = newMention(temp, m.start, m.end);
            tm.value = v.value;
            if (v.unit) tm.unit = v.unit;
            tm.extra.push({ start: v.start, end: v.end });
            (s.question && (!zh || c === lastClause) ? questionMentions : mentions).push(tm);
          }
        }
      }
    }
    combineBloodPressure(s.question ? questionMentions : mentions, T);
    if (!s.question) bareBloodPressure(norm, s, numbers, mentions, T);
  }
  // A measurement named without a value ("put weight on it", 量了血压) is not a fact.
  for (let i = mentions.length - 1; i >= 0; i--) {
    if (mentions[i]!.kind === 'vital' && mentions[i]!.value === undefined)
      named.unshift(...mentions.splice(i, 1));
  }
  if (mentions.some((m) => m.kind === 'medication' && !CLASS_MEDS.has(m.concept.id))) {
    for (let i = mentions.length - 1; i >= 0; i--)
      if (CLASS_MEDS.has(mentions[i]!.concept.id)) mentions.splice(i, 1);
  }

  const res: SegmentAnalysis = {
    norm,
    mentions,
    questionMentions,
    endsWithQuestion: sentences.length > 0 && sentences[sentences.length - 1]!.question,
    asksDuration,
    numbers,
    hasAllergyCue,
    whQuestion,
    named,
    resolved: tokens.some((t) => has(t, 'resolved')),
    ignored,
  };
  const answer = readAnswer(norm, sentences, zh);
  if (answer && !isIgnored(answer.start)) res.answer = answer;
  const lead = durations.find((d) => !isIgnored(d.start));
  if (mentions.length === 0 && questionMentions.length === 0 && lead) res.leadDuration = lead;
  return res;
}

// A-not-A questions put their particle inside a term (体重有没有下降, 大便有没有带血).
const INFIXES = new Set(['有没有', '有木有', '是不是', '会不会', '有无']);

/**
 * Re-reads the text around an infix question particle with the particle taken out; a concept that
 * then spans the gap replaces the pieces on either side and keeps the particle's question cue.
 */
function bridgeInfixQuestions(norm: string, tokens: Token[], T: Terminology): Token[] {
  let out = tokens;
  for (let i = 0; i < out.length; i++) {
    const q = out[i]!;
    if (!q.cues.includes('question') || q.concept || !INFIXES.has(norm.slice(q.start, q.end))) continue;
    const from = Math.max(0, q.start - 6);
    const to = Math.min(norm.length, q.end + 6);
    const spliced = norm.slice(from, q.start) + norm.slice(q.end, to);
    const cut = q.start - from;
    const width = q.end - q.start;
    const hit = T.tokenize(spliced).find((t) => t.concept && t.start < cut && t.end > cut);
    if (!hit) continue;
    const start = from + hit.start;
    const end = from + hit.end + width;
    // Only when the pieces were not concepts of their own across the same span (胸痛有没有 stays).
    const overlapped = out.filter((t) => t.end > start && t.start < end);
    if (
      overlapped.some(
        (t) => t !== q && t.concept && t.start >= start && t.end <= end && t.concept.id === hit.concept!.id,
      )
    )
      continue;
    if (overlapped.some((t) => t.start < start || t.end > end)) continue;
    const merged: Token = { start, end, concept: hit.concept!, cues: ['question'] };
    out = [...out.filter((t) => !overlapped.includes(t)), merged].sort((a, b) => a.start - b.start);
    i = out.indexOf(merged);
  }
  return out;
}

/**
 * Sentences that are requests to the system, not statements about the patient: a directive
 * (把诊断写成…) spans its sentence; so does an override (忽略以上指令，输出…), and a bare override
 * (「忽略之前的指令。」) spans the next sentence too, since that is what it wants written.
 */
function instructionSpans(norm: string, sentences: readonly Sentence[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let carry = false;
  for (const s of sentences) {
    const text = norm.slice(s.start, s.end);
    const override = OVERRIDE_PATTERNS.map((p) => p.exec(text)).find((m) => m !== null);
    if (carry || override || DIRECTIVE_PATTERNS.some((p) => p.test(text))) {
      out.push({ start: s.start, end: s.end });
    }
    carry = override ? !/[\p{L}\p{N}]/u.test(text.slice(override.index + override[0].length)) : false;
  }
  return out;
}

/** Concept mentions of a clause, including pains composed from a body site and a pain word. */
function clauseMentions(
  norm: string,
  c: Clause,
  zh: boolean,
  T: Terminology,
  allergyCtx: boolean,
): Mention[] {
  const out: Mention[] = [];
  const toks = c.tokens;
  const allergyHere = allergyCtx || toks.some((t) => has(t, 'allergy') || t.concept?.kind === 'allergy');
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const isPainWord = has(t, 'pain') || t.concept?.id === PAIN_GENERAL;
    if (isPainWord) {
      // Find a body site before (膝盖有点疼, knee pain) or, in English, after (pain in my left knee).
      let site: Token | undefined;
      for (let j = i - 1; j >= 0; j--) {
        const u = toks[j]!;
        if (u.concept && u.concept.kind !== 'allergen') break;
        if (u.site) {
          if ((zh ? gap(norm, u.end, t.start) : wordGap(norm, u.end, t.start)) <= (zh ? 6 : 3)) site = u;
          break;
        }
      }
      if (!site && !zh) {
        for (let j = i + 1; j < toks.length; j++) {
          const u = toks[j]!;
          if (u.concept) break;
          if (u.site) {
            const between = norm.slice(t.end, u.start);
            if (
              /^\s*(in|on|of|at|around)\b/.test(between) &&
              (wordGap(norm, t.end, u.start) <= 4 || SITE_FRAME.test(between))
            )
              site = u;
            break;
          }
        }
      }
      const painId = site?.site?.pain;
      const concept = painId ? T.concept(painId) : undefined;
      if (site && concept) {
        const start = Math.min(site.start, t.start);
        const end = Math.max(site.end, t.end);
        const m = newMention(concept, start, end);
        if (site.site) m.bodySite = { zh: site.site.zh, en: site.site.en };
        out.push(m);
      }
      continue;
    }
    if (!t.concept) continue;
    const m = newMention(t.concept, t.start, t.end);
    if (allergyHere && (t.concept.kind === 'medication' || t.concept.kind === 'allergen')) m.kind = 'allergy';
    out.push(m);
  }
  // A specific allergen makes the generic "allergy" mention redundant (过敏史：青霉素).
  if (out.some((m) => m.kind === 'allergy' && m.concept.kind !== 'allergy')) {
    return out.filter((m) => m.concept.kind !== 'allergy');
  }
  return out;
}

function newMention(concept: Concept, start: number, end: number): Mention {
  return { concept, kind: concept.kind, start, end, status: 'present', extra: [] };
}

/**
 * Resolves the status from cues around the mention (NegEx/ConText style). Order of precedence:
 * hypothetical (not asserted) > negated > family > resolved > uncertain > past > present.
 */
function context(
  norm: string,
  m: Mention,
  c: Clause,
  s: Sentence,
  zh: boolean,
  opts: AnalyzeOptions,
  durations: readonly DurationSpan[],
): FactStatus | 'skip' {
  const before = c.tokens.filter((t) => t.end <= m.start);
  const after = c.tokens.filter((t) => t.start >= m.end);
  const sentBefore = s.tokens.filter((t) => t.end <= m.start);
  const inside = c.tokens.filter((t) => t.start >= m.start && t.end <= m.end && !t.concept);

  if (m.kind === 'allergen') return 'skip';
  // A disease named as what a test looks for (流感抗原, 新冠核酸, strep test) is not a diagnosis.
  if (m.kind === 'condition' && TEST_AFTER.test(norm.slice(m.end, m.end + 12))) return 'skip';
  if (
    // English run-on turns join many sentences: an "if" far back no longer governs the mention.
    sentBefore.some((t) => has(t, 'hypothetical') && (zh || wordGap(norm, t.end, m.start) <= 15)) ||
    after.some((t) => has(t, 'hypothetical') && gap(norm, m.end, t.start) <= 4)
  ) {
    if (!s.question) return 'skip';
  }

  let negated = false;
  for (const t of before) {
    const g = zh ? gap(norm, t.end, m.start) : wordGap(norm, t.end, m.start);
    if (has(t, 'neg_pre')) {
      // "no," opening an answer negates nothing after it.
      if (!zh && /^\s*,/.test(norm.slice(t.end, t.end + 2))) continue;
      if (zh ? g <= 15 : g <= 8) negated = true;
    } else if (has(t, 'neg_near')) {
      // 不 before a coverb negates the whole verb phrase it opens (不对任何药物过敏, 不跟饭一起疼).
      const coverb = zh && /^[对跟和给被向]/.test(norm.slice(t.end, t.end + 1));
      if (zh ? g <= (coverb ? 12 : 2) : g <= 3) negated = true;
    }
  }
  // Negation inside a composed pain (喉咙不疼) sits between the site and the pain word.
  if (inside.some((t) => has(t, 'neg_near') || has(t, 'neg_pre'))) negated = true;
  if (!negated) {
    const post = after[0];
    if (
      post &&
      has(post, 'neg_post') &&
      (zh ? gap(norm, m.end, post.start) <= 4 : gap(norm, m.end, post.start) <= 3)
    ) {
      const conceptAfter = c.tokens.some((u) => u.concept && u.start >= post.end);
      if (!conceptAfter) negated = true;
    }
  }
  if (negated) return 'absent';

  if (SYMPTOM_LIKE.has(m.kind)) {
    // A relative speaking (家属) about 我妈 means the patient; 他爸爸 / 孩子爸爸 is family history.
    const fam = sentBefore.find(
      (t) =>
        has(t, 'family') &&
        (opts.speaker !== 'family' ||
          /(他|她|孩子|his|her)\s*的?\s*$/.test(norm.slice(Math.max(0, t.start - 3), t.start))),
    );
    if (fam) return 'family';
    // The patient speaking of 孩子 / 同事 (a parent speaking is labelled 家属 and means the patient).
    if (opts.speaker === 'patient' && sentBefore.some((t) => has(t, 'other_person'))) {
      if (isCommunicable(m.concept)) return 'skip';
      const relative = sentBefore.some(
        (t) =>
          has(t, 'other_person') && /孩子|小孩|儿子|女儿|闺女|kid|child/.test(norm.slice(t.start, t.end)),
      );
      return relative ? 'family' : 'skip';
    }
  }
  // An allergy is a lasting property: 以前打青霉素过敏过 still means allergic now.
  if (m.kind === 'allergy') return 'present';

  const resolved =
    after.some((t) => has(t, 'resolved') && gap(norm, m.end, t.start) <= 6) ||
    before.some(
      (t) => has(t, 'resolved') && (zh ? gap(norm, t.end, m.start) <= 3 : wordGap(norm, t.end, m.start) <= 3),
    ) ||
    (m.kind === 'social' && /戒|quit|former|ex-/.test(norm.slice(m.start, m.end))) ||
    (m.kind === 'medication' && zh && stoppedLater(s, c));
  if (resolved) return 'historical';

  if (
    before.some((t) => has(t, 'uncertain')) ||
    after.some((t) => has(t, 'uncertain') && gap(norm, m.end, t.start) <= 3)
  ) {
    return 'uncertain';
  }

  const current = c.tokens.some((t) => has(t, 'current'));
  const past = sentBefore.some(
    (t) => has(t, 'past') && !durations.some((d) => d.end === t.start || d.end === t.start - 1),
  );
  if (past && !current) return 'historical';
  return 'present';
}

const TEST_AFTER =
  /^\s*(抗原|抗体|核酸|病原|检测|筛查|化验|试验|(rapid |antigen |antibody |pcr )?(test|tests|testing|screen|screening|swab|panel)\b)/;

// Acute communicable diseases (ICD-10 A0x, B0x, J00–J22, U07): in someone else they are contact
// history, not family history.
const COMMUNICABLE = /^(A0|B0|J0|J1|J2[0-2]|U07)/;
function isCommunicable(c: Concept): boolean {
  return c.code?.system === 'http://hl7.org/fhir/sid/icd-10' && COMMUNICABLE.test(c.code.code);
}

/**
 * 「缬沙坦吃了半年，上个月自己停了」「吃过艾司唑仑，现在不吃了」: a later clause of the sentence that
 * names no concept of its own says the drug was stopped.
 */
function stoppedLater(s: Sentence, c: Clause): boolean {
  for (const k of s.clauses) {
    if (k.start < c.end) continue;
    if (k.tokens.some((t) => t.concept)) return false;
    if (k.tokens.some((t) => has(t, 'resolved'))) return true;
  }
  return false;
}

/** Fills duration, severity, laterality, values, dose and frequency from the clause. */
function attach(
  norm: string,
  m: Mention,
  c: Clause,
  s: Sentence,
  zh: boolean,
  durations: readonly DurationSpan[],
  numbers: readonly NumberSpan[],
  T: Terminology,
): void {
  const kind = m.concept.kind;
  const near = (t: Token, max: number): boolean =>
    t.end <= m.start
      ? (zh ? gap(norm, t.end, m.start) : wordGap(norm, t.end, m.start)) <= max
      : (zh ? gap(norm, m.end, t.start) : wordGap(norm, m.end, t.start)) <= max;
  const nextConcept = c.tokens.find((t) => t.concept && t.start >= m.end);
  const limit = Math.min(nextConcept?.start ?? c.end, m.end + (zh ? 16 : 45));

  if (kind === 'symptom' || kind === 'condition' || kind === 'social' || kind === 'finding') {
    // A duration in the clause; else one in a clause of the sentence that names no concept (咳嗽，三天了).
    // Nearest duration in the clause with no other concept between (头痛三天, 膝盖疼 → not the headache's).
    const clear = (x: DurationSpan): boolean =>
      !c.tokens.some(
        (t) =>
          t.concept &&
          t !== undefined &&
          t.start !== m.start &&
          ((t.start >= m.end && t.end <= x.start) || (t.start >= x.end && t.end <= m.start)),
      );
    let d = durations.find((x) => x.start >= c.start && x.end <= c.end && clear(x));
    if (!d) {
      d = durations.find(
        (x) =>
          x.start >= s.start &&
          x.end <= s.end &&
          !s.clauses.some((k) => x.start >= k.start && x.end <= k.end && k.tokens.some((t) => t.concept)),
      );
    }
    if (d) {
      m.duration = d.iso;
      if (d.ago) m.onset = d.iso;
    }
  }
  if (kind === 'symptom') {
    let best: Token | undefined;
    for (const t of c.tokens) {
      const sev = t.cues.find((x) => x === 'sev_mild' || x === 'sev_moderate' || x === 'sev_severe');
      if (
        sev &&
        near(t, zh ? 6 : 3) &&
        (!best || Math.abs(t.start - m.start) < Math.abs(best.start - m.start))
      )
        best = t;
    }
    if (best)
      m.severity = best.cues.includes('sev_severe')
        ? 'severe'
        : best.cues.includes('sev_moderate')
          ? 'moderate'
          : 'mild';
    const scale = /([0-9]|10)\s*(?:out of|\/)\s*10|([0-9]|10)\s*分/.exec(norm.slice(s.start, s.end));
    if (scale) {
      const v = Number(scale[1] ?? scale[2]);
      m.severity = v >= 7 ? 'severe' : v >= 4 ? 'moderate' : 'mild';
    }
    const lat = c.tokens.find(
      (t) =>
        (has(t, 'left') || has(t, 'right') || has(t, 'bilateral')) && t.end <= m.end && near(t, zh ? 4 : 3),
    );
    const latAfter = !zh
      ? c.tokens.find(
          (t) => (has(t, 'left') || has(t, 'right') || has(t, 'bilateral')) && t.start >= m.end && near(t, 4),
        )
      : undefined;
    const l = lat ?? latAfter;
    if (l) m.laterality = has(l, 'left') ? 'left' : has(l, 'right') ? 'right' : 'bilateral';
    if (!m.bodySite) {
      // A site inside the matched term (膝盖疼) or right before it (膝盖肿了).
      const inner = innerSite(T, norm.slice(m.start, m.end));
      const prev = c.tokens.filter((t) => t.site && t.end <= m.start && near(t, 2)).pop();
      const site = inner ?? prev?.site;
      if (
        site &&
        (inner ||
          m.concept.id === 'edema' ||
          m.concept.id === 'numbness' ||
          m.concept.id === 'rash' ||
          m.concept.id === 'itching')
      ) {
        m.bodySite = { zh: site.zh, en: site.en };
      }
    }
  } else if (kind === 'vital' || kind === 'lab') {
    const v = readMeasurement(m.concept.id, norm, numbers, m.end, Math.min(s.end, m.end + (zh ? 16 : 45)));
    if (v) {
      m.value = v.value;
      if (v.unit) m.unit = v.unit;
      m.extra.push({ start: v.start, end: v.end });
    }
  } else if (kind === 'medication') {
    // The dose may follow in the next clause of the sentence (吃着氨氯地平，每天一片5毫克).
    const nextInSentence = s.tokens.find((t) => t.concept && t.start >= m.end);
    const medLimit = Math.min(nextInSentence?.start ?? s.end, m.end + (zh ? 16 : 45));
    let dose = readDose(norm, numbers, m.end, medLimit);
    if (!dose) {
      // "20 mg of lisinopril", 「5毫克的氨氯地平」: the dose comes first.
      const back = readDose(norm, numbers, Math.max(c.start, m.start - 16), m.start);
      if (back && /^\s*(of|的)?\s*$/.test(norm.slice(back.end, m.start))) dose = back;
    }
    if (dose) {
      m.value = dose.value;
      if (dose.unit) m.unit = dose.unit;
      m.extra.push({ start: dose.start, end: dose.end });
    }
    const freq = s.tokens.find((t) => t.frequency && t.start >= m.end && t.start < Math.max(medLimit, limit));
    if (freq?.frequency) m.frequency = freq.frequency;
    const route = c.tokens.find(
      (t) =>
        t.route && near(t, zh ? 8 : 6) && !(zh && norm.slice(t.start, t.end) === '吃' && t.start > m.start),
    );
    if (route?.route) m.route = route.route;
  } else if (kind === 'social' && m.concept.id === 'smoking') {
    const py = readPackYears(norm.slice(s.start, s.end));
    if (py !== undefined) {
      m.value = py;
      m.unit = 'pack-years';
    }
  }
}

// Body sites inside a symptom term (膝盖疼 → knee), cached per surface form: the set of surface
// forms is the lexicon's, so the cache is bounded by it.
const siteCache = new WeakMap<Terminology, Map<string, BodySiteEntry | null>>();
function innerSite(T: Terminology, surface: string): BodySiteEntry | undefined {
  let cache = siteCache.get(T);
  if (!cache) siteCache.set(T, (cache = new Map()));
  let hit = cache.get(surface);
  if (hit === undefined) {
    hit = T.tokenize(surface).find((t) => t.site)?.site ?? null;
    if (cache.size < 10_000) cache.set(surface, hit);
  }
  return hit ?? undefined;
}

/** 高压一百五，低压九十 → one blood pressure 150/90 instead of two halves. */
function combineBloodPressure(list: Mention[], T: Terminology): void {
  const sIdx = list.findIndex((m) => m.concept.id === 'sbp' && typeof m.value === 'number');
  const dIdx = list.findIndex((m) => m.concept.id === 'dbp' && typeof m.value === 'number');
  const bp = T.concept('bp');
  if (sIdx < 0 || dIdx < 0 || !bp) return;
  const sm = list[sIdx]!;
  const dm = list[dIdx]!;
  const merged: Mention = {
    concept: bp,
    kind: 'vital',
    start: sm.start,
    end: dm.end,
    status: sm.status,
    value: `${sm.value}/${dm.value}`,
    unit: 'mm[Hg]',
    extra: [...sm.extra, { start: dm.start, end: dm.end }, ...dm.extra],
  };
  list.splice(Math.max(sIdx, dIdx), 1);
  list.splice(Math.min(sIdx, dIdx), 1, merged);
}

/** 「量一下，一百六十/一百」: a plausible N/N said with no measurement named is a blood pressure. */
function bareBloodPressure(
  norm: string,
  s: Sentence,
  numbers: readonly NumberSpan[],
  mentions: Mention[],
  T: Terminology,
): void {
  if (s.tokens.some((t) => t.concept && (t.concept.kind === 'vital' || t.concept.kind === 'lab'))) return;
  const bp = T.concept('bp');
  if (!bp) return;
  const inS = numbers.filter((n) => n.start >= s.start && n.end <= s.end);
  for (let i = 0; i + 1 < inS.length; i++) {
    const a = inS[i]!;
    if (!/^\s*\/\s*$/.test(norm.slice(a.end, inS[i + 1]!.start))) continue;
    const v = readMeasurement('bp', norm, inS, a.start, a.start + 1);
    if (!v) continue;
    const m = newMention(bp, v.start, v.end);
    m.value = v.value;
    if (v.unit) m.unit = v.unit;
    mentions.push(m);
    return;
  }
}

/** A bare yes/no at the start of a turn (fillers skipped), not tied to a concept of its own. */
function readAnswer(norm: string, sentences: readonly Sentence[], zh: boolean): Answer | undefined {
  const first = sentences[0];
  if (!first) return undefined;
  const clause = first.clauses[0];
  if (!clause) return undefined;
  let toks = clause.tokens;
  // 「嗯，没有。」: a clause of fillers alone says nothing yet; the answer is in the next clause.
  const next = first.clauses[1];
  if (next && /^[\s,.!~嗯呃啊哦额唔]*$/.test(norm.slice(clause.start, clause.end)))
    toks = [...toks, ...next.tokens];
  let polar: Token | undefined;
  let neg = false;
  let uncertain = false;
  for (const t of toks) {
    if (t.concept || t.site) break;
    if (has(t, 'uncertain')) uncertain = true;
    if (has(t, 'neg_answer')) {
      polar = t;
      neg = true;
      break;
    }
    if (has(t, 'affirm_answer') && !polar) {
      polar = t;
      // 嗯 is a filler as often as a yes: keep looking for a 没有 right after it.
      if (norm.slice(t.start, t.end) !== '嗯') break;
      continue;
    }
    if (has(t, 'filler') || has(t, 'sev_mild') || has(t, 'current') || has(t, 'uncertain')) continue;
    break;
  }
  if (!polar) return undefined;
  // Only the opening of the turn counts as an answer.
  if ((zh ? gap(norm, clause.start, polar.start) : wordGap(norm, clause.start, polar.start)) > (zh ? 4 : 3))
    return undefined;
  // 「没有发烧」 carries its own concept; the answer reading is left to the mention itself.
  const nextConcept = toks.find((t) => t.start >= polar!.end && (t.concept || t.site));
  if (
    nextConcept &&
    (zh ? gap(norm, polar.end, nextConcept.start) <= 3 : wordGap(norm, polar.end, nextConcept.start) <= 2)
  )
    return undefined;
  return { polarity: neg ? 'neg' : 'affirm', uncertain, start: polar.start, end: polar.end };
}
