import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { CodeOfConduct } from '@atelier/toolkit'
import { loadCodeOfConduct } from '@atelier/toolkit/load'
import { LanguageSwitcher } from '../i18n/LanguageSwitcher.js'
import { directionOf, useLanguage } from '../i18n/index.js'
import { asksConduct, hasAccepted, recordAcceptance } from './acceptance.js'
import { useConductText } from './strings.js'
import './conduct.css'

let toolkit: Promise<CodeOfConduct> | undefined

/** The code of conduct, loaded with a chunk of its own the first time a gate asks for it. */
function loadConduct(): Promise<CodeOfConduct> {
  toolkit ??= loadCodeOfConduct()
  return toolkit
}

export type ConductGateProps = {
  workshop: string
  role: string
  /** The view the board opened in: the code is asked on the board and the phone views. */
  view: string
}

/**
 * Asks a participant or rapporteur to accept the workshop's code of conduct the first time
 * they open one of its boards on this device, in a modal dialog (focus stays inside it, Escape
 * does not dismiss it). The acceptance is remembered per workshop on the device.
 */
export function ConductGate({ workshop, role, view }: ConductGateProps) {
  const [asked, setAsked] = useState(() => asksConduct(role, view))
  const [conduct, setConduct] = useState<CodeOfConduct>()
  useEffect(() => {
    if (!asked) return
    let current = true
    void loadConduct().then(
      (loaded) => {
        if (!current) return
        if (hasAccepted(window.localStorage, workshop, loaded.version)) setAsked(false)
        else setConduct(loaded)
      },
      () => {
        // Offline before the chunk was cached: the code is asked on the next visit.
        toolkit = undefined
        if (current) setAsked(false)
      },
    )
    return () => {
      current = false
    }
  }, [asked, workshop])
  if (!asked || !conduct) return null
  return (
    <ConductDialog
      conduct={conduct}
      onAccept={() => {
        recordAcceptance(window.localStorage, workshop, conduct.version)
        setAsked(false)
      }}
    />
  )
}

function ConductDialog({ conduct, onAccept }: { conduct: CodeOfConduct; onAccept: () => void }) {
  const t = useConductText()
  const language = useLanguage()
  const dialog = useRef<HTMLDialogElement>(null)
  // Modal from its first paint: on the phone's Preact a plain effect runs after it, and a key
  // pressed meanwhile would reach the page behind.
  useLayoutEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
  }, [])
  return (
    <dialog
      ref={dialog}
      className="conduct-dialog"
      aria-labelledby="conduct-title"
      aria-describedby="conduct-intro"
      dir={directionOf(language)}
      lang={language}
      // A modal dialog keeps the focus inside; Escape would close it before acceptance.
      onCancel={(event) => event.preventDefault()}
    >
      <div className="conduct-top">
        <h2 id="conduct-title">{conduct.title[language]}</h2>
        <LanguageSwitcher />
      </div>
      <p id="conduct-intro">{conduct.intro[language]}</p>
      <ul className="conduct-rules">
        {conduct.rules.map((rule) => (
          <li key={rule.id} data-rule={rule.id}>
            {rule.text[language]}
          </li>
        ))}
      </ul>
      <button type="button" className="conduct-accept" autoFocus onClick={onAccept}>
        {t('accept')}
      </button>
    </dialog>
  )
}
