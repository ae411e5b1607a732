import { describe, expect, it } from 'vitest'
import { asksConduct, hasAccepted, recordAcceptance } from './acceptance.js'

function memoryStorage() {
  const items = new Map<string, string>()
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  }
}

describe('accepting the code of conduct', () => {
  it('is asked of participants and rapporteurs writing on a board or a phone, no one else', () => {
    expect(asksConduct('participant', 'phone')).toBe(true)
    expect(asksConduct('rapporteur', 'board')).toBe(true)
    expect(asksConduct('participant', 'observer')).toBe(false)
    expect(asksConduct('facilitator', 'board')).toBe(false)
    expect(asksConduct('observer', 'phone')).toBe(false)
  })

  it('is remembered per workshop on the device, and asked again when the rules change', () => {
    const storage = memoryStorage()
    expect(hasAccepted(storage, 'tanger', 1)).toBe(false)
    recordAcceptance(storage, 'tanger', 1)
    expect(hasAccepted(storage, 'tanger', 1)).toBe(true)
    expect(hasAccepted(storage, 'rabat', 1)).toBe(false)
    expect(hasAccepted(storage, 'tanger', 2)).toBe(false)
  })

  it('asks again where storage is refused', () => {
    const refusing = {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => {
        throw new Error('denied')
      },
    }
    recordAcceptance(refusing, 'tanger', 1)
    expect(hasAccepted(refusing, 'tanger', 1)).toBe(false)
  })
})
