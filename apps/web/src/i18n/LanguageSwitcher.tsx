import { useTranslation } from 'react-i18next'
import { chooseLanguage, useLanguage } from './index.js'
import { LANGUAGES, LANGUAGE_NAMES, isLanguage } from './language.js'

/** Picks the interface language; the choice is kept on this device. */
export function LanguageSwitcher() {
  const { t } = useTranslation()
  const language = useLanguage()
  return (
    <select
      className="language-switcher"
      aria-label={t('language.label')}
      value={language}
      onChange={(event) => {
        if (isLanguage(event.target.value)) chooseLanguage(event.target.value)
      }}
    >
      {LANGUAGES.map((code) => (
        <option key={code} value={code} lang={code}>
          {LANGUAGE_NAMES[code]}
        </option>
      ))}
    </select>
  )
}
