import { memo, useEffect, useMemo, useRef } from 'react'
import type { RefObject } from 'react'
import type Konva from 'konva'
import { Layer, Rect, Stage } from 'react-konva'
import { label, placementAmong } from '@atelier/model'
import type { Frame, Locale, Note, Rect as Box } from '@atelier/model'
import { Cursors } from '../presence/Cursors.js'
import { DependencyLayer } from '../roadmap/DependencyLayer.js'
import type { Dependency } from '../roadmap/DependencyLayer.js'
import type { Peer } from '../presence/state.js'
import type { CitationCounts } from './mirror.js'
import { FrameShape } from './FrameShape.js'
import { NoteBlocks } from './NoteBlocks.js'
import { NoteShape } from './NoteShape.js'
import { noteScore } from './scores.js'
import { SELECTION, TEXT_MIN_SCALE } from './theme.js'
import type { ScreenSize, Viewport } from './viewport.js'

/** A note drawn where someone is dragging it rather than where the document has it. */
export type LiveNote = { note: Note; x: number; y: number; movedByColour?: string }

export type CanvasProps = {
  size: ScreenSize
  viewport: Viewport
  locale: Locale
  frames: readonly Frame[]
  /** The notes to draw where the document has them (culled to the view, dragged ones left out). */
  notes: readonly Note[]
  /** Note id → how many recommendations cite it. */
  citations: CitationCounts
  live: readonly LiveNote[]
  selection: ReadonlySet<string>
  focused?: string
  /** The note whose text is being edited over the canvas: drawn without its words. */
  editing?: string
  selectedFrame?: string
  editableFrames: boolean
  rubberBand?: Box
  peers: readonly Peer[]
  scaleText: number
  /** On a roadmap: the arrows between actions, and every note where the document has it. */
  dependencies?: { arrows: readonly Dependency[]; noteById: ReadonlyMap<string, Note> }
}

type NotesProps = {
  notes: readonly Note[]
  frames: readonly Frame[]
  locale: Locale
  citations: CitationCounts
  selection: ReadonlySet<string>
  focused?: string
  editing?: string
  detail: 'full' | 'block'
}

function noteElement(
  props: Omit<NotesProps, 'notes'>,
  note: Note,
  at: { x: number; y: number; movedByColour?: string },
) {
  const detail = props.detail === 'full' && note.id !== props.editing ? 'full' : 'block'
  const placement = detail === 'full' ? placementAmong(props.frames, { ...note, ...at }) : null
  const score = noteScore(placement?.cell, props.locale)
  return (
    <NoteShape
      key={note.id}
      note={note}
      x={at.x}
      y={at.y}
      detail={detail}
      selected={props.selection.has(note.id)}
      focused={props.focused === note.id}
      movedByColour={at.movedByColour}
      categoryLabel={label(`category.${note.category}`, props.locale)}
      badge={score?.badge}
      band={score?.band}
      citations={props.citations[note.id] ?? 0}
    />
  )
}

/** The notes at rest. Its props stay the same while someone drags, so it is not redrawn then. */
const NotesLayer = memo(function NotesLayer({
  layerRef,
  notes,
  scale,
  ...props
}: NotesProps & { layerRef: RefObject<Konva.Layer | null>; scale: number }) {
  return (
    <Layer ref={layerRef} listening={false}>
      {props.detail === 'block' ? (
        <NoteBlocks
          notes={notes}
          citations={props.citations}
          selection={props.selection}
          focused={props.focused}
          scale={scale}
        />
      ) : (
        notes.map((note) => noteElement(props, note, note))
      )}
    </Layer>
  )
})

const FramesLayer = memo(function FramesLayer(props: {
  frames: readonly Frame[]
  locale: Locale
  selectedFrame?: string
  editable: boolean
  scale: number
  scaleText: number
}) {
  return (
    <Layer listening={false}>
      {props.frames.map((frame) => (
        <FrameShape
          key={frame.id}
          frame={frame}
          locale={props.locale}
          selected={frame.id === props.selectedFrame}
          editable={props.editable}
          scale={props.editable ? props.scale : 1}
          scaleText={props.scaleText}
        />
      ))}
    </Layer>
  )
})

function marksFirstDraw(layer: Konva.Layer | null, notes: number) {
  if (!layer || notes === 0 || performance.getEntriesByName('atelier:notes-drawn').length > 0)
    return
  layer.on('draw.atelier', () => {
    layer.off('draw.atelier')
    // Read by the stress benchmark: time from navigation to the first frame with every note.
    performance.mark('atelier:notes-drawn', { detail: { notes } })
  })
}

/**
 * The board drawn with Konva: frames, then notes at rest, then what moves (dragged notes, the
 * rubber band, other people's pointers) on a layer of its own, so a drag redraws only that.
 * The canvas takes no pointer events itself: the board view hit-tests in board coordinates.
 */
export function BoardCanvas(props: CanvasProps) {
  const { viewport, size } = props
  const detail = viewport.scale >= TEXT_MIN_SCALE ? 'full' : 'block'
  const notesLayer = useRef<Konva.Layer>(null)
  const noteCount = props.notes.length + props.live.length
  useEffect(() => marksFirstDraw(notesLayer.current, noteCount), [noteCount])
  const moved = useMemo(
    () =>
      props.live.map((live) => ({ id: live.note.id, box: { ...live.note, x: live.x, y: live.y } })),
    [props.live],
  )
  const layerProps = {
    frames: props.frames,
    locale: props.locale,
    citations: props.citations,
    selection: props.selection,
    focused: props.focused,
    editing: props.editing,
    detail,
  } as const
  return (
    <Stage
      width={size.width}
      height={size.height}
      x={viewport.x}
      y={viewport.y}
      scaleX={viewport.scale}
      scaleY={viewport.scale}
      listening={false}
    >
      <FramesLayer
        frames={props.frames}
        locale={props.locale}
        selectedFrame={props.selectedFrame}
        editable={props.editableFrames}
        scale={viewport.scale}
        scaleText={props.scaleText}
      />
      <NotesLayer
        layerRef={notesLayer}
        notes={props.notes}
        scale={detail === 'block' ? viewport.scale : 1}
        {...layerProps}
      />
      {props.dependencies && props.dependencies.arrows.length > 0 && (
        <DependencyLayer
          arrows={props.dependencies.arrows}
          boxes={props.dependencies.noteById}
          moved={moved}
          selection={props.selection}
          scale={viewport.scale}
        />
      )}
      <Layer listening={false}>
        {props.live.map((live) => noteElement(layerProps, live.note, live))}
        {props.rubberBand && (
          <Rect
            x={props.rubberBand.x}
            y={props.rubberBand.y}
            width={props.rubberBand.w}
            height={props.rubberBand.h}
            fill="rgba(28, 126, 214, 0.08)"
            stroke={SELECTION}
            strokeWidth={1 / viewport.scale}
            listening={false}
          />
        )}
        <Cursors peers={props.peers} scale={viewport.scale} />
      </Layer>
    </Stage>
  )
}
