import { describe, expect, it } from 'vitest'
import { localizedSchema, riskSheets, roadmapTemplate, sessionTemplates } from './index.js'
import type { Localized } from './index.js'

const LANGUAGES = ['fr', 'ar', 'en'] as const
const ARABIC_LETTER = /\p{Script=Arabic}/gu
const LATIN_LETTER = /\p{Script=Latin}/gu

type Found = { path: string; value: Record<string, unknown> }

/** Every object in `value` that carries a text in at least one language, with where it sits. */
function textsIn(value: unknown, path: string, found: Found[] = []): Found[] {
  if (Array.isArray(value)) {
    value.forEach((item, index) => textsIn(item, `${path}[${index}]`, found))
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if (LANGUAGES.some((language) => language in record)) found.push({ path, value: record })
    else for (const [key, child] of Object.entries(record)) textsIn(child, `${path}.${key}`, found)
  }
  return found
}

const texts = [
  ...textsIn(sessionTemplates, 'sessionTemplates'),
  ...textsIn(riskSheets, 'riskSheets'),
  ...textsIn(roadmapTemplate, 'roadmapTemplate'),
]
const localized = texts.map((text) => text.value as Localized)

function count(text: string, letters: RegExp): number {
  return text.match(letters)?.length ?? 0
}

describe('every text of the toolkit', () => {
  it('was found, all of it', () => {
    // The sessions alone carry hundreds of texts: a walk that finds few has lost its way.
    expect(texts.length).toBeGreaterThan(300)
  })

  it('is written in French, Arabic and English, none empty', () => {
    const incomplete = texts.filter((text) => !localizedSchema.safeParse(text.value).success)
    expect(incomplete.map((text) => text.path)).toEqual([])
  })

  it('has Arabic written in Arabic letters, more of them than Latin ones', () => {
    const notArabic = texts.filter(({ value }) => {
      const ar = String(value.ar)
      return count(ar, ARABIC_LETTER) <= count(ar, LATIN_LETTER)
    })
    expect(notArabic.map((text) => `${text.path}: ${String(text.value.ar)}`)).toEqual([])
  })

  it('has no Arabic letters in its French or English', () => {
    const mixed = localized.filter(
      (text) => count(text.fr, ARABIC_LETTER) > 0 || count(text.en, ARABIC_LETTER) > 0,
    )
    expect(mixed).toEqual([])
  })

  it('is translated: no English text is a copy of the French one', () => {
    const copies = localized.filter((text) => text.fr === text.en && text.fr.length > 12)
    expect(copies).toEqual([])
  })

  it('uses typographic apostrophes and no stray spaces', () => {
    const untidy = localized.flatMap((text) =>
      LANGUAGES.map((language) => text[language]).filter(
        (value) => value.includes("'") || value !== value.trim() || /\s{2}/.test(value),
      ),
    )
    expect(untidy).toEqual([])
  })

  it('carries no invisible direction marks, which would break copy and search', () => {
    const marked = localized.filter((text) =>
      /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(text.ar),
    )
    expect(marked).toEqual([])
  })
})

describe('the Localized schema', () => {
  it('refuses a text missing a language', () => {
    expect(localizedSchema.safeParse({ fr: 'Constat', en: 'Finding' }).success).toBe(false)
  })

  it('refuses an empty or blank translation', () => {
    expect(localizedSchema.safeParse({ fr: 'Constat', ar: ' ', en: 'Finding' }).success).toBe(false)
  })

  it('refuses Arabic written in Latin letters', () => {
    const result = localizedSchema.safeParse({ fr: 'Constat', ar: 'istintaj', en: 'Finding' })
    expect(result.success).toBe(false)
  })

  it('refuses a fourth language it does not know', () => {
    const text = { fr: 'Constat', ar: 'استنتاج', en: 'Finding', es: 'Hallazgo' }
    expect(localizedSchema.safeParse(text).success).toBe(false)
  })
})
