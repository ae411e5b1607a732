import * as Y from 'yjs'

type Decoded = ReturnType<typeof Y.decodeUpdate>
type Target = Y.ID | null

/** No place could be found: the update depends on structs the board does not hold. */
const UNKNOWN = Symbol('unknown')
/** The struct sits in garbage-collected content: whatever it carries is discarded on arrival. */
const DISCARDED = Symbol('discarded')

/**
 * Where a struct sits in the board: its top-level type, then the first two keys on the way down
 * (in `notes`: the note's id, then the key inside the note's map). A key is null in a list.
 */
interface Place {
  readonly root: string
  readonly path: readonly (string | null)[]
  /** How many types below the root the struct sits: 1 for a note, 2 for one of its keys. */
  readonly depth: number
  /** Whether the entry at depth 1 (the note's own map) is new in this update. */
  readonly entryNew: boolean
}
type Resolved = Place | typeof UNKNOWN | typeof DISCARDED

/** One change an update makes inside the map of one entry-keyed root (the board's notes). */
export type EntryChange =
  | {
      /** The entry itself is set (a note created or replaced) or deleted. */
      readonly target: 'entry'
      readonly entry: string
      readonly kind: 'set' | 'delete'
    }
  | {
      /** Something under one key of the entry's map, however deep. */
      readonly target: 'key'
      readonly entry: string
      readonly key: string
      readonly kind: 'set' | 'delete'
      /** Whether the entry's map was created by this same update. */
      readonly newEntry: boolean
      /** A set directly under the key of exactly one plain value: that value. */
      readonly value?: { readonly plain: unknown }
      /** A deletion that comes with the deletion of its whole entry in the same update. */
      readonly withEntry: boolean
    }

/** What an update changes: its top-level types, and each change inside the entries of one. */
export interface UpdateReach {
  readonly roots: Set<string>
  readonly entries: EntryChange[]
}

/**
 * What an update changes: where each of its new structs is inserted and where each of its
 * deletions falls, by top-level type; and, inside the root named `entriesRoot` (the notes), which
 * entry and which key of that entry's map. Returns `undefined` when some struct's place cannot be
 * known (it depends on content the board lacks): such an update is refused to a client whose
 * scope is limited, who could otherwise hide a write behind a gap.
 *
 * Written here because Yjs offers no way to ask what an update touches before applying it:
 * a struct names its parent (a root's name, or the id of the item holding its parent type) and
 * its key in a map or, when its left or right neighbour is known, nothing at all; the parent and
 * the key are then that neighbour's (as `Item.integrate` copies them).
 */
export function reachOf(
  doc: Y.Doc,
  decoded: Decoded,
  entriesRoot: string,
): UpdateReach | undefined {
  const roots = new Set<string>()
  const entries: EntryChange[] = []
  const resolver = new PlaceResolver(doc, decoded.structs)
  for (const struct of decoded.structs) {
    if (!(struct instanceof Y.Item)) continue
    // Already on the board: applying it changes nothing. A client replays such structs when its
    // offline cache loads after it synced (y-indexeddb's update reaches y-websocket as a change).
    if (struct.id.clock + struct.length <= Y.getState(doc.store, struct.id.client)) continue
    const place = resolver.placeOfStruct(struct)
    if (place === UNKNOWN) return undefined
    if (place === DISCARDED) continue
    roots.add(place.root)
    if (place.root === entriesRoot) {
      const change = entryChange(place, 'set', plainValueOf(struct, place), false)
      if (change) entries.push(change)
    }
  }
  const deleted = deletedItems(doc, decoded.ds)
  for (const item of deleted) {
    const place = placeInDocument(doc, item)
    if (place === DISCARDED) continue
    roots.add(place.root)
    if (place.root !== entriesRoot) continue
    const change = entryChange(place, 'delete', undefined, entryDeleted(item, deleted))
    if (change) entries.push(change)
  }
  return { roots, entries }
}

/** The names of the board's top-level types an update changes (see {@link reachOf}). */
export function rootsChanged(doc: Y.Doc, decoded: Decoded): Set<string> | undefined {
  return reachOf(doc, decoded, '')?.roots
}

function entryChange(
  place: Place,
  kind: 'set' | 'delete',
  value: { plain: unknown } | undefined,
  withEntry: boolean,
): EntryChange | undefined {
  const [entry, key] = place.path
  // List content of the root or of an entry: the model reads neither, so it changes nothing.
  if (typeof entry !== 'string') return undefined
  if (place.depth === 1) return { target: 'entry', entry, kind }
  if (typeof key !== 'string') return undefined
  const change = { target: 'key', entry, key, kind, newEntry: place.entryNew, withEntry } as const
  return value ? { ...change, value } : change
}

