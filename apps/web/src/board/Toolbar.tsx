import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CATEGORY_COLOURS, FrameKind, NoteCategory, label } from '@atelier/model'
import type { Locale } from '@atelier/model'
import { FrameIcon, NoteIcon, RedoIcon, TrashIcon, UndoIcon } from './icons.js'

type Props = {
  locale: Locale
  category: NoteCategory
  onCategory: (category: NoteCategory) => void
  onNewNote: () => void
  /** Only facilitators add frames. */
  canAddFrames: boolean
  onAddFrame: (kind: FrameKind) => void
  selectionSize: number
  onDelete: () => void
  canUndo: boolean
  canRedo: boolean
  onUndo: () => void
  onRedo: () => void
}

function FrameMenu({ locale, onAddFrame }: Pick<Props, 'locale' | 'onAddFrame'>) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  return (
    <div className="menu-anchor">
      <button
        type="button"
        className="tool"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        title={t('toolbar.addFrame')}
      >
        <FrameIcon />
        <span>{t('toolbar.frames')}</span>
      </button>
      {open && (
        <div role="menu" className="menu menu-up" aria-label={t('toolbar.addFrame')}>
          {Object.values(FrameKind).map((kind) => (
            <button
              key={kind}
              type="button"
              role="menuitem"
              onClick={() => {
                setOpen(false)
                onAddFrame(kind)
              }}
            >
              {label(`frame.${kind}`, locale)}
            </button>
          ))}
        </div>
      )}
    </div>
  )
}

/**
 * The board's tools for people who may write: a new note in the chosen category, frames for
 * facilitators, undo and redo, and deleting the selection. Observers never see it.
 */
export function Toolbar(props: Props) {
  const { t } = useTranslation()
  const { locale } = props
  return (
    <div role="toolbar" className="toolbar" aria-label={t('toolbar.label')}>
      <button
        type="button"
        className="tool tool-primary"
        onClick={props.onNewNote}
        title={t('toolbar.noteHint')}
        style={{ '--swatch': CATEGORY_COLOURS[props.category] } as React.CSSProperties}
      >
        <NoteIcon />
        <span>{t('toolbar.note')}</span>
      </button>
      <div className="swatches" role="radiogroup" aria-label={t('toolbar.category')}>
        {Object.values(NoteCategory).map((category) => (
          <button
            key={category}
            type="button"
            role="radio"
            aria-checked={props.category === category}
            className="swatch"
            title={label(`category.${category}`, locale)}
            aria-label={label(`category.${category}`, locale)}
            style={{ background: CATEGORY_COLOURS[category] }}
            onClick={() => props.onCategory(category)}
          />
        ))}
      </div>
      <span className="divider" aria-hidden="true" />
      {props.canAddFrames && <FrameMenu locale={locale} onAddFrame={props.onAddFrame} />}
      <button
        type="button"
        className="tool icon-only"
        onClick={props.onUndo}
        disabled={!props.canUndo}
        title={t('toolbar.undo')}
        aria-label={t('toolbar.undo')}
      >
        <UndoIcon />
      </button>
      <button
        type="button"
        className="tool icon-only"
        onClick={props.onRedo}
        disabled={!props.canRedo}
        title={t('toolbar.redo')}
        aria-label={t('toolbar.redo')}
      >
        <RedoIcon />
      </button>
      <button
        type="button"
        className="tool icon-only"
        onClick={props.onDelete}
        disabled={props.selectionSize === 0}
        title={t('toolbar.delete')}
        aria-label={t('toolbar.delete')}
      >
        <TrashIcon />
      </button>
    </div>
  )
}
