/**
 * The supported Node versions are the maintained ones, 22 and 24, and the bundle is tested on
 * both: package.json's engines, the runtime in action.yml, the CI matrix and the binaries the
 * end-to-end tests run must agree.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { nodeRuntimes, OLDEST_SUPPORTED_NODE } from '../support/node-runtimes.js'

const read = (path: string): string =>
  readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')
const SUPPORTED = [OLDEST_SUPPORTED_NODE, 24]

describe('supported Node versions', () => {
  it('are the ones package.json, action.yml, .node-version and the CI matrix name', () => {
    const pkg = JSON.parse(read('package.json')) as { engines: { node: string } }
    expect(pkg.engines.node).toBe(`>=${OLDEST_SUPPORTED_NODE}`)
    const action = parse(read('action.yml')) as { runs: { using: string } }
    expect(action.runs.using).toBe('node24')
    expect(read('.node-version').trim()).toBe('24')
    const ci = parse(read('.github/workflows/ci.yml')) as {
      jobs: { ci: { strategy: { matrix: { node: number[] } } } }
    }
    expect(ci.jobs.ci.strategy.matrix.node).toEqual(SUPPORTED)
  })

  it('leave out any Node older than the oldest supported one', () => {
    expect(nodeRuntimes().every(({ major }) => major >= OLDEST_SUPPORTED_NODE)).toBe(true)
    expect(nodeRuntimes().map(({ major }) => major)).toContain(24)
  })

  // Locally only the Node versions installed are found; CI (.ci/run) provides both.
  ;(process.env.CI ? it : it.skip)(
    'are each a runtime the end-to-end tests run the bundle on (under CI)',
    () => {
      expect(nodeRuntimes().map(({ major }) => major)).toEqual(SUPPORTED)
    },
  )
})
