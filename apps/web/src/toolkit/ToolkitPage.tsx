import { useCallback, useEffect, useState } from 'react'
import type { ReactNode } from 'react'
import { Message } from '../app/Message.js'
import { takeToken } from '../app/token.js'
import { LanguageSwitcher } from '../i18n/LanguageSwitcher.js'
import { directionOf } from '../i18n/language.js'
import type { Language } from '../i18n/language.js'
import { readClaims } from '../sync/me.js'
import { useToolkitText } from './strings.js'
import type { ToolkitText } from './strings.js'
import { partsOf } from './types.js'
import type { ToolkitBlock, ToolkitOutline } from './types.js'
import '../printable/printable.css'
import './toolkit.css'

/** Where the toolkit page's token is kept in the tab, beside the boards' own. */
export const TOOLKIT_KEY = 'toolkit'

type Load =
  { status: 'loading' } | { status: 'ready'; outline: ToolkitOutline } | { status: 'failed' }

/**
 * The printable methodology toolkit (Deliverable 1): public at `/toolkit`, and at
 * `/w/<workshop>/toolkit#token=<facilitator token>` with the workshop's provisional participant
 * list. The contents come from `GET /api/toolkit.json` (or the workshop's), written by the same
 * sections as the Word toolkit; laid out for A4, each part from the top of a page, with blank
 * grids and matrices tall enough to write in.
 */
export default function ToolkitPage({ workshop }: { workshop?: string }) {
  const { t, language } = useToolkitText()
  const [token] = useState(() =>
    workshop
      ? takeToken(workshop, TOOLKIT_KEY, {
          location: window.location,
          history: window.history,
          storage: window.sessionStorage,
        })
      : undefined,
  )
  const facilitator = token !== undefined && readClaims(token)?.role === 'facilitator'
  const [load, setLoad] = useState<Load>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  const retry = useCallback(() => setAttempt((n) => n + 1), [])

  useEffect(() => {
    if (workshop && !facilitator) return
    let live = true
    setLoad({ status: 'loading' })
    const url = workshop
      ? `/api/workshops/${workshop}/toolkit.json?lang=${language}`
      : `/api/toolkit.json?lang=${language}`
    fetch(url, token ? { headers: { authorization: `Bearer ${token}` } } : {})
      .then(async (response) => {
        if (!response.ok) throw new Error(`toolkit: ${response.status}`)
        const outline = (await response.json()) as ToolkitOutline
        if (live) setLoad({ status: 'ready', outline })
      })
      .catch(() => {
        if (live) setLoad({ status: 'failed' })
      })
    return () => {
      live = false
    }
  }, [workshop, facilitator, token, language, attempt])

  useEffect(() => {
    if (load.status === 'ready') document.title = load.outline.title
  }, [load])

  if (workshop && !facilitator) {
    return (
      <div className="toolkit-page printable" data-toolkit-failed="notAllowed">
        <p role="alert">{t('notAllowed')}</p>
        <a className="toolkit-button" href="/toolkit">
          {t('publicLink')}
        </a>
      </div>
    )
  }
  if (load.status === 'loading') return <Message title={t('title')} body={t('loading')} />
  if (load.status === 'failed') {
    return (
      <div className="toolkit-page printable" data-toolkit-failed="failed">
        <p role="alert">{t('failed')}</p>
        <button type="button" className="toolkit-button" onClick={retry}>
          {t('retry')}
        </button>
      </div>
    )
  }
  return <ToolkitView outline={load.outline} t={t} language={language} withList={!!workshop} />
}

/** A CSS string literal, so a title cannot end the `content:` it is written in. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ')}"`
}

/** The printed page: A4, the toolkit's title above and the page number below. */
function PrintFrame({ title }: { title: string }) {
  const css = `@page { size: A4; margin: 18mm 15mm 16mm;
  @top-center { content: ${cssString(title)}; font: 9pt system-ui, sans-serif; color: #555; }
  @bottom-center { content: counter(page) " / " counter(pages); direction: ltr; font: 9pt system-ui, sans-serif; color: #555; } }`
  return <style>{css}</style>
}

