/**
 * A reply in a question thread, in-process: the real GitHub and model clients against the fakes.
 * The design is made by the pull-request flow first; the answer flow then sets the check again,
 * with no model call.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { readAnswerEvent, runAnswerFlow } from '../../src/flows/answer.js'
import type { FlowSettings } from '../../src/flows/deps.js'
import { readPullRequestEvent, runPullRequestFlow } from '../../src/flows/pull-request.js'
import {
  ACTIONS_BOT,
  pullRequestEvent,
  pullRequestReviewCommentEvent,
  type FakeReviewComment,
} from '../fakes/github-server.js'
import { readFixture } from '../support/fixtures.js'
import { REPO, TOKEN, startFlowWorld, type FlowWorld } from '../support/flow-deps.js'

const BRANCH = 'feature/refunds'
const REQUIREMENTS = '# Refunds\n\nCustomers can request a refund within 30 days of purchase.\n'
const CHECK = 'Technical design'
const PROVIDER = 'Which payment provider will be used for refunds?'
const PEAK = 'What is the expected peak load during the January returns season?'
const SHIPPING = 'Should shipping costs be refunded'

let world: FlowWorld

beforeEach(async () => {
  world = await startFlowWorld(await readFixture('designs/conforming.md'))
})
afterEach(async () => {
  await world.close()
})

/** A pull request whose design, with its three questions, the pull-request flow made. */
async function arrange(settings: Partial<FlowSettings> = {}): Promise<number> {
  const { github } = world
  github.createRepo(REPO, { files: { 'README.md': '# Shop\n' } })
  github.createBranch(REPO, BRANCH)
  github.commitFiles(REPO, BRANCH, { 'docs/requirements.md': REQUIREMENTS }, 'Add requirements', {
    author: 'alice',
  })
  const { number } = github.createPullRequest(REPO, {
    head: BRANCH,
    title: 'Refunds',
    user: 'alice',
  })
  const event = pullRequestEvent(github, { repo: REPO, number, action: 'opened' })
  const made = await runPullRequestFlow(world.deps({ settings }), readPullRequestEvent(event))
  expect(made).toMatchObject({ result: 'created', questionsPosted: 3 })
  github.resetCounters()
  return number
}

const headSha = (number: number) => world.github.state.headSha(world.github.pull(REPO, number)!)
const checkAt = (number: number) => world.github.latestCheckRun(REPO, headSha(number), CHECK)

/** The action's comment that asks a question. */
const questionComment = (number: number, question: string): FakeReviewComment =>
  world.github
    .reviewComments(REPO, number)
    .find((c) => c.body.includes(question) && c.in_reply_to_id === undefined)!

/** A person replies in a question's thread, as the web UI does. */
const reply = (number: number, to: FakeReviewComment, body: string, login: string) =>
  world.github.state.replyToReviewComment(
    world.github.pull(REPO, number)!,
    to.id,
    body,
    login,
    null,
  )

const answerEventOf = (number: number, c: FakeReviewComment) =>
  readAnswerEvent(
    pullRequestReviewCommentEvent(world.github, {
      repo: REPO,
      number,
      commentId: c.id,
      action: 'created',
    }),
  )

/** A status line of the check's summary, for one question. */
const statusOf = (summary: string, question: string) =>
  summary
    .split('\n')
    .find((l) => l.startsWith(`- ${question}`))
    ?.replace(/^.*\): /, '')

describe('readAnswerEvent', () => {
  it('reads the pull request, its head and the thread replied in', async () => {
    const number = await arrange()
    const question = questionComment(number, PROVIDER)
    const answer = reply(number, question, 'We use Adyen.', 'rita')
    expect(answerEventOf(number, answer)).toEqual({
      action: 'created',
      number,
      headSha: headSha(number),
      inReplyTo: question.id,
      defaultBranch: 'main',
    })
  })

  it('says which trigger is meant for a payload without a reply', async () => {
    const number = await arrange()
    const message =
      'The event has no reply to a review comment: is the workflow triggered by pull_request_review_comment?'
    const root = pullRequestReviewCommentEvent(world.github, {
      repo: REPO,
      number,
      commentId: questionComment(number, PROVIDER).id,
      action: 'created',
    })
    expect(() => readAnswerEvent(root)).toThrow(message)
    expect(() => readAnswerEvent({})).toThrow(message)
    expect(() => readAnswerEvent(null)).toThrow(message)
  })
})

