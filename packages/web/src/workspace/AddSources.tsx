import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error.ts';
import { AudioRecorder } from './AudioRecorder.tsx';
import { addSource, uploadLabPhoto } from './workspace-api.ts';
import type { Capabilities, TranscriptFormat } from './workspace-types.ts';

type Mode = 'closed' | 'paste';
type Notice = { kind: 'ok' | 'error'; text: string } | null;

const FORMAT_BY_EXT: Record<string, TranscriptFormat> = { txt: 'text', json: 'json', vtt: 'vtt', srt: 'srt' };
const LAB_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'];

/** Paste or type a transcript; upload a transcript file, a lab photo, an EMR bundle; audio when an engine exists. */
export function AddSources({
  visitId,
  capabilities,
  onAdded,
  onTranscribed = onAdded,
}: {
  visitId: string;
  capabilities: Capabilities | null;
  onAdded: () => void;
  /** After each transcribed chunk of a recording. */
  onTranscribed?: () => void;
}) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>('closed');
  const [format, setFormat] = useState<TranscriptFormat>('text');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const asrOn = capabilities?.asr?.enabled === true;

  const failure = (err: unknown): string => {
    if (err instanceof Error && err.message === 'json') return t('workspace.add.invalidJson');
    if (isApiError(err)) {
      const issue = (m: string) => err.issues.some((i) => i.message === m);
      if (issue('no_lab_table_found')) return t('workspace.add.noLabTable');
      if (issue('pdf_password_protected')) return t('workspace.add.pdfPassword');
      if (issue('pdf_unreadable')) return t('workspace.add.pdfUnreadable');
      if (issue('pdf_too_many_pages')) return t('workspace.add.pdfTooManyPages');
      if (err.code === 'unsupported_media_type') return t('workspace.add.wrongType');
      if (err.code === 'unavailable') return t('workspace.add.ocrOff');
      if (err.status === 413) return t('workspace.add.tooLarge');
      if (err.code === 'validation') return t('workspace.add.invalid');
    }
    return t('errors.generic');
  };

  const run = async (what: string, job: () => Promise<string>) => {
    setBusy(what);
    setNotice(null);
    try {
      setNotice({ kind: 'ok', text: await job() });
      onAdded();
    } catch (err) {
      setNotice({ kind: 'error', text: failure(err) });
    } finally {
      setBusy(null);
    }
  };

  const submitPaste = () =>
    run('paste', async () => {
      await addSource(visitId, { kind: 'transcript', format, content: text });
      setText('');
      setMode('closed');
      return t('workspace.add.addedTranscript');
    });

  const onTranscriptFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const fmt = FORMAT_BY_EXT[file.name.split('.').pop()?.toLowerCase() ?? ''];
    if (!fmt) {
      setNotice({ kind: 'error', text: t('workspace.add.unknownFormat') });
      return;
    }
    void run('file', async () => {
      await addSource(visitId, { kind: 'transcript', format: fmt, content: await file.text() });
      return t('workspace.add.addedTranscript');
    });
  };

  const onLabFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    // Some systems give a PDF no type; the server checks the bytes either way.
    const type = file.type || (/\.pdf$/i.test(file.name) ? 'application/pdf' : '');
    if (!LAB_TYPES.includes(type)) {
      setNotice({ kind: 'error', text: t('workspace.add.wrongType') });
      return;
    }
    void run('lab', async () => {
      const r = await uploadLabPhoto(visitId, type === file.type ? file : new Blob([file], { type }));
      return t('workspace.add.addedLab', { count: r.observations.length });
    });
  };

  const onEmrFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    void run('emr', async () => {
      let bundle: unknown;
      try {
        bundle = JSON.parse(await file.text());
      } catch {
        throw new Error('json');
      }
      if (typeof bundle !== 'object' || bundle === null || Array.isArray(bundle)) throw new Error('json');
      await addSource(visitId, { kind: 'emr', bundle: bundle as Record<string, unknown> });
      return t('workspace.add.addedEmr');
    });
  };

  return (
    <section className="ws-add" aria-labelledby="ws-add-title">
      <h3 id="ws-add-title" className="visually-hidden">
        {t('workspace.add.title')}
      </h3>
      <div className="ws-add-buttons">
        <button
          type="button"
          className="button button-secondary button-small"
          aria-expanded={mode === 'paste'}
          onClick={() => setMode(mode === 'paste' ? 'closed' : 'paste')}
          data-testid="add-paste"
        >
          {t('workspace.add.paste')}
        </button>
        <FileButton
          label={t('workspace.add.transcriptFile')}
          accept=".txt,.json,.vtt,.srt"
          onChange={onTranscriptFile}
          testId="add-transcript-file"
        />
        <FileButton
          label={t('workspace.add.labPhoto')}
          accept="image/jpeg,image/png,image/webp,application/pdf,.pdf"
          onChange={onLabFile}
          testId="add-lab"
        />
        <FileButton
          label={t('workspace.add.emr')}
          accept=".json,application/json,application/fhir+json"
          onChange={onEmrFile}
          testId="add-emr"
        />
        {asrOn ? (
          <AudioRecorder visitId={visitId} onTranscribed={onTranscribed} />
        ) : (
          <button
            type="button"
            className="button button-secondary button-small"
            disabled
            aria-describedby="ws-audio-why"
            data-testid="add-audio"
          >
            {t('workspace.add.audio')}
          </button>
        )}
      </div>
      {!asrOn && (
        <p id="ws-audio-why" className="hint" data-testid="audio-off">
          {t('workspace.add.audioOff')}
        </p>
      )}
      {mode === 'paste' && (
        <form
          className="ws-paste"
          onSubmit={(e) => {
            e.preventDefault();
            void submitPaste();
          }}
        >
          <label htmlFor="ws-paste-text">{t('workspace.add.pasteLabel')}</label>
          <textarea
            id="ws-paste-text"
            rows={8}
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={t('workspace.add.pasteHint')}
            data-testid="paste-text"
          />
          <div className="ws-row">
            <label htmlFor="ws-paste-format">{t('workspace.add.format')}</label>
            <select
              id="ws-paste-format"
              value={format}
              onChange={(e) => setFormat(e.target.value as TranscriptFormat)}
            >
              <option value="text">{t('workspace.add.formatText')}</option>
              <option value="json">JSON</option>
              <option value="vtt">WebVTT</option>
              <option value="srt">SRT</option>
            </select>
            <button
              type="submit"
              className="button button-primary button-small"
              disabled={!text.trim() || busy !== null}
              data-testid="paste-submit"
            >
              {busy === 'paste' ? t('workspace.add.adding') : t('workspace.add.submit')}
            </button>
          </div>
        </form>
      )}
      {busy && busy !== 'paste' && (
        <p className="hint" role="status">
          {busy === 'lab' ? t('workspace.add.reading') : t('workspace.add.adding')}
        </p>
      )}
      {notice && (
        <p
          className={notice.kind === 'ok' ? 'status-line' : 'alert alert-error'}
          role={notice.kind === 'ok' ? 'status' : 'alert'}
          data-testid={notice.kind === 'ok' ? 'add-ok' : 'add-error'}
        >
          {notice.text}
        </p>
      )}
    </section>
  );
}

/** A button that opens the file picker (a styled label around a file input). */
function FileButton(props: {
  label: string;
  accept: string;
  onChange: (e: React.ChangeEvent<HTMLInputElement>) => void;
  testId: string;
}) {
  return (
    <label className="button button-secondary button-small ws-file">
      {props.label}
      <input type="file" accept={props.accept} onChange={props.onChange} data-testid={props.testId} />
    </label>
  );
}
