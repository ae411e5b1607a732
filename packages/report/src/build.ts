import { AtelierModelError, ModelErrorCode } from '@atelier/model'
import { getSessionTemplate } from '@atelier/toolkit'
import type { z } from 'zod'
import { crossSector } from './cross-sector.js'
import { reportInputSchema, reportOptionsSchema } from './model.js'
import type { Report, ReportInput, ReportOptions } from './model.js'
import { readRoadmap } from './roadmap.js'
import { sessionReport } from './session.js'

function parse<T extends z.ZodType>(schema: T, value: unknown, what: string): z.output<T> {
  const parsed = schema.safeParse(value)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  throw new AtelierModelError(
    ModelErrorCode.INVALID_INPUT,
    `Invalid ${what}: ${issue ? `${issue.path.join('.') || what}: ${issue.message}` : 'malformed'}`,
  )
}

/**
 * The consultation report as plain data, read from the boards through packages/model: per
 * session the synthesis of discussions, main findings, identified priorities, participants'
 * recommendations and participation; then the cross-sector analysis, and the roadmap's
 * actions when `input.roadmap` gives its board. Reads only: the boards
 * are left as they were. With `authors: false` (an observer's report) no author is named.
 * Throws INVALID_INPUT on a malformed input or options, before reading any board.
 *
 * @example buildReport({ title: 'Tanger 2026', sessions: [{ id: 'governance', boards }] }, { language: 'en' })
 */
export function buildReport(input: ReportInput, options: ReportOptions = {}): Report {
  const { title, sessions, generatedAt, roadmap } = parse(reportInputSchema, input, 'report input')
  const reading = parse(reportOptionsSchema, options, 'report options')
  const reports = sessions.map((session) => {
    const template = getSessionTemplate(session.id)
    if (!template) {
      throw new AtelierModelError(ModelErrorCode.INVALID_INPUT, `No session ${session.id}`)
    }
    return sessionReport(template, session.boards, session.participation, reading)
  })
  return {
    title,
    language: reading.language,
    authors: reading.authors,
    generatedAt: generatedAt ?? Date.now(),
    sessions: reports,
    crossSector: crossSector(reports),
    roadmap: roadmap ? readRoadmap(roadmap.doc, reading.language) : [],
  }
}
