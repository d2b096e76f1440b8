import type { Bilingual } from '../types/evidence.ts';
import type { DraftSection, SectionId, VisitDraft } from './draft-types.ts';

export interface RecordSection {
  id: SectionId;
  title: string;
  text: string;
}

/** What a doctor signs: the Chinese record as text, the English note, and where it came from. */
export interface SignedRecordContent {
  zh: RecordSection[];
  en: RecordSection[];
  visitDate?: string;
  draftVersion: number;
  /** The draft was AI-assisted; the doctor's signature makes the record theirs (AI-05, AI-06). */
  aiAssisted: true;
  /** Sentences that still carried an unresolved conflict when signed (for the audit trail). */
  unresolvedConflicts: number;
}

const asText = (sections: DraftSection[]): RecordSection[] =>
  sections.map((s) => ({ id: s.id, title: s.title, text: s.sentences.map((x) => x.text).join('') }));

export function signedRecordContent(draft: VisitDraft, draftVersion: number): SignedRecordContent {
  return {
    zh: asText(draft.zh),
    en: asText(draft.en),
    ...(draft.visitDate ? { visitDate: draft.visitDate } : {}),
    draftVersion,
    aiAssisted: true,
    unresolvedConflicts: draft.zh.flatMap((s) => s.sentences).filter((s) => (s.conflicts?.length ?? 0) > 0)
      .length,
  };
}

/** Replaces one section's text in a signed record: the content of an amendment version. */
export function amendRecordContent(
  content: SignedRecordContent,
  lang: 'zh' | 'en',
  sectionId: SectionId,
  text: string,
): SignedRecordContent {
  return { ...content, [lang]: content[lang].map((s) => (s.id === sectionId ? { ...s, text } : s)) };
}

export const SIGNED_LABEL: Bilingual = { zh: '医生已审核签名', en: 'Reviewed and signed by the doctor' };
