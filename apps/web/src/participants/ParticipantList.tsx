import { useEffect, useRef, useState } from 'react'
import type { Participant } from './api.js'
import type { Places } from './places.js'
import { sessionTitle, subgroupOf } from './places.js'
import { useInvitationText } from './invitation-strings.js'
import { useParticipantsText } from './strings.js'

export type ParticipantListProps = {
  participants: readonly Participant[]
  places: Places
  edit: (participant: Participant) => void
  /** Opens the participant's invitation (link, QR code, text). */
  invite?: (participant: Participant) => void
  remove: (participant: Participant) => Promise<void>
}

/**
 * The guest list as a table, one row per participant with an edit button and a delete button
 * that asks to be confirmed in the row itself.
 */
export function ParticipantList({
  participants,
  places,
  edit,
  invite,
  remove,
}: ParticipantListProps) {
  const { t, language } = useParticipantsText()
  const invitationText = useInvitationText()
  const [deleting, setDeleting] = useState<string>()
  if (participants.length === 0) {
    return <p className="console-muted participants-empty">{t('list.empty')}</p>
  }
  return (
    <div className="participants-table">
      <table>
        <caption className="visually-hidden">
          {t('list.caption', { total: participants.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('field.displayName')}</th>
            <th scope="col">{t('field.name')}</th>
            <th scope="col">{t('field.organisation')}</th>
            <th scope="col">{t('field.stakeholder')}</th>
            <th scope="col">{t('field.session')}</th>
            <th scope="col">{t('field.subgroup')}</th>
            <th scope="col">{t('field.contact')}</th>
            <th scope="col">{t('field.status')}</th>
            <th scope="col">{t('field.consent')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('list.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {participants.map((participant) => (
            <tr key={participant.id} data-participant={participant.id}>
              <td dir="auto">{participant.displayName ?? '—'}</td>
              <th scope="row" dir="auto">
                {participant.name}
              </th>
              <td dir="auto">{participant.organisation ?? '—'}</td>
              <td>{participant.stakeholder ? t(`stakeholder.${participant.stakeholder}`) : '—'}</td>
              <td>{sessionTitle(places, participant.session, language)}</td>
              <SubgroupCell places={places} participant={participant} />
              <td dir="ltr" className="participants-contact">
                {participant.contact ?? '—'}
              </td>
              <td>
                <span className="participants-status" data-status={participant.status}>
                  {t(`status.${participant.status}`)}
                </span>
              </td>
              <td data-consent={participant.consent.given}>
                {participant.consent.given ? t('list.consentYes') : t('list.consentNo')}
              </td>
              <td className="participants-row-actions">
                {deleting === participant.id ? (
                  <ConfirmDelete
                    name={participant.name}
                    confirm={() => remove(participant)}
                    cancel={() => setDeleting(undefined)}
                  />
                ) : (
                  <>
                    <button
                      type="button"
                      className="console-button"
                      aria-label={t('list.editLabel', { name: participant.name })}
                      onClick={() => edit(participant)}
                    >
                      {t('list.edit')}
                    </button>
                    {invite && (
                      <button
                        type="button"
                        className="console-button"
                        data-action="invitation"
                        aria-label={invitationText.t('action.invitationLabel', {
                          name: participant.name,
                        })}
                        onClick={() => invite(participant)}
                      >
                        {invitationText.t('action.invitation')}
                      </button>
                    )}
                    <button
                      type="button"
                      className="console-button participants-danger"
                      aria-label={t('list.deleteLabel', { name: participant.name })}
                      onClick={() => setDeleting(participant.id)}
                    >
                      {t('list.delete')}
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** A sub-group as its number ("Groupe 2"), its full board title on hover and for screen readers. */
function SubgroupCell({ places, participant }: { places: Places; participant: Participant }) {
  const { t } = useParticipantsText()
  if (!participant.subgroup) return <td>—</td>
  const board = subgroupOf(places, participant.session, participant.subgroup)
  if (board?.group === undefined) return <td dir="auto">{board?.title ?? participant.subgroup}</td>
  return (
    <td data-subgroup={board.id}>
      <span title={board.title} aria-label={board.title}>
        {t('list.group', { number: board.group })}
      </span>
    </td>
  )
}

function ConfirmDelete({
  name,
  confirm,
  cancel,
}: {
  name: string
  confirm: () => Promise<void>
  cancel: () => void
}) {
  const { t } = useParticipantsText()
  const [busy, setBusy] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  useEffect(() => button.current?.focus(), [])
  return (
    <span
      className="participants-confirm"
      role="group"
      aria-label={t('list.deleteLabel', { name })}
    >
      <span>{t('list.deleteAsk')}</span>
      <button
        ref={button}
        type="button"
        className="console-button participants-danger"
        disabled={busy}
        onClick={() => {
          setBusy(true)
          confirm().catch(() => setBusy(false))
        }}
      >
        {t('list.deleteConfirm', { name })}
      </button>
      <button type="button" className="console-button" onClick={cancel} disabled={busy}>
        {t('cancel')}
      </button>
    </span>
  )
}
