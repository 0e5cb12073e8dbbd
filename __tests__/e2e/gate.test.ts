/**
 * The "Technical design" check, requirement traceability and the spend caps end to end: the
 * committed bundle, run as the runner runs it, against the fake GitHub (check runs as the
 * OpenAPI description defines them) and the fake Anthropic API.
 */
import { beforeEach, describe, expect, it } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import { readStamp, sha256, stampDesign } from '../../src/document/provenance.js'
import type { FakeAnthropic } from '../fakes/anthropic-server.js'
import {
  pullRequestEvent,
  pullRequestReviewCommentEvent,
  type FakeGitHub,
} from '../fakes/github-server.js'
import type { ActionRun } from '../support/action-runner.js'
import { listedItems, withTraceabilityTable } from '../support/architect.js'
import { BRANCH, personToken, REPO, useEndToEnd } from '../support/e2e-harness.js'
import { readFixture, recordedReply } from '../support/fixtures.js'
import { questionComment, replyInThread } from '../support/review-replies.js'

const TOKEN = 'ghs_gateToken0123456789abcdefghijklm'
const ALICE = 'ghp_aliceGate0123456789abcdefghijkl'
const MALLORY = 'ghp_malloryGate0123456789abcdefghij'
const API_KEY = 'sk-ant-api03-gate-0123456789abcdefgh'
const CHECK = 'Technical design'

const REQUIREMENTS_WITH_IDS = [
  '# Refunds',
  '',
  '## Functional requirements',
  '',
  '- **FR-1**: A customer can request a refund within 30 days of delivery.',
  '- **FR-2**: Support can approve or reject a refund request.',
  '- **FR-3**: The customer is told by email when the refund is issued.',
  '',
].join('\n')

const STORIES = [
  '# Refunds',
  '',
  '## User stories',
  '',
  '- As a customer, I want to request a refund online, so that I need not email support.',
  '- As a support agent, I want to see every open refund request in one list.',
  '',
].join('\n')

const e2e = useEndToEnd({
  token: TOKEN,
  apiKey: API_KEY,
  people: { [ALICE]: personToken('alice'), [MALLORY]: personToken('mallory') },
  roles: { alice: 'write' },
  check: { kind: 'nothing-leaked', commitsOn: BRANCH },
})
let github: FakeGitHub
let anthropic: FakeAnthropic
let design: string
beforeEach(() => {
  ;({ github, anthropic, design } = e2e)
})

const onPullRequest = (
  number: number,
  inputs: Record<string, string> = {},
  action: 'opened' | 'synchronize' = 'opened',
): Promise<ActionRun> =>
  e2e.run('pull_request', pullRequestEvent(github, { repo: REPO, number, action }), { inputs })

const head = (number: number) => github.branchHead(REPO, github.pull(REPO, number)!.head.ref)!
const checkAt = (number: number) => github.latestCheckRun(REPO, head(number), CHECK)
const designOnBranch = () => github.textAt(REPO, BRANCH, 'tech-design.md')

/** A person replies in a question's thread through the API, as the web UI does; the reply's id. */
const reply = (token: string, number: number, questionStart: string, body: string) =>
  replyInThread(
    github,
    token,
    { repo: REPO, number, rootId: questionComment(github, REPO, number, questionStart).id },
    body,
  )

/** A person starts a thread of their own on the design's first line; its first comment's id. */
async function startThread(token: string, number: number, body: string): Promise<number> {
  const response = await fetch(`${github.url}/repos/${REPO}/pulls/${number}/comments`, {
    method: 'POST',
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      body,
      commit_id: head(number),
      path: 'tech-design.md',
      line: 1,
      side: 'RIGHT',
    }),
  })
  expect(response.status).toBe(201)
  return ((await response.json()) as { id: number }).id
}

/** The workflow's run on the reply's pull_request_review_comment event. */
const onReply = (number: number, commentId: number, inputs: Record<string, string> = {}) =>
  e2e.run(
    'pull_request_review_comment',
    pullRequestReviewCommentEvent(github, { repo: REPO, number, commentId, action: 'created' }),
    { inputs },
  )

/** A request the model API refuses: the run fails at once, with nothing made. */
const REFUSED = {
  status: 400,
  body: { type: 'error', error: { type: 'invalid_request_error', message: 'bad request' } },
}

const QUESTIONS = ['Which payment provider', 'What is the expected peak load', 'Should shipping']

