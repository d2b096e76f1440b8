import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { formatDateTime } from '../common/format.ts';
import { langOf } from './bilingual.ts';
import { ComplaintStep } from './ComplaintStep.tsx';
import { EmergencyAlert } from './EmergencyAlert.tsx';
import { answerPrecheck, finishPrecheck, getPrecheck, startPrecheck } from './precheck-api.ts';
import type { AnswerValue, PrecheckState } from './precheck-types.ts';
import { QuestionStep } from './QuestionStep.tsx';
import { TriageResultView } from './TriageResultView.tsx';

type Load =
  { state: 'loading' } | { state: 'invalid' } | { state: 'error'; error: unknown } | { state: 'ready' };

/**
 * One patient's pre-consultation. All answers live on the server, so closing the page and opening
 * the link again resumes at the next unanswered question.
 */
export function PrecheckPage({ token }: { token: string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [s, setS] = useState<PrecheckState | null>(null);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  // Which answered question the patient went back to (null: the next unanswered one).
  const [viewing, setViewing] = useState<string | null>(null);
  const [editComplaint, setEditComplaint] = useState(false);
  const [alertSeen, setAlertSeen] = useState(false);

  const reload = useCallback(() => {
    setLoad({ state: 'loading' });
    getPrecheck(token).then(
      (st) => {
        setS(st);
        setLoad({ state: 'ready' });
      },
      (error: unknown) =>
        setLoad(isApiError(error) && error.status === 404 ? { state: 'invalid' } : { state: 'error', error }),
    );
  }, [token]);
  useEffect(reload, [reload]);

  const act = async (run: () => Promise<PrecheckState>) => {
    setBusy(true);
    setActionError(null);
    try {
      const next = await run();
      setS(next);
      setViewing(null);
      setEditComplaint(false);
      window.scrollTo(0, 0);
    } catch (error) {
      if (isApiError(error) && error.status === 404) setLoad({ state: 'invalid' });
      else setActionError(error);
    } finally {
      setBusy(false);
    }
  };

  if (load.state === 'loading')
    return (
      <p className="loading" role="status">
        {t('app.loading')}
      </p>
    );
  if (load.state === 'invalid')
    return (
      <p className="alert alert-error" role="alert" data-testid="precheck-invalid">
        {t('precheck.invalidLink')}
      </p>
    );
  if (load.state === 'error' || !s)
    return <ErrorMessage error={load.state === 'error' ? load.error : null} onRetry={reload} />;

  const dept = lng.startsWith('zh') ? s.visit.department.nameZh : s.visit.department.nameEn;
  const header = (
    <header className="pc-header">
      <h1 id="page-title">{t('precheck.title')}</h1>
      <p className="page-subtitle">
        {t('precheck.visitAt', { department: dept, time: formatDateTime(s.visit.scheduledAt, lng) })}
      </p>
    </header>
  );

  if (s.status === 'finished' && s.result)
    return (
      <>
        {header}
        <TriageResultView triage={s.result} />
      </>
    );

  const progress = s.next?.progress ?? s.progress;
  const answeredIds = s.answered.map((a) => a.question.linkId);
  const viewingItem = viewing ? s.answered.find((a) => a.question.linkId === viewing) : undefined;
  const question = viewingItem?.question ?? s.next?.question ?? null;
  const position = viewing ? answeredIds.indexOf(viewing) : answeredIds.length;
  const goBack = () => {
    if (position > 0) setViewing(answeredIds[position - 1]!);
    else setEditComplaint(true);
  };
  const showComplaint = !s.chiefComplaint || editComplaint;

  return (
    <>
      {header}
      {s.alert && !alertSeen && <EmergencyAlert triage={s.alert} onContinue={() => setAlertSeen(true)} />}
      {s.alert && alertSeen && <EmergencyAlert triage={s.alert} />}
      {!s.chiefComplaint && (
        <p className="pc-intro">
          {s.child || s.respondent === 'guardian' ? t('precheck.introGuardian') : t('precheck.intro')}
        </p>
      )}
      {progress && !showComplaint && (
        <div className="pc-progress">
          <div
            className="pc-progress-bar"
            role="progressbar"
            aria-label={t('precheck.progressLabel')}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={progress.percent}
            aria-valuetext={t('precheck.progress', { answered: progress.answered, total: progress.total })}
          >
            <span style={{ width: `${progress.percent}%` }} />
          </div>
          <p className="hint" data-testid="progress">
            {t('precheck.progress', { answered: progress.answered, total: progress.total })}
          </p>
        </div>
      )}
      {actionError !== null && <ErrorMessage error={actionError} />}
      {showComplaint ? (
        <ComplaintStep
          initialRespondent={s.respondent === 'guardian' || s.child ? 'guardian' : 'self'}
          initialText={s.chiefComplaint ?? ''}
          busy={busy}
          onSubmit={(v) => void act(() => startPrecheck(token, v))}
        />
      ) : question ? (
        <QuestionStep
          key={question.linkId}
          question={question}
          previous={viewingItem?.answer}
          busy={busy}
          canGoBack
          onBack={goBack}
          onAnswer={(value: AnswerValue) => void act(() => answerPrecheck(token, question.linkId, value))}
        />
      ) : (
        <section className="pc-step" aria-labelledby="pc-review-title">
          <h2 id="pc-review-title" className="pc-question" tabIndex={-1}>
            {t('precheck.review.title')}
          </h2>
          <p>{t('precheck.review.text')}</p>
          <button
            type="button"
            className="button button-primary button-block pc-big"
            disabled={busy}
            data-testid="finish"
            onClick={() => void act(() => finishPrecheck(token, langOf(lng)))}
          >
            {busy ? t('precheck.review.submitting') : t('precheck.review.submit')}
          </button>
          <div className="pc-nav">
            <button type="button" className="button button-ghost" onClick={goBack} disabled={busy}>
              {t('precheck.back')}
            </button>
          </div>
        </section>
      )}
      {s.chiefComplaint && question && !showComplaint && (
        <button
          type="button"
          className="button button-ghost pc-finish-early"
          disabled={busy}
          onClick={() => void act(() => finishPrecheck(token, langOf(lng)))}
        >
          {t('precheck.finishEarly')}
        </button>
      )}
      <p className="fine-print">
        {t('precheck.privacy')} {t('precheck.expires', { time: formatDateTime(s.expiresAt, lng) })}
      </p>
    </>
  );
}
