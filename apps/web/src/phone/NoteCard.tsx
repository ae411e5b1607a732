import { useId, useState } from 'react'
import type { CSSProperties, FormEvent } from 'react'
import { Limits, label } from '@atelier/model'
import type { Locale, NoteCategory } from '@atelier/model'
import type { NoteRow } from './board-reading.js'
import { CategoryBadge } from './CategoryIcon.js'
import { CategoryPicker } from './CategoryPicker.js'
import { PencilIcon, PinIcon, SheetIcon, StarIcon, TrashIcon } from './icons.js'
import { placementLine } from './placement-labels.js'
import { usePhoneText } from './hooks.js'
import { useVotingText } from '../voting/strings.js'

/** What a note's buttons do; each is absent when this person may not do it. */
export type NoteActions = {
  vote?: (noteId: string, voted: boolean) => void
  /** Whether a vote for a note not voted for yet fits the budget. */
  canVoteMore: boolean
  /**
   * A voting round is open: the counts are secret until it closes, so the card shows this
   * person's own vote, never a count. Taken as open when `vote` is given and this is not said.
   */
  votingOpen?: boolean
  place?: (noteId: string) => void
  /** Opens the note's roadmap action sheet (on a board holding a roadmap; read-only or not). */
  sheet?: (noteId: string) => void
  edit?: (noteId: string, patch: { text: string; category: NoteCategory }) => void
  remove?: (noteId: string) => void
}

type Mode = 'read' | 'edit' | 'confirmDelete'

/** One note of the list: text, category, placement, votes, and what this person may do with it. */
export function NoteCard({
  row,
  locale,
  actions,
}: {
  row: NoteRow
  locale: Locale
  actions: NoteActions
}) {
  const [mode, setMode] = useState<Mode>('read')
  const { note } = row
  const style = { '--category': note.colour } as CSSProperties
  return (
    <li className="phone-note" style={style}>
      {mode === 'edit' && actions.edit ? (
        <EditForm row={row} locale={locale} onSave={actions.edit} onDone={() => setMode('read')} />
      ) : (
        <NoteBody row={row} locale={locale} />
      )}
      {mode === 'confirmDelete' && actions.remove && (
        <ConfirmDelete onYes={() => actions.remove?.(note.id)} onNo={() => setMode('read')} />
      )}
      {mode === 'read' && <NoteButtons row={row} actions={actions} setMode={setMode} />}
    </li>
  )
}

function NoteBody({ row, locale }: { row: NoteRow; locale: Locale }) {
  const { t } = usePhoneText()
  const { note, placement } = row
  const author =
    row.mine && note.author ? t('note.you') : (note.author?.name ?? t('note.anonymous'))
  return (
    <>
      <div className="phone-note-top">
        <CategoryBadge category={note.category} locale={locale} />
        {note.hidden && <span className="phone-hidden">{t('note.hidden')}</span>}
        <span className="phone-author">{author}</span>
      </div>
      <p className="phone-note-text" id={`note-${note.id}-text`} dir="auto">
        {note.text}
      </p>
      <p className="phone-placement" data-placed={placement?.cell ? 'yes' : 'no'}>
        <PinIcon />
        <span>{placement ? placementLine(placement, t('note.offCell')) : t('note.unplaced')}</span>
      </p>
      {placement?.score !== undefined && placement.band && (
        <p className={`phone-score phone-band-${placement.band}`}>
          {t('note.score', {
            score: placement.score,
            band: label(`band.${placement.band}`, locale),
          })}
        </p>
      )}
    </>
  )
}

