import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { BallotFailure } from './api.js'
import { VOTING_NS, addVotingStrings, refusalKey, votingStrings } from './strings.js'
import type { VotingText } from './strings.js'

function baseKeys(resources: Readonly<Record<string, string>>): string[] {
  const plural = /_(zero|one|two|few|many|other)$/
  return [...new Set(Object.keys(resources).map((key) => key.replace(plural, '')))].sort()
}

async function votingT(lng: string): Promise<VotingText> {
  const i18n = i18next.createInstance()
  await i18n.init({ lng, fallbackLng: 'fr', resources: {}, keySeparator: false })
  addVotingStrings(i18n)
  return i18n.getFixedT(lng, VOTING_NS as never) as unknown as VotingText
}

describe('the voting words', () => {
  it('says every French phrase in English and Arabic too', () => {
    const french = baseKeys(votingStrings.fr)
    expect(baseKeys(votingStrings.en)).toEqual(french)
    expect(baseKeys(votingStrings.ar)).toEqual(french)
  })

  it('explains every refusal of the relay', async () => {
    const t = await votingT('en')
    for (const failure of Object.values(BallotFailure)) {
      expect(t(refusalKey(failure))).not.toBe(refusalKey(failure))
    }
    expect((await votingT('fr'))('vote.left', { count: 2 })).toBe('2 votes restants')
    expect((await votingT('ar'))('results.votes', { count: 2 })).toBe('صوتان')
  })
})
