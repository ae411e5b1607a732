import { describe, expect, it } from 'vitest'
import { VenueCallError } from './api.js'
import { venueStrings } from './strings.js'

describe('the venue cards', () => {
  it('says every French phrase in English and Arabic too, with the same placeholders', () => {
    const french = Object.keys(venueStrings.fr).sort()
    expect(Object.keys(venueStrings.en).sort()).toEqual(french)
    expect(Object.keys(venueStrings.ar).sort()).toEqual(french)
    expect(Object.values(venueStrings.ar).every((text) => /\p{Script=Arabic}/u.test(text))).toBe(
      true,
    )
    const placeholders = (text: string | undefined) => (text ?? '').match(/{{\w+}}/g)?.sort()
    for (const key of french) {
      expect(placeholders(venueStrings.en[key]), key).toEqual(placeholders(venueStrings.fr[key]))
      expect(placeholders(venueStrings.ar[key]), key).toEqual(placeholders(venueStrings.fr[key]))
    }
  })

  it('tells a passphrase problem from another refused file, and both from a failed call', () => {
    const wrong = new VenueCallError(
      400,
      'ATELIER_ERR_BAD_FILE',
      'wrong passphrase, or the personal data of the file was changed',
    )
    expect([wrong.refusedFile, wrong.passphraseProblem]).toEqual([true, true])
    const damaged = new VenueCallError(400, 'ATELIER_ERR_BAD_FILE', 'the file is damaged')
    expect([damaged.refusedFile, damaged.passphraseProblem]).toEqual([true, false])
    const forbidden = new VenueCallError(403, 'ATELIER_ERR_FORBIDDEN', 'this needs the role')
    expect([forbidden.refusedFile, forbidden.passphraseProblem]).toEqual([false, false])
  })
})
