import type { Language } from './language.js'

/** The prefix of the console error logged once for each word the interface lacks. */
export const MISSING_KEY_PREFIX = '[atelier:i18n] missing'

/** Why a word is reported: no language has it, or this language borrowed another's. */
export type MissingReason = 'absent' | 'fallback' | 'unregistered'

declare global {
  interface Window {
    /** Every word the interface lacked since the page opened (`lng:ns:key reason`), once each. */
    __atelierMissingKeys?: string[]
  }
}

/**
 * Records a word the interface could not say in the person's language: once per word, into
 * `window.__atelierMissingKeys` (read by the browser tests) and as one console error, so a
 * missing translation is seen in development and in the field without breaking the page.
 */
export function reportMissing(lng: string, ns: string, key: string, reason: MissingReason): void {
  if (typeof window === 'undefined') return
  const entry = `${lng}:${ns}:${key} ${reason}`
  const seen = (window.__atelierMissingKeys ??= [])
  if (seen.includes(entry)) return
  seen.push(entry)
  console.error(`${MISSING_KEY_PREFIX} ${entry}`)
}

const PLURAL = /_(zero|one|two|few|many|other)$/

/** A bundle's keys without their plural forms (Arabic has six where French has two). */
function baseKeys(resources: Readonly<Record<string, string>>): Set<string> {
  return new Set(Object.keys(resources).map((key) => key.replace(PLURAL, '')))
}

/**
 * Reports every French word of a feature that another language of its bundles lacks, when the
 * feature registers them: the interface would otherwise show French there without a sign.
 */
export function checkBundles(
  ns: string,
  bundles: Readonly<Record<Language, Readonly<Record<string, string>>>>,
): void {
  const french = baseKeys(bundles.fr)
  for (const [lng, resources] of Object.entries(bundles)) {
    if (lng === 'fr') continue
    const own = baseKeys(resources)
    for (const key of french) if (!own.has(key)) reportMissing(lng, ns, key, 'unregistered')
  }
}

type Resolved = { usedLng?: string; usedNS?: string; res?: unknown }

/**
 * An i18next post-processor that reports a word found only in the fallback language (French)
 * while the person reads another. Needs `postProcessPassResolved: true`.
 */
export const fallbackDetector = {
  type: 'postProcessor' as const,
  name: 'atelierMissing',
  process(
    value: string,
    key: string | string[],
    options: { lng?: string; ns?: string | readonly string[]; i18nResolved?: Resolved },
    translator: { language?: string },
  ): string {
    const wanted = options.lng ?? translator.language
    const resolved = options.i18nResolved
    if (
      wanted &&
      resolved?.res !== undefined &&
      resolved.usedLng &&
      resolved.usedLng !== wanted &&
      wanted !== 'cimode'
    ) {
      const name = Array.isArray(key) ? key.join('|') : String(key)
      reportMissing(wanted, resolved.usedNS ?? '', name, 'fallback')
    }
    return value
  },
}

/**
 * The i18next options that report every word the interface lacks: absent from every language
 * (`saveMissing`), or borrowed from French (`fallbackDetector`, registered with `use`).
 * `language` gives the person's language when i18next does not say which was asked for.
 */
export function missingKeyOptions(language: () => string) {
  if (typeof window !== 'undefined') window.__atelierMissingKeys ??= []
  return {
    saveMissing: true,
    missingKeyHandler: (
      _lngs: readonly string[],
      ns: string,
      key: string,
      _fallback: string,
      _update: boolean,
      options: { lng?: string },
    ) => reportMissing(options.lng ?? language(), ns, key, 'absent'),
    postProcess: [fallbackDetector.name],
    postProcessPassResolved: true,
  }
}