describe('the check with gate: current', () => {
  it('passes on the design commit, and the summary links it', async () => {
    const number = e2e.openPullRequest()
    const run = await onPullRequest(number, { gate: 'current' })
    expect(run.outputs.result).toBe('created')
    const [commit] = github.commitsOn(REPO, BRANCH)
    const check = github.latestCheckRun(REPO, commit!.sha, CHECK)!
    expect(check).toMatchObject({ status: 'completed', conclusion: 'success' })
    expect(check.output.title).toBe('Current with the requirements; 0 of 3 open questions answered')
    expect(check.output.summary).toContain('Gate: current. Passed')
    expect(run.summary).toMatch(/Check \[Technical design\]\(.*\/runs\/\d+\): ✅ Current/)
  })

  it('fails as stale, saying why, when the requirements changed and the run could not redesign', async () => {
    const number = e2e.openPullRequest()
    await onPullRequest(number, { gate: 'current' })
    github.commitFiles(
      REPO,
      BRANCH,
      { 'docs/requirements.md': 'Refunds need approval above $500.\n' },
      'More',
    )
    anthropic.enqueue(REFUSED)
    const run = await onPullRequest(number, { gate: 'current' }, 'synchronize')
    expect(run.outputs.result).toBe('failed')
    const check = checkAt(number)!
    expect(check.conclusion).toBe('failure')
    expect(check.output.title).toBe(
      'Stale: docs/requirements.md changed since tech-design.md was made',
    )
    expect(check.output.summary).toContain('This run did not update it: the run failed:')
  })

  it("marks a person's departure from the template on its line, and fails", async () => {
    const number = e2e.openPullRequest()
    await onPullRequest(number, { gate: 'current' })
    const broken = designOnBranch()!.replace(
      '## 7. Testing Strategy\n',
      '## 7. Testing Strategy\n## Extra notes\n',
    )
    github.commitFiles(REPO, BRANCH, { 'tech-design.md': broken }, 'Edit', { author: 'alice' })
    const run = await onPullRequest(number, { gate: 'current' }, 'synchronize')
    expect(run.outputs.result).toBe('unchanged')
    expect(anthropic.requests).toHaveLength(1)
    const check = checkAt(number)!
    expect(check.conclusion).toBe('failure')
    const line = broken.split('\n').indexOf('## Extra notes') + 1
    expect(check.annotations).toEqual([
      expect.objectContaining({
        path: 'tech-design.md',
        start_line: line,
        end_line: line,
        annotation_level: 'failure',
      }),
    ])
  })

  it('is neutral, never failing, with the default gate off', async () => {
    const number = e2e.openPullRequest()
    await onPullRequest(number)
    github.commitFiles(REPO, BRANCH, { 'docs/requirements.md': 'Changed.\n' }, 'More')
    anthropic.enqueue(REFUSED)
    await onPullRequest(number, {}, 'synchronize')
    expect(checkAt(number)!.conclusion).toBe('neutral')
  })

  it('degrades to a notice when the token may not write checks', async () => {
    github.addToken('ghs_noChecks0123456789abcdefghijklmn', {
      login: 'github-actions[bot]',
      type: 'Bot',
      permissions: { contents: 'write', pull_requests: 'write', issues: 'write' },
    })
    const number = e2e.openPullRequest()
    const run = await onPullRequest(number, {
      gate: 'current',
      'github-token': 'ghs_noChecks0123456789abcdefghijklmn',
    })
    expect(run.code).toBe(0)
    expect(run.outputs.result).toBe('created')
    expect(github.checkRuns(REPO)).toEqual([])
    expect(run.stdout).toMatch(/::notice::.*checks: write/)
  })
})

