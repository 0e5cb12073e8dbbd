/**
 * The harness of the end-to-end suites: before each test it starts the fake GitHub and Anthropic
 * APIs and seeds the repository; it opens pull requests, runs the committed bundle against the
 * fakes (action-runner.ts) from the example event payloads, checks what every run must leave
 * true, and closes every fake after the test. A suite states only its scenarios.
 */
import { afterEach, beforeEach, expect } from '@jest/globals'
import {
  startFakeAnthropic,
  type FakeAnthropic,
  type FakeAnthropicOptions,
} from '../fakes/anthropic-server.js'
import {
  ACTIONS_BOT,
  issueCommentEvent,
  pullRequestEvent,
  startFakeGitHub,
  type FakeGitHub,
  type FakeGitHubOptions,
  type FileChanges,
  type RepoRole,
  type TokenIdentity,
} from '../fakes/github-server.js'
import type { PullRequestAction } from '../fakes/github/events.js'
import { startFakeProxy, type FakeProxy, type FakeProxyOptions } from '../fakes/proxy-server.js'
import { runAction, type ActionRun } from './action-runner.js'
import { architect } from './architect.js'
import { readFixture } from './fixtures.js'
import { assertInvariants } from './invariants.js'
import { nodeRuntimes } from './node-runtimes.js'

export const REPO = 'acme/shop'
export const BRANCH = 'feature/refunds'
export const DESIGN_PATH = 'tech-design.md'
/** Who the action runs as: the workflow token's bot. */
export const BOT = 'github-actions[bot]'
export const REQUIREMENTS =
  '# Refunds\n\nCustomers can request a refund within 30 days of purchase.\n'

/** The newest Node.js found: suites about behaviour, not runtimes, run the bundle on it. */
export const newestNode = (): string => nodeRuntimes().at(-1)!.path

/** A person's token: their reach is their role on the repository, as on GitHub. */
export const personToken = (login: string): TokenIdentity => ({
  login,
  type: 'User',
  permissions: { contents: 'write', pull_requests: 'write', issues: 'write' },
})

/**
 * What every run must leave true:
 * - `invariants-after-test`: assertInvariants (invariants.ts) over the test's runs, once it ends;
 * - `invariants-after-run`: the same after every run, over the test's runs so far;
 * - `nothing-leaked`: after every run, no OpenAPI violation, no force push, and no secret in what
 *   the run printed or GitHub shows: comments, reviews, and the commits on `commitsOn` (their
 *   messages and designs) when it is given.
 */
export type RunCheck =
  | { kind: 'invariants-after-test' }
  | { kind: 'invariants-after-run' }
  | { kind: 'nothing-leaked'; commitsOn?: string }

export interface EndToEndOptions {
  /** The workflow's token (the Actions bot's) and the Anthropic key, given as the inputs. */
  token: string
  apiKey: string
  /** People's tokens the fake GitHub accepts besides the workflow's. */
  people?: Record<string, TokenIdentity>
  /** What no run may show; default the key and every token. */
  secrets?: string[]
  /** The repository seeded before each test, with a README; `false`: each test seeds its own. */
  repo?: { name: string; readme: string } | false
  /** Roles on the seeded repository. */
  roles?: Record<string, RepoRole>
  /** The fake model before each test; default it takes only the key and answers as architect(design). */
  model?: (design: string) => FakeAnthropicOptions
  check: RunCheck
}

export interface RunOptions {
  inputs?: Record<string, string>
  env?: Record<string, string>
  /** Default the newest Node.js. */
  node?: string
  /** ANTHROPIC_BASE_URL; default the fake model's. */
  anthropicUrl?: string
}

export interface PullRequestOptions {
  files?: FileChanges
  branch?: string
  author?: string
  message?: string
  /** `null`: none given, so the fake's default ("Update from BRANCH"). */
  title?: string | null
}

export interface EndToEnd {
  readonly github: FakeGitHub
  readonly anthropic: FakeAnthropic
  /** The conforming design (fixtures/designs/conforming.md) the model answers with by default. */
  readonly design: string
  /** The runs of the current test. */
  readonly runs: ActionRun[]
  /** Replaces the fake GitHub with one started with these options, and seeds it again. */
  startGitHub(options?: Omit<FakeGitHubOptions, 'tokens'>): Promise<FakeGitHub>
  /** Replaces the fake model with one started with exactly these options. */
  startAnthropic(options?: FakeAnthropicOptions): Promise<FakeAnthropic>
  /** A proxy, closed after the test. */
  startProxy(options?: FakeProxyOptions): Promise<FakeProxy>
  /**
   * A pull request on the repository from a new branch with one commit: by default alice's
   * "Add requirements", which adds docs/requirements.md, titled "Refunds". Returns its number.
   */
  openPullRequest(options?: PullRequestOptions): number
  /** Runs the bundle on this event, with the key and the token as inputs, and checks the run. */
  run(eventName: string, payload: Record<string, unknown>, options?: RunOptions): Promise<ActionRun>
  /** Runs the bundle on a pull_request event for the pull request (`opened` by default). */
  onPullRequest(
    number: number,
    options?: RunOptions & { action?: PullRequestAction },
  ): Promise<ActionRun>
  /** Runs the bundle on an issue_comment event: `login` comments `body`, or edits it to that. */
  comment(
    number: number,
    body: string,
    login?: string,
    options?: RunOptions & { edited?: boolean },
  ): Promise<ActionRun>
  /** The comments the action wrote on an issue or pull request (the fake stores the commands too). */
  botComments(number: number): ReturnType<FakeGitHub['issueComments']>
}

