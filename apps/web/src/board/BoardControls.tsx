import type { FrameKind, Locale, NoteCategory, Note, Frame, Point } from '@atelier/model'
import { Minimap } from './Minimap.js'
import { Toolbar } from './Toolbar.js'
import type { History } from './hooks.js'
import { centreOn, zoomCentred } from './viewport.js'
import type { ScreenSize, Viewport } from './viewport.js'
import { ZoomControls } from './ZoomControls.js'

type Props = {
  locale: Locale
  viewport: Viewport
  size: ScreenSize
  setViewport: (update: (viewport: Viewport) => Viewport) => void
  /** The person moved the view themselves (stops following). */
  navigated: () => void
  fitAll: () => void
  minimap?: { notes: readonly Note[]; frames: readonly Frame[] }
  /** Present when this screen may write. */
  tools?: {
    category: NoteCategory
    onCategory: (category: NoteCategory) => void
    onNewNote: () => void
    canAddFrames: boolean
    onAddFrame: (kind: FrameKind) => void
    selectionSize: number
    onDelete: () => void
    history: History
  }
}

/** The controls floating over the canvas: the tools, zoom, and the minimap of a large board. */
export function BoardControls({
  locale,
  viewport,
  size,
  setViewport,
  navigated,
  fitAll,
  minimap,
  tools,
}: Props) {
  const zoom = (factor: (scale: number) => number) => {
    navigated()
    setViewport((view) => zoomCentred(view, size, factor(view.scale)))
  }
  return (
    <>
      <ZoomControls
        scale={viewport.scale}
        onZoomIn={() => zoom(() => 1.25)}
        onZoomOut={() => zoom(() => 0.8)}
        onReset={() => zoom((scale) => 1 / scale)}
        onFit={() => {
          navigated()
          fitAll()
        }}
      />
      {minimap && (
        <Minimap
          notes={minimap.notes}
          frames={minimap.frames}
          viewport={viewport}
          size={size}
          onNavigate={(at: Point) => {
            navigated()
            setViewport((view) => centreOn(view, size, at))
          }}
        />
      )}
      {tools && (
        <Toolbar
          locale={locale}
          category={tools.category}
          onCategory={tools.onCategory}
          onNewNote={tools.onNewNote}
          canAddFrames={tools.canAddFrames}
          onAddFrame={tools.onAddFrame}
          selectionSize={tools.selectionSize}
          onDelete={tools.onDelete}
          canUndo={tools.history.canUndo}
          canRedo={tools.history.canRedo}
          onUndo={tools.history.undo}
          onRedo={tools.history.redo}
        />
      )}
    </>
  )
}
