import { useCallback, useEffect, useMemo, useState } from 'react'
import type * as Y from 'yjs'
import { WritingMode } from '@atelier/model'
import { useControl } from '../session/hooks.js'
import { DraftsApi, DraftsError } from './api.js'
import type { DraftAddress, DraftInput, OwnDraft } from './api.js'
import type { DraftsText } from './strings.js'

/** How often a screen asks the relay about its held notes while writing is not open. */
export const DRAFTS_POLL_MS = 3000

/** How new notes reach this board now: the session's writing mode, live from its controls. */
export function useWritingMode(doc: Y.Doc): WritingMode {
  return useControl(doc).writing
}

/**
 * This person's held notes on the board, asked again every `DRAFTS_POLL_MS` while writing is
 * private or moderated (a reveal or a release takes them away), and once when it opens again.
 */
export function useMyDrafts(address: DraftAddress | undefined, mode: WritingMode) {
  const api = useMemo(() => (address ? new DraftsApi(address) : undefined), [address])
  const [drafts, setDrafts] = useState<OwnDraft[]>([])
  const [tick, setTick] = useState(0)
  const refresh = useCallback(() => setTick((count) => count + 1), [])
  useEffect(() => {
    if (!api) return
    let current = true
    let timer: ReturnType<typeof setTimeout> | undefined
    const poll = () => {
      api
        .mine()
        .then(
          (body) => current && setDrafts(body.drafts),
          () => undefined,
        )
        .finally(() => {
          if (current && mode !== WritingMode.open) timer = setTimeout(poll, DRAFTS_POLL_MS)
        })
    }
    poll()
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [api, mode, tick])
  const submit = useCallback(
    async (input: DraftInput) => {
      if (!api) throw new DraftsError(0)
      const { draft } = await api.submit(input)
      setDrafts((list) => [...list, draft])
      refresh()
    },
    [api, refresh],
  )
  const withdraw = useCallback(
    async (id: string) => {
      if (!api) return
      await api.withdraw(id)
      setDrafts((list) => list.filter((draft) => draft.id !== id))
      refresh()
    },
    [api, refresh],
  )
  return { drafts, submit, withdraw, available: api !== undefined }
}

/** What to tell a person whose held note the relay refused or could not receive. */
export function draftRefusal(error: unknown, t: DraftsText): string {
  if (!(error instanceof DraftsError)) return t('error.generic', { status: '?' })
  if (error.status === 0) return t('error.network')
  if (error.code === 'ATELIER_ERR_WRITING_OPEN') return t('error.open')
  if (error.code === 'ATELIER_ERR_TOO_MANY_DRAFTS') return t('error.full')
  return t('error.generic', { status: error.status })
}
