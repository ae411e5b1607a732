import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { StorageErrorCode } from './errors.js'
import type {
  AppendedUpdate,
  BoardKey,
  DocStore,
  StoredDraft,
  StoredJoinCode,
  StoredParticipant,
} from './types.js'

/**
 * One test's storage: empty when made, and every `open()` reaches the same data, so a test can
 * reopen it or hold two stores on it at once. `destroy()` removes it after the test.
 */
export interface StoragePlace {
  open(): Promise<DocStore>
  destroy(): Promise<void>
  /**
   * Takes the database away from every store open on this place (SQLite: another process holds
   * the write lock; Postgres: the network to the server is cut) until the returned function
   * brings it back.
   */
  cutOff?(): Promise<() => Promise<void>>
}

const BOARD: BoardKey = { workshop: 'tanger', board: 'group-1' }

/**
 * The contract every `DocStore` backend passes, as y-redis runs `tests/storage.tests.js` over
 * each of its storages. Call it from the backend's test file with a way to make fresh storage:
 *
 * @example
 * describeDocStoreContract('sqlite', async () => { const dir = mkdtempSync(...); return {...} })
 */
export function describeDocStoreContract(name: string, makePlace: () => Promise<StoragePlace>) {
  describe(`DocStore contract: ${name}`, () => {
    let place: StoragePlace
    let opened: DocStore[]

    /** A store on this test's storage, closed after the test. */
    async function open(): Promise<DocStore> {
      const store = await place.open()
      opened.push(store)
      return store
    }

    beforeEach(async () => {
      place = await makePlace()
      opened = []
    })

    afterEach(async () => {
      for (const store of opened) await store.close()
      await place.destroy()
    })

    it('keeps versions of a board, newest first, through compaction and reopening', async () => {
      const store = await open()
      const notes = new Notes()
      await store.append(BOARD, notes.write('risk: power cut'))
      const first = Y.encodeStateAsUpdate(notes.doc)
      const saved = await store.saveVersion(BOARD, {
        snapshot: first,
        author: 'fac-1',
        name: 'Avant le vote',
        reason: 'named',
      })
      await store.append(BOARD, notes.write('shared drive offline'))
      const second = Y.encodeStateAsUpdate(notes.doc)
      await store.saveVersion(BOARD, {
        snapshot: second,
        author: 'atelier:relay',
        name: null,
        reason: 'auto',
      })
      await store.compact(BOARD, second, (await store.load(BOARD)).lastSeq)
      const again = await open()
      const versions = await again.listVersions(BOARD)
      expect(versions.map((version) => version.reason)).toEqual(['auto', 'named'])
      expect(versions[1]).toEqual({ ...saved, bytes: first.byteLength })
      expect(rebuild([(await again.loadVersion(BOARD, saved.id))!])).toEqual(['risk: power cut'])
      expect(await again.loadVersion(BOARD, 9999)).toBeUndefined()
      expect(await again.listVersions({ workshop: 'tanger', board: 'group-2' })).toEqual([])
    })

    it('drops the versions of a deleted board and saves no new one', async () => {
      const store = await open()
      const notes = new Notes()
      await store.append(BOARD, notes.write('x'))
      const snapshot = Y.encodeStateAsUpdate(notes.doc)
      await store.saveVersion(BOARD, { snapshot, author: 'a', name: null, reason: 'auto' })
      await store.deleteBoard(BOARD)
      expect(await store.listVersions(BOARD)).toEqual([])
      await expect(
        store.saveVersion(BOARD, { snapshot, author: 'a', name: null, reason: 'auto' }),
      ).rejects.toMatchObject({ code: StorageErrorCode.BOARD_DELETED })
    })

    it('remembers who was demoted in which workshop until reinstated, across reopening', async () => {
      const store = await open()
      await store.demote('tanger', 'p-7', 'fac-1')
      await store.demote('tanger', 'p-7', 'fac-2')
      const again = await open()
      expect(await again.isDemoted('tanger', 'p-7')).toBe(true)
      expect(await again.isDemoted('rabat', 'p-7')).toBe(false)
      expect(await again.isDemoted('tanger', 'p-8')).toBe(false)
      await again.demote('tanger', 'p-3', 'fac-1')
      await again.demote('rabat', 'p-9', 'fac-1')
      expect(await store.demotedIn('tanger')).toEqual(['p-3', 'p-7'])
      expect(await store.demotedIn('rabat')).toEqual(['p-9'])
      expect(await store.demotedIn('fes')).toEqual([])
      await again.reinstate('tanger', 'p-7')
      expect(await store.isDemoted('tanger', 'p-7')).toBe(false)
      expect(await store.demotedIn('tanger')).toEqual(['p-3'])
    })

    it('loads a board never written as empty', async () => {
      const store = await open()
      expect(await store.load(BOARD)).toEqual({ updates: [], lastSeq: 0, bytes: 0 })
      expect(await store.isDeleted(BOARD)).toBe(false)
    })

    it('gives back appended updates in order, and they rebuild the whole board', async () => {
      const store = await open()
      const notes = new Notes()
      const first = notes.write('risk: power cut', 'resilience plan')
      const second = notes.write('shared drive offline')
      expect(await store.append(BOARD, first)).toBe(2)
      expect(await store.append(BOARD, second)).toBe(3)
      const stored = await store.load(BOARD)
      expect(stored.updates).toEqual([...first, ...second].map(({ update }) => update))
      expect(stored.lastSeq).toBe(3)
      expect(stored.bytes).toBe(sizeOf(stored.updates))
      expect(rebuild(stored.updates)).toEqual(notes.texts())
    })

    it('answers an empty batch with the last sequence number and stores nothing', async () => {
      const store = await open()
      await store.append(BOARD, new Notes().write('a', 'b'))
      expect(await store.append(BOARD, [])).toBe(2)
      expect((await store.load(BOARD)).updates).toHaveLength(2)
    })

    it('stores nothing of a batch that fails part-way, and numbers on from the last stored', async () => {
      const store = await open()
      const notes = new Notes()
      await store.append(BOARD, notes.write('kept'))
      const [good, alsoGood] = notes.write('lost one', 'lost two')
      // An empty update is no Yjs update at all: the store refuses it after storing two others.
      const empty = { update: new Uint8Array(0), author: 'p-2' }
      await expect(store.append(BOARD, [good!, alsoGood!, empty])).rejects.toMatchObject({
        code: StorageErrorCode.STORAGE,
      })
      expect(rebuild((await store.load(BOARD)).updates)).toEqual(['kept'])
      expect(await store.append(BOARD, [good!, alsoGood!])).toBe(3)
    })

    it('keeps the content and every later update when it compacts', async () => {
      const store = await open()
      const notes = new Notes()
      await store.append(BOARD, notes.write('one', 'two', 'three'))
      const merged = Y.encodeStateAsUpdate(notes.doc)
      const later = notes.write('four', 'five')
      await store.append(BOARD, later)
      await store.compact(BOARD, merged, 3)
      const stored = await store.load(BOARD)
      expect(stored.updates).toEqual([merged, ...later.map(({ update }) => update)])
      expect(stored.lastSeq).toBe(5)
      expect(rebuild(stored.updates)).toEqual(notes.texts())
      expect(await store.append(BOARD, notes.write('six'))).toBe(6)
      expect(rebuild((await store.load(BOARD)).updates)).toEqual(notes.texts())
    })

    it('ignores a compaction older than one already done', async () => {
      const store = await open()
      const notes = new Notes()
      await store.append(BOARD, notes.write('one', 'two'))
      const mergedAt2 = Y.encodeStateAsUpdate(notes.doc)
      await store.append(BOARD, notes.write('three', 'four'))
      const mergedAt4 = Y.encodeStateAsUpdate(notes.doc)
      await store.compact(BOARD, mergedAt4, 4)
      await store.compact(BOARD, mergedAt2, 2)
      expect(await store.load(BOARD)).toMatchObject({ updates: [mergedAt4], lastSeq: 4 })
      await store.compact(BOARD, mergedAt4, 4)
      expect(await store.load(BOARD)).toMatchObject({ updates: [mergedAt4], lastSeq: 4 })
    })

    it('stays whole when two stores compact the same board at once', async () => {
      const [one, two] = [await open(), await open()]
      const notes = new Notes()
      await one.append(BOARD, notes.write('a', 'b', 'c'))
      const mergedAt3 = Y.encodeStateAsUpdate(notes.doc)
      await one.append(BOARD, notes.write('d', 'e'))
      const mergedAt5 = Y.encodeStateAsUpdate(notes.doc)
      const later = notes.write('f')
      await Promise.all([
        one.compact(BOARD, mergedAt5, 5),
        two.compact(BOARD, mergedAt3, 3),
        two.append(BOARD, later),
        one.compact(BOARD, mergedAt5, 5),
      ])
      const stored = await two.load(BOARD)
      // Whatever order the calls ran in, the newest compaction won and the later update stayed.
      expect(stored).toMatchObject({ updates: [mergedAt5, later[0]!.update], lastSeq: 6 })
      expect(rebuild(stored.updates)).toEqual(notes.texts())
    })

    it('refuses to compact past the last stored update and changes nothing', async () => {
      const store = await open()
      const notes = new Notes()
      await store.append(BOARD, notes.write('a', 'b'))
      const before = await store.load(BOARD)
      const claim = store.compact(BOARD, Y.encodeStateAsUpdate(notes.doc), 3)
      await expect(claim).rejects.toMatchObject({ code: StorageErrorCode.STORAGE })
      expect(await store.load(BOARD)).toEqual(before)
    })

    it('keeps its size near the document when clients push their whole state after each restart', async () => {
      // y-mongodb #7: each reconnecting client sends its whole state again, a copy per restart.
      const store = await open()
      const notes = new Notes()
      for (let i = 0; i < 40; i++) notes.write(`finding ${i}: ${'detail '.repeat(20)}`)
      const whole = Y.encodeStateAsUpdate(notes.doc)
      for (let restart = 0; restart < 20; restart++) {
        await store.append(BOARD, [{ update: whole, author: `p-${restart % 3}` }])
      }
      const grown = await store.load(BOARD)
      expect(grown.bytes).toBeGreaterThanOrEqual(20 * whole.length)
      await store.compact(BOARD, Y.mergeUpdates(grown.updates), grown.lastSeq)
      const compacted = await store.load(BOARD)
      expect(compacted.bytes).toBeLessThanOrEqual(whole.length * 1.1)
      expect(rebuild(compacted.updates)).toEqual(notes.texts())
    })

    it('deletes a board for good: nothing loads, nothing more is stored, other boards stay', async () => {
      const store = await open()
      const neighbour = { workshop: BOARD.workshop, board: 'group-2' }
      const notes = new Notes()
      await store.append(BOARD, notes.write('to delete'))
      await store.append(neighbour, new Notes().write('to keep'))
      await store.deleteBoard(BOARD)
      await store.deleteBoard(BOARD)
      expect(await store.isDeleted(BOARD)).toBe(true)
      expect(await store.load(BOARD)).toEqual({ updates: [], lastSeq: 0, bytes: 0 })
      // An offline client coming back with its cached copy must not bring the board back.
      const cached = [{ update: Y.encodeStateAsUpdate(notes.doc), author: 'p-1' }]
      await expect(store.append(BOARD, cached)).rejects.toMatchObject({
        code: StorageErrorCode.BOARD_DELETED,
      })
      await expect(store.compact(BOARD, cached[0]!.update, 0)).rejects.toMatchObject({
        code: StorageErrorCode.BOARD_DELETED,
      })
      expect((await store.load(BOARD)).updates).toEqual([])
      expect(await store.isDeleted(neighbour)).toBe(false)
      expect(rebuild((await store.load(neighbour)).updates)).toEqual(['to keep'])
    })

    it('keeps updates, compactions and deletions across close and reopen', async () => {
      const first = await open()
      const notes = new Notes()
      const gone = { workshop: BOARD.workshop, board: 'group-2' }
      await first.append(BOARD, notes.write('one', 'two'))
      await first.compact(BOARD, Y.encodeStateAsUpdate(notes.doc), 2)
      await first.append(BOARD, notes.write('three'))
      await first.append(gone, notes.write('elsewhere'))
      await first.deleteBoard(gone)
      const before = await first.load(BOARD)
      await first.close()
      const again = await open()
      expect(await again.load(BOARD)).toEqual(before)
      expect(await again.isDeleted(gone)).toBe(true)
      expect(await again.append(BOARD, notes.write('four'))).toBe(4)
    })

    it('keeps workshops and boards apart, even when their ids would join alike', async () => {
      const store = await open()
      const keys: BoardKey[] = [
        { workshop: 'tanger', board: 'group-1' },
        { workshop: 'tanger', board: 'group-2' },
        { workshop: 'rabat', board: 'group-1' },
        { workshop: 'a', board: 'b-c' },
        { workshop: 'a-b', board: 'c' },
      ]
      for (const key of keys) {
        await store.append(key, new Notes().write(`${key.workshop}|${key.board}`))
      }
      await store.deleteBoard({ workshop: 'a', board: 'b-c' })
      for (const key of keys.slice(0, 3).concat(keys[4]!)) {
        const stored = await store.load(key)
        expect(stored.lastSeq).toBe(1)
        expect(rebuild(stored.updates)).toEqual([`${key.workshop}|${key.board}`])
      }
      expect(await store.isDeleted({ workshop: 'a-b', board: 'c' })).toBe(false)
    })

    it('records one consultation per workshop and never overwrites it', async () => {
      const store = await open()
      expect(await store.loadConsultation('tanger')).toBeUndefined()
      expect(await store.createConsultation('tanger', '{"title":"Tanger"}')).toBe(true)
      expect(await store.createConsultation('tanger', '{"title":"Autre"}')).toBe(false)
      expect(await store.createConsultation('rabat', '{"title":"Rabat"}')).toBe(true)
      const reopened = await open()
      expect(JSON.parse((await reopened.loadConsultation('tanger'))!)).toEqual({ title: 'Tanger' })
      expect(JSON.parse((await reopened.loadConsultation('rabat'))!)).toEqual({ title: 'Rabat' })
    })

    it('keeps secret votes per round within the budget, once per note, across reopening', async () => {
      const store = await open()
      const vote = (voter: string, noteId: string, castAt = 1) => ({
        voter,
        group: 'group-1',
        noteId,
        castAt,
      })
      expect(await store.castBallot(BOARD, 1, vote('amina', 'n1'), 2)).toBe('cast')
      expect(await store.castBallot(BOARD, 1, vote('amina', 'n1'), 2)).toBe('alreadyVoted')
      expect(await store.castBallot(BOARD, 1, vote('amina', 'n2', 2), 2)).toBe('cast')
      expect(await store.castBallot(BOARD, 1, vote('amina', 'n3'), 2)).toBe('spent')
      expect(await store.castBallot(BOARD, 1, vote('youssef', 'n1', 3), 2)).toBe('cast')
      expect(await store.castBallot(BOARD, 2, vote('amina', 'n3'), 2)).toBe('cast')
      expect(await store.retractBallot(BOARD, 1, 'amina', 'n1')).toBe(true)
      expect(await store.retractBallot(BOARD, 1, 'amina', 'n1')).toBe(false)
      expect(await store.castBallot(BOARD, 1, vote('amina', 'n3', 4), 2)).toBe('cast')
      const again = await open()
      expect(await again.listBallots(BOARD, 1)).toEqual([
        vote('amina', 'n2', 2),
        vote('youssef', 'n1', 3),
        vote('amina', 'n3', 4),
      ])
      expect((await again.listBallots(BOARD, 1, 'youssef')).map((b) => b.noteId)).toEqual(['n1'])
      expect(await again.listBallots({ ...BOARD, board: 'group-2' }, 1)).toEqual([])
    })

    it('never lets one voter overspend, even casting through two stores at once', async () => {
      const [first, second] = [await open(), await open()]
      const casts = Array.from({ length: 12 }, (_, index) =>
        (index % 2 ? first : second).castBallot(
          BOARD,
          1,
          { voter: 'amina', group: 'group-1', noteId: `n${index}`, castAt: index },
          3,
        ),
      )
      const outcomes = await Promise.all(casts)
      expect(outcomes.filter((outcome) => outcome === 'cast')).toHaveLength(3)
      expect(await first.listBallots(BOARD, 1, 'amina')).toHaveLength(3)
    })

    it('keeps participants as given, sealed fields as opaque bytes, per workshop', async () => {
      const store = await open()
      const amina = participant('p-1', 'governance')
      await store.saveParticipants('tanger', [amina, participant('p-2', 'governance')])
      await store.saveParticipants('rabat', [participant('p-1', 'governance')])
      const edited = { ...amina, status: 'confirmed' as const, subgroup: null, updatedAt: 9 }
      await store.saveParticipants('tanger', [edited])
      const again = await open()
      const listed = await again.listParticipants('tanger')
      expect(listed.map((p) => p.id)).toEqual(['p-1', 'p-2'])
      expect(listed[0]).toEqual(edited)
      expect(await again.deleteParticipant('tanger', 'p-2')).toBe(true)
      expect(await again.deleteParticipant('tanger', 'p-2')).toBe(false)
      expect(await again.listParticipants('rabat')).toHaveLength(1)
    })

    it("erases a workshop's participants and nothing else, and keeps its audit log", async () => {
      const store = await open()
      await store.append(BOARD, new Notes().write('kept'))
      await store.saveParticipants('tanger', [participant('p-1', 'governance')])
      await store.saveParticipants('rabat', [participant('p-9', 'governance')])
      const entry = { at: 1, actor: 'fac', actorName: 'Khadija', action: 'exported', count: 1 }
      await store.recordParticipantAudit('tanger', entry)
      expect(await store.erasePersonalData('tanger')).toBe(1)
      await store.recordParticipantAudit('tanger', { ...entry, at: 2, action: 'deleted-all' })
      expect(await store.listParticipants('tanger')).toEqual([])
      expect(await store.listParticipants('rabat')).toHaveLength(1)
      expect(rebuild((await store.load(BOARD)).updates)).toEqual(['kept'])
      const log = await store.listParticipantAudit('tanger')
      expect(log.map((e) => e.action)).toEqual(['deleted-all', 'exported'])
      expect(await store.listParticipantAudit('rabat')).toEqual([])
    })

    it('names the workshops past their retention date that still hold participants', async () => {
      const store = await open()
      await store.saveParticipants('tanger', [participant('p-1', 'governance')])
      await store.saveParticipants('rabat', [participant('p-2', 'governance')])
      await store.setRetention('tanger', 100)
      await store.setRetention('rabat', 300)
      await store.setRetention('fes', 100)
      expect(await store.loadRetention('tanger')).toBe(100)
      expect(await store.expiredRetentions(99)).toEqual([])
      expect(await store.expiredRetentions(200)).toEqual(['tanger'])
      await store.setRetention('tanger', null)
      expect(await store.loadRetention('tanger')).toBeNull()
      expect(await (await open()).expiredRetentions(300)).toEqual(['rabat'])
    })

    it('refuses a malformed board key before touching storage', async () => {
      const store = await open()
      const bad: BoardKey = { workshop: '../tanger', board: 'group-1' }
      await expect(store.append(bad, new Notes().write('x'))).rejects.toMatchObject({
        code: StorageErrorCode.STORAGE,
      })
      await expect(store.load({ workshop: 'Tanger', board: 'group-1' })).rejects.toMatchObject({
        code: StorageErrorCode.STORAGE,
      })
    })

    it('stores each update once when two stores append to one board at once, and their compactions lose nothing', async () => {
      const [one, two] = [await open(), await open()]
      // Two relay instances, each with its own clients writing the same board.
      const [here, there] = [new Notes(), new Notes()]
      const batches = Array.from({ length: 8 }, (_, i) => [
        here.write(`here ${i}`),
        there.write(`there ${i}`),
      ])
      const seqs = await Promise.all(
        batches.flatMap(([mine, theirs]) => [one.append(BOARD, mine!), two.append(BOARD, theirs!)]),
      )
      expect([...seqs].sort((a, b) => a - b)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1))
      const stored = await one.load(BOARD)
      const sent = batches.flat(2).map(({ update }) => update)
      expect(stored.updates).toHaveLength(16)
      expect(new Set(stored.updates.map(key))).toEqual(new Set(sent.map(key)))
      // Each instance has heard the other's updates (fan-out) and merges what it holds.
      Y.applyUpdate(here.doc, Y.encodeStateAsUpdate(there.doc))
      Y.applyUpdate(there.doc, Y.encodeStateAsUpdate(here.doc))
      const merged = [Y.encodeStateAsUpdate(here.doc), Y.encodeStateAsUpdate(there.doc)]
      const later = [here.write('here late'), there.write('there late')]
      await Promise.all([
        one.compact(BOARD, merged[0]!, 16),
        two.compact(BOARD, merged[1]!, 16),
        one.append(BOARD, later[0]!),
        two.append(BOARD, later[1]!),
      ])
      const compacted = await two.load(BOARD)
      expect(compacted.lastSeq).toBe(18)
      expect(compacted.updates).toHaveLength(3)
      const written = Array.from({ length: 8 }, (_, i) => [`here ${i}`, `there ${i}`]).flat()
      expect(rebuild(compacted.updates).sort()).toEqual(
        [...written, 'here late', 'there late'].sort(),
      )
    })

    it('refuses to store while its database is away, keeps nothing half-written, and stores again once back', async () => {
      const store = await open()
      const notes = new Notes()
      await store.append(BOARD, notes.write('kept'))
      if (!place.cutOff) throw new Error(`the ${name} test place cannot cut its database off`)
      const bringBack = await place.cutOff()
      const lost = notes.write('while away', 'also while away')
      try {
        await expect(store.append(BOARD, lost)).rejects.toMatchObject({
          code: StorageErrorCode.STORAGE,
        })
      } finally {
        await bringBack()
      }
      const after = await store.load(BOARD)
      expect(after.lastSeq).toBe(1)
      expect(rebuild(after.updates)).toEqual(['kept'])
      // The relay never acknowledged the batch: its clients send it again, and it is stored.
      expect(await store.append(BOARD, lost)).toBe(3)
      expect(rebuild((await store.load(BOARD)).updates)).toEqual(notes.texts())
    })

    it("holds a person's drafts up to the limit, oldest first, until held, withdrawn or released", async () => {
      const store = await open()
      const draft = (id: string, owner: string, extra: Partial<StoredDraft> = {}): StoredDraft => ({
        id,
        board: 'group-1',
        owner,
        authorName: owner === 'amina' ? 'Amina' : null,
        text: `note ${id}`,
        category: 'finding',
        anonymous: false,
        status: 'pending',
        createdAt: Number(id.slice(1)),
        ...extra,
      })
      expect(await store.addDraft('tanger', draft('d1', 'amina'), 2)).toBe(true)
      expect(await store.addDraft('tanger', draft('d2', 'amina', { anonymous: true }), 2)).toBe(
        true,
      )
      expect(await store.addDraft('tanger', draft('d3', 'amina'), 2)).toBe(false)
      expect(await store.addDraft('tanger', draft('d4', 'youssef', { board: 'group-2' }), 2)).toBe(
        true,
      )
      expect(await store.addDraft('rabat', draft('d5', 'amina'), 2)).toBe(true)
      const again = await open()
      const mine = await again.listDrafts('tanger', ['group-1', 'group-2'], 'amina')
      expect(mine.map((d) => [d.id, d.authorName, d.anonymous])).toEqual([
        ['d1', 'Amina', false],
        ['d2', null, true],
      ])
      expect((await again.listDrafts('tanger', ['group-1', 'group-2'])).map((d) => d.id)).toEqual([
        'd1',
        'd2',
        'd4',
      ])
      expect(await again.listDrafts('tanger', [])).toEqual([])
      expect(await again.holdDraft('tanger', 'd1')).toBe(true)
      expect(await again.holdDraft('tanger', 'd9')).toBe(false)
      expect(await again.loadDraft('tanger', 'd1')).toEqual({
        ...draft('d1', 'amina'),
        status: 'held',
      })
      expect(await again.loadDraft('rabat', 'd1')).toBeUndefined()
      // A held draft no longer counts against the limit, and its author can no longer take it back.
      expect(await again.addDraft('tanger', draft('d3', 'amina'), 2)).toBe(true)
      expect(await again.withdrawDraft('tanger', 'd1', 'amina')).toBe(false)
      expect(await again.withdrawDraft('tanger', 'd2', 'youssef')).toBe(false)
      expect(await again.withdrawDraft('tanger', 'd2', 'amina')).toBe(true)
      await again.deleteDrafts('tanger', ['d1', 'd3'])
      expect((await store.listDrafts('tanger', ['group-1', 'group-2'])).map((d) => d.id)).toEqual([
        'd4',
      ])
      expect(await store.loadDraft('rabat', 'd5')).toBeDefined()
    })

    it('never lets one person overfill their drafts, even adding through two stores at once', async () => {
      const [first, second] = [await open(), await open()]
      const adds = Array.from({ length: 10 }, (_, index) =>
        (index % 2 ? first : second).addDraft(
          'tanger',
          {
            id: `d${index}`,
            board: 'group-1',
            owner: 'amina',
            authorName: 'Amina',
            text: `note ${index}`,
            category: 'finding',
            anonymous: false,
            status: 'pending',
            createdAt: index,
          },
          3,
        ),
      )
      expect((await Promise.all(adds)).filter(Boolean)).toHaveLength(3)
      expect(await first.listDrafts('tanger', ['group-1'])).toHaveLength(3)
    })

    it('keeps join codes unique across workshops, finds the newest live one, and revokes it', async () => {
      const store = await open()
      const code = (value: string, extra: Partial<StoredJoinCode>): StoredJoinCode => ({
        code: value,
        workshop: 'tanger',
        kind: 'room',
        participant: null,
        session: 'governance',
        board: 'group-1',
        createdAt: 1,
        expiresAt: 1000,
        revokedAt: null,
        ...extra,
      })
      const room = code('ROOM1', {})
      const older = code('ME001', {
        kind: 'personal',
        participant: 'p-1',
        session: null,
        board: null,
      })
      const newer = { ...older, code: 'ME002', createdAt: 2 }
      expect(await store.addJoinCode(room)).toBe(true)
      expect(await store.addJoinCode(code('ROOM1', { workshop: 'rabat' }))).toBe(false)
      expect(await store.addJoinCode(older)).toBe(true)
      expect(await store.addJoinCode(newer)).toBe(true)
      const again = await open()
      expect(await again.loadJoinCode('ROOM1')).toEqual(room)
      expect(await again.loadJoinCode('NOPE1')).toBeUndefined()
      expect(await again.roomJoinCode('tanger', 'group-1')).toEqual(room)
      expect(await again.roomJoinCode('tanger', 'group-2')).toBeUndefined()
      expect(await again.personalJoinCode('tanger', 'p-1')).toEqual(newer)
      expect(await again.personalJoinCode('rabat', 'p-1')).toBeUndefined()
      expect(await again.revokeJoinCode('rabat', 'ME002', 5)).toBe(false)
      expect(await again.revokeJoinCode('tanger', 'ME002', 5)).toBe(true)
      expect(await again.revokeJoinCode('tanger', 'ME002', 6)).toBe(false)
      expect(await again.loadJoinCode('ME002')).toEqual({ ...newer, revokedAt: 5 })
      expect(await store.personalJoinCode('tanger', 'p-1')).toEqual(older)
    })

    it("keeps each session's date and place, per workshop, until changed", async () => {
      const store = await open()
      expect(await store.loadSessionDetails('tanger', 'governance')).toEqual({
        date: null,
        place: null,
      })
      await store.saveSessionDetails('tanger', 'governance', {
        date: '2026-03-10T09:00',
        place: 'Tanger, salle A',
      })
      await store.saveSessionDetails('tanger', 'inclusion', { date: '2026-03-12', place: null })
      const again = await open()
      expect(await again.loadSessionDetails('tanger', 'governance')).toEqual({
        date: '2026-03-10T09:00',
        place: 'Tanger, salle A',
      })
      await again.saveSessionDetails('tanger', 'governance', { date: null, place: 'Salle B' })
      expect(await store.loadSessionDetails('tanger', 'governance')).toEqual({
        date: null,
        place: 'Salle B',
      })
      expect(await store.loadSessionDetails('rabat', 'governance')).toEqual({
        date: null,
        place: null,
      })
    })

    it('rejects every call once closed', async () => {
      const store = await open()
      await store.close()
      await expect(store.append(BOARD, new Notes().write('late'))).rejects.toMatchObject({
        code: StorageErrorCode.STORAGE,
      })
      await expect(store.load(BOARD)).rejects.toMatchObject({ code: StorageErrorCode.STORAGE })
    })
  })
}

