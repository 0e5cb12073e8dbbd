/**
 * The fault matrix end to end: the committed bundle against the fake GitHub and Anthropic APIs,
 * with one fault at a time. After every scenario: no force push, no OpenAPI violation, no
 * duplicate review or comment, no invalid design on the branch, no secret anywhere.
 */
import { beforeEach, describe, expect, it } from '@jest/globals'
import { readStamp } from '../../src/document/provenance.js'
import type { FakeAnthropic } from '../fakes/anthropic-server.js'
import { pullRequestEvent, type FakeGitHub } from '../fakes/github-server.js'
import type { ActionRun } from '../support/action-runner.js'
import { architect } from '../support/architect.js'
import {
  BRANCH,
  DESIGN_PATH,
  REPO,
  REQUIREMENTS,
  useEndToEnd,
  type PullRequestOptions,
} from '../support/e2e-harness.js'

const TOKEN = 'ghs_faultsToken0123456789abcdefghijkl'
const API_KEY = 'sk-ant-api03-faults-0123456789abcdefg'
const FILES_ROUTE = '/repos/{owner}/{repo}/pulls/{pull_number}/files'

// The invariants hold after every scenario, whatever it arranged.
const e2e = useEndToEnd({
  token: TOKEN,
  apiKey: API_KEY,
  roles: { maria: 'maintain' },
  check: { kind: 'invariants-after-test' },
})
let github: FakeGitHub
let anthropic: FakeAnthropic
let design: string
beforeEach(() => {
  ;({ github, anthropic, design } = e2e)
})

/** A pull request that adds the requirements (or the given files). */
const arrange = (files?: PullRequestOptions['files']): number => e2e.openPullRequest({ files })

const act = e2e.run

const onPullRequest = (number: number, action: 'opened' | 'synchronize' = 'opened') =>
  e2e.onPullRequest(number, { action })

const command = (number: number, body = '/tech-design') => e2e.comment(number, body)

const designOnBranch = () => github.textAt(REPO, BRANCH, DESIGN_PATH)
const designCommits = () =>
  github.commitsOn(REPO, BRANCH).filter((c) => c.author.name === 'github-actions[bot]')

function expectCreated(run: ActionRun, number: number): void {
  expect(run.code).toBe(0)
  expect(run.outputs.result).toBe('created')
  expect(readStamp(designOnBranch()!).body).toBe(design)
  expect(designCommits()).toHaveLength(1)
  expect(github.reviews(REPO, number)).toHaveLength(1)
  expect(github.reviewComments(REPO, number)).toHaveLength(3)
}

function expectNothingCommitted(number: number): void {
  expect(designOnBranch()).toBeUndefined()
  expect(designCommits()).toHaveLength(0)
  expect(github.reviews(REPO, number)).toHaveLength(0)
}

describe('model faults', () => {
  it('waits out a 429 and succeeds', async () => {
    const number = arrange()
    anthropic.enqueue({ status: 429 })
    const run = await onPullRequest(number)
    expectCreated(run, number)
    expect(anthropic.requests).toHaveLength(2)
  })

  it('fails clearly, naming the overload, when 529 outlasts the retries', async () => {
    const number = arrange()
    anthropic.setDefault(() => ({ status: 529 }))
    const run = await onPullRequest(number)
    expect(run.code).toBe(1)
    expect(run.outputs.result).toBe('failed')
    expect(run.stdout).toMatch(/::error::.*overloaded.*529/)
    expect(run.summary).toMatch(/overloaded/)
    // Bounded: the SDK's retries, not a loop.
    expect(anthropic.requests.length).toBeGreaterThan(1)
    expect(anthropic.requests.length).toBeLessThanOrEqual(10)
    expectNothingCommitted(number)
  })

  it.each([500, 502])('retries a %i and succeeds', async (status) => {
    const number = arrange()
    anthropic.enqueue({ status })
    const run = await onPullRequest(number)
    expectCreated(run, number)
    expect(anthropic.requests).toHaveLength(2)
  })

  it('discards a stream broken by an error event and commits only the full design', async () => {
    const number = arrange()
    anthropic.enqueue({ errorEventAfterChars: 600, text: design })
    const run = await onPullRequest(number)
    expectCreated(run, number)
    expect(anthropic.requests).toHaveLength(2)
    // Requirements commit, initial commit and one design commit: the partial text never landed.
    expect(github.commitsOn(REPO, BRANCH)).toHaveLength(3)
  })

  it('fails clearly on max_tokens, naming max-output-tokens, and commits nothing', async () => {
    const number = arrange()
    anthropic.setDefault(() => ({ text: design.slice(0, 2000), stopReason: 'max_tokens' }))
    const run = await onPullRequest(number)
    expect(run.code).toBe(1)
    expect(run.outputs.result).toBe('failed')
    expect(run.stdout).toMatch(/::error::.*max-output-tokens/)
    expectNothingCommitted(number)
  })

  it('fails clearly on a refusal and commits nothing', async () => {
    const number = arrange()
    anthropic.setDefault(() => ({ text: '', stopReason: 'refusal' }))
    const run = await onPullRequest(number)
    expect(run.code).toBe(1)
    expect(run.outputs.result).toBe('failed')
    expect(run.stdout).toMatch(/::error::.*declined/)
    expectNothingCommitted(number)
  })
})

