import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { PARTICIPANTS_NS, addParticipantsStrings } from './strings.js'
import type { ParticipantsText } from './strings.js'
import { readReasons, reasonText } from './reasons.js'

async function frenchT(): Promise<ParticipantsText> {
  const i18n = i18next.createInstance()
  await i18n.init({ lng: 'fr', resources: {}, keySeparator: false })
  addParticipantsStrings(i18n)
  return i18n.getFixedT('fr', PARTICIPANTS_NS as never) as unknown as ParticipantsText
}

describe("the relay's reasons, read back for the form and the import preview", () => {
  it('splits a 400 message into the fields it names', () => {
    expect(
      readReasons(
        'name: is required; contact: is neither a valid e-mail address nor a phone number',
      ),
    ).toEqual([
      { field: 'name', message: 'is required' },
      { field: 'contact', message: 'is neither a valid e-mail address nor a phone number' },
    ])
    expect(readReasons(['consent.given: must be text'])).toEqual([
      { field: 'consent', message: 'must be text' },
    ])
    expect(readReasons('something odd happened')).toEqual([
      { field: undefined, message: 'something odd happened' },
    ])
  })

  it('says each known reason in the interface language and keeps an unknown one as the relay wrote it', async () => {
    const t = await frenchT()
    const say = (detail: string) => readReasons(detail).map((reason) => reasonText(reason, t))
    expect(say('name: is required')).toEqual(['Nom : obligatoire'])
    expect(
      say('name: starts with = + - @ or a tab: spreadsheets would run it as a formula'),
    ).toEqual([
      'Nom : commence par = + - @ ou une tabulation : un tableur l’exécuterait comme une formule',
    ])
    expect(say('duplicate: same name, session and contact as line 26')).toEqual([
      'Doublon : même nom, session et contact qu’à la ligne 26',
    ])
    expect(
      say('session: "cooking" is not a session of this consultation (governance, inclusion)'),
    ).toEqual(['Session : « cooking » n’est pas une session de cette consultation'])
    expect(say('gender: Something new')).toEqual(['Genre : Something new'])
  })
})
