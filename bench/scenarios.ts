/**
 * GitHub requests, model calls and tokens per scenario: the committed bundle run as the runner
 * runs it, against the loopback fakes. These counts are stable on any machine.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { startFakeAnthropic } from '../__tests__/fakes/anthropic-server.js'
import {
  ACTIONS_BOT,
  issueCommentEvent,
  pullRequestEvent,
  pullRequestReviewCommentEvent,
  startFakeGitHub,
} from '../__tests__/fakes/github-server.js'
import { runAction } from '../__tests__/support/action-runner.js'
import { architect, section } from '../__tests__/support/architect.js'
import { readFixture } from '../__tests__/support/fixtures.js'
import { replyInThread } from '../__tests__/support/review-replies.js'
import { nodeRuntimes } from '../__tests__/support/node-runtimes.js'

export interface ScenarioFigure {
  scenario: string
  result: string
  githubRequests: number
  modelCalls: number
  inputTokens: number
  outputTokens: number
  /** Wall time of the whole run, start-up included. */
  wallMs: number
  /** Wall time minus the time the fake model spent streaming at its fixed rate. */
  overheadMs: number
  peakRssMb: number
  /** The bundle's JavaScript the run loaded (index.js and the chunks its path needed). */
  loadedKiB: number
  target?: string
}

/** What rss-preload.mjs recorded: peak memory and the bundle's JavaScript the run loaded. */
export function readRunRecord(file: string): {
  peakRssMb: number
  loadedKiB: number
  loaded: string[]
} {
  const record = JSON.parse(readFileSync(file, 'utf8')) as { maxRssKb: number; loaded: string[] }
  const dist = pathToFileURL(join(fileURLToPath(new URL('../dist', import.meta.url)), '/')).href
  const loaded = record.loaded.filter((url) => url.startsWith(dist) && url.endsWith('.js'))
  const bytes = loaded.reduce((sum, url) => sum + statSync(fileURLToPath(url)).size, 0)
  return {
    peakRssMb: Math.round(record.maxRssKb / 1024),
    loadedKiB: Math.round(bytes / 1024),
    loaded: loaded.map((url) => url.slice(dist.length)),
  }
}

/** The fake model streams at this rate, so that the action's own time can be told apart. */
export const STREAM_TOKENS_PER_SECOND = 2_000

const REPO = 'acme/shop'
const BRANCH = 'feature/refunds'
const TOKEN = 'ghs_benchToken'
const API_KEY = 'sk-ant-bench-key'
const MARIA_TOKEN = 'ghp_benchMaria'

