import type { DraftSection, VisitDraft } from './draft-types.ts';

/** Plain-text rendering for the CLI and eval: label first, then "标题：句子…" lines. */
export function renderDraftText(draft: VisitDraft, view: 'zh' | 'en' | 'soap.zh' | 'soap.en' = 'zh'): string {
  const sections: DraftSection[] =
    view === 'zh' ? draft.zh : view === 'en' ? draft.en : view === 'soap.zh' ? draft.soap.zh : draft.soap.en;
  const zh = view === 'zh' || view === 'soap.zh';
  const lines = [`【${zh ? draft.label.zh : draft.label.en}】`];
  for (const s of sections) {
    const body = s.sentences.map((x) => x.text).join(zh ? '' : ' ');
    lines.push(zh ? `${s.title}：${body || '（无）'}` : `${s.title}\n${body || '(none)'}\n`);
  }
  for (const n of draft.notes) lines.push(zh ? `※ ${n.zh}` : `* ${n.en}`);
  return lines.join('\n');
}
