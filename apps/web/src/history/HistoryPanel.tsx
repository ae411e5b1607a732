import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import type * as Y from 'yjs'
import type { Me } from '../sync/types.js'
import { HistoryApi, HistoryError } from './api.js'
import type { BoardVersion, HistoryAddress } from './api.js'
import { failureText, mayRetry } from './failure.js'
import { CloseIcon } from './icons.js'
import { knownNames } from './names.js'
import { RestoreDialog } from './RestoreDialog.js'
import { SaveVersionForm } from './SaveVersionForm.js'
import { useHistoryText } from './strings.js'
import { VersionList } from './VersionList.js'
import { VersionPreview } from './VersionPreview.js'
import { authorName, dateTimeOf, versionTitle } from './versions.js'
import type { KnownNames } from './versions.js'
import './history.css'

export type HistoryPanelProps = HistoryAddress & {
  doc: Y.Doc
  awareness: Awareness
  me: Me
  onClose: () => void
}

/** How often an open panel asks for the list again. */
const REFRESH_MS = 60_000

type Listing = {
  versions?: BoardVersion[]
  /** The names known when the list was read: they label its authors. */
  names: KnownNames
  error?: HistoryError
  failed?: boolean
}

/** The board's versions from the relay, loaded when asked and again after every change made here. */
function useVersions(api: HistoryApi, readNames: () => KnownNames) {
  const [listing, setListing] = useState<Listing>(() => ({ names: new Map() }))
  const latestReadNames = useRef(readNames)
  latestReadNames.current = readNames
  const [loading, setLoading] = useState(true)
  const request = useRef(0)
  const reload = useCallback(async () => {
    const mine = ++request.current
    setLoading(true)
    try {
      const versions = await api.list()
      if (mine === request.current) setListing({ versions, names: latestReadNames.current() })
    } catch (error) {
      if (mine === request.current)
        setListing((before) => ({
          ...before,
          failed: true,
          error: error instanceof HistoryError ? error : undefined,
        }))
    } finally {
      if (mine === request.current) setLoading(false)
    }
  }, [api])
  useEffect(() => {
    void reload()
    // The relay keeps taking versions while the panel is open (one per few minutes of work).
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void reload()
    }, REFRESH_MS)
    return () => clearInterval(timer)
  }, [reload])
  return { ...listing, loading, reload }
}

/**
 * The facilitator's history of the board, in a drawer over the board's end side: name the
 * current state, list the versions with their time and author, view one read-only, and restore
 * one for everyone (the relay applies it as a new change, after keeping the current state).
 */
export function HistoryPanel(props: HistoryPanelProps) {
  const { workshop, board, token, doc, awareness, me, onClose } = props
  const { t, language } = useHistoryText()
  const api = useMemo(() => new HistoryApi({ workshop, board, token }), [workshop, board, token])
  const { versions, names, error, failed, loading, reload } = useVersions(api, () =>
    knownNames(doc, awareness),
  )
  const [viewing, setViewing] = useState<BoardVersion>()
  const [confirming, setConfirming] = useState<BoardVersion>()
  const [notice, setNotice] = useState<string>()
  const [fresh, setFresh] = useState<number>()
  const dialog = useRef<HTMLDialogElement>(null)
  const headingId = useId()
  const listHeading = useRef<HTMLHeadingElement>(null)
  const listed = versions ?? []

  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
    return () => element?.close()
  }, [])

  const describe = (version: BoardVersion) => ({
    title: versionTitle(version, listed, t),
    author: authorName(version.author, names, me, t),
  })

  const backToList = (from?: BoardVersion) => {
    setViewing(undefined)
    if (!from) return
    requestAnimationFrame(() =>
      dialog.current
        ?.querySelector<HTMLElement>(`[data-version-id="${from.id}"] [data-action="view"]`)
        ?.focus(),
    )
  }

  // The board's own shortcuts (Delete, arrows, Ctrl+A) listen on the window: keys pressed in
  // the panel stay in the panel. Escape still closes it (the dialog's own cancel).
  const keepKeys = (event: KeyboardEvent) => event.stopPropagation()

  return (
    <dialog
      ref={dialog}
      className="history-drawer"
      aria-labelledby={headingId}
      onKeyDown={keepKeys}
      onCancel={(event) => {
        event.preventDefault()
        if (!confirming) onClose()
      }}
    >
      <header className="history-header">
        <div className="history-header-title">
          <h2 id={headingId}>{t('heading')}</h2>
          <button
            type="button"
            className="history-icon-button"
            aria-label={t('close')}
            title={t('close')}
            onClick={onClose}
          >
            <CloseIcon />
          </button>
        </div>
        <p className="history-muted">{t('subtitle')}</p>
      </header>
      <div className="history-notice" role="status">
        {notice && <p>{notice}</p>}
      </div>
      <div className="history-body">
        {viewing ? (
          <VersionPreview
            api={api}
            version={viewing}
            {...describe(viewing)}
            language={language}
            t={t}
            onBack={() => backToList(viewing)}
            onRestore={() => setConfirming(viewing)}
          />
        ) : (
          <>
            <SaveVersionForm
              api={api}
              t={t}
              onSaved={(version) => {
                setNotice(t('save.done', { name: version.name ?? '' }))
                setFresh(version.id)
                void reload()
              }}
            />
            <div className="history-list-head">
              <h3 ref={listHeading} tabIndex={-1}>
                {t('list.heading')}
              </h3>
              {versions && (
                <span className="history-count">{t('list.count', { count: versions.length })}</span>
              )}
              <button
                type="button"
                className="history-link"
                disabled={loading}
                onClick={() => void reload()}
              >
                {t('list.refresh')}
              </button>
            </div>
            {failed && (
              <div className="history-error" role="alert">
                <p>
                  <strong>{t('error.title')}</strong> {failureText(error, t)}
                </p>
                {mayRetry(error) && (
                  <button type="button" className="history-ghost" onClick={() => void reload()}>
                    {t('retry')}
                  </button>
                )}
              </div>
            )}
            {versions ? (
              <VersionList
                versions={versions}
                language={language}
                t={t}
                describe={describe}
                fresh={fresh}
                onView={setViewing}
                onRestore={setConfirming}
              />
            ) : (
              !failed && (
                <p className="history-muted" role="status">
                  {t('list.loading')}
                </p>
              )
            )}
          </>
        )}
      </div>
      {confirming && (
        <RestoreDialog
          api={api}
          version={confirming}
          title={describe(confirming).title}
          time={dateTimeOf(confirming.createdAt, language)}
          t={t}
          onCancel={() => setConfirming(undefined)}
          onRestored={(backup) => {
            setNotice(t('restore.done', { title: describe(confirming).title }))
            setConfirming(undefined)
            setViewing(undefined)
            setFresh(backup?.id)
            void reload()
            requestAnimationFrame(() => listHeading.current?.focus())
          }}
        />
      )}
    </dialog>
  )
}
