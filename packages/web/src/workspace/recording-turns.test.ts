import { describe, expect, it } from 'vitest';
import { liveRecordingTurns, recordingTurns } from './recording-turns.ts';
import type { DraftVersion, Turn, VisitSource } from './workspace-types.ts';

const stored = [
  { speaker: 'doctor', text: '哪里不舒服？', tStartMs: 0, label: 'doctor' },
  { speaker: 'unknown', text: '头痛三天。', tStartMs: 2500, label: 'SPEAKER_01' },
  { speaker: 'bogus', text: '还发烧。', tStartMs: 16_000 },
];
const source = (content: Record<string, unknown>): VisitSource => ({
  id: 's1',
  kind: 'transcript',
  content,
  hasMedia: false,
  createdAt: '2026-11-22T02:00:00Z',
});
const recording = (turns: unknown[]) =>
  source({ format: 'json', turns, recording: { session: 'x', chunks: [] } });
const draftWith = (turns: Turn[]) => ({ turns: { s1: turns } }) as unknown as DraftVersion;

describe('liveRecordingTurns', () => {
  it('shows what is stored until a draft has parsed all of it', () => {
    const parsedTwo = recordingTurns({ turns: stored.slice(0, 2) });
    expect(liveRecordingTurns(recording(stored), draftWith(parsedTwo))!.map((t) => t.text)).toEqual([
      '哪里不舒服？',
      '头痛三天。',
      '还发烧。',
    ]);
    expect(liveRecordingTurns(recording(stored), null)).toHaveLength(3);
    const parsedAll = recordingTurns({ turns: stored }).map((t) => ({ ...t, text: `parsed ${t.text}` }));
    expect(liveRecordingTurns(recording(stored), draftWith(parsedAll))).toBe(parsedAll);
  });

  it('keeps speaker roles and engine labels; leaves other transcripts to the caller', () => {
    expect(recordingTurns({ turns: stored })).toEqual([
      { index: 0, speaker: 'doctor', text: '哪里不舒服？', tStartMs: 0, label: 'doctor' },
      { index: 1, speaker: 'unknown', text: '头痛三天。', tStartMs: 2500, label: 'SPEAKER_01' },
      { index: 2, speaker: 'unknown', text: '还发烧。', tStartMs: 16_000 },
    ]);
    expect(liveRecordingTurns(source({ format: 'text', text: '医生：你好' }), null)).toBeNull();
  });
});
