/**
 * Runs the action's entry, src/main.ts, inside the test process, set up as the runner sets up the
 * bundle (action-runner.ts does the same with a child process): an environment of only the
 * GITHUB_* variables, the INPUT_* variables (action.yml's defaults, then the given inputs;
 * hyphens kept) and the GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files. stdout is captured, and the
 * environment and `process.exitCode` are restored after every run. In-process, so coverage sees
 * the composition root.
 */
import * as core from '@actions/core'
import { afterAll, beforeAll, jest } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { run as runMain } from '../../src/main.js'
import type { FakeGitHub } from '../fakes/github-server.js'
import { parseOutputFile, runnerEnvironment, type ActionRun } from './action-runner.js'

export interface InProcessRunOptions {
  github: FakeGitHub
  /** ANTHROPIC_BASE_URL. */
  anthropicUrl: string
  eventName: string
  payload: Record<string, unknown>
  /** Inputs by their action.yml names, e.g. `{ 'anthropic-api-key': '…' }`. */
  inputs: Record<string, string>
  env?: Record<string, string>
  /** A folder where the job summary file should be, so that writing the summary fails. */
  unwritableSummary?: boolean
}

/**
 * Registers a folder for the run files, made before the suite and removed after it, and returns
 * the function that runs main. One folder for the whole suite: @actions/core remembers the job
 * summary's path from its first write, so every run must write its summary to the same file.
 */
export function useInProcessAction(): (options: InProcessRunOptions) => Promise<ActionRun> {
  let dir: string | undefined
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tech-design-main-'))
  })
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true })
    dir = undefined
  })
  return (options) => {
    if (dir === undefined) throw new Error('useInProcessAction runs main only inside a test')
    return runInProcess(dir, options)
  }
}

async function runInProcess(dir: string, options: InProcessRunOptions): Promise<ActionRun> {
  const outputPath = join(dir, 'output')
  const summaryPath = join(dir, 'summary.md')
  writeFileSync(outputPath, '')
  rmSync(summaryPath, { recursive: true, force: true })
  if (options.unwritableSummary) mkdirSync(summaryPath)
  else writeFileSync(summaryPath, '')
  const env = await runnerEnvironment(options, {
    dir,
    eventPath: join(dir, 'event.json'),
    outputPath,
    summaryPath,
  })

  const saved = { ...process.env }
  const stdout: string[] = []
  const stderr: string[] = []
  const capture =
    (into: string[]) =>
    (chunk: string | Uint8Array): boolean => {
      into.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'))
      return true
    }
  const stdoutSpy = jest.spyOn(process.stdout, 'write').mockImplementation(capture(stdout))
  const stderrSpy = jest.spyOn(process.stderr, 'write').mockImplementation(capture(stderr))
  replaceEnv(env)
  // One summary buffer per process: a run whose write failed leaves its text there.
  core.summary.emptyBuffer()
  let code: number
  try {
    await runMain()
  } finally {
    code = Number(process.exitCode ?? 0)
    // core.setFailed sets it; left at 1, it would fail the jest run.
    process.exitCode = undefined
    replaceEnv(saved)
    stdoutSpy.mockRestore()
    stderrSpy.mockRestore()
  }

  const outputs = parseOutputFile(readFileSync(outputPath, 'utf8'))
  const summary = options.unwritableSummary ? '' : readFileSync(summaryPath, 'utf8')
  const rawStdout = stdout.join('')
  // The runner consumes `::add-mask::` commands: they never reach the log.
  const visible = rawStdout.replace(/^::add-mask::.*$/gm, '')
  const errors = stderr.join('')
  return {
    code,
    stdout: visible,
    rawStdout,
    stderr: errors,
    outputs,
    summary,
    everything: [visible, errors, summary, JSON.stringify(outputs)].join('\n'),
  }
}

/** Makes `process.env` hold exactly these variables (in place: modules keep their reference). */
function replaceEnv(values: Record<string, string | undefined>): void {
  for (const name of Object.keys(process.env)) delete process.env[name]
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined) process.env[name] = value
  }
}
