import { useId, useRef } from 'react'
import { label } from '@atelier/model'
import type { Locale } from '@atelier/model'
import type { NoteFilter, NoteRow } from './board-reading.js'
import { CATEGORIES } from './CategoryPicker.js'
import { NoteCard } from './NoteCard.js'
import './notes.css'
import type { NoteActions } from './NoteCard.js'
import { usePhoneText } from './hooks.js'

/**
 * The group's notes, newest first, with a filter. The list is the board's accessible list of
 * notes (role `list`, one `listitem` per note with its text), as DESIGN.md promises.
 */
export function NoteList(props: {
  rows: readonly NoteRow[]
  total: number
  filter: NoteFilter
  onFilter: (filter: NoteFilter) => void
  locale: Locale
  actions: NoteActions
  refusal: string | null
}) {
  const { t } = usePhoneText()
  const headingId = useId()
  const filterId = useId()
  const { rows } = props
  const heading = useRef<HTMLHeadingElement>(null)
  const { remove } = props.actions
  // A deleted note takes its focused button with it: the focus goes back to the list's heading.
  const actions: NoteActions = remove
    ? {
        ...props.actions,
        remove: (id) => {
          remove(id)
          heading.current?.focus()
        },
      }
    : props.actions
  return (
    <section className="phone-notes" aria-labelledby={headingId}>
      <div className="phone-notes-top">
        <h2 id={headingId} className="phone-heading" ref={heading} tabIndex={-1}>
          {t('list.heading')} <span className="phone-count">{props.total}</span>
        </h2>
        <label className="phone-filter" htmlFor={filterId}>
          <span className="visually-hidden">{t('filter.label')}</span>
          <select
            id={filterId}
            className="phone-select"
            value={props.filter}
            onChange={(event) => props.onFilter(event.target.value as NoteFilter)}
          >
            <option value="all">{t('filter.all')}</option>
            {actions.vote && <option value="mine">{t('filter.mine')}</option>}
            {CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {label(`category.${category}`, props.locale)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div role="alert" className="phone-feedback">
        {props.refusal && <p className="phone-refusal">{props.refusal}</p>}
      </div>
      {actions.vote && !actions.canVoteMore && <p className="phone-muted">{t('votes.none')}</p>}
      <ul role="list" className="phone-list" aria-labelledby={headingId}>
        {rows.map((row) => (
          <NoteCard key={row.note.id} row={row} locale={props.locale} actions={actions} />
        ))}
      </ul>
      {rows.length === 0 && (
        <p className="phone-empty">
          {props.total === 0 ? t('list.empty') : t('list.emptyFiltered')}
        </p>
      )}
    </section>
  )
}
