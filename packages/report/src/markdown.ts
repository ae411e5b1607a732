import type { Locale } from '@atelier/model'
import {
  categoryText,
  colon,
  dateText,
  figureRows,
  stakeholderHeader,
  stakeholderRows,
  keyText,
  priorityText,
  scoresText,
  sessionName,
  verdictText,
} from './cells.js'
import type { Report, SessionReport } from './model.js'
import { byHorizon, roadmapCells, roadmapHeader } from './roadmap.js'
import { say } from './strings.js'

/** A table cell: one line, pipes escaped, so a note's text cannot break the table. */
function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').trim()
}

function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]) {
  const line = (cells: readonly (string | number)[]) =>
    `| ${cells.map((value) => cell(String(value))).join(' | ')} |`
  return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line), '']
}

function sessionSection(session: SessionReport, language: Locale, authors: boolean): string[] {
  const t = (key: Parameters<typeof say>[0]) => say(key, language)
  const out = [`## ${t('session')} — ${session.title}`, '', `### ${t('synthesis')}`, '']
  for (const group of session.subgroups) {
    out.push(`#### ${group.title}`, '')
    if (group.categories.length === 0) out.push(t('none'), '')
    for (const { category, notes } of group.categories) {
      out.push(`**${categoryText(category, language)}**`, '')
      const header = [t('text'), t('scores'), t('votes'), t('tags')]
      if (authors) header.push(t('author'))
      const rows = notes.map((note) => {
        const row = [note.text, scoresText(note.scores, language), note.votes, note.tags.join(', ')]
        if (authors) row.push(note.author ?? '')
        return row
      })
      out.push(...table(header, rows))
    }
  }
  out.push(`### ${t('mainFindings')}`, '')
  if (session.mainFindings.length === 0) out.push(t('none'), '')
  session.mainFindings.forEach((note, index) => {
    out.push(`${index + 1}. ${cell(note.text)} (${t('votes')}${colon(language)}${note.votes})`)
  })
  if (session.mainFindings.length > 0) out.push('')
  out.push(`### ${t('priorities')}`, '')
  if (session.priorities.length === 0) out.push(t('none'), '')
  else {
    out.push(
      ...table(
        [t('rank'), t('text'), t('votes'), t('verdict'), t('level'), t('reservation'), t('board')],
        session.priorities.map((item) => [
          item.rank,
          item.note.text,
          item.note.votes,
          verdictText(item.verdict, language),
          priorityText(item.note.priority, language),
          item.reservation ?? '',
          item.from ?? '',
        ]),
      ),
    )
  }
  out.push(`### ${t('recommendations')}`, '')
  if (session.recommendations.length === 0) out.push(t('none'), '')
  for (const item of session.recommendations) {
    out.push(
      `- **${cell(item.title)}** (${priorityText(item.priority, language)}) — ${item.boardTitle}`,
    )
    if (item.text) out.push(`  ${cell(item.text)}`)
    if (item.actors.length > 0)
      out.push(`  ${t('actors')}${colon(language)}${item.actors.join(', ')}`)
  }
  out.push('', `### ${t('participation')}`, '')
  out.push(...table([t('figure'), t('count')], figureRows(session.participation, language)))
  const byType = stakeholderRows(session.participation, language)
  if (byType.length > 0) {
    out.push(`**${t('byStakeholder')}**`, '', ...table(stakeholderHeader(language), byType))
  }
  return out
}

function crossSection(report: Report): string[] {
  const { language } = report
  const t = (key: Parameters<typeof say>[0]) => say(key, language)
  const { themes, priorities, disagreements } = report.crossSector
  const out = [`## ${t('crossSector')}`, '', `### ${t('recurringThemes')}`, '']
  const recurring = themes.filter((theme) => theme.sessions.length >= 2)
  if (recurring.length === 0) out.push(t('none'), '')
  else {
    out.push(
      ...table(
        [t('theme'), t('sessions'), t('votes'), t('level')],
        recurring.map((theme) => [
          `#${theme.tag}`,
          theme.sessions.map((entry) => sessionName(entry.session, language)).join(', '),
          theme.sessions.reduce((sum, entry) => sum + entry.votes, 0),
          theme.sessions
            .map(
              (entry) =>
                `${sessionName(entry.session, language)}${colon(language)}${priorityText(entry.level, language) || '—'}`,
            )
            .join(' ; '),
        ]),
      ),
    )
  }
  out.push(`### ${t('recurringPriorities')}`, '')
  if (priorities.length === 0) out.push(t('none'), '')
  for (const group of priorities) {
    out.push(`- ${keyText(group.key)}`)
    for (const entry of group.entries) {
      out.push(
        `  - ${sessionName(entry.session, language)}${colon(language)}${cell(entry.text)} — ${verdictText(entry.verdict, language)}`,
      )
    }
  }
  out.push('', `### ${t('disagreements')}`, '')
  if (disagreements.length === 0) out.push(t('none'), '')
  for (const item of disagreements) {
    const side = (entries: typeof item.for) =>
      entries
        .map((entry) => `${sessionName(entry.session, language)} (${cell(entry.text)})`)
        .join(', ')
    out.push(
      `- ${keyText(item.key)} — ${t(`disagreement.${item.kind}`)}${colon(language)}${side(item.for)} / ${side(item.against)}`,
    )
  }
  out.push('')
  return out
}

/** The roadmap's actions: one table per time horizon, rows by lead actor then position. */
function roadmapSection(report: Report): string[] {
  const { language } = report
  const out = [`## ${say('roadmap', language)}`, '']
  if (report.roadmap.length === 0) out.push(say('none', language), '')
  for (const group of byHorizon(report.roadmap)) {
    out.push(`### ${group.horizon}`, '')
    out.push(...table(roadmapHeader(language), group.actions.map(roadmapCells)))
  }
  return out
}

/**
 * The report as Markdown: a title, one section per session (synthesis, main findings,
 * priorities, recommendations, participation), the cross-sector analysis and the roadmap's
 * actions by time horizon, with tables.
 */
export function renderMarkdown(report: Report): string {
  const { language, authors } = report
  const lines = [
    `# ${say('report', language)} — ${report.title}`,
    '',
    `${say('generated', language)} ${dateText(report.generatedAt, language)}`,
    '',
    ...report.sessions.flatMap((session) => sessionSection(session, language, authors)),
    ...crossSection(report),
    ...roadmapSection(report),
  ]
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`
}
