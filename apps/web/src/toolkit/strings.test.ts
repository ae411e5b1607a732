import { describe, expect, it } from 'vitest'
import { toolkitPageStrings } from './strings.js'

describe('the toolkit page words', () => {
  it('says every French phrase in English and Arabic too, none empty', () => {
    const french = Object.keys(toolkitPageStrings.fr).sort()
    expect(Object.keys(toolkitPageStrings.en).sort()).toEqual(french)
    expect(Object.keys(toolkitPageStrings.ar).sort()).toEqual(french)
    for (const bundle of Object.values(toolkitPageStrings)) {
      for (const [key, value] of Object.entries(bundle)) expect(value.trim(), key).not.toBe('')
    }
  })
})
