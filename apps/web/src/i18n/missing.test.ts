import i18next from 'i18next'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { MISSING_KEY_PREFIX, checkBundles, fallbackDetector, missingKeyOptions } from './missing.js'

const resources = {
  fr: { translation: { 'greet.hello': 'Bonjour', 'greet.bye': 'Au revoir' } },
  ar: { translation: { 'greet.hello': 'مرحبا' } },
  en: { translation: { 'greet.hello': 'Hello', 'greet.bye': 'Goodbye' } },
}

async function instance(lng: string) {
  const i18n = i18next.createInstance()
  await i18n.use(fallbackDetector).init({
    lng,
    fallbackLng: 'fr',
    resources,
    keySeparator: false,
    ...missingKeyOptions(() => lng),
  })
  // The test's own words, not the interface's typed keys.
  return i18n.t.bind(i18n) as unknown as (key: string) => string
}

describe('the missing-word detector', () => {
  let errors: ReturnType<typeof vi.spyOn>
  beforeEach(() => {
    vi.stubGlobal('window', {})
    errors = vi.spyOn(console, 'error').mockImplementation(() => undefined)
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    errors.mockRestore()
  })
  const seen = () => (globalThis as { window: Window }).window.__atelierMissingKeys

  it('records nothing while every word is there', async () => {
    const t = await instance('en')
    expect(t('greet.bye')).toBe('Goodbye')
    expect(seen()).toEqual([])
    expect(errors).not.toHaveBeenCalled()
  })

  it('records a word no language has, and one borrowed from French, once each', async () => {
    const t = await instance('ar')
    expect(t('greet.bye')).toBe('Au revoir')
    expect(t('greet.bye')).toBe('Au revoir')
    expect(t('greet.nowhere')).toBe('greet.nowhere')
    expect(seen()).toEqual([
      'ar:translation:greet.bye fallback',
      'ar:translation:greet.nowhere absent',
    ])
    expect(errors).toHaveBeenCalledTimes(2)
    expect(String(errors.mock.calls[0]?.[0])).toContain(MISSING_KEY_PREFIX)
  })

  it('records a feature’s French word that another language lacks when it registers', () => {
    checkBundles('demo', {
      fr: { title: 'Titre', votes_one: '{{count}} vote', votes_other: '{{count}} votes' },
      en: { title: 'Title', votes_one: '{{count}} vote', votes_other: '{{count}} votes' },
      ar: { votes_zero: 'لا أصوات', votes_two: 'صوتان', votes_other: '{{count}} صوت' },
    })
    expect(seen()).toEqual(['ar:demo:title unregistered'])
  })
})
