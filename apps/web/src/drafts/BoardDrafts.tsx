import { forwardRef, useId, useState } from 'react'
import type { FormEvent } from 'react'
import { Limits, NoteCategory, label } from '@atelier/model'
import type { Locale } from '@atelier/model'
import type { DraftsState } from './context.js'
import { draftRefusal } from './hooks.js'
import { MyDrafts } from './MyDrafts.js'
import { useDraftsText } from './strings.js'
import './drafts.css'

/**
 * The board's way to write while writing is private or moderated: a small composer whose note
 * goes to the relay, not into the board, and the list of this person's held notes. The board's
 * "new note" actions focus its text field (`ref`).
 */
export const BoardDrafts = forwardRef<
  HTMLTextAreaElement,
  { drafts: DraftsState; locale: Locale; category: NoteCategory }
>(function BoardDrafts(props, textRef) {
  const { t } = useDraftsText()
  const mine = props.drafts
  const mode = mine.mode
  const [text, setText] = useState('')
  const [category, setCategory] = useState<NoteCategory>(props.category)
  const [anonymous, setAnonymous] = useState(false)
  const [feedback, setFeedback] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const ids = { heading: useId(), text: useId(), category: useId(), hint: useId() }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const body = text.trim()
    if (!body) return setFeedback({ ok: false, text: t('compose.empty') })
    setBusy(true)
    mine
      .submit({ text: body, category, anonymous })
      .then(
        () => {
          setText('')
          const sent = mode === 'moderated' ? 'compose.sentModerated' : 'compose.sent'
          setFeedback({ ok: true, text: t(sent) })
        },
        (error: unknown) => setFeedback({ ok: false, text: draftRefusal(error, t) }),
      )
      .finally(() => setBusy(false))
  }

  return (
    <aside className="drafts-board" aria-labelledby={ids.heading} data-writing={mode}>
      <h2 id={ids.heading} className="drafts-heading">
        {t(mode === 'moderated' ? 'mode.moderated' : 'mode.private')}
      </h2>
      <p className="drafts-muted">
        {t(mode === 'moderated' ? 'explain.moderated' : 'explain.private')}
      </p>
      <form onSubmit={submit} noValidate className="drafts-form">
        <label htmlFor={ids.text} className="drafts-label">
          {t('compose.text')}
        </label>
        <textarea
          ref={textRef}
          id={ids.text}
          className="drafts-textarea"
          rows={3}
          dir="auto"
          maxLength={Limits.noteTextLength}
          placeholder={t('compose.placeholder')}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <label htmlFor={ids.category} className="drafts-label">
          {t('compose.category')}
        </label>
        <select
          id={ids.category}
          className="drafts-select"
          value={category}
          onChange={(event) => setCategory(event.target.value as NoteCategory)}
        >
          {Object.values(NoteCategory).map((value) => (
            <option key={value} value={value}>
              {label(`category.${value}`, props.locale)}
            </option>
          ))}
        </select>
        <label className="drafts-check">
          <input
            type="checkbox"
            checked={anonymous}
            aria-describedby={ids.hint}
            onChange={(event) => setAnonymous(event.target.checked)}
          />
          <span>
            {t('compose.anonymous')}
            <small id={ids.hint}>{t('compose.anonymousHint')}</small>
          </span>
        </label>
        <button type="submit" className="drafts-button drafts-primary" disabled={busy}>
          {t('compose.submit')}
        </button>
        <p role="status" className={feedback?.ok === false ? 'drafts-refusal' : 'drafts-muted'}>
          {feedback?.text}
        </p>
      </form>
      <MyDrafts drafts={mine.drafts} mode={mode} locale={props.locale} withdraw={mine.withdraw} />
    </aside>
  )
})
