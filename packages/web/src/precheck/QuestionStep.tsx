import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { pick } from './bilingual.ts';
import type { AnswerValue, QuestionView, StoredAnswer } from './precheck-types.ts';

interface Props {
  question: QuestionView;
  previous: StoredAnswer | undefined;
  busy: boolean;
  canGoBack: boolean;
  onAnswer: (value: AnswerValue) => void;
  onBack: () => void;
}

const SCALE = Array.from({ length: 11 }, (_, i) => i);

/**
 * One question per screen. Taps answer at once for yes/no, single choice and the 0–10 scale; typed
 * answers have a Next button. "Not sure" and typed text go to the server as said, which flags what
 * it cannot understand instead of guessing.
 */
export function QuestionStep({ question: q, previous, busy, canGoBack, onAnswer, onBack }: Props) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const heading = useRef<HTMLHeadingElement>(null);
  const prevValue = previous?.value;
  const [text, setText] = useState(
    () =>
      previous?.raw ??
      (typeof prevValue === 'string' || typeof prevValue === 'number' ? String(prevValue) : ''),
  );
  const [multi, setMulti] = useState<string[]>(() => (Array.isArray(prevValue) ? prevValue : []));

  // A new question: move focus to it so a screen reader reads it, and keyboard users start there.
  useEffect(() => heading.current?.focus(), [q.linkId]);

  const submitTyped = (e: FormEvent) => {
    e.preventDefault();
    if (q.type === 'multi') onAnswer(multi);
    else if (q.type === 'integer' && /^\s*-?\d+(\.\d+)?\s*$/.test(text)) onAnswer(Number(text));
    else onAnswer(text.trim() === '' ? null : text);
  };
  const hintId = `pc-hint-${q.linkId}`;
  const hint =
    q.type === 'duration'
      ? t('precheck.durationHint')
      : q.type === 'multi'
        ? t('precheck.multiHint')
        : q.type === 'integer'
          ? t('precheck.numberHint', { min: q.min ?? 0, max: q.max ?? 999 })
          : q.type === 'text'
            ? t('precheck.textHint')
            : null;

  const tapButton = (label: string, value: AnswerValue, selected: boolean, key: string) => (
    <button
      key={key}
      type="button"
      className={`pc-choice${selected ? ' pc-selected' : ''}`}
      aria-pressed={selected}
      disabled={busy}
      onClick={() => onAnswer(value)}
    >
      {label}
    </button>
  );

  return (
    <form
      className="pc-step"
      onSubmit={submitTyped}
      noValidate
      data-testid="question"
      data-link-id={q.linkId}
    >
      <h2 className="pc-question" id={`pc-q-${q.linkId}`} tabIndex={-1} ref={heading}>
        {pick(q.text, lng)}
      </h2>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {previous?.flags?.length ? (
        <p className="pc-flag" role="note">
          {t('precheck.flagged')}
        </p>
      ) : null}

      {q.type === 'boolean' && (
        <div className="pc-choices" role="group" aria-labelledby={`pc-q-${q.linkId}`}>
          {tapButton(t('precheck.yes'), true, prevValue === true, 'yes')}
          {tapButton(t('precheck.no'), false, prevValue === false, 'no')}
          {tapButton(t('precheck.notSure'), '不确定', false, 'unsure')}
        </div>
      )}
      {q.type === 'choice' && (
        <div className="pc-choices" role="group" aria-labelledby={`pc-q-${q.linkId}`}>
          {q.options?.map((o) => tapButton(pick(o.text, lng), o.code, prevValue === o.code, o.code))}
        </div>
      )}
      {q.type === 'scale' && (
        <>
          <div className="pc-scale" role="group" aria-labelledby={`pc-q-${q.linkId}`}>
            {SCALE.map((n) => tapButton(String(n), n, prevValue === n, String(n)))}
          </div>
          <p className="pc-scale-legend hint">
            <span>{t('precheck.scaleMin')}</span>
            <span>{t('precheck.scaleMax')}</span>
          </p>
        </>
      )}
      {q.type === 'multi' && (
        <fieldset className="pc-fieldset" aria-describedby={hint ? hintId : undefined}>
          <legend className="visually-hidden">{pick(q.text, lng)}</legend>
          {q.options?.map((o) => (
            <label key={o.code} className="pc-option">
              <input
                type="checkbox"
                value={o.code}
                checked={multi.includes(o.code)}
                onChange={(e) =>
                  setMulti((m) => (e.target.checked ? [...m, o.code] : m.filter((c) => c !== o.code)))
                }
              />
              <span>{pick(o.text, lng)}</span>
            </label>
          ))}
        </fieldset>
      )}
      {(q.type === 'integer' || q.type === 'duration') && (
        <input
          className="pc-input"
          name="answer"
          aria-labelledby={`pc-q-${q.linkId}`}
          aria-describedby={hint ? hintId : undefined}
          inputMode={q.type === 'integer' ? 'numeric' : 'text'}
          autoComplete="off"
          maxLength={200}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      )}
      {q.type === 'text' && (
        <textarea
          className="pc-textarea"
          name="answer"
          rows={4}
          aria-labelledby={`pc-q-${q.linkId}`}
          aria-describedby={hint ? hintId : undefined}
          maxLength={5000}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      )}
      {(q.type === 'multi' || q.type === 'integer' || q.type === 'duration' || q.type === 'text') && (
        <button type="submit" className="button button-primary button-block pc-big" disabled={busy}>
          {busy ? t('precheck.saving') : t('precheck.next')}
        </button>
      )}
      <div className="pc-nav">
        {canGoBack && (
          <button type="button" className="button button-ghost" onClick={onBack} disabled={busy}>
            {t('precheck.back')}
          </button>
        )}
        <button type="button" className="button button-ghost" onClick={() => onAnswer(null)} disabled={busy}>
          {t('precheck.skip')}
        </button>
      </div>
    </form>
  );
}
