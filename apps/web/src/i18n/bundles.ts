import { useTranslation } from 'react-i18next'
import { isLanguage } from './language.js'
import { checkBundles } from './missing.js'
import type { Language } from './language.js'

/** A feature's words in every language, registered under the feature's own i18next namespace. */
export type Bundles = Readonly<Record<Language, Readonly<Record<string, string>>>>

/** The part of an i18next instance a feature needs to register its words. */
export type ResourceTarget = {
  hasResourceBundle(lng: string, ns: string): boolean
  addResourceBundle(lng: string, ns: string, resources: object, deep?: boolean): unknown
}

/**
 * Adds a feature's words to an i18next instance unless they are there already. Features add
 * their own words when first used, so a lazy chunk carries them and the shell need not know them.
 */
export function addBundles(i18n: ResourceTarget, ns: string, bundles: Bundles): void {
  if (!i18n.hasResourceBundle('fr', ns)) checkBundles(ns, bundles)
  for (const [lng, resources] of Object.entries(bundles)) {
    if (!i18n.hasResourceBundle(lng, ns)) i18n.addResourceBundle(lng, ns, resources)
  }
}

/**
 * A feature's translate function and the interface's language, its words added on first use.
 * The shell types `t` for its own namespace only; each feature types its keys itself (`T`).
 */
export function useBundle<T>(ns: string, bundles: Bundles): { t: T; language: Language } {
  const { t, i18n } = useTranslation(ns as never)
  addBundles(i18n, ns, bundles)
  const current = i18n.resolvedLanguage ?? i18n.language
  return { t: t as unknown as T, language: isLanguage(current) ? current : 'fr' }
}
