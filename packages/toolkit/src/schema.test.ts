import { describe, expect, it } from 'vitest'
import {
  getSessionTemplate,
  roadmapTemplate,
  roadmapTemplateSchema,
  scenarioSchema,
  sessionTemplateSchema,
} from './index.js'
import type { RoadmapTemplate, SessionTemplate } from './index.js'

/** A deep copy of plain data, to break on purpose. */
function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

/** A copy of session 1 to break on purpose. */
function governance(): SessionTemplate {
  return clone(getSessionTemplate('governance')!)
}

function messages(result: { success: boolean; error?: { issues: { message: string }[] } }) {
  return result.success ? [] : result.error!.issues.map((issue) => issue.message)
}

describe('a scenario', () => {
  const scenario = () => governance().scenarios[0]!

  it('refuses injects out of order', () => {
    const broken = scenario()
    broken.injects[2]!.atMinute = broken.injects[1]!.atMinute
    expect(messages(scenarioSchema.safeParse(broken))).toEqual([
      'injects come in order, each later than the one before',
    ])
  })

  it('refuses an inject after the round ends', () => {
    const broken = scenario()
    broken.injects.at(-1)!.atMinute = broken.minutes
    expect(messages(scenarioSchema.safeParse(broken))).toEqual([
      `an inject must come before the round ends (${broken.minutes} minutes)`,
    ])
  })

  it('refuses fewer than three injects', () => {
    const broken = scenario()
    broken.injects = broken.injects.slice(0, 2)
    expect(scenarioSchema.safeParse(broken).success).toBe(false)
  })
})

describe('a session template', () => {
  it('refuses an id used twice', () => {
    const broken = governance()
    broken.agenda[1]!.id = broken.agenda[0]!.id
    expect(messages(sessionTemplateSchema.safeParse(broken))).toEqual([
      'the id opening is used twice in session governance',
    ])
  })

  it('refuses a scenario longer than its game phase', () => {
    const broken = governance()
    broken.scenarios[1]!.minutes = 90
    expect(messages(sessionTemplateSchema.safeParse(broken))).toEqual([
      'longer than the scenario phase (50)',
    ])
  })

  it('refuses a phase working on a frame its board does not have', () => {
    const broken = governance()
    broken.agenda.find((phase) => phase.id === 'validation')!.frames = ['riskMatrix']
    expect(messages(sessionTemplateSchema.safeParse(broken))).toEqual([
      'no riskMatrix on the plenary',
    ])
  })

  it('refuses frames laid over each other', () => {
    const broken = governance()
    broken.layout = {
      ...broken.layout,
      subgroup: [
        { id: 'risks', kind: 'riskMatrix', at: { x: 0, y: 0 } },
        { id: 'actions', kind: 'actionMatrix', at: { x: 500, y: 100 } },
        { id: 'grid', kind: 'noteGrid', at: { x: 0, y: 928 } },
      ],
    }
    expect(messages(sessionTemplateSchema.safeParse(broken))).toEqual([
      'frame actions overlaps another frame',
    ])
  })

  it('refuses a sub-group sent to a scenario the session does not have', () => {
    const broken = governance()
    broken.themes[0]!.scenario = 'vaccine-rumour'
    expect(messages(sessionTemplateSchema.safeParse(broken))).toEqual([
      'no scenario vaccine-rumour in the session',
    ])
  })

  it('refuses a voting phase that does not say how many votes each person has', () => {
    const broken = governance()
    delete broken.agenda.find((phase) => phase.kind === 'voting')!.votes
    expect(messages(sessionTemplateSchema.safeParse(broken))).toEqual([
      'a voting phase, and only a voting phase, has votes',
    ])
  })

  it('refuses fewer than two scenarios', () => {
    const broken = governance()
    broken.scenarios = broken.scenarios.slice(0, 1)
    expect(sessionTemplateSchema.safeParse(broken).success).toBe(false)
  })

  it('refuses an id that could not name a frame or a room', () => {
    const broken = governance()
    broken.themes[0]!.id = 'Éthique IA'
    expect(sessionTemplateSchema.safeParse(broken).success).toBe(false)
  })
})

describe('the roadmap template', () => {
  const roadmap = (): RoadmapTemplate => clone(roadmapTemplate)

  it('refuses a gap between horizons', () => {
    const broken = roadmap()
    broken.horizons[1]!.fromMonth = 4
    expect(messages(roadmapTemplateSchema.safeParse(broken))).toEqual([
      'each horizon starts where the one before it ends, the first at month 0',
    ])
  })

  it('refuses an open-ended horizon before the last', () => {
    const broken = roadmap()
    delete broken.horizons[0]!.toMonth
    expect(roadmapTemplateSchema.safeParse(broken).success).toBe(false)
  })
})
