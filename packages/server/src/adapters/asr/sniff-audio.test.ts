import { describe, expect, it } from 'vitest';
import { declaredAudioFamily, sniffAudio } from './sniff-audio.ts';

const head = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('sniffAudio', () => {
  it.each([
    ['wav', head('RIFF', [0, 0, 0, 0], 'WAVEfmt ')],
    ['webm', head([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81])],
    ['ogg', head('OggS', [0, 2, 0, 0])],
    ['mp4', head([0, 0, 0, 0x20], 'ftypM4A ')],
    ['mp3', head('ID3', [4, 0, 0, 0])],
    ['mp3', head([0xff, 0xfb, 0x90, 0x64])],
  ])('recognises %s', (family, bytes) => {
    expect(sniffAudio(bytes)).toBe(family);
  });

  it.each([
    ['a PNG', head([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
    ['a WebP (RIFF but not WAVE)', head('RIFF', [0, 0, 0, 0], 'WEBPVP8 ')],
    ['an executable', head('MZ', [0x90, 0, 3, 0, 0, 0])],
    ['a PDF', head('%PDF-1.7')],
    ['text', head('hello world')],
    ['too short', head('RIF')],
    ['an MPEG frame with a reserved version', head([0xff, 0xe8, 0, 0])],
  ])('refuses %s', (_, bytes) => {
    expect(sniffAudio(bytes)).toBeNull();
  });
});

describe('declaredAudioFamily', () => {
  it('maps the spellings browsers and engines use, ignoring parameters and case', () => {
    expect(declaredAudioFamily('audio/webm;codecs=opus')).toBe('webm');
    expect(declaredAudioFamily('Audio/X-WAV')).toBe('wav');
    expect(declaredAudioFamily('audio/x-m4a')).toBe('mp4');
    expect(declaredAudioFamily('audio/mpeg')).toBe('mp3');
    expect(declaredAudioFamily('audio/flac')).toBeNull();
    expect(declaredAudioFamily('video/webm')).toBeNull();
    expect(declaredAudioFamily(undefined)).toBeNull();
  });
});