export async function benchScenarios(): Promise<ScenarioFigure[]> {
  const design = await readFixture('designs/conforming.md')
  const requirements = await readFixture('requirements/refunds.md')
  const node = nodeRuntimes().at(-1)!.path
  const github = await startFakeGitHub({ tokens: { [TOKEN]: ACTIONS_BOT } })
  const anthropic = await startFakeAnthropic({
    apiKey: API_KEY,
    defaultResponder: architect(design),
    tokensPerSecond: STREAM_TOKENS_PER_SECOND,
  })
  const rssDir = mkdtempSync(join(tmpdir(), 'tech-design-rss-'))
  const preload = fileURLToPath(new URL('./rss-preload.mjs', import.meta.url))
  const figures: ScenarioFigure[] = []
  try {
    github.createRepo(REPO, { files: { 'README.md': '# Shop\n' } })
    github.createBranch(REPO, BRANCH)
    github.commitFiles(REPO, BRANCH, { 'docs/requirements.md': requirements }, 'Add requirements')
    const { number } = github.createPullRequest(REPO, { head: BRANCH, title: 'Refunds' })
    github.createBranch(REPO, 'feature/other')
    github.commitFiles(REPO, 'feature/other', { 'src/app.py': 'print(1)\n' }, 'Code only')
    const other = github.createPullRequest(REPO, { head: 'feature/other' }).number
    // The same requirements, designed without the traceability table: what the table costs.
    github.createBranch(REPO, 'feature/untraced')
    github.commitFiles(REPO, 'feature/untraced', { 'docs/requirements.md': requirements }, 'Add')
    const untraced = github.createPullRequest(REPO, { head: 'feature/untraced' }).number

    github.setPermission('maria', 'maintain', REPO)
    github.addToken(MARIA_TOKEN, {
      login: 'maria',
      type: 'User',
      permissions: { contents: 'write', pull_requests: 'write', issues: 'write' },
    })
    const issue = github.createIssue(REPO, { title: 'Refunds', body: requirements }).number

    const measure = async (
      scenario: string,
      event: { name: string; payload: () => Record<string, unknown> },
      target?: string,
      inputs: Record<string, string> = {},
    ) => {
      const payload = event.payload() // building a comment event stores the comment: not counted
      github.resetCounters()
      const calls = anthropic.requests.length
      const rssFile = join(rssDir, `${figures.length}.txt`)
      const started = performance.now()
      const run = await runAction({
        env: { NODE_OPTIONS: `--import=${preload}`, TECH_DESIGN_BENCH_RSS: rssFile },
        node,
        github,
        anthropicUrl: anthropic.url,
        eventName: event.name,
        payload,
        inputs: { 'anthropic-api-key': API_KEY, 'github-token': TOKEN, ...inputs },
      })
      const wallMs = performance.now() - started
      // What the fake model spent streaming, as it measured it.
      const streamedMs = anthropic.requests
        .slice(calls)
        .reduce((ms, r) => ms + (r.streamMs ?? 0), 0)
      figures.push({
        scenario,
        wallMs: Math.round(wallMs),
        overheadMs: Math.round(wallMs - streamedMs),
        ...(({ peakRssMb, loadedKiB }) => ({ peakRssMb, loadedKiB }))(readRunRecord(rssFile)),
        result: run.outputs.result ?? '',
        githubRequests: github.count(),
        modelCalls: anthropic.requests.length - calls,
        inputTokens: Number(run.outputs['input-tokens'] || 0),
        outputTokens: Number(run.outputs['output-tokens'] || 0),
        target,
      })
    }
    const pullRequest = (pr: number, action: 'opened' | 'synchronize') => ({
      name: 'pull_request',
      payload: () => pullRequestEvent(github, { repo: REPO, number: pr, action }),
    })
    const reviewComment = (pr: number, commentId: number) => ({
      name: 'pull_request_review_comment',
      payload: () =>
        pullRequestReviewCommentEvent(github, {
          repo: REPO,
          number: pr,
          commentId,
          action: 'created',
        }),
    })
    const command = (on: number, body = '/tech-design') => ({
      name: 'issue_comment',
      payload: () => issueCommentEvent(github, { repo: REPO, number: on, body, login: 'maria' }),
    })

    await measure('first design', pullRequest(number, 'opened'), '≤ 7 requests')
    await measure('first design, traceability off', pullRequest(untraced, 'opened'), undefined, {
      traceability: 'false',
    })
    await measure(
      're-run, nothing changed',
      pullRequest(number, 'synchronize'),
      '≤ 3 requests, 0 model calls',
    )
    // Maria answers the first question in its thread: the check is set again, with no model call.
    const question = github.reviewComments(REPO, number).find((c) => !c.in_reply_to_id)!
    const answer = await replyInThread(
      github,
      MARIA_TOKEN,
      { repo: REPO, number, rootId: question.id },
      'Stripe, as today.',
    )
    await measure(
      'a reply in a question thread',
      reviewComment(number, answer),
      '≤ 5 requests, 0 model calls',
    )
    await measure(
      'a review comment that is not a reply',
      reviewComment(number, question.id),
      '0 requests',
    )
    const testing = section(design, '## 7. Testing Strategy')
    anthropic.setDefault(architect(design, () => testing.replace('\n', '\nApproval tests.\n')))
    const more = `${requirements}\nRefunds over $500 need approval.\n`
    github.commitFiles(REPO, BRANCH, { 'docs/requirements.md': more }, 'More')
    await measure('requirements changed, the answer taken in', pullRequest(number, 'synchronize'))
    await measure('pull request without requirements', pullRequest(other, 'opened'))
    anthropic.setDefault(architect(design, () => testing.replace('\n', '\nRevised.\n')))
    await measure('/tech-design on the pull request', command(number))
    await measure('/tech-design on an issue, first run', command(issue))
    await measure('/tech-design on an issue, again', command(issue))
    await measure('a comment that is not a command', command(issue, 'Thanks!'), '0 requests')
  } finally {
    await Promise.all([github.close(), anthropic.close()])
    rmSync(rssDir, { recursive: true, force: true })
  }
  return figures
}
