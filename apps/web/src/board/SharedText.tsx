import { useEffect, useRef, useState } from 'react'
import type { ChangeEvent } from 'react'
import { shiftCaret } from './caret.js'

type Props = {
  id: string
  value: string
  onChange: (value: string) => void
  multiline?: boolean
  rows?: number
  maxLength: number
  placeholder?: string
}

/**
 * A text field bound to a shared value: what the person types is written at once, and what
 * others write arrives without moving the caret away from where the person was typing.
 */
export function SharedText({
  id,
  value,
  onChange,
  multiline,
  rows = 3,
  maxLength,
  placeholder,
}: Props) {
  const field = useRef<HTMLTextAreaElement & HTMLInputElement>(null)
  const [text, setText] = useState(value)
  const shown = useRef(value)

  useEffect(() => {
    const element = field.current
    if (value === shown.current) return
    const focused = element !== null && document.activeElement === element
    const start = focused ? shiftCaret(shown.current, value, element.selectionStart ?? 0) : 0
    const end = focused ? shiftCaret(shown.current, value, element.selectionEnd ?? 0) : 0
    shown.current = value
    setText(value)
    if (focused) requestAnimationFrame(() => element.setSelectionRange(start, end))
  }, [value])

  const change = (event: ChangeEvent<HTMLTextAreaElement | HTMLInputElement>) => {
    shown.current = event.target.value
    setText(event.target.value)
    onChange(event.target.value)
  }
  const common = {
    id,
    ref: field,
    value: text,
    onChange: change,
    maxLength,
    placeholder,
    dir: 'auto',
  }
  return multiline ? <textarea rows={rows} {...common} /> : <input type="text" {...common} />
}
