import { Suspense, lazy } from 'react'
import type { ParticipantsPartProps } from './ParticipantsPart.js'
import { useConsolePartText } from './part-strings.js'
import './parts.css'

// The guest list holds personal data and is the facilitator's alone: its code and words load
// in their own chunk, only when the facilitator opens the "Participants" part of the console.
const ParticipantsPart = lazy(() => import('./ParticipantsPart.js'))

/** The parts of the console: running the sessions, or the participants of the consultation. */
export const ConsolePart = { sessions: 'sessions', participants: 'participants' } as const
export type ConsolePart = (typeof ConsolePart)[keyof typeof ConsolePart]

/** The console's switch between its parts, as a navigation with the current part marked. */
export function ConsoleParts({
  part,
  choose,
}: {
  part: ConsolePart
  choose: (part: ConsolePart) => void
}) {
  const { t } = useConsolePartText()
  return (
    <nav className="console-parts" aria-label={t('nav')}>
      {Object.values(ConsolePart).map((candidate) => (
        <button
          key={candidate}
          type="button"
          className="console-part"
          data-part={candidate}
          aria-current={candidate === part ? 'page' : undefined}
          onClick={() => choose(candidate)}
        >
          {t(candidate)}
        </button>
      ))}
    </nav>
  )
}

/** The "Participants" part, loaded on demand. */
export function ParticipantsSection(props: ParticipantsPartProps) {
  const { t } = useConsolePartText()
  return (
    <Suspense
      fallback={
        <p className="console-muted" role="status">
          {t('loading')}
        </p>
      }
    >
      <ParticipantsPart {...props} />
    </Suspense>
  )
}
