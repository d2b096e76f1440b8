import type { DraftVersion, Turn, VisitSource } from './workspace-types.ts';

const SPEAKERS = new Set<Turn['speaker']>(['doctor', 'patient', 'family', 'unknown']);

/** A transcript source fed by a recording (server visits/recording-transcript.ts). */
export const isRecording = (content: Record<string, unknown>): boolean =>
  typeof (content.recording as { session?: unknown } | undefined)?.session === 'string' &&
  Array.isArray(content.turns);

/** The stored turns of a recording as the transcript view shows them (speaker roles as the engine gave). */
export function recordingTurns(content: Record<string, unknown>): Turn[] {
  return (content.turns as unknown[]).map((x, index) => {
    const o = (x ?? {}) as Record<string, unknown>;
    const speaker = SPEAKERS.has(o.speaker as Turn['speaker']) ? (o.speaker as Turn['speaker']) : 'unknown';
    return {
      index,
      speaker,
      text: typeof o.text === 'string' ? o.text : '',
      ...(typeof o.label === 'string' ? { label: o.label } : {}),
      ...(typeof o.tStartMs === 'number' ? { tStartMs: o.tStartMs } : {}),
    };
  });
}

/**
 * The turns to show for a transcript source: as the draft parsed them (evidence offsets refer to
 * those), except for a recording that has grown since the draft was made — then what is stored, so
 * the doctor sees the newest chunks at once. Null: not a recording, the caller decides.
 */
export function liveRecordingTurns(source: VisitSource, draft: DraftVersion | null): Turn[] | null {
  if (!isRecording(source.content)) return null;
  const parsed = draft?.turns[source.id];
  const stored = recordingTurns(source.content);
  return parsed && parsed.length === stored.length ? parsed : stored;
}
