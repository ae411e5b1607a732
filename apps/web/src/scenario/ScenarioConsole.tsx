import { useId, useState } from 'react'
import type { Control } from '@atelier/model'
import type { SessionTemplate } from '@atelier/toolkit'
import { useScenarioView } from './hooks.js'
import { useScenarioText } from './strings.js'
import './scenario.css'

/** The scenario moves of a session: the bodies of `POST …/sessions/<id>/control`. */
export type ScenarioAction =
  { action: 'scenario'; scenarioId: string } | { action: 'inject' } | { action: 'endScenario' }

export type ScenarioConsoleProps = {
  template: SessionTemplate
  control: Control
  busy: boolean
  send: (action: ScenarioAction) => void
}

/**
 * The console's scenario block: pick one of the session's scenarios and start it, see which
 * inject every screen shows and which comes next on the timer, reveal the next one early, end
 * the round. The relay applies each move to every board of the session.
 */
export function ScenarioConsole({ template, control, busy, send }: ScenarioConsoleProps) {
  const { t, language } = useScenarioText()
  const headingId = useId()
  const pickId = useId()
  const round = control.scenario
  const [picked, setPicked] = useState(round?.id ?? template.scenarios[0]?.id ?? '')
  const view = useScenarioView(round, template, language)
  const scenario = template.scenarios.find((entry) => entry.id === picked)
  const newest = view?.injects.at(-1)
  const coming = view && template.scenarios.find((entry) => entry.id === view.id)
  const next = coming && newest ? coming.injects[newest.number] : undefined
  return (
    <div className="console-card scenario-console" role="region" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('console.heading')}</h3>
      <label className="scenario-console-pick" htmlFor={pickId}>
        {t('console.pick')}
        <select id={pickId} value={picked} onChange={(event) => setPicked(event.target.value)}>
          {template.scenarios.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {entry.title[language]}
            </option>
          ))}
        </select>
      </label>
      {scenario && (
        <p className="console-muted">
          {t('console.minutes', { minutes: scenario.minutes, injects: scenario.injects.length })}
        </p>
      )}
      <p className="scenario-console-state" data-inject={newest?.id ?? ''} role="status">
        {view && newest
          ? t('console.showing', { number: newest.number, total: view.total, title: newest.title })
          : t('console.none')}
      </p>
      {view && (
        <p className="console-muted">
          {next
            ? t('console.upcoming', { minute: next.atMinute, title: next.title[language] })
            : t('console.last')}
        </p>
      )}
      <div className="console-controls" role="group" aria-label={t('console.heading')}>
        <button
          type="button"
          className="console-button"
          disabled={busy || !scenario}
          onClick={() => send({ action: 'scenario', scenarioId: picked })}
        >
          {round?.id === picked ? t('console.restart') : t('console.start')}
        </button>
        <button
          type="button"
          className="console-button"
          disabled={busy || !next}
          aria-label={next ? t('console.nextLabel', { title: next.title[language] }) : undefined}
          onClick={() => send({ action: 'inject' })}
        >
          {t('console.next')}
        </button>
        <button
          type="button"
          className="console-button"
          disabled={busy || !round}
          onClick={() => send({ action: 'endScenario' })}
        >
          {t('console.end')}
        </button>
      </div>
    </div>
  )
}
