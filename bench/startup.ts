/**
 * Start-up of dist/index.js on the paths most runs take in a busy repository, each decided from
 * the payload alone: an issue comment that is not a command, and a review comment that is not a
 * reply in a question thread. Compared with `node -e 0`.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { ACTION_BUNDLE } from '../__tests__/support/action-runner.js'

export interface StartupFigure {
  nodeMs: number
  actionMs: number
  ratio: number
}

/** The event of each light path, as little of it as the action reads. */
const LIGHT_PATHS = {
  issue_comment: {
    action: 'created',
    comment: { id: 1, body: 'Thanks!', user: { login: 'maria', type: 'User' } },
    issue: { number: 1 },
  },
  pull_request_review_comment: {
    action: 'created',
    comment: { id: 2, body: 'Nit.', path: 'src/app.py', user: { login: 'maria', type: 'User' } },
    pull_request: { number: 1, head: { sha: 'a'.repeat(40) } },
  },
} as const

export function benchStartup(
  node: string,
  eventName: keyof typeof LIGHT_PATHS = 'issue_comment',
  runs = 15,
): StartupFigure {
  const dir = mkdtempSync(join(tmpdir(), 'tech-design-startup-'))
  try {
    const event = join(dir, 'event.json')
    writeFileSync(event, JSON.stringify(LIGHT_PATHS[eventName]))
    writeFileSync(join(dir, 'output'), '')
    const env = {
      PATH: process.env.PATH ?? '',
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    }
    const time = (args: string[]) => {
      const samples: number[] = []
      for (let i = 0; i < runs + 2; i++) {
        const start = performance.now()
        execFileSync(node, args, { env, stdio: 'ignore' })
        if (i >= 2) samples.push(performance.now() - start)
      }
      samples.sort((a, b) => a - b)
      return samples[Math.floor(samples.length / 2)]!
    }
    const nodeMs = time(['-e', '0'])
    const actionMs = time([ACTION_BUNDLE])
    return {
      nodeMs: Math.round(nodeMs),
      actionMs: Math.round(actionMs),
      ratio: Math.round((actionMs / nodeMs) * 100) / 100,
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
