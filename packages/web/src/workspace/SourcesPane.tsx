import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { PrecheckLinkButton } from '../precheck/PrecheckLinkButton.tsx';
import { PrecheckSummary } from '../precheck/PrecheckSummary.tsx';
import { AddSources } from './AddSources.tsx';
import { EmrTimeline } from './EmrTimeline.tsx';
import { focusedLinkIds, highlightSegments, textRanges, type Focus } from './evidence-focus.ts';
import { LabPhoto } from './LabPhoto.tsx';
import { previewTurns, TranscriptView } from './TranscriptView.tsx';
import { liveRecordingTurns } from './recording-turns.ts';
import type { Capabilities, DraftVersion, Evidence, VisitSource } from './workspace-types.ts';

interface Props {
  visitId: string;
  sources: VisitSource[];
  draft: DraftVersion | null;
  focus: Focus | null;
  onFocus: (key: string, evidence: Evidence[]) => void;
  capabilities: Capabilities | null;
  /** Adding sources is over once the record is signed. */
  canAdd: boolean;
  onAdded: () => void;
  /** Reloads the sources only (a recording adds a chunk every ~15 s; the draft stays as it is). */
  onSourcesChanged?: () => void;
}

interface QrItem {
  linkId: string;
  text?: string;
  answer?: {
    valueString?: string;
    valueInteger?: number;
    valueBoolean?: boolean;
    valueCoding?: { display?: string };
  }[];
}

const answerText = (a: NonNullable<QrItem['answer']>[number]) =>
  a.valueString ?? a.valueCoding?.display ?? (a.valueInteger ?? a.valueBoolean ?? '').toString();

/** Everything the draft was made from, in the order a doctor reads it; the focused evidence is marked. */
export function SourcesPane({
  visitId,
  sources,
  draft,
  focus,
  onFocus,
  capabilities,
  canAdd,
  onAdded,
  onSourcesChanged,
}: Props) {
  const { t } = useTranslation();
  const pane = useRef<HTMLDivElement>(null);

  // Bring the first piece of evidence into view whenever the focus changes.
  useEffect(() => {
    if (!focus) return;
    const el = pane.current?.querySelector('[data-focused="true"]');
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [focus]);

  const transcripts = sources.filter((s) => s.kind === 'transcript');
  const labs = sources.filter((s) => s.kind === 'lab_report');
  const questionnaires = sources.filter((s) => s.kind === 'questionnaire');
  const texts = sources.filter((s) => s.kind === 'text');
  const linkIds = focusedLinkIds(focus);

  return (
    <div className="ws-pane ws-sources" ref={pane} data-testid="sources-pane">
      <header className="ws-pane-header">
        <h2>{t('workspace.sources.title')}</h2>
      </header>
      {canAdd && (
        <AddSources
          visitId={visitId}
          capabilities={capabilities}
          onAdded={onAdded}
          onTranscribed={onSourcesChanged ?? onAdded}
        />
      )}

      <section className="ws-block" aria-labelledby="ws-src-dialogue">
        <h3 id="ws-src-dialogue">{t('workspace.sources.dialogue')}</h3>
        {transcripts.length === 0 && <p className="muted">{t('workspace.sources.noDialogue')}</p>}
        {transcripts.map((s) => (
          <TranscriptView
            key={s.id}
            sourceId={s.id}
            turns={liveRecordingTurns(s, draft) ?? draft?.turns[s.id] ?? previewTurns(s.content)}
            focus={focus}
          />
        ))}
      </section>

      {/* PrecheckSummary carries its own "预问诊" heading. */}
      <section className="ws-block">
        {canAdd && <PrecheckLinkButton visitId={visitId} />}
        <PrecheckSummary visitId={visitId} />
        {questionnaires.map((s) => {
          const qr = (s.content.questionnaireResponse ?? s.content) as { item?: QrItem[] };
          return (
            <dl key={s.id} className="ws-answers">
              {(qr.item ?? []).map((it) => {
                const focused = linkIds.has(it.linkId);
                return (
                  <div
                    key={it.linkId}
                    className={focused ? 'is-focused' : undefined}
                    data-focused={focused || undefined}
                  >
                    <dt>{it.text ?? it.linkId}</dt>
                    <dd>{(it.answer ?? []).map(answerText).join('、') || '—'}</dd>
                  </div>
                );
              })}
            </dl>
          );
        })}
      </section>

      <section className="ws-block" aria-labelledby="ws-src-labs">
        <h3 id="ws-src-labs">{t('workspace.sources.labs')}</h3>
        {labs.length === 0 && <p className="muted">{t('workspace.sources.noLabs')}</p>}
        {labs.map((s) => (
          <LabPhoto key={s.id} visitId={visitId} source={s} focus={focus} onFocus={onFocus} />
        ))}
      </section>

      {texts.length > 0 && (
        <section className="ws-block" aria-labelledby="ws-src-text">
          <h3 id="ws-src-text">{t('workspace.sources.text')}</h3>
          {texts.map((s) => {
            const text = typeof s.content.text === 'string' ? s.content.text : '';
            const ranges = textRanges(focus, s.id);
            return (
              <p key={s.id} className="ws-text" data-focused={ranges.length > 0 || undefined}>
                {highlightSegments(text, ranges).map((x, i) =>
                  x.marked ? <mark key={i}>{x.text}</mark> : x.text,
                )}
              </p>
            );
          })}
        </section>
      )}

      <section className="ws-block" aria-labelledby="ws-src-emr">
        <h3 id="ws-src-emr">{t('workspace.sources.emr')}</h3>
        {draft ? (
          <EmrTimeline facts={draft.draft.facts} focus={focus} />
        ) : (
          <p className="muted">{t('workspace.sources.emrAfterDraft')}</p>
        )}
      </section>
    </div>
  );
}
