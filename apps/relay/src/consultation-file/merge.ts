import * as Y from 'yjs'
import type { Claims } from '../auth/tokens.js'
import { AuditAction } from '../participants/registry.js'
import type { DocStore, StoredParticipant } from '../storage/types.js'
import { PersonalField } from '../storage/types.js'
import { checkUpdate } from '../sync/update-guard.js'
import {
  boardIdsOf,
  fieldContext,
  loadConsultation,
  versionId,
  versionsOf,
  type RelayParts,
} from './collect.js'
import {
  BadFile,
  fromBase64,
  personalPartSchema,
  type ConsultationFile,
  type FileParticipant,
  type PersonalPart,
} from './format.js'
import { openPersonal } from './sealed.js'

/** A file checked through and through, its binary parts decoded: importing it cannot fail half-way on bad bytes. */
interface CheckedFile {
  readonly file: ConsultationFile
  readonly boards: readonly { id: string; state: Uint8Array; versions: CheckedVersion[] }[]
  readonly personal: PersonalPart | null
}

interface CheckedVersion {
  readonly id: string
  readonly createdAt: number
  readonly author: string
  readonly name: string | null
  readonly reason: ConsultationFile['boards'][number]['versions'][number]['reason']
  readonly snapshot: Uint8Array
}

/** What an import changed, for the facilitator and the tests. */
export interface ImportSummary {
  readonly consultation: 'created' | 'kept'
  /** Boards of the file whose content went into the live board (new or merged). */
  readonly boards: number
  /** Boards of the file the relay deleted for good, left deleted. */
  readonly deletedBoards: readonly string[]
  /** Boards of the file that the relay's consultation does not list (its sessions differ). */
  readonly outsideConsultation: readonly string[]
  readonly versionsAdded: number
  readonly participantsAdded: number
  readonly participantsUpdated: number
}

const LIMITS = { maxPendingBytes: 0 }

/**
 * Checks a decoded file before anything is changed: it is of this workshop, every board state
 * and version decodes into a complete document (the relay's own update check, as for a
 * facilitator's update), and the personal part opens with the passphrase. Throws a `BadFile`.
 */
export async function checkFile(
  file: ConsultationFile,
  workshop: string,
  passphrase: string | null,
): Promise<CheckedFile> {
  if (file.workshop !== workshop) {
    throw new BadFile(`this file is of the workshop "${file.workshop}", not "${workshop}"`)
  }
  if (file.consultation && file.consultation.workshop !== workshop) {
    throw new BadFile('the consultation in the file is of another workshop')
  }
  const seen = new Set<string>()
  const boards = file.boards.map((board) => {
    if (seen.has(board.id)) throw new BadFile(`board ${board.id} is in the file twice`)
    seen.add(board.id)
    const state = completeState(fromBase64(board.state), `board ${board.id}`)
    const versions = board.versions.map((version) => {
      const snapshot = completeState(fromBase64(version.snapshot), `a version of ${board.id}`)
      if (versionId(version, snapshot) !== version.id) {
        throw new BadFile(`a version of ${board.id} does not match its id: the file was changed`)
      }
      return { ...version, snapshot }
    })
    return { id: board.id, state, versions }
  })
  let personal: PersonalPart | null = null
  if (file.personal) {
    if (passphrase === null) {
      throw new BadFile('this file holds personal data: give the passphrase it was exported with')
    }
    const clear = await openPersonal(file.personal, passphrase, workshop)
    const parsed = personalPartSchema.safeParse(parseJson(clear))
    if (!parsed.success) throw new BadFile('the personal data of the file is not valid')
    const nameless = parsed.data.participants.find((p) => p.fields.name === null)
    if (nameless) throw new BadFile(`participant ${nameless.id} of the file has no name`)
    personal = parsed.data
  }
  return { file, boards, personal }
}

/**
 * Refuses a file of another consultation that only shares the workshop id: two consultations
 * prepared apart each laid out their boards' frames, and merging them would show every frame
 * twice. The same consultation keeps its creation date wherever a file carried it.
 */
