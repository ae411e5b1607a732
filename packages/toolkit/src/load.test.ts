import { describe, expect, it } from 'vitest'
import { codeOfConduct } from './conduct.js'
import { loadCodeOfConduct, loadSessionTemplate } from './load.js'
import { sessionTemplates } from './sessions.js'

describe('the toolkit a piece at a time', () => {
  it('loads every session template by its id, the same object the whole toolkit holds', async () => {
    for (const session of sessionTemplates) {
      expect(await loadSessionTemplate(session.id), session.id).toBe(session)
    }
  })

  it('loads nothing for an id that is not a session', async () => {
    expect(await loadSessionTemplate('plenary')).toBeUndefined()
    expect(await loadSessionTemplate('')).toBeUndefined()
  })

  it('loads the code of conduct', async () => {
    expect(await loadCodeOfConduct()).toBe(codeOfConduct)
  })
})
