/**
 * The composition root, src/main.ts, in-process: run() as the runner starts it (INPUT_* and
 * GITHUB_* variables, an event payload built from GitHub's real examples, the output and summary
 * files), against the loopback fake GitHub and Anthropic APIs. The same scenarios as the bundle's
 * end-to-end suites (pull-request.test.ts, bad-input.test.ts), with the same expectations.
 */
import { beforeEach, describe, expect, it } from '@jest/globals'
import { readStamp } from '../src/document/provenance.js'
import { OUTPUT_NAMES } from '../src/flows/outcome.js'
import { anthropicErrorBody, type FakeAnthropic } from './fakes/anthropic-server.js'
import { issueCommentEvent, pullRequestEvent, type FakeGitHub } from './fakes/github-server.js'
import type { ActionRun } from './support/action-runner.js'
import { architect } from './support/architect.js'
import { BRANCH, DESIGN_PATH, REPO, useEndToEnd } from './support/e2e-harness.js'
import { useInProcessAction, type InProcessRunOptions } from './support/in-process-action.js'

const TOKEN = 'ghs_mainInProcessToken0123456789abcd'
const API_KEY = 'sk-ant-api03-main-inprocess-012345678'

// After each test: no OpenAPI violation, no force push, no duplicate, a valid design on every
// branch, and neither secret in what the runs or GitHub show (the runs are added to e2e.runs).
const e2e = useEndToEnd({
  token: TOKEN,
  apiKey: API_KEY,
  roles: { maria: 'maintain' },
  check: { kind: 'invariants-after-test' },
})
const runMain = useInProcessAction()
let github: FakeGitHub
let anthropic: FakeAnthropic
let design: string
beforeEach(() => {
  ;({ github, anthropic, design } = e2e)
})

async function act(
  eventName: string,
  payload: Record<string, unknown>,
  { inputs, ...options }: Partial<Omit<InProcessRunOptions, 'eventName' | 'payload'>> = {},
): Promise<ActionRun> {
  const run = await runMain({
    github,
    anthropicUrl: anthropic.url,
    eventName,
    payload,
    ...options,
    inputs: { 'anthropic-api-key': API_KEY, 'github-token': TOKEN, ...inputs },
  })
  e2e.runs.push(run)
  return run
}

const onPullRequest = (
  number: number,
  options: Partial<Omit<InProcessRunOptions, 'eventName' | 'payload'>> = {},
) =>
  act('pull_request', pullRequestEvent(github, { repo: REPO, number, action: 'opened' }), options)

const comment = (number: number, body: string, login = 'maria') =>
  act('issue_comment', issueCommentEvent(github, { repo: REPO, number, body, login }))

/** An event the action does not handle. */
const PUSH_EVENT = {
  ref: 'refs/heads/main',
  repository: { full_name: REPO, default_branch: 'main' },
  sender: { login: 'maria' },
}

/** The summary's last row: main times every run that reaches the report, whatever its result. */
const DURATION_ROW = /^\| Duration \| \d+\.\d s \|$/m

function expectNoSecretIn(run: ActionRun): void {
  for (const secret of [TOKEN, API_KEY]) {
    expect(run.stdout).not.toContain(secret)
    expect(run.stderr).not.toContain(secret)
    expect(run.summary).not.toContain(secret)
    expect(JSON.stringify(run.outputs)).not.toContain(secret)
  }
}

describe('a comment that is not a command', () => {
  it('ends skipped with every output set, without a GitHub request or a model call', async () => {
    const number = e2e.openPullRequest()
    github.resetCounters()
    const run = await comment(number, 'Looks good to me')

    expect(run.code).toBe(0)
    expect(run.outputs).toEqual(
      Object.fromEntries(OUTPUT_NAMES.map((name) => [name, name === 'result' ? 'skipped' : ''])),
    )
    expect(run.stdout).toContain('The comment is not a /tech-design command.')
    // Decided from the payload alone: no summary for every comment in the repository.
    expect(run.summary).toBe('')
    expect(github.count()).toBe(0)
    expect(anthropic.requests).toHaveLength(0)
  })
})

