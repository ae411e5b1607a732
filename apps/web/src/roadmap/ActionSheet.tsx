import { useId, useState } from 'react'
import { ACTION_FIELDS, Limits, label, placementAmong, updateActionSheet } from '@atelier/model'
import type { Frame, Locale, Note } from '@atelier/model'
import type * as Y from 'yjs'
import { SharedText } from '../board/SharedText.js'
import { Dependencies } from './Dependencies.js'
import type { Dependency } from './DependencyLayer.js'
import { roadmapPlace } from './place.js'
import { useRoadmapText } from './strings.js'
import { refusalText } from './refusal.js'
import './roadmap.css'

export type ActionSheetProps = {
  doc: Y.Doc
  note: Note
  /** The notes shown on the board: the actions this one may depend on. */
  notes: readonly Note[]
  frames: readonly Frame[]
  arrows: readonly Dependency[]
  locale: Locale
  canWrite: boolean
}

// An empty field's dash has no direction of its own, which `dir="auto"` takes as left to right:
// without it the dash follows the sheet's direction (right to left in Arabic).
function ReadOnly({ text }: { text: string }) {
  return (
    <p className="read-only-text" dir={text ? 'auto' : undefined}>
      {text || '—'}
    </p>
  )
}

/** Where the action stands on the roadmap: its horizon column and lead actor row. */
function Schedule({ note, frames, locale }: Pick<ActionSheetProps, 'note' | 'frames' | 'locale'>) {
  const { t } = useRoadmapText()
  const place = roadmapPlace(placementAmong(frames, note)?.cell, locale)
  if (!place) return <p className="hint">{t('sheet.notPlaced')}</p>
  return (
    <dl className="roadmap-schedule" data-testid="roadmap-schedule">
      <div>
        <dt>{t('sheet.horizon')}</dt>
        <dd>{place.horizon}</dd>
      </div>
      <div>
        <dt>{t('sheet.lead')}</dt>
        <dd>{place.lead}</dd>
      </div>
    </dl>
  )
}

/** The partners of an action as removable chips, and a field that adds one on Enter. */
function Partners({ doc, note, locale, canWrite }: ActionSheetProps) {
  const { t } = useRoadmapText()
  const [draft, setDraft] = useState('')
  const [error, setError] = useState<string>()
  const inputId = useId()
  const partners = note.action?.partners ?? []
  const write = (next: string[]) => {
    try {
      updateActionSheet(doc, note.id, { partners: next })
      setError(undefined)
      return true
    } catch (failure) {
      setError(refusalText(failure, t))
      return false
    }
  }
  const add = () => {
    const partner = draft.trim()
    if (partner && !partners.includes(partner) && write([...partners, partner])) setDraft('')
  }
  const name = label('action.partners', locale)
  return (
    <div className="field roadmap-partners">
      <label htmlFor={inputId}>{name}</label>
      {partners.length === 0 && !canWrite && <ReadOnly text="" />}
      <ul className="tag-list" aria-label={name}>
        {partners.map((partner) => (
          <li key={partner} className="tag" dir="auto">
            {partner}
            {canWrite && (
              <button
                type="button"
                aria-label={t('partners.remove', { partner })}
                onClick={() => write(partners.filter((other) => other !== partner))}
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      {canWrite && (
        <div className="roadmap-add">
          <input
            id={inputId}
            type="text"
            dir="auto"
            value={draft}
            maxLength={Limits.partnerLength}
            placeholder={t('partners.placeholder')}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault()
                add()
              }
            }}
          />
          <button type="button" className="small" onClick={add} disabled={!draft.trim()}>
            {t('partners.add')}
          </button>
        </div>
      )}
      {error && (
        <p className="roadmap-error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}

/**
 * The action sheet of a note on the roadmap, below its details: where it is scheduled, who is
 * responsible, the partners, how they coordinate, its implementation risks and their
 * mitigation, how it lasts, how youth and migrants take part, and what it depends on. Every
 * field is shared as it is typed, through the model; an observer reads the same sheet.
 */
export function ActionSheet(props: ActionSheetProps) {
  const { t } = useRoadmapText()
  const { doc, note, locale, canWrite } = props
  const [error, setError] = useState<string>()
  const write = (field: (typeof ACTION_FIELDS)[number], value: string) => {
    try {
      updateActionSheet(doc, note.id, { [field]: value })
      setError(undefined)
    } catch (failure) {
      setError(refusalText(failure, t))
    }
  }
  const before = ACTION_FIELDS.slice(0, 1)
  const after = ACTION_FIELDS.slice(1)
  const textField = (field: (typeof ACTION_FIELDS)[number]) => (
    <div className="field" key={field} data-field={field}>
      <label htmlFor={`action-${field}`}>{label(`action.${field}`, locale)}</label>
      {canWrite ? (
        <SharedText
          id={`action-${field}`}
          multiline
          rows={2}
          value={note.action?.[field] ?? ''}
          maxLength={Limits.actionFieldLength}
          onChange={(value) => write(field, value)}
        />
      ) : (
        <ReadOnly text={note.action?.[field] ?? ''} />
      )}
    </div>
  )
  return (
    <fieldset className="action-sheet">
      <legend>{t('sheet.legend')}</legend>
      <section className="field">
        <h3>{t('sheet.placement')}</h3>
        <Schedule note={note} frames={props.frames} locale={locale} />
      </section>
      {before.map(textField)}
      <Partners {...props} />
      {after.map(textField)}
      {error && (
        <p className="roadmap-error" role="alert">
          {error}
        </p>
      )}
      <Dependencies {...props} />
    </fieldset>
  )
}
