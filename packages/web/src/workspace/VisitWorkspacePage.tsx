import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error.ts';
import { getVisit } from '../api/endpoints.ts';
import type { SessionUser, Visit } from '../api/types.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { departmentName, formatTime } from '../common/format.ts';
import { navigate } from '../routing/navigation.ts';
import { DraftPane } from './DraftPane.tsx';
import type { Focus } from './evidence-focus.ts';
import { isOpen } from './resolve-conflict.ts';
import type { Dismissals } from './ReviewPanel.tsx';
import { reviewDismissals } from './review-dismissals.ts';
import { SignDialog } from './SignDialog.tsx';
import { SignedRecord } from './SignedRecord.tsx';
import { SourcesPane } from './SourcesPane.tsx';
import { useDraftSaver } from './use-draft-saver.ts';
import {
  generateDraft,
  getCapabilities,
  getDraft,
  getRecord,
  listSources,
  resolveReviewItem,
  signVisit,
  type ReviewResolution,
} from './workspace-api.ts';
import type { Capabilities, DraftVersion, Evidence, RecordVersion, VisitSource } from './workspace-types.ts';
import './workspace.css';

type Load =
  { state: 'loading' } | { state: 'notFound' } | { state: 'error'; error: unknown } | { state: 'ready' };

const notFound = (e: unknown) => isApiError(e) && e.status === 404;
/** A missing draft or record is a normal state (404), not an error. */
const orNull = <T,>(p: Promise<T>): Promise<T | null> =>
  p.catch((e: unknown) => (notFound(e) ? null : Promise.reject(e)));

