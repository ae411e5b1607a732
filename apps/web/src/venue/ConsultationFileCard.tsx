import { useId, useMemo, useRef, useState, type FormEvent } from 'react'
import { MIN_PASSPHRASE_LENGTH, VenueApi, VenueCallError, type ImportSummary } from './api.js'
import { useVenueText, type VenueText } from './strings.js'
import './venue.css'

type Outcome =
  | { kind: 'busy'; what: 'exporting' | 'importing' }
  | { kind: 'exported'; name: string }
  | { kind: 'imported'; summary: ImportSummary }
  | { kind: 'error'; message: string }

/**
 * The console's consultation file card: exports the whole consultation as one `.atelier` file
 * (personal data only when ticked, sealed with a passphrase typed twice) and imports one, which
 * the relay merges with what it has. `onCreated` lets the console show a consultation that the
 * import created (boards already open receive the merged notes live).
 */
export function ConsultationFileCard({
  workshop,
  token,
  onCreated,
}: {
  workshop: string
  token: string
  onCreated: () => void
}) {
  const { t } = useVenueText()
  const api = useMemo(() => new VenueApi(workshop, token), [workshop, token])
  const [personal, setPersonal] = useState(false)
  const [passphrase, setPassphrase] = useState('')
  const [confirm, setConfirm] = useState('')
  const [importPassphrase, setImportPassphrase] = useState('')
  const [outcome, setOutcome] = useState<Outcome | undefined>()
  const fileInput = useRef<HTMLInputElement>(null)
  const id = useId()
  const busy = outcome?.kind === 'busy'

  async function exportFile(event: FormEvent) {
    event.preventDefault()
    if (personal && [...passphrase].length < MIN_PASSPHRASE_LENGTH) {
      return setOutcome({ kind: 'error', message: t('file.short') })
    }
    if (personal && passphrase !== confirm) {
      return setOutcome({ kind: 'error', message: t('file.mismatch') })
    }
    setOutcome({ kind: 'busy', what: 'exporting' })
    try {
      const { blob, name } = await api.exportFile(personal ? passphrase : null)
      save(blob, name)
      setOutcome({ kind: 'exported', name })
    } catch (error) {
      setOutcome({ kind: 'error', message: messageOf(error, t) })
    }
  }

  async function importFile(file: File) {
    setOutcome({ kind: 'busy', what: 'importing' })
    try {
      const summary = await api.importFile(file, importPassphrase)
      setOutcome({ kind: 'imported', summary })
      if (summary.consultation === 'created') onCreated()
    } catch (error) {
      setOutcome({ kind: 'error', message: messageOf(error, t) })
    } finally {
      if (fileInput.current) fileInput.current.value = ''
    }
  }

  return (
    <section className="console-card venue-file" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('file.heading')}</h2>
      <p className="console-muted">{t('file.intro')}</p>
      <form className="venue-file-export" onSubmit={(event) => void exportFile(event)}>
        <h3>{t('file.exportHeading')}</h3>
        <label className="venue-check">
          <input
            type="checkbox"
            checked={personal}
            onChange={(event) => setPersonal(event.target.checked)}
          />
          {t('file.personal')}
        </label>
        {personal && (
          <>
            <p className="console-muted">{t('file.personalHint')}</p>
            <label htmlFor={`${id}-pass`}>{t('file.passphrase')}</label>
            <input
              id={`${id}-pass`}
              type="password"
              autoComplete="new-password"
              value={passphrase}
              onChange={(event) => setPassphrase(event.target.value)}
            />
            <label htmlFor={`${id}-confirm`}>{t('file.confirm')}</label>
            <input
              id={`${id}-confirm`}
              type="password"
              autoComplete="new-password"
              value={confirm}
              onChange={(event) => setConfirm(event.target.value)}
            />
          </>
        )}
        <button type="submit" className="console-primary" disabled={busy}>
          {t('file.export')}
        </button>
      </form>
      <div className="venue-file-import">
        <h3>{t('file.importHeading')}</h3>
        <label htmlFor={`${id}-import-pass`}>{t('file.importPassphrase')}</label>
        <input
          id={`${id}-import-pass`}
          type="password"
          autoComplete="off"
          value={importPassphrase}
          onChange={(event) => setImportPassphrase(event.target.value)}
        />
        <label htmlFor={`${id}-file`} className="console-button venue-file-pick">
          {t('file.import')}
        </label>
        <input
          id={`${id}-file`}
          ref={fileInput}
          className="venue-file-input"
          type="file"
          accept=".atelier"
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0]
            if (file) void importFile(file)
          }}
        />
      </div>
      <OutcomeLine outcome={outcome} />
    </section>
  )
}

function OutcomeLine({ outcome }: { outcome: Outcome | undefined }) {
  const { t } = useVenueText()
  if (!outcome) return null
  if (outcome.kind === 'error') {
    return (
      <p className="console-error" role="alert">
        {outcome.message}
      </p>
    )
  }
  const text =
    outcome.kind === 'busy'
      ? t(outcome.what === 'exporting' ? 'file.exporting' : 'file.importing')
      : outcome.kind === 'exported'
        ? t('file.exported', { name: outcome.name })
        : t('file.imported', {
            boards: outcome.summary.boards,
            versions: outcome.summary.versionsAdded,
            people: outcome.summary.participantsAdded + outcome.summary.participantsUpdated,
          })
  return (
    <p className="console-muted venue-outcome" role="status">
      {text}
    </p>
  )
}

function messageOf(error: unknown, t: VenueText): string {
  if (error instanceof VenueCallError && error.passphraseProblem) return t('file.wrongPassphrase')
  if (error instanceof VenueCallError && error.refusedFile) {
    return t('file.refused', { detail: error.detail ?? '' })
  }
  return t('file.failed')
}

function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
