import { useId, useLayoutEffect, useRef, useState } from 'react'
import type { FormEvent } from 'react'
import type * as Y from 'yjs'
import { Limits, NoteCategory, addNote, listFrames, listNotes } from '@atelier/model'
import type { Locale } from '@atelier/model'
import type { Me } from '../sync/types.js'
import { inboxSpot } from './board-reading.js'
import { CategoryPicker } from './CategoryPicker.js'
import { refusalText } from './refusals.js'
import { usePhoneText } from './hooks.js'
import { holdsNotes, useDrafts } from '../drafts/context.js'
import { draftRefusal } from '../drafts/hooks.js'
import { useDraftsText } from '../drafts/strings.js'

/**
 * The form to write a note: text, category, anonymous or signed. A new note lands below the
 * board's frames, not placed yet; `onAdded` lets the view offer to place it.
 */
export function Composer(props: {
  doc: Y.Doc
  me: Me
  locale: Locale
  onAdded: (noteId: string, anonymous: boolean) => void
  onPlace: (noteId: string) => void
}) {
  const { t } = usePhoneText()
  const [text, setText] = useState('')
  const [category, setCategory] = useState<NoteCategory>(NoteCategory.finding)
  const [anonymous, setAnonymous] = useState(false)
  // The options open when the text field is first touched and fold once the note is added:
  // never on blur, which would move the list under a finger already on its way to a button.
  const [open, setOpen] = useState(false)
  const [added, setAdded] = useState<string | null>(null)
  const [refusal, setRefusal] = useState<string | null>(null)
  const textId = useId()
  const hintId = useId()
  const placeNow = useRef<HTMLButtonElement>(null)
  // While writing is private or moderated, the note goes to the relay, not into the board.
  const drafts = useDrafts(props.doc)
  const { t: draftsT } = useDraftsText()
  const [held, setHeld] = useState<string | null>(null)
  // The submit button folds away with the options: keep the focus on what comes next. A layout
  // effect, so the focus moves with the render: Preact runs plain effects after the next paint,
  // and a key pressed meanwhile would land on the button that is folding away.
  useLayoutEffect(() => {
    if (added) placeNow.current?.focus()
  }, [added])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const body = text.trim()
    if (!body) return setRefusal(t('composer.empty'))
    if (holdsNotes(drafts, props.me.role)) {
      const sent = drafts.mode === 'moderated' ? 'compose.sentModerated' : 'compose.sent'
      drafts.submit({ text: body, category, anonymous }).then(
        () => {
          setText('')
          setOpen(false)
          setRefusal(null)
          setHeld(draftsT(sent))
        },
        (error: unknown) => setRefusal(draftRefusal(error, draftsT)),
      )
      return
    }
    try {
      const { doc, me } = props
      const at = inboxSpot(listFrames(doc), listNotes(doc))
      const author = anonymous ? undefined : { id: me.id, name: me.name }
      const id = addNote(doc, { text: body, category, ...at, ...(author && { author }) })
      props.onAdded(id, anonymous)
      setText('')
      setOpen(false)
      setAdded(id)
      setRefusal(null)
    } catch (error) {
      setRefusal(refusalText(error, t))
    }
  }

  return (
    <section className="phone-card phone-composer" aria-labelledby={`${textId}-heading`}>
      <h2 id={`${textId}-heading`} className="phone-heading">
        {t('composer.heading')}
      </h2>
      <form onSubmit={submit} noValidate>
        <label className="phone-label" htmlFor={textId}>
          {t('composer.text')}
        </label>
        <textarea
          id={textId}
          className="phone-textarea"
          rows={open || text ? 4 : 2}
          maxLength={Limits.noteTextLength}
          placeholder={t('composer.placeholder')}
          dir="auto"
          value={text}
          onFocus={() => setOpen(true)}
          onChange={(event) => {
            setText(event.target.value)
            setAdded(null)
          }}
        />
        <div className="phone-more" hidden={!open && !text}>
          <CategoryPicker
            legend={t('composer.category')}
            value={category}
            onChange={setCategory}
            locale={props.locale}
          />
          <label className="phone-switch">
            <input
              type="checkbox"
              checked={anonymous}
              aria-describedby={hintId}
              onChange={(event) => setAnonymous(event.target.checked)}
            />
            <span className="phone-switch-text">
              {t('composer.anonymous')}
              <small id={hintId}>{t('composer.anonymousHint')}</small>
            </span>
          </label>
          <button type="submit" className="phone-button phone-primary phone-wide">
            {t('composer.submit')}
          </button>
        </div>
      </form>
      <div role="status" className="phone-feedback">
        {added && (
          <p className="phone-added">
            <span>{t('composer.added')}</span>
            <button
              ref={placeNow}
              type="button"
              className="phone-button"
              onClick={() => props.onPlace(added)}
            >
              {t('composer.placeNow')}
            </button>
          </p>
        )}
        {refusal && <p className="phone-refusal">{refusal}</p>}
        {held && !refusal && <p className="phone-added">{held}</p>}
      </div>
    </section>
  )
}
