/**
 * Driving the facilitator console and reading the session bar in Chromium, against a real
 * relay: creating a consultation through the relay's API or the console's form, reading a
 * countdown as `mm:ss`, and comparing two screens' countdowns.
 */
import type { Browser, Page } from 'playwright-core'
import { expect } from 'vitest'
import { parseCountdown } from '../../apps/web/src/session/countdown.js'
import { tokenFor, waitFor } from '../helpers/relay.js'
import { newPerson } from './helpers/browser.js'

export const WORKSHOP = 'tanger'

export function facilitatorToken(): Promise<string> {
  return tokenFor({ sub: 'f-salma', name: 'Salma', role: 'facilitator', workshop: WORKSHOP })
}

export function participantToken(sub = 'p-amina', name = 'Amina'): Promise<string> {
  return tokenFor({ sub, name, role: 'participant', workshop: WORKSHOP })
}

/** Calls the relay's consultation API as a script would (for set-up, and to try refusals). */
export async function callApi(
  httpUrl: string,
  token: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${httpUrl}/api/workshops/${WORKSHOP}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

/** Creates the workshop's consultation through the API: the given sessions, `groups` each. */
export async function createConsultation(
  httpUrl: string,
  sessions: string[] = ['governance'],
  groups = 2,
): Promise<void> {
  const created = await callApi(httpUrl, await facilitatorToken(), '/consultation', {
    title: 'Consultations sectorielles — Tanger',
    sessions,
    groups,
    locale: 'fr',
  })
  expect(created.status).toBe(201)
}

/** Opens the console in a new device (context) as the facilitator. */
export async function openConsole(
  browser: Browser,
  httpUrl: string,
  options: { viewport?: { width: number; height: number } } = {},
): Promise<Page> {
  const { page } = await newPerson(browser, {
    viewport: options.viewport ?? { width: 1440, height: 1000 },
  })
  page.setDefaultTimeout(30_000)
  await page.goto(`${httpUrl}/w/${WORKSHOP}/console#token=${await facilitatorToken()}`)
  await page.getByRole('heading', { name: 'Console de l’animation' }).waitFor()
  return page
}

/** Seconds a page's countdown shows (the first `role=timer` inside `scope`, or the page). */
export async function countdownOf(page: Page, scope = 'body'): Promise<number> {
  const text = await page.locator(scope).getByRole('timer').first().textContent({ timeout: 5000 })
  const seconds = parseCountdown(text ?? '')
  if (seconds === undefined) throw new Error(`no countdown in "${text}"`)
  return seconds
}

/**
 * Whether two screens show the same remaining time to within `toleranceS`: `a` is read before
 * and after `b`, so `b` must fall between the two readings of `a`, widened by the tolerance.
 */
export async function countdownsAgree(
  a: () => Promise<number>,
  b: () => Promise<number>,
  toleranceS = 1,
): Promise<{ agree: boolean; readings: number[] }> {
  const before = await a()
  const other = await b()
  const after = await a()
  const agree = other <= before + toleranceS && other >= after - toleranceS
  return { agree, readings: [before, other, after] }
}

/** Waits until two screens' countdowns agree to within a second, and says what they read if not. */
export async function expectCountdownsAgree(
  a: () => Promise<number>,
  b: () => Promise<number>,
  timeoutMs = 15_000,
): Promise<void> {
  let last: number[] = []
  await waitFor(
    async () => {
      const result = await countdownsAgree(a, b)
      last = result.readings
      return result.agree
    },
    timeoutMs,
    () => `countdowns read ${last.join(' / ')} s (first screen, second screen, first again)`,
  )
}
