import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { ReactNode } from 'react'
import { decidesNotes } from '@atelier/model'
import type { Note, NoteCategory, Point } from '@atelier/model'
import { useLanguage } from '../i18n/index.js'
import { usePeers } from '../presence/usePeers.js'
import { SessionBar } from '../session/SessionBar.js'
import { BoardDrafts } from '../drafts/BoardDrafts.js'
import { holdsNotes, useDrafts } from '../drafts/context.js'
import { useLockedForMe } from '../moderation/hooks.js'
import { LockNotice } from '../moderation/LockNotice.js'
import { PromoteBar } from '../plenary/PromoteBar.js'
import { ActionSheet } from '../roadmap/ActionSheet.js'
import { holdsRoadmap, useDependencies } from '../roadmap/hooks.js'
import { ValidationButton } from '../validation/lazy.js'
import { LazyScenarioPanel } from '../scenario/lazy.js'
import type { BoardConnection } from '../sync/useBoardConnection.js'
import type { BoardAddress } from '../sync/connection.js'
import { NoteVote } from '../voting/NoteVote.js'
import { LazyVotingResults } from '../voting/lazy.js'
import {
  createFrame,
  createNote,
  dropFrame,
  dropNotes,
  removeFrame,
  removeNotes,
} from './actions.js'
import { BoardCanvas } from './BoardCanvas.js'
import { BoardControls } from './BoardControls.js'
import { handleKey, useBoardKeys } from './commands.js'
import type { CommandTarget } from './commands.js'
import { DetailPanel } from './DetailPanel.js'
import {
  contentBounds,
  useBoardContent,
  useElementSize,
  useRestingNotes,
  useUndo,
  useViewport,
} from './hooks.js'
import { liveMoves } from './live.js'
import { KeyboardHint, LiftedMark, NoteList } from './NoteList.js'
import { NoteTextEditor } from './NoteTextEditor.js'
import { BoardOverlays, ProjectorHeader } from './Overlays.js'
import { ProjectorRoomCode } from '../facilitator/RoomCodes.js'
import { TopBar } from './TopBar.js'
import { useBoardPresence } from './useBoardPresence.js'
import { useGestures } from './useGestures.js'
import { contains, fitRect, revealRect, visibleRect, zoomCentred } from './viewport.js'
import './board.css'

/** The desktop views of a board: the editing board, the read-only observer view, the projector. */
export type BoardMode = 'board' | 'observer' | 'projector'

export type BoardViewProps = {
  connection: BoardConnection
  boardId: string
  mode: BoardMode
  /** A side panel beside the canvas (the recommendations editor), opened from the top bar. */
  aside?: ReactNode
  /** The name of the side panel's toggle in the top bar. */
  asideTitle?: string
  /** More controls for the top bar, from the page (the facilitator's history). */
  topActions?: ReactNode
  /** The board and the page's token, for the vote (ballot API) and its results. */
  address?: BoardAddress
}

/** Frame labels on the projected board are this much larger, to be read from the back of the room. */
const PROJECTOR_TEXT = 1.2
/** Screens at least this wide open with the side panel beside the canvas. */
const WIDE_SCREEN = 1680

/**
 * A board on a desktop screen: the canvas with its notes and frames, the people here, the
 * selected note's details, and the accessible note list. What it lets the person change
 * follows their role and the mode; the relay enforces the same.
 */
