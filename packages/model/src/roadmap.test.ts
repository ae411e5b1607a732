import type * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { board, expectRefused, sync } from '../testing/support.js'
import {
  LABELS,
  ModelErrorCode,
  ROADMAP_HORIZONS,
  ROADMAP_LEADS,
  addDependency,
  addFrame,
  addNote,
  boardProblems,
  cellCentre,
  cellScore,
  deleteNote,
  dependenciesOf,
  dependencyArrows,
  frameCells,
  frameLayout,
  frameTemplates,
  getActionSheet,
  getFrame,
  getNote,
  gridShape,
  horizonForPriority,
  listDependencies,
  listRoadmapActions,
  placeNoteInCell,
  placementOf,
  removeDependency,
  roadmapPlacementOf,
  updateActionSheet,
  updateNote,
} from './index.js'
import type { RoadmapCell, RoadmapHorizon, RoadmapLead } from './index.js'

function roadmapBoard() {
  const doc = board()
  const frame = addFrame(doc, 'roadmap', { x: 0, y: 0 }, { id: 'roadmap' })
  return { doc, frame }
}

function noteIn(doc: Y.Doc, horizon: RoadmapHorizon, lead: RoadmapLead, text: string, id: string) {
  const frame = getFrame(doc, 'roadmap')!
  const centre = cellCentre(frame, { kind: 'roadmap', horizon, lead })!
  return addNote(doc, {
    id,
    text,
    category: 'action',
    x: centre.x - 70,
    y: centre.y - 50,
    createdAt: 1,
  })
}

describe('the roadmap frame', () => {
  it('is a table of four horizons by five lead actors, labelled in every locale', () => {
    expect(gridShape('roadmap')).toEqual({ columns: 4, rows: 5 })
    expect(ROADMAP_HORIZONS).toEqual(['months-0-3', 'months-3-6', 'months-6-12', 'months-12-plus'])
    expect(ROADMAP_LEADS[0]).toBe('public-institutions')
    expect(frameCells('roadmap')).toHaveLength(20)
    const { doc, frame } = roadmapBoard()
    for (const locale of ['fr', 'ar', 'en'] as const) {
      const layout = frameLayout(getFrame(doc, frame)!, locale)
      const texts = layout.labels.map((entry) => entry.text)
      expect(texts).toContain(LABELS[locale]['frame.roadmap'])
      for (const column of frameTemplates.roadmap.columns) {
        expect(texts).toContain(LABELS[locale][column.label])
      }
      for (const row of frameTemplates.roadmap.rows) {
        expect(texts).toContain(LABELS[locale][row.label])
      }
      expect(layout.cells).toHaveLength(20)
    }
    expect(LABELS.fr['horizon.months-0-3']).toBe('0 à 3 mois')
    expect(LABELS.ar['lead.civil-society']).toBe('المجتمع المدني')
  })

  it('places a note by its position: horizon from its column, lead actor from its row', () => {
    const { doc, frame } = roadmapBoard()
    const id = noteIn(doc, 'months-6-12', 'civil-society', 'Former des relais', 'a1')
    const cell: RoadmapCell = { kind: 'roadmap', horizon: 'months-6-12', lead: 'civil-society' }
    expect(placementOf(doc, id)).toEqual({ frameId: frame, cell })
    expect(roadmapPlacementOf(doc, id)).toEqual({
      frameId: frame,
      horizon: 'months-6-12',
      lead: 'civil-society',
    })
    expect(cellScore(cell)).toBeUndefined()
    placeNoteInCell(doc, id, frame, {
      kind: 'roadmap',
      horizon: 'months-12-plus',
      lead: 'international-partners',
    })
    expect(roadmapPlacementOf(doc, id)).toMatchObject({
      horizon: 'months-12-plus',
      lead: 'international-partners',
    })
    const outside = addNote(doc, { text: 'ailleurs', category: 'action', x: 5000, y: 5000 })
    expect(roadmapPlacementOf(doc, outside)).toBeNull()
  })

  it('refuses a roadmap cell that does not exist, changing nothing', () => {
    const { doc, frame } = roadmapBoard()
    const id = noteIn(doc, 'months-0-3', 'civil-society', 'x', 'a1')
    expectRefused(doc, ModelErrorCode.INVALID_INPUT, () =>
      placeNoteInCell(doc, id, frame, {
        kind: 'roadmap',
        horizon: 'months-99',
        lead: 'civil-society',
      } as unknown as RoadmapCell),
    )
  })

  it('maps priorities to horizons', () => {
    expect(horizonForPriority('high')).toBe('months-0-3')
    expect(horizonForPriority('medium')).toBe('months-3-6')
    expect(horizonForPriority('low')).toBe('months-6-12')
  })
})