/** `/visits/:id` — the doctor's workspace: sources on the left, the draft (or signed record) on the right. */
export function VisitWorkspacePage({ visitId, user }: { visitId: string; user: SessionUser }) {
  const { t, i18n } = useTranslation();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [visit, setVisit] = useState<Visit | null>(null);
  const [sources, setSources] = useState<VisitSource[]>([]);
  const [draft, setDraft] = useState<DraftVersion | null>(null);
  const [record, setRecord] = useState<RecordVersion[] | null>(null);
  const [capabilities, setCapabilities] = useState<Capabilities | null>(null);
  const [focus, setFocus] = useState<Focus | null>(null);
  const [generating, setGenerating] = useState(false);
  const [genError, setGenError] = useState<unknown>(null);
  const [signing, setSigning] = useState(false);
  const [signNotice, setSignNotice] = useState<string | null>(null);
  // Dismissals come back with every draft (`review`); `pending` shows one at once, before the answer.
  const [pending, setPending] = useState<Dismissals>({});
  const dismissed = useMemo(() => ({ ...pending, ...reviewDismissals(draft) }), [pending, draft]);
  const saver = useDraftSaver(visitId, draft, setDraft);

  const refresh = useCallback(async () => {
    try {
      const { visit: v } = await getVisit(visitId);
      const [s, d, r] = await Promise.all([
        listSources(visitId),
        orNull(getDraft(visitId)),
        orNull(getRecord(visitId)),
      ]);
      setVisit(v);
      setSources(s.sources);
      setDraft(d?.draft ?? null);
      setRecord(r?.versions ?? null);
      setLoad({ state: 'ready' });
    } catch (err) {
      // Another department's visit, a patient, a visit that does not exist: all the same not-found.
      setLoad(notFound(err) ? { state: 'notFound' } : { state: 'error', error: err });
    }
  }, [visitId]);

  const refreshSources = useCallback(async () => {
    setSources((await listSources(visitId)).sources);
  }, [visitId]);

  const clinician = user.role === 'doctor' || user.role === 'nurse';
  useEffect(() => {
    if (!clinician) return;
    void refresh();
    getCapabilities().then(setCapabilities, () => setCapabilities({})); // absent endpoint: audio off
  }, [refresh, clinician]);

  const onFocus = useCallback((key: string, evidence: Evidence[]) => setFocus({ key, evidence }), []);
  const onDismiss = (key: string, reason: string) => setPending((d) => ({ ...d, [key]: reason }));
  // Stored against the version the doctor looked at; the answer locates every resolution anew.
  const onResolve = (r: ReviewResolution) => {
    if (!draft) return;
    resolveReviewItem(visitId, draft.version, r).then(
      ({ review }) => setDraft((d) => (d ? { ...d, review } : d)),
      () => undefined, // already resolved (409) or signed meanwhile: the next load shows the truth
    );
  };

  const regenerate = async () => {
    setGenerating(true);
    setGenError(null);
    try {
      setDraft((await generateDraft(visitId)).draft);
      setFocus(null);
    } catch (err) {
      setGenError(err);
    } finally {
      setGenerating(false);
    }
  };

  // Only clinicians have a workspace; for anyone else the visit simply does not exist here.
  if (user.role !== 'doctor' && user.role !== 'nurse') return <VisitNotFound />;
  if (load.state === 'loading') return <p className="loading">{t('app.loading')}</p>;
  if (load.state === 'notFound') return <VisitNotFound />;
  if (load.state === 'error' || !visit)
    return <ErrorMessage error={load.state === 'error' ? load.error : null} onRetry={() => void refresh()} />;

  const lng = i18n.language;
  const responsible = user.role === 'doctor' && visit.doctor?.id === user.id;
  const signed = record !== null && record.length > 0;
  const openConflicts = draft
    ? draft.draft.contradictions.filter((c) => isOpen(draft.draft, c.id)).length
    : 0;

  const signSlot =
    user.role !== 'doctor' ? null : (
      <span className="ws-sign">
        <button
          type="button"
          className="button button-primary"
          disabled={!responsible || saver.dirty}
          aria-describedby={responsible ? undefined : 'ws-sign-why'}
          onClick={() => setSigning(true)}
          data-testid="sign"
        >
          {t('workspace.sign.button')}
        </button>
        {!responsible && (
          <span id="ws-sign-why" className="hint">
            {t('workspace.sign.notResponsible')}
          </span>
        )}
      </span>
    );

  return (
    <section className="workspace" aria-labelledby="page-title">
      <header className="ws-header">
        <a
          href="/visits/today"
          className="ws-back"
          onClick={(e) => {
            e.preventDefault();
            navigate('/visits/today');
          }}
        >
          ← {t('workspace.back')}
        </a>
        <h1 id="page-title" data-testid="ws-patient">
          {visit.patient.name}
          <span className="visit-demographics">
            {' '}
            {t(`sex.${visit.patient.sex}`)}
            {visit.patient.age !== null && ` · ${t('visits.age', { age: visit.patient.age })}`}
          </span>
        </h1>
        <p className="ws-meta">
          {formatTime(visit.scheduledAt, lng)} · {departmentName(visit.department, lng)} ·{' '}
          {visit.doctor ? t('visits.doctor', { name: visit.doctor.displayName }) : t('visits.noDoctor')}
          {visit.reason && ` · ${visit.reason}`}
        </p>
        <span className={signed ? 'badge badge-finished' : 'badge badge-in-progress'} data-testid="ws-status">
          {signed
            ? t('workspace.status.signed')
            : draft
              ? t('workspace.status.draft')
              : t('workspace.status.noDraft')}
        </span>
      </header>
      {signNotice && (
        <p className="alert alert-info" role="alert" data-testid="sign-notice">
          {signNotice}
        </p>
      )}
      <div className="ws-grid">
        <SourcesPane
          visitId={visitId}
          sources={sources}
          draft={draft}
          focus={focus}
          onFocus={onFocus}
          capabilities={capabilities}
          canAdd={!signed}
          onAdded={() => void refresh()}
          onSourcesChanged={() => void refreshSources().catch(() => undefined)}
        />
        {signed ? (
          <SignedRecord
            visit={visit}
            versions={record}
            canAmend={responsible}
            totpEnabled={user.totpEnabled}
            onAmended={() => void refresh()}
          />
        ) : draft ? (
          <DraftPane
            draft={draft}
            saver={saver}
            focus={focus}
            onFocus={onFocus}
            dismissed={dismissed}
            onDismiss={onDismiss}
            onResolve={onResolve}
            signSlot={signSlot}
            onRegenerate={() => void regenerate()}
            regenerating={generating}
          />
        ) : (
          <div className="ws-pane ws-draft ws-empty">
            <h2>{t('workspace.draft.title')}</h2>
            <p className="muted">
              {sources.length ? t('workspace.draft.ready') : t('workspace.draft.needSources')}
            </p>
            <button
              type="button"
              className="button button-primary"
              onClick={() => void regenerate()}
              disabled={generating}
              data-testid="generate"
            >
              {generating ? t('workspace.draft.generating') : t('workspace.draft.generate')}
            </button>
            {genError !== null && <ErrorMessage error={genError} />}
          </div>
        )}
      </div>
      {signing && draft && (
        <SignDialog
          title={t('workspace.sign.title')}
          totpEnabled={user.totpEnabled}
          confirmLabel={t('workspace.sign.confirm', { version: draft.version })}
          onClose={() => setSigning(false)}
          action={async () => {
            try {
              await signVisit(visitId, draft.version);
            } catch (err) {
              if (isApiError(err) && err.status === 409) {
                // Someone saved or signed meanwhile: show what is current now, and say why.
                setSigning(false);
                setSignNotice(t('workspace.sign.stale'));
                await refresh();
                return null;
              }
              if (isApiError(err) && err.status === 403) return t('workspace.sign.notResponsible');
              return t('errors.generic');
            }
            setSigning(false);
            setSignNotice(null);
            await refresh();
            return null;
          }}
        >
          <p>{t('workspace.sign.text', { version: draft.version })}</p>
          {openConflicts > 0 && (
            <p className="alert alert-info" data-testid="sign-open-conflicts">
              {t('workspace.sign.openConflicts', { count: openConflicts })}
            </p>
          )}
        </SignDialog>
      )}
    </section>
  );
}

function VisitNotFound() {
  const { t } = useTranslation();
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{t('workspace.notFound.title')}</h1>
      <p className="empty" data-testid="visit-not-found">
        {t('workspace.notFound.text')}
      </p>
    </section>
  );
}
