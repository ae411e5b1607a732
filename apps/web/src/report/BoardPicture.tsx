import { useEffect, useRef, useState } from 'react'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { listFrames, listNotes } from '@atelier/model'
import type { Frame, Locale, Note } from '@atelier/model'
import { BoardCanvas } from '../board/BoardCanvas.js'
import { boundsOf, fitRect } from '../board/viewport.js'
import { arrowsBetween } from '../roadmap/hooks.js'
import { roomOf, syncUrlOf } from '../sync/connection.js'

/** The picture's width in CSS pixels: wide enough that the notes keep their words. */
const WIDTH = 1600
const MARGIN = 24
const NO_CITATIONS = {}
const NO_SELECTION: ReadonlySet<string> = new Set()

type Content = {
  frames: Frame[]
  notes: Note[]
  /** A roadmap's dependency arrows between the notes shown. */
  arrows: { from: string; to: string }[]
}

/** The board's frames and visible notes, read once from the relay (no cache, no presence). */
function useBoardContent(workshop: string, board: string, token: string): Content | undefined {
  const [content, setContent] = useState<Content>()
  useEffect(() => {
    const doc = new Y.Doc()
    const provider = new WebsocketProvider(
      syncUrlOf(window.location),
      roomOf({ workshop, board }),
      doc,
      {
        params: { token },
        disableBc: true,
        connect: false,
      },
    )
    // A reader of the report is not in the room: nobody sees them among the board's people.
    provider.awareness.setLocalState(null)
    const onSync = (synced: boolean) => {
      if (!synced) return
      const notes = listNotes(doc).filter((note) => !note.hidden)
      setContent({ frames: listFrames(doc), notes, arrows: arrowsBetween(doc, notes) })
      provider.disconnect()
    }
    provider.on('sync', onSync)
    provider.connect()
    return () => {
      provider.off('sync', onSync)
      provider.destroy()
      doc.destroy()
    }
  }, [workshop, board, token])
  return content
}

/**
 * A board as the room saw it: drawn offscreen by the board's own Konva canvas, fitted to its
 * frames and notes, then kept as a PNG image (`toDataURL`), which prints like any picture.
 */
export default function BoardPicture({
  workshop,
  board,
  token,
  locale,
  alt,
  onSettled,
}: {
  workshop: string
  board: string
  token: string
  locale: Locale
  alt: string
  /** Called once the picture is drawn, or once the board turned out to be empty. */
  onSettled?: (board: string) => void
}) {
  const content = useBoardContent(workshop, board, token)
  const drawn = useRef<HTMLDivElement>(null)
  const [picture, setPicture] = useState<string>()
  const empty =
    content !== undefined && boundsOf([...content.frames, ...content.notes]) === undefined
  useEffect(() => {
    if (picture || empty) onSettled?.(board)
  }, [picture, empty, board, onSettled])
  useEffect(() => {
    if (!content || picture) return
    // Konva draws its layers on the next frames; compose them once they are there.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        const layers = drawn.current?.querySelectorAll('canvas') ?? []
        const first = layers[0]
        if (!first) return
        const out = document.createElement('canvas')
        out.width = first.width
        out.height = first.height
        const context = out.getContext('2d')
        if (!context) return
        context.fillStyle = '#fff'
        context.fillRect(0, 0, out.width, out.height)
        for (const layer of layers) context.drawImage(layer, 0, 0)
        setPicture(out.toDataURL('image/png'))
      })
    })
    return () => cancelAnimationFrame(frame)
  }, [content, picture])

  if (!content) return null
  const bounds = boundsOf([...content.frames, ...content.notes])
  if (!bounds) return null
  // As tall as the board's content needs at that width, within reason for an A4 page.
  const height = Math.round(
    Math.min(1400, Math.max(400, (WIDTH * (bounds.h + 2 * MARGIN)) / (bounds.w + 2 * MARGIN))),
  )
  const size = { width: WIDTH, height }
  if (picture) {
    return <img className="report-board" src={picture} alt={alt} data-board-picture={board} />
  }
  return (
    <div ref={drawn} className="report-board-offscreen" aria-hidden="true">
      <BoardCanvas
        size={size}
        viewport={fitRect(bounds, size, MARGIN)}
        locale={locale}
        frames={content.frames}
        notes={content.notes}
        citations={NO_CITATIONS}
        live={[]}
        selection={NO_SELECTION}
        editableFrames={false}
        peers={[]}
        scaleText={1}
        dependencies={
          content.arrows.length > 0
            ? {
                arrows: content.arrows,
                noteById: new Map(content.notes.map((note) => [note.id, note])),
              }
            : undefined
        }
      />
    </div>
  )
}
