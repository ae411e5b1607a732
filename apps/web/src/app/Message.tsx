import { LanguageSwitcher } from '../i18n/LanguageSwitcher.js'

/** A full-page message: a link without access, a refused token, an unknown page. */
export function Message({ title, body }: { title: string; body?: string }) {
  return (
    <main className="message-page">
      <div className="message-card">
        <span className="brand-mark large" aria-hidden="true" />
        <h1>{title}</h1>
        {body && <p>{body}</p>}
        <LanguageSwitcher />
      </div>
    </main>
  )
}