describe('action sheets', () => {
  it('stores every field flat on the note and reads it back', () => {
    const { doc } = roadmapBoard()
    const id = noteIn(doc, 'months-0-3', 'public-institutions', 'Créer une cellule', 'a1')
    expect(getNote(doc, id)?.action).toBeUndefined()
    expect(getActionSheet(doc, id)).toEqual({
      responsible: '',
      partners: [],
      coordination: '',
      risks: '',
      mitigation: '',
      sustainability: '',
      inclusion: '',
    })
    updateActionSheet(doc, id, {
      responsible: 'Conseil Régional',
      partners: ['AREF TTAH', ' CRDH ', 'AREF TTAH'],
      coordination: 'Comité mensuel',
      risks: 'Rotation du personnel',
      mitigation: 'Former deux référents',
      sustainability: 'Ligne budgétaire',
      inclusion: 'Deux sièges pour les jeunes et les migrants',
    })
    updateActionSheet(doc, id, { risks: 'Rotation du personnel; budget' })
    const sheet = {
      responsible: 'Conseil Régional',
      partners: ['AREF TTAH', 'CRDH'],
      coordination: 'Comité mensuel',
      risks: 'Rotation du personnel; budget',
      mitigation: 'Former deux référents',
      sustainability: 'Ligne budgétaire',
      inclusion: 'Deux sièges pour les jeunes et les migrants',
    }
    expect(getNote(doc, id)?.action).toEqual(sheet)
    expect(getActionSheet(doc, id)).toEqual(sheet)
    expect(boardProblems(doc)).toEqual([])
    const copy = addNote(doc, { text: 'b', category: 'action', x: 0, y: 0, action: sheet })
    expect(getNote(doc, copy)?.action).toEqual(sheet)
    updateNote(doc, copy, { action: { partners: [] } })
    expect(getNote(doc, copy)?.action?.partners).toEqual([])
  })

  it('refuses bad input, changing nothing', () => {
    const { doc } = roadmapBoard()
    const id = noteIn(doc, 'months-0-3', 'public-institutions', 'x', 'a1')
    expectRefused(doc, ModelErrorCode.INVALID_INPUT, () =>
      updateActionSheet(doc, id, { responsible: 'x'.repeat(4001) }),
    )
    expectRefused(doc, ModelErrorCode.INVALID_INPUT, () =>
      updateActionSheet(doc, id, { partners: Array.from({ length: 21 }, (_, i) => `p${i}`) }),
    )
    expectRefused(doc, ModelErrorCode.INVALID_INPUT, () =>
      updateActionSheet(doc, id, { partners: ['  '] }),
    )
    expectRefused(doc, ModelErrorCode.INVALID_INPUT, () =>
      updateActionSheet(doc, id, { owner: 'x' } as never),
    )
    expectRefused(doc, ModelErrorCode.NOTE_NOT_FOUND, () =>
      updateActionSheet(doc, 'missing', { responsible: 'x' }),
    )
  })

  it('repairs fields a peer stored badly', () => {
    const { doc } = roadmapBoard()
    const id = noteIn(doc, 'months-0-3', 'public-institutions', 'x', 'a1')
    const map = doc.getMap('notes').get(id) as Y.Map<unknown>
    map.set('action.responsible', 42)
    map.set('action.partners', ['ok', 7, '', 'ok'])
    expect(getNote(doc, id)?.action).toMatchObject({ responsible: '', partners: ['ok'] })
    expect(boardProblems(doc).map((problem) => problem.path)).toEqual([
      `notes/${id}/action.responsible`,
      `notes/${id}/action.partners`,
    ])
  })
})

