import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { roomCodeStrings, ROOM_CODES_NS } from '../facilitator/RoomCodes.js'
import { InvitationLanguage } from './invitation-api.js'
import { INVITATIONS_NS, addInvitationStrings, invitationStrings } from './invitation-strings.js'
import type { InvitationText } from './invitation-strings.js'

describe('the invitation and room code words', () => {
  it('says every French phrase in English and Arabic too, none of them empty', () => {
    for (const bundles of [invitationStrings, roomCodeStrings]) {
      const french = Object.keys(bundles.fr).sort()
      for (const lng of ['en', 'ar'] as const) {
        expect(Object.keys(bundles[lng]).sort(), lng).toEqual(french)
        for (const key of french) expect(bundles[lng][key]?.trim(), `${lng} ${key}`).toBeTruthy()
      }
    }
    expect(ROOM_CODES_NS).not.toBe(INVITATIONS_NS)
  })

  it('names every language an invitation is written in, and fills in the placeholders', async () => {
    const i18n = i18next.createInstance()
    await i18n.init({ lng: 'ar', fallbackLng: 'fr', resources: {}, keySeparator: false })
    addInvitationStrings(i18n)
    for (const lng of ['fr', 'en', 'ar']) {
      const t = i18n.getFixedT(lng, INVITATIONS_NS as never) as unknown as InvitationText
      for (const each of InvitationLanguage) {
        expect(t(`language.${each}`)).not.toBe(`language.${each}`)
      }
      expect(t('panel.heading', { name: 'Amina' })).toContain('Amina')
    }
  })
})
