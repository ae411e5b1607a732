import { describe, expect, it } from 'vitest'
import { byHorizon } from './RoadmapSection.js'
import type { RoadmapAction } from './types.js'

const action = (horizonId: string, text: string): RoadmapAction => ({
  horizonId,
  horizon: `title of ${horizonId}`,
  leadId: 'civil-society',
  lead: 'Société civile',
  action: text,
  responsible: '',
  partners: [],
  coordination: '',
  dependencies: [],
  risks: '',
  mitigation: '',
  sustainability: '',
  inclusion: '',
})

describe('the roadmap section', () => {
  it('groups the actions by horizon in the report’s order and leaves empty horizons out', () => {
    const groups = byHorizon([
      action('months-0-3', 'a'),
      action('months-0-3', 'b'),
      action('months-6-12', 'c'),
      action('months-12-plus', 'd'),
    ])
    expect(
      groups.map((group) => [group.horizon, group.actions.map((item) => item.action)]),
    ).toEqual([
      ['title of months-0-3', ['a', 'b']],
      ['title of months-6-12', ['c']],
      ['title of months-12-plus', ['d']],
    ])
    expect(byHorizon([])).toEqual([])
  })
})
