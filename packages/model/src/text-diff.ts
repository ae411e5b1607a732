import type * as Y from 'yjs'

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/**
 * Turns `ytext` into `next` by deleting and inserting only the span that differs, so an edit
 * made here merges character-wise with edits other people make elsewhere in the same text.
 * Call inside a transaction.
 */
export function applyTextDiff(ytext: Y.Text, next: string): void {
  const current = ytext.toString()
  if (current === next) return
  const shorter = Math.min(current.length, next.length)
  let start = 0
  while (start < shorter && current.charCodeAt(start) === next.charCodeAt(start)) start += 1
  // Never cut an emoji or other astral character in half.
  if (start > 0 && isHighSurrogate(current.charCodeAt(start - 1))) start -= 1
  let end = 0
  while (
    end < shorter - start &&
    current.charCodeAt(current.length - 1 - end) === next.charCodeAt(next.length - 1 - end)
  ) {
    end += 1
  }
  if (end > 0 && isLowSurrogate(current.charCodeAt(current.length - end))) end -= 1
  const removed = current.length - start - end
  if (removed > 0) ytext.delete(start, removed)
  const inserted = next.slice(start, next.length - end)
  if (inserted.length > 0) ytext.insert(start, inserted)
}
