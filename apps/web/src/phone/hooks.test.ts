import { describe, expect, it } from 'vitest'
import { localeOf } from './hooks.js'

describe('the phone view’s language', () => {
  it('names cells in the interface’s language, French unless Arabic or English', () => {
    expect(['ar', 'ar-MA', 'en-GB', 'fr', 'es', undefined].map(localeOf)).toEqual([
      'ar',
      'ar',
      'en',
      'fr',
      'fr',
      'fr',
    ])
  })
})