/** Registers the harness's beforeEach and afterEach hooks; call it at the top of a suite. */
export function useEndToEnd(options: EndToEndOptions): EndToEnd {
  const seed = options.repo ?? { name: REPO, readme: '# Shop\n' }
  const repo = seed === false ? REPO : seed.name
  const secrets = options.secrets ?? [
    options.apiKey,
    options.token,
    ...Object.keys(options.people ?? {}),
  ]
  const model =
    options.model ??
    ((design: string) => ({ apiKey: options.apiKey, defaultResponder: architect(design) }))

  let github: FakeGitHub | undefined
  let anthropic: FakeAnthropic | undefined
  let proxies: FakeProxy[] = []
  let design = ''
  let runs: ActionRun[] = []

  const started = <T>(fake: T | undefined): T => {
    if (fake === undefined) throw new Error('the end-to-end harness runs only inside a test')
    return fake
  }

  async function startGitHub(
    serverOptions: Omit<FakeGitHubOptions, 'tokens'> = {},
  ): Promise<FakeGitHub> {
    await github?.close()
    github = await startFakeGitHub({
      ...serverOptions,
      tokens: { [options.token]: ACTIONS_BOT, ...options.people },
    })
    if (seed !== false) github.createRepo(seed.name, { files: { 'README.md': seed.readme } })
    for (const [login, role] of Object.entries(options.roles ?? {}))
      github.setPermission(login, role, repo)
    return github
  }

  async function startAnthropic(
    modelOptions: FakeAnthropicOptions = model(design),
  ): Promise<FakeAnthropic> {
    await anthropic?.close()
    anthropic = await startFakeAnthropic(modelOptions)
    return anthropic
  }

  function checkInvariants(): void {
    assertInvariants(started(github), { runs, secrets, designPath: DESIGN_PATH })
  }

  function checkNothingLeaked(run: ActionRun, commitsOn: string | undefined): void {
    const gh = started(github)
    expect(gh.violations).toEqual([])
    expect(gh.forcePushes).toEqual([])
    const written = [
      run.everything,
      ...gh.issueComments().map((c) => c.body),
      ...gh.reviewComments().map((c) => c.body),
      ...gh.reviews().map((r) => r.body),
      ...(commitsOn === undefined
        ? []
        : gh
            .commitsOn(repo, commitsOn)
            .map((c) => `${c.message}\n${gh.textAt(repo, c.sha, DESIGN_PATH) ?? ''}`)),
    ].join('\n')
    for (const secret of secrets) expect(written).not.toContain(secret)
  }

  beforeEach(async () => {
    design = await readFixture('designs/conforming.md')
    runs = []
    await startGitHub()
    await startAnthropic()
  })
  afterEach(async () => {
    try {
      if (options.check.kind === 'invariants-after-test') checkInvariants()
    } finally {
      // Closed even when the check fails, so that no server outlives its test.
      await Promise.all([github?.close(), anthropic?.close(), ...proxies.map((p) => p.close())])
      github = undefined
      anthropic = undefined
      proxies = []
    }
  })

  const harness: EndToEnd = {
    get github() {
      return started(github)
    },
    get anthropic() {
      return started(anthropic)
    },
    get design() {
      return design
    },
    get runs() {
      return runs
    },
    startGitHub,
    startAnthropic,
    async startProxy(proxyOptions) {
      const proxy = await startFakeProxy(proxyOptions)
      proxies.push(proxy)
      return proxy
    },
    openPullRequest({
      files = { 'docs/requirements.md': REQUIREMENTS },
      branch = BRANCH,
      author = 'alice',
      message = 'Add requirements',
      title = 'Refunds',
    } = {}) {
      const gh = started(github)
      gh.createBranch(repo, branch)
      gh.commitFiles(repo, branch, files, message, { author })
      const titled = title === null ? {} : { title }
      return gh.createPullRequest(repo, { head: branch, ...titled, user: author }).number
    },
    async run(eventName, payload, runOptions = {}) {
      const run = await runAction({
        node: runOptions.node ?? newestNode(),
        github: started(github),
        anthropicUrl: runOptions.anthropicUrl ?? started(anthropic).url,
        eventName,
        payload,
        inputs: {
          'anthropic-api-key': options.apiKey,
          'github-token': options.token,
          ...runOptions.inputs,
        },
        env: runOptions.env,
      })
      runs.push(run)
      if (options.check.kind === 'invariants-after-run') checkInvariants()
      if (options.check.kind === 'nothing-leaked') checkNothingLeaked(run, options.check.commitsOn)
      return run
    },
    onPullRequest(number, { action = 'opened', ...runOptions } = {}) {
      const payload = pullRequestEvent(started(github), { repo, number, action })
      return harness.run('pull_request', payload, runOptions)
    },
    comment(number, body, login = 'maria', { edited, ...runOptions } = {}) {
      const event = { repo, number, body, login, ...(edited === undefined ? {} : { edited }) }
      return harness.run('issue_comment', issueCommentEvent(started(github), event), runOptions)
    },
    botComments(number) {
      return started(github)
        .issueComments(repo, number)
        .filter((c) => c.user === BOT)
    },
  }
  return harness
}
