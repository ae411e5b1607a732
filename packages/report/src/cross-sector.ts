import { Priority, Verdict } from '@atelier/model'
import type { SessionId } from '@atelier/toolkit'
import { DisagreementKind } from './model.js'
import type {
  CrossSector,
  Disagreement,
  RecurringPriority,
  ReportPriority,
  SessionReport,
  ThemeAcross,
} from './model.js'

/**
 * The form two wordings of one priority share: lower case, without accents, punctuation or
 * extra spaces. "Former les enseignants à l’EMI." and "former les enseignants a l'EMI" meet.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

function normaliseTag(tag: string): string {
  return normaliseText(tag)
}

const RANK: Readonly<Record<Priority, number>> = { high: 3, medium: 2, low: 1 }

function higher(a: Priority | undefined, b: Priority | undefined): Priority | undefined {
  if (a === undefined) return b
  if (b === undefined) return a
  return RANK[a] >= RANK[b] ? a : b
}

function isAgreed(verdict: Verdict | undefined): boolean {
  return verdict === Verdict.agreed || verdict === Verdict.reservations
}

/** Every tag of the sessions' notes, with the sessions it appears in, most widespread first. */
function themesAcross(sessions: readonly SessionReport[]): ThemeAcross[] {
  const themes = new Map<string, ThemeAcross>()
  for (const session of sessions) {
    const notes = [
      ...session.subgroups.flatMap((group) => group.categories.flatMap((entry) => entry.notes)),
      ...session.priorities.map((priority) => priority.note),
    ]
    for (const note of notes) {
      for (const tag of new Set(note.tags.map(normaliseTag))) {
        if (tag === '') continue
        const theme = themes.get(tag) ?? { tag, sessions: [] }
        themes.set(tag, theme)
        let entry = theme.sessions.find((item) => item.session === session.id)
        if (!entry) {
          entry = { session: session.id, notes: 0, votes: 0 }
          theme.sessions.push(entry)
        }
        entry.notes += 1
        entry.votes += note.votes
        const level = higher(entry.level, note.priority)
        if (level) entry.level = level
      }
    }
  }
  return [...themes.values()].sort(
    (a, b) => b.sessions.length - a.sessions.length || (a.tag < b.tag ? -1 : 1),
  )
}

/** Priorities of at least two sessions that share a tag or a wording. */
function recurringPriorities(sessions: readonly SessionReport[]): RecurringPriority[] {
  const groups = new Map<string, RecurringPriority>()
  const add = (kind: 'tag' | 'text', value: string, session: SessionId, item: ReportPriority) => {
    if (value === '') return
    const id = `${kind}:${value}`
    const group = groups.get(id) ?? { key: { kind, value }, entries: [] }
    groups.set(id, group)
    const entry: RecurringPriority['entries'][number] = {
      session,
      text: item.note.text,
      votes: item.note.votes,
    }
    if (item.verdict) entry.verdict = item.verdict
    if (item.note.priority) entry.priority = item.note.priority
    group.entries.push(entry)
  }
  for (const session of sessions) {
    for (const item of session.priorities) {
      add('text', normaliseText(item.note.text), session.id, item)
      for (const tag of new Set(item.note.tags.map(normaliseTag))) add('tag', tag, session.id, item)
    }
  }
  return [...groups.values()].filter(
    (group) => new Set(group.entries.map((entry) => entry.session)).size >= 2,
  )
}

function disagreementsOf(groups: readonly RecurringPriority[]): Disagreement[] {
  const found: Disagreement[] = []
  const pick = (entries: RecurringPriority['entries']) =>
    entries.map(({ session, text }) => ({ session, text }))
  for (const group of groups) {
    const agreed = group.entries.filter((entry) => isAgreed(entry.verdict))
    const refused = group.entries.filter((entry) => entry.verdict === Verdict.notAgreed)
    if (agreed.length > 0 && refused.length > 0 && differ(agreed, refused)) {
      found.push({
        kind: DisagreementKind.verdict,
        key: group.key,
        for: pick(agreed),
        against: pick(refused),
      })
    }
    const high = group.entries.filter((entry) => entry.priority === Priority.high)
    const low = group.entries.filter((entry) => entry.priority === Priority.low)
    if (high.length > 0 && low.length > 0 && differ(high, low)) {
      found.push({
        kind: DisagreementKind.level,
        key: group.key,
        for: pick(high),
        against: pick(low),
      })
    }
  }
  return found
}

/** True when the two sides hold different sessions (one session may not disagree with itself). */
function differ(a: readonly { session: SessionId }[], b: readonly { session: SessionId }[]) {
  const sessions = new Set(a.map((entry) => entry.session))
  return b.some((entry) => !sessions.has(entry.session))
}

/**
 * What the sessions share and where they part: themes (tags) across sessions, priorities that
 * recur (same tag or same normalised wording in at least two sessions), and the recurring
 * priorities one session agreed and another did not, or ranked high in one and low in another.
 */
export function crossSector(sessions: readonly SessionReport[]): CrossSector {
  const priorities = recurringPriorities(sessions)
  return { themes: themesAcross(sessions), priorities, disagreements: disagreementsOf(priorities) }
}
