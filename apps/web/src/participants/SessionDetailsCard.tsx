import { useEffect, useId, useState } from 'react'
import type { FormEvent } from 'react'
import { failureText } from '../facilitator/failure.js'
import { useFacilitatorText } from '../facilitator/strings.js'
import type { InvitationApi, SessionDetails } from './invitation-api.js'
import { useInvitationText } from './invitation-strings.js'
import type { Place, Places } from './places.js'

/**
 * Every session's date and place, which the invitations and the RSVP page show: one small form
 * per session of the consultation.
 */
export function SessionDetailsCard({ api, places }: { api: InvitationApi; places: Places }) {
  const { t } = useInvitationText()
  const heading = useId()
  return (
    <section className="console-card invitation-details" aria-labelledby={heading}>
      <h3 id={heading}>{t('details.heading')}</h3>
      <p className="console-muted">{t('details.intro')}</p>
      {places.sessions.map((place) => (
        <DetailsForm key={place.id} api={api} place={place} />
      ))}
    </section>
  )
}

function DetailsForm({ api, place }: { api: InvitationApi; place: Place }) {
  const { t, language } = useInvitationText()
  const consoleText = useFacilitatorText()
  const id = useId()
  const title = place.title[language]
  const [loaded, setLoaded] = useState(false)
  const [date, setDate] = useState('')
  const [time, setTime] = useState('')
  const [where, setWhere] = useState('')
  const [busy, setBusy] = useState(false)
  const [saved, setSaved] = useState(false)
  const [failure, setFailure] = useState<unknown>()

  const show = (details: SessionDetails) => {
    const [day = '', hour = ''] = (details.date ?? '').split('T')
    setDate(day)
    setTime(hour)
    setWhere(details.place ?? '')
  }
  useEffect(() => {
    let current = true
    api.details(place.id).then(
      (details) => {
        if (!current) return
        show(details)
        setLoaded(true)
      },
      (error: unknown) => current && setFailure(error),
    )
    return () => {
      current = false
    }
  }, [api, place.id])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setSaved(false)
    setFailure(undefined)
    const details: SessionDetails = {
      date: date ? (time ? `${date}T${time}` : date) : null,
      place: where.trim() || null,
    }
    api.saveDetails(place.id, details).then(
      (answer) => {
        show(answer)
        setSaved(true)
        setBusy(false)
      },
      (error: unknown) => {
        setFailure(error)
        setBusy(false)
      },
    )
  }

  return (
    <form
      className="invitation-details-form"
      onSubmit={submit}
      aria-labelledby={`${id}-title`}
      data-session={place.id}
    >
      <h4 id={`${id}-title`}>{t('details.session', { title })}</h4>
      <div className="invitation-details-fields">
        <label>
          <span>{t('details.date')}</span>
          <input
            type="date"
            value={date}
            disabled={!loaded}
            onChange={(event) => setDate(event.target.value)}
          />
        </label>
        <label>
          <span>{t('details.time')}</span>
          <input
            type="time"
            value={time}
            disabled={!loaded || !date}
            onChange={(event) => setTime(event.target.value)}
          />
        </label>
        <label className="invitation-details-place">
          <span>{t('details.place')}</span>
          <input
            type="text"
            dir="auto"
            maxLength={200}
            value={where}
            disabled={!loaded}
            onChange={(event) => setWhere(event.target.value)}
          />
        </label>
        <button type="submit" className="console-button" disabled={!loaded || busy}>
          {t('details.save')}
        </button>
      </div>
      {saved && (
        <p className="invitation-saved" role="status">
          {t('details.saved', { title })}
        </p>
      )}
      {failure !== undefined && (
        <p className="console-error" role="alert">
          {failureText(failure, consoleText.t)}
        </p>
      )}
    </form>
  )
}
