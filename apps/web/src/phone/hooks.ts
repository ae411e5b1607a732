import { useCallback, useEffect, useState } from 'react'
import type * as Y from 'yjs'
import type { Awareness } from 'y-protocols/awareness'
import { useTranslation } from 'react-i18next'
import { observeBoard } from '@atelier/model'
import type { Locale } from '@atelier/model'
import { readBoard } from './board-reading.js'
import type { BoardReading } from './board-reading.js'
import { PHONE_NS, addPhoneStrings } from './strings.js'
import type { PhoneText } from './strings.js'

/**
 * The board as the phone shows it, read again after every change (local or from a peer). A burst
 * of changes (someone typing, a sync after being offline) is read once per animation frame.
 */
export function useBoardReading(doc: Y.Doc, voter: string): BoardReading {
  const [reading, setReading] = useState(() => readBoard(doc, voter))
  useEffect(() => {
    setReading(readBoard(doc, voter))
    let pending = 0
    const stop = observeBoard(doc, () => {
      if (pending) return
      pending = requestAnimationFrame(() => {
        pending = 0
        setReading(readBoard(doc, voter))
      })
    })
    return () => {
      stop()
      cancelAnimationFrame(pending)
    }
  }, [doc, voter])
  return reading
}

function peopleOnline(awareness: Awareness): number {
  const people = new Set<unknown>()
  awareness.getStates().forEach((state, clientId) => {
    // A projector is a screen, not a person taking part.
    if (state.view === 'projector') return
    const id: unknown = state.user?.id
    people.add(typeof id === 'string' ? id : clientId)
  })
  return Math.max(1, people.size)
}

/**
 * Tells the board this screen is a phone (so the facilitator's console can count phones), and
 * returns how many people are on the board now, this one included.
 */
export function usePresence(awareness: Awareness): number {
  const [count, setCount] = useState(() => peopleOnline(awareness))
  useEffect(() => {
    const update = () => setCount(peopleOnline(awareness))
    if (awareness.getLocalState() !== null) awareness.setLocalStateField('view', 'phone')
    update()
    awareness.on('change', update)
    return () => awareness.off('change', update)
  }, [awareness])
  return count
}

/** The phone view's translate function and the model locale of the interface's language. */
export function usePhoneText(): { t: PhoneText; locale: Locale } {
  // The shell types `t` for its own namespace only; the phone's keys are typed by PhoneKey.
  const { t, i18n } = useTranslation(PHONE_NS as never)
  addPhoneStrings(i18n)
  return { t: t as unknown as PhoneText, locale: localeOf(i18n.resolvedLanguage ?? i18n.language) }
}

/** The board locale of an i18next language: French unless Arabic or English. */
export function localeOf(language: string | undefined): Locale {
  if (language?.startsWith('ar')) return 'ar'
  if (language?.startsWith('en')) return 'en'
  return 'fr'
}

const WRITTEN_HERE_KEY = 'atelier.phone.written-here:'

function readWrittenHere(key: string): Set<string> {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(key) ?? '[]')
    return new Set(Array.isArray(stored) ? stored.filter((id) => typeof id === 'string') : [])
  } catch {
    return new Set()
  }
}

/**
 * The notes this phone wrote anonymously on this board. The board stores no author for them,
 * so only this phone can still let its writer edit or delete them; it keeps their ids locally.
 */
export function useWrittenHere(): [ReadonlySet<string>, (noteId: string) => void] {
  const key = WRITTEN_HERE_KEY + location.pathname
  const [ids, setIds] = useState(() => readWrittenHere(key))
  const remember = useCallback(
    (noteId: string) => {
      setIds((previous) => {
        const next = new Set(previous).add(noteId)
        try {
          localStorage.setItem(key, JSON.stringify([...next]))
        } catch {
          // A phone in private mode or out of space still works; it forgets on reload.
        }
        return next
      })
    },
    [key],
  )
  return [ids, remember]
}
