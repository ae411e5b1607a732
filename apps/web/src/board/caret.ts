/**
 * Where a caret at `caret` in `before` should be once the text became `after` (someone else
 * typed): unchanged before the edit, shifted by its length after it. The edit is found as the
 * part between the common prefix and the common suffix.
 */
export function shiftCaret(before: string, after: string, caret: number): number {
  let prefix = 0
  const shortest = Math.min(before.length, after.length)
  while (prefix < shortest && before[prefix] === after[prefix]) prefix += 1
  let suffix = 0
  while (
    suffix < shortest - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  ) {
    suffix += 1
  }
  if (caret <= prefix) return caret
  const removedEnd = before.length - suffix
  if (caret >= removedEnd) return caret + (after.length - before.length)
  // Inside text someone else replaced: stand at the end of what they wrote.
  return after.length - suffix
}
