import { describe, expect, it } from 'vitest';
import {
  addChunk,
  isRecordingTranscript,
  storedChunk,
  type RecordingTranscript,
} from './recording-transcript.ts';

const S = '8d7f3c2e-2b7a-4c55-9a51-1f0c0f3f9a10';
const turn = (text: string, tStartMs: number) => ({ speaker: 'unknown' as const, text, tStartMs });
const chunk = (seq: number, offsetMs: number, sha256 = `h${seq}`) => ({ seq, offsetMs, bytes: 10, sha256 });

function added(r: ReturnType<typeof addChunk>): RecordingTranscript {
  if (r.kind !== 'added') throw new Error(`expected added, got ${r.kind}`);
  return r.content;
}

describe('addChunk', () => {
  it('starts a transcript and offsets each turn by the chunk start', () => {
    const c = added(addChunk(null, S, chunk(0, 0), [turn('你好', 0), turn('头痛三天', 1500)]));
    const d = added(addChunk(c, S, chunk(1, 15_000), [turn('还发烧', 2000)]));
    expect(d.turns.map((t) => [t.text, t.tStartMs])).toEqual([
      ['你好', 0],
      ['头痛三天', 1500],
      ['还发烧', 17_000],
    ]);
    expect(d.recording).toEqual({
      session: S,
      chunks: [
        { ...chunk(0, 0), turns: 2 },
        { ...chunk(1, 15_000), turns: 1 },
      ],
    });
    expect(isRecordingTranscript(d)).toBe(true);
    expect(c.turns).toHaveLength(2); // the earlier content is not modified
  });

  it('puts a late chunk in seq order', () => {
    let c = added(addChunk(null, S, chunk(0, 0), [turn('a', 0)]));
    c = added(addChunk(c, S, chunk(2, 30_000), [turn('c', 0)]));
    c = added(addChunk(c, S, chunk(1, 15_000), [turn('b1', 0), turn('b2', 100)]));
    expect(c.turns.map((t) => t.text)).toEqual(['a', 'b1', 'b2', 'c']);
    expect(c.recording.chunks.map((x) => x.seq)).toEqual([0, 1, 2]);
  });

  it('answers a retry with the stored turns, and refuses other audio under the same seq', () => {
    let c = added(addChunk(null, S, chunk(0, 0), [turn('a', 0)]));
    c = added(addChunk(c, S, chunk(1, 15_000), [turn('b', 10)]));
    expect(addChunk(c, S, chunk(1, 15_000), [turn('different', 0)])).toEqual({
      kind: 'duplicate',
      turns: [turn('b', 15_010)],
    });
    expect(storedChunk(c, 1, 'other')).toEqual({ kind: 'conflict' });
    expect(storedChunk(c, 7, 'h7')).toBeNull();
    expect(storedChunk(null, 0, 'h0')).toBeNull();
  });

  it('keeps a silent chunk (no turns), so its retry is still recognised', () => {
    const c = added(addChunk(null, S, chunk(0, 0), []));
    expect(c.turns).toEqual([]);
    expect(storedChunk(c, 0, 'h0')).toEqual({ kind: 'duplicate', turns: [] });
  });

  it('recognises only recording transcripts', () => {
    expect(isRecordingTranscript({ format: 'text', text: 'x' })).toBe(false);
    expect(isRecordingTranscript(null)).toBe(false);
  });
});
