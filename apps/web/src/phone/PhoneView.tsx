import { Suspense, lazy, useMemo, useState } from 'react'
import type * as Y from 'yjs'
import type { Awareness } from 'y-protocols/awareness'
import {
  decidesNotes,
  deleteNote,
  isRightToLeft,
  label,
  noteCarriesDecision,
  updateNote,
} from '@atelier/model'
import type { Locale } from '@atelier/model'
import { SessionBar } from '../session/SessionBar.js'
import { useControl } from '../session/hooks.js'
import type { BoardAddress } from '../sync/connection.js'
import { useBallot } from '../voting/hooks.js'
import { LazyVotingResults } from '../voting/lazy.js'
import { refusalKey, useVotingText } from '../voting/strings.js'
import { PhoneDrafts } from '../drafts/PhoneDrafts.js'
import { useLockedForMe } from '../moderation/hooks.js'
import { LockNotice } from '../moderation/LockNotice.js'
import { LazyScenarioPanel } from '../scenario/lazy.js'
import { holdsRoadmap } from '../roadmap/hooks.js'
import type { ConnectionStatus, Me } from '../sync/types.js'
import { noteRows, withBallot } from './board-reading.js'
import type { BoardReading, NoteFilter } from './board-reading.js'
import { Composer } from './Composer.js'
import { useBoardReading, usePhoneText, usePresence, useWrittenHere } from './hooks.js'
import { NoteList } from './NoteList.js'
import type { NoteActions } from './NoteCard.js'
import { PlaceSheet } from './PlaceSheet.js'
import { refusalText } from './refusals.js'
import './phone.css'

// A roadmap action's sheet, its fields and its words load in their own chunk, the first time
// someone opens one: a phone on a sub-group board never downloads them.
const ActionSheetDialog = lazy(() =>
  import('./ActionSheetDialog.js').then((module) => ({ default: module.ActionSheetDialog })),
)

export type PhoneViewProps = {
  doc: Y.Doc
  awareness: Awareness
  me: Me
  status: ConnectionStatus
  /** The board and the page's token, for the ballot API (votes go to the relay, not the board). */
  address?: BoardAddress
}

/**
 * The participant's phone: write notes, read the group's notes as a list, place a note in a
 * matrix cell or grid lane by tapping, and vote, without ever pinching a canvas; on a roadmap,
 * read and fill each action's sheet. An observer gets the same list and sheets, read-only.
 * `doc` is the board, already synced by the shell.
 */
export function PhoneView(props: PhoneViewProps) {
  const { t, locale } = usePhoneText()
  const { doc, me } = props
  const reading = useBoardReading(doc, me.id)
  const online = usePresence(props.awareness)
  const [writtenHere, rememberWrittenHere] = useWrittenHere()
  const [filter, setFilter] = useState<NoteFilter>('all')
  const [placing, setPlacing] = useState<string | null>(null)
  const [sheetOf, setSheetOf] = useState<string | null>(null)
  const [refusal, setRefusal] = useState<string | null>(null)
  // While the facilitator holds the board, a writer's phone reads only (the relay refuses too).
  const locked = useLockedForMe(doc, me)

  // While a round is open the relay holds the votes: this person's come from the ballot API.
  // Once it closes, every vote is in the board and the reading has them.
  const control = useControl(doc)
  const ballot = useBallot(props.address, control)
  const { t: votingT } = useVotingText()
  const mine = ballot.open ? ballot.state?.mine : undefined
  const voting = useMemo(() => (mine ? withBallot(reading, mine) : reading), [reading, mine])
  const rows = useMemo(
    () => noteRows(voting, { locale, me, writtenHere, filter }),
    [voting, locale, me, writtenHere, filter],
  )
  const shown = useMemo(
    () => reading.notes.filter((note) => !note.hidden || me.role === 'facilitator'),
    [reading.notes, me.role],
  )
  const visibleTotal = shown.length
  // On a board holding a roadmap every note is an action, with a sheet anyone may open.
  const sheet = holdsRoadmap(reading.meta.kind, reading.frames) ? setSheetOf : undefined
  const left = ballot.open ? ballot.state?.remaining : undefined
  const attempt = (change: () => unknown) => {
    try {
      change()
      setRefusal(null)
    } catch (error) {
      setRefusal(refusalText(error, t))
    }
  }
  const actions: NoteActions =
    me.canWrite && !locked
      ? {
          canVoteMore: (left ?? 0) > 0,
          ...(ballot.open
            ? { vote: (id: string, voted: boolean) => void ballot.vote(id, voted) }
            : {}),
          place: setPlacing,
          sheet,
          edit: (id, patch) => attempt(() => updateNote(doc, id, patch)),
          // A note holding the facilitator's decision stays: the relay would refuse its removal.
          remove: (id) => {
            if (decidesNotes(me.role) || !noteCarriesDecision(doc, id)) {
              attempt(() => deleteNote(doc, id))
            }
          },
        }
      : { canVoteMore: false, votingOpen: control.voting === 'open', sheet }

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
      <LazyScenarioPanel doc={doc} variant="phone" />
      <LazyVotingResults doc={doc} address={props.address} variant="phone" />
      <main className="phone-main">
        {locked && <LockNotice />}
        {me.canWrite ? (
          <fieldset className="phone-lockable" disabled={locked}>
            <Composer
              doc={doc}
              me={me}
              locale={locale}
              onAdded={(id, anonymous) => anonymous && rememberWrittenHere(id)}
              onPlace={setPlacing}
            />
          </fieldset>
        ) : (
          <p className="phone-card phone-muted">{t('observerNotice')}</p>
        )}
        {me.canWrite && <PhoneDrafts doc={doc} locale={locale} role={me.role} />}
        <NoteList
          rows={rows}
          total={visibleTotal}
          filter={filter}
          onFilter={setFilter}
          locale={locale}
          actions={actions}
          refusal={refusal ?? (ballot.refusal ? votingT(refusalKey(ballot.refusal)) : null)}
        />
      </main>
      {placing && me.canWrite && !locked && (
        <PlaceSheet
          doc={doc}
          noteId={placing}
          reading={reading}
          locale={locale}
          onClose={() => setPlacing(null)}
        />
      )}
      {sheetOf && sheet && (
        <Suspense
          fallback={
            <p className="phone-loading" role="status">
              {t('sheet.loading')}
            </p>
          }
        >
          <ActionSheetDialog
            doc={doc}
            noteId={sheetOf}
            reading={reading}
            notes={shown}
            locale={locale}
            canWrite={me.canWrite && !locked}
            onClose={() => setSheetOf(null)}
          />
        </Suspense>
      )}
    </div>
  )
}

function PhoneHeader(props: {
  reading: BoardReading
  me: Me
  online: number
  /** Votes left in the open round; none while no round is open. */
  votesLeft: number | undefined
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
          props.votesLeft !== undefined && (
            <p className="phone-chip" data-empty={props.votesLeft === 0 ? 'yes' : 'no'}>
              {t('votes.left', { count: props.votesLeft })}
            </p>
          )
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