function ToolkitView({
  outline,
  t,
  language,
  withList,
}: {
  outline: ToolkitOutline
  t: ToolkitText
  language: Language
  withList: boolean
}) {
  const [cover, ...parts] = partsOf(outline.blocks)
  const colon = language === 'fr' ? ' : ' : ': '
  const contents = (
    <ol>
      {parts.map((part, index) => (
        <li key={index}>
          <a href={`#part-${index + 1}`}>{part.heading}</a>
        </li>
      ))}
    </ol>
  )
  return (
    <div
      className="toolkit-page printable"
      dir={directionOf(language)}
      lang={language}
      data-ready="true"
    >
      <PrintFrame title={outline.title} />
      <div className="toolkit-chrome printable-chrome">
        <button type="button" className="toolkit-button" onClick={() => window.print()}>
          {t('print')}
        </button>
        <LanguageSwitcher />
      </div>
      <header className="toolkit-cover">
        <Blocks blocks={cover?.blocks ?? []} colon={colon} contents={contents} />
        {withList && <p className="printable-muted">{t('withList')}</p>}
      </header>
      {parts.map((part, index) => (
        <section
          key={index}
          className="toolkit-part printable-part"
          id={`part-${index + 1}`}
          aria-labelledby={`part-${index + 1}-heading`}
        >
          <h2 id={`part-${index + 1}-heading`} dir="auto">
            {part.heading}
          </h2>
          <Blocks blocks={part.blocks} colon={colon} contents={contents} />
        </section>
      ))}
    </div>
  )
}

/** Blocks in order; consecutive bullets make one list. */
function Blocks({
  blocks,
  colon,
  contents,
}: {
  blocks: readonly ToolkitBlock[]
  colon: string
  contents: ReactNode
}) {
  const out: ReactNode[] = []
  let bullets: string[] = []
  const endList = () => {
    if (bullets.length === 0) return
    out.push(
      <ul key={`list-${out.length}`}>
        {bullets.map((text, index) => (
          <li key={index} dir="auto">
            {text}
          </li>
        ))}
      </ul>,
    )
    bullets = []
  }
  blocks.forEach((block, index) => {
    if (block.kind === 'bullet') {
      bullets.push(block.text)
      return
    }
    endList()
    out.push(<Block key={index} block={block} colon={colon} contents={contents} />)
  })
  endList()
  return <>{out}</>
}

function Block({
  block,
  colon,
  contents,
}: {
  block: Exclude<ToolkitBlock, { kind: 'bullet' }>
  colon: string
  contents: ReactNode
}) {
  switch (block.kind) {
    case 'heading':
      if (block.level === 0) return <h1 dir="auto">{block.text}</h1>
      if (block.level === 2) return <h3 dir="auto">{block.text}</h3>
      return <h4 dir="auto">{block.text}</h4>
    case 'text':
      return <p dir="auto">{block.bold ? <strong>{block.text}</strong> : block.text}</p>
    case 'field':
      return (
        <p className="toolkit-field" dir="auto">
          <strong>{block.label}</strong>
          {colon}
          {block.value}
        </p>
      )
    case 'contents':
      return (
        <nav className="toolkit-contents printable-contents" aria-labelledby="toolkit-contents">
          <h2 id="toolkit-contents">{block.title}</h2>
          {contents}
        </nav>
      )
    case 'table':
      return <ToolkitTable block={block} />
  }
}

function ToolkitTable({ block }: { block: Extract<ToolkitBlock, { kind: 'table' }> }) {
  const classes = ['toolkit-table']
  if (block.matrix) classes.push('toolkit-matrix')
  else if (block.tall) classes.push('toolkit-tall')
  // An empty grid to fill in by hand: columns of equal width, none squeezed by its header.
  if (block.rows.length === 0 && block.blankRows > 0) classes.push('toolkit-grid')
  return (
    <table className={classes.join(' ')}>
      <thead>
        <tr>
          {block.header.map((cell, index) => (
            <th key={index} scope="col" dir="auto">
              {cell}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {block.rows.map((row, at) => (
          <tr key={at}>
            {row.map((cell, index) =>
              block.matrix && index === 0 ? (
                <th key={index} scope="row" dir="auto">
                  {cell}
                </th>
              ) : (
                <td key={index} dir="auto">
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
        {Array.from({ length: block.blankRows }, (_, at) => (
          <tr key={`blank-${at}`} className="toolkit-blank">
            {block.header.map((_, index) => (
              <td key={index} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
