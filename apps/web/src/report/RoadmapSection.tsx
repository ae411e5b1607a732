import type { ReactNode } from 'react'
import type { ReportText } from './strings.js'
import type { RoadmapAction } from './types.js'

/** The table's columns after the horizon, in packages/report's order (`ROADMAP_COLUMNS`). */
const COLUMNS = [
  'roadmap.lead',
  'roadmap.action',
  'roadmap.responsible',
  'roadmap.partners',
  'roadmap.coordination',
  'roadmap.dependencies',
  'roadmap.risks',
  'roadmap.mitigation',
  'roadmap.sustainability',
  'roadmap.inclusion',
] as const

/** The actions grouped by horizon, horizons in the order given, empty horizons left out. */
export function byHorizon(
  actions: readonly RoadmapAction[],
): { id: string; horizon: string; actions: RoadmapAction[] }[] {
  const groups: { id: string; horizon: string; actions: RoadmapAction[] }[] = []
  for (const action of actions) {
    const last = groups[groups.length - 1]
    if (last && last.id === action.horizonId) last.actions.push(action)
    else groups.push({ id: action.horizonId, horizon: action.horizon, actions: [action] })
  }
  return groups
}

/** Several texts in one cell, one per line. */
function Lines({ texts }: { texts: readonly string[] }) {
  return (
    <>
      {texts.map((text, index) => (
        <span key={index} className="report-line" dir="auto">
          {text}
        </span>
      ))}
    </>
  )
}

function ActionRow({ action }: { action: RoadmapAction }) {
  return (
    <tr data-horizon={action.horizonId} data-lead={action.leadId}>
      <td>{action.lead}</td>
      <td dir="auto" className="report-roadmap-action">
        {action.action}
      </td>
      <td dir="auto">{action.responsible}</td>
      <td>
        <Lines texts={action.partners} />
      </td>
      <td dir="auto">{action.coordination}</td>
      <td>
        <Lines texts={action.dependencies} />
      </td>
      <td dir="auto">{action.risks}</td>
      <td dir="auto">{action.mitigation}</td>
      <td dir="auto">{action.sustainability}</td>
      <td dir="auto">{action.inclusion}</td>
    </tr>
  )
}

/**
 * The roadmap's actions after the cross-sector analysis, as the Markdown and DOCX reports write
 * them: the roadmap board's picture, then one table per time horizon, rows by lead actor then
 * place. Printed on landscape pages (`report.css`), so that ten columns stay readable.
 */
export function RoadmapSection({
  actions,
  t,
  picture,
}: {
  actions: readonly RoadmapAction[]
  t: ReportText
  /** The roadmap board as the room left it; left out when it holds no action. */
  picture: ReactNode
}) {
  return (
    <section
      className="report-session printable-part report-roadmap"
      id="roadmap"
      data-part="roadmap"
    >
      <h2>{t('roadmap')}</h2>
      {actions.length === 0 ? (
        <p className="printable-muted">{t('none')}</p>
      ) : (
        <figure className="report-figure">
          {picture}
          <figcaption>{t('roadmapBoard')}</figcaption>
        </figure>
      )}
      {byHorizon(actions).map((group) => (
        <section key={group.id} data-horizon={group.id}>
          <h3>{group.horizon}</h3>
          <table className="report-table report-roadmap-table">
            <colgroup>
              {COLUMNS.map((key) => (
                <col key={key} className={`report-col-${key.slice('roadmap.'.length)}`} />
              ))}
            </colgroup>
            <thead>
              <tr>
                {COLUMNS.map((key) => (
                  <th key={key}>{t(key)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {group.actions.map((action, index) => (
                <ActionRow key={index} action={action} />
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </section>
  )
}
