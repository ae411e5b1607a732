import { z } from 'zod/mini'
import { ensureEnglishMessages } from '@atelier/model'
import type { Locale } from '@atelier/model'

// A phone loads the code of conduct on its own (see `load.ts`), without zod's English messages.
ensureEnglishMessages()

/** Any letter of the Arabic script. */
const ARABIC_LETTER = /\p{Script=Arabic}/u

const text = z.string().check(z.trim(), z.minLength(1, 'every language needs its text'))

/**
 * A text of the methodology in the consultation's three languages. French is written first (the
 * terms of reference are French); Arabic is Modern Standard Arabic; English is the third.
 */
export const localizedSchema = z.strictObject({
  fr: text,
  ar: text.check(z.regex(ARABIC_LETTER, 'the Arabic text must be written in Arabic letters')),
  en: text,
})
export type Localized = z.infer<typeof localizedSchema>

/** The text in `locale`. */
export function localize(value: Localized, locale: Locale): string {
  return value[locale]
}
