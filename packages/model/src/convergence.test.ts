import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  FrameKind,
  NoteCategory,
  Priority,
  addFrame,
  addNote,
  boardProblems,
  castVote,
  deleteFrame,
  deleteNote,
  deleteNotes,
  frameCells,
  getNoteText,
  getRecommendationsFragment,
  isModelError,
  listFrames,
  listNotes,
  moveFrame,
  moveNote,
  moveNotes,
  placeNoteInCell,
  resizeFrame,
  retractVote,
  setNoteText,
  snapshotBoard,
  updateBoardMeta,
  updateNote,
} from './index.js'

// Several peers edit one board through the package's functions while their updates travel in
// random order, with delays and peers dropping offline; at the end every peer must hold the
// same board (as Yjs's own applyRandomTests do for its types).

type Random = { next: () => number; int: (n: number) => number; pick: <T>(list: readonly T[]) => T }

function seeded(seed: number): Random {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n: number) => Math.floor(next() * n)
  return { next, int, pick: (list) => list[int(list.length)]! }
}

type Peer = { doc: Y.Doc; inbox: Uint8Array[]; online: boolean }

function network(count: number): Peer[] {
  const peers: Peer[] = []
  for (let index = 0; index < count; index += 1) {
    const doc = new Y.Doc()
    doc.clientID = index + 1
    peers.push({ doc, inbox: [], online: true })
  }
  for (const peer of peers) {
    peer.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'network') return
      for (const other of peers) if (other !== peer) other.inbox.push(update)
    })
  }
  return peers
}

/** Delivers some of a peer's waiting updates, in random order. */
function deliver(peer: Peer, random: Random, all = false): void {
  if (!peer.online && !all) return
  let count = all ? peer.inbox.length : random.int(peer.inbox.length + 1)
  while (count > 0 && peer.inbox.length > 0) {
    const [update] = peer.inbox.splice(all ? 0 : random.int(peer.inbox.length), 1)
    Y.applyUpdate(peer.doc, update!, 'network')
    count -= 1
  }
}

const words = ['risque', 'EMI', 'jeunes', 'migrants', 'signalement', 'مخاطر', '😀', ' ', 'x']

function editText(doc: Y.Doc, id: string, random: Random): void {
  const text = getNoteText(doc, id) ?? ''
  const at = random.int(text.length + 1)
  const next =
    random.next() < 0.6
      ? text.slice(0, at) + random.pick(words) + text.slice(at)
      : text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + random.int(4)))
  setNoteText(doc, id, next.slice(0, 300))
}

function edit(doc: Y.Doc, random: Random): void {
  const notes = listNotes(doc)
  const frames = listFrames(doc)
  const note = notes.length > 0 ? random.pick(notes).id : 'missing'
  const frame = frames.length > 0 ? random.pick(frames) : undefined
  const spot = () => ({ x: random.int(3000) - 500, y: random.int(3000) - 500 })
  const categories = Object.values(NoteCategory)
  switch (random.int(16)) {
    case 0:
    case 1:
      addNote(doc, { category: random.pick(categories), text: random.pick(words), ...spot() })
      return
    case 2:
    case 3:
      return editText(doc, note, random)
    case 4:
      return moveNote(doc, note, spot())
    case 5:
      moveNotes(
        doc,
        notes.slice(0, random.int(5)).map((n) => ({ id: n.id, ...spot() })),
      )
      return
    case 6:
      return updateNote(doc, note, {
        category: random.pick(categories),
        priority: random.next() < 0.3 ? null : random.pick(Object.values(Priority)),
        tags: words.filter(() => random.next() < 0.2).map((w) => w.trim() || 'vide'),
        hidden: random.next() < 0.1,
        risk: { gaps: random.pick(words), channels: random.pick(words) },
      })
    case 7:
      if (random.next() < 0.5) deleteNote(doc, note)
      else
        deleteNotes(
          doc,
          notes.slice(0, random.int(3)).map((n) => n.id),
        )
      return
    case 8:
      addFrame(doc, random.pick(Object.values(FrameKind)), spot())
      return
    case 9:
      if (frame) moveFrame(doc, frame.id, spot())
      return
    case 10:
      if (frame)
        resizeFrame(doc, frame.id, { w: frame.w * (0.8 + random.next() * 0.5), h: frame.h })
      return
    case 11:
      if (frame && random.next() < 0.3) deleteFrame(doc, frame.id)
      return
    case 12:
      if (frame) placeNoteInCell(doc, note, frame.id, random.pick(frameCells(frame.kind)))
      return
    case 13:
      castVote(doc, `p-${random.int(4)}`, note, 3)
      return
    case 14:
      retractVote(doc, `p-${random.int(4)}`, note)
      return
    case 15:
      if (random.next() < 0.5) updateBoardMeta(doc, { title: random.pick(words) })
      else getRecommendationsFragment(doc).insert(0, [new Y.XmlText(random.pick(words))])
      return
  }
}

function run(seed: number, peers: number, steps: number): Peer[] {
  const random = seeded(seed)
  const net = network(peers)
  for (let step = 0; step < steps; step += 1) {
    const peer = random.pick(net)
    if (random.next() < 0.05) peer.online = !peer.online
    try {
      edit(peer.doc, random)
    } catch (error) {
      // A race (the note was deleted elsewhere, the budget is spent) is refused cleanly.
      if (!isModelError(error)) throw error
    }
    deliver(random.pick(net), random)
  }
  for (const peer of net) deliver(peer, random, true)
  return net
}

describe('convergence', () => {
  for (const seed of [1, 2, 3, 42, 1234, 2026]) {
    it(`brings every peer to the same board (seed ${seed})`, () => {
      const net = run(seed, 4, 400)
      const [first, ...rest] = net.map((peer) => snapshotBoard(peer.doc))
      expect(first!.notes.length + first!.frames.length).toBeGreaterThan(0)
      for (const snapshot of rest) expect(snapshot).toEqual(first)
      const state = net.map((peer) => Y.encodeStateVector(peer.doc))
      for (const vector of state) expect(vector).toEqual(state[0])
      // Whatever the races, every counted vote is for a note still on the board.
      const ids = new Set(first!.notes.map((note) => note.id))
      for (const vote of first!.votes) expect(ids.has(vote.noteId)).toBe(true)
      // And whatever merged, the board holds only what this package writes.
      expect(boardProblems(net[0]!.doc)).toEqual([])
    })
  }
})
