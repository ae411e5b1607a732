import { useId, useState } from 'react'
import { addDependency, removeDependency } from '@atelier/model'
import type { Note } from '@atelier/model'
import type { ActionSheetProps } from './ActionSheet.js'
import { refusalText, type DependencyAttempt } from './refusal.js'
import { useRoadmapText } from './strings.js'

/** How much of an action's text names it in a list or a menu. */
const NAME_LENGTH = 60

function nameOf(note: Note | undefined, untitled: string): string {
  const text = note?.text.trim().replace(/\s+/g, ' ') ?? ''
  if (!text) return untitled
  return text.length > NAME_LENGTH ? `${text.slice(0, NAME_LENGTH - 1)}…` : text
}

/**
 * The actions this one depends on (each removable), the actions that wait for it, and a menu
 * of the board's other actions to add a dependency. A dependency that would close a loop is
 * refused by the model, and the sheet says why.
 */
export function Dependencies({ doc, note, notes, arrows, canWrite }: ActionSheetProps) {
  const { t } = useRoadmapText()
  const selectId = useId()
  const [chosen, setChosen] = useState('')
  const [error, setError] = useState<string>()
  const byId = new Map(notes.map((other) => [other.id, other]))
  const untitled = t('deps.untitled')
  const dependsOn = arrows.filter((arrow) => arrow.to === note.id).map((arrow) => arrow.from)
  const neededBy = arrows.filter((arrow) => arrow.from === note.id).map((arrow) => arrow.to)
  const candidates = notes.filter((other) => other.id !== note.id && !dependsOn.includes(other.id))
  const act = (change: () => void, attempt?: DependencyAttempt) => {
    try {
      change()
      setError(undefined)
      setChosen('')
    } catch (failure) {
      const names = new Map(notes.map((other) => [other.id, nameOf(other, untitled)]))
      setError(refusalText(failure, t, names, attempt))
    }
  }
  return (
    <section className="field roadmap-dependencies" aria-labelledby={`${selectId}-heading`}>
      <h3 id={`${selectId}-heading`}>{t('deps.legend')}</h3>
      {dependsOn.length === 0 && <p className="hint">{t('deps.none')}</p>}
      {dependsOn.length > 0 && (
        <>
          <p className="roadmap-dependency-kind">{t('deps.dependsOn')}</p>
          <ul className="roadmap-dependency-list" data-testid="depends-on">
            {dependsOn.map((id) => {
              const name = nameOf(byId.get(id), untitled)
              return (
                <li key={id} data-note-id={id}>
                  <span dir="auto">{name}</span>
                  {canWrite && (
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={t('deps.remove', { action: name })}
                      title={t('deps.remove', { action: name })}
                      onClick={() => act(() => removeDependency(doc, note.id, id))}
                    >
                      ×
                    </button>
                  )}
                </li>
              )
            })}
          </ul>
        </>
      )}
      {neededBy.length > 0 && (
        <>
          <p className="roadmap-dependency-kind">{t('deps.neededBy')}</p>
          <ul className="roadmap-dependency-list" data-testid="needed-by">
            {neededBy.map((id) => (
              <li key={id} data-note-id={id}>
                <span dir="auto">{nameOf(byId.get(id), untitled)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {canWrite &&
        (candidates.length === 0 ? (
          <p className="hint">{t('deps.noOther')}</p>
        ) : (
          <div className="roadmap-add">
            <label className="visually-hidden" htmlFor={selectId}>
              {t('deps.choose')}
            </label>
            <select
              id={selectId}
              value={chosen}
              onChange={(event) => setChosen(event.target.value)}
            >
              <option value="">{t('deps.choose')}</option>
              {candidates.map((other) => (
                <option key={other.id} value={other.id}>
                  {nameOf(other, untitled)}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="small"
              disabled={!chosen}
              onClick={() =>
                act(() => addDependency(doc, note.id, chosen), {
                  note: note.id,
                  dependsOn: chosen,
                })
              }
            >
              {t('deps.add')}
            </button>
          </div>
        ))}
      {error && (
        <p className="roadmap-error" role="alert">
          {error}
        </p>
      )}
    </section>
  )
}
