import type { Bilingual } from './precheck-types.ts';

/** Question texts come from the server in both languages; the UI language picks one. */
export const pick = (b: Bilingual, lng: string): string => (lng.startsWith('zh') ? b.zh : b.en);
export const langOf = (lng: string): 'zh' | 'en' => (lng.startsWith('zh') ? 'zh' : 'en');
