import { HeadingLevel } from 'docx'
import { RISK_FIELDS, frameTemplates, label } from '@atelier/model'
import type { FrameKind, LabelKey } from '@atelier/model'
import {
  agendaMinutes,
  agendaSchedule,
  codeOfConduct,
  discussionGuide,
  getRiskSheet,
  localize,
  riskSheets,
  sessionTemplates,
} from '@atelier/toolkit'
import type { Localized, SessionTemplate } from '@atelier/toolkit'
import { METHOD_KEYS } from './toolkit-document-strings.js'
import type { ToolkitSink } from './toolkit-sink.js'

/** How many empty rows a blank note-taking grid or participant list offers. */
export const BLANK_GRID_ROWS = 8
export const BLANK_PARTICIPANT_ROWS = 24

/** "1:05" for 65 minutes from the session's start. */
function clock(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`
}

/** The methodology: the approach, then the code of conduct every participant accepts. */
export function writeMethodology(w: ToolkitSink): void {
  const say = (text: Localized) => localize(text, w.language)
  w.heading(w.t('methodology'), HeadingLevel.HEADING_1)
  w.heading(w.t('approach'), HeadingLevel.HEADING_2)
  for (const key of METHOD_KEYS) w.bullet(w.t(key))
  w.heading(say(codeOfConduct.title), HeadingLevel.HEADING_2)
  w.text(say(codeOfConduct.intro))
  for (const rule of codeOfConduct.rules) w.bullet(say(rule.text))
}

/** The frame kinds a session's agenda works on, in the order the agenda first uses them. */
export function framesOf(session: SessionTemplate): FrameKind[] {
  return [...new Set(session.agenda.flatMap((phase) => phase.frames))]
}

/** The board layout as a tool on paper: what it is, its axes or columns, when it is used. */
function writeFrame(w: ToolkitSink, session: SessionTemplate, kind: FrameKind): void {
  const { language } = w
  const template = frameTemplates[kind]
  w.heading(label(template.title, language), HeadingLevel.HEADING_3)
  const phases = session.agenda.filter((phase) => phase.frames.includes(kind))
  w.field('usedIn', phases.map((phase) => localize(phase.title, language)).join(w.comma))
  if (template.layout === 'lanes') {
    w.field('columns', template.lanes.map((lane) => label(lane.label, language)).join(w.comma))
    return
  }
  if (template.layout === 'table') {
    const columns = template.columns.map((column) => label(column.label, language))
    w.field('columns', columns.join(w.comma))
    w.field('levels', template.rows.map((row) => label(row.label, language)).join(w.comma))
    return
  }
  for (const axis of [template.xAxis, template.yAxis]) {
    const levels = axis.levels.map((level, i) => `${i + 1} ${label(level, language)}`)
    w.field('levels', `${label(axis.label, language)} — ${levels.join(w.comma)}`)
  }
}

/** One session: its agenda, discussion guide, tools, a blank note-taking grid, its scenarios. */
export function writeSession(w: ToolkitSink, session: SessionTemplate): void {
  const { language } = w
  const say = (text: Localized) => localize(text, language)
  w.heading(`${w.t('session')} ${session.number} — ${say(session.title)}`, HeadingLevel.HEADING_1)
  w.field('audience', say(session.audience))
  w.field('summary', say(session.summary))
  w.field('participants', String(session.participants))
  w.field('duration', `${agendaMinutes(session)} ${w.t('minutesUnit')}`)

  w.heading(w.t('agenda'), HeadingLevel.HEADING_2)
  w.table(
    [w.t('time'), w.t('phase'), w.t('minutes'), w.t('room'), w.t('purpose')],
    agendaSchedule(session).map(({ phase, startMinute, endMinute }) => [
      `${clock(startMinute)}–${clock(endMinute)}`,
      say(phase.title),
      phase.minutes,
      label(`board.${phase.room}` as LabelKey, language),
      say(phase.purpose),
    ]),
  )

  w.heading(w.t('themes'), HeadingLevel.HEADING_2)
  for (const theme of session.themes) w.bullet(`${say(theme.title)} — ${say(theme.question)}`)

  w.heading(w.t('discussionGuide'), HeadingLevel.HEADING_2)
  for (const { phase, questions } of discussionGuide(session)) {
    w.heading(say(phase.title), HeadingLevel.HEADING_3)
    for (const question of questions) w.bullet(say(question.text))
  }

  w.heading(w.t('tools'), HeadingLevel.HEADING_2)
  for (const kind of framesOf(session)) writeFrame(w, session, kind)

  w.heading(w.t('noteGrid'), HeadingLevel.HEADING_2)
  const blank = '____________'
  w.text(`${w.t('subgroup')}${w.colon}${blank}   ${w.t('rapporteur')}${w.colon}${blank}`)
  w.table(
    frameTemplates.noteGrid.lanes.map((lane) => label(lane.label, language)),
    [],
    { blankRows: BLANK_GRID_ROWS },
  )

  w.heading(w.t('riskFocus'), HeadingLevel.HEADING_2)
  for (const risk of session.riskSheets) {
    const sheet = getRiskSheet(risk.sheet)
    w.bullet(`${sheet ? say(sheet.title) : risk.sheet} — ${say(risk.focus)}`)
  }

  w.heading(w.t('scenarios'), HeadingLevel.HEADING_2)
  for (const scenario of session.scenarios) {
    w.heading(say(scenario.title), HeadingLevel.HEADING_3)
    w.field('situation', say(scenario.situation))
    w.field('role', say(scenario.role))
    w.text(w.t('injects'), true)
    w.table(
      [w.t('atMinute'), w.t('title'), w.t('text')],
      scenario.injects.map((inject) => [inject.atMinute, say(inject.title), say(inject.text)]),
    )
    w.text(w.t('questions'), true)
    for (const question of scenario.questions) w.bullet(say(question.text))
  }
}

/** The blank prioritisation matrices: actions by urgency × feasibility, risks by impact × likelihood. */
export function writeMatrices(w: ToolkitSink): void {
  const { language } = w
  w.heading(w.t('prioritisation'), HeadingLevel.HEADING_1)
  for (const [kind, hint] of [
    ['actionMatrix', 'prioritisationHint'],
    ['riskMatrix', 'riskHint'],
  ] as const) {
    const template = frameTemplates[kind]
    w.heading(label(template.title, language), HeadingLevel.HEADING_2)
    w.text(w.t(hint))
    const level = (key: LabelKey, i: number) => `${i + 1} ${label(key, language)}`
    w.matrix(
      `${label(template.yAxis.label, language)} ↓ / ${label(template.xAxis.label, language)} →`,
      template.xAxis.levels.map(level),
      template.yAxis.levels.map(level).reverse(),
    )
  }
}

/** The five risk sheets: what the risk is, local examples, and each field as a blank to fill. */
export function writeRiskSheets(w: ToolkitSink): void {
  const { language } = w
  const say = (text: Localized) => localize(text, language)
  w.heading(w.t('riskSheets'), HeadingLevel.HEADING_1)
  for (const sheet of riskSheets) {
    w.heading(say(sheet.title), HeadingLevel.HEADING_2)
    w.text(say(sheet.summary))
    w.text(w.t('examples'), true)
    for (const example of sheet.examples) w.bullet(say(example))
    const focus = sessionTemplates.flatMap((session) =>
      session.riskSheets
        .filter((risk) => risk.sheet === sheet.id)
        .map((risk) => `${say(session.title)} — ${say(risk.focus)}`),
    )
    if (focus.length > 0) {
      w.text(w.t('sessionFocus'), true)
      for (const line of focus) w.bullet(line)
    }
    w.table(
      [w.t('field'), w.t('guidingQuestion'), w.t('notes')],
      RISK_FIELDS.map((field) => [
        label(`risk.${field}` as LabelKey, language),
        say(sheet.prompts[field]),
        '',
      ]),
      { tall: true },
    )
  }
}
