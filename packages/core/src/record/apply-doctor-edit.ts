import { invalid } from '../errors/yizhu-error.ts';
import type { DraftSentence, SectionId, VisitDraft } from './draft-types.ts';

export interface DoctorEdit {
  lang: 'zh' | 'en';
  sectionId: SectionId;
  text: string;
}

export const MAX_SECTION_CHARS = 5000;

/** Splits after sentence-final punctuation (zh and en) and at line breaks, keeping the punctuation. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[。！？!?；;])|(?<=\.)\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The doctor's text replaces a section. A sentence the doctor left unchanged keeps its evidence;
 * every other sentence is marked doctor-typed (it needs no evidence — the doctor vouches for it).
 * Pure: returns a new draft, the old version stays as it was.
 */
export function applyDoctorEdit(draft: VisitDraft, edit: DoctorEdit): VisitDraft {
  if (edit.text.length > MAX_SECTION_CHARS)
    throw invalid('section text is too long', [
      { path: 'text', message: `at most ${MAX_SECTION_CHARS} characters` },
    ]);
  const sections = draft[edit.lang];
  const target = sections.find((s) => s.id === edit.sectionId);
  if (!target)
    throw invalid('no such section in this draft', [{ path: 'sectionId', message: 'unknown section' }]);
  const before = new Map(target.sentences.map((s) => [s.text.trim(), s]));
  const sentences: DraftSentence[] = splitSentences(edit.text).map(
    (text) => before.get(text) ?? { text, evidence: [], factIds: [], doctorTyped: true },
  );
  return {
    ...draft,
    [edit.lang]: sections.map((s) => (s === target ? { ...s, sentences } : s)),
  };
}
