import { describe, expect, it } from 'vitest'
import i18next from 'i18next'
import { EDITOR_NS, addEditorStrings, editorStrings } from './strings.js'
import type { EditorText } from './strings.js'

function baseKeys(resources: Readonly<Record<string, string>>): string[] {
  const plural = /_(zero|one|two|few|many|other)$/
  return [...new Set(Object.keys(resources).map((key) => key.replace(plural, '')))].sort()
}

async function editorT(lng: string): Promise<EditorText> {
  const i18n = i18next.createInstance()
  await i18n.init({ lng, fallbackLng: 'fr', resources: {}, keySeparator: false })
  addEditorStrings(i18n)
  return i18n.getFixedT(lng, EDITOR_NS as never) as unknown as EditorText
}

describe('the recommendations editor’s words', () => {
  it('says every French phrase in English and Arabic too', () => {
    const french = baseKeys(editorStrings.fr)
    expect(baseKeys(editorStrings.en)).toEqual(french)
    expect(baseKeys(editorStrings.ar)).toEqual(french)
  })

  it('counts comments in each language’s plural forms', async () => {
    const fr = await editorT('fr')
    expect(fr('comments.toggle', { count: 0 })).toBe('Commenter')
    expect(fr('comments.toggle', { count: 1 })).toBe('1 commentaire')
    expect(fr('comments.toggle', { count: 3 })).toBe('3 commentaires')
    const ar = await editorT('ar')
    expect(ar('comments.toggle', { count: 2 })).toBe('تعليقان')
    expect(ar('comments.toggle', { count: 11 })).toBe('11 تعليقًا')
  })
})
