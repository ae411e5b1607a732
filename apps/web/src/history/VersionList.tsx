import { useId } from 'react'
import type { Language } from '../i18n/language.js'
import type { BoardVersion } from './api.js'
import { EyeIcon, RestoreIcon } from './icons.js'
import type { HistoryText } from './strings.js'
import { timeOf, versionDays } from './versions.js'

type Props = {
  versions: readonly BoardVersion[]
  language: Language
  t: HistoryText
  /** A version's title and author in words (see `versionTitle`, `authorName`). */
  describe: (version: BoardVersion) => { title: string; author: string }
  /** The version just saved, marked until the list changes again. */
  fresh?: number
  onView: (version: BoardVersion) => void
  onRestore: (version: BoardVersion) => void
}

function VersionItem(props: Omit<Props, 'versions'> & { version: BoardVersion }) {
  const { version, language, t } = props
  const { title, author } = props.describe(version)
  const time = timeOf(version.createdAt, language)
  const titleId = useId()
  return (
    <li
      className="history-item"
      data-version-id={version.id}
      data-reason={version.reason}
      data-fresh={props.fresh === version.id ? 'true' : undefined}
      aria-labelledby={titleId}
    >
      <time className="history-time" dateTime={new Date(version.createdAt).toISOString()}>
        {time}
      </time>
      <div className="history-item-main">
        <span id={titleId} className="history-item-title">
          <span className="visually-hidden">{`${time}, `}</span>
          {title}
        </span>
        <span className="history-item-meta">
          <span className={`history-reason reason-${version.reason}`}>
            {t(`reason.${version.reason}`)}
          </span>
          <span>{t('item.by', { author })}</span>
        </span>
      </div>
      <div className="history-item-actions">
        <button
          type="button"
          className="history-ghost"
          data-action="view"
          aria-label={t('view.hint', { title })}
          onClick={() => props.onView(version)}
        >
          <EyeIcon />
          <span aria-hidden="true">{t('view')}</span>
        </button>
        <button
          type="button"
          className="history-ghost"
          data-action="restore"
          aria-label={t('restore.hint', { title })}
          onClick={() => props.onRestore(version)}
        >
          <RestoreIcon />
          <span aria-hidden="true">{t('restore')}</span>
        </button>
      </div>
    </li>
  )
}

/** The board's versions, newest first, under a heading per day. */
export function VersionList(props: Props) {
  const { versions, language, t } = props
  const headingId = useId()
  if (versions.length === 0) return <p className="history-empty">{t('list.empty')}</p>
  return (
    <div className="history-days">
      {versionDays(versions, language, t).map((day) => (
        <section key={day.key} className="history-day" aria-labelledby={`${headingId}-${day.key}`}>
          <h4 id={`${headingId}-${day.key}`} className="history-day-heading">
            {day.label}
          </h4>
          <ol className="history-items">
            {day.versions.map((version) => (
              <VersionItem key={version.id} {...props} version={version} />
            ))}
          </ol>
        </section>
      ))}
    </div>
  )
}
