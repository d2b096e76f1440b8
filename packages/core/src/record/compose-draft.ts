import { evidenceKey } from '../fusion/merge-group.ts';
import type { Bilingual, SourceKind } from '../types/evidence.ts';
import type { FusedFact, FusionResult } from '../fusion/fusion-types.ts';
import { SOURCE_LABEL } from '../fusion/fusion-types.ts';
import type {
  DraftSection,
  DraftSentence,
  SectionId,
  UnusableItem,
  VisitDraft,
  VisitType,
} from './draft-types.ts';
import {
  EN_ORDER,
  FOLLOWUP_FOLD,
  SOAP_ORDER,
  ZH_ORDER,
  ZH_TITLES,
  emptySection,
  roleOf,
} from './section-layout.ts';
import { composeStatements } from './compose-statements.ts';
import { composeNarrative, type TranscriptTurns } from './compose-narrative.ts';
import { composeSinceLastVisit } from './compose-since-last-visit.ts';
import type { Statement } from './statement.ts';
import { toSentence } from './statement.ts';

export interface DoctorNote {
  section: SectionId;
  text: string;
  lang?: 'zh' | 'en';
}

export interface ComposeOptions {
  visitType?: VisitType;
  /** YYYY-MM-DD. */
  visitDate?: string;
  department?: string;
  /** Text the doctor typed into a section: kept verbatim, marked doctor-typed. */
  doctorNotes?: DoctorNote[];
  /** What the importers could not use (FHIR issues, unreadable lab rows), reported in the draft. */
  unusable?: UnusableItem[];
  resultsWindowDays?: number;
  /** Parsed dialogue turns per transcript source: English dialogues also get an extractive narrative. */
  transcripts?: TranscriptTurns;
}

export const AI_LABEL: Bilingual = {
  zh: 'AI生成草稿，须经医生审核签名',
  en: 'AI-generated draft; requires review and signature by a doctor',
};

/**
 * The visit draft: Chinese outpatient record (初诊/复诊), English ACI-BENCH-style note and a SOAP
 * view, all from the same statements, each sentence carrying the evidence of the facts it states.
 * Deterministic; an LLM may reword it later and is then checked by `verifyDraft` like this output.
 */
export function composeDraft(fusion: FusionResult, opts: ComposeOptions = {}): VisitDraft {
  const visitType = opts.visitType ?? 'first';
  const kinds = new Map<string, SourceKind>(fusion.sources.map((s) => [s.sourceId, s.kind]));
  // 随访以来 first: follow-up check-in facts open the history; everything else as usual.
  const since = composeSinceLastVisit(fusion.facts);
  const statements = [
    ...since.statements,
    ...composeStatements(since.rest, {
      visitType,
      kindOf: (id) => kinds.get(id),
      ...(opts.visitDate ? { visitDate: opts.visitDate } : {}),
      ...(opts.resultsWindowDays ? { resultsWindowDays: opts.resultsWindowDays } : {}),
    }),
  ];
  const enStatements = opts.transcripts
    ? withNarrative(statements, composeNarrative(fusion.facts, opts.transcripts))
    : statements;
  const conflictIndex = new Map<string, string[]>();
  for (const c of fusion.contradictions) {
    const keys = new Set(c.evidence.map(evidenceKey));
    for (const f of fusion.facts) {
      if (f.evidence.some((e) => keys.has(evidenceKey(e))))
        conflictIndex.set(f.id, [...(conflictIndex.get(f.id) ?? []), c.id]);
    }
  }
  const conflictsOf = (f: FusedFact) => conflictIndex.get(f.id) ?? [];
  const notes = opts.doctorNotes ?? [];

  // Chinese record.
  const zhPlace = (id: SectionId): SectionId | undefined => {
    const s = id === 'medications' ? 'past_history' : id;
    const folded = visitType === 'followup' ? (FOLLOWUP_FOLD[s] ?? s) : s;
    return ZH_ORDER[visitType].includes(folded) ? folded : undefined;
  };
  const zh = ZH_ORDER[visitType].map((id) => {
    const title =
      visitType === 'followup' && id === 'hpi'
        ? '病史'
        : visitType === 'followup' && id === 'diagnosis'
          ? '诊断'
          : ZH_TITLES[id]!;
    return emptySection(id, title);
  });
  const zhById = new Map(zh.map((s) => [s.id, s]));
  for (const st of statements) {
    const target = st.zh ? zhPlace(st.section) : undefined;
    if (target && st.zh)
      zhById.get(target)!.sentences.push(toSentence(st.zh, st.facts, conflictsOf, 'zh', st.evidence));
  }
  for (const n of notes.filter((n) => (n.lang ?? 'zh') === 'zh')) {
    const target = zhPlace(n.section);
    if (target) zhById.get(target)!.sentences.push(typed(n.text));
  }

  // English note.
  const en = EN_ORDER.map(({ id, title, from }) => {
    const sec = emptySection(id, title);
    for (const st of enStatements)
      if (st.en && from.includes(st.section))
        sec.sentences.push(toSentence(st.en, st.facts, conflictsOf, 'en', st.evidence));
    for (const n of notes) if (n.lang === 'en' && from.includes(n.section)) sec.sentences.push(typed(n.text));
    return sec;
  });

  const soap = {
    zh: SOAP_ORDER.map(({ id, zh: title, from }) => gather(id, title, from, statements, 'zh', conflictsOf)),
    en: SOAP_ORDER.map(({ id, en: title, from }) => gather(id, title, from, enStatements, 'en', conflictsOf)),
  };

  const unusable: UnusableItem[] = [
    ...fusion.emptySources.map((s) => ({ sourceId: s.sourceId, reason: 'empty_source' })),
    ...(opts.unusable ?? []),
  ];
  const draft: VisitDraft = {
    aiGenerated: true,
    label: AI_LABEL,
    visitType,
    zh,
    en,
    soap,
    facts: fusion.facts,
    contradictions: fusion.contradictions,
    sources: fusion.sources,
    missingSources: fusion.missingSources,
    unusable,
    notes: draftNotes(fusion.missingSources, unusable, fusion.contradictions.length),
  };
  if (opts.visitDate) draft.visitDate = opts.visitDate;
  if (opts.department) draft.department = opts.department;
  return draft;
}

