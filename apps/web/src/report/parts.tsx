import type { ReportText } from './strings.js'
import type { ReportScores, Verdict } from './types.js'

/** A label of packages/model (`category.finding`, `priority.high`…) in the report's language. */
export type Label = (key: string) => string

export function scoresText(scores: ReportScores | undefined, l: Label): string {
  if (!scores) return ''
  if (scores.kind === 'riskMatrix') {
    return `${l('axis.likelihood')} ${scores.likelihood} · ${l('axis.impact')} ${scores.impact}`
  }
  if (scores.kind === 'actionMatrix') {
    return `${l('axis.urgency')} ${scores.urgency} · ${l('axis.feasibility')} ${scores.feasibility}`
  }
  return l(`lane.${scores.lane}`)
}

export function verdictText(verdict: Verdict | undefined, t: ReportText): string {
  return verdict ? t(`verdict.${verdict}`) : t('notDecided')
}

export function None({ t }: { t: ReportText }) {
  return <p className="printable-muted">{t('none')}</p>
}
