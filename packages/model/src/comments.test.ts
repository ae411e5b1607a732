import { describe, expect, it } from 'vitest'
import { board, expectRefused, sync } from '../testing/support.js'
import {
  ModelErrorCode,
  addComment,
  addRecommendation,
  boardProblems,
  commentProblems,
  getRecommendationsFragment,
  listComments,
  observeComments,
  readRecommendations,
  resolveComment,
} from './index.js'
import { COMMENTS_FIELD } from './comments.js'

const amina = { id: 'p-1', name: 'Amina' }
const youssef = { id: 'p-2', name: 'Youssef' }

describe('comments on recommendations', () => {
  it('keeps a thread per recommendation, oldest first', () => {
    const doc = board()
    const a = addRecommendation(doc, { title: 'A' })
    const b = addRecommendation(doc, { title: 'B' })
    addComment(doc, a, youssef, 'Plus tard', { createdAt: 20 })
    addComment(doc, a, amina, 'Plus tôt', { createdAt: 10, kind: 'suggestion' })
    addComment(doc, b, amina, 'Ailleurs', { createdAt: 5 })
    expect(listComments(doc, a).map((c) => [c.text, c.kind])).toEqual([
      ['Plus tôt', 'suggestion'],
      ['Plus tard', 'comment'],
    ])
    expect(listComments(doc)).toHaveLength(3)
  })

  it('keeps both comments when two participants comment on the same block at once', () => {
    const a = board(1)
    const b = board(2)
    const id = addRecommendation(a, { title: 'A' })
    sync(a, b)
    addComment(a, id, amina, 'Oui')
    addComment(b, id, youssef, 'Non')
    sync(a, b)
    expect(
      listComments(a, id)
        .map((c) => c.text)
        .sort(),
    ).toEqual(['Non', 'Oui'])
    expect(listComments(a, id)).toEqual(listComments(b, id))
  })

  it('resolves a comment and opens it again', () => {
    const doc = board()
    const rec = addRecommendation(doc, { title: 'A' })
    const id = addComment(doc, rec, amina, 'À préciser')
    expect(resolveComment(doc, id)).toBe(true)
    expect(listComments(doc, rec)[0]?.resolved).toBe(true)
    expect(resolveComment(doc, id)).toBe(false)
    expect(resolveComment(doc, id, false)).toBe(true)
    expect(listComments(doc, rec)[0]?.resolved).toBe(false)
    expect(resolveComment(doc, 'c-missing')).toBe(false)
  })

  it('refuses empty text and a recommendation that is not on the board, changing nothing', () => {
    const doc = board()
    const rec = addRecommendation(doc, { title: 'A' })
    expectRefused(doc, ModelErrorCode.INVALID_INPUT, () => addComment(doc, rec, amina, '   '))
    expectRefused(doc, ModelErrorCode.INVALID_INPUT, () => addComment(doc, 'r-gone', amina, 'x'))
    expectRefused(doc, ModelErrorCode.INVALID_INPUT, () =>
      addComment(doc, rec, { id: '', name: 'x' }, 'x'),
    )
  })

  it('keeps a thread when its block is deleted, so restoring the block brings it back', () => {
    const doc = board()
    const rec = addRecommendation(doc, { title: 'A' })
    addComment(doc, rec, amina, 'Gardé')
    const fragment = getRecommendationsFragment(doc)
    fragment.delete(0, 1)
    expect(readRecommendations(doc)).toEqual([])
    expect(listComments(doc, rec)).toHaveLength(1)
  })

  it('tells a listener when a comment changes', () => {
    const doc = board()
    const rec = addRecommendation(doc, { title: 'A' })
    let calls = 0
    const stop = observeComments(doc, () => (calls += 1))
    const id = addComment(doc, rec, amina, 'x')
    resolveComment(doc, id)
    stop()
    addComment(doc, rec, amina, 'y')
    expect(calls).toBe(2)
  })

  it('skips and reports comments a peer forged or garbled', () => {
    const doc = board()
    const rec = addRecommendation(doc, { title: 'A' })
    const real = addComment(doc, rec, amina, 'vrai')
    const map = doc.getMap(COMMENTS_FIELD)
    map.set('c-forged', { ...(map.get(real) as object), id: real })
    map.set('c-junk', 42)
    expect(listComments(doc).map((c) => c.id)).toEqual([real])
    expect(
      commentProblems(doc)
        .map((p) => p.path)
        .sort(),
    ).toEqual(['comments/c-forged', 'comments/c-junk'])
    // The whole board's audit knows the comments map and reports the same two, nothing more.
    expect(
      boardProblems(doc)
        .map((p) => p.path)
        .sort(),
    ).toEqual(['comments/c-forged', 'comments/c-junk'])
  })
})
