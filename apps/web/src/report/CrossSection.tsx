import { getSessionTemplate, localize } from '@atelier/toolkit'
import type { Language } from '../i18n/language.js'
import { None, verdictText } from './parts.js'
import type { Label } from './parts.js'
import type { ReportText } from './strings.js'
import type { Report } from './types.js'

/** The cross-sector analysis: recurring themes, recurring priorities, disagreements between sessions. */
export function CrossSection({
  report,
  t,
  language,
  l,
}: {
  report: Report
  t: ReportText
  language: Language
  l: Label
}) {
  const name = (id: string) => {
    const template = getSessionTemplate(id)
    return template ? localize(template.title, language) : id
  }
  const keyText = (key: { kind: 'tag' | 'text'; value: string }) =>
    key.kind === 'tag' ? `#${key.value}` : `“${key.value}”`
  const { themes, priorities, disagreements } = report.crossSector
  const recurring = themes.filter((theme) => theme.sessions.length >= 2)
  return (
    <section className="report-session printable-part" id="cross-sector" data-part="cross-sector">
      <h2>{t('crossSector')}</h2>
      <h3>{t('recurringThemes')}</h3>
      {recurring.length === 0 ? (
        <None t={t} />
      ) : (
        <table className="report-table">
          <thead>
            <tr>
              <th>{t('tags')}</th>
              <th>{t('sessions')}</th>
              <th>{t('votes')}</th>
              <th>{t('level')}</th>
            </tr>
          </thead>
          <tbody>
            {recurring.map((theme) => (
              <tr key={theme.tag}>
                <td dir="auto">#{theme.tag}</td>
                <td>{theme.sessions.map((entry) => name(entry.session)).join(', ')}</td>
                <td className="report-number">
                  {theme.sessions.reduce((sum, entry) => sum + entry.votes, 0)}
                </td>
                <td>
                  {theme.sessions
                    .map(
                      (entry) =>
                        `${name(entry.session)} : ${entry.level ? l(`priority.${entry.level}`) : '—'}`,
                    )
                    .join(' ; ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t('recurringPriorities')}</h3>
      {priorities.length === 0 ? (
        <None t={t} />
      ) : (
        <ul>
          {priorities.map((group) => (
            <li key={`${group.key.kind}:${group.key.value}`}>
              <span dir="auto">{keyText(group.key)}</span>
              <ul>
                {group.entries.map((entry, index) => (
                  <li key={index} dir="auto">
                    {name(entry.session)} — {entry.text} ({verdictText(entry.verdict, t)})
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('disagreements')}</h3>
      {disagreements.length === 0 ? (
        <None t={t} />
      ) : (
        <ul>
          {disagreements.map((item, index) => (
            <li key={index}>
              <strong dir="auto">{keyText(item.key)}</strong> — {t(`disagreement.${item.kind}`)}
              <ul>
                {[...item.for, ...item.against].map((entry, at) => (
                  <li key={at} dir="auto">
                    {name(entry.session)} — {entry.text}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