describe('the check with gate: answered', () => {
  it('moves with each permitted answer, with no model call and a few GitHub requests', async () => {
    const number = e2e.openPullRequest()
    await onPullRequest(number, { gate: 'answered' })
    expect(checkAt(number)!.conclusion).toBe('failure')
    expect(anthropic.requests).toHaveLength(1)

    const first = await reply(ALICE, number, QUESTIONS[0]!, 'Stripe, as today.')
    github.resetCounters()
    const run = await onReply(number, first, { gate: 'answered' })
    expect(run.outputs.result).toBe('unchanged')
    expect(anthropic.requests).toHaveLength(1)
    // The threads, the two files at the head, alice's permission, and the check.
    expect(github.count()).toBeLessThanOrEqual(5)
    let check = checkAt(number)!
    expect(check.conclusion).toBe('failure')
    expect(check.output.title).toBe('Current with the requirements; 1 of 3 open questions answered')
    expect(check.output.summary).toMatch(
      /Which payment provider.*answered; the answer waits for the next revision/,
    )

    // A stranger's reply on a public repository is no answer.
    const stranger = await reply(MALLORY, number, QUESTIONS[1]!, 'Ten requests a second.')
    await onReply(number, stranger, { gate: 'answered' })
    expect(checkAt(number)!.output.title).toMatch(/1 of 3 open questions answered/)

    await reply(ALICE, number, QUESTIONS[1]!, 'About 50 a second at peak.')
    const last = await reply(ALICE, number, QUESTIONS[2]!, 'No.')
    await onReply(number, last, { gate: 'answered' })
    check = checkAt(number)!
    expect(check.conclusion).toBe('success')
    expect(check.output.title).toMatch(/3 of 3 open questions answered/)
    expect(anthropic.requests).toHaveLength(1)
  })

  it('costs one request for a reply in a thread that is not a question of ours', async () => {
    const number = e2e.openPullRequest()
    await onPullRequest(number, { gate: 'answered' })
    const checks = github.checkRuns(REPO).length
    // Alice starts a thread of her own on the design, and replies in it.
    const own = await startThread(ALICE, number, 'Typo here.')
    const replyId = await replyInThread(
      github,
      ALICE,
      { repo: REPO, number, rootId: own },
      'Fixed.',
    )
    github.resetCounters()
    const run = await onReply(number, replyId, { gate: 'answered' })
    expect(run.outputs.result).toBe('skipped')
    expect(github.count()).toBe(1)
    expect(github.checkRuns(REPO)).toHaveLength(checks)
  })

  it('turns away review comments that cannot be answers from the event alone', async () => {
    const number = e2e.openPullRequest()
    await onPullRequest(number)
    const question = github.reviewComments(REPO, number).find((c) => !c.in_reply_to_id)!
    const own = await startThread(ALICE, number, 'A thread of my own.')
    github.resetCounters()
    // The question itself, the bot's; and the first comment of a person's thread.
    const byBot = await onReply(number, question.id)
    expect(byBot.stdout).toContain('The review comment is by a bot')
    const first = await onReply(number, own)
    expect(first.outputs.result).toBe('skipped')
    expect(first.stdout).toContain('The review comment starts a thread')
    expect(github.count()).toBe(0)
  })
})

describe('traceability', () => {
  it('traces requirement ids to the design and reports the coverage', async () => {
    const number = e2e.openPullRequest({ files: { 'docs/requirements.md': REQUIREMENTS_WITH_IDS } })
    const run = await onPullRequest(number)
    expect(run.outputs['requirements-covered']).toBe('3/3')
    expect(run.summary).toContain('### Traceability: 3/3 requirement items traced')
    const sent = String(anthropic.requests[0]!.body.messages[0]!.content)
    expect(listedItems(sent)).toEqual([
      'FR-1: A customer can request a refund within 30 days of delivery.',
      'FR-2: Support can approve or reject a refund request.',
      'FR-3: The customer is told by email when the refund is issued.',
    ])
    expect(readStamp(designOnBranch()!).body).toMatch(/^\| FR-2: .* \| 5\.1 \|$/m)
    expect(checkAt(number)!.output.summary).toContain(
      'Traceability: 3/3 requirement items traced to design sections.',
    )
  })

  it('traces user stories when the document has no ids', async () => {
    const number = e2e.openPullRequest({ files: { 'docs/requirements.md': STORIES } })
    const run = await onPullRequest(number)
    expect(run.outputs['requirements-covered']).toBe('2/2')
  })

  it('repairs an item the model left out, asking for section 3 only', async () => {
    const number = e2e.openPullRequest({ files: { 'docs/requirements.md': REQUIREMENTS_WITH_IDS } })
    anthropic.setDefault((body) => {
      const first = String(body?.messages?.[0]?.content ?? '')
      const full = withTraceabilityTable(design, first)
      if ((body?.messages?.length ?? 0) === 1) return full.replace(/^\| FR-3: .*\n/m, '')
      const start = full.indexOf('## 3. Technical Requirements\n')
      return full.slice(start, full.indexOf('\n## 4. ', start) + 1)
    })
    const run = await onPullRequest(number)
    expect(run.outputs.result).toBe('created')
    expect(anthropic.requests).toHaveLength(2)
    const repairTurn = String(anthropic.requests[1]!.body.messages.at(-1)!.content)
    expect(repairTurn).toContain('FR-3')
    expect(run.outputs['requirements-covered']).toBe('3/3')
  })

  it('commits a design whose table still has gaps after the repairs, and reports them', async () => {
    const number = e2e.openPullRequest({ files: { 'docs/requirements.md': REQUIREMENTS_WITH_IDS } })
    // A model that never writes the table at all.
    anthropic.setDefault(() => design)
    const run = await onPullRequest(number)
    expect(run.outputs.result).toBe('created')
    expect(run.outputs['requirements-covered']).toBe('0/3')
    expect(run.summary).toContain('Not traced to an existing design section:')
    expect(run.summary).toMatch(/- FR-1\n- FR-2\n- FR-3/)
  })

  it("reads a recorded model's own table for the example requirements: every item traced", async () => {
    // A language model's answer to our request for examples/requirements.md (see its header).
    const reply = recordedReply(await readFixture('designs/recorded-example-first-design.md'))
    const example = await readFile(
      new URL('../../examples/requirements.md', import.meta.url),
      'utf8',
    )
    const number = e2e.openPullRequest({ files: { 'docs/requirements.md': example } })
    anthropic.setDefault(() => reply)
    const run = await onPullRequest(number)
    expect(run.outputs.result).toBe('created')
    expect(anthropic.requests).toHaveLength(1)
    expect(run.outputs['requirements-covered']).toBe('24/24')
  })

  it('is off when the traceability input says so', async () => {
    const number = e2e.openPullRequest({ files: { 'docs/requirements.md': REQUIREMENTS_WITH_IDS } })
    const run = await onPullRequest(number, { traceability: 'false' })
    expect(run.outputs['requirements-covered']).toBe('')
    expect(String(anthropic.requests[0]!.body.messages[0]!.content)).not.toContain(
      '<requirement_items>',
    )
  })
})

