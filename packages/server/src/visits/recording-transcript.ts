import type { TranscriptTurn } from '../adapters/asr/index.ts';

/** One transcribed piece of a recording, as kept in the transcript source (no audio is stored). */
export interface RecordingChunk {
  seq: number;
  /** Where the chunk starts in the recording; its turns' tStartMs are offset by it. */
  offsetMs: number;
  /** How many turns of `turns` came from this chunk (chunks are kept in seq order). */
  turns: number;
  bytes: number;
  /** Of the audio bytes: the same seq sent again with other audio is a conflict, not a retry. */
  sha256: string;
}

/**
 * A transcript source fed by one recording session. `format` + `turns` are what every transcript
 * source has (loadRawSources reads `turns`), so the draft pipeline needs nothing new.
 */
export interface RecordingTranscript {
  format: 'json';
  turns: TranscriptTurn[];
  recording: { session: string; chunks: RecordingChunk[] };
}

export type AddChunkResult =
  | { kind: 'added'; content: RecordingTranscript; turns: TranscriptTurn[] }
  | { kind: 'duplicate'; turns: TranscriptTurn[] }
  | { kind: 'conflict' };

export function isRecordingTranscript(c: unknown): c is RecordingTranscript {
  const r = (c as { recording?: { session?: unknown; chunks?: unknown } } | null)?.recording;
  return (
    typeof r?.session === 'string' &&
    Array.isArray(r.chunks) &&
    Array.isArray((c as RecordingTranscript).turns)
  );
}

/** The turns a stored chunk contributed, for answering a retried upload the same way. */
function chunkTurns(content: RecordingTranscript, seq: number): TranscriptTurn[] {
  let start = 0;
  for (const c of content.recording.chunks) {
    if (c.seq === seq) return content.turns.slice(start, start + c.turns);
    start += c.turns;
  }
  return [];
}

/** Whether this seq is already stored, and with the same audio (a retry) or other audio (a conflict). */
export function storedChunk(
  content: RecordingTranscript | null,
  seq: number,
  sha256: string,
): AddChunkResult | null {
  const found = content?.recording.chunks.find((c) => c.seq === seq);
  if (!content || !found) return null;
  return found.sha256 === sha256
    ? { kind: 'duplicate', turns: chunkTurns(content, seq) }
    : { kind: 'conflict' };
}

/**
 * Adds one chunk's turns (times relative to the chunk) to the recording's transcript. Chunks are
 * kept in seq order, so a chunk retried after a later one landed still goes in its place. Pure:
 * the stored content is not modified.
 */
export function addChunk(
  content: RecordingTranscript | null,
  session: string,
  chunk: Omit<RecordingChunk, 'turns'>,
  turns: readonly TranscriptTurn[],
): AddChunkResult {
  const stored = storedChunk(content, chunk.seq, chunk.sha256);
  if (stored) return stored;
  const base: RecordingTranscript = content ?? {
    format: 'json',
    turns: [],
    recording: { session, chunks: [] },
  };
  const shifted = turns.map((t) => ({ ...t, tStartMs: t.tStartMs + chunk.offsetMs }));
  let at = 0;
  let position = 0;
  for (const c of base.recording.chunks) {
    if (c.seq > chunk.seq) break;
    at += c.turns;
    position++;
  }
  const chunks = [...base.recording.chunks];
  chunks.splice(position, 0, { ...chunk, turns: shifted.length });
  const all = [...base.turns];
  all.splice(at, 0, ...shifted);
  return {
    kind: 'added',
    content: { format: 'json', turns: all, recording: { session, chunks } },
    turns: shifted,
  };
}
