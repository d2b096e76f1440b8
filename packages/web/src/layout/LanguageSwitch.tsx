import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n/i18n.ts';

/**
 * One button naming the other language in that language ("English" / "中文"), which is what a reader
 * of that language looks for. The inner lang attribute lets screen readers pronounce it correctly.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const next = i18n.language === 'en' ? 'zh-CN' : 'en';
  return (
    <button
      type="button"
      className="button button-ghost language-switch"
      title={t('language.switchLabel')}
      onClick={() => void changeLanguage(next)}
      data-testid="language-switch"
    >
      <span lang={next}>{t('language.switchTo')}</span>
    </button>
  );
}