function NoteButtons(props: { row: NoteRow; actions: NoteActions; setMode: (mode: Mode) => void }) {
  const { t } = usePhoneText()
  const { row, actions, setMode } = props
  const { note } = row
  const describedBy = `note-${note.id}-text`
  return (
    <div className="phone-note-actions">
      <VoteState row={row} actions={actions} describedBy={describedBy} />
      {actions.place && (
        <button
          type="button"
          className="phone-button"
          aria-describedby={describedBy}
          onClick={() => actions.place?.(note.id)}
        >
          <PinIcon />
          {t('action.place')}
        </button>
      )}
      {actions.sheet && (
        <button
          type="button"
          className="phone-button"
          aria-haspopup="dialog"
          aria-describedby={describedBy}
          onClick={() => actions.sheet?.(note.id)}
        >
          <SheetIcon />
          {t('action.sheet')}
        </button>
      )}
      {row.mine && actions.edit && (
        <button
          type="button"
          className="phone-button phone-icon-button phone-push"
          aria-label={t('action.edit')}
          title={t('action.edit')}
          aria-describedby={describedBy}
          onClick={() => setMode('edit')}
        >
          <PencilIcon />
        </button>
      )}
      {row.mine && actions.remove && (
        <button
          type="button"
          className="phone-button phone-icon-button phone-danger"
          aria-label={t('action.delete')}
          title={t('action.delete')}
          aria-describedby={describedBy}
          onClick={() => setMode('confirmDelete')}
        >
          <TrashIcon />
        </button>
      )}
    </div>
  )
}

/**
 * The note's votes: while a round is open, this person's own vote (a button when they may
 * vote), since the relay keeps the counts secret until the close; after it, the count.
 */
function VoteState(props: { row: NoteRow; actions: NoteActions; describedBy: string }) {
  const { t } = usePhoneText()
  const { t: votingT } = useVotingText()
  const { row, actions } = props
  const open = actions.votingOpen ?? actions.vote !== undefined
  if (open && actions.vote) {
    return (
      <button
        type="button"
        className="phone-button phone-vote"
        aria-pressed={row.voted}
        aria-describedby={props.describedBy}
        data-voted={row.voted ? 'yes' : 'no'}
        disabled={!row.voted && !actions.canVoteMore}
        onClick={() => actions.vote?.(row.note.id, row.voted)}
      >
        <StarIcon filled={row.voted} />
        {row.voted ? t('action.unvote') : t('action.vote')}
      </button>
    )
  }
  if (open) {
    return (
      <span className="phone-vote-count" data-secret="yes">
        {votingT('refused.notYet')}
      </span>
    )
  }
  return (
    <span className="phone-vote-count" data-votes={row.votes}>
      {t('note.votes', { count: row.votes })}
    </span>
  )
}

function EditForm(props: {
  row: NoteRow
  locale: Locale
  onSave: NonNullable<NoteActions['edit']>
  onDone: () => void
}) {
  const { t } = usePhoneText()
  const { note } = props.row
  const [text, setText] = useState(note.text)
  const [category, setCategory] = useState(note.category)
  const textId = useId()
  const save = (event: FormEvent) => {
    event.preventDefault()
    if (!text.trim()) return
    props.onSave(note.id, { text: text.trim(), category })
    props.onDone()
  }
  return (
    <form className="phone-edit" onSubmit={save} aria-label={t('edit.heading')}>
      <label className="phone-label" htmlFor={textId}>
        {t('edit.text')}
      </label>
      <textarea
        id={textId}
        className="phone-textarea"
        rows={3}
        maxLength={Limits.noteTextLength}
        dir="auto"
        value={text}
        onChange={(event) => setText(event.target.value)}
        autoFocus
      />
      <CategoryPicker
        legend={t('composer.category')}
        value={category}
        onChange={setCategory}
        locale={props.locale}
      />
      <div className="phone-row">
        <button type="submit" className="phone-button phone-primary" disabled={!text.trim()}>
          {t('edit.save')}
        </button>
        <button type="button" className="phone-button" onClick={props.onDone}>
          {t('edit.cancel')}
        </button>
      </div>
    </form>
  )
}

function ConfirmDelete({ onYes, onNo }: { onYes: () => void; onNo: () => void }) {
  const { t } = usePhoneText()
  return (
    <div className="phone-confirm" role="group" aria-label={t('delete.confirm')}>
      <p>{t('delete.confirm')}</p>
      <div className="phone-row">
        <button type="button" className="phone-button phone-danger" onClick={onYes} autoFocus>
          {t('delete.yes')}
        </button>
        <button type="button" className="phone-button" onClick={onNo}>
          {t('delete.no')}
        </button>
      </div>
    </div>
  )
}