export default function BoardView({
  connection,
  boardId,
  mode,
  aside,
  asideTitle,
  topActions,
  address,
}: BoardViewProps) {
  const { doc, awareness, me, status, synced } = connection
  const projector = mode === 'projector'
  // The facilitator's lock makes the board read-only for everyone else (the relay refuses too).
  const lockedForMe = useLockedForMe(doc, me)
  const canWrite = mode === 'board' && me.canWrite && !lockedForMe
  const canEditFrames = canWrite && me.role === 'facilitator'
  const decides = decidesNotes(me.role)
  const locale = useLanguage()
  const content = useBoardContent(doc)
  const peers = usePeers(awareness)
  const canvasArea = useRef<HTMLElement>(null)
  const size = useElementSize(canvasArea)
  const [viewport, setViewport] = useViewport(size, content, synced)
  const [selection, setSelection] = useState<ReadonlySet<string>>(() => new Set())
  const [selectedFrame, setSelectedFrame] = useState<string>()
  const [focused, setFocused] = useState<string>()
  const [pickedUp, setPickedUp] = useState<string | null>(null)
  const [editing, setEditing] = useState<string>()
  const [category, setCategory] = useState<NoteCategory>('finding')
  const [asideOpen, setAsideOpen] = useState(() => window.innerWidth >= WIDE_SCREEN)
  const history = useUndo(doc, canWrite)
  // While writing is private or moderated, new notes go to the relay through the drafts panel.
  const drafts = useDrafts(doc)
  const holding = canWrite && holdsNotes(drafts, me.role)
  const draftField = useRef<HTMLTextAreaElement>(null)
  const returnFocus = useRef<string | undefined>(undefined)
  const { publisher, follow, stopFollowing } = useBoardPresence({
    awareness,
    peers,
    mode,
    me,
    viewport,
    size,
    setViewport,
  })

  // Notes a moderator hid are shown to the facilitator at work only.
  const notes = useMemo(
    () =>
      me.role === 'facilitator' && mode === 'board'
        ? content.notes
        : content.notes.filter((note) => !note.hidden),
    [content.notes, me.role, mode],
  )

  const fitAll = useCallback(() => {
    const bounds = contentBounds(content)
    if (bounds && size.width > 0) setViewport(fitRect(bounds, size))
  }, [content, size, setViewport])

  // The projector shows the whole board while no facilitator is there to follow.
  const projectorIdle = projector && !follow.followed
  useEffect(() => {
    if (projectorIdle) fitAll()
  }, [projectorIdle, fitAll])

  const select = useCallback((ids: ReadonlySet<string>, frame?: string) => {
    setSelection(ids)
    setSelectedFrame(frame)
  }, [])

  const reveal = useCallback(
    (note: Note) => {
      if (size.width > 0)
        setViewport((view) =>
          contains(visibleRect(view, size), note) ? view : revealRect(view, size, note),
        )
    },
    [size, setViewport],
  )

  const newNoteAt = useCallback(
    (at: Point) => {
      if (holding) return draftField.current?.focus()
      const id = createNote(doc, me, category, at)
      select(new Set([id]))
      setEditing(id)
    },
    [doc, me, category, select, holding],
  )

  const newNote = () => {
    const view = visibleRect(viewport, size)
    const offset = (content.notes.length % 5) * 24
    newNoteAt({ x: view.x + view.w / 2 + offset, y: view.y + view.h / 2 + offset })
  }

  const gestures = useGestures(canvasArea, viewport, {
    notes,
    frames: content.frames,
    selection,
    canWrite,
    canEditFrames,
    interactive: !projector,
    setViewport,
    select,
    navigated: stopFollowing,
    pointerAt: (cursor) => publisher.set({ cursor }),
    dragMoved: (drag) => {
      const primary = content.noteById.get(drag.primary)
      if (!primary) return
      const others = drag.ids.filter((id) => id !== drag.primary)
      publisher.set({
        dragging: {
          noteId: drag.primary,
          x: primary.x + drag.dx,
          y: primary.y + drag.dy,
          with: others,
        },
      })
    },
    dropNotes: (drag) => {
      dropNotes(
        doc,
        drag.ids.flatMap((id) => content.noteById.get(id) ?? []),
        content.frames,
        drag.dx,
        drag.dy,
      )
      publisher.setNow({ dragging: undefined })
    },
    dropFrame: (drag) => {
      const frame = content.frames.find((candidate) => candidate.id === drag.id)
      if (frame) dropFrame(doc, frame, drag.part, drag.box)
    },
    edit: setEditing,
    createAt: newNoteAt,
  })

  const moves = liveMoves(content.noteById, gestures.drag, peers)
  const roadmap = holdsRoadmap(content.meta.kind, content.frames)
  const arrows = useDependencies(doc, notes, roadmap)
  const resting = useRestingNotes(notes, moves.ids, viewport, size)
  const frames = useMemo(() => {
    const drag = gestures.frameDrag
    return drag
      ? content.frames.map((frame) => (frame.id === drag.id ? { ...frame, ...drag.box } : frame))
      : content.frames
  }, [content.frames, gestures.frameDrag])

  const focusNote = useCallback((id: string | undefined) => {
    requestAnimationFrame(() => {
      const item =
        id && document.querySelector<HTMLElement>(`.note-list li[data-note-id="${CSS.escape(id)}"]`)
      if (item) item.focus()
      else canvasArea.current?.focus()
    })
  }, [])

  const commands: CommandTarget = {
    doc,
    canWrite,
    decides,
    selection,
    noteById: content.noteById,
    notes,
    select,
    edit: (id) => {
      returnFocus.current = document.activeElement?.closest('.note-list') ? id : undefined
      setEditing(id)
    },
    newNote,
    reveal,
    undo: history.undo,
    redo: history.redo,
    zoom: (factor) => setViewport((view) => zoomCentred(view, size, factor)),
    fitAll,
    focusNote,
  }
  useBoardKeys(
    commands,
    selectedFrame && canEditFrames
      ? () => {
          removeFrame(doc, selectedFrame)
          setSelectedFrame(undefined)
        }
      : undefined,
  )

  const editingNote = editing ? content.noteById.get(editing) : undefined
  const lifted = pickedUp ? content.noteById.get(pickedUp) : undefined
  const selectedNote =
    selection.size === 1 ? content.noteById.get([...selection][0] ?? '') : undefined
  const bounds = contentBounds(content)
  const large =
    bounds !== undefined && size.width > 0 && !contains(visibleRect(viewport, size), bounds)

  return (
    <div className={`board-page mode-${mode}`}>
      {projector ? (
        <ProjectorHeader
          title={content.meta.title || boardId}
          status={status}
          following={follow.followed}
        />
      ) : (
        <TopBar
          meta={content.meta}
          boardId={boardId}
          locale={locale}
          me={me}
          readOnly={!canWrite}
          status={status}
          peers={peers}
          following={
            follow.followed?.id ?? (follow.target?.kind === 'person' ? follow.target.id : undefined)
          }
          onFollow={(id) => follow.setTarget(id ? { kind: 'person', id } : undefined)}
          onSummon={() => publisher.setNow({ summon: Date.now() })}
          followingFacilitator={
            mode === 'observer' ? follow.target?.kind === 'facilitator' : undefined
          }
          onFollowFacilitator={
            mode === 'observer'
              ? (on) => follow.setTarget(on ? { kind: 'facilitator' } : undefined)
              : undefined
          }
          aside={
            aside
              ? { title: asideTitle, open: asideOpen, toggle: () => setAsideOpen(!asideOpen) }
              : undefined
          }
          actions={
            <>
              {topActions}
              <ValidationButton doc={doc} canDecide={canWrite && me.role === 'facilitator'} />
            </>
          }
        />
      )}
      <main
        className="canvas-area"
        ref={canvasArea}
        tabIndex={-1}
        style={{ outlineColor: follow.followed?.colour }}
        data-following={follow.followed && !projector ? 'true' : undefined}
        {...gestures.handlers}
      >
        {size.width > 0 && (
          <BoardCanvas
            size={size}
            viewport={viewport}
            locale={locale}
            frames={frames}
            notes={resting}
            citations={content.citations}
            live={moves.live}
            selection={selection}
            focused={focused}
            editing={editing}
            selectedFrame={selectedFrame}
            editableFrames={canEditFrames}
            rubberBand={gestures.band}
            peers={projector ? peers.filter((peer) => peer.dragging) : peers}
            scaleText={projector ? PROJECTOR_TEXT : 1}
            dependencies={roadmap ? { arrows, noteById: content.noteById } : undefined}
          />
        )}
        {lifted && !projector && <LiftedMark note={lifted} viewport={viewport} />}
        {editingNote && canWrite && (
          <NoteTextEditor
            key={editingNote.id}
            doc={doc}
            note={editingNote}
            viewport={viewport}
            onDone={(note) => {
              setEditing(undefined)
              if (note.text === '' && content.noteById.get(note.id)?.text === '')
                removeNotes(doc, [note.id], decides)
              if (returnFocus.current) focusNote(returnFocus.current)
              returnFocus.current = undefined
            }}
          />
        )}
        <BoardOverlays projector={projector} follow={follow} />
        {focused && canWrite && !projector && <KeyboardHint pickedUp={pickedUp !== null} />}
        {projector && address && me.role === 'facilitator' && content.meta.kind === 'subgroup' && (
          <ProjectorRoomCode {...address} />
        )}
        <SessionBar doc={doc} variant={projector ? 'projector' : 'board'} />
        {holding && drafts && (
          <BoardDrafts ref={draftField} drafts={drafts} locale={locale} category={category} />
        )}
        {lockedForMe && mode === 'board' && <LockNotice className="board-lock-notice" />}
        <PromoteBar
          {...{ doc, boardId, me, selection }}
          provider={connection.provider}
          kind={content.meta.kind}
          active={canWrite}
        />
        <LazyScenarioPanel doc={doc} variant={projector ? 'projector' : 'board'} />
        <LazyVotingResults
          doc={doc}
          address={address}
          variant={projector ? 'projector' : 'board'}
        />
        {!projector && (
          <BoardControls
            locale={locale}
            viewport={viewport}
            size={size}
            setViewport={setViewport}
            navigated={stopFollowing}
            fitAll={fitAll}
            minimap={large ? { notes, frames: content.frames } : undefined}
            tools={
              canWrite
                ? {
                    category,
                    onCategory: setCategory,
                    onNewNote: newNote,
                    canAddFrames: canEditFrames,
                    onAddFrame: (kind) =>
                      select(new Set(), createFrame(doc, kind, content.frames, content.notes)),
                    selectionSize: selection.size,
                    onDelete: () => {
                      removeNotes(doc, selection, decides)
                      select(new Set())
                    },
                    history,
                  }
                : undefined
            }
          />
        )}
      </main>
      {/* Before the panel: Tab goes from the selected note on to its panel, and back. */}
      <NoteList
        notes={notes}
        frames={content.frames}
        locale={locale}
        citations={content.citations}
        movedBy={moves.movedBy}
        selected={selectedNote?.id}
        canWrite={canWrite}
        pickedUp={pickedUp}
        onPickUp={setPickedUp}
        onFocusNote={(id) => {
          setFocused(id)
          select(new Set([id]))
          const note = content.noteById.get(id)
          if (note) reveal(note)
        }}
        onLeave={() => setFocused(undefined)}
        onNoteKey={(id, event) =>
          handleKey(event, {
            ...commands,
            selection: selection.has(id) ? selection : new Set([id]),
          })
        }
      />
      {selectedNote && !projector && (
        <DetailPanel
          key={selectedNote.id}
          doc={doc}
          note={selectedNote}
          frames={content.frames}
          locale={locale}
          citations={content.citations[selectedNote.id] ?? 0}
          canWrite={canWrite}
          moderate={canWrite && me.role === 'facilitator'}
          vote={
            canWrite && address ? (
              <NoteVote doc={doc} address={address} noteId={selectedNote.id} />
            ) : undefined
          }
          sheet={
            roadmap ? (
              <ActionSheet
                doc={doc}
                note={selectedNote}
                notes={notes}
                frames={content.frames}
                arrows={arrows}
                locale={locale}
                canWrite={canWrite}
              />
            ) : undefined
          }
          onClose={() => select(new Set())}
          onDelete={() => {
            removeNotes(doc, [selectedNote.id], decides)
            select(new Set())
          }}
        />
      )}
      {aside && !projector && (
        // Kept in the page while closed: the top bar's toggle names it (aria-controls).
        <div className="side-slot" id="board-side-panel" hidden={!asideOpen}>
          {asideOpen && aside}
        </div>
      )}
    </div>
  )
}
