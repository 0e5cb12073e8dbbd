/**
 * GitHub or the model cannot be reached, end to end: the committed bundle in a child process,
 * with GitHub's API or the model's endpoint at a closed loopback port, or with no host name
 * resolving (a preload answers every lookup with ENOTFOUND, so no lookup leaves the machine, and
 * the names are under `.invalid` besides). The failure names the host and the cause, says what to
 * do, and is not called a server error. (That the retries are few, and not retried again by
 * plugin-retry, the adapter tests count: __tests__/adapters/*-network.test.ts.)
 */
import { beforeEach, describe, expect, it } from '@jest/globals'
import type { FakeAnthropic } from '../fakes/anthropic-server.js'
import type { FakeGitHub } from '../fakes/github-server.js'
import { closedPort } from '../adapters/network-fixtures.js'
import type { ActionRun } from '../support/action-runner.js'
import { BRANCH, DESIGN_PATH, REPO, useEndToEnd } from '../support/e2e-harness.js'
import { nodeRuntimes } from '../support/node-runtimes.js'

const TOKEN = 'ghs_networkToken0123456789abcdefghijkl'
const API_KEY = 'sk-ant-api03-network-0123456789abcdefg'
/** Makes every host name lookup in the child fail with ENOTFOUND (IP addresses still work). */
const NO_DNS = `--import ${new URL('../support/unresolvable-dns.mjs', import.meta.url).href}`
const runtimes = nodeRuntimes()

const e2e = useEndToEnd({ token: TOKEN, apiKey: API_KEY, check: { kind: 'invariants-after-test' } })
let github: FakeGitHub
let anthropic: FakeAnthropic
beforeEach(() => {
  ;({ github, anthropic } = e2e)
})

const arrange = () => e2e.openPullRequest()
const onPullRequest = e2e.onPullRequest

/** The step failed with this reason in the log (`::error::`) and in the job summary. */
function expectFailedWith(run: ActionRun, reason: RegExp, words: string[]): void {
  expect(run.code).toBe(1)
  expect(run.outputs.result).toBe('failed')
  const error = run.stdout.split('\n').find((line) => line.startsWith('::error::')) ?? ''
  expect(error).toMatch(reason)
  for (const word of words) expect(run.summary).toContain(word)
  // Only an HTTP 5xx answer is a server error; none came.
  expect(run.everything).not.toMatch(/\(500\)|server error/)
}

function expectNothingWritten(number: number): void {
  expect(github.textAt(REPO, BRANCH, DESIGN_PATH)).toBeUndefined()
  expect(github.reviews(REPO, number)).toHaveLength(0)
}

describe('GitHub cannot be reached', () => {
  it('at a closed port: names 127.0.0.1:PORT and the refused connection', async () => {
    const number = arrange()
    const port = await closedPort()
    const api = `http://127.0.0.1:${port}`
    const run = await onPullRequest(number, {
      env: { GITHUB_API_URL: api, GITHUB_GRAPHQL_URL: `${api}/graphql` },
    })
    expectFailedWith(
      run,
      new RegExp(
        `GitHub's API at 127\\.0\\.0\\.1:${port} could not be reached after 3 attempts: ` +
          `the connection to 127\\.0\\.0\\.1:${port} was refused \\(ECONNREFUSED\\)\\. Check GITHUB_API_URL`,
      ),
      [`127.0.0.1:${port}`, 'refused'],
    )
    expect(github.requests).toHaveLength(0)
    expect(anthropic.requests).toHaveLength(0)
  })

  it.each(runtimes.map((r) => [r.label, r.path]))(
    'when no name resolves (%s): says the name did not resolve, naming the host',
    async (_label, node) => {
      const number = arrange()
      const port = new URL(github.url).port
      const api = `http://api.github.invalid:${port}`
      const run = await onPullRequest(number, {
        node,
        env: { GITHUB_API_URL: api, GITHUB_GRAPHQL_URL: `${api}/graphql`, NODE_OPTIONS: NO_DNS },
      })
      expectFailedWith(
        run,
        new RegExp(
          `GitHub's API at api\\.github\\.invalid:${port} could not be reached after 2 attempts: ` +
            "its name did not resolve \\(DNS lookup failed: ENOTFOUND\\)\\. Check the runner's network and DNS",
        ),
        [`api.github.invalid:${port}`, 'did not resolve'],
      )
      expect(github.requests).toHaveLength(0)
    },
  )
})

describe('the model cannot be reached', () => {
  it('at a closed port: names 127.0.0.1:PORT and the refused connection; nothing is written', async () => {
    const number = arrange()
    const port = await closedPort()
    const run = await onPullRequest(number, { anthropicUrl: `http://127.0.0.1:${port}` })
    expectFailedWith(
      run,
      new RegExp(
        `Could not reach the Anthropic API at 127\\.0\\.0\\.1:${port} after 3 attempts: ` +
          `the connection to 127\\.0\\.0\\.1:${port} was refused \\(ECONNREFUSED\\)\\.`,
      ),
      [`127.0.0.1:${port}`, 'refused'],
    )
    expectNothingWritten(number)
  })

  it.each(runtimes.map((r) => [r.label, r.path]))(
    'when no name resolves (%s): says the name did not resolve; GitHub on 127.0.0.1 still works',
    async (_label, node) => {
      const number = arrange()
      const port = new URL(anthropic.url).port
      const run = await onPullRequest(number, {
        node,
        anthropicUrl: `http://api.anthropic.invalid:${port}`,
        env: { NODE_OPTIONS: NO_DNS },
      })
      expectFailedWith(
        run,
        new RegExp(
          `Could not reach the Anthropic API at api\\.anthropic\\.invalid:${port} after 2 attempts: ` +
            "its name did not resolve \\(DNS lookup failed: ENOTFOUND\\)\\. Check the runner's network and DNS",
        ),
        [`api.anthropic.invalid:${port}`, 'did not resolve'],
      )
      // The run read the pull request from GitHub, and never reached the model.
      expect(github.requests.length).toBeGreaterThan(0)
      expect(anthropic.requests).toHaveLength(0)
      expectNothingWritten(number)
    },
  )
})
