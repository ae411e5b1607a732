import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react'
import type { Consultation } from '../facilitator/api.js'
import { failureText } from '../facilitator/failure.js'
import { useFacilitatorText } from '../facilitator/strings.js'
import { ExportFormat } from './api.js'
import type { Participant, ParticipantInput } from './api.js'
import { BalancePanel } from './BalancePanel.js'
import { DataProtection } from './DataProtection.js'
import { useLoaded, useParticipantsApi } from './hooks.js'
import { ImportPanel } from './ImportPanel.js'
import { InvitationApi } from './invitation-api.js'
import { InvitationPanel } from './InvitationPanel.js'
import { ParticipantForm } from './ParticipantForm.js'
import { ParticipantList } from './ParticipantList.js'
import { placesOf } from './places.js'
import { SessionDetailsCard } from './SessionDetailsCard.js'
import { useParticipantsText } from './strings.js'
import './participants.css'

/** What the list's card shows below its toolbar besides the table. */
type Panel =
  | { kind: 'none' }
  | { kind: 'add' }
  | { kind: 'edit'; participant: Participant }
  | { kind: 'import' }
  | { kind: 'invitation'; participant: Participant }

export type ParticipantsPartProps = { workshop: string; token: string; consultation: Consultation }

/**
 * The console's "Participants" part: the consultation's guest list (add, edit, delete, import
 * from CSV or XLSX after a preview, export), its balance at a glance, and its data protection
 * (retention date, deleting all personal data, the audit log). Everything it shows comes from
 * the relay's facilitator-only API; nothing of it is kept in the page beyond what is on screen.
 */
export default function ParticipantsPart({ workshop, token, consultation }: ParticipantsPartProps) {
  const { t } = useParticipantsText()
  const consoleText = useFacilitatorText()
  const heading = useId()
  const api = useParticipantsApi(workshop, token)
  const invitations = useMemo(() => new InvitationApi(workshop, token), [workshop, token])
  const places = useMemo(() => placesOf(consultation), [consultation])
  const [version, setVersion] = useState(0)
  const [audited, setAudited] = useState(0)
  const [panel, setPanel] = useState<Panel>({ kind: 'none' })
  const [notice, setNotice] = useState<{ text: string; at: number }>()
  const [failure, setFailure] = useState<unknown>()
  const noticeRef = useRef<HTMLParagraphElement>(null)
  const toolbar = useRef<HTMLDivElement>(null)

  const list = useLoaded(
    useCallback(() => api.list(), [api]),
    version,
  )
  const balance = useLoaded(
    useCallback(() => api.balance(), [api]),
    version,
  )
  const audit = useLoaded(
    useCallback(() => api.audit(), [api]),
    version + audited,
  )
  const retention = useLoaded(
    useCallback(() => api.retention(), [api]),
    version,
  )

  useEffect(() => {
    if (notice) noticeRef.current?.focus()
  }, [notice])

  /** After a change: say what happened, close the panel and load everything again. */
  const changed = useCallback((text: string) => {
    setPanel({ kind: 'none' })
    setFailure(undefined)
    setNotice({ text, at: Date.now() })
    setVersion((count) => count + 1)
  }, [])
  const closePanel = () => {
    setPanel({ kind: 'none' })
    setTimeout(() => toolbar.current?.querySelector('button')?.focus())
  }

  const save = async (input: ParticipantInput) => {
    if (panel.kind === 'edit') {
      const saved = await api.edit(panel.participant.id, input)
      changed(t('notice.edited', { name: saved.name }))
    } else {
      const saved = await api.create(input)
      changed(t('notice.added', { name: saved.name }))
    }
  }
  const remove = async (participant: Participant) => {
    try {
      await api.remove(participant.id)
      changed(t('notice.deleted', { name: participant.name }))
    } catch (error) {
      setFailure(error)
      throw error
    }
  }
  const download = (format: ExportFormat) => {
    setFailure(undefined)
    api.export(format).then(({ blob, filename }) => {
      const url = URL.createObjectURL(blob)
      const link = document.createElement('a')
      link.href = url
      link.download = filename
      document.body.append(link)
      link.click()
      link.remove()
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
      // The list did not change: only the audit log has a new line.
      setNotice({ text: t('notice.exported', { file: filename }), at: Date.now() })
      setAudited((count) => count + 1)
    }, setFailure)
  }

  const participants = list.state.status === 'ready' ? list.state.value : []
  return (
    <section className="participants-part" aria-labelledby={heading}>
      <div className="participants-head">
        <h2 id={heading}>{t('heading')}</h2>
        <p className="console-muted">{t('intro')}</p>
      </div>
      {notice && (
        <p
          key={notice.at}
          ref={noticeRef}
          className="participants-notice"
          role="status"
          tabIndex={-1}
        >
          {notice.text}
        </p>
      )}
      {failure !== undefined && (
        <p className="console-error" role="alert">
          {failureText(failure, consoleText.t)}
        </p>
      )}
      <section className="console-card participants-list" aria-labelledby={`${heading}-list`}>
        <div className="participants-list-head">
          <h3 id={`${heading}-list`}>
            {list.state.status === 'ready'
              ? t('list.heading', { total: participants.length })
              : t('list.headingPlain')}
          </h3>
          <div
            className="participants-actions"
            ref={toolbar}
            role="group"
            aria-label={t('list.tools')}
          >
            <button
              type="button"
              className="console-primary"
              onClick={() => setPanel({ kind: 'add' })}
            >
              {t('list.add')}
            </button>
            <button
              type="button"
              className="console-button"
              onClick={() => setPanel({ kind: 'import' })}
            >
              {t('list.import')}
            </button>
            {ExportFormat.map((format) => (
              <button
                key={format}
                type="button"
                className="console-button"
                onClick={() => download(format)}
                disabled={participants.length === 0}
              >
                {t(`list.export.${format}`)}
              </button>
            ))}
          </div>
        </div>
        {panel.kind === 'import' && (
          <ImportPanel
            api={api}
            imported={(count) => changed(t('notice.imported', { total: count }))}
            close={closePanel}
          />
        )}
        {(panel.kind === 'add' || panel.kind === 'edit') && (
          <ParticipantForm
            key={panel.kind === 'edit' ? panel.participant.id : 'new'}
            places={places}
            participant={panel.kind === 'edit' ? panel.participant : undefined}
            save={save}
            cancel={closePanel}
          />
        )}
        {panel.kind === 'invitation' && (
          <InvitationPanel
            key={panel.participant.id}
            api={invitations}
            participant={
              participants.find((each) => each.id === panel.participant.id) ?? panel.participant
            }
            close={closePanel}
          />
        )}
        {list.state.status === 'loading' && <p className="console-muted">{t('loading')}</p>}
        {list.state.status === 'failed' && (
          <p className="console-error" role="alert">
            {failureText(list.state.error, consoleText.t)}{' '}
            <button type="button" className="console-button" onClick={list.retry}>
              {consoleText.t('retry')}
            </button>
          </p>
        )}
        {list.state.status === 'ready' && (
          <ParticipantList
            participants={participants}
            places={places}
            edit={(participant) => setPanel({ kind: 'edit', participant })}
            invite={(participant) => setPanel({ kind: 'invitation', participant })}
            remove={remove}
          />
        )}
      </section>
      <SessionDetailsCard api={invitations} places={places} />
      <BalancePanel state={balance.state} places={places} retry={balance.retry} />
      <DataProtection api={api} retention={retention.state} audit={audit.state} changed={changed} />
    </section>
  )
}
