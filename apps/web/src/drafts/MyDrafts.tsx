import { useId, useState } from 'react'
import { label } from '@atelier/model'
import type { Locale, WritingMode } from '@atelier/model'
import type { OwnDraft } from './api.js'
import { draftRefusal } from './hooks.js'
import { useDraftsText } from './strings.js'
import './drafts.css'

/**
 * "My private notes (n)": the notes this person wrote that the relay holds, each with its state
 * (waiting for the reveal, waiting for the facilitator, held), and a button to withdraw one that
 * still waits. Only its author's screen ever lists a held note.
 */
export function MyDrafts(props: {
  drafts: readonly OwnDraft[]
  mode: WritingMode
  locale: Locale
  withdraw: (id: string) => Promise<void>
}) {
  const { t } = useDraftsText()
  const headingId = useId()
  const [refusal, setRefusal] = useState<string | null>(null)
  const stateOf = (draft: OwnDraft) =>
    draft.status === 'held'
      ? t('state.held')
      : props.mode === 'moderated'
        ? t('state.pending.moderated')
        : t('state.pending.private')
  return (
    <section className="drafts-mine" aria-labelledby={headingId}>
      <h3 id={headingId} className="drafts-heading">
        {t('mine.heading', { count: props.drafts.length })}
      </h3>
      {props.drafts.length === 0 ? (
        <p className="drafts-muted">{t('mine.none')}</p>
      ) : (
        <ul className="drafts-list">
          {props.drafts.map((draft) => (
            <li
              key={draft.id}
              className="drafts-item"
              data-draft-id={draft.id}
              data-status={draft.status}
            >
              <p className="drafts-text" dir="auto">
                {draft.text}
              </p>
              <p className="drafts-meta">
                <span>{label(`category.${draft.category}`, props.locale)}</span>
                {draft.anonymous && <span> · {t('mine.anonymous')}</span>}
                <span className="drafts-state" data-status={draft.status}>
                  {' '}
                  · {stateOf(draft)}
                </span>
              </p>
              {draft.status === 'pending' && (
                <button
                  type="button"
                  className="drafts-button"
                  aria-label={t('withdrawLabel', { text: draft.text })}
                  onClick={() =>
                    props.withdraw(draft.id).then(
                      () => setRefusal(null),
                      (error: unknown) => setRefusal(draftRefusal(error, t)),
                    )
                  }
                >
                  {t('withdraw')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {refusal && (
        <p className="drafts-refusal" role="alert">
          {refusal}
        </p>
      )}
    </section>
  )
}