/**
 * The English statements with the narrative: the narrative's sentences lead each section; the
 * fact sentences stay after them (medications, allergies, pertinent negatives, diagnoses).
 */
function withNarrative(statements: Statement[], narrative: Statement[]): Statement[] {
  // Measured on ACI-BENCH train: dropping the fact sentences a narrative sentence already covers
  // lowers ROUGE (they name the symptom plainly), so both stay.
  return narrative.length === 0 ? statements : [...narrative, ...statements];
}

const typed = (text: string): DraftSentence => ({ text, evidence: [], factIds: [], doctorTyped: true });

function gather(
  id: SectionId,
  title: string,
  from: SectionId[],
  statements: Statement[],
  lang: 'zh' | 'en',
  conflictsOf: (f: FusedFact) => string[],
): DraftSection {
  const sec: DraftSection = { id, title, role: roleOf(id), sentences: [] };
  for (const st of statements) {
    const text = st[lang];
    if (text && from.includes(st.section))
      sec.sentences.push(toSentence(text, st.facts, conflictsOf, lang, st.evidence));
  }
  return sec;
}

function draftNotes(missing: SourceKind[], unusable: UnusableItem[], conflicts: number): Bilingual[] {
  const out: Bilingual[] = [];
  if (missing.length > 0) {
    out.push({
      zh: `未提供的来源：${missing.map((k) => SOURCE_LABEL[k].zh).join('、')}。`,
      en: `Sources not provided: ${missing.map((k) => SOURCE_LABEL[k].en).join(', ')}.`,
    });
  }
  const empty = unusable.filter((u) => u.reason === 'empty_source');
  if (empty.length > 0) {
    out.push({
      zh: `未能从以下来源提取任何信息：${empty.map((u) => u.sourceId).join('、')}。`,
      en: `Nothing could be extracted from: ${empty.map((u) => u.sourceId).join(', ')}.`,
    });
  }
  const other = unusable.filter((u) => u.reason !== 'empty_source');
  if (other.length > 0) {
    const reasons = [...new Set(other.map((u) => u.reason))].join(', ');
    out.push({
      zh: `有${other.length}项内容未能使用（${reasons}），详见未使用清单。`,
      en: `${other.length} item(s) could not be used (${reasons}); see the unusable list.`,
    });
  }
  if (conflicts > 0)
    out.push({
      zh: `来源之间有${conflicts}处不一致，请在签名前核实。`,
      en: `${conflicts} contradiction(s) between sources; please resolve before signing.`,
    });
  return out;
}
