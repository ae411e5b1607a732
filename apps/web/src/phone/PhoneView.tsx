import { useMemo, useState } from 'react'
import type * as Y from 'yjs'
import type { Awareness } from 'y-protocols/awareness'
import { castVote, deleteNote, isRightToLeft, label, retractVote, updateNote } from '@atelier/model'
import type { Locale } from '@atelier/model'
import { SessionBar } from '../session/SessionBar.js'
import type { ConnectionStatus, Me } from '../sync/types.js'
import { DEFAULT_VOTE_BUDGET, noteRows, votesLeft } from './board-reading.js'
import type { BoardReading, NoteFilter } from './board-reading.js'
import { Composer } from './Composer.js'
import { useBoardReading, usePhoneText, usePresence, useWrittenHere } from './hooks.js'
import { NoteList } from './NoteList.js'
import type { NoteActions } from './NoteCard.js'
import { PlaceSheet } from './PlaceSheet.js'
import { refusalText } from './refusals.js'
import './phone.css'

export type PhoneViewProps = {
  doc: Y.Doc
  awareness: Awareness
  me: Me
  status: ConnectionStatus
}

/**
 * The participant's phone: write notes, read the group's notes as a list, place a note in a
 * matrix cell or grid lane by tapping, and vote, without ever pinching a canvas. An observer
 * gets the same list, read-only. `doc` is the board, already synced by the shell.
 */
export function PhoneView(props: PhoneViewProps) {
  const { t, locale } = usePhoneText()
  const { doc, me } = props
  const reading = useBoardReading(doc, me.id)
  const online = usePresence(props.awareness)
  const [writtenHere, rememberWrittenHere] = useWrittenHere()
  const [filter, setFilter] = useState<NoteFilter>('all')
  const [placing, setPlacing] = useState<string | null>(null)
  const [refusal, setRefusal] = useState<string | null>(null)

  const rows = useMemo(
    () => noteRows(reading, { locale, me, writtenHere, filter }),
    [reading, locale, me, writtenHere, filter],
  )
  const visibleTotal = reading.notes.filter(
    (note) => !note.hidden || me.role === 'facilitator',
  ).length
  const left = votesLeft(reading, DEFAULT_VOTE_BUDGET)
  const attempt = (change: () => unknown) => {
    try {
      change()
      setRefusal(null)
    } catch (error) {
      setRefusal(refusalText(error, t))
    }
  }
  const actions: NoteActions = me.canWrite
    ? {
        canVoteMore: left > 0,
        vote: (id, voted) =>
          attempt(() =>
            voted ? retractVote(doc, me.id, id) : castVote(doc, me.id, id, DEFAULT_VOTE_BUDGET),
          ),
        place: setPlacing,
        edit: (id, patch) => attempt(() => updateNote(doc, id, patch)),
        remove: (id) => attempt(() => deleteNote(doc, id)),
      }
    : { canVoteMore: false }

  return (
    <div className="phone" dir={isRightToLeft(locale) ? 'rtl' : 'ltr'} lang={locale}>
      <PhoneHeader
        reading={reading}
        me={me}
        online={online}
        votesLeft={left}
        locale={locale}
        status={props.status}
      />
      <StatusBanner status={props.status} />
      <SessionBar doc={doc} variant="phone" />
      <main className="phone-main">
        {me.canWrite ? (
          <Composer
            doc={doc}
            me={me}
            locale={locale}
            onAdded={(id, anonymous) => anonymous && rememberWrittenHere(id)}
            onPlace={setPlacing}
          />
        ) : (
          <p className="phone-card phone-muted">{t('observerNotice')}</p>
        )}
        <NoteList
          rows={rows}
          total={visibleTotal}
          filter={filter}
          onFilter={setFilter}
          locale={locale}
          actions={actions}
          refusal={refusal}
        />
      </main>
      {placing && me.canWrite && (
        <PlaceSheet
          doc={doc}
          noteId={placing}
          reading={reading}
          locale={locale}
          onClose={() => setPlacing(null)}
        />
      )}
    </div>
  )
}

function PhoneHeader(props: {
  reading: BoardReading
  me: Me
  online: number
  votesLeft: number
  locale: Locale
  status: ConnectionStatus
}) {
  const { t } = usePhoneText()
  const { meta } = props.reading
  const title = meta.title || label(`board.${meta.kind}`, props.locale) || t('boardFallback')
  return (
    <header className="phone-header">
      <h1 className="phone-title" dir="auto">
        {title}
      </h1>
      <div className="phone-header-row">
        <p className="phone-subtitle">
          <span className="phone-presence" data-status={props.status} aria-hidden="true" />
          <span>{props.me.name}</span>
          <span aria-hidden="true"> · </span>
          <span>{t('online', { count: props.online })}</span>
        </p>
        {props.me.canWrite ? (
          <p className="phone-chip" data-empty={props.votesLeft === 0 ? 'yes' : 'no'}>
            {t('votes.left', { count: props.votesLeft })}
          </p>
        ) : (
          <p className="phone-chip">{t('readOnly')}</p>
        )}
      </div>
    </header>
  )
}

function StatusBanner({ status }: { status: ConnectionStatus }) {
  const { t } = usePhoneText()
  return (
    <div role="status" className="phone-status" data-status={status}>
      {status === 'offline' && <p>{t('status.offline')}</p>}
      {status === 'connecting' && <p>{t('status.connecting')}</p>}
    </div>
  )
}
