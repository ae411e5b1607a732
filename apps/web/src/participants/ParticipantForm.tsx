import { useEffect, useId, useRef, useState } from 'react'
import type { FormEvent } from 'react'
import { failureText } from '../facilitator/failure.js'
import { useFacilitatorText } from '../facilitator/strings.js'
import { AgeBand, ConsentPurpose, ParticipantStatus, StakeholderType } from './api.js'
import type { ParticipantInput, Participant } from './api.js'
import type { Places } from './places.js'
import { readReasons, reasonText } from './reasons.js'
import type { Reason, ReasonField } from './reasons.js'
import { useParticipantsText } from './strings.js'

type Draft = {
  name: string
  displayName: string
  organisation: string
  stakeholder: string
  session: string
  subgroup: string
  contact: string
  gender: string
  ageBand: string
  status: string
  consent: boolean
  purposes: string[]
}

function draftOf(participant: Participant | undefined, places: Places): Draft {
  return {
    name: participant?.name ?? '',
    displayName: participant?.displayName ?? '',
    organisation: participant?.organisation ?? '',
    stakeholder: participant?.stakeholder ?? '',
    session: participant?.session ?? places.sessions[0]?.id ?? '',
    subgroup: participant?.subgroup ?? '',
    contact: participant?.contact ?? '',
    gender: participant?.gender ?? '',
    ageBand: participant?.ageBand ?? '',
    status: participant?.status ?? 'invited',
    consent: participant?.consent.given ?? false,
    purposes: participant?.consent.purposes ?? [],
  }
}

/** The draft as the API reads it: a blank optional field is cleared (`null`). */
function inputOf(draft: Draft): ParticipantInput {
  const optional = (value: string) => (value.trim() === '' ? null : value.trim())
  return {
    name: draft.name,
    displayName: optional(draft.displayName),
    organisation: optional(draft.organisation),
    stakeholder: optional(draft.stakeholder) as ParticipantInput['stakeholder'],
    session: draft.session,
    subgroup: optional(draft.subgroup),
    contact: optional(draft.contact),
    gender: optional(draft.gender),
    ageBand: optional(draft.ageBand) as ParticipantInput['ageBand'],
    status: draft.status as ParticipantInput['status'],
    consent: {
      given: draft.consent,
      purposes: draft.consent ? (draft.purposes as ParticipantInput['consent']['purposes']) : [],
    },
  }
}

export type ParticipantFormProps = {
  places: Places
  /** The participant being edited; absent to add one. */
  participant?: Participant
  save: (input: ParticipantInput) => Promise<void>
  cancel: () => void
}

/**
 * Adds or edits a participant. The relay checks every field; a refusal is shown beside each
 * field it names (and summed up at the top), and nothing is changed until it accepts.
 */
