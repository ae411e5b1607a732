import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { placeNoteInCell, placementAmong, sameCell } from '@atelier/model'
import type { Frame, FrameCell, Locale, Note } from '@atelier/model'
import type * as Y from 'yjs'
import { CellPicker } from '../placement/CellPicker.js'
import { frameName, placementLine, placementText } from '../phone/placement-labels.js'
import './place-in-cell.css'

type Props = {
  doc: Y.Doc
  note: Note
  /** The board's frames: every kind has cells (matrices, the grid's lanes, the roadmap). */
  frames: readonly Frame[]
  locale: Locale
}

/**
 * The phone's place sheet in the note panel: choose a frame, then one of its cells as a button,
 * and the note moves there in one click or one Enter. Dragging, or the arrow keys step by step,
 * are then not the only way into a cell (WCAG 2.5.7, 2.1.1). Shown to those who may write only:
 * the panel leaves it out for observers and while the board is locked for this person.
 */
export function PlaceInCell({ doc, note, frames, locale }: Props) {
  const { t } = useTranslation()
  const bodyId = useId()
  const selectId = useId()
  const placement = placementAmong(frames, note)
  const [open, setOpen] = useState(false)
  const [frameId, setFrameId] = useState(placement?.frameId ?? frames[0]?.id)
  /** The cell this panel last placed the note in: its result is said while the note stays there. */
  const [placed, setPlaced] = useState<{ frameId: string; cell: FrameCell } | null>(null)
  const [refusal, setRefusal] = useState<string | null>(null)
  const frame = frames.find((candidate) => candidate.id === frameId) ?? frames[0]
  if (!frame) return null

  const pick = (cell: FrameCell) => {
    try {
      placeNoteInCell(doc, note.id, frame.id, cell)
      setPlaced({ frameId: frame.id, cell })
      setRefusal(null)
    } catch (error) {
      setPlaced(null)
      const message = error instanceof Error ? error.message : String(error)
      setRefusal(t('detail.place.refused', { message }))
    }
  }

  // Said once the note is where this panel put it; moved elsewhere since (a drag, a peer), silent.
  const landed =
    placed && placement?.frameId === placed.frameId && sameCell(placement.cell, placed.cell)
      ? placementText(placement, frames, locale)
      : null
  return (
    <div className="place-in-cell">
      <button
        type="button"
        className="place-toggle"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen((was) => !was)}
      >
        <span className="place-chevron" aria-hidden="true" />
        {t('detail.place.open')}
      </button>
      <div id={bodyId} className="place-body" hidden={!open}>
        {open && (
          <>
            {frames.length > 1 ? (
              <>
                <label htmlFor={selectId}>{t('detail.place.frame')}</label>
                <select
                  id={selectId}
                  value={frame.id}
                  onChange={(event) => setFrameId(event.target.value)}
                >
                  {frames.map((candidate) => (
                    <option key={candidate.id} value={candidate.id}>
                      {frameName(candidate, frames, locale)}
                    </option>
                  ))}
                </select>
              </>
            ) : (
              <p className="place-frame">{frameName(frame, frames, locale)}</p>
            )}
            <CellPicker
              kind={frame.kind}
              current={placement?.frameId === frame.id ? placement.cell : null}
              onPick={pick}
              locale={locale}
              words={{
                cell: t('detail.place.cell'),
                lane: t('detail.place.lane'),
                cellScore: (score) => t('detail.place.cellScore', { score }),
              }}
            />
            <div role="status" className="place-status">
              {landed && (
                <p className="place-placed">
                  {t('detail.place.placed', {
                    where: placementLine(landed, t('detail.place.offCell')),
                  })}
                </p>
              )}
              {refusal && <p className="place-refusal">{refusal}</p>}
            </div>
          </>
        )}
      </div>
    </div>
  )
}
