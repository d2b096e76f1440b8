import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Focus } from './evidence-focus.ts';
import { sectionText } from './resolve-conflict.ts';
import type { DraftSaver } from './use-draft-saver.ts';
import type { DraftSection, Evidence, Lang } from './workspace-types.ts';

interface Props {
  section: DraftSection;
  lang: Lang;
  editable: boolean;
  saver: DraftSaver;
  focus: Focus | null;
  onFocus: (key: string, evidence: Evidence[]) => void;
  /** Changes when the review panel asks to edit this section. */
  editRequest?: number | undefined;
}

/**
 * One section of the draft: sentences the doctor can click to see their evidence, or, in edit mode,
 * a text area that autosaves. The text area's content lives here, so a refused save never loses it.
 */
export function SectionBlock({ section, lang, editable, saver, focus, onFocus, editRequest }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const ref = useRef<HTMLElement>(null);
  const startEdit = () => setEditing(saver.pendingText(lang, section.id) ?? sectionText(lang, section));
  useEffect(() => {
    if (!editRequest || !editable) return;
    setEditing((cur) => cur ?? saver.pendingText(lang, section.id) ?? sectionText(lang, section));
    ref.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    // Only a new request opens the editor; section changes while editing must not reset the text.
  }, [editRequest]);
  const change = (text: string) => {
    setEditing(text);
    saver.queue({ lang, sectionId: section.id, text });
  };
  const titleId = `ws-sec-${lang}-${section.id}`;
  return (
    <section
      ref={ref}
      className={`ws-section${editing !== null ? ' is-editing' : ''}`}
      aria-labelledby={titleId}
      data-section={section.id}
      data-testid={`section-${section.id}`}
    >
      <header className="ws-section-head">
        <h3 id={titleId}>{section.title}</h3>
        {editable && editing === null && (
          <button
            type="button"
            className="button button-ghost button-small"
            onClick={startEdit}
            data-testid="edit-section"
          >
            {t('workspace.draft.edit')}
          </button>
        )}
        {editing !== null && (
          <button
            type="button"
            className="button button-ghost button-small"
            onClick={() => {
              saver.queue({ lang, sectionId: section.id, text: editing }, true);
              setEditing(null);
            }}
            data-testid="done-section"
          >
            {t('workspace.draft.done')}
          </button>
        )}
      </header>
      {editing !== null ? (
        <textarea
          className="ws-section-edit"
          aria-labelledby={titleId}
          value={editing}
          rows={Math.max(2, Math.ceil(editing.length / 40))}
          onChange={(e) => change(e.target.value)}
          onBlur={() => saver.queue({ lang, sectionId: section.id, text: editing }, true)}
          data-testid="section-editor"
        />
      ) : section.sentences.length === 0 ? (
        <p className="muted ws-empty-section">{t('workspace.draft.emptySection')}</p>
      ) : (
        <p className="ws-sentences">
          {section.sentences.map((s, i) => {
            const key = `${lang}:${section.id}:${i}`;
            const cls = [
              'ws-sentence',
              s.conflicts?.length ? 'has-conflict' : '',
              s.doctorTyped ? 'is-typed' : '',
              focus?.key === key ? 'is-focused' : '',
            ]
              .filter(Boolean)
              .join(' ');
            return (
              <span
                key={i}
                role="button"
                tabIndex={0}
                className={cls}
                title={s.doctorTyped ? t('workspace.draft.typed') : t('workspace.draft.showEvidence')}
                onClick={() => onFocus(key, s.evidence)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    onFocus(key, s.evidence);
                  }
                }}
                data-testid="sentence"
              >
                {s.text}
              </span>
            );
          })}
        </p>
      )}
    </section>
  );
}
