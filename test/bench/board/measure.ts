/**
 * One run of the canvas stress benchmark on an open page: the first render's marks, then the
 * frame rate idle, while this screen drags a note (whole board in view, then at 100 %), and
 * while remote people move notes.
 */
import type { Page } from 'playwright-core'
import type * as Y from 'yjs'
import { listNotes } from '@atelier/model'
import type { Point, Rect } from '@atelier/model'
import { boundsOf, fitRect, toScreen, zoomCentred } from '../../../apps/web/src/board/viewport.js'
import type { Viewport } from '../../../apps/web/src/board/viewport.js'
import { startFrames, stopFrames } from './frames.js'
import type { FrameStats } from './frames.js'
import { startMover } from './movers.js'

/** What one run measured; times in milliseconds. */
export type RunResult = {
  /** Navigation start → the first frame with every note drawn. */
  firstRender: number
  /** Navigation start → the last script of the page received. */
  scriptsLoaded: number
  /** Navigation start → the notes reached the page's mirror of the document. */
  notesLoaded: number
  /** The notes reached the page → drawn. */
  renderOnly: number
  idle: FrameStats
  dragWhole: FrameStats
  dragClose: FrameStats
  remote: FrameStats
  /** The zoom at which the whole board is in view. */
  fittedScale: number
  /** Pointer moves per second the drags managed. */
  movesPerSecond: number
}

export type RunSettings = {
  seconds: number
  movers: number
  room: string
  syncUrl: string
  /** A participant token for each remote person. */
  tokenOf: (person: string) => Promise<string>
}

/** The frames and notes' boxes, as the page fits them when it opens. */
function contentOf(doc: Y.Doc): Rect[] {
  const frames = [
    { x: 0, y: 0, w: 1036, h: 828 },
    { x: 1136, y: 0, w: 1036, h: 828 },
  ]
  return [...frames, ...listNotes(doc)]
}

/** Drags with the mouse from `from` around a circle for `seconds`, counting frames meanwhile. */
async function dragFor(
  page: Page,
  from: Point,
  seconds: number,
): Promise<FrameStats & { moves: number }> {
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move(from.x + 8, from.y + 8)
  await startFrames(page)
  const started = Date.now()
  let moves = 0
  while (Date.now() - started < seconds * 1000) {
    const angle = ((Date.now() - started) / 1000) * Math.PI
    await page.mouse.move(from.x + 120 * Math.cos(angle) - 120, from.y + 120 * Math.sin(angle))
    moves += 1
  }
  const stats = await stopFrames(page)
  await page.mouse.up()
  return { ...stats, moves: moves / seconds }
}

async function framesFor(page: Page, seconds: number): Promise<FrameStats> {
  await startFrames(page)
  await page.waitForTimeout(seconds * 1000)
  return stopFrames(page)
}

function nearestToCentre(doc: Y.Doc, viewport: Viewport, size: Point): Point {
  const centre = {
    x: (size.x / 2 - viewport.x) / viewport.scale,
    y: (size.y / 2 - viewport.y) / viewport.scale,
  }
  const distance = (note: Rect) =>
    Math.hypot(note.x + note.w / 2 - centre.x, note.y + note.h / 2 - centre.y)
  const note = listNotes(doc).sort((a, b) => distance(a) - distance(b))[0]
  if (!note) throw new Error('the stress board has no notes')
  return toScreen(viewport, { x: note.x + note.w / 2, y: note.y + note.h / 2 })
}

/** Measures an open page whose board `doc` mirrors, once its notes are drawn. */
export async function measureRun(
  page: Page,
  doc: Y.Doc,
  settings: RunSettings,
): Promise<RunResult> {
  const marks = await page.evaluate<{ scripts: number; loaded: number; drawn: number }>(`({
    scripts: Math.max(...performance.getEntriesByType('resource')
      .filter((entry) => entry.name.endsWith('.js')).map((entry) => entry.responseEnd)),
    loaded: performance.getEntriesByName('atelier:notes-loaded')[0]?.startTime ?? NaN,
    drawn: performance.getEntriesByName('atelier:notes-drawn')[0]?.startTime ?? NaN,
  })`)
  const canvas = await page.locator('.canvas-area').boundingBox()
  if (!canvas) throw new Error('the board page shows no canvas')
  const size = { width: canvas.width, height: canvas.height }
  const fitted = fitRect(boundsOf(contentOf(doc))!, size)
  const offset = (point: Point) => ({ x: point.x + canvas.x, y: point.y + canvas.y })
  const corner = { x: size.width, y: size.height }

  // Let the note list and the first frames settle before counting.
  await page.waitForTimeout(1000)
  const idle = await framesFor(page, 2)
  const dragWhole = await dragFor(
    page,
    offset(nearestToCentre(doc, fitted, corner)),
    settings.seconds,
  )

  await page.getByRole('button', { name: 'Revenir à 100 %' }).click()
  const full = zoomCentred(fitted, size, 1 / fitted.scale)
  const dragClose = await dragFor(
    page,
    offset(nearestToCentre(doc, full, corner)),
    settings.seconds,
  )

  await page.getByRole('button', { name: 'Tout afficher' }).click()
  const ids = listNotes(doc).map((note) => note.id)
  const movers = await Promise.all(
    Array.from({ length: settings.movers }, async (_, index) =>
      startMover(
        settings.syncUrl,
        settings.room,
        await settings.tokenOf(`p-remote-${index}`),
        ids[Math.floor(((index + 0.5) * ids.length) / settings.movers)]!,
        index,
      ),
    ),
  )
  try {
    await page.waitForTimeout(1000)
    const remote = await framesFor(page, settings.seconds)
    return {
      firstRender: marks.drawn,
      scriptsLoaded: marks.scripts,
      notesLoaded: marks.loaded,
      renderOnly: marks.drawn - marks.loaded,
      idle,
      dragWhole,
      dragClose,
      remote,
      fittedScale: fitted.scale,
      movesPerSecond: (dragWhole.moves + dragClose.moves) / 2,
    }
  } finally {
    for (const mover of movers) mover.stop()
  }
}
