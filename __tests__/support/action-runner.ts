/**
 * Runs the committed bundle, dist/index.js, the way the Actions runner does: a child process with
 * the GITHUB_* variables, INPUT_* variables (hyphens kept), and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'
import { actionsEnv, type FakeGitHub } from '../fakes/github-server.js'

export const ACTION_BUNDLE = fileURLToPath(new URL('../../dist/index.js', import.meta.url))

export interface ActionRun {
  code: number
  /** What the log shows: the runner consumes `::add-mask::` commands. */
  stdout: string
  /** The process's stdout as written, commands included. */
  rawStdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** Everything the run produced that a person or a log could see. */
  everything: string
}

export interface RunActionOptions {
  node: string
  github: FakeGitHub
  anthropicUrl: string
  eventName: string
  payload: Record<string, unknown>
  /** Inputs by their action.yml names, e.g. `{ 'anthropic-api-key': '…' }`. */
  inputs: Record<string, string>
  env?: Record<string, string>
}

export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const dir = await mkdtemp(join(tmpdir(), 'tech-design-run-'))
  try {
    const eventPath = join(dir, 'event.json')
    const outputPath = join(dir, 'output')
    const summaryPath = join(dir, 'summary.md')
    await writeFile(outputPath, '')
    await writeFile(summaryPath, '')
    const env = await runnerEnvironment(options, { dir, eventPath, outputPath, summaryPath })
    const { code, stdout, stderr } = await new Promise<{
      code: number
      stdout: string
      stderr: string
    }>((resolve) => {
      execFile(
        options.node,
        [ACTION_BUNDLE],
        { env, cwd: dir, timeout: 60_000 },
        (error, stdout, stderr) => {
          const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
          resolve({ code, stdout, stderr })
        },
      )
    })
    const outputs = parseOutputFile(await readFile(outputPath, 'utf8'))
    const summary = await readFile(summaryPath, 'utf8')
    // The runner consumes `::add-mask::` commands: they never reach the log.
    const visible = stdout.replace(/^::add-mask::.*$/gm, '')
    return {
      code,
      stdout: visible,
      rawStdout: stdout,
      stderr,
      outputs,
      summary,
      everything: [visible, stderr, summary, JSON.stringify(outputs)].join('\n'),
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** The files a run reads and writes, in its own folder. */
export interface RunFiles {
  dir: string
  eventPath: string
  outputPath: string
  summaryPath: string
}

/**
 * The environment the runner gives the action's step: the GITHUB_* variables for the fake, the
 * run's files, the fake model's address, and every input as INPUT_* (hyphens kept): first each
 * default of action.yml, then the workflow's `with:` values.
 */
export async function runnerEnvironment(
  options: Pick<
    RunActionOptions,
    'github' | 'anthropicUrl' | 'eventName' | 'payload' | 'inputs' | 'env'
  >,
  files: RunFiles,
): Promise<Record<string, string>> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: files.dir,
    ...actionsEnv(options.github, {
      eventName: options.eventName,
      payload: options.payload,
      eventPath: files.eventPath,
    }),
    GITHUB_OUTPUT: files.outputPath,
    GITHUB_STEP_SUMMARY: files.summaryPath,
    RUNNER_TEMP: files.dir,
    ANTHROPIC_BASE_URL: options.anthropicUrl,
    ...options.env,
  }
  const token = options.inputs['github-token'] ?? ''
  for (const [name, value] of Object.entries({
    ...(await actionDefaults(token)),
    ...options.inputs,
  })) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  return env
}

/** The defaults in action.yml, with `${{ github.token }}` standing for the given token. */
export async function actionDefaults(token: string): Promise<Record<string, string>> {
  const metadata = parseYaml(
    await readFile(new URL('../../action.yml', import.meta.url), 'utf8'),
  ) as {
    inputs: Record<string, { default?: string }>
  }
  const defaults: Record<string, string> = {}
  for (const [name, input] of Object.entries(metadata.inputs)) {
    if (input.default !== undefined)
      defaults[name] = input.default.replace('${{ github.token }}', token)
  }
  return defaults
}

/** The runner's GITHUB_OUTPUT format: `name<<DELIMITER\nvalue\nDELIMITER`. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '')
    if (heredoc) {
      const [, name, delimiter] = heredoc
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '')
      outputs[name as string] = value.join('\n')
    } else {
      const simple = /^([^=]+)=(.*)$/.exec(lines[i] ?? '')
      if (simple) outputs[simple[1] as string] = simple[2] ?? ''
    }
  }
  return outputs
}