describe('the spend caps', () => {
  it('makes no call, and commits nothing, when one run may not afford a design', async () => {
    const number = e2e.openPullRequest()
    const run = await onPullRequest(number, { 'max-cost-usd': '0.001' })
    expect(run.code).toBe(1)
    expect(run.outputs.result).toBe('failed')
    expect(anthropic.requests).toHaveLength(0)
    expect(designOnBranch()).toBeUndefined()
    expect(run.stdout).toMatch(/::error::.*max-cost-usd/)
  })

  it('stops an answer that reaches the run cap, and commits nothing', async () => {
    const number = e2e.openPullRequest()
    // Room for the request and a few thousand output tokens: the 14 KB design is cut off.
    const run = await onPullRequest(number, { 'max-cost-usd': '0.03' })
    expect(run.outputs.result).toBe('failed')
    expect(anthropic.requests).toHaveLength(1)
    expect(anthropic.requests[0]!.body.max_tokens).toBeLessThan(32_000)
    expect(designOnBranch()).toBeUndefined()
    expect(Number(run.outputs['cost-usd'])).toBeGreaterThan(0)
    expect(Number(run.outputs['cost-usd'])).toBeLessThanOrEqual(0.03)
    expect(run.stdout).toMatch(/::error::.*spend cap/)
  })

  it('carries what the pull request spent in the stamp, and stops at its cap', async () => {
    const number = e2e.openPullRequest()
    const first = await onPullRequest(number)
    const spent = readStamp(designOnBranch()!).provenance!.spentUsd!
    expect(spent).toBeCloseTo(Number(first.outputs['cost-usd']), 4)

    // The stamp says the pull request has spent all but a fraction of a cent of its cap.
    const stamp = readStamp(designOnBranch()!)
    const nearlySpent = stampDesign(stamp.body, { ...stamp.provenance!, spentUsd: 9.999 })
    github.commitFiles(REPO, BRANCH, { 'tech-design.md': nearlySpent }, 'Stamp')
    github.commitFiles(REPO, BRANCH, { 'docs/requirements.md': 'Changed again.\n' }, 'More')
    const run = await onPullRequest(number, {}, 'synchronize')
    expect(run.outputs.result).toBe('failed')
    expect(anthropic.requests).toHaveLength(1)
    expect(run.stdout).toMatch(/::error::.*max-cost-usd-per-pull-request/)
    expect(readStamp(designOnBranch()!).provenance!.requirements).not.toBe(
      sha256('Changed again.\n'),
    )
  })
})
