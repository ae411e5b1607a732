import { useEffect, useId, useRef, useState } from 'react'
import type { ReactNode } from 'react'
import type * as Y from 'yjs'
import { label } from '@atelier/model'
import { useControl, useSessionTemplate } from '../session/hooks.js'
import type { SessionBarVariant } from '../session/SessionBar.js'
import { useScenarioView } from './hooks.js'
import type { InjectView, ScenarioView } from './reading.js'
import { useScenarioText } from './strings.js'
import type { ScenarioText } from './strings.js'
import './scenario.css'

export type ScenarioPanelProps = {
  doc: Y.Doc
  variant: SessionBarVariant
  /**
   * Announce the round showing at the first render too: the panel was mounted because a round
   * started while the page was open (see `LazyScenarioPanel`).
   */
  announceFirst?: boolean
}

/**
 * The serious-game round on every screen: the scenario's situation and the sub-group's role,
 * the injects revealed so far (the newest first and highlighted, announced to screen readers),
 * the questions the sub-group answers, and where its response actions go on the board. It reads
 * the board's controls, which only the facilitator changes, and shows nothing between rounds.
 */
export function ScenarioPanel({ doc, variant, announceFirst = false }: ScenarioPanelProps) {
  const { t, language } = useScenarioText()
  const control = useControl(doc)
  const template = useSessionTemplate(control.session)
  const view = useScenarioView(control.scenario, template, language)
  const ready = template !== undefined || control.scenario === undefined
  const announcement = useAnnouncement(view, ready, t, announceFirst)
  const projector = variant === 'projector'
  const newest = view?.injects.at(-1)
  const earlier = view ? view.injects.slice(0, -1).reverse() : []
  return (
    <>
      {view && (
        <section
          className={`scenario-panel scenario-${variant}`}
          aria-label={t('label')}
          data-scenario={view.id}
        >
          <header className="scenario-header">
            <p className="scenario-kicker">
              {t('label')}
              {newest && (
                <span className="scenario-progress">
                  {' · '}
                  {t('progress', { number: newest.number, total: view.total })}
                </span>
              )}
            </p>
            <h2 className="scenario-title">{view.title}</h2>
          </header>
          {newest && (
            <article className="scenario-inject scenario-newest" data-inject={newest.id}>
              <p className="scenario-badge">{t('newest')}</p>
              <h3 className="scenario-inject-title">
                {t('inject.name', { number: newest.number, title: newest.title })}
              </h3>
              <p className="scenario-inject-text">{newest.text}</p>
            </article>
          )}
          <p className="scenario-hint">
            {view.responseFrame
              ? t('hint.frame', {
                  category: label('category.action', language),
                  frame: view.responseFrame,
                })
              : t('hint', { category: label('category.action', language) })}
          </p>
          {earlier.length > 0 && (
            <ol className="scenario-earlier" aria-label={t('injects')} reversed>
              {earlier.map((inject) => (
                <EarlierInject key={inject.id} inject={inject} brief={variant !== 'phone'} t={t} />
              ))}
            </ol>
          )}
          <Toggle
            open={projector || (view.injects.length <= 1 && variant === 'board')}
            show={t('situation.show')}
            hide={t('situation.hide')}
            heading={t('situation')}
            collapsible={!projector}
          >
            <p className="scenario-situation">{view.situation}</p>
            <p className="scenario-role">
              <strong>{t('role')}</strong> {view.role}
            </p>
          </Toggle>
          <Toggle
            open={projector}
            show={t('questions.show')}
            hide={t('questions.hide')}
            heading={t('questions')}
            collapsible={!projector}
          >
            <ul className="scenario-questions" aria-label={t('questions')}>
              {view.questions.map((question) => (
                <li key={question.id}>{question.text}</li>
              ))}
            </ul>
          </Toggle>
        </section>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </>
  )
}

function EarlierInject({
  inject,
  brief,
  t,
}: {
  inject: InjectView
  brief: boolean
  t: ScenarioText
}) {
  return (
    <li className="scenario-inject" data-inject={inject.id} value={inject.number}>
      <span className="scenario-inject-title">
        {t('inject.name', { number: inject.number, title: inject.title })}
      </span>
      {!brief && <span className="scenario-inject-text">{inject.text}</span>}
    </li>
  )
}

/** A part of the panel behind a toggle, or always open with its heading (on the projector). */
function Toggle(props: {
  open: boolean
  collapsible: boolean
  show: string
  hide: string
  heading: string
  children: ReactNode
}) {
  const id = useId()
  const [open, setOpen] = useState(props.open)
  if (!props.collapsible) {
    return (
      <div className="scenario-part">
        <h3 className="scenario-part-heading">{props.heading}</h3>
        {props.children}
      </div>
    )
  }
  return (
    <div className="scenario-part">
      <button
        type="button"
        className="scenario-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true" className="scenario-toggle-mark" data-open={open} />
        {open ? props.hide : props.show}
      </button>
      {open && <div id={id}>{props.children}</div>}
    </div>
  )
}

/**
 * What the panel's live region says: the round starting, and each new inject with its text, as
 * they come while the page is open (not the injects already showing when it opens, unless
 * `announceFirst`).
 */
function useAnnouncement(
  view: ScenarioView | undefined,
  ready: boolean,
  t: ScenarioText,
  announceFirst: boolean,
): string {
  const [text, setText] = useState('')
  const seen = useRef<{ scenario?: string; inject?: string } | undefined>(
    announceFirst ? {} : undefined,
  )
  const newest = view?.injects.at(-1)
  useEffect(() => {
    // While the template loads, the round is not on screen yet: nothing new has come.
    if (!ready) return
    const before = seen.current
    seen.current = { scenario: view?.id, inject: newest?.id }
    if (!before || !view || !newest || before.inject === newest.id) return
    const inject = t('announce.inject', { title: newest.title, text: newest.text })
    setText(
      before.scenario === view.id
        ? inject
        : `${t('announce.start', { title: view.title })} ${inject}`,
    )
  }, [view, newest, ready, t])
  return text
}
