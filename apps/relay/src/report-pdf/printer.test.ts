import { existsSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PdfPrinter, PrintRefusalKind } from './printer.js'

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Pages that get ready at once, never, or show that they failed. */
const PAGES: Record<string, string> = {
  '/ready': `<main class="done">Rapport de consultation</main>`,
  '/never': `<main>Toujours en train de charger</main>`,
  '/failed': `<p data-failed>Le rapport n’a pas pu être chargé</p>`,
}

let server: Server
let origin = ''
/** When each page was asked for, in order. */
const requested: Array<{ path: string; at: number }> = []

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = (request.url ?? '').split('?')[0] ?? ''
    requested.push({ path: request.url ?? '', at: Date.now() })
    const page = PAGES[path]
    response.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' })
    response.end(page ? `<!doctype html><meta charset="utf-8">${page}` : 'not found')
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((done) => server.close(() => done())))

function job(path: string) {
  return { url: `${origin}${path}`, language: 'ar', ready: '.done', failed: '[data-failed]' }
}

describe.skipIf(!existsSync(CHROMIUM_PATH))('the PDF printer', () => {
  it('prints a page once it is ready, and refuses what it cannot print', async () => {
    const printer = new PdfPrinter({ chromiumPath: CHROMIUM_PATH, timeoutMs: 3000, maxWaiting: 2 })
    try {
      const pdf = await printer.print(job('/ready'))
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')

      await expect(printer.print(job('/failed'))).rejects.toMatchObject({
        code: PrintRefusalKind.FAILED.code,
        message: expect.stringContaining('n’a pas pu être chargé'),
      })
      await expect(printer.print(job('/never'))).rejects.toMatchObject({
        code: PrintRefusalKind.TIMEOUT.code,
        statusCode: 504,
      })
      // Still printing after a timeout: the browser was not harmed by it.
      expect((await printer.print(job('/ready'))).length).toBeGreaterThan(500)
    } finally {
      await printer.close()
    }
  }, 60_000)

  it('prints one page at a time, and refuses as busy past the prints it lets wait', async () => {
    const printer = new PdfPrinter({
      chromiumPath: CHROMIUM_PATH,
      timeoutMs: 20_000,
      maxWaiting: 2,
    })
    try {
      let firstDone = Infinity
      const first = printer.print(job('/ready?first')).then((pdf) => {
        firstDone = Date.now()
        return pdf
      })
      const second = printer.print(job('/ready?second'))
      await expect(printer.print(job('/ready'))).rejects.toMatchObject({
        code: PrintRefusalKind.BUSY.code,
        statusCode: 503,
      })
      const done = await Promise.all([first, second])
      expect(done.map((pdf) => pdf.subarray(0, 5).toString('latin1'))).toEqual(['%PDF-', '%PDF-'])
      // The second page was opened only once the first was printed.
      const secondAsked = requested.find((entry) => entry.path === '/ready?second')!.at
      expect(secondAsked).toBeGreaterThanOrEqual(firstDone)
    } finally {
      await printer.close()
    }
  }, 60_000)

  it('says where Chromium was looked for when it is missing, and prints nothing once closed', async () => {
    const missing = new PdfPrinter({
      chromiumPath: '/nonexistent/chromium',
      timeoutMs: 1000,
      maxWaiting: 2,
    })
    await expect(missing.print(job('/ready'))).rejects.toMatchObject({
      code: PrintRefusalKind.NO_BROWSER.code,
      message: expect.stringContaining('/nonexistent/chromium'),
    })
    await missing.close()
    await expect(missing.print(job('/ready'))).rejects.toMatchObject({
      code: PrintRefusalKind.NO_BROWSER.code,
    })
  })
})
