import type { Language } from '../i18n/language.js'
import { useBundle } from '../i18n/bundles.js'
import type { Bundles } from '../i18n/bundles.js'

/**
 * The few words the console shows before the "Participants" chunk loads (its switch between
 * parts), in the `console-parts` namespace; the part's own words load with its chunk.
 */
export const CONSOLE_PARTS_NS = 'console-parts'

const fr = {
  nav: 'Parties de la console',
  sessions: 'Sessions',
  participants: 'Participants',
  loading: 'Chargement des participants…',
} as const

type Key = keyof typeof fr
export type ConsolePartText = (key: Key) => string

export const consolePartStrings: Bundles = {
  fr,
  en: {
    nav: 'Console parts',
    sessions: 'Sessions',
    participants: 'Participants',
    loading: 'Loading the participants…',
  } satisfies Record<Key, string>,
  ar: {
    nav: 'أقسام لوحة التيسير',
    sessions: 'الجلسات',
    participants: 'المشاركون',
    loading: 'جارٍ تحميل المشاركين…',
  } satisfies Record<Key, string>,
}

export function useConsolePartText(): { t: ConsolePartText; language: Language } {
  return useBundle<ConsolePartText>(CONSOLE_PARTS_NS, consolePartStrings)
}
