import { z } from 'zod'
import {
  AtelierModelError,
  BoardKind,
  Locale,
  ModelErrorCode,
  addFrame,
  getFrame,
  initBoard,
} from '@atelier/model'
import type { BoardDoc } from './prepare-board.js'
import { localize } from './localized.js'
import { roadmapTemplate } from './roadmap.js'

/** The id of the roadmap frame `prepareRoadmapBoard` places. */
export const ROADMAP_FRAME_ID = 'roadmap'

/** How to prepare the workshop-wide roadmap board: its language, and a title of one's own. */
export const roadmapSetupSchema = z.strictObject({
  locale: z.enum(Locale),
  title: z.string().trim().min(1).max(200).optional(),
})
export type RoadmapSetup = z.input<typeof roadmapSetupSchema>

/** The roadmap board's title: the facilitator's own, else the template's in `locale`. */
export function roadmapTitle(setup: RoadmapSetup): string {
  const parsed = roadmapSetupSchema.parse(setup)
  return parsed.title ?? localize(roadmapTemplate.title, parsed.locale)
}

/**
 * Makes `doc` the consultation's operational roadmap board: kind `roadmap`, its title and
 * locale, and one roadmap frame (columns by time horizon, rows by lead actor) with id
 * {@link ROADMAP_FRAME_ID} at the origin, in one transaction. Returns the frame ids placed.
 * Refuses, changing nothing, when the setup is invalid or the board already has that frame.
 *
 * @example prepareRoadmapBoard(doc, { locale: 'fr' }) // ['roadmap']
 */
export function prepareRoadmapBoard(
  doc: BoardDoc,
  setup: RoadmapSetup,
  origin?: unknown,
): string[] {
  const parsed = roadmapSetupSchema.safeParse(setup)
  if (!parsed.success) {
    throw new AtelierModelError(
      ModelErrorCode.INVALID_INPUT,
      `Invalid roadmap setup: ${parsed.error.issues[0]?.message}`,
    )
  }
  if (getFrame(doc, ROADMAP_FRAME_ID) !== undefined) {
    throw new AtelierModelError(
      ModelErrorCode.ID_TAKEN,
      `A frame ${ROADMAP_FRAME_ID} already exists`,
    )
  }
  const title = roadmapTitle(parsed.data)
  doc.transact(() => {
    initBoard(doc, { kind: BoardKind.roadmap, title, locale: parsed.data.locale })
    addFrame(doc, 'roadmap', { x: 0, y: 0 }, { id: ROADMAP_FRAME_ID })
  }, origin)
  return [ROADMAP_FRAME_ID]
}
