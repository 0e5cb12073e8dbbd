/**
 * Telling, from a pull_request_review_comment payload alone, that a review comment cannot be an
 * answer in a question thread of the design. The payloads are GitHub's examples filled from the
 * fake's state, as the runner would hand them over.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { notAnAnswer } from '../../src/flows/not-an-answer.js'
import {
  pullRequestReviewCommentEvent,
  startFakeGitHub,
  type FakeGitHub,
  type FakePull,
  type FakeReviewComment,
} from '../fakes/github-server.js'

const REPO = 'acme/shop'
const BRANCH = 'feature/refunds'
const DESIGN = 'tech-design.md'
const REQUIREMENTS = 'docs/requirements.md'

let github: FakeGitHub
let pull: FakePull
/** The first comment of a thread on the design: a question, as the action asks it. */
let question: FakeReviewComment

beforeAll(async () => {
  github = await startFakeGitHub()
  github.createRepo(REPO, { files: { 'README.md': '# Shop\n' } })
  github.createBranch(REPO, BRANCH)
  github.commitFiles(REPO, BRANCH, {
    [REQUIREMENTS]: '# Refunds\n\nWithin 30 days.\n',
    [DESIGN]: '# Technical Design: Refunds\n\n## 12. Open Questions\n1. **Which provider?**\n',
  })
  pull = github.createPullRequest(REPO, { head: BRANCH, user: 'alice' })
  question = comment(DESIGN, 4, 'Which provider?', 'github-actions[bot]')
})
afterAll(async () => {
  expect(github.violations).toEqual([])
  await github.close()
})

/** A review comment starting a thread on a line of a file of the pull request. */
function comment(path: string, line: number, body: string, login: string): FakeReviewComment {
  const { state } = github
  const sha = state.headSha(pull)
  return state.addReviewComment(pull, {
    placement: state.placeComment(pull, sha, { path, line }),
    path,
    body,
    login,
    commitId: sha,
    reviewId: null,
  })
}

const reply = (to: FakeReviewComment, body: string, login: string): FakeReviewComment =>
  github.state.replyToReviewComment(pull, to.id, body, login, null)

const eventFor = (c: FakeReviewComment, action: 'created' | 'edited' = 'created') =>
  pullRequestReviewCommentEvent(github, {
    repo: REPO,
    number: pull.number,
    commentId: c.id,
    action,
  })

describe('notAnAnswer', () => {
  it('lets a person’s reply in a thread on the design through', () => {
    const payload = eventFor(reply(question, 'Adyen.', 'rita'))
    expect(payload).toMatchObject({
      comment: { path: DESIGN, in_reply_to_id: question.id, user: { login: 'rita', type: 'User' } },
    })
    expect(notAnAnswer(payload, DESIGN)).toBeNull()
    // An edited answer is still an answer: the check is set again.
    expect(notAnAnswer(eventFor(reply(question, 'Stripe.', 'sam'), 'edited'), DESIGN)).toBeNull()
  })

  it('lets a reply to a reply through: it is in the same thread', () => {
    const first = reply(question, 'Adyen?', 'rita')
    const second = reply(first, 'Yes, Adyen.', 'sam')
    expect(second.in_reply_to_id).toBe(question.id)
    expect(notAnAnswer(eventFor(second), DESIGN)).toBeNull()
  })

  it('takes the design path as a person writes it, with a leading "./"', () => {
    expect(notAnAnswer(eventFor(reply(question, 'Adyen.', 'rita')), `./${DESIGN}`)).toBeNull()
  })

  it('turns away a bot, by its type or by its name', () => {
    const message = 'The review comment is by a bot: only people answer questions.'
    expect(notAnAnswer(eventFor(reply(question, 'Noted.', 'github-actions[bot]')), DESIGN)).toBe(
      message,
    )
    github.addUser('ci-robot', 'Bot')
    const byType = eventFor(reply(question, 'Noted.', 'ci-robot'))
    expect(byType).toMatchObject({ comment: { user: { login: 'ci-robot', type: 'Bot' } } })
    expect(notAnAnswer(byType, DESIGN)).toBe(message)
  })

  it('turns away a comment on another file', () => {
    const elsewhere = comment(REQUIREMENTS, 1, 'Which days count?', 'github-actions[bot]')
    expect(notAnAnswer(eventFor(reply(elsewhere, 'Calendar days.', 'rita')), DESIGN)).toBe(
      "The review comment is not on tech-design.md: it answers none of the design's questions.",
    )
    // The path named is the design's, as set, without the "./".
    expect(notAnAnswer(eventFor(reply(elsewhere, 'Calendar days.', 'rita')), `./${DESIGN}`)).toBe(
      "The review comment is not on tech-design.md: it answers none of the design's questions.",
    )
  })

  it('turns away the first comment of a thread: answers are replies', () => {
    const payload = eventFor(comment(DESIGN, 1, 'Nice title.', 'rita'))
    expect(payload.comment).not.toHaveProperty('in_reply_to_id')
    expect(notAnAnswer(payload, DESIGN)).toBe(
      'The review comment starts a thread: answers are replies in a question thread.',
    )
  })

  it('turns away a payload with no comment at all', () => {
    expect(notAnAnswer({}, DESIGN)).toBe(
      "The review comment is not on tech-design.md: it answers none of the design's questions.",
    )
    expect(notAnAnswer(null, DESIGN)).toBe(
      "The review comment is not on tech-design.md: it answers none of the design's questions.",
    )
  })
})
