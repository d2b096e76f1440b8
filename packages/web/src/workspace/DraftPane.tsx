import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Focus } from './evidence-focus.ts';
import { isOpen } from './resolve-conflict.ts';
import { LlmNotice } from './LlmNotice.tsx';
import { ReviewPanel, type Dismissals } from './ReviewPanel.tsx';
import { SectionBlock } from './SectionBlock.tsx';
import type { ReviewResolution } from './workspace-api.ts';

type ReviewResolver = (r: ReviewResolution) => void;
import type { DraftSaver } from './use-draft-saver.ts';
import type { SectionEdit } from './workspace-api.ts';
import type { DraftVersion, Evidence } from './workspace-types.ts';

type Tab = 'zh' | 'en' | 'soap';

interface Props {
  draft: DraftVersion;
  saver: DraftSaver;
  focus: Focus | null;
  onFocus: (key: string, evidence: Evidence[]) => void;
  dismissed: Dismissals;
  onDismiss: (key: string, reason: string) => void;
  onResolve?: ReviewResolver;
  /** The sign button (or nothing, for a nurse), rendered by the page. */
  signSlot: React.ReactNode;
  onRegenerate: () => void;
  regenerating: boolean;
}

/** The AI draft under review: Chinese record (default), English note, SOAP; conflicts and QC below. */
export function DraftPane(p: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('zh') ? 'zh' : 'en';
  const [tab, setTab] = useState<Tab>('zh');
  const [editRequest, setEditRequest] = useState<{ sectionId: string; n: number } | null>(null);
  const d = p.draft.draft;
  const sections = tab === 'soap' ? d.soap[lang] : d[tab];
  const sectionLang = tab === 'soap' ? lang : tab;
  const openConflicts = d.contradictions.filter((c) => isOpen(d, c.id)).length;
  const apply = (edits: SectionEdit[]) => edits.forEach((e) => p.saver.queue(e, true));

  return (
    <div className="ws-pane ws-draft" data-testid="draft-pane">
      <header className="ws-pane-header">
        <div>
          <h2>{t('workspace.draft.title')}</h2>
          <p className="ws-ai-label" data-testid="ai-label">
            {d.label[lang]}
          </p>
          <LlmNotice draft={p.draft} />
        </div>
        <div className="ws-row">
          <SaveState saver={p.saver} version={p.draft.version} />
          {p.signSlot}
        </div>
      </header>
      {p.saver.conflict && (
        <div className="alert alert-error ws-conflict" role="alert" data-testid="save-conflict">
          <span>
            {t('workspace.save.conflictText', {
              version: Number.isFinite(p.saver.conflict.latest) ? p.saver.conflict.latest : '?',
            })}
          </span>
          <span className="ws-row">
            <button
              type="button"
              className="button button-primary button-small"
              onClick={() => void p.saver.reapply()}
              data-testid="reapply"
            >
              {t('workspace.save.reapply')}
            </button>
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => window.confirm(t('workspace.save.discardConfirm')) && void p.saver.discard()}
            >
              {t('workspace.save.discard')}
            </button>
          </span>
        </div>
      )}
      {p.saver.status === 'error' && (
        <div className="alert alert-error" role="alert">
          <span>{t('workspace.save.error')}</span>
          <button type="button" className="button button-secondary button-small" onClick={p.saver.retry}>
            {t('errors.retry')}
          </button>
        </div>
      )}
      <div className="ws-row ws-toolbar">
        <div className="ws-tabs" role="tablist" aria-label={t('workspace.tabs.label')}>
          {(['zh', 'en', 'soap'] as const).map((k) => (
            <button
              key={k}
              type="button"
              role="tab"
              aria-selected={tab === k}
              onClick={() => setTab(k)}
              data-testid={`tab-${k}`}
            >
              {t(`workspace.tabs.${k}`)}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="button button-ghost button-small"
          onClick={p.onRegenerate}
          disabled={p.regenerating || p.saver.dirty}
        >
          {p.regenerating ? t('workspace.draft.generating') : t('workspace.draft.regenerate')}
        </button>
      </div>
      {d.notes.length > 0 && (
        <ul className="ws-notes">
          {d.notes.map((n, i) => (
            <li key={i}>{n[lang]}</li>
          ))}
        </ul>
      )}
      {tab === 'soap' && <p className="hint">{t('workspace.draft.soapReadOnly')}</p>}
      <div className="ws-record-body" lang={sectionLang === 'zh' ? 'zh-CN' : 'en'}>
        {sections.map((s) => (
          <SectionBlock
            key={`${tab}:${s.id}`}
            section={s}
            lang={sectionLang}
            editable={tab !== 'soap'}
            saver={p.saver}
            focus={p.focus}
            onFocus={p.onFocus}
            editRequest={editRequest?.sectionId === s.id ? editRequest.n : undefined}
          />
        ))}
      </div>
      <ReviewPanel
        draft={p.draft}
        editable
        dismissed={p.dismissed}
        onDismiss={p.onDismiss}
        onResolve={p.onResolve}
        onApply={apply}
        onFocus={p.onFocus}
        onEditSection={(sectionId) => {
          if (tab === 'soap') setTab('zh');
          setEditRequest((r) => ({ sectionId, n: (r?.n ?? 0) + 1 }));
        }}
      />
      <p className="hint">{t('workspace.draft.openConflicts', { count: openConflicts })}</p>
    </div>
  );
}

function SaveState({ saver, version }: { saver: DraftSaver; version: number }) {
  const { t } = useTranslation();
  return (
    <span className={`ws-save save-${saver.status}`} role="status" data-testid="save-state">
      {t(`workspace.save.${saver.status}`, { version })}
    </span>
  );
}
