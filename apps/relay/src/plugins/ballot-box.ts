import fp from 'fastify-plugin'
import { BallotBoxes } from '../voting/ballot-box.js'

declare module 'fastify' {
  interface FastifyInstance {
    ballotBoxes: BallotBoxes
  }
}

/** The secret ballots of every board (see `voting/ballot-box.ts`), kept in the board store. */
export default fp(
  async (app) => {
    app.decorate('ballotBoxes', new BallotBoxes(app.docStore, app.rooms))
  },
  { name: 'ballot-box', dependencies: ['doc-store', 'rooms'] },
)
