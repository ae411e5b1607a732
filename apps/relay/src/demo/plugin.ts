import fp from 'fastify-plugin'
import { mintToken, Role, type Claims, type TokenKey } from '../auth/tokens.js'
import type { BoardKey, DocStore } from '../storage/types.js'
import { demoBoardUpdate } from './board.js'

export interface DemoOptions {
  readonly secret: TokenKey
  /** The address people type, for the links printed at start (`http://localhost:8080`). */
  readonly publicUrl: string
}

export const DEMO_WORKSHOP = 'demo'
const BOARDS = [
  { board: 'gouvernance-g1', title: 'Gouvernance — sous-groupe 1' },
  { board: 'gouvernance-g2', title: 'Gouvernance — sous-groupe 2' },
] as const

export interface DemoLink {
  readonly label: string
  readonly role: Claims['role']
  readonly url: string
}

/**
 * The demo consultation of `npm start` (`ATELIER_DEMO=1`): two governance sub-group boards
 * prepared with both matrices and the note-taking grid, stored once, and links with fresh
 * tokens for each role, printed at start and served at `GET /api/demo` for the home page.
 * Tokens of the demo are for the `demo` workshop only.
 */
export default fp<DemoOptions>(
  async (app, options) => {
    for (const { board, title } of BOARDS)
      await seed(app.docStore, { workshop: DEMO_WORKSHOP, board }, title)
    const links = await demoLinks(options.secret, options.publicUrl)
    app.get('/api/demo', async () => ({ workshop: DEMO_WORKSHOP, links }))
    app.addHook('onReady', async () => {
      app.log.info('demo consultation ready: open one of these links')
      for (const link of links) app.log.info({ role: link.role }, `${link.label}: ${link.url}`)
    })
  },
  { name: 'demo', dependencies: ['doc-store'] },
)

async function seed(store: DocStore, key: BoardKey, title: string): Promise<void> {
  if (await store.isDeleted(key)) return
  const stored = await store.load(key)
  if (stored.lastSeq > 0) return
  await store.append(key, [{ update: demoBoardUpdate(title), author: 'atelier:demo' }])
}

async function demoLinks(secret: TokenKey, publicUrl: string): Promise<DemoLink[]> {
  const board = `${publicUrl}/w/${DEMO_WORKSHOP}/${BOARDS[0].board}`
  const token = (sub: string, name: string, role: Claims['role']) =>
    mintToken(secret, { sub, name, role, workshop: DEMO_WORKSHOP }, '12h')
  const facilitator = await token('demo-fac', 'Nadia (facilitation)', Role.facilitator)
  return [
    {
      label: 'Facilitator (console)',
      role: Role.facilitator,
      url: `${publicUrl}/w/${DEMO_WORKSHOP}/console#token=${facilitator}`,
    },
    {
      label: 'Facilitator (board)',
      role: Role.facilitator,
      url: `${board}#token=${facilitator}`,
    },
    {
      label: 'Participant (board)',
      role: Role.participant,
      url: `${board}#token=${await token('demo-p1', 'Amina', Role.participant)}`,
    },
    {
      label: 'Participant (phone)',
      role: Role.participant,
      url: `${board}?view=phone#token=${await token('demo-p2', 'Youssef', Role.participant)}`,
    },
    {
      label: 'Rapporteur',
      role: Role.rapporteur,
      url: `${board}#token=${await token('demo-rap', 'Salma (rapporteure)', Role.rapporteur)}`,
    },
    {
      label: 'Observer',
      role: Role.observer,
      url: `${board}?view=observer#token=${await token('demo-obs', 'Observateur OIM', Role.observer)}`,
    },
    {
      label: 'Projector',
      role: Role.observer,
      url: `${board}?view=projector#token=${await token('demo-proj', 'Écran de la salle', Role.observer)}`,
    },
  ]
}
