/**
 * A vote's key in the `votes` map: `<noteId>/<voterId>`. One key per voter and note makes a
 * vote cast twice (two devices, one person) count once after merging. Note ids never contain
 * `/`, so the first `/` splits the key even when a voter id contains one.
 */
export function voteKey(noteId: string, voterId: string): string {
  return `${noteId}/${voterId}`
}

/** The note id inside a vote key, or undefined for a key no vote could have. */
export function noteOfVoteKey(key: string): string | undefined {
  const slash = key.indexOf('/')
  return slash > 0 ? key.slice(0, slash) : undefined
}
