import { useTranslation } from 'react-i18next'

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
  const { t, i18n } = useTranslation(CONDUCT_NS as never)
  for (const [lng, resources] of Object.entries(conductStrings)) {
    if (!i18n.hasResourceBundle(lng, CONDUCT_NS)) i18n.addResourceBundle(lng, CONDUCT_NS, resources)
  }
  return t as unknown as (key: ConductKey) => string
}
