import { createHash } from 'node:crypto'
import * as Y from 'yjs'
import { consultationSchema, type Consultation } from '../consultation/plan.js'
import type { FieldCipher } from '../participants/cipher.js'
import type { BoardKey, BoardVersion, DocStore, StoredParticipant } from '../storage/types.js'
import { PersonalField } from '../storage/types.js'
import type { Rooms } from '../sync/rooms.js'
import {
  FILE_FORMAT,
  FILE_VERSION,
  toBase64,
  type ConsultationFile,
  type FileBoard,
  type FileParticipant,
  type FileVersion,
  type PersonalPart,
} from './format.js'
import { sealPersonal } from './sealed.js'

/** What collecting a consultation needs of the relay. */
export interface RelayParts {
  readonly store: DocStore
  readonly rooms: Rooms
  readonly cipher: FieldCipher
}

/**
 * A version's portable id: a hash of what it is (date, author, reason, name, state), so that the
 * same version exported from two relays, or imported twice, is recognised and kept once. The
 * relay's own numeric ids differ from one store to the next.
 */
export function versionId(version: Omit<FileVersion, 'id' | 'snapshot'>, snapshot: Uint8Array) {
  const head = `${version.createdAt}\n${version.author}\n${version.reason}\n${version.name ?? ''}\n`
  return createHash('sha256').update(head).update(snapshot).digest('hex').slice(0, 32)
}

export async function loadConsultation(
  store: DocStore,
  workshop: string,
): Promise<Consultation | null> {
  const record = await store.loadConsultation(workshop)
  return record === undefined ? null : consultationSchema.parse(JSON.parse(record))
}

/** The board ids of a consultation: its sessions' boards in order, then its roadmap board. */
export function boardIdsOf(consultation: Consultation | null): string[] {
  if (!consultation) return []
  const ids = consultation.sessions.flatMap((session) => session.boards.map((board) => board.id))
  if (consultation.roadmap) ids.push(consultation.roadmap.id)
  return ids
}

/** A board's versions with their saved states, each with its portable id, oldest first. */
export async function versionsOf(store: DocStore, key: BoardKey): Promise<FileVersion[]> {
  const listed: BoardVersion[] = await store.listVersions(key)
  const versions: FileVersion[] = []
  for (const version of listed.reverse()) {
    const snapshot = await store.loadVersion(key, version.id)
    if (!snapshot) continue
    const { createdAt, author, name, reason } = version
    const head = { createdAt, author, name, reason }
    versions.push({ id: versionId(head, snapshot), ...head, snapshot: toBase64(snapshot) })
  }
  return versions
}

/**
 * Everything a consultation file holds for a workshop. Boards are read through their live rooms,
 * so the file has every note a client sent, stored or still on its way. Personal data goes in
 * only with a passphrase (already checked by the route).
 */
export async function collectFile(
  relay: RelayParts,
  workshop: string,
  passphrase: string | null,
): Promise<{ file: ConsultationFile; participants: number }> {
  const consultation = await loadConsultation(relay.store, workshop)
  const boards: FileBoard[] = []
  for (const board of boardIdsOf(consultation)) {
    const key = { workshop, board }
    if (await relay.store.isDeleted(key)) continue
    const state = await relay.rooms.using(key, async (room) => {
      await room.settled()
      return Y.encodeStateAsUpdate(room.doc)
    })
    boards.push({ id: board, state: toBase64(state), versions: await versionsOf(relay.store, key) })
  }
  const sessionDetails: ConsultationFile['sessionDetails'] = {}
  for (const session of consultation?.sessions ?? []) {
    sessionDetails[session.id] = await relay.store.loadSessionDetails(workshop, session.id)
  }
  let personal: ConsultationFile['personal'] = null
  let participants = 0
  if (passphrase !== null) {
    const part = await personalPartOf(relay, workshop)
    participants = part.participants.length
    personal = await sealPersonal(JSON.stringify(part), passphrase, workshop)
  }
  const file: ConsultationFile = {
    format: FILE_FORMAT,
    version: FILE_VERSION,
    workshop,
    exportedAt: Date.now(),
    consultation,
    sessionDetails,
    boards,
    personal,
  }
  return { file, participants }
}

async function personalPartOf(relay: RelayParts, workshop: string): Promise<PersonalPart> {
  const stored = await relay.store.listParticipants(workshop)
  return {
    participants: stored.map((participant) => opened(relay.cipher, workshop, participant)),
    retention: await relay.store.loadRetention(workshop),
  }
}

/** A participant with every personal field opened with the relay's data key. */
function opened(cipher: FieldCipher, workshop: string, stored: StoredParticipant): FileParticipant {
  const fields = {} as Record<PersonalField, string | null>
  for (const field of Object.values(PersonalField)) {
    const sealed = stored.sealed[field]
    fields[field] =
      sealed === null ? null : cipher.open(sealed, fieldContext(workshop, stored.id, field))
  }
  const { id, session, subgroup, stakeholder, status, consentGiven, createdAt, updatedAt } = stored
  return { id, session, subgroup, stakeholder, status, consentGiven, fields, createdAt, updatedAt }
}

/** The additional data the registry binds each sealed field to (`participants/registry.ts`). */
export function fieldContext(workshop: string, id: string, field: PersonalField): string {
  return `${workshop}/${id}/${field}`
}
