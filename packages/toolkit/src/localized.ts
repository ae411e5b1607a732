import { z } from 'zod'
import type { Locale } from '@atelier/model'

/** Any letter of the Arabic script. */
const ARABIC_LETTER = /\p{Script=Arabic}/u

const text = z.string().trim().min(1, 'every language needs its text')

/**
 * A text of the methodology in the consultation's three languages. French is written first (the
 * terms of reference are French); Arabic is Modern Standard Arabic; English is the third.
 */
export const localizedSchema = z.strictObject({
  fr: text,
  ar: text.regex(ARABIC_LETTER, 'the Arabic text must be written in Arabic letters'),
  en: text,
})
export type Localized = z.infer<typeof localizedSchema>

/** The text in `locale`. */
export function localize(value: Localized, locale: Locale): string {
  return value[locale]
}
