import type { Language } from '../i18n/language.js'
import { VERSION_NAME_MAX } from './api.js'
import type { BoardVersion } from './api.js'
import type { HistoryText } from './strings.js'

/** The author the relay gives the versions it takes by itself. */
export const RELAY_AUTHOR = 'atelier:relay'

/** A name typed for a version, checked as the relay checks it (trimmed, 1 to 120 characters). */
export type NameCheck =
  { ok: true; name: string } | { ok: false; problem: 'empty' | 'tooLong'; length: number }

/** Checks a typed version name before it is sent, so the facilitator sees why at once. */
export function checkVersionName(typed: string): NameCheck {
  const name = typed.trim()
  if (name === '') return { ok: false, problem: 'empty', length: 0 }
  // The relay counts UTF-16 units (zod's `max`), and so does this.
  if (name.length > VERSION_NAME_MAX) return { ok: false, problem: 'tooLong', length: name.length }
  return { ok: true, name }
}

/** The relay names the versions it takes before a restore `before restoring <id>`. */
const BEFORE_RESTORING = /^before restoring (\d+)$/

/**
 * What a version is called in the list: its name when the facilitator gave one, else what
 * caused it. A version taken before a restore names the version restored, when it is listed.
 */
export function versionTitle(
  version: BoardVersion,
  versions: readonly BoardVersion[],
  t: HistoryText,
): string {
  const restoredId = version.reason === 'restore' && version.name?.match(BEFORE_RESTORING)?.[1]
  if (restoredId) {
    const restored = versions.find((other) => other.id === Number(restoredId))
    return restored
      ? t('title.restoreOf', { name: versionTitle(restored, versions, t) })
      : t('title.restore')
  }
  if (version.name) return version.name
  if (version.reason === 'named') return t('reason.named')
  return t(`title.${version.reason}`)
}

/** The display names this screen knows, by pseudonymous id (`sub`). */
export type KnownNames = ReadonlyMap<string, string>

/** Who a version's author is, in words: a display name when this screen knows it. */
export function authorName(
  author: string,
  names: KnownNames,
  me: { id: string; name: string },
  t: HistoryText,
): string {
  if (author === RELAY_AUTHOR) return t('author.relay')
  if (author === me.id) return t('author.you', { name: me.name })
  return names.get(author) ?? t('author.unknown', { id: author })
}

/**
 * The locale of dates and times: Arabic as written in Morocco, with the Latin digits the rest of
 * the interface uses.
 */
export function intlLocale(language: Language): string {
  return language === 'ar' ? 'ar-MA' : language
}

/** Versions saved the same local day, under that day's heading. */
export type VersionDay = { key: string; label: string; versions: BoardVersion[] }

function dayKey(date: Date): string {
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`
}

/**
 * Splits versions (newest first) by local day: "Today", "Yesterday", then the date in the
 * interface's language.
 */
export function versionDays(
  versions: readonly BoardVersion[],
  language: Language,
  t: HistoryText,
  now = new Date(),
): VersionDay[] {
  const today = dayKey(now)
  const yesterday = dayKey(new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1))
  const dateFormat = new Intl.DateTimeFormat(intlLocale(language), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  })
  const days: VersionDay[] = []
  for (const version of versions) {
    const date = new Date(version.createdAt)
    const key = dayKey(date)
    let day = days.at(-1)
    if (day?.key !== key) {
      const label =
        key === today
          ? t('list.today')
          : key === yesterday
            ? t('list.yesterday')
            : dateFormat.format(date)
      day = { key, label, versions: [] }
      days.push(day)
    }
    day.versions.push(version)
  }
  return days
}

/** A version's time of day in the interface's language: "09:05" in French, "9:05 AM" in English. */
export function timeOf(createdAt: number, language: Language): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    hour: 'numeric',
    minute: '2-digit',
  }).format(new Date(createdAt))
}

/** A version's day and time, for sentences: "16 juin 2026, 14:05". */
export function dateTimeOf(createdAt: number, language: Language): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(createdAt))
}
