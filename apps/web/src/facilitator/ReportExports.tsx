import { useId, useState } from 'react'
import { LANGUAGES, LANGUAGE_NAMES } from '../i18n/language.js'
import type { Language } from '../i18n/language.js'
import { useReportText } from '../report/strings.js'
import '../report/exports.css'

const FORMATS = ['md', 'docx', 'xlsx', 'pdf'] as const
type Format = (typeof FORMATS)[number]

/**
 * The console's report card: downloads the consultation report (`GET …/report.<format>`,
 * docs/protocol.md "Reports") as Markdown, DOCX, XLSX or PDF in the language chosen, with the
 * facilitator's token as a Bearer header, and links to the printable report page.
 */
export function ReportExports({ workshop, token }: { workshop: string; token: string }) {
  const { t, language } = useReportText()
  const [lang, setLang] = useState<Language>(language)
  const [busy, setBusy] = useState<Format | undefined>()
  const [failed, setFailed] = useState(false)
  const selectId = useId()

  async function download(format: Format) {
    setBusy(format)
    setFailed(false)
    try {
      const response = await fetch(`/api/workshops/${workshop}/report.${format}?lang=${lang}`, {
        headers: { authorization: `Bearer ${token}` },
      })
      if (!response.ok) throw new Error(`report: ${response.status}`)
      const url = URL.createObjectURL(await response.blob())
      const link = document.createElement('a')
      link.href = url
      link.download = `report-${workshop}-${lang}.${format}`
      document.body.append(link)
      link.click()
      link.remove()
      setTimeout(() => URL.revokeObjectURL(url), 60_000)
    } catch {
      setFailed(true)
    } finally {
      setBusy(undefined)
    }
  }

  return (
    <section className="console-card report-exports" aria-labelledby={`${selectId}-heading`}>
      <h2 id={`${selectId}-heading`}>{t('exports.heading')}</h2>
      <p className="console-muted">{t('exports.intro')}</p>
      <div className="report-exports-row">
        <label htmlFor={selectId}>{t('exports.language')}</label>
        <select
          id={selectId}
          value={lang}
          onChange={(event) => setLang(event.target.value as Language)}
        >
          {LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {LANGUAGE_NAMES[code]}
            </option>
          ))}
        </select>
        {FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            className="console-button"
            data-format={format}
            disabled={busy !== undefined}
            aria-label={t('exports.download', { format: t(`exports.${format}`) })}
            onClick={() => void download(format)}
          >
            {t(`exports.${format}`)}
          </button>
        ))}
        <a
          className="console-button"
          href={`/w/${workshop}/report#token=${token}`}
          target="_blank"
          rel="noopener"
        >
          {t('exports.page')}
        </a>
        <a
          className="console-button"
          href={`/w/${workshop}/toolkit#token=${token}`}
          target="_blank"
          rel="noopener"
        >
          {t('exports.toolkit')}
        </a>
      </div>
      {busy && (
        <p className="console-muted" role="status">
          {t('exports.downloading')}
        </p>
      )}
      {failed && (
        <p className="console-error" role="alert">
          {t('exports.failed')}
        </p>
      )}
    </section>
  )
}
