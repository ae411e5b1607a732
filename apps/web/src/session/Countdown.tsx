import { CountdownState, formatCountdown, isoDuration } from './countdown.js'
import type { CountdownReading } from './countdown.js'
import { useSessionText } from './strings.js'
import './session.css'

/**
 * The phase's countdown, `mm:ss` on the relay's clock: running, paused by the facilitator, or
 * run out. It is a `timer` for assistive technology, which does not read every second aloud;
 * the session bar announces when the time is up.
 */
export function Countdown({ reading }: { reading: CountdownReading }) {
  const { t } = useSessionText()
  const label =
    reading.state === CountdownState.paused
      ? t('paused')
      : reading.state === CountdownState.ended
        ? t('timeUp')
        : t('remaining')
  return (
    <div className="session-countdown" data-state={reading.state}>
      <span className="session-countdown-label">{label}</span>
      <time
        role="timer"
        aria-label={label}
        className="session-countdown-time"
        dateTime={isoDuration(reading.remainingMs)}
        dir="ltr"
      >
        {formatCountdown(reading.remainingMs)}
      </time>
    </div>
  )
}
