import i18next from 'i18next'
import { initReactI18next, useTranslation } from 'react-i18next'
import { ar } from './ar.js'
import { en } from './en.js'
import { fr } from './fr.js'
import { checkBundles, fallbackDetector, missingKeyOptions } from './missing.js'
import {
  LANGUAGE_STORAGE_KEY,
  directionOf,
  initialLanguage,
  isLanguage,
  type Language,
} from './language.js'

export { LANGUAGES, LANGUAGE_NAMES, directionOf, isLanguage } from './language.js'
export type { Language } from './language.js'
export type { MessageKey } from './fr.js'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: typeof fr }
    keySeparator: false
  }
}

function storedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY)
  } catch {
    return null
  }
}

function applyToDocument(language: Language): void {
  document.documentElement.lang = language
  document.documentElement.dir = directionOf(language)
}

/**
 * Starts i18next in the language this device chose (French by default) and keeps `<html lang
 * dir>` in step with it. Call once before the first render.
 */
export function setupI18n(): typeof i18next {
  const language = initialLanguage(storedLanguage())
  checkBundles('translation', { fr, en, ar })
  void i18next
    .use(initReactI18next)
    .use(fallbackDetector)
    .init({
      lng: language,
      fallbackLng: 'fr',
      resources: { fr: { translation: fr }, en: { translation: en }, ar: { translation: ar } },
      keySeparator: false,
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
      // Every word the interface lacks is reported (window.__atelierMissingKeys, console error).
      ...missingKeyOptions(() => i18next.language),
    })
  applyToDocument(language)
  i18next.on('languageChanged', (next) => {
    if (isLanguage(next)) applyToDocument(next)
  })
  return i18next
}

/** Switches the interface language and remembers it on this device. */
export function chooseLanguage(language: Language): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language)
  } catch {
    // Private browsing may refuse storage: the choice then lasts until the page closes.
  }
  void i18next.changeLanguage(language)
}

/** The interface's current language, for model labels (`label(key, language)`). */
export function useLanguage(): Language {
  const { i18n } = useTranslation()
  return isLanguage(i18n.language) ? i18n.language : 'fr'
}
