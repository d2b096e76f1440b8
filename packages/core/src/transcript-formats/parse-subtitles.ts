import { invalid } from '../errors/yizhu-error.ts';

/** A dialogue turn as the extractor's JSON input takes it. */
export interface TimedTurn {
  speaker: string;
  text: string;
  tStartMs?: number;
}

const TIME =
  /(?:(\d{1,2}):)?(\d{1,2}):(\d{2})[.,](\d{3})\s*-->\s*(?:(\d{1,2}):)?(\d{1,2}):(\d{2})[.,](\d{3})/;
const SPEAKER_PREFIX = /^\s*(?:\[([^\]]{1,20})\]|([^:：\s]{1,10})\s*[:：])\s*/;

const ms = (h: string | undefined, m: string, s: string, f: string) =>
  ((Number(h ?? 0) * 60 + Number(m)) * 60 + Number(s)) * 1000 + Number(f);

/**
 * WebVTT and SRT cues → turns with start times. The speaker comes from a VTT voice tag
 * (`<v 医生>`), or a `医生：` / `[doctor]` prefix in the cue text; otherwise it is unknown.
 * Markup inside cues is removed; it is data, never rendered.
 */
export function parseSubtitles(input: string): TimedTurn[] {
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const blocks = text.split(/\n{2,}/);
  const turns: TimedTurn[] = [];
  let sawCue = false;
  for (const block of blocks) {
    const lines = block.split('\n');
    const timeAt = lines.findIndex((l) => TIME.test(l));
    if (timeAt < 0) continue; // WEBVTT header, NOTE, STYLE, or an SRT index without a cue
    sawCue = true;
    const m = TIME.exec(lines[timeAt]!)!;
    let body = lines
      .slice(timeAt + 1)
      .join(' ')
      .trim();
    let speaker = 'unknown';
    const voice = /^<v(?:\.[^ >]*)?\s+([^>]{1,20})>/.exec(body);
    if (voice) {
      speaker = voice[1]!.trim();
      body = body.slice(voice[0].length);
    }
    body = body
      .replace(/<[^>]{0,100}>/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (speaker === 'unknown') {
      const p = SPEAKER_PREFIX.exec(body);
      if (p) {
        speaker = (p[1] ?? p[2]!).trim();
        body = body.slice(p[0].length);
      }
    }
    if (body) turns.push({ speaker, text: body, tStartMs: ms(m[1], m[2]!, m[3]!, m[4]!) });
  }
  if (!sawCue) throw invalid('no subtitle cues found (expected WebVTT or SRT timing lines)');
  return turns;
}
