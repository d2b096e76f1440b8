/**
 * Audio uploads (security.md DATA-09): the declared type must name a format we accept and the
 * bytes must start like that format, so a renamed file (an executable, a PDF) is refused before
 * it reaches the speech engine. Families, not exact types: browsers and engines spell them
 * differently (audio/x-wav, audio/wave; audio/m4a, audio/x-m4a, audio/mp4).
 */
export type AudioFamily = 'wav' | 'webm' | 'ogg' | 'mp3' | 'mp4';

const FAMILY_BY_TYPE: Record<string, AudioFamily> = {
  'audio/wav': 'wav',
  'audio/wave': 'wav',
  'audio/x-wav': 'wav',
  'audio/vnd.wave': 'wav',
  'audio/webm': 'webm',
  'audio/ogg': 'ogg',
  'audio/opus': 'ogg',
  'audio/mpeg': 'mp3',
  'audio/mp3': 'mp3',
  'audio/mp4': 'mp4',
  'audio/m4a': 'mp4',
  'audio/x-m4a': 'mp4',
};

/** The file extension the engine sees (some engines pick the decoder by name). */
export const AUDIO_EXTENSION: Record<AudioFamily, string> = {
  wav: 'wav',
  webm: 'webm',
  ogg: 'ogg',
  mp3: 'mp3',
  mp4: 'm4a',
};

/** `audio/webm;codecs=opus` → 'webm'; unknown or non-audio types → null. */
export function declaredAudioFamily(contentType: string | undefined): AudioFamily | null {
  const base = String(contentType ?? '')
    .split(';')[0]!
    .trim()
    .toLowerCase();
  return FAMILY_BY_TYPE[base] ?? null;
}

const ascii = (b: Buffer, start: number, end: number) =>
  b.length >= end ? b.toString('latin1', start, end) : '';

/** What the first bytes say the file is. */
export function sniffAudio(b: Buffer): AudioFamily | null {
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WAVE') return 'wav';
  // EBML header: WebM (what MediaRecorder makes in Chromium and Firefox) is a Matroska profile.
  if (b.length >= 4 && b[0] === 0x1a && b[1] === 0x45 && b[2] === 0xdf && b[3] === 0xa3) return 'webm';
  if (ascii(b, 0, 4) === 'OggS') return 'ogg';
  if (ascii(b, 4, 8) === 'ftyp') return 'mp4'; // ISO base media: m4a, and Safari's MediaRecorder mp4
  if (ascii(b, 0, 3) === 'ID3') return 'mp3';
  // A bare MPEG audio frame: 11 sync bits, a defined version and layer III/II/I.
  if (
    b.length >= 4 &&
    b[0] === 0xff &&
    (b[1]! & 0xe0) === 0xe0 &&
    (b[1]! & 0x18) !== 0x08 &&
    (b[1]! & 0x06) !== 0
  )
    return 'mp3';
  return null;
}
