import type { ReactNode } from 'react'
import { None, scoresText, verdictText } from './parts.js'
import type { Label } from './parts.js'
import type { ReportText } from './strings.js'
import { FIGURES } from './types.js'
import type { Count, ReportNote, SessionReport } from './types.js'

function NotesTable({
  notes,
  authors,
  t,
  l,
}: {
  notes: ReportNote[]
  authors: boolean
  t: ReportText
  l: Label
}) {
  return (
    <table className="report-table report-notes" data-authors={authors ? 'true' : 'false'}>
      {/* The same columns in every table of a session, whatever each one holds. */}
      <colgroup>
        <col className="report-col-text" />
        <col className="report-col-scores" />
        <col className="report-col-votes" />
        <col className="report-col-tags" />
        {authors && <col className="report-col-author" />}
      </colgroup>
      <thead>
        <tr>
          <th>{t('text')}</th>
          <th>{t('scores')}</th>
          <th>{t('votes')}</th>
          <th>{t('tags')}</th>
          {authors && <th>{t('author')}</th>}
        </tr>
      </thead>
      <tbody>
        {notes.map((note) => (
          <tr key={note.id}>
            <td dir="auto">{note.text}</td>
            <td>{scoresText(note.scores, l)}</td>
            <td className="report-number">{note.votes}</td>
            <td dir="auto">{note.tags.map((tag) => `#${tag}`).join(' ')}</td>
            {authors && <td dir="auto">{note.author ?? ''}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

const STAKEHOLDER_TYPES: readonly string[] = [
  'public-institution',
  'civil-society',
  'field-actor',
  'youth',
  'migrant',
  'community-actor',
  'other',
]

function countText(count: Count | undefined, t: ReportText): string {
  if (count === undefined) return ''
  return count === 'fewerThan3' ? t('fewerThan3') : String(count)
}

/** The session's people by stakeholder type, as the relay counted them (counts only). */
function StakeholderTable({
  figures,
  t,
}: {
  figures: SessionReport['participation']
  t: ReportText
}) {
  const types = Object.entries(figures.stakeholders ?? {})
  if (types.length === 0) return null
  const known = (type: string) =>
    STAKEHOLDER_TYPES.includes(type) ? t(`stakeholder.${type}` as `stakeholder.youth`) : type
  return (
    <table className="report-table report-figures" data-part="stakeholders">
      <caption>{t('byStakeholder')}</caption>
      <thead>
        <tr>
          <th>{t('stakeholder')}</th>
          <th>{t('figure.invited')}</th>
          <th>{t('figure.confirmed')}</th>
          <th>{t('figure.attended')}</th>
        </tr>
      </thead>
      <tbody>
        {types.map(([type, counts]) => (
          <tr key={type}>
            <td>{known(type)}</td>
            <td className="report-number">{countText(counts.invited, t)}</td>
            <td className="report-number">{countText(counts.confirmed, t)}</td>
            <td className="report-number">{countText(counts.attended, t)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** One session: its synthesis, findings, priorities with the plenary board, recommendations, participation. */
export function SessionSection({
  session,
  heading,
  authors,
  t,
  l,
  picture,
}: {
  session: SessionReport
  heading: string
  authors: boolean
  t: ReportText
  l: Label
  /** The session's plenary board as the room saw it. */
  picture: ReactNode
}) {
  return (
    <section
      className="report-session printable-part"
      id={`session-${session.id}`}
      data-session={session.id}
    >
      <h2>{heading}</h2>
      <section data-part="synthesis">
        <h3>{t('synthesis')}</h3>
        {session.subgroups.map((group) => (
          <div key={group.board} className="report-subgroup" data-board={group.board}>
            <h4 dir="auto">{group.title}</h4>
            {group.categories.length === 0 && <None t={t} />}
            {group.categories.map(({ category, notes }) => (
              <div key={category}>
                <h5>{l(`category.${category}`)}</h5>
                <NotesTable notes={notes} authors={authors} t={t} l={l} />
              </div>
            ))}
          </div>
        ))}
      </section>
      <section data-part="findings">
        <h3>{t('mainFindings')}</h3>
        {session.mainFindings.length === 0 ? (
          <None t={t} />
        ) : (
          <ol>
            {session.mainFindings.map((note) => (
              <li key={note.id}>
                <span dir="auto">{note.text}</span>{' '}
                <span className="printable-muted">({t('votesCount', { count: note.votes })})</span>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section data-part="priorities">
        <h3>{t('priorities')}</h3>
        <figure className="report-figure">
          {picture}
          <figcaption>{t('plenaryBoard')}</figcaption>
        </figure>
        {session.priorities.length === 0 ? (
          <None t={t} />
        ) : (
          <table className="report-table">
            <thead>
              <tr>
                <th>{t('rank')}</th>
                <th>{t('text')}</th>
                <th>{t('votes')}</th>
                <th>{t('verdict')}</th>
                <th>{t('level')}</th>
                <th>{t('reservation')}</th>
                <th>{t('from')}</th>
              </tr>
            </thead>
            <tbody>
              {session.priorities.map((item) => (
                <tr key={item.note.id} data-verdict={item.verdict ?? 'none'}>
                  <td className="report-number">{item.rank}</td>
                  <td dir="auto">{item.note.text}</td>
                  <td className="report-number">{item.note.votes}</td>
                  <td>{verdictText(item.verdict, t)}</td>
                  <td>{item.note.priority ? l(`priority.${item.note.priority}`) : ''}</td>
                  <td dir="auto">{item.reservation ?? ''}</td>
                  <td dir="auto">{item.from ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section data-part="recommendations">
        <h3>{t('recommendations')}</h3>
        {session.recommendations.length === 0 && <None t={t} />}
        {session.recommendations.map((item, index) => (
          <article key={`${item.board}-${index}`} className="report-recommendation">
            <h4 dir="auto">
              {item.title} <span className="report-badge">{l(`priority.${item.priority}`)}</span>
            </h4>
            <p className="printable-muted" dir="auto">
              {item.boardTitle}
            </p>
            {item.text && <p dir="auto">{item.text}</p>}
            {item.actors.length > 0 && (
              <p dir="auto">
                <strong>{t('actors')}</strong> {item.actors.join(', ')}
              </p>
            )}
          </article>
        ))}
      </section>
      <section data-part="participation">
        <h3>{t('participation')}</h3>
        <table className="report-table report-figures">
          <thead>
            <tr>
              <th>{t('figure')}</th>
              <th>{t('count')}</th>
            </tr>
          </thead>
          <tbody>
            {FIGURES.filter((name) => session.participation[name] !== undefined).map((name) => (
              <tr key={name}>
                <td>{t(`figure.${name}`)}</td>
                <td className="report-number">{countText(session.participation[name], t)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <StakeholderTable figures={session.participation} t={t} />
      </section>
    </section>
  )
}
