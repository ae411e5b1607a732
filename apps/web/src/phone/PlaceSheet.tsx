import { useState } from 'react'
import type * as Y from 'yjs'
import { label, placeNoteInCell } from '@atelier/model'
import type { FrameCell, Locale } from '@atelier/model'
import type { BoardReading } from './board-reading.js'
import { CellPicker } from '../placement/CellPicker.js'
import { Sheet } from './Sheet.js'
import { frameName, placementLine, placementText } from './placement-labels.js'
import { refusalText } from './refusals.js'
import { usePhoneText } from './hooks.js'

/**
 * A bottom sheet to place a note without dragging: pick a frame, then tap a cell. The note's
 * placement below it is read live from the board, so it shows the new scores as they land.
 */
export function PlaceSheet(props: {
  doc: Y.Doc
  noteId: string
  reading: BoardReading
  locale: Locale
  onClose: () => void
}) {
  const { t } = usePhoneText()
  const { doc, noteId, reading, locale, onClose } = props
  const note = reading.notes.find((candidate) => candidate.id === noteId)
  const placement = reading.placements.get(noteId) ?? null
  const [frameId, setFrameId] = useState(placement?.frameId ?? reading.frames[0]?.id)
  const [refusal, setRefusal] = useState<string | null>(null)
  const frame = reading.frames.find((candidate) => candidate.id === frameId) ?? reading.frames[0]

  const pick = (cell: FrameCell) => {
    if (!frame) return
    try {
      placeNoteInCell(doc, noteId, frame.id, cell)
      setRefusal(null)
    } catch (error) {
      setRefusal(refusalText(error, t))
    }
  }

  const where = placementText(placement, reading.frames, locale)
  return (
    <Sheet
      heading={t('place.heading')}
      close={t('place.close')}
      note={note}
      locale={locale}
      onClose={onClose}
    >
      {!note && <p className="phone-refusal">{t('error.notFound')}</p>}
      {reading.frames.length === 0 && <p className="phone-muted">{t('place.noFrames')}</p>}
      {note && reading.frames.length > 1 && (
        <label className="phone-field">
          <span className="phone-label">{t('place.frame')}</span>
          <select
            className="phone-select"
            value={frame?.id}
            onChange={(event) => setFrameId(event.target.value)}
          >
            {reading.frames.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {frameName(candidate, reading.frames, locale)}
              </option>
            ))}
          </select>
        </label>
      )}
      {note && frame && (
        <>
          {reading.frames.length === 1 && (
            <p className="phone-label">{frameName(frame, reading.frames, locale)}</p>
          )}
          <CellPicker
            kind={frame.kind}
            current={placement?.frameId === frame.id ? placement.cell : null}
            onPick={pick}
            locale={locale}
            words={{
              cell: t('place.cell'),
              lane: t('place.lane'),
              cellScore: (score) => t('place.cellScore', { score }),
            }}
            buttonClass="phone-button"
          />
        </>
      )}
      <div role="status" className="phone-feedback">
        {where?.cell && (
          <p className="phone-placed">
            {t('place.placed', { where: placementLine(where, t('note.offCell')) })}
            {where.score !== undefined && where.band && (
              <span className={`phone-score phone-band-${where.band}`}>
                {t('note.score', { score: where.score, band: label(`band.${where.band}`, locale) })}
              </span>
            )}
          </p>
        )}
        {refusal && <p className="phone-refusal">{refusal}</p>}
      </div>
    </Sheet>
  )
}