describe('GitHub faults', () => {
  it('retries a read that failed with 502 and succeeds', async () => {
    const number = arrange()
    github.fail({ method: 'GET', path: FILES_ROUTE, status: 502 })
    const run = await onPullRequest(number)
    expectCreated(run, number)
    // The flow lists the files once (the event check, which also serves the review): one retry on top.
    expect(github.count({ path: FILES_ROUTE })).toBe(2)
  })

  it('retries a read whose connection was reset and succeeds', async () => {
    const number = arrange()
    github.resetConnection({ method: 'GET', path: FILES_ROUTE })
    const run = await onPullRequest(number)
    expectCreated(run, number)
    expect(github.pendingFaults()).toBe(0)
  })

  it('makes exactly one design commit when the commit landed but its answer was a 502', async () => {
    const number = arrange()
    github.fail({
      path: '/graphql',
      operation: 'createCommitOnBranch',
      status: 502,
      afterApply: true,
    })
    const run = await onPullRequest(number)
    expectCreated(run, number)
    expect(run.outputs['commit-sha']).toBe(designCommits()[0]!.sha)
  })

  it('waits for a primary rate limit to reset on a read, without hammering', async () => {
    const number = arrange()
    github.rateLimit({ kind: 'primary', resetInSeconds: 1, method: 'GET', path: FILES_ROUTE })
    const run = await onPullRequest(number)
    expectCreated(run, number)
    expect(github.count({ path: FILES_ROUTE })).toBeGreaterThanOrEqual(2)
    expect(github.count({ path: FILES_ROUTE })).toBeLessThanOrEqual(3)
  })

  it('waits out a secondary rate limit on a read, without hammering', async () => {
    const number = arrange()
    github.rateLimit({ kind: 'secondary', retryAfter: 1, method: 'GET', path: FILES_ROUTE })
    const run = await onPullRequest(number)
    expectCreated(run, number)
    expect(github.count({ path: FILES_ROUTE })).toBeGreaterThanOrEqual(2)
    expect(github.count({ path: FILES_ROUTE })).toBeLessThanOrEqual(3)
  })

  it('says "Requirements file not found" for a command on a branch without it (404)', async () => {
    const number = arrange({ 'src/app.py': 'print(1)\n' })
    const run = await command(number)
    expect(run.outputs.result).toBe('failed')
    const said = [run.everything, ...github.issueComments(REPO, number).map((c) => c.body)]
    expect(said.join('\n')).toMatch(/Requirements file not found: docs\/requirements\.md/)
    expect(anthropic.requests).toHaveLength(0)
    expectNothingCommitted(number)
  })
})

describe('concurrency', () => {
  it('two pull_request runs at once: at most one commit each, one review per commit, no duplicate questions', async () => {
    const number = arrange()
    const paced = architect(design)
    anthropic.setDefault((body, request) => {
      const answer = paced(body, request)
      return answer === design ? { text: design, chunkSize: 400, chunkDelayMs: 20 } : answer
    })
    const payload = pullRequestEvent(github, { repo: REPO, number, action: 'opened' })
    const [a, b] = await Promise.all([
      act('pull_request', payload),
      act('pull_request', structuredClone(payload)),
    ])
    expect([a.code, b.code]).toEqual([0, 0])
    // Both made the design at once.
    expect(anthropic.requests.length).toBeGreaterThanOrEqual(2)
    const commits = designCommits()
    expect(commits.length).toBeGreaterThanOrEqual(1)
    expect(commits.length).toBeLessThanOrEqual(2)
    for (const commit of commits)
      expect(github.reviews(REPO, number).filter((r) => r.commit_id === commit.sha)).toHaveLength(1)
    expect(github.reviewComments(REPO, number)).toHaveLength(3)
    expect(readStamp(designOnBranch()!).body).toBe(design)
  })

  it('a run that starts while the other run’s commit is landing: same guarantees', async () => {
    const number = arrange()
    const payload = pullRequestEvent(github, { repo: REPO, number, action: 'opened' })
    let second: Promise<ActionRun> | undefined
    const plain = architect(design)
    anthropic.setDefault((body, request) => {
      if (!second) {
        // The first run's commit is held for 1.5 s (and lands, and its answer is lost); the second
        // run starts now, reads while that commit is in flight, and writes on its own.
        github.fail({
          path: '/graphql',
          operation: 'createCommitOnBranch',
          status: 502,
          afterApply: true,
          delayMs: 1500,
        })
        second = act('pull_request', structuredClone(payload))
      }
      return plain(body, request)
    })
    const first = await act('pull_request', payload)
    const other = await second!
    expect([first.code, other.code]).toEqual([0, 0])
    const commits = designCommits()
    expect(commits.length).toBeGreaterThanOrEqual(1)
    expect(commits.length).toBeLessThanOrEqual(2)
    for (const commit of commits)
      expect(github.reviews(REPO, number).filter((r) => r.commit_id === commit.sha)).toHaveLength(1)
    expect(github.reviewComments(REPO, number)).toHaveLength(3)
    expect(readStamp(designOnBranch()!).body).toBe(design)
  })

  it("keeps a person's edit pushed while a revision was being written", async () => {
    const number = arrange()
    await onPullRequest(number)
    github.commitFiles(
      REPO,
      BRANCH,
      { 'docs/requirements.md': `${REQUIREMENTS}\nRefunds over $500 need approval.\n` },
      'More',
      { author: 'alice' },
    )
    let edited: string | undefined
    anthropic.setDefault(
      architect(design, () => {
        edited = designOnBranch()!.replace(
          '## 2. Business Requirements Summary\n',
          '## 2. Business Requirements Summary\nEdited by Bob.\n',
        )
        github.commitFiles(REPO, BRANCH, { [DESIGN_PATH]: edited }, 'Edit design', {
          author: 'bob',
        })
        return 'NO CHANGES'
      }),
    )
    const run = await onPullRequest(number, 'synchronize')
    expect(run.code).toBe(0)
    expect(designOnBranch()).toContain('Edited by Bob.')
  })
})
