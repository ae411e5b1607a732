import { z } from 'zod'
import {
  AtelierModelError,
  Locale,
  ModelErrorCode,
  addFrame,
  getFrame,
  idSchema,
  initBoard,
  label,
} from '@atelier/model'
import { localize } from './localized.js'
import { roomSchema } from './schema.js'
import { sessionTemplateSchema } from './session-schema.js'
import type { SessionTemplate } from './session-schema.js'

/** A board document, as packages/model's functions take it (a `Y.Doc`). */
export type BoardDoc = Parameters<typeof initBoard>[0]

/** Which board of the session to prepare, and in which language to title it. */
export const boardSetupSchema = z.strictObject({
  kind: roomSchema,
  locale: z.enum(Locale),
  /** A sub-group's theme id: its title names the board. */
  theme: z.optional(idSchema),
  /** The sub-group's number, when it has no theme (or two groups share one). */
  number: z.number().int().positive().optional(),
  /** A title of the facilitator's own, instead of the one made from the session. */
  title: z.string().trim().min(1).optional(),
})
export type BoardSetup = z.input<typeof boardSetupSchema>

function refuse(message: string): never {
  throw new AtelierModelError(ModelErrorCode.INVALID_INPUT, message)
}

/** The board's title in `setup.locale`: "Gouvernance — Éthique de l’IA", "Governance — Plenary". */
export function boardTitle(session: SessionTemplate, setup: BoardSetup): string {
  const parsed = boardSetupSchema.parse(setup)
  if (parsed.title) return parsed.title
  const { locale } = parsed
  const theme = session.themes.find((entry) => entry.id === parsed.theme)
  const room = label(parsed.kind === 'plenary' ? 'board.plenary' : 'board.subgroup', locale)
  const number = parsed.number === undefined ? '' : ` ${parsed.number}`
  const second = theme && parsed.kind === 'subgroup' ? localize(theme.title, locale) : room + number
  return `${localize(session.title, locale)} — ${second}`
}

/**
 * Makes `doc` a board of `session`: gives it its kind, title and locale, and places the frames
 * of the session's layout for that kind of board (sub-group or plenary) at their positions,
 * with the layout's frame ids. Everything happens in one transaction, so peers receive the
 * prepared board as one update. Returns the ids of the frames placed, in layout order.
 *
 * Refuses, changing nothing, when the setup or the template is invalid, the theme is not one
 * of the session's, or the board already has a frame with one of the layout's ids.
 *
 * @example prepareBoard(doc, getSessionTemplate('governance')!, { kind: 'subgroup', locale: 'fr', theme: 'ai-ethics' })
 */
export function prepareBoard(
  doc: BoardDoc,
  session: SessionTemplate,
  setup: BoardSetup,
  origin?: unknown,
): string[] {
  const parsedSetup = boardSetupSchema.safeParse(setup)
  if (!parsedSetup.success) refuse(`Invalid board setup: ${parsedSetup.error.issues[0]?.message}`)
  const template = sessionTemplateSchema.safeParse(session)
  if (!template.success) refuse(`Invalid session template: ${template.error.issues[0]?.message}`)
  const { kind, locale, theme } = parsedSetup.data
  if (theme !== undefined && !template.data.themes.some((entry) => entry.id === theme)) {
    refuse(`Session ${template.data.id} has no theme ${theme}`)
  }
  const frames = template.data.layout[kind]
  const taken = frames.find((frame) => getFrame(doc, frame.id) !== undefined)
  if (taken) {
    throw new AtelierModelError(ModelErrorCode.ID_TAKEN, `A frame ${taken.id} already exists`)
  }
  const title = boardTitle(template.data, parsedSetup.data)
  doc.transact(() => {
    initBoard(doc, { kind, title, locale })
    for (const frame of frames) addFrame(doc, frame.kind, frame.at, { id: frame.id })
  }, origin)
  return frames.map((frame) => frame.id)
}
