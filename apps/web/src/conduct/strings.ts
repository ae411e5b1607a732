import { useBundle } from '../i18n/bundles.js'

/** The dialog's own words; the code's text itself comes from `@atelier/toolkit`. */
export const CONDUCT_NS = 'conduct'

const fr = {
  accept: 'J’accepte la charte',
  loading: 'Chargement de la charte…',
  language: 'Langue',
} as const

export type ConductKey = keyof typeof fr

const en: Record<ConductKey, string> = {
  accept: 'I accept the code of conduct',
  loading: 'Loading the code of conduct…',
  language: 'Language',
}

const ar: Record<ConductKey, string> = {
  accept: 'أوافق على الميثاق',
  loading: 'جارٍ تحميل الميثاق…',
  language: 'اللغة',
}

export const conductStrings = { fr, en, ar } as const

/** The dialog's translate function, its words registered on first use. */
export function useConductText(): (key: ConductKey) => string {
  return useBundle<(key: ConductKey) => string>(CONDUCT_NS, conductStrings).t
}
