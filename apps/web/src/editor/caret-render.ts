const HEX_COLOUR = /^#[0-9a-f]{6}$/i

/**
 * Draws another writer's caret: a thin bar in their colour with their name above it. The
 * name is set as text, never as HTML: it comes from a peer.
 */
export function renderCaret(user: Record<string, unknown>): HTMLElement {
  const colour =
    typeof user.color === 'string' && HEX_COLOUR.test(user.color) ? user.color : '#6b7280'
  const caret = document.createElement('span')
  caret.className = 'rec-caret'
  caret.style.borderColor = colour
  const label = document.createElement('span')
  label.className = 'rec-caret-label'
  label.style.backgroundColor = colour
  label.dir = 'auto'
  label.textContent = typeof user.name === 'string' ? user.name : ''
  caret.append(label)
  return caret
}
