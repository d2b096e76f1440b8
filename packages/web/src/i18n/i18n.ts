import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json' with { type: 'json' };
import zhCN from './zh-CN.json' with { type: 'json' };

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

// Only the language choice is stored on the device — never anything about patients or sessions.
const STORAGE_KEY = 'yizhu.lang';
const DEFAULT_LANGUAGE: Language = 'zh-CN';

export const isLanguage = (v: unknown): v is Language => LANGUAGES.includes(v as Language);

function storedLanguage(): Language {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return isLanguage(v) ? v : DEFAULT_LANGUAGE;
  } catch {
    // Storage can be blocked (private mode, kiosk policy); the default language still works.
    return DEFAULT_LANGUAGE;
  }
}

/** Keeps <html lang> and the tab title in step with the UI so screen readers pronounce text correctly. */
function applyToDocument(lng: string): void {
  document.documentElement.lang = lng;
  document.title = i18next.t('app.documentTitle');
}

export async function initI18n(): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: storedLanguage(),
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    // React escapes everything it renders; escaping here too would double-encode names like "O'Neil".
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyToDocument(i18next.language);
  i18next.on('languageChanged', applyToDocument);
  return i18next;
}

export async function changeLanguage(lng: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Not remembering the choice is acceptable; the switch still applies to this page.
  }
  await i18next.changeLanguage(lng);
}
