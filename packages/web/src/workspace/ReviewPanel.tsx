import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { conflictEdits, isOpen } from './resolve-conflict.ts';
import type { ReviewResolution, SectionEdit } from './workspace-api.ts';
import type { Contradiction, DraftVersion, Evidence } from './workspace-types.ts';

export type Dismissals = Record<string, string>;

interface Props {
  draft: DraftVersion;
  editable: boolean;
  dismissed: Dismissals;
  onDismiss: (key: string, reason: string) => void;
  /** Stores the resolution with the draft, so it survives a reload (POST draft/review). */
  onResolve?: ((r: ReviewResolution) => void) | undefined;
  onApply: (edits: SectionEdit[]) => void;
  onFocus: (key: string, evidence: Evidence[]) => void;
  onEditSection: (sectionId: string) => void;
}

// Conflicts have their own list; QC repeats each as QC-XS-01, so that rule is not listed twice.
const CONFLICT_RULE = 'QC-XS-01';

/** Conflicts between sources and record QC findings, each with what the doctor can do about it. */
export function ReviewPanel({
  draft,
  editable,
  dismissed,
  onDismiss,
  onResolve,
  onApply,
  onFocus,
  onEditSection,
}: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('zh') ? 'zh' : 'en';
  const d = draft.draft;
  const open = d.contradictions.filter((c) => isOpen(d, c.id) && !dismissed[`c:${c.id}`]);
  const settled = d.contradictions.length - open.length;
  const findings = draft.qc.findings
    .map((f, i) => ({ f, i, key: `q:${f.ruleId}:${f.section ?? ''}:${i}` }))
    .filter(({ f, key }) => f.ruleId !== CONFLICT_RULE && !dismissed[key]);

  const sectionOf = (c: Contradiction) =>
    d.zh.find((s) => s.sentences.some((x) => x.conflicts?.includes(c.id)))?.id;

  return (
    <section className="ws-review" aria-labelledby="ws-review-title" data-testid="review-panel">
      <header className="ws-review-head">
        <h3 id="ws-review-title">{t('workspace.review.title')}</h3>
        <span className="hint">
          {t('workspace.review.summary', { open: open.length, settled, score: draft.qc.score })}
        </span>
      </header>
      {open.length === 0 && findings.length === 0 && <p className="muted">{t('workspace.review.none')}</p>}
      <ul className="ws-issues">
        {open.map((c) => (
          <li key={c.id} className={`ws-issue sev-${c.severity}`} data-testid="conflict">
            <button type="button" className="ws-issue-text" onClick={() => onFocus(`c:${c.id}`, c.evidence)}>
              <span className={`ws-sev sev-${c.severity}`}>
                {t(`workspace.review.severity.${c.severity}`)}
              </span>
              {c.explanation[lang]}
            </button>
            <p className="hint">
              {t('workspace.review.ask')}
              {c.question[lang]}
            </p>
            {editable && (
              <IssueActions
                sides={c.sides.map((s) => s.statement[lang])}
                onTake={(i) => {
                  onResolve?.({
                    target: { kind: 'conflict', id: c.id },
                    resolution: 'side_taken',
                    sideIndex: i,
                  });
                  onApply(conflictEdits(d, c, i));
                }}
                onEdit={() => {
                  const s = sectionOf(c);
                  if (s) onEditSection(s);
                }}
                onDismiss={(reason) => {
                  onDismiss(`c:${c.id}`, reason);
                  onResolve?.({ target: { kind: 'conflict', id: c.id }, resolution: 'dismissed', reason });
                  onApply(conflictEdits(d, c, null));
                }}
              />
            )}
          </li>
        ))}
        {findings.map(({ f, i, key }) => (
          <li key={key} className={`ws-issue qc-${f.severity}`} data-testid="qc-finding">
            <button
              type="button"
              className="ws-issue-text"
              onClick={() =>
                f.evidence.length ? onFocus(key, f.evidence) : f.section && onEditSection(f.section)
              }
            >
              <span className={`ws-sev qc-${f.severity}`}>{t(`workspace.review.qc.${f.severity}`)}</span>
              {f.message[lang]}
            </button>
            {f.gapQuestion && (
              <p className="hint">
                {t('workspace.review.ask')}
                {f.gapQuestion[lang]}
              </p>
            )}
            {editable && (
              <IssueActions
                sides={[]}
                onEdit={f.section ? () => onEditSection(f.section!) : undefined}
                onDismiss={(reason) => {
                  onDismiss(key, reason);
                  onResolve?.({ target: { kind: 'qc', index: i }, resolution: 'dismissed', reason });
                }}
              />
            )}
          </li>
        ))}
      </ul>
      {Object.keys(dismissed).length > 0 && (
        <details className="ws-dismissed">
          <summary>{t('workspace.review.dismissedCount', { count: Object.keys(dismissed).length })}</summary>
          <p className="hint">{t('workspace.review.dismissNote')}</p>
          <ul>
            {Object.entries(dismissed).map(([k, reason]) => (
              <li key={k}>{reason}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function IssueActions({
  sides,
  onTake,
  onEdit,
  onDismiss,
}: {
  sides: string[];
  onTake?: (index: number) => void;
  onEdit?: (() => void) | undefined;
  onDismiss: (reason: string) => void;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <div className="ws-issue-actions">
      {sides.map((s, i) => (
        <button
          key={i}
          type="button"
          className="button button-secondary button-small"
          onClick={() => onTake?.(i)}
          data-testid="take-side"
        >
          {t('workspace.review.take', { side: s })}
        </button>
      ))}
      {onEdit && (
        <button type="button" className="button button-ghost button-small" onClick={onEdit}>
          {t('workspace.review.edit')}
        </button>
      )}
      {!asking ? (
        <button
          type="button"
          className="button button-ghost button-small"
          onClick={() => setAsking(true)}
          data-testid="dismiss"
        >
          {t('workspace.review.dismiss')}
        </button>
      ) : (
        <form
          className="ws-dismiss"
          onSubmit={(e) => {
            e.preventDefault();
            if (reason.trim().length >= 2) onDismiss(reason.trim());
          }}
        >
          <input
            aria-label={t('workspace.review.reason')}
            placeholder={t('workspace.review.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            data-testid="dismiss-reason"
          />
          <button
            type="submit"
            className="button button-secondary button-small"
            disabled={reason.trim().length < 2}
          >
            {t('workspace.review.confirmDismiss')}
          </button>
        </form>
      )}
    </div>
  );
}