export async function checkSameConsultation(
  store: DocStore,
  workshop: string,
  file: ConsultationFile,
): Promise<void> {
  const mine = await loadConsultation(store, workshop)
  if (!mine || !file.consultation || mine.createdAt === file.consultation.createdAt) return
  throw new BadFile(
    `this relay has another consultation for the workshop "${workshop}", prepared separately ` +
      `(${new Date(mine.createdAt).toISOString()}): merging would mix two consultations' boards`,
  )
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** A whole-document update: it decodes and leaves nothing waiting for missing dependencies. */
function completeState(update: Uint8Array, what: string): Uint8Array {
  const doc = new Y.Doc()
  try {
    const verdict = checkUpdate(doc, update, LIMITS)
    if (!verdict.ok) throw new BadFile(`${what} is not a valid Yjs document: ${verdict.reason}`)
    Y.applyUpdate(doc, update)
    if (doc.store.pendingStructs || doc.store.pendingDs) {
      throw new BadFile(`${what} is incomplete: parts of the document are missing`)
    }
    return update
  } catch (error) {
    if (error instanceof BadFile) throw error
    throw new BadFile(`${what} is not a valid Yjs document`)
  } finally {
    doc.destroy()
  }
}

/**
 * Merges a checked file into the relay, never overwriting: each board's state goes into its live
 * room as a change of the importing facilitator (stored, then sent to every connected client;
 * Yjs merges it, so a note both sides have stays once), versions the relay lacks are added with
 * their date, the consultation is created when the relay has none, session date and place fill
 * in what is unset, and participants are merged by id, the most recently updated side winning.
 */
export async function mergeFile(
  relay: RelayParts,
  workshop: string,
  checked: CheckedFile,
  claims: Pick<Claims, 'sub' | 'name'>,
): Promise<ImportSummary> {
  const { store } = relay
  let consultation = await loadConsultation(store, workshop)
  let created = false
  if (!consultation && checked.file.consultation) {
    created = await store.createConsultation(workshop, JSON.stringify(checked.file.consultation))
    consultation = await loadConsultation(store, workshop)
  }
  const listed = new Set(boardIdsOf(consultation))
  const deletedBoards: string[] = []
  let boards = 0
  let versionsAdded = 0
  for (const board of checked.boards) {
    const key = { workshop, board: board.id }
    if (await store.isDeleted(key)) {
      deletedBoards.push(board.id)
      continue
    }
    await relay.rooms.using(key, async (room) => {
      await room.settled()
      await room.change(claims.sub, (doc) => Y.applyUpdate(doc, board.state, 'import'))
    })
    boards++
    const known = new Set((await versionsOf(store, key)).map((version) => version.id))
    for (const version of board.versions) {
      if (known.has(version.id)) continue
      await store.saveVersion(key, version)
      known.add(version.id)
      versionsAdded++
    }
  }
  await mergeSessionDetails(store, workshop, checked.file.sessionDetails)
  const people = checked.personal
    ? await mergeParticipants(relay, workshop, checked.personal, claims)
    : { added: 0, updated: 0 }
  return {
    consultation: created ? 'created' : 'kept',
    boards,
    deletedBoards,
    outsideConsultation: checked.boards.map((b) => b.id).filter((id) => !listed.has(id)),
    versionsAdded,
    participantsAdded: people.added,
    participantsUpdated: people.updated,
  }
}

async function mergeSessionDetails(
  store: DocStore,
  workshop: string,
  details: ConsultationFile['sessionDetails'],
): Promise<void> {
  for (const [session, incoming] of Object.entries(details)) {
    const current = await store.loadSessionDetails(workshop, session)
    const date = current.date ?? incoming.date
    const place = current.place ?? incoming.place
    if (date !== current.date || place !== current.place) {
      await store.saveSessionDetails(workshop, session, { date, place })
    }
  }
}

async function mergeParticipants(
  relay: RelayParts,
  workshop: string,
  personal: PersonalPart,
  claims: Pick<Claims, 'sub' | 'name'>,
): Promise<{ added: number; updated: number }> {
  const current = new Map((await relay.store.listParticipants(workshop)).map((p) => [p.id, p]))
  const saving: StoredParticipant[] = []
  let added = 0
  for (const participant of personal.participants) {
    const mine = current.get(participant.id)
    if (mine && mine.updatedAt >= participant.updatedAt) continue
    if (!mine) added++
    saving.push(sealed(relay, workshop, participant))
  }
  if (saving.length > 0) await relay.store.saveParticipants(workshop, saving)
  if (personal.retention !== null && (await relay.store.loadRetention(workshop)) === null) {
    await relay.store.setRetention(workshop, personal.retention)
  }
  await relay.store.recordParticipantAudit(workshop, {
    at: Date.now(),
    actor: claims.sub,
    actorName: claims.name,
    action: AuditAction.imported,
    count: saving.length,
  })
  return { added, updated: saving.length - added }
}

/** A participant of the file sealed again with this relay's data key, as the registry seals. */
function sealed(
  relay: RelayParts,
  workshop: string,
  participant: FileParticipant,
): StoredParticipant {
  const seal = (field: PersonalField) => {
    const value = participant.fields[field]
    return value === null
      ? null
      : relay.cipher.seal(value, fieldContext(workshop, participant.id, field))
  }
  // `checkFile` refused every participant without a name.
  const name = participant.fields.name ?? ''
  const { id, session, subgroup, stakeholder, status, consentGiven, createdAt, updatedAt } =
    participant
  return {
    id,
    session,
    subgroup,
    stakeholder,
    status,
    consentGiven,
    sealed: {
      displayName: seal(PersonalField.displayName),
      name: relay.cipher.seal(name, fieldContext(workshop, id, PersonalField.name)),
      organisation: seal(PersonalField.organisation),
      contact: seal(PersonalField.contact),
      gender: seal(PersonalField.gender),
      ageBand: seal(PersonalField.ageBand),
      consent: seal(PersonalField.consent),
    },
    createdAt,
    updatedAt,
  }
}
