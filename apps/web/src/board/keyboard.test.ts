import { describe, expect, it } from 'vitest'
import { keyCommand, listCommand } from './keyboard.js'

describe('the keyboard on the board', () => {
  it('moves a selected note with the arrows, further with Shift', () => {
    expect(keyCommand({ key: 'ArrowRight' }, true, true)).toEqual({ kind: 'move', dx: 10, dy: 0 })
    expect(keyCommand({ key: 'ArrowUp', shiftKey: true }, true, true)).toEqual({
      kind: 'move',
      dx: 0,
      dy: -50,
    })
  })

  it('edits with Enter and removes with Delete or Backspace', () => {
    expect(keyCommand({ key: 'Enter' }, true, true)).toEqual({ kind: 'edit' })
    expect(keyCommand({ key: 'Delete' }, true, true)).toEqual({ kind: 'delete' })
    expect(keyCommand({ key: 'Backspace' }, true, true)).toEqual({ kind: 'delete' })
  })

  it('does nothing to notes when none is selected', () => {
    expect(keyCommand({ key: 'ArrowLeft' }, false, true)).toBeNull()
    expect(keyCommand({ key: 'Delete' }, false, true)).toBeNull()
  })

  it('gives an observer only commands that change their own view', () => {
    for (const key of ['ArrowLeft', 'ArrowDown', 'Enter', 'Delete', 'Backspace', 'n', 'F2']) {
      expect(keyCommand({ key }, true, false), key).toBeNull()
    }
    expect(keyCommand({ key: 'z', ctrlKey: true }, true, false)).toBeNull()
    expect(keyCommand({ key: 'a', metaKey: true }, true, false)).toBeNull()
    expect(keyCommand({ key: 'Escape' }, true, false)).toEqual({ kind: 'deselect' })
    expect(keyCommand({ key: '=', ctrlKey: true }, false, false)).toEqual({ kind: 'zoomIn' })
  })

  it('undoes and redoes with the usual shortcuts', () => {
    expect(keyCommand({ key: 'z', ctrlKey: true }, false, true)).toEqual({ kind: 'undo' })
    expect(keyCommand({ key: 'Z', metaKey: true, shiftKey: true }, false, true)).toEqual({
      kind: 'redo',
    })
    expect(keyCommand({ key: 'y', ctrlKey: true }, false, true)).toEqual({ kind: 'redo' })
  })

  it('fits the whole board with Shift+1', () => {
    expect(keyCommand({ key: '!', shiftKey: true, code: 'Digit1' }, false, false)).toEqual({
      kind: 'fitAll',
    })
  })
})

describe('the keyboard in the list of notes', () => {
  it('goes from note to note with Up and Down, to the ends with Home and End', () => {
    expect(listCommand({ key: 'ArrowUp' }, false, true)).toEqual({ kind: 'go', to: 'previous' })
    expect(listCommand({ key: 'ArrowDown' }, false, false)).toEqual({ kind: 'go', to: 'next' })
    expect(listCommand({ key: 'Home' }, false, true)).toEqual({ kind: 'go', to: 'first' })
    expect(listCommand({ key: 'End' }, false, false)).toEqual({ kind: 'go', to: 'last' })
  })

  it('moves a note with the arrows only once Space has picked it up', () => {
    expect(listCommand({ key: 'ArrowLeft' }, false, true)).toEqual({ kind: 'none' })
    expect(listCommand({ key: ' ' }, false, true)).toEqual({ kind: 'pickUp' })
    for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']) {
      expect(listCommand({ key }, true, true), key).toEqual({ kind: 'board' })
      expect(listCommand({ key, shiftKey: true }, true, true), key).toEqual({ kind: 'board' })
    }
    for (const key of [' ', 'Enter', 'Escape']) {
      expect(listCommand({ key }, true, true), key).toEqual({ kind: 'putDown' })
    }
  })

  it('lets an observer go from note to note, and pick up none', () => {
    expect(listCommand({ key: ' ' }, false, false)).toEqual({ kind: 'board' })
    expect(listCommand({ key: 'ArrowDown' }, false, false)).toEqual({ kind: 'go', to: 'next' })
  })

  it('leaves editing, removing and the shortcuts to the board', () => {
    for (const key of ['Enter', 'F2', 'Delete', 'Escape', 'n']) {
      expect(listCommand({ key }, false, true), key).toEqual({ kind: 'board' })
    }
    expect(listCommand({ key: 'a', ctrlKey: true }, false, true)).toEqual({ kind: 'board' })
    expect(listCommand({ key: 'ArrowDown', ctrlKey: true }, false, true)).toEqual({ kind: 'none' })
  })
})
