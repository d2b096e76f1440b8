import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error.ts';
import {
  createChunkUploader,
  newSessionId,
  pickAudioType,
  startChunkedRecording,
  type RecorderLike,
  type UploadState,
} from './chunked-recording.ts';
import { uploadAudioChunk } from './workspace-api.ts';

type Phase = 'idle' | 'starting' | 'recording' | 'finishing';

/**
 * The record button when a speech engine is configured: records the visit with MediaRecorder and
 * sends a chunk every ~15 s; each transcribed chunk refreshes the dialogue on the left.
 */
export function AudioRecorder({ visitId, onTranscribed }: { visitId: string; onTranscribed: () => void }) {
  const { t } = useTranslation();
  const [phase, setPhase] = useState<Phase>('idle');
  const [upload, setUpload] = useState<UploadState | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [startedAt, setStartedAt] = useState(0);
  const [elapsed, setElapsed] = useState(0);
  const stopRef = useRef<(() => Promise<void>) | null>(null);
  const transcribed = useRef(onTranscribed);
  transcribed.current = onTranscribed;

  // Leaving the page ends the recording and releases the microphone.
  useEffect(() => () => void stopRef.current?.(), []);
  useEffect(() => {
    if (phase !== 'recording') return;
    const timer = setInterval(() => setElapsed(Date.now() - startedAt), 1000);
    return () => clearInterval(timer);
  }, [phase, startedAt]);

  const uploadProblem = (err: unknown): string => {
    if (!isApiError(err)) return t('errors.generic');
    if (err.code === 'unavailable') return t('workspace.recorder.asrFailed');
    if (err.code === 'unsupported_media_type') return t('workspace.recorder.wrongType');
    if (err.status === 413) return t('workspace.recorder.tooLarge');
    if (err.status === 0) return t('workspace.recorder.network');
    return t('errors.generic');
  };

  const start = async () => {
    setProblem(null);
    const type =
      typeof MediaRecorder === 'undefined' ? null : pickAudioType((x) => MediaRecorder.isTypeSupported(x));
    if (!navigator.mediaDevices?.getUserMedia || !type) {
      setProblem(t('workspace.recorder.unsupported')); // also: plain http, where browsers hide the microphone
      return;
    }
    setPhase('starting');
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch {
      setPhase('idle');
      setProblem(t('workspace.recorder.denied'));
      return;
    }
    const session = newSessionId();
    const uploader = createChunkUploader({
      send: async (chunk) => {
        await uploadAudioChunk(visitId, { session, ...chunk });
        transcribed.current();
      },
      onState: (s) => {
        setUpload(s);
        if (s.failed > 0) setProblem(uploadProblem(s.lastError));
      },
    });
    const recording = startChunkedRecording({
      makeRecorder: () => recorderOf(new MediaRecorder(stream, { mimeType: type })),
      mimeType: type,
      onChunk: (chunk) => uploader.add(chunk),
    });
    stopRef.current = async () => {
      stopRef.current = null;
      setPhase('finishing');
      await recording.stop(); // hands over the last chunk
      stream.getTracks().forEach((track) => track.stop());
      await uploader.idle();
      setPhase('idle');
    };
    setUpload({ pending: 0, sent: 0, failed: 0, lastError: null });
    setStartedAt(Date.now());
    setElapsed(0);
    setPhase('recording');
  };

  const recording = phase === 'recording';
  const mmss = `${String(Math.floor(elapsed / 60_000)).padStart(2, '0')}:${String(Math.floor(elapsed / 1000) % 60).padStart(2, '0')}`;
  return (
    <>
      <button
        type="button"
        className={`button button-small ${recording ? 'button-primary' : 'button-secondary'}`}
        aria-pressed={recording}
        disabled={phase === 'starting' || phase === 'finishing'}
        onClick={() => (recording ? void stopRef.current?.() : void start())}
        data-testid="add-audio"
      >
        {recording ? t('workspace.recorder.stop', { time: mmss }) : t('workspace.recorder.start')}
      </button>
      {(phase !== 'idle' || upload) && (
        <span className="hint" role="status" data-testid="recorder-status">
          {phase === 'finishing'
            ? t('workspace.recorder.finishing')
            : t('workspace.recorder.progress', { sent: upload?.sent ?? 0, pending: upload?.pending ?? 0 })}
        </span>
      )}
      {problem && (
        <span className="alert alert-error" role="alert" data-testid="recorder-error">
          {problem}
        </span>
      )}
    </>
  );
}

/** MediaRecorder as chunked-recording.ts sees it. */
function recorderOf(r: MediaRecorder): RecorderLike {
  const like: RecorderLike = {
    get mimeType() {
      return r.mimeType;
    },
    ondataavailable: null,
    onstop: null,
    start: () => r.start(),
    stop: () => r.stop(),
  };
  r.ondataavailable = (e) => like.ondataavailable?.(e);
  r.onstop = () => like.onstop?.();
  return like;
}
