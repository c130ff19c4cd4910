import { ToggleGroup, ToggleGroupItem } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n/i18n';
import { LANGUAGES, isLanguage } from '../i18n/languages';

/** Bokmål / Nynorsk / English, each name in its own language and marked up with its `lang`. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <ToggleGroup
      aria-label={t('language.label')}
      value={i18n.language}
      onChange={(value) => {
        if (isLanguage(value)) setLanguage(value);
      }}
      className="language-switcher"
    >
      {LANGUAGES.map((language) => (
        <ToggleGroupItem key={language} value={language} lang={language}>
          {t(`language.names.${language}`)}
        </ToggleGroupItem>
      ))}
    </ToggleGroup>
  );
}
