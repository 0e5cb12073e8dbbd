/**
 * The pull-request flow end to end: the committed bundle, run as the runner runs it, against the
 * stateful fake GitHub API (checked against GitHub's OpenAPI description) and the fake Anthropic API.
 */
import { beforeEach, describe, expect, it } from '@jest/globals'
import { readStamp, sha256, stampDesign } from '../../src/document/provenance.js'
import type { FakeAnthropic } from '../fakes/anthropic-server.js'
import { ACTIONS_BOT, pullRequestEvent, type FakeGitHub } from '../fakes/github-server.js'
import { runAction, type ActionRun } from '../support/action-runner.js'
import { architect, section } from '../support/architect.js'
import { BRANCH, REPO, REQUIREMENTS, useEndToEnd } from '../support/e2e-harness.js'
import { nodeRuntimes } from '../support/node-runtimes.js'

/** The token of a workflow run on a fork's pull request: GitHub makes it read-only. */
const FORK_RUN_TOKEN = 'ghs_forkRunReadOnly0123456789abcdef'

const TOKEN = 'ghs_e2eToken0123456789abcdefghijklmnop'
const API_KEY = 'sk-ant-api03-e2e-0123456789abcdefghij'

const runtimes = nodeRuntimes()
/** The Node.js the current `describe.each` block runs the bundle on. */
let node = runtimes.at(-1)!.path

// Whatever happened: requests GitHub accepts, no force push, no secret anywhere. Each test seeds
// its own repository (some start from a fork, or with a design on main).
const e2e = useEndToEnd({
  token: TOKEN,
  apiKey: API_KEY,
  repo: false,
  check: { kind: 'nothing-leaked', commitsOn: BRANCH },
})
let github: FakeGitHub
let anthropic: FakeAnthropic
let design: string
beforeEach(() => {
  ;({ github, anthropic, design } = e2e)
})

/** A repository with a pull request that adds the requirements. */
function arrange(files: Record<string, string> = { 'docs/requirements.md': REQUIREMENTS }): number {
  github.createRepo(REPO, { files: { 'README.md': '# Shop\n' } })
  return e2e.openPullRequest({ files })
}

const act = (
  number: number,
  options: { action?: 'opened' | 'synchronize'; inputs?: Record<string, string> } = {},
): Promise<ActionRun> => e2e.onPullRequest(number, { node, ...options })

const designOnBranch = () => github.textAt(REPO, BRANCH, 'tech-design.md')
const questionLines = (text: string) =>
  text.split('\n').flatMap((line, i) => (/^\d+\. \*\*.+\?\*\*$/.test(line) ? [i + 1] : []))

