import { useTranslation } from 'react-i18next';
import { draftLlm, llmNoteLines } from './llm-note.ts';
import type { DraftVersion } from './workspace-types.ts';

/** Under the AI label: whether the language model's wording is in this draft (see llm-note.ts). */
export function LlmNotice({ draft }: { draft: DraftVersion }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('zh') ? 'zh' : 'en';
  const lines = llmNoteLines(draftLlm(draft));
  if (lines.length === 0) return null;
  return (
    <>
      {lines.map((l) => {
        const reason = l.reason
          ? ` ${t('workspace.llm.because', { reason: t(`workspace.llm.reason.${l.reason}`) })}`
          : '';
        return (
          <p
            key={l.testId}
            className={l.tone === 'warning' ? 'alert alert-info' : 'hint'}
            role={l.tone === 'warning' ? 'note' : undefined}
            data-testid={l.testId}
          >
            {l.text ? l.text[lang] : `${t(l.key, { model: l.model ?? '' })}${reason}`}
          </p>
        );
      })}
    </>
  );
}
