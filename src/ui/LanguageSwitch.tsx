import type { Lang } from '../i18n/catalogue.ts';
import { useI18n } from '../common/i18n.tsx';

/** One tap switches between Indonesian and English. */
export function LanguageSwitch({ onChange }: { onChange: (lang: Lang) => void }) {
  const { lang, t } = useI18n();
  const next: Lang = lang === 'id' ? 'en' : 'id';
  return (
    <button type="button" className="lang-switch" data-testid="lang-switch" lang={next} onClick={() => onChange(next)}>
      {t('app.switchLanguage')}
    </button>
  );
}
