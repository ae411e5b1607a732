import * as prng from 'lib0/prng'

/** A frame made from a corpus frame by one to four random mutations, or pure noise. */
export function mutate(gen: prng.PRNG, corpus: readonly Uint8Array[]): Uint8Array {
  if (prng.int32(gen, 0, 19) === 0) return noise(gen)
  let frame: Uint8Array = Uint8Array.from(prng.oneOf(gen, corpus as Uint8Array[]))
  const rounds = prng.int32(gen, 1, 4)
  for (let i = 0; i < rounds; i++) frame = prng.oneOf(gen, MUTATIONS)(gen, frame, corpus)
  return frame
}

type Mutation = (gen: prng.PRNG, frame: Uint8Array, corpus: readonly Uint8Array[]) => Uint8Array

const MUTATIONS: Mutation[] = [
  function flipBit(gen, frame) {
    if (frame.length === 0) return frame
    const at = prng.int32(gen, 0, frame.length - 1)
    frame[at] = (frame[at] ?? 0) ^ (1 << prng.int32(gen, 0, 7))
    return frame
  },
  function setByte(gen, frame) {
    if (frame.length === 0) return frame
    frame[prng.int32(gen, 0, frame.length - 1)] = prng.oneOf(gen, [
      0,
      1,
      0x7f,
      0x80,
      0xff,
      prng.uint32(gen, 0, 255),
    ])
    return frame
  },
  function truncate(gen, frame) {
    return frame.slice(0, prng.int32(gen, 0, frame.length))
  },
  function insertBytes(gen, frame) {
    const at = prng.int32(gen, 0, frame.length)
    const bytes = prng.uint8Array(gen, prng.int32(gen, 1, 16))
    return concat(frame.slice(0, at), bytes, frame.slice(at))
  },
  function deleteBytes(gen, frame) {
    if (frame.length < 2) return frame
    const at = prng.int32(gen, 0, frame.length - 1)
    return concat(frame.slice(0, at), frame.slice(at + prng.int32(gen, 1, 8)))
  },
  function duplicateChunk(gen, frame) {
    if (frame.length < 2) return frame
    const from = prng.int32(gen, 0, frame.length - 1)
    const chunk = frame.slice(from, from + prng.int32(gen, 1, 32))
    const at = prng.int32(gen, 0, frame.length)
    return concat(frame.slice(0, at), chunk, frame.slice(at))
  },
  function splice(gen, frame, corpus) {
    const other = prng.oneOf(gen, corpus as Uint8Array[])
    return concat(
      frame.slice(0, prng.int32(gen, 0, frame.length)),
      other.slice(prng.int32(gen, 0, other.length)),
    )
  },
  function hugeVarint(gen, frame) {
    const at = prng.int32(gen, 0, frame.length)
    const big = prng.oneOf(gen, [
      [0xff, 0xff, 0xff, 0xff, 0x0f],
      [0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x10],
      [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f],
    ])
    return concat(frame.slice(0, at), Uint8Array.from(big), frame.slice(at + 1))
  },
  function retag(gen, frame) {
    if (frame.length === 0) return frame
    frame[0] = prng.int32(gen, 0, 5)
    return frame
  },
]

function noise(gen: prng.PRNG): Uint8Array {
  return prng.uint8Array(gen, prng.int32(gen, 0, 256))
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}
