import * as Y from 'yjs'
import { openSqliteStore } from '../../apps/relay/src/storage/index.js'

/** The document a relay's SQLite store holds for a room, read with the store's own code. */
export async function storedDoc(dataDir: string, room: string): Promise<Y.Doc> {
  const [workshop = '', board = ''] = room.split('/')
  const store = openSqliteStore({ dataDir })
  try {
    const stored = await store.load({ workshop, board })
    const doc = new Y.Doc()
    for (const update of stored.updates) Y.applyUpdate(doc, update)
    return doc
  } finally {
    await store.close()
  }
}