describe('a pull request that changes the requirements', () => {
  it('ends created: the design committed, every output set and the job summary written', async () => {
    const number = e2e.openPullRequest()
    const run = await onPullRequest(number)

    expect(run.code).toBe(0)
    const [commit] = github.commitsOn(REPO, BRANCH)
    expect(run.outputs).toEqual({
      result: 'created',
      'design-path': DESIGN_PATH,
      'commit-sha': commit!.sha,
      'pull-request-number': String(number),
      'open-questions': '3',
      'input-tokens': expect.stringMatching(/^[1-9]\d*$/),
      'output-tokens': expect.stringMatching(/^[1-9]\d*$/),
      'cost-usd': expect.stringMatching(/^\d+\.\d{6}$/),
      // The requirements hold no items to trace.
      'requirements-covered': '',
    })
    expect(Number(run.outputs['cost-usd'])).toBeGreaterThan(0)
    expect(readStamp(github.textAt(REPO, BRANCH, DESIGN_PATH)!).body).toBe(design)
    expect(commit!.author.name).toBe('github-actions[bot]')
    expect(github.reviews(REPO, number)).toHaveLength(1)
    expect(github.reviewComments(REPO, number)).toHaveLength(3)
    expect(anthropic.requests).toHaveLength(1)

    expect(run.summary).toMatch(/^## ✅ Technical design created\n/)
    expect(run.summary).toContain(commit!.sha.slice(0, 7))
    expect(run.summary).toContain(`pull request #${number}`)
    expect(run.summary).toContain('### Open questions (3)')
    expect(run.summary).toMatch(DURATION_ROW)
    expect(run.stdout).not.toMatch(/::error::/)
  })
})

describe('the event', () => {
  it('skips an event the action does not handle, naming the ones it does', async () => {
    const run = await act('push', PUSH_EVENT)

    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({
      result: 'skipped',
      'design-path': DESIGN_PATH,
      'commit-sha': '',
      'open-questions': '0',
    })
    expect(run.stdout).toMatch(
      /::notice::The push event is not one this action handles: use pull_request, issue_comment, pull_request_review_comment or workflow_dispatch\./,
    )
    expect(run.summary).toMatch(/^## ⏭️ Skipped\n/)
    expect(run.summary).toMatch(DURATION_ROW)
    expect(github.count()).toBe(0)
    expect(anthropic.requests).toHaveLength(0)
  })

  it('runs the command flow on a /tech-design comment', async () => {
    const number = e2e.openPullRequest()
    const run = await comment(number, '/tech-design')
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ result: 'created', 'pull-request-number': String(number) })
    expect(readStamp(github.textAt(REPO, BRANCH, DESIGN_PATH)!).body).toBe(design)
    expect(anthropic.requests).toHaveLength(1)
  })

  it('runs on workflow_dispatch for the pull request or issue named by the number input', async () => {
    const { number } = github.createIssue(REPO, {
      title: 'Refunds',
      body: 'Customers can request refunds within 30 days; support approves them.',
      user: 'maria',
    })
    const payload = {
      inputs: { number: String(number) },
      ref: 'refs/heads/main',
      repository: { full_name: REPO, default_branch: 'main' },
      sender: { login: 'maria' },
    }
    const run = await act('workflow_dispatch', payload, { inputs: { number: String(number) } })
    expect(run.code).toBe(0)
    expect(run.outputs.result).toBe('created')
    expect(github.state.pulls).toHaveLength(1)
  })
})

describe('the model platform', () => {
  it('says the anthropic-api-key input is not used with Bedrock, and designs through it', async () => {
    const aws = {
      accessKeyId: 'AKIAMAININPROCESS01',
      secretAccessKey: 'mainInProcessSecretAccessKey0123456789ab',
      region: 'eu-west-1',
    }
    anthropic = await e2e.startAnthropic({
      platform: 'bedrock',
      aws,
      defaultResponder: architect(design),
    })
    const number = e2e.openPullRequest()
    const run = await onPullRequest(number, {
      inputs: { provider: 'bedrock', 'anthropic-base-url': anthropic.url },
      env: {
        AWS_ACCESS_KEY_ID: aws.accessKeyId,
        AWS_SECRET_ACCESS_KEY: aws.secretAccessKey,
        AWS_REGION: aws.region,
      },
    })
    expect(run.stdout).toMatch(
      /::notice::The anthropic-api-key input is not used with the bedrock provider/,
    )
    expect(run.outputs.result).toBe('created')
    expect(anthropic.requests).toHaveLength(1)
    expect(anthropic.requests[0]!.awsAccessKeyId).toBe(aws.accessKeyId)
  })
})

