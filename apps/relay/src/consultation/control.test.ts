import { describe, expect, it } from 'vitest'
import { readControl, runningFor } from '@atelier/model'
import type { Control } from '@atelier/model'
import { getSessionTemplate } from '@atelier/toolkit'
import * as Y from 'yjs'
import { ControlRefusal, patchFor } from './control.js'

const template = getSessionTemplate('governance')!
const T0 = Date.UTC(2026, 10, 29, 9, 0)
const idle: Control = readControl(new Y.Doc())
const running = (ms: number): Control => ({ ...idle, timer: runningFor(T0, ms) })

describe('patchFor', () => {
  it('starts a phase with the countdown its agenda gives', () => {
    const phase = template.agenda[1]!
    expect(patchFor({ action: 'phase', phaseId: phase.id }, idle, template, T0)).toEqual({
      session: 'governance',
      phase: { id: phase.id, index: 1, startedAt: T0 },
      timer: {
        state: 'running',
        endsAt: T0 + phase.minutes * 60_000,
        durationMs: phase.minutes * 60_000,
      },
    })
  })

  it('adds or takes time from a running or paused countdown, never below zero', () => {
    const more = patchFor({ action: 'addTime', ms: 60_000 }, running(600_000), template, T0)
    expect(more.timer).toEqual({ state: 'running', endsAt: T0 + 660_000, durationMs: 660_000 })
    const less = patchFor(
      { action: 'addTime', ms: -3_600_000 },
      running(600_000),
      template,
      T0 + 1000,
    )
    expect(less.timer).toMatchObject({ state: 'running', endsAt: T0 + 1000, durationMs: 0 })
    const paused: Control = {
      ...idle,
      timer: { state: 'paused', remainingMs: 30_000, durationMs: 600_000 },
    }
    expect(patchFor({ action: 'addTime', ms: -60_000 }, paused, template, T0).timer).toEqual({
      state: 'paused',
      remainingMs: 0,
      durationMs: 540_000,
    })
  })

  it('opens the next voting round with the budget asked, else the phase’s votes, else 3', () => {
    const voteIndex = template.agenda.findIndex((phase) => phase.votes !== undefined)
    const fivePerPhase = {
      ...template,
      agenda: template.agenda.map((phase, index) =>
        index === voteIndex ? { ...phase, votes: 5 } : phase,
      ),
    }
    const inVotePhase: Control = {
      ...idle,
      phase: { id: template.agenda[voteIndex]!.id, index: voteIndex, startedAt: T0 },
      ballot: { round: 2, budget: 3 },
      voting: 'closed',
    }
    const open = (budget?: number) => ({
      action: 'voting' as const,
      state: 'open' as const,
      budget,
    })
    expect(patchFor(open(7), inVotePhase, fivePerPhase, T0)).toEqual({
      voting: 'open',
      ballot: { round: 3, budget: 7 },
    })
    expect(patchFor(open(), inVotePhase, fivePerPhase, T0).ballot).toEqual({ round: 3, budget: 5 })
    expect(patchFor(open(), idle, fivePerPhase, T0).ballot).toEqual({ round: 1, budget: 3 })
    expect(() =>
      patchFor({ action: 'voting', state: 'closed' }, inVotePhase, template, T0),
    ).toThrow(ControlRefusal)
  })

  it('refuses a phase the agenda lacks and a countdown that has not started', () => {
    expect(() => patchFor({ action: 'phase', phaseId: 'nope' }, idle, template, T0)).toThrow(
      ControlRefusal,
    )
    for (const action of ['pause', 'resume'] as const) {
      expect(() => patchFor({ action }, idle, template, T0)).toThrow(ControlRefusal)
    }
  })
})
