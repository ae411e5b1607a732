/**
 * A benchmark's client process (`clients.ts`, `scale/clients.ts`) as its orchestrator sees it:
 * spawned pinned to its core, spoken to over IPC with the messages below.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { ROOT } from './servers.js'

const REPORT_TIMEOUT_MS = 120_000

/** Orchestrator -> client process: the benchmark's own `start`, then `measure` and `stop`. */
export type ClientCommand<Start extends { readonly type: 'start' }> =
  Start | { readonly type: 'measure' } | { readonly type: 'stop' }

/** Client process -> orchestrator; `Observed` is what the benchmark's readers saw. */
export type ClientReport<Observed> =
  | { readonly type: 'connected'; readonly connectSeconds: number; readonly connections: number }
  | { readonly type: 'observed'; readonly observed: Observed }
  | { readonly type: 'failed'; readonly message: string }

type ReportOf<Observed, T extends ClientReport<Observed>['type']> = Extract<
  ClientReport<Observed>,
  { type: T }
>

/** The client process running `entry`, pinned by the `taskset` prefix `pin`, spoken to over IPC. */
export class ClientProcess<Start extends { readonly type: 'start' }, Observed> {
  private readonly child: ChildProcess
  private readonly reports: ClientReport<Observed>[] = []
  private wake: (() => void) | undefined
  private exit: string | undefined

  constructor(entry: string, pin: readonly string[]) {
    const [command, ...args] = [
      ...pin,
      process.execPath,
      '--conditions=source',
      '--import',
      'tsx',
      entry,
    ]
    this.child = spawn(command as string, args, {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
    this.child.on('message', (report: ClientReport<Observed>) => {
      this.reports.push(report)
      this.wake?.()
    })
    // A send racing the process's end: the next report or send says so.
    this.child.on('error', (error) => {
      this.exit ??= `client process: ${error.message}`
      this.wake?.()
    })
    this.child.once('exit', (code, signal) => {
      this.exit = `client process exited (${code ?? signal})`
      this.wake?.()
    })
  }

  get pid(): number {
    return this.child.pid ?? -1
  }

  send(command: ClientCommand<Start>): void {
    if (!this.child.connected) throw new Error(this.exit ?? 'the client process is gone')
    this.child.send(command)
  }

  /** The next report of type `type`; throws on a failure report, an exit or a 2-minute silence. */
  async next<T extends ClientReport<Observed>['type']>(type: T): Promise<ReportOf<Observed, T>> {
    const deadline = Date.now() + REPORT_TIMEOUT_MS
    for (;;) {
      const report = this.reports.shift()
      if (report?.type === 'failed') throw new Error(`clients: ${report.message}`)
      if (report?.type === type) return report as ReportOf<Observed, T>
      if (report) continue
      if (this.exit) throw new Error(this.exit)
      if (Date.now() > deadline) throw new Error(`clients did not report "${type}" in time`)
      await new Promise<void>((done) => {
        this.wake = done
        setTimeout(done, 1000)
      })
    }
  }

  async stop(): Promise<Observed> {
    this.send({ type: 'stop' })
    return (await this.next('observed')).observed
  }

  /** Lets the process leave on its own (it closes its sockets), or kills it after 5 s. */
  async close(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return
    const exited = new Promise((done) => this.child.once('exit', done))
    if (this.child.connected) this.child.disconnect()
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000)
    await exited
    clearTimeout(timer)
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms))
}
