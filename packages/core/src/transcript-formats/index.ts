export { parseSubtitles, type TimedTurn } from './parse-subtitles.ts';