/** The value a struct sets directly under a key of an entry, when it is one plain value. */
function plainValueOf(struct: Y.Item, place: Place): { plain: unknown } | undefined {
  // A map reads the last value of its item's content: two values in one item are not one.
  if (place.depth !== 2 || !(struct.content instanceof Y.ContentAny)) return undefined
  const values = struct.content.getContent()
  return values.length === 1 ? { plain: values[0] } : undefined
}

/** The live items of the board that a delete set removes. */
function deletedItems(doc: Y.Doc, ds: Decoded['ds']): Set<Y.Item> {
  const items = new Set<Y.Item>()
  for (const [client, deletes] of ds.clients) {
    const structs = doc.store.clients.get(client)
    if (structs === undefined) continue
    const known = Y.getState(doc.store, client)
    for (const { clock, len } of deletes) {
      const end = Math.min(clock + len, known)
      if (clock >= end) continue
      for (let index = Y.findIndexSS(structs, clock); index < structs.length; index++) {
        const struct = structs[index]!
        if (struct.id.clock >= end) break
        if (struct instanceof Y.Item && !struct.deleted) items.add(struct)
      }
    }
  }
  return items
}

/** Whether the entry (depth 1) holding an integrated item is among the deleted items. */
function entryDeleted(item: Y.Item, deleted: Set<Y.Item>): boolean {
  let current: Y.Item = item
  for (;;) {
    const parent = current.parent as Y.AbstractType<unknown> | null
    if (parent === null) return false
    if (parent._item === null) return deleted.has(current)
    const holder = parent._item
    current = holder
  }
}

/** The place of an item the board holds, walking up from it (iteratively: nesting can be deep). */
function placeInDocument(doc: Y.Doc, item: Y.Item): Place | typeof DISCARDED {
  const chain: Y.Item[] = []
  let current: Y.Item = item
  for (;;) {
    chain.push(current)
    const parent = current.parent as Y.AbstractType<unknown> | null
    if (parent === null) return DISCARDED
    if (parent._item === null) {
      const keys = chain
        .slice(-2)
        .reverse()
        .map((each) => each.parentSub)
      return { root: Y.findRootTypeKey(parent), path: keys, depth: chain.length, entryNew: false }
    }
    current = parent._item
  }
}

/** How a struct of the update finds its place: as its parent's child, or as its neighbour is. */
type Link = 'root' | 'child' | 'neighbour'

/** Finds the place of each struct of one update, following parents and neighbours. */
class PlaceResolver {
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
   * The place of a struct of the update. Iterative: a long run of typed characters can chain
   * thousands of structs by their left neighbour, and a crafted update can nest types as deep,
   * too deep to recurse.
   */
  placeOfStruct(start: Y.Item): Resolved {
    const chain: Array<{ item: Y.Item; link: Link }> = []
    let current: Y.Item = start
    let found: Resolved
    for (;;) {
      const known = this.memo.get(current)
      if (known !== undefined) {
        found = known
        break
      }
      const parent = current.parent as unknown
      if (typeof parent === 'string') {
        chain.push({ item: current, link: 'root' })
        found = { root: parent, path: [current.parentSub], depth: 1, entryNew: true }
        break
      }
      const link: Link = parent instanceof Y.ID ? 'child' : 'neighbour'
      chain.push({ item: current, link })
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
      if (inUpdate === undefined || chain.some((step) => step.item === inUpdate)) {
        found = UNKNOWN
        break
      }
      current = inUpdate
    }
    // Unwind: each step's place follows from the place of what it pointed at.
    for (let index = chain.length - 1; index >= 0; index--) {
      const { item, link } = chain[index]!
      if (link !== 'root') found = derive(found, link, item)
      this.memo.set(item, found)
    }
    return found
  }

  private inDocument(id: Y.ID): Resolved | undefined {
    if (id.clock >= Y.getState(this.doc.store, id.client)) return undefined
    const structs = this.doc.store.clients.get(id.client)!
    const struct = structs[Y.findIndexSS(structs, id.clock)]!
    if (!(struct instanceof Y.Item)) return DISCARDED
    return placeInDocument(this.doc, struct)
  }

  private inUpdate(id: Y.ID): Y.Item | undefined {
    const list = this.byClient.get(id.client)
    if (!list) return undefined
    return list.find((item) => item.id.clock <= id.clock && id.clock < item.id.clock + item.length)
  }
}

/** The place of `item`, from the place of its parent's item (`child`) or of its neighbour. */
function derive(base: Resolved, link: 'child' | 'neighbour', item: Y.Item): Resolved {
  if (typeof base === 'symbol') return base
  if (link === 'neighbour') {
    // A neighbour shares the parent and the key; at depth 1 the struct is a new entry itself.
    return base.depth === 1 ? { ...base, entryNew: true } : base
  }
  const path = base.path.length >= 2 ? base.path : [...base.path, item.parentSub]
  return { root: base.root, path, depth: base.depth + 1, entryNew: base.entryNew }
}