describe('runAnswerFlow', () => {
  it('sets the check again with the answer, with no model call, in five requests', async () => {
    const number = await arrange()
    world.github.setPermission('rita', 'read', REPO)
    const checks = world.github.checkRuns(REPO).length
    const answer = reply(number, questionComment(number, PROVIDER), 'We use Adyen.', 'rita')

    const outcome = await runAnswerFlow(world.deps(), answerEventOf(number, answer))
    expect(outcome).toEqual({
      result: 'unchanged',
      reason:
        'A reply in a question thread was created; tech-design.md stays as it is until the next revision. The check says: Current with the requirements; 1 of 3 open questions answered.',
      designPath: 'tech-design.md',
      pullRequestNumber: number,
      openQuestions: [],
      check: {
        conclusion: 'success',
        title: 'Current with the requirements; 1 of 3 open questions answered',
        url: expect.stringMatching(/\/runs\/\d+$/),
      },
    })
    expect(world.anthropic.requests).toHaveLength(1) // the design's, before the reply
    expect(world.requestList()).toEqual([
      'POST graphql repository', // the review threads: the reply is in one of ours
      'GET repos/get-content', // the design at the head
      'GET repos/get-content', // the requirements there
      'GET repos/get-collaborator-permission-level', // rita may answer…
      'GET repos/check-collaborator', // …as a collaborator of a public repository
      'POST checks/create',
    ])
    expect(world.github.checkRuns(REPO)).toHaveLength(checks + 1)
    const check = checkAt(number)!
    expect(check).toMatchObject({ status: 'completed', conclusion: 'success' })
    expect(check.output.title).toBe('Current with the requirements; 1 of 3 open questions answered')
    const summary = check.output.summary!
    expect(statusOf(summary, PROVIDER)).toBe('answered; the answer waits for the next revision')
    expect(statusOf(summary, PEAK)).toBe('waiting for an answer')
    expect(summary).toContain(
      `([line 156](https://github.com/${REPO}/pull/${number}#discussion_r${questionComment(number, PROVIDER).id}))`,
    )
    // The design stays as it was: nothing is committed and nothing is posted.
    expect(world.github.commitsOn(REPO, BRANCH)).toHaveLength(3)
    expect(world.github.reviewComments(REPO, number)).toHaveLength(4)
  })

  it('under the answered gate, fails until every question has a permitted answer, then passes', async () => {
    const settings = { gate: 'answered' } as const
    const number = await arrange(settings)
    expect(checkAt(number)!.conclusion).toBe('failure')
    const { github } = world
    github.setPermission('rita', 'write', REPO)
    github.setPermission('sam', 'read', REPO)

    const first = reply(number, questionComment(number, PROVIDER), 'Adyen.', 'rita')
    const one = await runAnswerFlow(world.deps({ settings }), answerEventOf(number, first))
    expect(one.check).toMatchObject({
      conclusion: 'failure',
      title: 'Current with the requirements; 1 of 3 open questions answered',
    })
    expect(checkAt(number)!.output.summary!.split('\n').at(-1)).toMatch(
      /^Gate: answered\. Failed: .*, and 2 open questions have no answer yet\.$/,
    )

    reply(number, questionComment(number, PEAK), 'About 50 a second.', 'sam')
    const last = reply(number, questionComment(number, SHIPPING), 'No.', 'rita')
    const all = await runAnswerFlow(world.deps({ settings }), answerEventOf(number, last))
    expect(all.check).toMatchObject({
      conclusion: 'success',
      title: 'Current with the requirements; 3 of 3 open questions answered',
    })
    const check = checkAt(number)!
    expect(check.conclusion).toBe('success')
    expect(check.output.summary!.split('\n').at(-1)).toMatch(/^Gate: answered\. Passed: /)
    expect(world.anthropic.requests).toHaveLength(1)
  })

  it('does not count a stranger’s reply on a public repository', async () => {
    const settings = { gate: 'answered' } as const
    const number = await arrange(settings)
    world.github.addUser('mallory')
    const answer = reply(number, questionComment(number, PROVIDER), 'Use Mallory Pay.', 'mallory')

    const outcome = await runAnswerFlow(world.deps({ settings }), answerEventOf(number, answer))
    expect(outcome.check).toMatchObject({
      conclusion: 'failure',
      title: 'Current with the requirements; 0 of 3 open questions answered',
    })
    expect(statusOf(checkAt(number)!.output.summary!, PROVIDER)).toBe('waiting for an answer')
    expect(world.logs).toContain(
      '1 reply in question threads from people without read permission (min-answer-permission) was not used.',
    )
  })

  it('costs one request, and sets nothing, for a reply in a thread that is not ours', async () => {
    const number = await arrange()
    const { github } = world
    const pull = github.pull(REPO, number)!
    const sha = headSha(number)
    // Rita starts a thread of her own on the design, and Sam replies in it.
    const own = github.state.addReviewComment(pull, {
      placement: github.state.placeComment(pull, sha, { path: 'tech-design.md', line: 1 }),
      path: 'tech-design.md',
      body: 'Typo in the title.',
      login: 'rita',
      commitId: sha,
      reviewId: null,
    })
    const answer = reply(number, own, 'Fixed.', 'sam')
    const checks = github.checkRuns(REPO).length

    const outcome = await runAnswerFlow(world.deps(), answerEventOf(number, answer))
    expect(outcome).toEqual({
      result: 'skipped',
      reason: 'The reply is not in a question thread of tech-design.md: the check stays as it is.',
      designPath: 'tech-design.md',
      pullRequestNumber: number,
      openQuestions: [],
    })
    expect(world.requestList()).toEqual(['POST graphql repository'])
    expect(github.checkRuns(REPO)).toHaveLength(checks)
  })

  it('says the check could not be set when the token may not write checks, with a notice', async () => {
    const number = await arrange()
    world.github.setPermission('rita', 'read', REPO)
    world.github.addToken(TOKEN, {
      ...ACTIONS_BOT,
      permissions: { contents: 'write', pull_requests: 'write', issues: 'write' },
    })
    const checks = world.github.checkRuns(REPO).length
    const answer = reply(number, questionComment(number, PROVIDER), 'Adyen.', 'rita')

    const outcome = await runAnswerFlow(world.deps(), answerEventOf(number, answer))
    const notice =
      'The "Technical design" check was not set: the workflow token may not write checks. Add `checks: write` to the workflow\'s `permissions:`.'
    expect(outcome).toEqual({
      result: 'unchanged',
      reason:
        'A reply in a question thread was created; tech-design.md stays as it is until the next revision. The check could not be set.',
      designPath: 'tech-design.md',
      pullRequestNumber: number,
      openQuestions: [],
      notes: [notice],
    })
    expect(world.logs).toContain(notice)
    expect(world.logs.filter((l) => l.startsWith('warning: '))).toEqual([])
    expect(world.github.checkRuns(REPO)).toHaveLength(checks)
  })
})
