import { useId, useState } from 'react'
import type { FormEvent } from 'react'
import { agendaMinutes, sessionTemplates } from '@atelier/toolkit'
import { LANGUAGES, LANGUAGE_NAMES } from '../i18n/language.js'
import type { Language } from '../i18n/language.js'
import type { Consultation, ConsultationApi } from './api.js'
import { failureText } from './failure.js'
import { useFacilitatorText } from './strings.js'
import type { FacilitatorText } from './strings.js'

/** Sub-groups per session unless the facilitator says otherwise: 24 participants in 4 groups of 6. */
export const DEFAULT_GROUPS = 4
const MAX_GROUPS = 12

/** "6 h 30" for 390 minutes. */
export function formatDuration(minutes: number, t: FacilitatorText): string {
  return t('duration', {
    hours: Math.floor(minutes / 60),
    minutes: String(minutes % 60).padStart(2, '0'),
  })
}

/**
 * The form that creates the workshop's consultation: its title, the toolkit's session templates
 * to run, sub-groups per session, and the boards' language. The relay prepares every board.
 */
export function CreateConsultation({
  api,
  onCreated,
}: {
  api: ConsultationApi
  onCreated: (consultation: Consultation) => void
}) {
  const { t, language } = useFacilitatorText()
  const ids = { title: useId(), groups: useId(), groupsHint: useId(), locale: useId() }
  const [title, setTitle] = useState('')
  const [sessions, setSessions] = useState<ReadonlySet<string>>(() => new Set())
  const [groups, setGroups] = useState(DEFAULT_GROUPS)
  const [locale, setLocale] = useState<Language>(language)
  const [problem, setProblem] = useState<string>()
  const [sending, setSending] = useState(false)

  const toggle = (id: string, on: boolean) => {
    const next = new Set(sessions)
    if (on) next.add(id)
    else next.delete(id)
    setSessions(next)
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (title.trim() === '') return setProblem(t('create.noTitle'))
    if (sessions.size === 0) return setProblem(t('create.noSession'))
    setProblem(undefined)
    setSending(true)
    // In the agenda's order, whichever order they were ticked in.
    const chosen = sessionTemplates.map((s) => s.id).filter((id) => sessions.has(id))
    api.create({ title: title.trim(), sessions: chosen, groups, locale }).then(
      (consultation) => onCreated(consultation),
      (error: unknown) => {
        setProblem(failureText(error, t))
        setSending(false)
      },
    )
  }

  return (
    <form className="console-card console-create" onSubmit={submit} noValidate>
      <h2>{t('create.heading')}</h2>
      <p className="console-muted">{t('create.intro')}</p>
      <label className="console-field" htmlFor={ids.title}>
        {t('create.title')}
      </label>
      <input
        id={ids.title}
        type="text"
        value={title}
        maxLength={200}
        placeholder={t('create.titlePlaceholder')}
        onChange={(event) => setTitle(event.target.value)}
      />
      <fieldset className="console-sessions">
        <legend className="console-field">{t('create.sessions')}</legend>
        {sessionTemplates.map((template) => (
          <label key={template.id} className="console-session-choice">
            <input
              type="checkbox"
              name="sessions"
              value={template.id}
              checked={sessions.has(template.id)}
              onChange={(event) => toggle(template.id, event.target.checked)}
            />
            <span>
              <span className="console-session-title">{template.title[language]}</span>
              <span className="console-muted">
                {t('create.sessionMeta', {
                  number: template.number,
                  phases: template.agenda.length,
                  duration: formatDuration(agendaMinutes(template), t),
                })}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="console-row">
        <div className="console-column">
          <label className="console-field" htmlFor={ids.groups}>
            {t('create.groups')}
          </label>
          <input
            id={ids.groups}
            type="number"
            min={1}
            max={MAX_GROUPS}
            value={groups}
            aria-describedby={ids.groupsHint}
            onChange={(event) =>
              setGroups(Math.min(MAX_GROUPS, Math.max(1, Number(event.target.value) || 1)))
            }
          />
          <span id={ids.groupsHint} className="console-muted">
            {t('create.groupsHint')}
          </span>
        </div>
        <div className="console-column">
          <label className="console-field" htmlFor={ids.locale}>
            {t('create.locale')}
          </label>
          <select
            id={ids.locale}
            value={locale}
            onChange={(event) => setLocale(event.target.value as Language)}
          >
            {LANGUAGES.map((lng) => (
              <option key={lng} value={lng}>
                {LANGUAGE_NAMES[lng]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {problem && (
        <p className="console-error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="console-primary" disabled={sending}>
        {sending ? t('create.submitting') : t('create.submit')}
      </button>
    </form>
  )
}
