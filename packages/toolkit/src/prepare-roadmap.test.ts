import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  LABELS,
  ROADMAP_HORIZONS,
  ROADMAP_LEADS,
  frameTemplates,
  getBoardMeta,
  isModelError,
  listFrames,
} from '@atelier/model'
import { ROADMAP_FRAME_ID, prepareRoadmapBoard, roadmapTemplate } from './index.js'

function board(): Y.Doc {
  const doc = new Y.Doc()
  doc.clientID = 1
  return doc
}

describe('the roadmap template and the model agree', () => {
  it('has the model’s horizon and lead-actor ids, in the same order', () => {
    expect(roadmapTemplate.horizons.map((horizon) => horizon.id)).toEqual([...ROADMAP_HORIZONS])
    expect(roadmapTemplate.leadActors.map((lead) => lead.id)).toEqual([...ROADMAP_LEADS])
  })

  it('titles the model’s columns and rows as the template does, in every language', () => {
    for (const locale of ['fr', 'ar', 'en'] as const) {
      frameTemplates.roadmap.columns.forEach((column, index) => {
        expect(LABELS[locale][column.label]).toBe(roadmapTemplate.horizons[index]?.title[locale])
      })
      frameTemplates.roadmap.rows.forEach((row, index) => {
        expect(LABELS[locale][row.label]).toBe(roadmapTemplate.leadActors[index]?.title[locale])
      })
      expect(LABELS[locale]['frame.roadmap']).toBe(roadmapTemplate.title[locale])
    }
  })
})

describe('prepareRoadmapBoard', () => {
  it('makes a roadmap board with one roadmap frame, titled in its language', () => {
    const doc = board()
    expect(prepareRoadmapBoard(doc, { locale: 'ar' })).toEqual([ROADMAP_FRAME_ID])
    expect(getBoardMeta(doc)).toMatchObject({
      kind: 'roadmap',
      locale: 'ar',
      title: roadmapTemplate.title.ar,
    })
    expect(listFrames(doc)).toMatchObject([
      { id: ROADMAP_FRAME_ID, kind: 'roadmap', x: 0, y: 0, ...frameTemplates.roadmap.size },
    ])
    const other = board()
    prepareRoadmapBoard(other, { locale: 'fr', title: 'Feuille de route de Tanger' })
    expect(getBoardMeta(other).title).toBe('Feuille de route de Tanger')
  })

  it('refuses a second preparation or a bad setup, changing nothing', () => {
    const doc = board()
    prepareRoadmapBoard(doc, { locale: 'fr' })
    const before = Y.encodeStateAsUpdate(doc)
    for (const setup of [{ locale: 'fr' }, { locale: 'de' }, { locale: 'fr', title: ' ' }]) {
      let refusal: unknown
      try {
        prepareRoadmapBoard(doc, setup as never)
      } catch (error) {
        refusal = error
      }
      expect(isModelError(refusal)).toBe(true)
    }
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before)
  })
})
