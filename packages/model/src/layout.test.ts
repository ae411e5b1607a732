import { describe, expect, it } from 'vitest'
import { LABELS, cellScore, frameLayout, frameTemplates, scoreBand } from './index.js'
import type { FrameKind, FrameLabel, Locale, Rect } from './index.js'

function footprint(label: FrameLabel): Rect {
  // A label turned -90 degrees around its top-left corner covers h to the right and w upwards.
  return label.rotation === 0 ? label : { x: label.x, y: label.y - label.w, w: label.h, h: label.w }
}

function inside(inner: Rect, outer: Rect): boolean {
  const e = 1e-9
  return (
    inner.x >= outer.x - e &&
    inner.y >= outer.y - e &&
    inner.x + inner.w <= outer.x + outer.w + e &&
    inner.y + inner.h <= outer.y + outer.h + e
  )
}

function overlaps(a: Rect, b: Rect): boolean {
  const e = 1e-9
  return a.x < b.x + b.w - e && b.x < a.x + a.w - e && a.y < b.y + b.h - e && b.y < a.y + a.h - e
}

const kinds: FrameKind[] = ['riskMatrix', 'actionMatrix', 'noteGrid']

describe('frameLayout', () => {
  for (const kind of kinds) {
    it(`keeps every label of a ${kind} inside the frame and off the cells`, () => {
      const frame = { kind, x: 40, y: -30, ...frameTemplates[kind].size }
      const layout = frameLayout(frame, 'fr')
      expect(layout.cells).toHaveLength(kind === 'noteGrid' ? 6 : 25)
      for (const label of layout.labels) {
        expect(inside(footprint(label), frame)).toBe(true)
        expect(overlaps(footprint(label), layout.grid)).toBe(false)
      }
    })
  }

  it("writes the labels in the reader's language, and a renamed frame's own title", () => {
    const frame = { kind: 'riskMatrix' as const, x: 0, y: 0, ...frameTemplates.riskMatrix.size }
    const texts = (locale: Locale) => frameLayout(frame, locale).labels.map((label) => label.text)
    expect(texts('fr')).toContain('Probabilité')
    expect(texts('fr')).toContain('Quasi certain')
    expect(texts('ar')).toContain('الأثر')
    expect(texts('en')[0]).toBe('Risk prioritisation matrix')
    expect(frameLayout({ ...frame, title: 'Risques — session 3' }, 'ar').labels[0]?.text).toBe(
      'Risques — session 3',
    )
  })

  it('puts impact level 1 on the bottom row and the grid lanes in the template order', () => {
    const risk = { kind: 'riskMatrix' as const, x: 0, y: 0, ...frameTemplates.riskMatrix.size }
    const levels = frameLayout(risk, 'en').labels.filter((label) => label.role === 'level')
    const negligible = levels.find((label) => label.text === 'Negligible')!
    const severe = levels.find((label) => label.text === 'Severe')!
    expect(negligible.y).toBeGreaterThan(severe.y)
    const grid = { kind: 'noteGrid' as const, x: 0, y: 0, ...frameTemplates.noteGrid.size }
    const lanes = frameLayout(grid, 'fr').labels.filter((label) => label.role === 'lane')
    expect(lanes.map((label) => label.text)).toEqual([
      'Constats',
      'Besoins',
      'Actions prioritaires',
      'Acteurs clés',
      'Recommandations',
      'Niveau de priorité',
    ])
  })
})

describe('labels', () => {
  it('has every label in French, Arabic and English, none empty', () => {
    const keys = Object.keys(LABELS.en).sort()
    for (const locale of ['fr', 'ar', 'en'] as const) {
      expect(Object.keys(LABELS[locale]).sort()).toEqual(keys)
      for (const value of Object.values(LABELS[locale])) expect(value.trim()).not.toBe('')
    }
  })
})

describe('cell scores', () => {
  it('weighs a matrix cell by the product of its scores and bands it for a heat map', () => {
    expect(cellScore({ kind: 'riskMatrix', likelihood: 5, impact: 5 })).toBe(25)
    expect(cellScore({ kind: 'actionMatrix', urgency: 2, feasibility: 3 })).toBe(6)
    expect(cellScore({ kind: 'noteGrid', lane: 'needs' })).toBeUndefined()
    expect([1, 4, 5, 9, 10, 16, 20, 25].map(scoreBand)).toEqual([
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
      'critical',
      'critical',
    ])
  })
})
