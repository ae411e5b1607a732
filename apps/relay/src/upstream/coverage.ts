import type * as Y from 'yjs'

/**
 * True when `remote` holds everything `local` does: every client's clock at least as far, and
 * every deletion `local` knows of. A state vector alone misses deletions (deleting a note adds
 * no struct), which is why the two sides compare whole snapshots.
 *
 * @example covers(Y.snapshot(upstreamDoc), Y.snapshot(venueDoc)) // the upstream has it all
 */
export function covers(remote: Y.Snapshot, local: Y.Snapshot): boolean {
  for (const [client, clock] of local.sv) {
    if ((remote.sv.get(client) ?? 0) < clock) return false
  }
  for (const [client, deleted] of local.ds.clients) {
    const known = [...(remote.ds.clients.get(client) ?? [])].sort((a, b) => a.clock - b.clock)
    for (const { clock, len } of deleted) {
      if (!rangeCovered(known, clock, clock + len)) return false
    }
  }
  return true
}

/** Whether sorted ranges cover [from, to) without a gap. */
function rangeCovered(
  ranges: readonly { clock: number; len: number }[],
  from: number,
  to: number,
): boolean {
  let reached = from
  for (const { clock, len } of ranges) {
    if (clock > reached) break
    reached = Math.max(reached, clock + len)
    if (reached >= to) return true
  }
  return reached >= to
}
