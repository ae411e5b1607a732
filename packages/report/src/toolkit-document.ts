import { Document, HeadingLevel, Packer } from 'docx'
import { Locale } from '@atelier/model'
import { getSessionTemplate, localize, sessionTemplates } from '@atelier/toolkit'
import { z } from 'zod'
import {
  BLANK_PARTICIPANT_ROWS,
  writeMatrices,
  writeMethodology,
  writeRiskSheets,
  writeSession,
} from './toolkit-document-sections.js'
import { TOOLKIT_STRINGS } from './toolkit-document-strings.js'
import type { ToolkitStringKey } from './toolkit-document-strings.js'
import { ToolkitWriter } from './toolkit-document-writer.js'
import type { ToolkitSink } from './toolkit-sink.js'

const shortText = z.string().trim().max(200)

/**
 * One line of the provisional participant list: what a facilitator may print for the room, and
 * nothing else (no name, contact, organisation, gender, age or consent).
 */
export const toolkitParticipantSchema = z.strictObject({
  displayName: shortText.nullable(),
  /** A stakeholder type of the participant registry (`civil-society`, `youth`…), or null. */
  stakeholder: shortText.nullable(),
  /** A session id of the toolkit (`governance`…); another text is printed as it is. */
  session: shortText,
  /** The sub-group as the room knows it (its board's title), or null when not yet placed. */
  subgroup: shortText.nullable(),
})
export type ToolkitParticipant = z.infer<typeof toolkitParticipantSchema>

export const toolkitDocumentOptionsSchema = z.strictObject({
  participants: z.array(toolkitParticipantSchema).max(1000).optional(),
})
export type ToolkitDocumentOptions = z.input<typeof toolkitDocumentOptionsSchema>

function stakeholderText(stakeholder: string | null, language: Locale): string {
  if (stakeholder === null) return ''
  const key = `stakeholder.${stakeholder}`
  return key in TOOLKIT_STRINGS[language]
    ? TOOLKIT_STRINGS[language][key as ToolkitStringKey]
    : stakeholder
}

function writeParticipants(w: ToolkitSink, participants: readonly ToolkitParticipant[]): void {
  const { language } = w
  w.heading(w.t('participantList'), HeadingLevel.HEADING_1)
  w.text(w.t('participantHint'))
  w.table(
    [w.t('displayName'), w.t('stakeholder'), w.t('session'), w.t('subgroup')],
    participants.map((participant) => {
      const session = getSessionTemplate(participant.session)
      return [
        participant.displayName ?? '',
        stakeholderText(participant.stakeholder, language),
        session ? localize(session.title, language) : participant.session,
        participant.subgroup ?? '',
      ]
    }),
    { blankRows: participants.length === 0 ? BLANK_PARTICIPANT_ROWS : 0 },
  )
}

/**
 * The whole toolkit, in order, to any sink: title page, contents, methodology, each session,
 * the blank matrices, the risk sheets and the provisional participant list.
 */
export function writeToolkit(w: ToolkitSink, participants: readonly ToolkitParticipant[]): void {
  w.heading(w.t('toolkit'), HeadingLevel.TITLE)
  w.text(w.t('subtitle'))
  for (const session of sessionTemplates) {
    w.text(`${w.t('session')} ${session.number} — ${localize(session.title, w.language)}`)
  }
  w.contents()
  writeMethodology(w)
  for (const session of sessionTemplates) writeSession(w, session)
  writeMatrices(w)
  writeRiskSheets(w)
  writeParticipants(w, participants)
}

/**
 * The methodology toolkit (Deliverable 1 of the terms of reference) as a Word document, made only
 * from packages/toolkit: a title page, a table of contents, the methodology, then for each
 * session its agenda, discussion guide, facilitation tools, a blank note-taking grid and its
 * scenarios; the blank prioritisation matrices, the five risk analysis sheets, and the
 * provisional participant list (blank rows when `participants` is not given). Arabic runs right
 * to left. Throws a ZodError on a bad language or participant line.
 *
 * @example await renderToolkitDocx('ar') // bytes of a .docx
 */
export async function renderToolkitDocx(
  language: Locale,
  options: ToolkitDocumentOptions = {},
): Promise<Uint8Array> {
  const lang = z.enum(Locale).parse(language)
  const { participants = [] } = toolkitDocumentOptionsSchema.parse(options)
  const w = new ToolkitWriter(lang)
  writeToolkit(w, participants)
  const document = new Document({
    title: w.t('toolkit'),
    features: { updateFields: true },
    sections: [{ children: w.blocks }],
  })
  return new Uint8Array(await Packer.toArrayBuffer(document))
}
