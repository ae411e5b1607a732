import { useId, useRef, useState } from 'react'
import type { FormEvent } from 'react'
import { HistoryError, VERSION_NAME_MAX } from './api.js'
import type { BoardVersion, HistoryApi } from './api.js'
import { failureText } from './failure.js'
import { SaveIcon } from './icons.js'
import type { HistoryText } from './strings.js'
import { checkVersionName } from './versions.js'

type Props = {
  api: HistoryApi
  t: HistoryText
  onSaved: (version: BoardVersion) => void
}

/**
 * "Name the current state": the facilitator types a name and the relay saves the board as it
 * is now under it. An empty or overlong name is refused here, with the reason under the field.
 */
export function SaveVersionForm({ api, t, onSaved }: Props) {
  const [typed, setTyped] = useState('')
  const [problem, setProblem] = useState<string>()
  const [saving, setSaving] = useState(false)
  const field = useRef<HTMLInputElement>(null)
  const fieldId = useId()
  const problemId = useId()

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (saving) return
    const check = checkVersionName(typed)
    if (!check.ok) {
      setProblem(
        check.problem === 'empty'
          ? t('save.empty')
          : t('save.tooLong', { count: VERSION_NAME_MAX, length: check.length }),
      )
      field.current?.focus()
      return
    }
    setSaving(true)
    setProblem(undefined)
    try {
      const version = await api.save(check.name)
      setTyped('')
      onSaved(version)
    } catch (error) {
      setProblem(failureText(error instanceof HistoryError ? error : undefined, t))
      field.current?.focus()
    } finally {
      setSaving(false)
    }
  }

  return (
    <form className="history-save" onSubmit={(event) => void submit(event)} noValidate>
      <label htmlFor={fieldId}>{t('save.label')}</label>
      <div className="history-save-row">
        <input
          ref={field}
          id={fieldId}
          type="text"
          value={typed}
          placeholder={t('save.placeholder')}
          autoComplete="off"
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? problemId : undefined}
          onChange={(event) => {
            setTyped(event.target.value)
            if (problem) setProblem(undefined)
          }}
        />
        <button type="submit" className="history-primary" disabled={saving}>
          <SaveIcon />
          {saving ? t('save.saving') : t('save.button')}
        </button>
      </div>
      {problem && (
        <p id={problemId} className="history-field-error" role="alert">
          {problem}
        </p>
      )}
    </form>
  )
}
