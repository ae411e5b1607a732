import { useId } from 'react'
import { failureText } from '../facilitator/failure.js'
import { useFacilitatorText } from '../facilitator/strings.js'
import { AgeBand, BalanceStatus, StakeholderType } from './api.js'
import type { Count, SessionBalance, StatusCounts } from './api.js'
import type { Loaded } from './hooks.js'
import type { Places } from './places.js'
import { sessionTitle } from './places.js'
import { useParticipantsText } from './strings.js'
import type { ParticipantsText } from './strings.js'

type Breakdown = 'stakeholder' | 'gender' | 'ageBand'

/** A breakdown's groups in a steady order: the known ones first, then others, "not said" last. */
function groupsOf(balance: SessionBalance, breakdown: Breakdown): string[] {
  const known: readonly string[] =
    breakdown === 'stakeholder' ? StakeholderType : breakdown === 'ageBand' ? AgeBand : []
  const present = Object.keys(balance[breakdown])
  const rest = present
    .filter((group) => !known.includes(group) && group !== 'other' && group !== 'notSaid')
    .sort()
  return [...known.filter((group) => present.includes(group)), ...rest, 'other', 'notSaid'].filter(
    (group, index, all) => present.includes(group) && all.indexOf(group) === index,
  )
}

function groupLabel(breakdown: Breakdown, group: string, t: ParticipantsText): string {
  if (group === 'notSaid') return t('balance.notSaid')
  if (breakdown === 'stakeholder') return t(`stakeholder.${group as StakeholderType}`)
  if (breakdown === 'ageBand') return t(`age.${group as AgeBand}`)
  return group === 'other' ? t('balance.otherGender') : group
}

function CountCell({ count, t }: { count: Count | undefined; t: ParticipantsText }) {
  if (count === 'fewerThan3')
    return (
      <td className="participants-fewer" data-count="fewerThan3">
        {t('balance.fewer')}
      </td>
    )
  return <td data-count={count ?? 0}>{count ?? 0}</td>
}

function Row({ label, counts, t }: { label: string; counts: StatusCounts; t: ParticipantsText }) {
  return (
    <tr>
      <th scope="row" dir="auto">
        {label}
      </th>
      {BalanceStatus.map((status) => (
        <CountCell key={status} count={counts[status]} t={t} />
      ))}
    </tr>
  )
}

/** One session's balance: totals, then by stakeholder type, gender and age band. */
function SessionTable({ balance, places }: { balance: SessionBalance; places: Places }) {
  const { t, language } = useParticipantsText()
  const breakdowns: Breakdown[] = ['stakeholder', 'gender', 'ageBand']
  return (
    <div className="participants-balance-session" data-session={balance.session}>
      <table>
        <caption>{sessionTitle(places, balance.session, language)}</caption>
        <thead>
          <tr>
            <td />
            {BalanceStatus.map((status) => (
              <th key={status} scope="col">
                {t(`balance.${status}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <Row label={t('balance.total')} counts={balance.total} t={t} />
        </tbody>
        {breakdowns.map((breakdown) => (
          <tbody key={breakdown} data-breakdown={breakdown}>
            <tr>
              <th scope="rowgroup" colSpan={5} className="participants-breakdown">
                {t(`balance.by.${breakdown}`)}
              </th>
            </tr>
            {groupsOf(balance, breakdown).map((group) => (
              <Row
                key={group}
                label={groupLabel(breakdown, group, t)}
                counts={balance[breakdown][group]!}
                t={t}
              />
            ))}
          </tbody>
        ))}
      </table>
      <p className="console-muted" data-not-counted={balance.notCounted}>
        {balance.notCounted === 'fewerThan3'
          ? t('balance.notCountedFewer')
          : t('balance.notCounted', { total: balance.notCounted })}
      </p>
    </div>
  )
}

/**
 * "Balance and inclusion at a glance": per session, how many are invited, confirmed, declined
 * and attended, by stakeholder type, gender and age band. The relay counts only those who
 * consented and hides every group smaller than 3; the page shows its counts and nothing else.
 */
export function BalancePanel({
  state,
  places,
  retry,
}: {
  state: Loaded<SessionBalance[]>
  places: Places
  retry: () => void
}) {
  const { t } = useParticipantsText()
  const consoleText = useFacilitatorText()
  const heading = useId()
  return (
    <section className="console-card participants-balance" aria-labelledby={heading}>
      <h3 id={heading}>{t('balance.heading')}</h3>
      <p className="console-muted">{t('balance.intro')}</p>
      {state.status === 'loading' && <p className="console-muted">{t('loading')}</p>}
      {state.status === 'failed' && (
        <p className="console-error" role="alert">
          {failureText(state.error, consoleText.t)}{' '}
          <button type="button" className="console-button" onClick={retry}>
            {consoleText.t('retry')}
          </button>
        </p>
      )}
      {state.status === 'ready' && (
        <div className="participants-balance-grid">
          {state.value.map((balance) => (
            <SessionTable key={balance.session} balance={balance} places={places} />
          ))}
        </div>
      )}
    </section>
  )
}
