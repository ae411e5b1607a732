import type { Localized } from '@atelier/toolkit'
import { getSessionTemplate } from '@atelier/toolkit'
import type { Consultation } from '../facilitator/api.js'

/** A session a participant may sit in: its titles and its sub-group boards. */
export type Place = {
  id: string
  title: Localized
  subgroups: { id: string; title: string; group: number | undefined }[]
}

/** Where participants may sit: the consultation's sessions, in order, and their sub-groups. */
export type Places = { sessions: Place[] }

/** The places of a consultation, each session titled by its toolkit template (or its id). */
export function placesOf(consultation: Consultation): Places {
  return {
    sessions: consultation.sessions.map((session) => {
      const template = getSessionTemplate(session.id)
      return {
        id: session.id,
        title: template?.title ?? { fr: session.id, en: session.id, ar: session.id },
        subgroups: session.boards
          .filter((board) => board.kind === 'subgroup')
          .map((board) => ({ id: board.id, title: board.title, group: board.group })),
      }
    }),
  }
}

/** The title of a session in `language`, or its id when the consultation does not have it. */
export function sessionTitle(places: Places, id: string, language: keyof Localized): string {
  return places.sessions.find((session) => session.id === id)?.title[language] ?? id
}

/** A sub-group board of a session: its number and title, when the consultation has it. */
export function subgroupOf(
  places: Places,
  session: string,
  board: string,
): { id: string; title: string; group: number | undefined } | undefined {
  const place = places.sessions.find((candidate) => candidate.id === session)
  return place?.subgroups.find((subgroup) => subgroup.id === board)
}