export function ParticipantForm({ places, participant, save, cancel }: ParticipantFormProps) {
  const { t, language } = useParticipantsText()
  const consoleText = useFacilitatorText()
  const id = useId()
  const [draft, setDraft] = useState(() => draftOf(participant, places))
  const [busy, setBusy] = useState(false)
  const [reasons, setReasons] = useState<Reason[]>([])
  const [failure, setFailure] = useState<unknown>()
  const first = useRef<HTMLInputElement>(null)
  const summary = useRef<HTMLDivElement>(null)
  useEffect(() => first.current?.focus(), [])
  useEffect(() => {
    if (reasons.length > 0 || failure !== undefined) summary.current?.focus()
  }, [reasons, failure])

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }))
  const subgroups = places.sessions.find((session) => session.id === draft.session)?.subgroups ?? []
  const errorsOf = (field: ReasonField) => reasons.filter((reason) => reason.field === field)
  const fieldProps = (field: ReasonField) => {
    const mine = errorsOf(field)
    return {
      id: `${id}-${field}`,
      'aria-invalid': mine.length > 0 || undefined,
      'aria-describedby': mine.length > 0 ? `${id}-${field}-error` : undefined,
    }
  }
  const fieldError = (field: ReasonField) => {
    const mine = errorsOf(field)
    if (mine.length === 0) return null
    return (
      <span id={`${id}-${field}-error`} className="participants-field-error">
        {mine.map((reason) => reasonText(reason, t)).join(' · ')}
      </span>
    )
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setReasons([])
    setFailure(undefined)
    save(inputOf(draft))
      .catch((error: unknown) => {
        const detail = error instanceof Error && 'detail' in error ? error.detail : undefined
        const status = error instanceof Error && 'status' in error ? error.status : undefined
        if (status === 400 && typeof detail === 'string') setReasons(readReasons(detail))
        else setFailure(error)
      })
      .finally(() => setBusy(false))
  }

  const text = (field: 'name' | 'displayName' | 'organisation' | 'contact' | 'gender') => (
    <div className="participants-field">
      <label htmlFor={`${id}-${field}`}>
        {t(`field.${field}`)}
        {field === 'name' && <span aria-hidden="true"> *</span>}
      </label>
      <input
        {...fieldProps(field)}
        ref={field === 'name' ? first : undefined}
        type="text"
        dir="auto"
        value={draft[field]}
        required={field === 'name'}
        onChange={(event) => set(field, event.target.value)}
        autoComplete="off"
      />
      {field === 'contact' && <span className="console-muted">{t('form.contactHint')}</span>}
      {field === 'gender' && <span className="console-muted">{t('form.genderHint')}</span>}
      {fieldError(field)}
    </div>
  )

  return (
    <form className="console-card participants-form" onSubmit={submit} noValidate>
      <h3>
        {participant ? t('form.editHeading', { name: participant.name }) : t('form.addHeading')}
      </h3>
      {(reasons.length > 0 || failure !== undefined) && (
        <div className="participants-summary" role="alert" tabIndex={-1} ref={summary}>
          <p>{t('form.refused')}</p>
          {reasons.length > 0 ? (
            <ul>
              {reasons.map((reason, index) => (
                <li key={index}>{reasonText(reason, t)}</li>
              ))}
            </ul>
          ) : (
            <p>{failureText(failure, consoleText.t)}</p>
          )}
        </div>
      )}
      <div className="participants-form-grid">
        {text('name')}
        {text('displayName')}
        {text('organisation')}
        <div className="participants-field">
          <label htmlFor={`${id}-stakeholder`}>{t('field.stakeholder')}</label>
          <select
            {...fieldProps('stakeholder')}
            value={draft.stakeholder}
            onChange={(event) => set('stakeholder', event.target.value)}
          >
            <option value="">{t('form.notSaid')}</option>
            {StakeholderType.map((type) => (
              <option key={type} value={type}>
                {t(`stakeholder.${type}`)}
              </option>
            ))}
          </select>
          {fieldError('stakeholder')}
        </div>
        <div className="participants-field">
          <label htmlFor={`${id}-session`}>
            {t('field.session')}
            <span aria-hidden="true"> *</span>
          </label>
          <select
            {...fieldProps('session')}
            value={draft.session}
            onChange={(event) =>
              setDraft((d) => ({ ...d, session: event.target.value, subgroup: '' }))
            }
          >
            {places.sessions.map((session) => (
              <option key={session.id} value={session.id}>
                {session.title[language]}
              </option>
            ))}
          </select>
          {fieldError('session')}
        </div>
        <div className="participants-field">
          <label htmlFor={`${id}-subgroup`}>{t('field.subgroup')}</label>
          <select
            {...fieldProps('subgroup')}
            value={draft.subgroup}
            onChange={(event) => set('subgroup', event.target.value)}
          >
            <option value="">{t('form.noSubgroup')}</option>
            {subgroups.map((board) => (
              <option key={board.id} value={board.id}>
                {board.title}
              </option>
            ))}
          </select>
          {fieldError('subgroup')}
        </div>
        {text('contact')}
        {text('gender')}
        <div className="participants-field">
          <label htmlFor={`${id}-ageBand`}>{t('field.ageBand')}</label>
          <select
            {...fieldProps('ageBand')}
            value={draft.ageBand}
            onChange={(event) => set('ageBand', event.target.value)}
          >
            <option value="">{t('form.notSaid')}</option>
            {AgeBand.map((band) => (
              <option key={band} value={band}>
                {t(`age.${band}`)}
              </option>
            ))}
          </select>
          {fieldError('ageBand')}
        </div>
        <div className="participants-field">
          <label htmlFor={`${id}-status`}>{t('field.status')}</label>
          <select
            {...fieldProps('status')}
            value={draft.status}
            onChange={(event) => set('status', event.target.value)}
          >
            {ParticipantStatus.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
          {fieldError('status')}
        </div>
      </div>
      <fieldset className="participants-consent">
        <legend>{t('field.consent')}</legend>
        <label>
          <input
            type="checkbox"
            checked={draft.consent}
            onChange={(event) => set('consent', event.target.checked)}
          />
          {t('form.consentGiven')}
        </label>
        {draft.consent &&
          ConsentPurpose.map((purpose) => (
            <label key={purpose}>
              <input
                type="checkbox"
                checked={draft.purposes.includes(purpose)}
                onChange={(event) =>
                  set(
                    'purposes',
                    event.target.checked
                      ? [...draft.purposes, purpose]
                      : draft.purposes.filter((p) => p !== purpose),
                  )
                }
              />
              {t(`purpose.${purpose}`)}
            </label>
          ))}
        {fieldError('consent')}
      </fieldset>
      <div className="participants-actions">
        <button type="submit" className="console-primary" disabled={busy}>
          {busy ? t('form.saving') : participant ? t('form.save') : t('form.add')}
        </button>
        <button type="button" className="console-button" onClick={cancel} disabled={busy}>
          {t('cancel')}
        </button>
      </div>
    </form>
  )
}
