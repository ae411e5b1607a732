import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  CATEGORY_COLOURS,
  Limits,
  NoteCategory,
  Priority,
  RISK_FIELDS,
  getFrame,
  label,
  placementAmong,
  setNoteText,
  updateNote,
} from '@atelier/model'
import type { Frame, Locale, Note, NotePatch } from '@atelier/model'
import type * as Y from 'yjs'
import type { MessageKey } from '../i18n/index.js'
import { HideToggle } from '../moderation/HideToggle.js'
import { CloseIcon, TrashIcon } from './icons.js'
import { PlaceInCell } from './PlaceInCell.js'
import { noteLane, noteScore } from './scores.js'
import { SharedText } from './SharedText.js'
import { BAND_COLOURS } from './theme.js'

type Props = {
  doc: Y.Doc
  note: Note
  frames: readonly Frame[]
  locale: Locale
  /** How many recommendations cite the note. */
  citations: number
  canWrite: boolean
  /** The facilitator may hide the note from the room, or show it again. */
  moderate?: boolean
  /** Voting for the note while a round is open (see voting/NoteVote.tsx). */
  vote?: React.ReactNode
  /** A sheet of the board's own kind below the details (a roadmap action's, roadmap/ActionSheet.tsx). */
  sheet?: React.ReactNode
  onClose: () => void
  onDelete: () => void
}

function Placement({
  doc,
  note,
  frames,
  locale,
}: Pick<Props, 'doc' | 'note' | 'frames' | 'locale'>) {
  const { t } = useTranslation()
  const placement = placementAmong(frames, note)
  if (!placement) return <p className="hint">{t('detail.notPlaced')}</p>
  const frame = getFrame(doc, placement.frameId)
  const title = frame?.title ?? (frame ? label(`frame.${frame.kind}`, locale) : '')
  const score = noteScore(placement.cell, locale)
  const lane = noteLane(placement.cell, locale)
  return (
    <div className="placement">
      <p className="placement-frame">{title}</p>
      {!placement.cell && <p className="hint">{t('detail.onTitle')}</p>}
      {lane && (
        <p>
          {t('detail.lane')} : <strong>{lane}</strong>
        </p>
      )}
      {score && (
        <dl className="scores" data-testid="note-scores">
          {score.lines.map((line) => (
            <div key={line.axis}>
              <dt>{line.axis}</dt>
              <dd>
                <strong>{line.level}</strong> · {line.levelLabel}
              </dd>
            </div>
          ))}
          <div>
            <dt>{t('detail.score')}</dt>
            <dd>
              <span
                className="score-pill"
                style={{
                  color: BAND_COLOURS[score.band].score,
                  background: BAND_COLOURS[score.band].fill,
                }}
              >
                {score.score} · {label(`band.${score.band}`, locale)}
              </span>
            </dd>
          </div>
        </dl>
      )}
    </div>
  )
}

