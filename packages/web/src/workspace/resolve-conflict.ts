import type { SectionEdit } from './workspace-api.ts';
import type { Contradiction, DraftSection, Lang, VisitDraft } from './workspace-types.ts';

// The composer marks a disputed sentence with this suffix (core record/statement.ts).
const MARKERS: Record<Lang, RegExp> = {
  zh: /（来源不一致，待核实）/g,
  en: / \(sources disagree; to verify\)/g,
};

export const joinSentences = (lang: Lang, texts: readonly string[]) => texts.join(lang === 'zh' ? '' : ' ');

export const sectionText = (lang: Lang, s: DraftSection) =>
  joinSentences(
    lang,
    s.sentences.map((x) => x.text),
  );

/** A side's statement as record text: "既往病历：青霉素过敏" → "青霉素过敏。". */
export function statementSentence(lang: Lang, statement: string): string {
  const body = statement.replace(lang === 'zh' ? /^[^：]{1,12}：/ : /^[^:]{1,30}:\s*/, '').trim();
  if (!body) return '';
  const end = lang === 'zh' ? '。' : '.';
  return /[。.!！?？]$/.test(body) ? body : body + end;
}

export const stripMarker = (lang: Lang, text: string) => text.replace(MARKERS[lang], '');

/** Is the contradiction still marked on any sentence of the draft (either language)? */
export const isOpen = (draft: VisitDraft, id: string) =>
  (['zh', 'en'] as const).some((l) =>
    draft[l].some((s) => s.sentences.some((x) => x.conflicts?.includes(id))),
  );

/**
 * The section edits that settle a contradiction. With a side chosen, sentences resting on that
 * side's source keep their words (the to-verify mark goes), and the others are replaced by what the
 * chosen side states. Without a side (dismissed), every disputed sentence just loses the mark.
 * Each edit goes through the normal versioned draft save, so the change is audited like any edit.
 */
export function conflictEdits(draft: VisitDraft, c: Contradiction, sideIndex: number | null): SectionEdit[] {
  const side = sideIndex === null ? null : c.sides[sideIndex];
  const edits: SectionEdit[] = [];
  for (const lang of ['zh', 'en'] as const) {
    for (const section of draft[lang]) {
      if (!section.sentences.some((s) => s.conflicts?.includes(c.id))) continue;
      const texts: string[] = [];
      for (const s of section.sentences) {
        if (!s.conflicts?.includes(c.id)) texts.push(s.text);
        else if (!side || s.evidence.some((e) => e.sourceId === side.sourceId))
          texts.push(stripMarker(lang, s.text));
        else texts.push(statementSentence(lang, side.statement[lang]));
      }
      const unique = texts.filter((t, i) => t && texts.indexOf(t) === i);
      edits.push({ lang, sectionId: section.id, text: joinSentences(lang, unique) });
    }
  }
  return edits;
}
