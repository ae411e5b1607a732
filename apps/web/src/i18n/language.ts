import type { Locale } from '@atelier/model'

/** The interface's languages: the board's locales. French is the workshop's language. */
export const LANGUAGES = ['fr', 'ar', 'en'] as const satisfies readonly Locale[]
export type Language = (typeof LANGUAGES)[number]
export const DEFAULT_LANGUAGE: Language = 'fr'

/** Where this device remembers the language its person chose. */
export const LANGUAGE_STORAGE_KEY = 'atelier:language'

/** Each language's name written in itself, for the switcher. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  fr: 'Français',
  ar: 'العربية',
  en: 'English',
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

/** The language to start in: the one chosen on this device, else French. */
export function initialLanguage(stored: string | null | undefined): Language {
  return isLanguage(stored) ? stored : DEFAULT_LANGUAGE
}

/** The text direction of a language. */
export function directionOf(language: Language): 'rtl' | 'ltr' {
  return language === 'ar' ? 'rtl' : 'ltr'
}