/**
 * A client's board, writing each note as its own real Yjs update. The store never reads a
 * board's shape, so a plain Y.Array of texts stands for the notes here.
 */
class Notes {
  readonly doc = new Y.Doc()
  private readonly list = this.doc.getArray<string>('notes')
  private author = 0

  write(...texts: string[]): AppendedUpdate[] {
    return texts.map((text) => {
      const before = Y.encodeStateVector(this.doc)
      this.list.push([text])
      return { update: Y.encodeStateAsUpdate(this.doc, before), author: `p-${this.author++ % 3}` }
    })
  }

  texts(): string[] {
    return this.list.toArray()
  }
}

function rebuild(updates: readonly Uint8Array[]): string[] {
  const doc = new Y.Doc()
  for (const update of updates) Y.applyUpdate(doc, update)
  return doc.getArray<string>('notes').toArray()
}

/** An update's bytes as a string, to compare sets of updates. */
function key(update: Uint8Array): string {
  return Buffer.from(update).toString('base64')
}

function sizeOf(updates: readonly Uint8Array[]): number {
  return updates.reduce((sum, update) => sum + update.length, 0)
}

function participant(id: string, session: string): StoredParticipant {
  const sealed = (text: string) => new TextEncoder().encode(`sealed:${id}:${text}`)
  return {
    id,
    session,
    subgroup: `${session}-g1`,
    stakeholder: 'youth',
    status: 'invited',
    consentGiven: true,
    sealed: {
      displayName: null,
      name: sealed('name'),
      organisation: sealed('organisation'),
      contact: null,
      gender: null,
      ageBand: sealed('age'),
      consent: sealed('consent'),
    },
    createdAt: 1,
    updatedAt: 1,
  }
}
