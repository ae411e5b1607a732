import { describe, expect, it } from 'vitest'
import { RISK_FIELDS } from '@atelier/model'
import {
  PhaseKind,
  RiskSheetId,
  agendaMinutes,
  agendaSchedule,
  discussionGuide,
  getRiskSheet,
  getSessionTemplate,
  riskSheetSchema,
  riskSheets,
  roadmapTemplate,
  roadmapTemplateSchema,
  sessionIds,
  sessionTemplateSchema,
  sessionTemplates,
} from './index.js'

describe('session templates', () => {
  it('are the three sessions of the terms of reference, in their order', () => {
    expect(sessionTemplates.map((session) => [session.number, session.id])).toEqual([
      [1, 'governance'],
      [2, 'operational-response'],
      [3, 'inclusion-resilience'],
    ])
    expect(getSessionTemplate('operational-response')?.title.fr).toBe('Réponse opérationnelle')
    expect(getSessionTemplate('unknown')).toBeUndefined()
  })

  it.each(sessionTemplates)('$id passes its schema', (session) => {
    const result = sessionTemplateSchema.safeParse(session)
    expect(result.success ? [] : result.error.issues).toEqual([])
  })

  it.each(sessionTemplates)('$id names every id once', (session) => {
    const ids = sessionIds(session)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it.each(sessionTemplates)('$id invites 24 people into four sub-groups, one per theme', (s) => {
    expect(s.participants).toBe(24)
    expect(s.themes).toHaveLength(4)
    expect(s.participants % s.themes.length).toBe(0)
  })

  it.each(sessionTemplates)('$id lasts a working day, in positive whole minutes', (session) => {
    for (const phase of session.agenda) {
      expect(Number.isInteger(phase.minutes) && phase.minutes > 0).toBe(true)
    }
    const total = agendaMinutes(session)
    // A day of consultation: between five and seven and a half hours, lunch included.
    expect(total).toBeGreaterThanOrEqual(300)
    expect(total).toBeLessThanOrEqual(450)
    const working = session.agenda
      .filter((phase) => phase.kind !== PhaseKind.break)
      .reduce((sum, phase) => sum + phase.minutes, 0)
    expect(working).toBeGreaterThanOrEqual(240)
  })

  it.each(sessionTemplates)('$id runs the methodology the terms of reference ask for', (s) => {
    const kinds = s.agenda.map((phase) => phase.kind)
    expect(kinds[0]).toBe(PhaseKind.intro)
    expect(kinds.at(-1)).toBe(PhaseKind.closing)
    for (const kind of [
      'presentation',
      'brainstorm',
      'scenario',
      'voting',
      'validation',
    ] as const) {
      expect(kinds).toContain(kind)
    }
    expect(kinds.filter((kind) => kind === PhaseKind.scenario)).toHaveLength(1)
    expect(s.agenda.filter((phase) => phase.room === 'plenary').map((p) => p.kind)).toEqual(
      expect.arrayContaining(['plenary', 'validation']),
    )
    // Every working phase of a sub-group has a question in the discussion guide.
    for (const phase of s.agenda.filter((p) => p.kind !== 'break' && p.room === 'subgroup')) {
      expect(phase.questions.length, phase.id).toBeGreaterThan(0)
    }
  })

  it.each(sessionTemplates)('$id starts its boards with both matrices and the grid', (session) => {
    expect(session.layout.subgroup.map((frame) => frame.kind).sort()).toEqual([
      'actionMatrix',
      'noteGrid',
      'riskMatrix',
    ])
    expect(session.layout.plenary.length).toBeGreaterThan(0)
  })

  it.each(sessionTemplates)('$id has two or more scenarios that fit its game phase', (s) => {
    const phase = s.agenda.find((p) => p.kind === PhaseKind.scenario)
    expect(phase).toBeDefined()
    expect(s.scenarios.length).toBeGreaterThanOrEqual(2)
    for (const scenario of s.scenarios) {
      expect(scenario.minutes).toBeLessThanOrEqual(phase!.minutes)
      expect(scenario.injects.length).toBeGreaterThanOrEqual(3)
      expect(scenario.questions.length).toBeGreaterThanOrEqual(2)
      const times = scenario.injects.map((inject) => inject.atMinute)
      expect(times[0]).toBe(0)
      times.slice(1).forEach((time, index) => expect(time).toBeGreaterThan(times[index]!))
      expect(times.at(-1)).toBeLessThan(scenario.minutes)
    }
  })

  it.each(sessionTemplates)('$id has every scenario played by two sub-groups', (session) => {
    for (const scenario of session.scenarios) {
      expect(session.themes.filter((theme) => theme.scenario === scenario.id)).toHaveLength(2)
    }
  })

  it.each(sessionTemplates)('$id brings its own angle to each of the five risk sheets', (s) => {
    expect(s.riskSheets.map((entry) => entry.sheet)).toEqual(Object.values(RiskSheetId))
  })

  it('give their scenarios ids unique across the consultation', () => {
    const ids = sessionTemplates.flatMap((session) => session.scenarios.map((s) => s.id))
    expect(new Set(ids).size).toBe(ids.length)
  })
})

describe('agenda helpers', () => {
  const session = getSessionTemplate('governance')!

  it('schedule phases back to back from minute 0', () => {
    const schedule = agendaSchedule(session)
    expect(schedule[0]?.startMinute).toBe(0)
    schedule.slice(1).forEach((slot, index) => {
      expect(slot.startMinute).toBe(schedule[index]!.endMinute)
    })
    expect(schedule.at(-1)?.endMinute).toBe(agendaMinutes(session))
  })

  it('gather the discussion guide from the phases that have questions', () => {
    const guide = discussionGuide(session)
    expect(guide.map((entry) => entry.phase.id)).not.toContain('lunch')
    expect(guide.find((entry) => entry.phase.id === 'risk-mapping')?.questions).toHaveLength(3)
  })
})

describe('risk sheets', () => {
  it('are the five risks of the terms of reference', () => {
    expect(riskSheets.map((sheet) => sheet.id)).toEqual([
      'cybercrime',
      'disinformation',
      'hate-speech',
      'migration-narratives',
      'ai-misuse',
    ])
    expect(getRiskSheet('hate-speech')?.title.fr).toBe('Discours haineux')
  })

  it.each(riskSheets)('$id passes its schema', (sheet) => {
    const result = riskSheetSchema.safeParse(sheet)
    expect(result.success ? [] : result.error.issues).toEqual([])
  })

  it.each(riskSheets)('$id asks a question for every field of the model’s risk sheet', (s) => {
    expect(Object.keys(s.prompts).sort()).toEqual([...RISK_FIELDS].sort())
  })

  it('are each played in at least one scenario', () => {
    const played = new Set(
      sessionTemplates.flatMap((session) => session.scenarios.flatMap((s) => s.risks)),
    )
    expect([...played].sort()).toEqual(Object.values(RiskSheetId).sort())
  })
})

describe('roadmap template', () => {
  it('passes its schema', () => {
    const result = roadmapTemplateSchema.safeParse(roadmapTemplate)
    expect(result.success ? [] : result.error.issues).toEqual([])
  })

  it('has lanes for 0-3, 3-6, 6-12 and 12+ months', () => {
    expect(roadmapTemplate.horizons.map((h) => [h.fromMonth, h.toMonth])).toEqual([
      [0, 3],
      [3, 6],
      [6, 12],
      [12, undefined],
    ])
  })

  it('has rows by lead actor and the fields of the terms of reference', () => {
    expect(roadmapTemplate.leadActors.map((actor) => actor.id)).toContain('youth-and-migrants')
    expect(roadmapTemplate.fields.map((field) => field.id)).toEqual([
      'action',
      'lead',
      'stakeholders',
      'coordination',
      'implementation-risks',
      'sustainability',
      'youth-and-migrants',
    ])
  })
})
