import { useModerationText } from './strings.js'

type Props = {
  /** Whether everyone is called to the plenary now. */
  gathered: boolean
  busy: boolean
  send: (action: { action: 'gather' } | { action: 'disperse' }) => void
}

/** The console's switch that calls every sub-group to the session's plenary, and sends them back. */
export function GatherButton({ gathered, busy, send }: Props) {
  const { t } = useModerationText()
  return (
    <button
      type="button"
      className="console-button"
      aria-pressed={gathered}
      disabled={busy}
      onClick={() => send({ action: gathered ? 'disperse' : 'gather' })}
    >
      {gathered ? t('console.disperse') : t('console.gather')}
    </button>
  )
}