describe('a proxy', () => {
  // That the requests pass through it, the bundle's end-to-end test shows (enterprise.test.ts):
  // under jest, undici's global dispatcher is set in the test's realm, not in the one whose
  // fetch the clients call, so here they go direct.
  it('masks the password of HTTPS_PROXY and names the proxy in the log', async () => {
    const password = 'mainProxyPassword0123456789'
    const proxy = await e2e.startProxy({ auth: { username: 'runner', password } })
    const number = e2e.openPullRequest()
    const run = await onPullRequest(number, {
      env: { HTTPS_PROXY: proxy.url, http_proxy: proxy.url },
    })
    expect(run.outputs.result).toBe('created')
    expect(run.stdout).toContain(
      `Sending requests through the proxy http://127.0.0.1:${new URL(proxy.url).port}.`,
    )
    expect(run.rawStdout).toContain(`::add-mask::${password}`)
    expect(run.everything).not.toContain(password)
  })
})

describe('the job summary', () => {
  it('that cannot be written is a warning: the outputs and the result stand', async () => {
    const run = await act('push', PUSH_EVENT, { unwritableSummary: true })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ result: 'skipped', 'design-path': DESIGN_PATH })
    expect(run.stdout).toMatch(/::warning::Could not write the job summary: /)
    expect(run.stdout).toMatch(/::notice::The push event is not one this action handles/)
  })
})

describe('a bad input', () => {
  it('fails naming the input, with a summary, before any request', async () => {
    const number = e2e.openPullRequest()
    github.resetCounters()
    const run = await onPullRequest(number, { inputs: { 'max-questions': 'lots' } })

    expect(run.code).toBe(1)
    expect(run.outputs).toEqual({
      result: 'failed',
      'design-path': DESIGN_PATH,
      'commit-sha': '',
      'pull-request-number': '',
      'open-questions': '0',
      'input-tokens': '',
      'output-tokens': '',
      'cost-usd': '',
      'requirements-covered': '',
    })
    expect(run.stdout).toMatch(/::error::.*input "max-questions" must be a whole number/)
    expect(run.summary).toMatch(/^## ❌ Failed\n/)
    expect(run.summary).toContain('input "max-questions" must be a whole number (got "lots")')
    expect(run.summary).toMatch(DURATION_ROW)
    expect(github.count()).toBe(0)
    expect(anthropic.requests).toHaveLength(0)
    expect(github.textAt(REPO, BRANCH, DESIGN_PATH)).toBeUndefined()
  })

  it('keeps the design-path input in the outputs of a run that fails on another input', async () => {
    const number = e2e.openPullRequest()
    const run = await onPullRequest(number, {
      inputs: { 'design-path': 'docs/design.md', 'max-output-tokens': '-5' },
    })
    expect(run.code).toBe(1)
    expect(run.outputs).toMatchObject({ result: 'failed', 'design-path': 'docs/design.md' })
    expect(run.stdout).toMatch(/::error::.*input "max-output-tokens" must be at least 1/)
  })
})

describe('secrets', () => {
  it('masks the key and the token in the log, and shows neither anywhere', async () => {
    const run = await onPullRequest(e2e.openPullRequest())
    expect(run.outputs.result).toBe('created')
    expect(run.rawStdout).toContain(`::add-mask::${API_KEY}`)
    expect(run.rawStdout).toContain(`::add-mask::${TOKEN}`)
    expectNoSecretIn(run)
  })

  it('removes them from a failure whose error quotes them', async () => {
    const number = e2e.openPullRequest()
    anthropic.enqueue({
      status: 400,
      body: anthropicErrorBody(400, `key ${API_KEY} cannot be used with token ${TOKEN}`),
    })
    const run = await onPullRequest(number)

    expect(run.code).toBe(1)
    expect(run.outputs.result).toBe('failed')
    expect(run.stdout).toMatch(/::error::.*key \*\*\* cannot be used with token \*\*\*/)
    expect(run.summary).toMatch(/^## ❌ Failed\n/)
    expect(run.summary).toContain('key *** cannot be used with token ***')
    expect(run.summary).toMatch(DURATION_ROW)
    expectNoSecretIn(run)
    expect(github.textAt(REPO, BRANCH, DESIGN_PATH)).toBeUndefined()
  })
})
