import { describe, expect, it } from 'vitest'
import { listFrames } from '@atelier/model'
import { callApi } from '../helpers/api.js'
import { syncedClient } from '../helpers/clients.js'
import { startRelay } from '../helpers/relay.js'

type DemoLink = { label: string; role: string; url: string }

/** The token and the path of a demo link (`/w/<workshop>/<board>?view#token=…`). */
function partsOf(link: DemoLink) {
  const url = new URL(link.url)
  return { path: url.pathname, token: url.hash.replace(/^#token=/, '') }
}

describe('the demo consultation of npm start', () => {
  it('lists a link for every role, the console included, each opening what it names', async () => {
    const relay = await startRelay({ ATELIER_DEMO: '1' })
    const response = await fetch(`${relay.httpUrl}/api/demo`)
    expect(response.status).toBe(200)
    const { workshop, links } = (await response.json()) as { workshop: string; links: DemoLink[] }
    expect(links.map((link) => link.label)).toEqual([
      'Facilitator (console)',
      'Facilitator (board)',
      'Participant (board)',
      'Participant (phone)',
      'Rapporteur',
      'Observer',
      'Projector',
    ])

    // The console link carries a facilitator's token: the consultation API answers it (no
    // consultation yet), where a participant's token is refused.
    const desk = partsOf(links[0]!)
    expect(desk.path).toBe(`/w/${workshop}/console`)
    const asked = await callApi(relay, `/api/workshops/${workshop}/consultation`, desk.token)
    expect(asked.status).toBe(404)
    const participant = partsOf(links[2]!)
    const refused = await callApi(
      relay,
      `/api/workshops/${workshop}/consultation`,
      participant.token,
    )
    expect(refused.status).toBe(403)

    // A participant's link opens a prepared board.
    const board = participant.path.split('/').at(-1)!
    const client = await syncedClient(relay.syncUrl, `${workshop}/${board}`, participant.token)
    expect(listFrames(client.doc).length).toBeGreaterThan(0)
  })
})
