import { existsSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { ApiRefusal } from '../errors.js'

/** Why a PDF could not be printed, with its HTTP status. */
export const PrintRefusalKind = {
  /** No Chromium at `CHROMIUM_PATH`, or it would not start. */
  NO_BROWSER: { code: 'ATELIER_ERR_NO_BROWSER', status: 503 },
  /** The relay serves no web app (`apps/web/dist` not built, or `WEB_DIR` wrong). */
  NO_WEB_APP: { code: 'ATELIER_ERR_NO_WEB_APP', status: 503 },
  /** Too many prints already waiting for the one browser. */
  BUSY: { code: 'ATELIER_ERR_PRINT_BUSY', status: 503 },
  /** The page showed an error instead of the report. */
  FAILED: { code: 'ATELIER_ERR_PRINT_FAILED', status: 502 },
  TIMEOUT: { code: 'ATELIER_ERR_PRINT_TIMEOUT', status: 504 },
} as const
export type PrintRefusalKind = (typeof PrintRefusalKind)[keyof typeof PrintRefusalKind]

/** A refusal of the PDF route: nothing was printed. */
export class PrintRefusal extends ApiRefusal<PrintRefusalKind> {}

/** The flags Chromium runs with on a server: no sandbox (containers), no GPU, no calls home. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export interface PrinterOptions {
  readonly chromiumPath: string
  /** How long one print may take, from leaving the queue to the last byte of the PDF. */
  readonly timeoutMs: number
  /** How many prints may wait for the browser before more are refused as busy. */
  readonly maxWaiting: number
}

export interface PrintJob {
  /** The page to print, on the relay's own address, token in the fragment. */
  readonly url: string
  /** The interface language the page is shown in. */
  readonly language: string
  /** A CSS selector the page shows once it is complete (every picture drawn). */
  readonly ready: string
  /** A CSS selector the page shows when it could not load what it prints. */
  readonly failed: string
}

/**
 * Prints web pages to A4 PDFs with one headless Chromium, launched at the first print and
 * closed with the relay. One print at a time: the others wait in line, so a burst of exports
 * never runs several browsers' worth of pages on the relay's machine.
 */
export class PdfPrinter {
  private browser: Promise<Browser> | undefined
  private line: Promise<unknown> = Promise.resolve()
  private waiting = 0
  private closed = false

  constructor(private readonly options: PrinterOptions) {}

  /** Resolves with the PDF's bytes; rejects with a PrintRefusal. */
  print(job: PrintJob): Promise<Buffer> {
    if (this.waiting >= this.options.maxWaiting) {
      return Promise.reject(new PrintRefusal(PrintRefusalKind.BUSY, 'too many prints waiting'))
    }
    this.waiting += 1
    const turn = this.line.then(() => {
      this.waiting -= 1
      return this.printNow(job)
    })
    // The next print waits for this one, whether it worked or not.
    this.line = turn.catch(() => undefined)
    return turn
  }

  async close(): Promise<void> {
    this.closed = true
    const browser = this.browser
    this.browser = undefined
    if (browser) await browser.then((b) => b.close()).catch(() => undefined)
  }

  private launch(): Promise<Browser> {
    if (this.closed) {
      return Promise.reject(new PrintRefusal(PrintRefusalKind.NO_BROWSER, 'the relay is closing'))
    }
    if (this.browser) return this.browser
    const { chromiumPath } = this.options
    if (!existsSync(chromiumPath)) {
      return Promise.reject(
        new PrintRefusal(
          PrintRefusalKind.NO_BROWSER,
          `no Chromium at ${chromiumPath}: install it (apt-get install chromium) or set CHROMIUM_PATH`,
        ),
      )
    }
    // playwright-core loads with the first print: about 300 ms that a relay's start would
    // otherwise pay, for a feature used once or twice a consultation.
    const launched = import('playwright-core').then(({ chromium }) =>
      chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_FLAGS, headless: true }),
    )
    this.browser = launched
    launched.then(
      // A browser that crashed is launched again at the next print.
      (browser) =>
        browser.on('disconnected', () => {
          if (this.browser === launched) this.browser = undefined
        }),
      () => {
        if (this.browser === launched) this.browser = undefined
      },
    )
    return launched.catch((error: unknown) => {
      throw new PrintRefusal(
        PrintRefusalKind.NO_BROWSER,
        `Chromium at ${chromiumPath} did not start: ${(error as Error).message.split('\n')[0]}`,
      )
    })
  }

  private async printNow(job: PrintJob): Promise<Buffer> {
    const browser = await this.launch()
    const context = await browser.newContext({ viewport: { width: 1100, height: 1400 } })
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new PrintRefusal(
              PrintRefusalKind.TIMEOUT,
              `the page was not printed within ${Math.round(this.options.timeoutMs / 1000)} s`,
            ),
          ),
        this.options.timeoutMs,
      )
    })
    try {
      return await Promise.race([timeout, this.render(context, job)])
    } finally {
      clearTimeout(timer)
      await context.close().catch(() => undefined)
    }
  }

  private async render(
    context: Awaited<ReturnType<Browser['newContext']>>,
    job: PrintJob,
  ): Promise<Buffer> {
    // Scripts run in the page, written as text: the relay is compiled without the DOM's types.
    await context.addInitScript(
      `window.localStorage.setItem('atelier:language', ${JSON.stringify(job.language)})`,
    )
    const page = await context.newPage()
    page.setDefaultTimeout(this.options.timeoutMs)
    await page.goto(job.url)
    await page.locator(`${job.ready}, ${job.failed}`).first().waitFor()
    if (await page.locator(job.failed).count()) {
      const why = (await page.locator(job.failed).first().textContent()) ?? ''
      throw new PrintRefusal(PrintRefusalKind.FAILED, `the page could not load: ${why.trim()}`)
    }
    // Every picture decoded and every font loaded, so none prints blank.
    await page.evaluate(
      `Promise.all([document.fonts.ready, ...[...document.images].map((i) => i.decode().catch(() => {}))])`,
    )
    return page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true })
  }
}
