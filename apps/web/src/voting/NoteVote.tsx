import type * as Y from 'yjs'
import { useControl } from '../session/hooks.js'
import type { BoardAddress } from '../sync/connection.js'
import { useBallot } from './hooks.js'
import { refusalKey, useVotingText } from './strings.js'
import './voting.css'

/**
 * Voting for the selected note from a laptop's board, while a round is open: the vote goes to
 * the relay's ballot box, like a phone's. Renders nothing when no round is open.
 */
export function NoteVote(props: { doc: Y.Doc; address: BoardAddress; noteId: string }) {
  const ballot = useBallot(props.address, useControl(props.doc))
  const { t } = useVotingText()
  if (!ballot.open || !ballot.state) return null
  const voted = ballot.state.mine.includes(props.noteId)
  return (
    <div className="voting-note">
      <button
        type="button"
        aria-pressed={voted}
        disabled={!voted && ballot.state.remaining === 0}
        onClick={() => void ballot.vote(props.noteId, voted)}
      >
        {voted ? t('vote.retract') : t('vote.cast')}
      </button>
      <p className="hint">{t('vote.left', { count: ballot.state.remaining })}</p>
      {ballot.refusal && (
        <p role="alert" className="voting-refusal">
          {t(refusalKey(ballot.refusal))}
        </p>
      )}
    </div>
  )
}
