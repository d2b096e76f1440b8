import { describe, expect, it } from 'vitest';
import { parseSubtitles } from './parse-subtitles.ts';

describe('parseSubtitles', () => {
  it('reads WebVTT with voice tags and times', () => {
    const vtt =
      'WEBVTT\n\nNOTE recorded in clinic\n\n00:00:01.500 --> 00:00:04.000\n<v 医生>哪里不舒服？\n\n00:04.200 --> 00:09.000\n<v.loud 患者>咳嗽<b>三天</b>了\n';
    expect(parseSubtitles(vtt)).toEqual([
      { speaker: '医生', text: '哪里不舒服？', tStartMs: 1500 },
      { speaker: '患者', text: '咳嗽三天了', tStartMs: 4200 },
    ]);
  });

  it('reads SRT with speaker prefixes, CRLF and a BOM', () => {
    const srt =
      '\uFEFF1\r\n00:00:01,000 --> 00:00:02,000\r\n医生：发烧吗？\r\n\r\n2\r\n00:01:02,250 --> 00:01:03,000\r\n[patient] no fever\r\nat all\r\n';
    expect(parseSubtitles(srt)).toEqual([
      { speaker: '医生', text: '发烧吗？', tStartMs: 1000 },
      { speaker: 'patient', text: 'no fever at all', tStartMs: 62250 },
    ]);
  });

  it('keeps an unlabelled cue as unknown speaker and refuses text without cues', () => {
    expect(parseSubtitles('00:00:00.000 --> 00:00:01.000\n嗯')[0]!.speaker).toBe('unknown');
    expect(() => parseSubtitles('医生：你好\n患者：你好')).toThrow(/no subtitle cues/);
    expect(() => parseSubtitles('')).toThrow();
  });
});