describe.each(runtimes)('pull-request flow on $label', ({ path }) => {
  beforeEach(() => {
    node = path
  })

  it('commits a signed design to the branch and posts each open question on its line', async () => {
    const number = arrange()
    const run = await act(number)

    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({
      result: 'created',
      'design-path': 'tech-design.md',
      'pull-request-number': String(number),
      'open-questions': '3',
    })
    const committed = designOnBranch()!
    expect(readStamp(committed).body).toBe(design)
    const [commit] = github.commitsOn(REPO, BRANCH)
    expect(run.outputs['commit-sha']).toBe(commit!.sha)
    expect(commit!.author.name).toBe('github-actions[bot]')
    expect(commit!.verified).toBe(true)
    expect(Number(run.outputs['input-tokens'])).toBeGreaterThan(0)
    expect(Number(run.outputs['output-tokens'])).toBeGreaterThan(0)
    expect(Number(run.outputs['cost-usd'])).toBeGreaterThan(0)

    const reviews = github.reviews(REPO, number)
    expect(reviews).toHaveLength(1)
    expect(reviews[0]).toMatchObject({ state: 'COMMENTED', commit_id: commit!.sha })
    const comments = github.reviewComments(REPO, number)
    expect(comments.map((c) => c.line)).toEqual(questionLines(committed))
    expect(comments.every((c) => c.path === 'tech-design.md')).toBe(true)
    expect(comments[0]!.body).toContain(
      committed.split('\n')[comments[0]!.line! - 1]!.replace(/^\d+\. \*\*|\*\*$/g, ''),
    )

    expect(run.summary).toContain(commit!.sha.slice(0, 7))
    expect(github.count()).toBeLessThanOrEqual(8)
    expect(anthropic.requests).toHaveLength(1)
  })

  it('does nothing, for free, when re-run on its own commit', async () => {
    const number = arrange()
    await act(number)
    const commits = github.commitsOn(REPO, BRANCH).length
    github.resetCounters()

    const rerun = await act(number, { action: 'synchronize' })
    expect(rerun.code).toBe(0)
    expect(rerun.outputs.result).toBe('unchanged')
    expect(github.count()).toBeLessThanOrEqual(3)
    expect(anthropic.requests).toHaveLength(1)
    expect(github.commitsOn(REPO, BRANCH)).toHaveLength(commits)
    expect(github.reviews(REPO, number)).toHaveLength(1)
  })

  it('revises the design when the requirements change, posting only the new question', async () => {
    const number = arrange()
    await act(number)
    github.commitFiles(
      REPO,
      BRANCH,
      { 'docs/requirements.md': `${REQUIREMENTS}\nRefunds over $500 need approval.\n` },
      'More',
      { author: 'alice' },
    )
    const extra =
      '4. **Who approves refunds over $500?**\n   - Why it matters: approval routing.\n   - Assumption until answered: the finance team.\n'
    const questions = section(design, '## 12. Open Questions')
    anthropic.setDefault(architect(design, () => `${questions.trimEnd()}\n${extra}`))

    const run = await act(number, { action: 'synchronize' })
    expect(run.outputs).toMatchObject({ result: 'updated', 'open-questions': '4' })
    expect(readStamp(designOnBranch()!).body).toBe(
      design.replace(questions, `${questions.trimEnd()}\n${extra}`),
    )
    const comments = github.reviewComments(REPO, number)
    expect(comments).toHaveLength(4)
    expect(comments.at(-1)!.body).toContain('Who approves refunds over $500?')
    expect(github.reviews(REPO, number)).toHaveLength(2)
  })

  it("leaves a person's edit alone, for free, while the requirements stay the same", async () => {
    const number = arrange()
    await act(number)
    const edited = designOnBranch()!.replace(
      '## 2. Business Requirements Summary\n',
      '## 2. Business Requirements Summary\nEdited by Bob.\n',
    )
    github.commitFiles(REPO, BRANCH, { 'tech-design.md': edited }, 'Edit design', { author: 'bob' })
    github.resetCounters()

    const run = await act(number, { action: 'synchronize' })
    expect(run.outputs.result).toBe('unchanged')
    expect(designOnBranch()).toBe(edited)
    expect(anthropic.requests).toHaveLength(1)
    expect(github.count()).toBeLessThanOrEqual(3)
  })

  it('commits on top of a push that landed while the model was writing', async () => {
    const number = arrange()
    anthropic.setDefault(() => {
      github.commitFiles(REPO, BRANCH, { 'src/app.py': 'print("hi")\n' }, 'Unrelated push', {
        author: 'carol',
      })
      return design
    })
    const run = await act(number)
    expect(run.outputs.result).toBe('created')
    const [ours, theirs] = github.commitsOn(REPO, BRANCH)
    expect(theirs!.message).toBe('Unrelated push')
    expect(ours!.parents).toEqual([theirs!.sha])
    expect(github.textAt(REPO, BRANCH, 'src/app.py')).toBe('print("hi")\n')
  })

  it('leaves the work to the newer run when the requirements changed meanwhile', async () => {
    const number = arrange()
    anthropic.setDefault(() => {
      github.commitFiles(
        REPO,
        BRANCH,
        { 'docs/requirements.md': `${REQUIREMENTS}\nChanged.\n` },
        'Newer',
        { author: 'alice' },
      )
      return design
    })
    const run = await act(number)
    expect(run.code).toBe(0)
    expect(run.outputs.result).toBe('skipped')
    expect(run.summary).toMatch(/changed on feature\/refunds while the design was written/)
    expect(designOnBranch()).toBeUndefined()
    expect(Number(run.outputs['output-tokens'])).toBeGreaterThan(0)
  })

  it('commits nothing when the model breaks the template every time', async () => {
    const number = arrange()
    anthropic.setDefault(() =>
      design.replace('## 8. Deployment Considerations', '## 8. Deployment'),
    )
    const run = await act(number)
    expect(run.code).toBe(1)
    expect(run.outputs.result).toBe('failed')
    // The same answer to the repair would only be paid for again: the repairs stop there.
    expect(run.summary).toMatch(
      /its answer to repair round 1 changed nothing, so the repairs stopped/,
    )
    expect(run.stdout).toMatch(/::error::.*Deployment Considerations/)
    expect(designOnBranch()).toBeUndefined()
    expect(github.reviews()).toHaveLength(0)
    expect(anthropic.requests).toHaveLength(2)
    // Both paid calls are reported, and the rejected draft stays visible in the summary.
    expect(Number(run.outputs['output-tokens'])).toBeGreaterThan((2 * design.length) / 5)
    expect(Number(run.outputs['cost-usd'])).toBeGreaterThan(0)
    expect(run.summary).toMatch(/\| Model calls \| 2 \|/)
    expect(run.summary).toContain('The last draft the model sent, rejected (1 problem)')
    expect(run.summary).toContain('## 8. Deployment\n')
  })

  it('reports the paid calls of a run whose repair call fails', async () => {
    const number = arrange()
    anthropic.enqueue(
      { text: design.replace('## 8. Deployment Considerations', '## 8. Deployment') },
      {
        status: 400,
        body: {
          type: 'error',
          error: { type: 'invalid_request_error', message: 'prompt is too long' },
        },
      },
    )
    const run = await act(number)
    expect(run.outputs.result).toBe('failed')
    expect(run.summary).toMatch(/prompt is too long/)
    expect(Number(run.outputs['output-tokens'])).toBeGreaterThan(design.length / 5)
    expect(Number(run.outputs['cost-usd'])).toBeGreaterThan(0)
    expect(run.summary).toMatch(/\| Model calls \| 2 \|/)
    expect(run.summary).toContain('The last draft the model sent, rejected (1 problem)')
  })

  it('reports the cost of a design cut at max_tokens, and the setting to raise', async () => {
    const number = arrange()
    anthropic.enqueue({ text: design.slice(0, 4_000), stopReason: 'max_tokens' })
    const run = await act(number)
    expect(run.outputs.result).toBe('failed')
    expect(run.summary).toMatch(/cut off at the output limit of 32,000 tokens/)
    expect(run.summary).toMatch(/Raise the max-output-tokens input/)
    expect(Number(run.outputs['output-tokens'])).toBeGreaterThan(0)
    expect(Number(run.outputs['cost-usd'])).toBeGreaterThan(0)
  })

  it('posts exactly one review when the review request fails with 502, even after the write landed', async () => {
    const number = arrange()
    github.fail({
      method: 'POST',
      path: '/repos/{owner}/{repo}/pulls/{pull_number}/reviews',
      status: 502,
      afterApply: true,
    })
    const run = await act(number)
    expect(run.code).toBe(0)
    expect(run.outputs.result).toBe('created')
    expect(github.reviews(REPO, number)).toHaveLength(1)
    expect(github.reviewComments(REPO, number)).toHaveLength(3)
  })

  it('retries a review that failed with 502 before landing', async () => {
    const number = arrange()
    github.fail({
      method: 'POST',
      path: '/repos/{owner}/{repo}/pulls/{pull_number}/reviews',
      status: 502,
    })
    const run = await act(number)
    expect(run.outputs.result).toBe('created')
    expect(github.reviews(REPO, number)).toHaveLength(1)
  })

  it('survives an overloaded model (529) and a stream cut mid-way', async () => {
    const number = arrange()
    anthropic.enqueue({ status: 529 }, { cutAfterChars: 400, text: design }, { text: design })
    const run = await act(number)
    expect(run.code).toBe(0)
    expect(run.outputs.result).toBe('created')
    expect(readStamp(designOnBranch()!).body).toBe(design)
    expect(anthropic.requests).toHaveLength(3)
  })

  it('ends green with a notice on a fork pull request without a key, writing nothing', async () => {
    github.createRepo(REPO, { files: { 'README.md': '# Shop\n' } })
    github.createRepo('mallory/shop', { forkOf: REPO })
    github.createBranch('mallory/shop', BRANCH)
    github.commitFiles('mallory/shop', BRANCH, { 'docs/requirements.md': REQUIREMENTS }, 'Add', {
      author: 'mallory',
    })
    const { number } = github.createPullRequest(REPO, {
      head: BRANCH,
      headRepo: 'mallory/shop',
      user: 'mallory',
    })

    // A fork's pull_request run gets a read-only token, as on GitHub.
    github.addToken(FORK_RUN_TOKEN, {
      login: 'github-actions[bot]',
      type: 'Bot',
      permissions: { contents: 'read', pull_requests: 'read', issues: 'read', checks: 'read' },
    })
    const run = await act(number, {
      inputs: { 'anthropic-api-key': '', 'github-token': FORK_RUN_TOKEN },
    })
    expect(run.code).toBe(0)
    expect(run.outputs.result).toBe('skipped')
    expect(run.stdout).toMatch(/::notice::.*fork/)
    expect(run.summary).toMatch(/fork/)
    expect(anthropic.requests).toHaveLength(0)
    // Its one write, the check, is refused and said so; nothing is written.
    expect(github.count({ method: 'POST' }) + github.count({ method: 'PATCH' })).toBe(1)
    expect(github.checkRuns(REPO)).toEqual([])
    expect(run.stdout).toMatch(/::notice::.*checks: write/)
  })

  it('skips a pull request that does not change the requirements, with one request', async () => {
    const number = arrange({ 'src/app.py': 'print(1)\n' })
    const run = await act(number)
    expect(run.code).toBe(0)
    expect(run.outputs.result).toBe('skipped')
    expect(run.summary).toMatch(/does not change docs\/requirements\.md/)
    expect(github.count()).toBe(1)
    expect(anthropic.requests).toHaveLength(0)
  })

  it('tells a workflow without write permission which permissions to add', async () => {
    const number = arrange()
    github.addToken('ghs_readonly', {
      ...ACTIONS_BOT,
      permissions: { contents: 'read', pull_requests: 'read', issues: 'read' },
    })
    const run = await act(number, { inputs: { 'github-token': 'ghs_readonly' } })
    expect(run.code).toBe(1)
    expect(run.outputs.result).toBe('failed')
    expect(run.stdout).toMatch(
      /::error::Could not commit tech-design\.md .*403.*permissions: \{ contents: write, pull-requests: write, issues: write \}/,
    )
    expect(designOnBranch()).toBeUndefined()
  })

  it('lists questions whose lines are outside the diff in the review body', async () => {
    // main already has the design; the pull request's new design changes only section 2.
    const earlier = stampDesign(design, {
      requirements: sha256('earlier'),
      prompt: sha256('earlier'),
      model: 'claude-sonnet-5-5',
    })
    github.createRepo(REPO, { files: { 'README.md': '# Shop\n', 'tech-design.md': earlier } })
    github.createBranch(REPO, BRANCH)
    github.commitFiles(REPO, BRANCH, { 'docs/requirements.md': REQUIREMENTS }, 'Add requirements', {
      author: 'alice',
    })
    const { number } = github.createPullRequest(REPO, { head: BRANCH, user: 'alice' })
    anthropic.setDefault(() =>
      design.replace(
        '## 2. Business Requirements Summary\n',
        '## 2. Business Requirements Summary\nNow with approvals.\n',
      ),
    )
    const run = await act(number)
    expect(run.outputs.result).toBe('updated')
    const [review] = github.reviews(REPO, number)
    expect(github.reviewComments(REPO, number)).toHaveLength(0)
    for (const line of questionLines(designOnBranch()!))
      expect(review!.body).toContain(`Line ${line}`)
  })

  it('falls back to the review body when GitHub refuses a line (422), without failing', async () => {
    const number = arrange()
    github.fail({
      method: 'POST',
      path: '/repos/{owner}/{repo}/pulls/{pull_number}/reviews',
      status: 422,
      body: {
        message: 'Unprocessable Entity',
        errors: ['Pull request review thread line must be part of the diff'],
      },
    })
    const run = await act(number)
    expect(run.code).toBe(0)
    expect(run.outputs.result).toBe('created')
    expect(run.stdout).toMatch(/::warning::.*Posting the questions in the review body instead/)
    const reviews = github.reviews(REPO, number)
    expect(reviews).toHaveLength(1)
    expect(reviews[0]!.body).toMatch(/Which .*\?/)
  })

  it('works the same on pull_request_target', async () => {
    const number = arrange()
    const run = await runAction({
      node,
      github,
      anthropicUrl: anthropic.url,
      eventName: 'pull_request_target',
      payload: pullRequestEvent(github, { repo: REPO, number, action: 'opened' }),
      inputs: { 'anthropic-api-key': API_KEY, 'github-token': TOKEN },
    })
    expect(run.outputs.result).toBe('created')
    expect(github.violations).toEqual([])
  })
})

describe('a model that streams too slowly', () => {
  it('is stopped at model-timeout-seconds with a clear error, after progress, writing nothing', async () => {
    node = runtimes.at(-1)!.path
    const number = arrange()
    anthropic.enqueue({ text: design, chunkSize: 16, chunkDelayMs: 100 })
    const run = await act(number, { inputs: { 'model-timeout-seconds': '2' } })
    expect(run.code).toBe(1)
    expect(run.outputs.result).toBe('failed')
    expect(run.stdout).toMatch(/generating: [\d,]+ tokens/)
    expect(run.stdout).toMatch(/::error::No complete response from the model within 2 s/)
    expect(designOnBranch()).toBeUndefined()
    expect(github.reviews()).toHaveLength(0)
  })
})
