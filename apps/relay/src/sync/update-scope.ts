import * as Y from 'yjs'

type Decoded = ReturnType<typeof Y.decodeUpdate>
type Target = Y.ID | null

/** No root could be found: the update depends on structs the board does not hold. */
const UNKNOWN = Symbol('unknown')
/** The struct sits in garbage-collected content: whatever it carries is discarded on arrival. */
const DISCARDED = Symbol('discarded')
type Resolved = string | typeof UNKNOWN | typeof DISCARDED

/**
 * The names of the board's top-level types that an update changes: where each of its new
 * structs is inserted and where each of its deletions falls. Returns `undefined` when some
 * struct's place cannot be known (it depends on content the board lacks): such an update is
 * refused to a client whose scope is limited, who could otherwise hide a write behind a gap.
 *
 * Written here because Yjs offers no way to ask what an update touches before applying it:
 * a struct names its parent (a root's name, or the id of the item holding its parent type) or,
 * when its left or right neighbour is known, nothing at all; the parent is then that neighbour's.
 */
export function rootsChanged(doc: Y.Doc, decoded: Decoded): Set<string> | undefined {
  const roots = new Set<string>()
  const resolver = new RootResolver(doc, decoded.structs)
  for (const struct of decoded.structs) {
    if (!(struct instanceof Y.Item)) continue
    // Already on the board: applying it changes nothing. A client replays such structs when its
    // offline cache loads after it synced (y-indexeddb's update reaches y-websocket as a change).
    if (struct.id.clock + struct.length <= Y.getState(doc.store, struct.id.client)) continue
    const root = resolver.rootOfStruct(struct)
    if (root === UNKNOWN) return undefined
    if (root !== DISCARDED) roots.add(root)
  }
  for (const [client, deletes] of decoded.ds.clients) {
    const structs = doc.store.clients.get(client)
    if (structs === undefined) continue
    const known = Y.getState(doc.store, client)
    for (const { clock, len } of deletes) {
      const end = Math.min(clock + len, known)
      if (clock >= end) continue
      for (let index = Y.findIndexSS(structs, clock); index < structs.length; index++) {
        const struct = structs[index]!
        if (struct.id.clock >= end) break
        if (struct instanceof Y.Item && !struct.deleted) roots.add(rootNameOf(doc, struct))
      }
    }
  }
  return roots
}

/** Finds the root of each struct of one update, following parents and neighbours. */
class RootResolver {
  private readonly byClient = new Map<number, Y.Item[]>()
  private readonly memo = new Map<Y.Item, Resolved>()

  constructor(
    private readonly doc: Y.Doc,
    structs: Decoded['structs'],
  ) {
    for (const struct of structs) {
      if (!(struct instanceof Y.Item)) continue
      const list = this.byClient.get(struct.id.client)
      if (list) list.push(struct)
      else this.byClient.set(struct.id.client, [struct])
    }
  }

  /**
   * The root of a struct of the update. Iterative: a long run of typed characters can chain
   * thousands of structs by their left neighbour, too deep to recurse.
   */
  rootOfStruct(start: Y.Item): Resolved {
    const chain: Y.Item[] = []
    let current: Y.Item = start
    let found: Resolved | undefined
    for (;;) {
      const known = this.memo.get(current)
      if (known !== undefined) {
        found = known
        break
      }
      chain.push(current)
      const parent = current.parent as unknown
      if (typeof parent === 'string') {
        found = parent
        break
      }
      const target: Target =
        parent instanceof Y.ID ? parent : (current.origin ?? current.rightOrigin ?? null)
      if (target === null) {
        found = UNKNOWN
        break
      }
      const inDoc = this.inDocument(target)
      if (inDoc !== undefined) {
        found = inDoc
        break
      }
      const inUpdate = this.inUpdate(target)
      if (inUpdate === undefined || chain.includes(inUpdate)) {
        found = UNKNOWN
        break
      }
      current = inUpdate
    }
    for (const item of chain) this.memo.set(item, found)
    return found
  }

  private inDocument(id: Y.ID): Resolved | undefined {
    if (id.clock >= Y.getState(this.doc.store, id.client)) return undefined
    const structs = this.doc.store.clients.get(id.client)!
    const struct = structs[Y.findIndexSS(structs, id.clock)]!
    if (!(struct instanceof Y.Item)) return DISCARDED
    return struct.parent === null ? DISCARDED : rootNameOf(this.doc, struct)
  }

  private inUpdate(id: Y.ID): Y.Item | undefined {
    const list = this.byClient.get(id.client)
    if (!list) return undefined
    return list.find((item) => item.id.clock <= id.clock && id.clock < item.id.clock + item.length)
  }
}

/** The name of the top-level type an integrated item belongs to. */
function rootNameOf(doc: Y.Doc, item: Y.Item): string {
  let type = item.parent as Y.AbstractType<unknown>
  while (type._item !== null) type = type._item.parent as Y.AbstractType<unknown>
  return Y.findRootTypeKey(type)
}
