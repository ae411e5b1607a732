import * as Y from 'yjs'

type Ranges = Map<number, { clock: number; end: number }[]>

/** A delete set's ranges per client, sorted, with touching ranges joined. */
function deletedRanges(update: Uint8Array): Ranges {
  const ranges: Ranges = new Map()
  for (const [client, items] of Y.decodeUpdate(update).ds.clients) {
    const sorted = items
      .map(({ clock, len }) => ({ clock, end: clock + len }))
      .sort((a, b) => a.clock - b.clock)
    const joined: { clock: number; end: number }[] = []
    for (const range of sorted) {
      const last = joined.at(-1)
      if (last && range.clock <= last.end) last.end = Math.max(last.end, range.end)
      else joined.push({ ...range })
    }
    ranges.set(client, joined)
  }
  return ranges
}

/**
 * True when `merged` holds everything `update` carries: each of its structs (by the state
 * vector, counted only from clock 0 without gaps, so a gap reads as "not held") and each of its
 * deletions. Conservative: false may be answered for an update that is in fact held.
 */
function holds(state: Map<number, number>, deleted: Ranges, update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update)
  for (const struct of structs) {
    if (struct instanceof Y.Skip) continue
    if ((state.get(struct.id.client) ?? 0) < struct.id.clock + struct.length) return false
  }
  for (const [client, items] of ds.clients) {
    const ranges = deleted.get(client) ?? []
    for (const { clock, len } of items) {
      const end = clock + len
      if (!ranges.some((range) => range.clock <= clock && end <= range.end)) return false
    }
  }
  return true
}

/**
 * What a compaction stores in place of `updates`: `merged` itself when it holds them all (the
 * relay's document state, as it should), otherwise `merged` merged with them. Two relay
 * instances share a board's log: an instance that appended after another one, before the other's
 * update reached it, would otherwise merge that update away.
 */
export function compactedUpdate(
  merged: Uint8Array,
  updates: readonly Uint8Array[],
): { update: Uint8Array; complete: boolean } {
  const state = Y.decodeStateVector(Y.encodeStateVectorFromUpdate(merged))
  const deleted = deletedRanges(merged)
  if (updates.every((update) => holds(state, deleted, update))) {
    return { update: merged, complete: true }
  }
  return { update: Y.mergeUpdates([merged, ...updates]), complete: false }
}