describe('dependencies', () => {
  function threeActions() {
    const { doc } = roadmapBoard()
    const a = noteIn(doc, 'months-0-3', 'public-institutions', 'A', 'a')
    const b = noteIn(doc, 'months-3-6', 'public-institutions', 'B', 'b')
    const c = noteIn(doc, 'months-6-12', 'public-institutions', 'C', 'c')
    return { doc, a, b, c }
  }

  it('adds, lists and removes arrows between actions', () => {
    const { doc, a, b, c } = threeActions()
    addDependency(doc, b, a)
    addDependency(doc, c, b)
    addDependency(doc, c, a)
    addDependency(doc, c, a)
    expect(dependenciesOf(doc, c)).toEqual([a, b])
    expect(listDependencies(doc)).toEqual([
      { note: b, dependsOn: [a] },
      { note: c, dependsOn: [a, b] },
    ])
    expect(dependencyArrows(doc)).toContainEqual({ from: a, to: b })
    expect(boardProblems(doc)).toEqual([])
    expect(removeDependency(doc, c, a)).toBe(true)
    expect(removeDependency(doc, c, a)).toBe(false)
    expect(dependenciesOf(doc, c)).toEqual([b])
  })

  it('refuses self-dependency, unknown notes and cycles with a clear error', () => {
    const { doc, a, b, c } = threeActions()
    addDependency(doc, b, a)
    addDependency(doc, c, b)
    const self = expectRefused(doc, ModelErrorCode.DEPENDENCY_CYCLE, () => addDependency(doc, a, a))
    expect(self.message).toMatch(/itself/)
    const cycle = expectRefused(doc, ModelErrorCode.DEPENDENCY_CYCLE, () =>
      addDependency(doc, a, c),
    )
    expect(cycle.message).toMatch(/cycle/)
    expectRefused(doc, ModelErrorCode.NOTE_NOT_FOUND, () => addDependency(doc, a, 'ghost'))
    expectRefused(doc, ModelErrorCode.NOTE_NOT_FOUND, () => addDependency(doc, 'ghost', a))
    expectRefused(doc, ModelErrorCode.INVALID_INPUT, () => addDependency(doc, a, 'Not An Id'))
  })

  it('drops the arrows to a deleted note', () => {
    const { doc, a, b } = threeActions()
    addDependency(doc, b, a)
    deleteNote(doc, a)
    expect(dependenciesOf(doc, b)).toEqual([])
    const map = doc.getMap('notes').get(b) as Y.Map<unknown>
    expect([...map.keys()].some((key) => key.startsWith('dependsOn.'))).toBe(false)
  })

  it('breaks a cycle two peers closed at once the same way on both', () => {
    const { doc: one, a, b } = threeActions()
    const two = board(2)
    sync(one, two)
    addDependency(one, a, b)
    addDependency(two, b, a)
    sync(one, two)
    expect(listDependencies(one)).toEqual(listDependencies(two))
    expect(listDependencies(one)).toEqual([{ note: a, dependsOn: [b] }])
  })
})

describe('listRoadmapActions', () => {
  it('orders actions by horizon, then lead row, then position, with sheets and dependencies', () => {
    const { doc } = roadmapBoard()
    const late = noteIn(doc, 'months-12-plus', 'public-institutions', 'Late', 'late')
    const civil = noteIn(doc, 'months-0-3', 'civil-society', 'Civil', 'civil')
    const first = noteIn(doc, 'months-0-3', 'public-institutions', 'First', 'first')
    const hidden = noteIn(doc, 'months-0-3', 'public-institutions', 'Hidden', 'hidden')
    updateNote(doc, hidden, { hidden: true })
    addNote(doc, { text: 'off the frame', category: 'action', x: 9000, y: 9000 })
    updateActionSheet(doc, late, { responsible: 'OIM' })
    addDependency(doc, late, first)
    const entries = listRoadmapActions(doc)
    expect(entries.map((entry) => entry.note.text)).toEqual(['First', 'Civil', 'Late'])
    expect(entries[2]).toMatchObject({
      horizon: 'months-12-plus',
      lead: 'public-institutions',
      dependsOn: [first],
      action: { responsible: 'OIM' },
    })
    expect(entries[1]?.note.id).toBe(civil)
  })
})