function Tags({
  note,
  canWrite,
  write,
}: {
  note: Note
  canWrite: boolean
  write: (patch: NotePatch) => void
}) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState('')
  const add = () => {
    const tag = draft.trim().slice(0, Limits.tagLength)
    if (tag && !note.tags.includes(tag) && note.tags.length < Limits.tags)
      write({ tags: [...note.tags, tag] })
    setDraft('')
  }
  return (
    <div className="tags">
      {note.tags.length === 0 && !canWrite && <p className="hint">{t('detail.noTags')}</p>}
      <ul role="list" className="tag-list">
        {note.tags.map((tag) => (
          <li key={tag} className="tag">
            {tag}
            {canWrite && (
              <button
                type="button"
                aria-label={t('detail.removeTag', { tag })}
                onClick={() => write({ tags: note.tags.filter((other) => other !== tag) })}
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      {canWrite && (
        <input
          type="text"
          aria-label={t('detail.addTag')}
          placeholder={t('detail.addTag')}
          value={draft}
          maxLength={Limits.tagLength}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' || event.key === ',') {
              event.preventDefault()
              add()
            }
          }}
          onBlur={add}
        />
      )}
    </div>
  )
}

function CategoryPicker({
  note,
  locale,
  write,
}: {
  note: Note
  locale: Locale
  write: (patch: NotePatch) => void
}) {
  const { t } = useTranslation()
  return (
    <div className="category-picker" role="radiogroup" aria-label={t('detail.category')}>
      {Object.values(NoteCategory).map((category) => (
        <button
          key={category}
          type="button"
          role="radio"
          aria-checked={note.category === category}
          onClick={() => write({ category })}
        >
          <span className="dot" style={{ background: CATEGORY_COLOURS[category] }} />
          {label(`category.${category}`, locale)}
        </button>
      ))}
    </div>
  )
}

function ReadOnlyText({ text }: { text: string }) {
  return (
    <p className="read-only-text" dir="auto">
      {text || '—'}
    </p>
  )
}

/**
 * The selected note in full: text, category, tags, priority, its scores or lane from where it
 * stands (and, for a writer, a picker to place it in a cell), how many recommendations cite it,
 * and, on a risk, the digital-risk analysis sheet.
 * Edits are shared as they are typed; an observer sees the same panel with nothing to edit.
 */
export function DetailPanel({
  doc,
  note,
  frames,
  locale,
  citations,
  canWrite,
  moderate = false,
  vote,
  sheet,
  onClose,
  onDelete,
}: Props) {
  const { t } = useTranslation()
  const write = (patch: NotePatch) => updateNote(doc, note.id, patch)
  const field = (id: string, key: MessageKey, body: React.ReactNode) => (
    <div className="field">
      <label htmlFor={id}>{t(key)}</label>
      {body}
    </div>
  )
  return (
    <aside className="detail-panel" aria-label={t('detail.label')}>
      <header>
        <span className="dot large" style={{ background: note.colour }} />
        <h2>{label(`category.${note.category}`, locale)}</h2>
        <button
          type="button"
          className="icon-button"
          onClick={onClose}
          aria-label={t('detail.close')}
          title={t('detail.close')}
        >
          <CloseIcon />
        </button>
      </header>
      <div className="detail-body">
        {field(
          'detail-text',
          'detail.text',
          canWrite ? (
            <SharedText
              id="detail-text"
              multiline
              rows={4}
              value={note.text}
              maxLength={Limits.noteTextLength}
              onChange={(text) => setNoteText(doc, note.id, text)}
            />
          ) : (
            <ReadOnlyText text={note.text} />
          ),
        )}
        <section className="field">
          <h3>{t('detail.placement')}</h3>
          <Placement doc={doc} note={note} frames={frames} locale={locale} />
          {/* Whoever may move the note may place it here without dragging it. */}
          {canWrite && <PlaceInCell doc={doc} note={note} frames={frames} locale={locale} />}
        </section>
        <section className="field">
          <h3>{t('detail.citations')}</h3>
          <p className={citations > 0 ? 'citations' : 'hint'} data-testid="note-citations">
            {citations > 0 ? t('notes.citedBy', { count: citations }) : t('detail.notCited')}
          </p>
        </section>
        {canWrite && (
          <section className="field">
            <h3>{t('detail.category')}</h3>
            <CategoryPicker note={note} locale={locale} write={write} />
          </section>
        )}
        <section className="field">
          <h3>{t('detail.tags')}</h3>
          <Tags note={note} canWrite={canWrite} write={write} />
        </section>
        {field(
          'detail-priority',
          'detail.priority',
          // The priority is the validation round's outcome: the facilitator's to set.
          moderate ? (
            <select
              id="detail-priority"
              value={note.priority ?? ''}
              onChange={(event) =>
                write({
                  priority: event.target.value === '' ? null : (event.target.value as Priority),
                })
              }
            >
              <option value="">{t('detail.priorityNone')}</option>
              {Object.values(Priority).map((priority) => (
                <option key={priority} value={priority}>
                  {label(`priority.${priority}`, locale)}
                </option>
              ))}
            </select>
          ) : (
            <ReadOnlyText
              text={
                note.priority
                  ? label(`priority.${note.priority}`, locale)
                  : t('detail.priorityNone')
              }
            />
          ),
        )}
        {note.risk && (
          <fieldset className="risk-sheet">
            <legend>{t('detail.riskSheet')}</legend>
            {RISK_FIELDS.map((key) => (
              <div className="field" key={key}>
                <label htmlFor={`risk-${key}`}>{label(`risk.${key}`, locale)}</label>
                {canWrite ? (
                  <SharedText
                    id={`risk-${key}`}
                    multiline
                    rows={2}
                    value={note.risk?.[key] ?? ''}
                    maxLength={Limits.riskFieldLength}
                    onChange={(value) => write({ risk: { [key]: value } })}
                  />
                ) : (
                  <ReadOnlyText text={note.risk?.[key] ?? ''} />
                )}
              </div>
            ))}
          </fieldset>
        )}
        {sheet}
        <p className="hint">
          {t('detail.author')} : {note.author?.name ?? t('notes.anonymous')}
        </p>
        {moderate && <HideToggle doc={doc} note={note} />}
        {vote}
        {canWrite && (
          <button type="button" className="danger" onClick={onDelete}>
            <TrashIcon /> {t('detail.delete')}
          </button>
        )}
      </div>
    </aside>
  )
}
