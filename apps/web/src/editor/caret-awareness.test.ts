import { describe, expect, it } from 'vitest'
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { CARET_FIELD, caretAwareness } from './caret-awareness.js'

const boardUser = {
  id: 'r-1',
  name: 'Amina',
  role: 'rapporteur',
  colour: '#e8590c',
  color: '#e8590c',
}
const caret = {
  anchor: { type: null, tname: 'recommendations', item: null, assoc: -1 },
  head: { type: null, tname: 'recommendations', item: null, assoc: -1 },
}

function twoScreens() {
  const here = new Awareness(new Y.Doc())
  const there = new Awareness(new Y.Doc())
  here.setLocalState({ user: boardUser, cursor: { x: 10, y: 20 } })
  // The other screen says something; the relay passes its awareness update on.
  const receive = (state: Record<string, unknown>) => {
    there.setLocalState(state)
    applyAwarenessUpdate(here, encodeAwarenessUpdate(there, [there.clientID]), 'relay')
  }
  return { here, there, receive }
}

describe('the editor’s view of the board’s awareness', () => {
  it('writes the caret beside the board pointer, not over it', () => {
    const { here } = twoScreens()
    caretAwareness(here).setLocalStateField('cursor', caret)
    expect(here.getLocalState()).toMatchObject({ cursor: { x: 10, y: 20 }, [CARET_FIELD]: caret })
  })

  it('never shows a board pointer to the caret plugin as a caret', () => {
    const { here, there, receive } = twoScreens()
    receive({ user: { name: 'Youssef', color: '#1c7ed6' }, cursor: { x: 1, y: 2 } })
    expect(caretAwareness(here).getStates().get(there.clientID)?.cursor).toBeNull()
    receive({ user: { name: 'Youssef', color: '#1c7ed6' }, [CARET_FIELD]: caret })
    expect(caretAwareness(here).getStates().get(there.clientID)?.cursor).toEqual(caret)
  })

  it('keeps the board’s id, role and colour when the caret extension sets the user', () => {
    const { here } = twoScreens()
    caretAwareness(here).setLocalStateField('user', { name: 'Amina', color: '#e8590c' })
    expect(here.getLocalState()?.user).toEqual(boardUser)
  })

  it('gives the caret plugin a colour it can draw even when a peer sends none', () => {
    const { here, there, receive } = twoScreens()
    receive({ user: { name: 'Youssef', color: 'red; background: url(x)' }, [CARET_FIELD]: caret })
    expect(caretAwareness(here).getStates().get(there.clientID)?.user).toMatchObject({
      name: 'Youssef',
      color: '#6b7280',
    })
  })

  it('tells the caret plugin of caret moves, not of every pointer move on the canvas', () => {
    const { here, receive } = twoScreens()
    const heard: number[] = []
    const listener = () => heard.push(1)
    const view = caretAwareness(here)
    view.on('change', listener)
    receive({ user: { name: 'Youssef', color: '#1c7ed6' }, cursor: { x: 1, y: 2 } })
    receive({ user: { name: 'Youssef', color: '#1c7ed6' }, cursor: { x: 5, y: 9 } })
    receive({
      user: { name: 'Youssef', color: '#1c7ed6' },
      cursor: { x: 5, y: 9 },
      [CARET_FIELD]: caret,
    })
    view.off('change', listener)
    receive({ user: { name: 'Youssef', color: '#1c7ed6' }, [CARET_FIELD]: null })
    expect(heard).toHaveLength(2)
  })
})
