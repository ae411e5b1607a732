import { describe, expect, it } from 'vitest'
import { isRightToLeftText } from './theme.js'

describe('the direction of a note text', () => {
  it('reads Arabic right to left, and French or numbers first left to right', () => {
    expect(isRightToLeftText('الأخبار الزائفة')).toBe(true)
    expect(isRightToLeftText('« الأخبار » sur WhatsApp')).toBe(true)
    expect(isRightToLeftText('Désinformation en ligne')).toBe(false)
    expect(isRightToLeftText('2024 : WhatsApp الأخبار')).toBe(false)
    expect(isRightToLeftText('')).toBe(false)
  })
})
