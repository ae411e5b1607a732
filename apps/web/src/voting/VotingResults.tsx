import { useState } from 'react'
import type * as Y from 'yjs'
import { useControl } from '../session/hooks.js'
import type { BoardAddress } from '../sync/connection.js'
import type { BallotResults, GroupResult, RankedNote } from './api.js'
import { useResults } from './hooks.js'
import { ResultsChart } from './ResultsChart.js'
import { useVotingText } from './strings.js'
import type { VotingKey, VotingText } from './strings.js'
import './voting.css'

export type VotingResultsVariant = 'phone' | 'board' | 'projector'

/**
 * The results of the board's vote once the facilitator closed it: the notes ranked by votes,
 * a bar chart, and the votes per sub-group (a group of fewer than 3 voters shows no numbers).
 * Renders nothing while voting is open or was never opened.
 */
export function VotingResults(props: {
  doc: Y.Doc
  address: BoardAddress | undefined
  variant: VotingResultsVariant
}) {
  const control = useControl(props.doc)
  const reading = useResults(props.address, control)
  const { t, language } = useVotingText()
  const [folded, setFolded] = useState(false)
  if (reading.kind === 'none') return null
  const titleId = `voting-results-title-${props.variant}`
  return (
    <section
      className="voting-results"
      data-variant={props.variant}
      aria-labelledby={titleId}
      dir={language === 'ar' ? 'rtl' : 'ltr'}
      lang={language}
    >
      <header className="voting-results-header">
        <h2 id={titleId}>{t('results.title')}</h2>
        {props.variant === 'board' && (
          <button
            type="button"
            className="voting-fold"
            aria-expanded={!folded}
            aria-controls={`${titleId}-body`}
            onClick={() => setFolded(!folded)}
          >
            {folded ? '+' : '−'}
          </button>
        )}
      </header>
      <div id={`${titleId}-body`} hidden={folded}>
        {reading.kind === 'loading' && <p role="status">{t('results.loading')}</p>}
        {reading.kind === 'failed' && <p role="alert">{t('results.failed')}</p>}
        {reading.kind === 'ready' && <ResultsBody results={reading.results} t={t} />}
      </div>
    </section>
  )
}

function ResultsBody({ results, t }: { results: BallotResults; t: VotingText }) {
  if (results.ranked.length === 0) return <p>{t('results.empty')}</p>
  const describe = (row: RankedNote) =>
    `${t('results.rank', { rank: row.rank })} ${row.text} — ${t('results.votes', { count: row.votes })}`
  return (
    <>
      <p className="voting-muted">{t('results.voters', { count: results.voters })}</p>
      <ol className="voting-ranked" aria-label={t('results.title')}>
        {results.ranked.map((row) => (
          <li key={row.noteId} data-note-id={row.noteId} data-rank={row.rank}>
            <span className="voting-rank">{t('results.rank', { rank: row.rank })}</span>
            <span className="voting-text" dir="auto">
              {row.text}
            </span>
            <span className="voting-count">{t('results.votes', { count: row.votes })}</span>
          </li>
        ))}
      </ol>
      <ResultsChart ranked={results.ranked} label={t('results.chart')} describe={describe} />
      <Breakdown
        title={t('groups.title')}
        groups={results.groups}
        nameOf={(group) => groupName(group, t)}
        results={results}
        t={t}
      />
      {results.stakeholders.length > 0 && (
        <Breakdown
          title={t('stakeholders.title')}
          groups={results.stakeholders}
          nameOf={(group) => stakeholderName(group, t)}
          results={results}
          t={t}
        />
      )}
    </>
  )
}

/** "governance-g2" reads "Group 2"; any other board id reads as it is. */
function groupName(group: string, t: VotingText): string {
  const number = /-g(\d+)$/.exec(group)?.[1]
  return number ? t('groups.name', { number }) : group
}

const STAKEHOLDERS = new Set([
  'public-institution',
  'civil-society',
  'field-actor',
  'youth',
  'migrant',
  'community-actor',
  'other',
])

/** A stakeholder type of the participant registry, in the interface's language. */
function stakeholderName(type: string, t: VotingText): string {
  return STAKEHOLDERS.has(type) ? t(`stakeholders.${type}` as VotingKey) : type
}

type BreakdownProps = {
  title: string
  groups: readonly GroupResult[]
  nameOf: (group: string) => string
  results: BallotResults
  t: VotingText
}

/** Votes per note within each group (sub-group or stakeholder type); groups under 3 unnamed. */
function Breakdown({ title, groups, nameOf, results, t }: BreakdownProps) {
  const shown = groups.filter(
    (group): group is Extract<GroupResult, { voters: number }> => !('fewerThan3' in group),
  )
  const hidden = groups.filter((group) => 'fewerThan3' in group)
  return (
    <div className="voting-groups">
      <h3>{title}</h3>
      {shown.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('groups.note')}</th>
              {shown.map((group) => (
                <th scope="col" key={group.group}>
                  {nameOf(group.group)}
                  <span className="voting-muted">
                    {' '}
                    ({t('results.voters', { count: group.voters })})
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {results.ranked.map((row) => (
              <tr key={row.noteId}>
                <th scope="row" dir="auto">
                  {row.text}
                </th>
                {shown.map((group) => (
                  <td key={group.group}>{group.votes[row.noteId] ?? 0}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {hidden.length > 0 && (
        <ul className="voting-hidden-groups">
          {hidden.map((group) => (
            <li key={group.group} data-group={group.group}>
              {nameOf(group.group)} : {t('groups.fewer')}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
